import type { Bilingual, ExplainStep } from "../explain";
import { type Decimal, fen, fixed } from "../money";
import {
  type Award,
  allPassed,
  type CheckStep,
  type City,
  check,
  cityCheck,
  type ProgrammeCite,
  refusal,
} from "./award";

/** One line of 中商务电函〔2023〕10号 三: what was paid for a certificate, to how many trainees (2020 on). */
export interface CertificateRate {
  certificate: string;
  paid: Decimal;
  trainees: number;
}

export interface TrainingRules {
  cite: ProgrammeCite;
  rates: readonly CertificateRate[];
  /** The provincial rule in force that grants the subsidy and says who claims it. */
  grantedBy: { source: string; title: string };
}

export interface TraineeFacts {
  certificate: string;
  count: number;
  /** The year the certificates are issued (the subsidy is claimed within 12 months of it). */
  year: number;
  /** The rate per trainee when the user knows it (the current 标准目录's); else the document's figures. */
  perTrainee?: Decimal;
}

/** The document's rate per trainee for a certificate: paid / trainees, full precision. */
export function documentRate(rules: TrainingRules, certificate: string): CertificateRate | undefined {
  return rules.rates.find((r) => r.certificate === certificate);
}

/**
 * The skill subsidy of 中商务电函〔2023〕10号 三 for a group of trainees: count x rate. The rate is the
 * user's, or the document's own paid / trainees (800 on the three e-commerce lines, 4300 / 22 on
 * 互联网营销师). Guangdong's subsidy is claimed by and paid to the worker, so the payee is the
 * employees unless the user says the firm receives it.
 */
export function trainingSubsidy(
  facts: TraineeFacts,
  firmCity: City,
  paidTo: "employees" | "firm",
  rules: TrainingRules,
): Award {
  const { cite } = rules;
  const known = documentRate(rules, facts.certificate);
  const rated = facts.perTrainee !== undefined || known !== undefined;
  const steps: ExplainStep[] = [cityCheck(cite, firmCity), certificateCheck(cite, facts, rated)];
  if (!allPassed(steps)) return refusal(cite, steps, "assumed", facts.year, paidTo);
  const { amount, rateText } = subsidyOf(facts, known as CertificateRate);
  steps.push(subsidyStep(facts, amount, rateText, paidTo, rules));
  return {
    programme: cite.measure,
    eligible: true,
    amount,
    upTo: false,
    basisYear: facts.year,
    payableYear: facts.year,
    timing: "assumed",
    payee: paidTo,
    explain: steps,
  };
}

/** The certificate has a rate: the user's, or the figures 中商务电函〔2023〕10号 三 gives for it. */
function certificateCheck(cite: ProgrammeCite, facts: TraineeFacts, rated: boolean): CheckStep {
  return check(
    cite,
    "certificate",
    rated,
    rated
      ? {
          zh: `证书：${facts.certificate}，${facts.count} 人次，${facts.year} 年取得。`,
          en: `Certificate: ${facts.certificate}, ${facts.count} trainees, issued in ${facts.year}.`,
        }
      : {
          zh: `证书：文件未列出“${facts.certificate}”的补贴数据，请按现行《广东省职业技能提升补贴（指导）标准目录》填写每人标准。`,
          en: `Certificate: the document gives no figures for "${facts.certificate}"; enter the rate per trainee from the current Guangdong standard list.`,
        },
    { certificate: facts.certificate, count: String(facts.count) },
  );
}

/** The subsidy step: count x rate, who receives it, and the provincial rule in force that grants it. */
function subsidyStep(
  facts: TraineeFacts,
  amount: Decimal,
  rateText: Bilingual,
  paidTo: "employees" | "firm",
  rules: TrainingRules,
): ExplainStep {
  const payee =
    paidTo === "employees"
      ? {
          zh: "由劳动者本人申领并发放给本人，不计入企业现金",
          en: "claimed by and paid to each worker, not the firm's cash",
        }
      : { zh: "用户说明由企业领取", en: "the user says the firm receives it" };
  return {
    key: "amount",
    zh: `补贴：${facts.count} 人次 × ${rateText.zh} = ${fen(amount)} 元；${payee.zh}。现行规定为${rules.grantedBy.source}《${rules.grantedBy.title}》：劳动者在证书核发之日起12个月内申领，标准按省目录，本估算按 ${facts.year} 年发放。`,
    en: `Subsidy: ${facts.count} trainees x ${rateText.en} = ${fen(amount)} CNY; ${payee.en}. The rule in force is ${rules.grantedBy.source} (${rules.grantedBy.title}): the worker claims within 12 months of the certificate, at the provincial list's rate; estimated as paid in ${facts.year}.`,
    formula: "count x rate per trainee",
    inputs: { count: String(facts.count) },
    value: fen(amount),
    measure: rules.cite.measure,
    source: rules.cite.source,
  };
}

/** count x the user's rate, or count x paid / trainees of the document's line (divided last, exactly). */
function subsidyOf(facts: TraineeFacts, known: CertificateRate) {
  if (facts.perTrainee !== undefined) {
    return {
      amount: facts.perTrainee.times(facts.count),
      rateText: {
        zh: `每人 ${fen(facts.perTrainee)} 元（用户填写）`,
        en: `${fen(facts.perTrainee)} CNY a trainee (entered by the user)`,
      },
    };
  }
  const perTrainee = fixed(known.paid.div(known.trainees), 2);
  return {
    amount: known.paid.times(facts.count).div(known.trainees),
    rateText: {
      zh: `按文件数据 ${fen(known.paid)} 元 ÷ ${known.trainees} 人次 = 每人约 ${perTrainee} 元`,
      en: `from the document's ${fen(known.paid)} CNY / ${known.trainees} trainees = about ${perTrainee} CNY a trainee`,
    },
  };
}

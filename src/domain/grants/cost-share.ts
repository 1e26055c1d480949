import { addMonths } from "../dates";
import type { ExplainStep } from "../explain";
import { type Decimal, fen, min } from "../money";
import {
  type Award,
  allPassed,
  type City,
  cityCheck,
  type ProgrammeCite,
  refusal,
  windowCheck,
} from "./award";

/** The spending categories the documents support, each one catalog programme. */
export const COST_SHARE_CATEGORIES = [
  "overseasWarehouse",
  "exhibition",
  "platform",
  "rent",
  "loanInterest",
] as const;
export type CostShareCategory = (typeof COST_SHARE_CATEGORIES)[number];

/**
 * The documents name these supports without publishing a share, a cap or a payment date, so the terms
 * come from the user (the district's or bureau's call for applications, 申报指南).
 */
export interface CostShareTerms {
  /** Share of the eligible spend paid back (a fraction). */
  share: Decimal;
  /** Most paid for one claim; null: the call states no cap. */
  cap: Decimal | null;
  /** Months from the spend to the payment. */
  paidAfterMonths: number;
}

export interface EligibleSpend {
  amount: Decimal;
  /** The day the spend is made (the programme must be in force then). */
  date: string;
}

/** One claim: min(share x spend, cap), paid `paidAfterMonths` after the spend, to the firm. */
export function costShareAward(
  spend: EligibleSpend,
  terms: CostShareTerms,
  firmCity: City,
  cite: ProgrammeCite,
): Award {
  const steps: ExplainStep[] = [
    cityCheck(cite, firmCity),
    windowCheck(cite, spend.date, { zh: "支出日期", en: "the spend" }),
  ];
  const basisYear = Number(spend.date.slice(0, 4));
  if (!allPassed(steps)) return refusal(cite, steps, "user", basisYear);
  const shared = spend.amount.times(terms.share);
  const capped = terms.cap !== null && shared.gt(terms.cap);
  const amount = terms.cap === null ? shared : min(shared, terms.cap);
  const date = addMonths(spend.date, terms.paidAfterMonths);
  steps.push(costShareStep(cite, spend, terms, { shared, capped, amount, date }));
  return {
    programme: cite.measure,
    eligible: true,
    amount,
    upTo: capped,
    basisYear,
    date,
    timing: "user",
    payee: "firm",
    explain: steps,
  };
}

/** The support step: spend x share, capped, paid after the lag; every term the user's (the documents publish none). */
function costShareStep(
  cite: ProgrammeCite,
  spend: EligibleSpend,
  terms: CostShareTerms,
  claim: { shared: Decimal; capped: boolean; amount: Decimal; date: string },
): ExplainStep {
  const { shared, capped, date } = claim;
  const capText =
    terms.cap === null
      ? { zh: "未设上限", en: "no cap" }
      : { zh: `上限 ${fen(terms.cap)} 元`, en: `cap ${fen(terms.cap)} CNY` };
  return {
    key: "amount",
    zh: `补助：${fen(spend.amount)} 元 × ${terms.share.times(100).toString()}% = ${fen(shared)} 元，${capText.zh}${capped ? "，按上限计（不超过）" : ""}；于支出后 ${terms.paidAfterMonths} 个月（${date}）到账。比例、上限与时间由用户按申报指南填写，文件未公布。`,
    en: `Support: ${fen(spend.amount)} CNY x ${terms.share.times(100).toString()}% = ${fen(shared)} CNY, ${capText.en}${capped ? ", so the cap (up to)" : ""}; paid ${terms.paidAfterMonths} months after the spend (${date}). Share, cap and timing are the user's, from the call for applications; the documents publish none.`,
    formula: "min(spend x share, cap)",
    inputs: {
      spend: fen(spend.amount),
      share: terms.share.toString(),
      cap: terms.cap === null ? "-" : fen(terms.cap),
    },
    value: fen(claim.amount),
    measure: cite.measure,
    source: cite.source,
  };
}

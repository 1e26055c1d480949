import { InputError, reject } from "../errors";
import { type Bilingual, Explainer, type ExplainStep } from "../explain";
import { type Decimal, fen, fixed } from "../money";
import { type CitFigures, type CitInput, type CitMethod, citForYear, type SmallLowProfitTest } from "./cit";
import { type Condition, type NoInvoiceFacts, noInvoiceConditions } from "./regime";
import { type CitRules, citeFields, type LegalForm, type TaxRules } from "./rules";
import { type CitPaymentDates, citPrepaymentDates } from "./timing";

export interface IncomeTaxInput extends Omit<CitInput, "method"> {
  method: CitMethod | "auto";
  /** An individual business (个体工商户) pays individual income tax, not CIT: refused. */
  legalForm: LegalForm;
  /** The facts of the no-invoice exemption, which the deemed-profit method requires. */
  noInvoice?: NoInvoiceFacts;
  measures: { deemedProfitTax: boolean };
  parameters?: { qualifyingCustomsCodes?: string[] };
}

interface CitOut {
  method: CitMethod;
  taxableRevenue?: string;
  taxableIncome: string;
  cit: string;
  smallLowProfit: boolean;
  /** The rate on the whole taxable income (0.05 with the small low-profit relief, else 0.25). */
  effectiveRate: string;
  /** CIT as a fraction of revenue. */
  burdenOnRevenue: string;
}

export interface IncomeTaxReport extends CitOut {
  requested: CitMethod | "auto";
  smallLowProfitTests: (Omit<SmallLowProfitTest, "cite"> & { source: string; measure?: string })[];
  deemedProfitEligibility: {
    applies: boolean;
    conditions: (Bilingual & { id: string; met: boolean; fact: string; source: string; measure?: string })[];
  } | null;
  /** Both methods side by side (auto). */
  comparison: (CitOut & { eligible: boolean })[] | null;
  paymentDates: CitPaymentDates;
  warnings: Bilingual[];
  explain: ExplainStep[];
}

/** The conditions of the deemed-profit method (国家税务总局公告2019年第36号 第一条). */
export function deemedProfitConditions(input: IncomeTaxInput, rules: TaxRules): Condition[] {
  const cit = rules.cit;
  const base: Condition[] = [
    {
      id: "deemed-profit-measure-on",
      zh: "核定征收措施开启",
      en: "the deemed-profit measure is switched on",
      met: input.measures.deemedProfitTax,
      fact: "/measures/deemedProfitTax",
      cite: cit.deemedProfitCite,
    },
    {
      id: "deemed-profit-in-force",
      zh: `纳税年度不早于 ${cit.deemedProfitFrom.slice(0, 4)} 年（公告施行之日）`,
      en: `tax year ${cit.deemedProfitFrom.slice(0, 4)} or later, when the announcement took effect`,
      met: `${input.taxYear}-12-31` >= cit.deemedProfitFrom,
      fact: "/taxYear",
      cite: cit.deemedProfitCite,
    },
  ];
  if (!input.noInvoice) return base;
  const noInvoice = noInvoiceConditions(input.noInvoice, rules, `${input.taxYear}-12-31`).map((c) => ({
    ...c,
    zh: `（无票免税）${c.zh}`,
    en: `(no-invoice exemption) ${c.en}`,
  }));
  return [...base, ...noInvoice];
}

function citOut(f: CitFigures, revenue: Decimal): CitOut {
  return {
    method: f.method,
    ...(f.taxableRevenue ? { taxableRevenue: fen(f.taxableRevenue) } : {}),
    taxableIncome: fen(f.taxableIncome),
    cit: fen(f.cit),
    smallLowProfit: f.smallLowProfit,
    effectiveRate: fixed(f.rate, 4),
    burdenOnRevenue: revenue.isZero() ? "0.000000" : fixed(f.cit.div(revenue), 6),
  };
}

const METHOD_TEXT: Record<CitMethod, Bilingual> = {
  "deemed-profit": { zh: "核定征收（应税所得率）", en: "deemed profit" },
  "actual-profit": { zh: "查账征收", en: "actual profit" },
};

/** CIT for a year by the requested method, or both side by side and the cheaper eligible one (auto). */
export function assessIncomeTax(input: IncomeTaxInput, catalogRules: TaxRules): IncomeTaxReport {
  const rules = withQualifyingCodes(input, catalogRules);
  const ex = new Explainer();
  checkIncomeTaxInput(input, rules);
  const eligibility = deemedProfitEligibility(input, rules, ex);
  const base: Omit<CitInput, "method"> = input;
  const deemed = eligibility ? citForYear({ ...base, method: "deemed-profit" }, rules.cit) : null;
  const actual =
    input.method !== "deemed-profit" ? citForYear({ ...base, method: "actual-profit" }, rules.cit) : null;
  const deemedEligible = eligibility?.applies ?? false;
  const chosen = chosenMethod(input, deemed, actual, deemedEligible, ex);
  explainCit(chosen, input, rules, ex);
  const warnings = reliefWarnings(input, rules);
  const paymentDates = explainPaymentDates(input, rules, ex);
  return {
    requested: input.method,
    ...citOut(chosen, input.revenue),
    smallLowProfitTests: chosen.tests.map(({ cite, ...t }) => ({ ...t, ...citeFields(cite) })),
    deemedProfitEligibility: eligibility && {
      applies: eligibility.applies,
      conditions: eligibility.conditions.map((c) => ({
        id: c.id,
        zh: c.zh,
        en: c.en,
        met: c.met,
        fact: c.fact,
        ...citeFields(c.cite),
      })),
    },
    comparison:
      input.method === "auto"
        ? [
            { ...citOut(deemed as CitFigures, input.revenue), eligible: deemedEligible },
            { ...citOut(actual as CitFigures, input.revenue), eligible: true },
          ]
        : null,
    paymentDates,
    warnings,
    explain: ex.steps,
  };
}

/** The catalog's rules, with the request's own list of qualifying customs codes when it sends one. */
function withQualifyingCodes(input: IncomeTaxInput, catalogRules: TaxRules): TaxRules {
  const codes = input.parameters?.qualifyingCustomsCodes;
  if (!codes) return catalogRules;
  return {
    ...catalogRules,
    noInvoiceExemption: { ...catalogRules.noInvoiceExemption, qualifyingCustomsCodes: codes },
  };
}

/** Requests CIT cannot answer: an individual business, exempt income above revenue, a method's missing facts. */
function checkIncomeTaxInput(input: IncomeTaxInput, rules: TaxRules): void {
  if (input.legalForm === "individual_business") {
    reject(
      "/enterprise/legalForm",
      `an individual business pays individual income tax on business income, not corporate income tax (企业所得税法 第一条); the deemed-profit method of ${rules.cit.deemedProfitCite.source} is for enterprises only`,
      `个体工商户缴纳个人所得税（经营所得），不缴纳企业所得税（企业所得税法 第一条）；${rules.cit.deemedProfitCite.source}的核定征收仅适用于企业`,
    );
  }
  if (input.exemptIncome.gt(input.revenue)) {
    reject("/exemptIncome", "exempt income cannot exceed revenue", "免税收入不能大于收入总额");
  }
  if (input.method !== "actual-profit" && !input.noInvoice) {
    reject(
      "/enterprise",
      "the deemed-profit method requires the no-invoice exemption: send its facts (enterprise, customsCode, purchase)",
      "核定征收以适用无票免税为前提：请提供相关事实",
    );
  }
  if (input.method !== "deemed-profit" && !input.profit) {
    reject("/profit", "the actual-profit method needs the year's profit", "查账征收需要提供年度利润");
  }
}

/**
 * Whether the deemed-profit method is available (null when only actual profit was asked for); asked
 * for alone and unavailable, it is refused with every failing condition.
 */
function deemedProfitEligibility(
  input: IncomeTaxInput,
  rules: TaxRules,
  ex: Explainer,
): { applies: boolean; conditions: Condition[] } | null {
  if (input.method === "actual-profit") return null;
  const conditions = deemedProfitConditions(input, rules);
  const failing = conditions.filter((c) => !c.met);
  const applies = failing.length === 0;
  if (input.method === "deemed-profit" && !applies) {
    throw new InputError(
      failing.map((c) => ({
        pointer: c.fact,
        zh: `不能核定征收：不满足“${c.zh}”（${c.cite.source}）`,
        en: `deemed profit cannot apply: "${c.en}" does not hold (${c.cite.source})`,
      })),
    );
  }
  ex.add({
    key: "deemedProfitEligibility",
    zh: applies
      ? "符合核定征收条件（综试区无票免税企业）"
      : `不符合核定征收条件：${failing.map((c) => c.zh).join("；")}`,
    en: applies
      ? "Deemed profit available (pilot-zone firm under the no-invoice exemption)"
      : `Deemed profit not available: ${failing.map((c) => c.en).join("; ")}`,
    value: String(applies),
    ...citeFields(rules.cit.deemedProfitCite),
  });
  return { applies, conditions };
}

/** The method asked for, or under auto the lower CIT of the two when deemed profit is available. */
function chosenMethod(
  input: IncomeTaxInput,
  deemed: CitFigures | null,
  actual: CitFigures | null,
  deemedEligible: boolean,
  ex: Explainer,
): CitFigures {
  if (input.method !== "auto") return (deemed ?? actual) as CitFigures;
  const chosen =
    deemedEligible && deemed && actual && deemed.cit.lte(actual.cit) ? deemed : (actual as CitFigures);
  ex.add({
    key: "method",
    zh: `自动选择：${METHOD_TEXT[chosen.method].zh}${deemedEligible ? "（两种方法中税额较低者）" : "（核定征收不适用）"}`,
    en: `Automatic choice: ${METHOD_TEXT[chosen.method].en}${deemedEligible ? " (the lower CIT of the two methods)" : " (deemed profit not available)"}`,
    inputs: {
      deemedProfitCit: deemed ? fen(deemed.cit) : "n/a",
      actualProfitCit: actual ? fen(actual.cit) : "n/a",
    },
    value: chosen.method,
  });
  return chosen;
}

/** A tax year before the relief years modelled, or after the relief ends: 25% applies, and is said. */
function reliefWarnings(input: IncomeTaxInput, rules: TaxRules): Bilingual[] {
  const slp = rules.cit.smallLowProfit;
  const warnings: Bilingual[] = [];
  if (input.taxYear < slp.periods[0].fromYear) {
    warnings.push({
      zh: `${input.taxYear} 年度的小型微利企业优惠（${slp.periods[0].fromYear} 年以前的标准和税率）未建模，按 25% 计算`,
      en: `The small low-profit relief of ${input.taxYear} (before ${slp.periods[0].fromYear}, other limits and rates) is not modelled: 25% applies`,
    });
  }
  if (`${input.taxYear}-12-31` > slp.validUntil) {
    warnings.push({
      zh: `小型微利企业所得税优惠执行至 ${slp.validUntil}；${input.taxYear} 年度按现行规定不享受，按 25% 计算`,
      en: `The small low-profit relief runs until ${slp.validUntil}; for ${input.taxYear} it is not available under current rules: 25% applies`,
    });
  }
  return warnings;
}

/** The year's prepayment and settlement dates, explained. */
function explainPaymentDates(input: IncomeTaxInput, rules: TaxRules, ex: Explainer): CitPaymentDates {
  const paymentDates = citPrepaymentDates(input.taxYear, rules);
  ex.add({
    key: "paymentDates",
    zh: `按季预缴：季度终了之日起 ${rules.cit.prepaymentDueDays} 日内；年度汇算清缴：${paymentDates.annualSettlementDue} 前（节假日顺延未计）`,
    en: `Quarterly prepayment within ${rules.cit.prepaymentDueDays} days after each quarter; annual settlement by ${paymentDates.annualSettlementDue} (holiday extensions not applied)`,
    value: paymentDates.quarters.map((q) => q.due).join(", "),
    ...citeFields(rules.cit.paymentCite),
  });
  return paymentDates;
}

/**
 * The taxable income, explained. Deemed profit: revenue less exempt income (国税发〔2008〕30号 第六条), then
 * x the deemed profit rate (2019年第36号). Actual profit: profit less exempt income (企业所得税法 第二十六条).
 */
function explainTaxableIncome(f: CitFigures, input: IncomeTaxInput, cit: CitRules, ex: Explainer): void {
  if (f.method === "deemed-profit") {
    ex.add({
      key: "taxableRevenue",
      zh: "应税收入额：收入总额减免税收入",
      en: "Taxable revenue: revenue less exempt income",
      formula: "revenue − exemptIncome",
      inputs: { revenue: input.revenue.toFixed(), exemptIncome: input.exemptIncome.toFixed() },
      value: fen(f.taxableRevenue!),
      ...citeFields(cit.deemedExemptIncomeCite),
    });
    ex.add({
      key: "taxableIncome",
      zh: `应纳税所得额：应税收入额 × 应税所得率 ${fixed(cit.deemedProfitRate, 2)}`,
      en: `Taxable income: taxable revenue × deemed profit rate ${fixed(cit.deemedProfitRate, 2)}`,
      formula: "(revenue − exemptIncome) × deemedProfitRate",
      inputs: { taxableRevenue: fen(f.taxableRevenue!), deemedProfitRate: cit.deemedProfitRate.toFixed() },
      value: fen(f.taxableIncome),
      ...citeFields(cit.deemedProfitCite),
    });
  } else {
    ex.add({
      key: "taxableIncome",
      zh: "应纳税所得额：利润减免税收入（亏损按零计，亏损结转未计）",
      en: "Taxable income: profit less exempt income (a loss counts as zero; loss carry-forward not modelled)",
      formula: "max(profit − exemptIncome, 0)",
      inputs: { profit: (input.profit as Decimal).toFixed(), exemptIncome: input.exemptIncome.toFixed() },
      value: fen(f.taxableIncome),
      ...citeFields(cit.exemptIncomeCite),
    });
  }
}

/** Each small low-profit test with its limit and the firm's figure (2023年第12号 第三条). */
function explainSmallLowProfitTests(tests: readonly SmallLowProfitTest[], ex: Explainer): void {
  for (const t of tests) {
    ex.add({
      key: `smallLowProfit.${t.id}`,
      zh: `小型微利企业条件：${t.zh}（上限 ${t.limit}，实际 ${t.actual}）`,
      en: `Small low-profit test: ${t.en} (limit ${t.limit}, actual ${t.actual})`,
      value: String(t.met),
      ...citeFields(t.cite),
    });
  }
}

/**
 * The tax itself: band by band under a tiered relief year (2019-2022), 5% of the whole under the relief in
 * force, or 25% of the whole without it (企业所得税法 第四条).
 */
function explainCitAmount(f: CitFigures, input: IncomeTaxInput, cit: CitRules, ex: Explainer): void {
  const period = f.reliefPeriod;
  if (period && period.bands.length > 1) {
    const bands = period.bands.map(
      (b) => `${b.upTo === null ? "rest" : `≤ ${b.upTo.toFixed()}`} × ${b.rate.toFixed()}`,
    );
    ex.add({
      key: "cit",
      zh: `企业所得税：小型微利企业 ${input.taxYear} 年度分段优惠（${bands.join("；")}）`,
      en: `CIT: small low-profit enterprise, the ${input.taxYear} relief in bands (${bands.join("; ")})`,
      formula: "Σ band of taxableIncome × band rate",
      inputs: { taxableIncome: fen(f.taxableIncome) },
      value: fen(f.cit),
      ...citeFields(period.cite),
    });
    return;
  }
  ex.add({
    key: "cit",
    zh: f.smallLowProfit
      ? "企业所得税：小型微利企业减按25%计入应纳税所得额，按20%税率缴纳（实际税负5%）"
      : "企业所得税：不符合小型微利企业条件（或超过上限），全部所得按25%缴纳",
    en: f.smallLowProfit
      ? "CIT: small low-profit enterprise, 25% of the income taxed at 20% (5% of the whole)"
      : "CIT: not a small low-profit enterprise (or above a limit): the whole income at 25%",
    formula: "taxableIncome × rate",
    inputs: { taxableIncome: fen(f.taxableIncome), rate: f.rate.toFixed() },
    value: fen(f.cit),
    ...citeFields(period ? period.cite : cit.standardRateCite),
  });
}

/** The CIT steps: the taxable income, the small low-profit tests, then the tax. */
function explainCit(f: CitFigures, input: IncomeTaxInput, rules: TaxRules, ex: Explainer): void {
  explainTaxableIncome(f, input, rules.cit, ex);
  explainSmallLowProfitTests(f.tests, ex);
  explainCitAmount(f, input, rules.cit, ex);
}

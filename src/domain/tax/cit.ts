import type { Bilingual } from "../explain";
import { type Decimal, max, min, roundFen, ZERO } from "../money";
import type { Cite, CitRules, SmallLowProfitPeriod } from "./rules";

export type CitMethod = "deemed-profit" | "actual-profit";

export interface CitInput {
  method: CitMethod;
  /** Total revenue of the year (deemed profit). */
  revenue: Decimal;
  /** Taxable profit before exempt income (actual profit); required for that method. */
  profit?: Decimal;
  /** Exempt income (企业所得税法 第二十六条), part of revenue and of profit. */
  exemptIncome: Decimal;
  employees: number;
  totalAssets: Decimal;
  taxYear: number;
  /** The firm is in a restricted or prohibited industry (no small low-profit relief). */
  restrictedIndustry: boolean;
}

export interface SmallLowProfitTest extends Bilingual {
  id: string;
  met: boolean;
  limit: string;
  actual: string;
  cite: Cite;
}

export interface CitFigures {
  method: CitMethod;
  /** Revenue less exempt income (deemed profit). */
  taxableRevenue: Decimal | null;
  taxableIncome: Decimal;
  cit: Decimal;
  smallLowProfit: boolean;
  tests: SmallLowProfitTest[];
  /** CIT ÷ taxable income: 0.05 with the relief from 2023, a blend of the bands before, else 0.25. */
  rate: Decimal;
  /** The relief period applied (null without the relief). */
  reliefPeriod: SmallLowProfitPeriod | null;
}

/** The relief period covering a tax year, if any. */
export function smallLowProfitPeriod(rules: CitRules, taxYear: number): SmallLowProfitPeriod | undefined {
  return rules.smallLowProfit.periods.find((p) => p.fromYear <= taxYear && taxYear <= p.untilYear);
}

/** CIT under the relief, band by band, at full precision (rounded by the caller). */
function reliefTax(period: SmallLowProfitPeriod, taxableIncome: Decimal): Decimal {
  let tax = ZERO;
  let below = ZERO;
  for (const band of period.bands) {
    const top = band.upTo === null ? taxableIncome : min(band.upTo, taxableIncome);
    if (top.gt(below)) tax = tax.plus(top.minus(below).times(band.rate));
    if (band.upTo === null || band.upTo.gte(taxableIncome)) break;
    below = band.upTo;
  }
  return tax;
}

/**
 * Taxable income of the year. Deemed profit: (revenue - exempt income) x 4% (国家税务总局公告2019年第36号;
 * exempt income leaves the revenue first, 国税发〔2008〕30号 第六条), `taxableRevenue` being the part in
 * brackets. Actual profit: profit - exempt income, never below zero. Rounded to the fen.
 */
export function citTaxableIncome(x: CitInput, taxableRevenue: Decimal | null, rules: CitRules): Decimal {
  if (taxableRevenue !== null) return roundFen(taxableRevenue.times(rules.deemedProfitRate));
  return roundFen(max((x.profit ?? ZERO).minus(x.exemptIncome), ZERO));
}

/** A small low-profit enterprise works in an industry the state neither restricts nor prohibits. */
function industryTest(restrictedIndustry: boolean, cite: Cite): SmallLowProfitTest {
  return {
    id: "industry",
    zh: "从事国家非限制和禁止行业",
    en: "not in a restricted or prohibited industry",
    met: !restrictedIndustry,
    limit: "false",
    actual: String(restrictedIndustry),
    cite,
  };
}

/** The last small low-profit test: the tax year lies within the relief years the rules model. */
function reliefInForceTest(
  slp: CitRules["smallLowProfit"],
  period: SmallLowProfitPeriod | undefined,
  taxYear: number,
): SmallLowProfitTest {
  const from = slp.periods[0].fromYear;
  return {
    id: "relief-in-force",
    zh: `纳税年度在已建模的优惠期间内（${from} 年至 ${slp.validUntil}）`,
    en: `the tax year falls within the relief years modelled (${from} to ${slp.validUntil})`,
    met: period !== undefined,
    limit: `${from}..${slp.validUntil.slice(0, 4)}`,
    actual: String(taxYear),
    cite: period?.cite ?? slp.cite,
  };
}

/**
 * The tests of a small low-profit enterprise, each with its limit and the firm's figure: taxable income,
 * employees and total assets within the limits, an industry that is neither restricted nor prohibited,
 * and a tax year the relief covers. The relief applies only when every test holds.
 */
export function smallLowProfitTests(
  x: CitInput,
  taxableIncome: Decimal,
  period: SmallLowProfitPeriod | undefined,
  slp: CitRules["smallLowProfit"],
): SmallLowProfitTest[] {
  return [
    {
      id: "taxable-income",
      zh: "年度应纳税所得额不超过上限",
      en: "taxable income of the year within the limit",
      met: taxableIncome.lte(slp.maxTaxableIncome),
      limit: slp.maxTaxableIncome.toFixed(2),
      actual: taxableIncome.toFixed(2),
      cite: slp.cite,
    },
    {
      id: "employees",
      zh: "从业人数（全年季度平均值）不超过上限",
      en: "employees (average of the quarterly averages) within the limit",
      met: x.employees <= slp.maxEmployees,
      limit: String(slp.maxEmployees),
      actual: String(x.employees),
      cite: slp.cite,
    },
    {
      id: "total-assets",
      zh: "资产总额（全年季度平均值）不超过上限",
      en: "total assets (average of the quarterly averages) within the limit",
      met: x.totalAssets.lte(slp.maxTotalAssets),
      limit: slp.maxTotalAssets.toFixed(2),
      actual: x.totalAssets.toFixed(2),
      cite: slp.cite,
    },
    industryTest(x.restrictedIndustry, slp.cite),
    reliefInForceTest(slp, period, x.taxYear),
  ];
}

/**
 * CIT ÷ taxable income: the standard 25% without the relief; with it the tax over the income (5% from
 * 2023, a blend of the bands before), or the first band's rate when there is no income to divide by.
 */
function effectiveCitRate(
  reliefPeriod: SmallLowProfitPeriod | null,
  taxableIncome: Decimal,
  exactTax: Decimal,
  standardRate: Decimal,
): Decimal {
  if (!reliefPeriod) return standardRate;
  return taxableIncome.isZero() ? reliefPeriod.bands[0].rate : exactTax.div(taxableIncome);
}

/**
 * Corporate income tax of a year. Deemed profit: (revenue - exempt income) x 4% (国家税务总局公告2019年
 * 第36号; exempt income leaves the revenue first, 国税发〔2008〕30号 第六条). Actual profit: profit - exempt
 * income. Small low-profit relief when every test holds (5% on the whole amount from 2023; in bands for
 * 2019-2022); above any limit the whole amount is taxed at 25% (a cliff), and no relief outside the years
 * the rules cover.
 */
export function citForYear(x: CitInput, rules: CitRules): CitFigures {
  const taxableRevenue = x.method === "deemed-profit" ? x.revenue.minus(x.exemptIncome) : null;
  const taxableIncome = citTaxableIncome(x, taxableRevenue, rules);
  const period = smallLowProfitPeriod(rules, x.taxYear);
  const tests = smallLowProfitTests(x, taxableIncome, period, rules.smallLowProfit);
  const smallLowProfit = tests.every((t) => t.met);
  const reliefPeriod = smallLowProfit && period ? period : null;
  const exact = reliefPeriod
    ? reliefTax(reliefPeriod, taxableIncome)
    : taxableIncome.times(rules.standardRate);
  return {
    method: x.method,
    taxableRevenue,
    taxableIncome,
    cit: roundFen(exact),
    smallLowProfit,
    tests,
    rate: effectiveCitRate(reliefPeriod, taxableIncome, exact, rules.standardRate),
    reliefPeriod,
  };
}

import type { Bilingual } from "../explain";
import { type Decimal, max, roundFen, ZERO } from "../money";
import type { Cite, CitRules } from "./rules";

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
  /** The rate applied to the whole taxable income (0.05 or 0.25). */
  rate: Decimal;
}

/**
 * Corporate income tax of a year. Deemed profit: (revenue - exempt income) x 4% (国家税务总局公告2019年
 * 第36号; exempt income leaves the revenue first, 国税发〔2008〕30号 第六条). Actual profit: profit - exempt
 * income. Small low-profit relief (5% on the whole amount) when every test holds; above any limit
 * the whole amount is taxed at 25% (a cliff), and no relief after its end date.
 */
export function citForYear(x: CitInput, rules: CitRules): CitFigures {
  let taxableRevenue: Decimal | null = null;
  let taxableIncome: Decimal;
  if (x.method === "deemed-profit") {
    taxableRevenue = x.revenue.minus(x.exemptIncome);
    taxableIncome = roundFen(taxableRevenue.times(rules.deemedProfitRate));
  } else {
    taxableIncome = roundFen(max((x.profit ?? ZERO).minus(x.exemptIncome), ZERO));
  }
  const slp = rules.smallLowProfit;
  const tests: SmallLowProfitTest[] = [
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
    {
      id: "industry",
      zh: "从事国家非限制和禁止行业",
      en: "not in a restricted or prohibited industry",
      met: !x.restrictedIndustry,
      limit: "false",
      actual: String(x.restrictedIndustry),
      cite: slp.cite,
    },
    {
      id: "relief-in-force",
      zh: `优惠执行至 ${slp.validUntil}，纳税年度在期限内`,
      en: `the relief runs until ${slp.validUntil}; the tax year falls within it`,
      met: `${x.taxYear}-12-31` <= slp.validUntil,
      limit: slp.validUntil.slice(0, 4),
      actual: String(x.taxYear),
      cite: slp.cite,
    },
  ];
  const smallLowProfit = tests.every((t) => t.met);
  const rate = smallLowProfit ? slp.effectiveRate : rules.standardRate;
  return {
    method: x.method,
    taxableRevenue,
    taxableIncome,
    cit: roundFen(taxableIncome.times(rate)),
    smallLowProfit,
    tests,
    rate,
  };
}

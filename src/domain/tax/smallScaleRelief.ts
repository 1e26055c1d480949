import { type Decimal, ONE, roundFen, ZERO } from "../money";
import type { Cite, SmallScaleRelief, TaxRules } from "./rules";

/** How often a small-scale payer files: the exemption threshold is per month or per quarter. */
export const FILING_PERIODS = ["monthly", "quarterly"] as const;
export type FilingPeriod = (typeof FILING_PERIODS)[number];

type LevyRules = Pick<TaxRules, "smallScaleLevyRate" | "smallScaleLevyRateCite" | "smallScaleRelief">;

/** The relief of 财政部 税务总局公告2023年第19号 when in force on the date (null: outside it, or none known). */
export function smallScaleReliefOn(rules: LevyRules, date: string): SmallScaleRelief | null {
  const relief = rules.smallScaleRelief;
  return relief && relief.from <= date && date <= relief.until ? relief : null;
}

/**
 * A small-scale payer's levy rate on a date: sales at the 3% levy rate are taxed at 1% while 2023年第19号
 * 第二条 is in force (2023-01-01 to 2027-12-31); outside it, the standard 3%.
 */
export function smallScaleLevyOn(rules: LevyRules, date: string): { rate: Decimal; cite: Cite } {
  const relief = smallScaleReliefOn(rules, date);
  if (relief && rules.smallScaleLevyRate.eq(relief.reducedFromRate)) {
    return { rate: relief.reducedRate, cite: relief.rateCite };
  }
  return { rate: rules.smallScaleLevyRate, cite: rules.smallScaleLevyRateCite };
}

export interface SmallScaleVatInput {
  /** Date of the sale (for an export taxed as domestic: the export date). */
  date: string;
  filing: FilingPeriod;
  /** The sales being assessed, VAT included (an export's FOB in CNY is taken as tax-inclusive). */
  salesInclVat: Decimal;
  /** The payer's other taxable sales of the same month or quarter, VAT excluded. */
  otherSalesExclVat: Decimal;
  /** A levy rate the caller states instead of the rate in force on the date. */
  levyRate?: Decimal;
}

export interface SmallScaleVat {
  levyRate: Decimal;
  levyCite: Cite;
  /** The assessed sales without VAT, to the fen: salesInclVat ÷ (1 + levyRate). */
  salesExclVat: Decimal;
  /** All taxable sales of the filing period, VAT excluded: what the threshold is measured on. */
  periodSalesExclVat: Decimal;
  /** The period's exemption threshold (inclusive), or null when no relief is in force on the date. */
  exemptThreshold: Decimal | null;
  thresholdCite: Cite | null;
  exempt: boolean;
  /** VAT due on the assessed sales: 0 when exempt, else salesInclVat ÷ (1 + levyRate) × levyRate. */
  vatDue: Decimal;
}

/**
 * The VAT of a small-scale payer's sales (taxed as domestic) under the relief in force on their date:
 * 2023年第19号 第一条 exempts a payer whose sales of the month are at most 100,000 CNY (含本数; a quarterly
 * filer: 300,000 a quarter), measured on all its taxable sales of the period without VAT; otherwise the
 * levy rate of the date applies to the sales.
 */
export function smallScaleVat(rules: LevyRules, x: SmallScaleVatInput): SmallScaleVat {
  const levy = x.levyRate
    ? { rate: x.levyRate, cite: { source: "levy rate given in the request / 请求给定的征收率" } }
    : smallScaleLevyOn(rules, x.date);
  const salesExclVat = roundFen(x.salesInclVat.div(ONE.plus(levy.rate)));
  const periodSalesExclVat = salesExclVat.plus(x.otherSalesExclVat);
  const relief = smallScaleReliefOn(rules, x.date);
  const exemptThreshold = relief
    ? x.filing === "quarterly"
      ? relief.quarterlyExemptSales
      : relief.monthlyExemptSales
    : null;
  const thresholdCite = relief
    ? x.filing === "quarterly"
      ? relief.quarterlyCite
      : relief.exemptionCite
    : null;
  const exempt = exemptThreshold !== null && periodSalesExclVat.lte(exemptThreshold);
  const vatDue = exempt ? ZERO : roundFen(x.salesInclVat.div(ONE.plus(levy.rate)).times(levy.rate));
  return {
    levyRate: levy.rate,
    levyCite: levy.cite,
    salesExclVat,
    periodSalesExclVat,
    exemptThreshold,
    thresholdCite,
    exempt,
    vatDue,
  };
}

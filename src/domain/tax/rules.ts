import type { Decimal } from "../money";
import type { RefundRateRow } from "./refundRates";

/** Where a rule comes from: the catalog measure (when there is one) and "document number + clause". */
export interface Cite {
  measure?: string;
  source: string;
}

/** The `source` and `measure` fields an explain step or a condition carries for a citation. */
export function citeFields(c: Cite): { source: string; measure?: string } {
  return c.measure ? { source: c.source, measure: c.measure } : { source: c.source };
}

export const REGIMES = ["exempt-credit-refund", "exempt-refund", "exempt", "taxed-as-domestic"] as const;
export type Regime = (typeof REGIMES)[number];

export const CUSTOMS_CODES = ["0110", "9610", "9710", "9810", "1039"] as const;
export type CustomsCode = (typeof CUSTOMS_CODES)[number];

export type EnterpriseKind = "manufacturer" | "trader";
export type VatPayer = "general" | "small_scale";
export type PurchaseInvoice = "special" | "ordinary" | "none";
/** A company (企业) or an individual business (个体工商户, which pays individual income tax, not CIT). */
export const LEGAL_FORMS = ["company", "individual_business"] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/**
 * The export VAT rules of one period of law. Exports up to 2025-12-31 follow 财税〔2012〕39号 and
 * 国家税务总局公告2012年第24号; later exports 财政部 税务总局公告2026年第11号 and 国家税务总局公告2026年第5号
 * (same formulas; the 36-month filing rule is new). The export date picks the era.
 */
export interface VatEra {
  /** First export date of the era (inclusive). */
  from: string;
  /** Last export date of the era (inclusive); null = open. */
  until: string | null;
  exemptCreditRefundScope: Cite;
  exemptRefundScope: Cite;
  exemptCreditRefundFormula: Cite;
  exemptRefundFormula: Cite;
  /** Exports exempt without refund (small-scale payers, traders holding ordinary invoices). */
  exemptScope: Cite;
  /** Input VAT of exempt exports is not creditable and goes to cost. */
  exemptInputToCost: Cite;
  taxedScope: Cite;
  taxedFormula: Cite;
  /** The claim window: from the month after export to 30 April of the next year. */
  claimWindow: Cite;
  /** Months after export within which a refund or exemption must be filed (null: no such rule). */
  filingDeadlineMonths: number | null;
  filingDeadline: Cite | null;
}

/**
 * 财政部 税务总局公告2023年第19号: from `from` to `until` (inclusive) a small-scale payer's sales at the
 * `reducedFromRate` (3%) levy are taxed at `reducedRate` (1%), and a payer whose sales of the period are at
 * most the threshold (100,000 CNY a month, inclusive; 300,000 a quarter for quarterly filers) is exempt.
 */
export interface SmallScaleRelief {
  from: string;
  until: string;
  reducedFromRate: Decimal;
  reducedRate: Decimal;
  monthlyExemptSales: Decimal;
  quarterlyExemptSales: Decimal;
  rateCite: Cite;
  exemptionCite: Cite;
  quarterlyCite: Cite;
}

/** The payers a surtax relief can cover. */
export type SurtaxReliefGroup = "small_scale" | "small_low_profit" | "individual_business";

/** A surtax halving in force from `from` to `until` (inclusive) for the groups it covers. */
export interface SurtaxReliefPeriod {
  from: string;
  until: string;
  covers: readonly SurtaxReliefGroup[];
  cite: Cite;
}

export interface SurtaxRates {
  urbanConstruction: Decimal;
  education: Decimal;
  localEducation: Decimal;
}

export interface TaxRules {
  vatEras: readonly VatEra[];
  /** Dated VAT and refund rates by HS prefix. */
  refundRates: readonly RefundRateRow[];
  noInvoiceExemption: {
    /** Customs codes whose exports may use 无票免税 (财税〔2018〕103号); only 9610 by default. */
    qualifyingCustomsCodes: readonly string[];
    effectiveFrom: string;
    cite: Cite;
    /** Zhongshan's measure that applies it (the switch the projection turns on and off). */
    localMeasure: Cite;
  };
  marketProcurement: {
    /** Whether 国家税务总局公告2015年第89号 still applies (unconfirmed after the 2026 repeals). */
    inForce: boolean;
    /** Exports from this date on carry the "unconfirmed" warning. */
    unconfirmedFrom: string;
    cite: Cite;
  };
  /** Levy rate of a small-scale payer's exports taxed as domestic sales outside any relief (3%). */
  smallScaleLevyRate: Decimal;
  smallScaleLevyRateCite: Cite;
  /** The dated small-scale relief (财政部 税务总局公告2023年第19号); null in rulesets before 2026.12.1. */
  smallScaleRelief: SmallScaleRelief | null;
  surtax: {
    rates: SurtaxRates;
    /** Factor applied for small-scale payers, small low-profit enterprises and individual businesses (0.5). */
    reliefFactor: Decimal;
    /** Who the halving covered, period by period (oldest first; the last is 2023年第12号, to 2027-12-31). */
    reliefPeriods: readonly SurtaxReliefPeriod[];
    baseCite: Cite;
    ratesCite: Cite;
    reliefCite: Cite;
  };
  departureRefund: { effectiveFrom: string; cite: Cite };
  /** Days from filing a refund claim to the money arriving (market default). */
  refundArrivalDays: number;
  refundArrivalCite: Cite;
  /** Day of the month by which the monthly VAT return (with the refund claim) is filed. */
  filingDayOfMonth: number;
  cit: CitRules;
}

export interface CitRules {
  standardRate: Decimal;
  standardRateCite: Cite;
  deemedProfitRate: Decimal;
  deemedProfitFrom: string;
  deemedProfitCite: Cite;
  exemptIncomeCite: Cite;
  deemedExemptIncomeCite: Cite;
  smallLowProfit: {
    maxTaxableIncome: Decimal;
    maxEmployees: number;
    maxTotalAssets: Decimal;
    /** Last day of the relief in force (2023年第12号: 2027-12-31). */
    validUntil: string;
    cite: Cite;
    /**
     * The relief year by year, oldest first, each with its bands of taxable income; the last is the one
     * in force (one band: 25% of the income taxed at 20% = 5% of the whole). Earlier years were tiered.
     */
    periods: readonly SmallLowProfitPeriod[];
  };
  prepaymentDueDays: number;
  annualSettlementMonths: number;
  paymentCite: Cite;
}

/** One band of the small low-profit relief: the taxable income up to `upTo` (null: the rest) at `rate`. */
export interface SmallLowProfitBand {
  upTo: Decimal | null;
  /** The effective rate on the band: the share counted x 20% (25% x 20% = 5%). */
  rate: Decimal;
}

/** The small low-profit relief of a run of tax years (inclusive). */
export interface SmallLowProfitPeriod {
  fromYear: number;
  untilYear: number;
  bands: readonly SmallLowProfitBand[];
  cite: Cite;
}

/** The era whose dates cover the export date. */
export function vatEraFor(eras: readonly VatEra[], exportDate: string): VatEra | undefined {
  return eras.find((e) => e.from <= exportDate && (e.until === null || exportDate <= e.until));
}

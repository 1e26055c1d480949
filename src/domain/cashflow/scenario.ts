import type { DayCount } from "../dates";
import type { FirmSize } from "../fx/waiver";
import type { WaiverReading } from "../fx/waiverReadings";
import type { FirmFacts } from "../grants/estimate";
import type { Decimal } from "../money";
import type { CostCategory } from "../settlement/netting";
import type { ProgrammeGrant } from "./grants";

/** The measures a scenario can switch on or off; each maps to a catalog measure. */
export const MEASURE_SWITCHES = [
  "netting",
  "noInvoiceExemption",
  "deemedProfitTax",
  "optionFeeWaiver",
  "supplyChainFinance",
  "departureRefund",
] as const;
export type MeasureSwitch = (typeof MEASURE_SWITCHES)[number];
export type MeasureSwitches = Record<MeasureSwitch, boolean>;

export const CUSTOMS_CODES = ["0110", "9610", "9710", "9810", "1039"] as const;
export type CustomsCode = (typeof CUSTOMS_CODES)[number];

export interface Company {
  kind: "manufacturer" | "trader";
  vatPayer: "general" | "small_scale";
  /** The three facts of 财税〔2018〕103号 that do not depend on the goods. */
  pilotZone: { registered: boolean; platformRecorded: boolean; zoneCustoms: boolean };
  employees: number;
  totalAssets: Decimal;
  size: FirmSize;
  /** Has never traded an FX derivative with its bank (the option-fee waiver's condition). */
  firstTimeHedger: boolean;
  /**
   * The user's bank confirmed the first-option fee waiver still runs (the documents report it for 2023
   * only; without this, months after 2023 assume it). Accepted from ruleset 2026.12.1.
   */
  waiverConfirmedByBank?: boolean;
  /**
   * Which reading of the first-option waiver to apply: the handling fee waived (default, the model's
   * reading so far) or the premium waived (the words 减免期权费). Accepted from ruleset 2026.12.1.
   */
  waiverReading?: WaiverReading;
}

/** An overseas cost item, in the line's currency: per unit sold and/or a share of sales. */
export interface OverseasCost {
  category: CostCategory;
  perUnit: Decimal;
  shareOfSales: Decimal;
  /**
   * Contracts the cost is paid under over the horizon, one after another (absent: one). Each is filed
   * once, before its first payment above USD 50,000 (2021年第19号). Accepted from ruleset 2026.12.1.
   */
  contracts?: number;
}

export interface ProductLine {
  name: string;
  hsCode: string;
  customsCode: CustomsCode;
  market: string;
  currency: string;
  /** Units shipped per month: one figure for every month, or one per month of the horizon. */
  monthlyUnits: number[];
  /** Purchase or production cost per unit in CNY, excluding VAT. */
  unitCost: Decimal;
  /** How the cost is invoiced: special VAT invoice, ordinary invoice, or none. */
  purchaseInvoice: "special" | "ordinary" | "none";
  /** VAT rate on the supplier's invoice (0 when there is no invoice). */
  invoiceVatRate: Decimal;
  /** Customs FOB per unit, in the line's currency. */
  declaredUnitValue: Decimal;
  /** What the buyer or marketplace customer pays per unit, in the line's currency. */
  sellingPrice: Decimal;
  /** Share of units returned and refunded. */
  returnsRate: Decimal;
  /** First-mile freight per unit in CNY, paid in China at shipment. */
  freightPerUnit: Decimal;
  overseasCosts: OverseasCost[];
  /** How the money comes back: a marketplace's payout rule, or a B2B buyer's payment terms. */
  sales: MarketplaceSales | B2bSales;
  /** This line's own timing, when it differs from the scenario's. */
  timing?: Timing;
  /** VAT and refund rates; when absent they come from the dated refund-rate table by HS code. */
  vatRate?: Decimal;
  refundRate?: Decimal;
}

export interface MarketplaceSales {
  channel: "marketplace";
  /** Id of a payout rule in seeds/payout-rules.json (reserve, cycle and bank days). */
  payoutRule: string;
}

export interface B2bSales {
  channel: "b2b";
  /** Instalments as shares of the invoice, dated from shipment (negative = paid before shipment). */
  terms: { share: Decimal; daysAfterShipment: number }[];
}

export interface Timing {
  /** Share of the supplier cost paid when the batch is ordered; the rest at shipment + balance days. */
  supplierDepositShare: Decimal;
  supplierBalanceDays: number;
  productionDays: number;
  transitDays: number;
  /** Days from arrival to the first sale (warehouse check-in). */
  checkInDays: number;
  /** Days over which a batch sells; 0 = sold on arrival (B2B delivery). */
  sellThroughDays: number;
  /** Days from filing a refund claim to the money arriving. */
  refundDays: number;
}

export interface CurrencyRate {
  currency: string;
  /** Middle rate, CNY per unit. */
  spot: Decimal;
  /** The currency's money-market rate (for forwards). */
  foreignRate: Decimal;
  /** The day count of that rate (ACT/360 for USD and EUR, ACT/365F for GBP and HKD ...). */
  dayCount: DayCount;
  /** Annual volatility (for option premiums). */
  vol: Decimal;
}

export interface Fee {
  rate: Decimal;
  min: Decimal;
  max: Decimal;
  fixed: Decimal;
}

export interface FxSettings {
  rates: CurrencyRate[];
  /** CNY money-market rate (ACT/365F). */
  domesticRate: Decimal;
  /** Bank's buying rate = mid x (1 - bidSpread); selling rate = mid x (1 + offerSpread). */
  bidSpread: Decimal;
  offerSpread: Decimal;
  inwardFee: Fee;
  outwardFee: Fee;
  hedge: {
    strategy: "none" | "forward" | "put";
    /** Share of each receipt hedged. */
    ratio: Decimal;
    /** Put strike as a fraction of the spot (0.98 = 2% out of the money). */
    strikeRatio: Decimal;
    /** Bank handling fee of an option, a fraction of the notional in CNY. */
    handlingFeeRate: Decimal;
  };
}

export const FINANCING_PRODUCTS = [
  "tax-refund-loan",
  "payout-advance",
  "factoring",
  "order-financing",
] as const;
export type FinancingProduct = (typeof FINANCING_PRODUCTS)[number];

export interface FinancingSettings {
  /** The fallback: a working-capital loan drawn in whole months. */
  workingCapitalRate: Decimal;
  dayCount: DayCount;
  /** Supply-chain products (used when the supplyChainFinance measure is on). */
  products: {
    product: FinancingProduct;
    annualRate: Decimal;
    advanceRate: Decimal;
    feeRate: Decimal;
    /** What the fee is charged on: the advance or the face it is lent against (from ruleset 2026.12.1). */
    feeBase?: "advance" | "face";
  }[];
}

export interface Grant {
  name: string;
  amount: Decimal;
  date: string;
  measure?: string;
}

export interface Scenario {
  horizonMonths: number;
  startDate: string;
  openingCash: Decimal;
  minimumCash: Decimal;
  company: Company;
  productLines: ProductLine[];
  timing: Timing;
  fx: FxSettings;
  financing: FinancingSettings;
  grants: Grant[];
  /** Grants that name a programme (ruleset 2026.12.1 on), estimated from `grantFacts`. */
  programmeGrants?: ProgrammeGrant[];
  grantFacts?: FirmFacts;
  measures: MeasureSwitches;
}

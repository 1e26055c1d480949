import { dayNumber, daysBetween } from "../dates";
import { type FieldProblem, InputError } from "../errors";
import type { Bilingual } from "../explain";
import { Decimal, ZERO } from "../money";
import type { SettlementReport, SettlementRow } from "./settlement-file";

/**
 * What an exporter's Amazon settlement reports say, in the terms of a cash-flow scenario: the
 * periods and payouts, totals by amount type and description, units and sales per SKU, the payout
 * lag, and a proposed product line per SKU. Every line is placed on a SKU or listed as unplaced.
 */

/** What a settlement line is, for the scenario: the figure it feeds, or none (unplaced). */
export const AMOUNT_CATEGORIES = [
  "principal",
  "refund",
  "tax",
  "shipping",
  "promotion",
  "commission",
  "fbaFulfilment",
  "storage",
  "advertising",
  "reserve",
  "subscription",
  "reimbursement",
  "transfer",
  "other",
] as const;
export type AmountCategory = (typeof AMOUNT_CATEGORIES)[number];

/** amount-description values under ItemFees that are Amazon's referral or closing fees. */
const COMMISSION_FEES = new Set([
  "commission",
  "refundcommission",
  "fixedclosingfee",
  "variableclosingfee",
  "digitalservicesfee",
]);
/** ItemFees descriptions that are FBA's pick, pack and ship fees (and their shipping chargebacks). */
const FULFILMENT_FEES = new Set([
  "fbaperunitfulfillmentfee",
  "fbaperorderfulfillmentfee",
  "fbaweightbasedfee",
  "shippingchargeback",
  "shippinghb",
]);
const TAX_PRICES = new Set(["tax", "shippingtax", "giftwraptax"]);
const STORAGE = new Set([
  "storage fee",
  "storagerenewalbilling",
  "fba inventory storage fee",
  "fba long-term storage fee",
]);
const RESERVES = new Set(["current reserve amount", "previous reserve amount balance"]);

/** The category of one line, from its transaction type, amount type and description (case-insensitive). */
export function categoryOf(row: Pick<SettlementRow, "transactionType" | "amountType" | "amountDescription">) {
  const type = row.amountType.toLowerCase();
  const description = row.amountDescription.toLowerCase();
  const refund = row.transactionType.toLowerCase().includes("refund");
  if (type === "itemprice") {
    if (description === "principal") return refund ? "refund" : "principal";
    if (TAX_PRICES.has(description)) return "tax";
    if (description === "shipping" || description === "giftwrap") return "shipping";
    return "other";
  }
  if (type === "itemwithheldtax") return "tax";
  if (type === "promotion") return "promotion";
  if (type === "itemfees") {
    if (COMMISSION_FEES.has(description)) return "commission";
    if (FULFILMENT_FEES.has(description)) return "fbaFulfilment";
    return "other";
  }
  if (type === "cost of advertising") return "advertising";
  if (type.includes("reimbursement")) return "reimbursement";
  if (STORAGE.has(description)) return "storage";
  if (RESERVES.has(description)) return "reserve";
  if (description === "subscription fee") return "subscription";
  if (row.transactionType.toLowerCase() === "transfer") return "transfer";
  return "other";
}

/** Categories a SKU's line in the scenario takes: sales, returns, and the fees per unit sold. */
const PLACED_ON_SKU = new Set<AmountCategory>([
  "principal",
  "refund",
  "tax",
  "shipping",
  "promotion",
  "commission",
  "fbaFulfilment",
]);

/** Units a month from units over `days`: units x 365 / (12 x days), rounded half-up to a whole unit. */
function unitsPerMonth(units: number, days: number): number {
  if (days <= 0) return 0;
  return new Decimal(units)
    .times(365)
    .div(12 * days)
    .toDecimalPlaces(0)
    .toNumber();
}

export interface Totals {
  transactionType: string;
  amountType: string;
  amountDescription: string;
  category: AmountCategory;
  amount: Decimal;
  lines: number;
}

interface SkuFigures {
  sku: string;
  units: number;
  sales: Decimal;
  refunds: Decimal;
  commission: Decimal;
  fulfilment: Decimal;
  promotions: Decimal;
  tax: Decimal;
  shipping: Decimal;
  lines: number;
}

export interface Unplaced {
  line: number;
  settlementId: string;
  transactionType: string;
  amountType: string;
  amountDescription: string;
  category: AmountCategory;
  sku: string;
  amount: Decimal;
  reason: Bilingual;
}

const NO_SKU: Bilingual = {
  zh: "本行没有 SKU（账户层面的金额），无法归入某条产品线",
  en: "no SKU on the line (an account-level amount): it belongs to no product line",
};
const NOT_A_LINE_FIGURE: Bilingual = {
  zh: "产品线中没有对应此类金额的项目",
  en: "a product line has no figure for this kind of amount",
};

/** Reports posted together must be one currency's, each settlement once. */
function checkReports(reports: SettlementReport[]): void {
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  for (const report of reports) {
    const first = seen.get(report.settlementId);
    if (first !== undefined) {
      problems.push({
        pointer: `/line/${report.line}`,
        en: `settlement ${report.settlementId} appears twice (lines ${first} and ${report.line}): each report once`,
        zh: `结算 ${report.settlementId} 出现了两次（第 ${first} 行和第 ${report.line} 行），每份报告只能上传一次`,
      });
    } else seen.set(report.settlementId, report.line);
    if (report.currency !== reports[0].currency) {
      problems.push({
        pointer: `/line/${report.line}`,
        en: `settlement ${report.settlementId} is in ${report.currency}, the first in ${reports[0].currency}: post one currency's reports together`,
        zh: `结算 ${report.settlementId} 的货币为 ${report.currency}，第一份为 ${reports[0].currency}；请每次只上传同一货币的报告`,
      });
    }
  }
  if (problems.length > 0) throw new InputError(problems);
}

function addTo(totals: Map<string, Totals>, row: SettlementRow, category: AmountCategory): void {
  const key = `${row.transactionType}\u0000${row.amountType}\u0000${row.amountDescription}`;
  const entry = totals.get(key);
  if (entry) {
    entry.amount = entry.amount.plus(row.amount);
    entry.lines++;
  } else {
    totals.set(key, {
      transactionType: row.transactionType,
      amountType: row.amountType,
      amountDescription: row.amountDescription,
      category,
      amount: row.amount,
      lines: 1,
    });
  }
}

function skuFigures(skus: Map<string, SkuFigures>, sku: string): SkuFigures {
  let figures = skus.get(sku);
  if (!figures) {
    figures = {
      sku,
      units: 0,
      sales: ZERO,
      refunds: ZERO,
      commission: ZERO,
      fulfilment: ZERO,
      promotions: ZERO,
      tax: ZERO,
      shipping: ZERO,
      lines: 0,
    };
    skus.set(sku, figures);
  }
  return figures;
}

const SKU_FIELD: Partial<Record<AmountCategory, keyof SkuFigures>> = {
  principal: "sales",
  refund: "refunds",
  commission: "commission",
  fbaFulfilment: "fulfilment",
  promotion: "promotions",
  tax: "tax",
  shipping: "shipping",
};

function placeOnSku(figures: SkuFigures, row: SettlementRow, category: AmountCategory): void {
  const field = SKU_FIELD[category] as "sales";
  figures[field] = figures[field].plus(row.amount);
  // Units sold: the quantity on an order's principal line (a refund's quantity is not a sale).
  if (category === "principal") figures.units += row.quantity;
  figures.lines++;
}

export interface PeriodSummary {
  settlementId: string;
  line: number;
  startDate: string;
  endDate: string;
  depositDate: string;
  totalAmount: Decimal;
  linesSum: Decimal;
  payoutLagDays: number;
  lines: number;
}

function periodOf(report: SettlementReport): PeriodSummary {
  return {
    settlementId: report.settlementId,
    line: report.line,
    startDate: report.startDate,
    endDate: report.endDate,
    depositDate: report.depositDate,
    totalAmount: report.totalAmount,
    linesSum: report.rows.reduce((s, r) => s.plus(r.amount), ZERO),
    payoutLagDays: daysBetween(report.endDate, report.depositDate),
    lines: report.rows.length,
  };
}

/** Calendar days the periods cover, each day once however the periods overlap (end date exclusive). */
function daysCovered(periods: PeriodSummary[]): number {
  const days = new Set<number>();
  for (const p of periods) {
    const start = dayNumber(p.startDate);
    const n = Math.max(1, daysBetween(p.startDate, p.endDate));
    for (let d = 0; d < n; d++) days.add(start + d);
  }
  return days.size;
}

export interface SettlementAnalysis {
  currency: string;
  periods: PeriodSummary[];
  daysCovered: number;
  totalAmount: Decimal;
  totals: Totals[];
  skus: SkuFigures[];
  unplaced: Unplaced[];
}

/** Every line of every report, totalled and placed on its SKU or listed as unplaced. */
export function analyseSettlements(reports: SettlementReport[]): SettlementAnalysis {
  checkReports(reports);
  const totals = new Map<string, Totals>();
  const skus = new Map<string, SkuFigures>();
  const unplaced: Unplaced[] = [];
  for (const report of reports) {
    for (const row of report.rows) {
      const category = categoryOf(row);
      addTo(totals, row, category);
      if (row.sku && PLACED_ON_SKU.has(category)) {
        placeOnSku(skuFigures(skus, row.sku), row, category);
      } else {
        unplaced.push({
          line: row.line,
          settlementId: report.settlementId,
          transactionType: row.transactionType,
          amountType: row.amountType,
          amountDescription: row.amountDescription,
          category,
          sku: row.sku,
          amount: row.amount,
          reason: row.sku ? NOT_A_LINE_FIGURE : NO_SKU,
        });
      }
    }
  }
  const periods = reports.map(periodOf);
  return {
    currency: reports[0].currency,
    periods,
    daysCovered: daysCovered(periods),
    totalAmount: periods.reduce((s, p) => s.plus(p.totalAmount), ZERO),
    totals: [...totals.values()].sort(
      (a, b) =>
        AMOUNT_CATEGORIES.indexOf(a.category) - AMOUNT_CATEGORIES.indexOf(b.category) ||
        a.transactionType.localeCompare(b.transactionType) ||
        a.amountType.localeCompare(b.amountType) ||
        a.amountDescription.localeCompare(b.amountDescription),
    ),
    skus: [...skus.values()].sort((a, b) => a.sku.localeCompare(b.sku)),
    unplaced,
  };
}

/** A fee as the scenario takes it: per unit sold (an amount) and as a share of sales (a fraction). */
export interface FeeRates {
  amount: Decimal;
  perUnit: Decimal | null;
  shareOfSales: Decimal | null;
}

function feeRates(fee: Decimal, units: number, sales: Decimal): FeeRates {
  const cost = fee.negated();
  return {
    amount: cost,
    perUnit: units > 0 ? cost.div(units) : null,
    shareOfSales: sales.gt(0) ? cost.div(sales) : null,
  };
}

export interface ProductLineProposal {
  sku: string;
  monthlyUnits: number;
  sellingPrice: Decimal | null;
  returnsRate: Decimal | null;
  commission: FeeRates;
  fulfilment: FeeRates;
}

/**
 * Per SKU, the figures a product line takes: units a month (units over the days covered, times
 * 365/12, rounded half-up), the average selling price (order principal / units), the returns rate
 * (refunded principal / sales), and the referral fees and FBA fees per unit and as a share of sales.
 */
export function proposeLines(analysis: SettlementAnalysis): ProductLineProposal[] {
  const days = analysis.daysCovered;
  return analysis.skus.map((s) => ({
    sku: s.sku,
    monthlyUnits: unitsPerMonth(s.units, days),
    sellingPrice: s.units > 0 ? s.sales.div(s.units) : null,
    returnsRate: s.sales.gt(0) ? s.refunds.negated().div(s.sales) : null,
    commission: feeRates(s.commission, s.units, s.sales),
    fulfilment: feeRates(s.fulfilment, s.units, s.sales),
  }));
}

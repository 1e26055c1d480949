import { addDays, addMonths } from "../dates";
import { type CustomsCode, type TaxRules, type VatEra, vatEraFor } from "./rules";

export interface RefundTiming {
  /** Refund on departure applied (9810 overseas-warehouse export, 国家税务总局公告2025年第3号). */
  departureRefund: boolean;
  /** The date the claim counts from: the export date, or the sale date of a 9810 export claimed after sale. */
  basisDate: string;
  /** First day of the month after the basis date. */
  claimableFrom: string;
  /** 30 April of the year after the basis date. */
  claimWindowEnd: string;
  /** From 2026: the last day to file a refund or exemption before the export is taxed (36 months). */
  filingDeadline: string | null;
  /** Filing assumed in the first filing period, by its filing day. */
  expectedFilingDate: string;
  /** Filing date + the refund arrival days. */
  expectedRefundDate: string;
  /** A departure refund is reconciled to actual sales by 30 April of the next year. */
  reconcileBy: string | null;
}

function firstOfNextMonth(iso: string): string {
  return addMonths(`${iso.slice(0, 7)}-01`, 1);
}

function aprilThirtyAfter(iso: string): string {
  return `${Number(iso.slice(0, 4)) + 1}-04-30`;
}

/** Whether a 9810 export on this date may claim on departure with the measure switched on. */
export function departureRefundApplies(
  exportDate: string,
  customsCode: CustomsCode,
  departureRefund: boolean,
  rules: TaxRules,
): boolean {
  return customsCode === "9810" && departureRefund && exportDate >= rules.departureRefund.effectiveFrom;
}

/**
 * When the refund of an export can be claimed and is expected. A 9810 export without the departure
 * refund claims only after the goods are sold abroad, so it needs `soldDate`; every other export counts
 * from its export date. Returns null when that sale date is needed and missing.
 */
export function refundTiming(
  exportDate: string,
  customsCode: CustomsCode,
  departureRefund: boolean,
  rules: TaxRules,
  soldDate?: string,
): RefundTiming | null {
  const onDeparture = departureRefundApplies(exportDate, customsCode, departureRefund, rules);
  const waitsForSale = customsCode === "9810" && !onDeparture;
  if (waitsForSale && !soldDate) return null;
  const basisDate = waitsForSale && soldDate ? soldDate : exportDate;
  const claimableFrom = firstOfNextMonth(basisDate);
  const expectedFilingDate = addDays(claimableFrom, rules.filingDayOfMonth - 1);
  const era: VatEra | undefined = vatEraFor(rules.vatEras, exportDate);
  const months = era?.filingDeadlineMonths ?? null;
  return {
    departureRefund: onDeparture,
    basisDate,
    claimableFrom,
    claimWindowEnd: aprilThirtyAfter(basisDate),
    filingDeadline: months === null ? null : addMonths(exportDate, months),
    expectedFilingDate,
    expectedRefundDate: addDays(expectedFilingDate, rules.refundArrivalDays),
    reconcileBy: onDeparture ? aprilThirtyAfter(exportDate) : null,
  };
}

export interface CitPaymentDates {
  year: number;
  /** Quarterly prepayments, each due within the prepayment days after the quarter ends. */
  quarters: { quarter: 1 | 2 | 3 | 4; periodEnd: string; due: string }[];
  /** Annual settlement, within the settlement months after the year ends (31 May). */
  annualSettlementDue: string;
}

const QUARTER_ENDS = ["03-31", "06-30", "09-30", "12-31"] as const;

/** CIT payment dates of a tax year (企业所得税法 第五十四条); holiday postponements are not applied. */
export function citPrepaymentDates(year: number, rules: TaxRules): CitPaymentDates {
  const quarters = QUARTER_ENDS.map((end, i) => {
    const periodEnd = `${year}-${end}`;
    return {
      quarter: (i + 1) as 1 | 2 | 3 | 4,
      periodEnd,
      due: addDays(periodEnd, rules.cit.prepaymentDueDays),
    };
  });
  const settlementMonthEnd = addDays(addMonths(`${year + 1}-01-01`, rules.cit.annualSettlementMonths), -1);
  return { year, quarters, annualSettlementDue: settlementMonthEnd };
}

import type { Bilingual } from "../explain";
import type { Decimal } from "../money";

/** One dated row of the refund-rate table (seeds/refund-rates.json). */
export interface RefundRateRow {
  hsPrefix: string;
  group: Bilingual;
  vatRate: Decimal;
  refundRate: Decimal;
  validFrom: string;
  /** Inclusive; null = open. */
  validTo: string | null;
  /** Measure id of the document that set the rate. */
  source: string;
  note?: string;
}

export type RefundRateLookup =
  | { found: true; row: RefundRateRow }
  | { found: false; reason: "unknown-code" }
  | {
      found: false;
      reason: "date-not-covered";
      prefix: string;
      covered: { from: string; to: string | null }[];
    };

/**
 * The rate in force for an HS code on an export date: the longest prefix of the code that has rows
 * wins; among its rows, the one whose dates cover the date. A code no prefix matches is unknown; a
 * date outside every row of the matching prefix is not covered (never a guess from another prefix).
 */
export function findRefundRate(
  rows: readonly RefundRateRow[],
  hsCode: string,
  date: string,
): RefundRateLookup {
  return refundRatesOf(rows, hsCode)(date);
}

/**
 * `findRefundRate` for one HS code at many export dates: the prefix is found once, then each date
 * looks among that prefix's rows only (the projection asks for every batch of a line).
 */
export function refundRatesOf(
  rows: readonly RefundRateRow[],
  hsCode: string,
): (date: string) => RefundRateLookup {
  let prefix = "";
  for (const r of rows) {
    if (hsCode.startsWith(r.hsPrefix) && r.hsPrefix.length > prefix.length) prefix = r.hsPrefix;
  }
  if (!prefix) return () => ({ found: false, reason: "unknown-code" });
  const candidates = rows.filter((r) => r.hsPrefix === prefix);
  return (date) => {
    const row = candidates.find((r) => r.validFrom <= date && (r.validTo === null || date <= r.validTo));
    if (row) return { found: true, row };
    return {
      found: false,
      reason: "date-not-covered",
      prefix,
      covered: candidates.map((r) => ({ from: r.validFrom, to: r.validTo })),
    };
  };
}

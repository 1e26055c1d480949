/**
 * When a rule is in force: from its first day to its last, both inclusive; a null end is open-ended,
 * a null start means the document states none (taken as in force before any date computed here).
 */
export interface Validity {
  validFrom: string | null;
  validTo: string | null;
}

export type ValidityStatus = "not-yet" | "in-force" | "lapsed";

/** Where an ISO date falls against a rule's dates in force. */
export function validityOn(v: Validity, date: string): ValidityStatus {
  if (v.validFrom !== null && date < v.validFrom) return "not-yet";
  if (v.validTo !== null && date > v.validTo) return "lapsed";
  return "in-force";
}

/** Whether the rule is in force on any day from `from` to `to` (inclusive). */
export function inForceDuring(v: Validity, from: string, to: string): boolean {
  return (v.validFrom === null || v.validFrom <= to) && (v.validTo === null || from <= v.validTo);
}

/**
 * A benefit reported for one period only (the 2023 first-option campaign): on a date up to its last
 * reported day it is "reported"; after it, or with no date, "assumed" unless the user's bank confirmed
 * it continues ("bank-confirmed").
 */
export type ReportedStatus = "reported" | "assumed" | "bank-confirmed";

export function reportedStatusOn(
  reportedUntil: string,
  date: string | null,
  bankConfirmed: boolean,
): ReportedStatus {
  if (date !== null && date <= reportedUntil) return "reported";
  return bankConfirmed ? "bank-confirmed" : "assumed";
}

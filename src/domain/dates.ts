import { Decimal } from "./money";

/** Named day-count conventions; every figure that depends on one states it. */
export const DAY_COUNTS = ["ACT/360", "ACT/365F"] as const;
export type DayCount = (typeof DAY_COUNTS)[number];

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for an ISO date (UTC, no time zone drift); NaN when not a real date. */
export function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return Number.NaN;
  return t / DAY_MS;
}

export function isIsoDate(iso: string): boolean {
  return !Number.isNaN(dayNumber(iso));
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Actual days from start to end (negative when end is earlier). */
export function daysBetween(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start);
}

/** Adds calendar months, clamping to the month's last day (2026-01-31 + 1 month = 2026-02-28). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(year, month, Math.min(d, last)) / DAY_MS);
}

/** "YYYY-MM" of a date. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/** Whole months from the month of `start` to the month of `date` (0 for the same month). */
export function monthIndex(start: string, date: string): number {
  const [ys, ms] = start.split("-").map(Number);
  const [yd, md] = date.split("-").map(Number);
  return (yd - ys) * 12 + (md - ms);
}

/** The year fraction for a number of days under a day count. */
export function yearFraction(days: number | Decimal, dayCount: DayCount): Decimal {
  const d = new Decimal(days);
  return dayCount === "ACT/360" ? d.div(360) : d.div(365);
}

/** The year fraction between two dates under a day count. */
export function yearFractionBetween(start: string, end: string, dayCount: DayCount): Decimal {
  return yearFraction(daysBetween(start, end), dayCount);
}

/** Saturday or Sunday, for a day number from dayNumber() (1970-01-01 was a Thursday). */
export function isWeekendDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
  return weekday === 0 || weekday === 6;
}

/**
 * The day number `n` business days after `day`, skipping Saturdays and Sundays only (no public
 * holidays: they differ by country and bank). n = 0 returns `day` itself, even on a weekend.
 */
export function addBusinessDayNumber(day: number, n: number): number {
  let d = day;
  for (let left = n; left > 0; ) {
    d += 1;
    if (!isWeekendDay(d)) left -= 1;
  }
  return d;
}

/** ISO form of addBusinessDayNumber. */
export function addBusinessDays(iso: string, n: number): string {
  return fromDayNumber(addBusinessDayNumber(dayNumber(iso), n));
}

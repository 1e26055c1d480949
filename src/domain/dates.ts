import { Decimal } from "./money";

/** Named day-count conventions; every figure that depends on one states it. */
export const DAY_COUNTS = ["ACT/360", "ACT/365F"] as const;
export type DayCount = (typeof DAY_COUNTS)[number];

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/*
 * Day numbers by integer arithmetic on the proleptic Gregorian calendar (H. Hinnant's
 * days_from_civil / civil_from_days) rather than through Date: these run inside every projection
 * and payout loop, and the arithmetic is about five times faster. Years before 0100 stay invalid,
 * as they were through Date.UTC (which reads 0-99 as 1900-1999).
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Days since 1970-01-01 for an ISO date (UTC, no time zone drift); NaN when not a real date. */
export function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 100 || mo < 1 || mo > 12 || d < 1) return Number.NaN;
  if (d > (mo === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[mo - 1])) return Number.NaN;
  return daysFromCivil(y, mo, d);
}

export function isIsoDate(iso: string): boolean {
  return !Number.isNaN(dayNumber(iso));
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * Year, month (1-12) and day of a day number (days since 1970-01-01), in integer arithmetic, packed
 * as year x 10000 + month x 100 + day (no array to allocate: the projection calls this per sale).
 */
function civilFromDays(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const m = shifted < 10 ? shifted + 3 : shifted - 9;
  return (yearOfEra + era * 400 + (m <= 2 ? 1 : 0)) * 10_000 + m * 100 + d;
}

export function fromDayNumber(day: number): string {
  const packed = civilFromDays(day);
  const y = Math.floor(packed / 10_000);
  return `${String(y).padStart(4, "0")}-${twoDigits(Math.floor(packed / 100) % 100)}-${twoDigits(packed % 100)}`;
}

/** The calendar month a day number falls in, counted as year x 12 + (month - 1). */
export function calendarMonthOf(day: number): number {
  const packed = civilFromDays(day);
  return Math.floor(packed / 10_000) * 12 + (Math.floor(packed / 100) % 100) - 1;
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

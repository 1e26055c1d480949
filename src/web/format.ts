import { Decimal } from "../domain/money";

/**
 * "1234567.8" -> "1,234,567.80": thousands separators on a reported decimal string, by text
 * manipulation only (the figure is already rounded by the API; floats never touch it).
 */
export function groupDigits(value: string, decimals = 2): string {
  const fixed = new Decimal(value).toFixed(decimals, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith("-");
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = negative && !/^[0.,]+$/.test(grouped + (fraction ?? "")) ? "-" : "";
  return `${sign}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/** A CNY figure for people: "¥1,234,567.89" (negative as "-¥..."). */
export function cny(value: string): string {
  const text = groupDigits(value);
  return text.startsWith("-") ? `-¥${text.slice(1)}` : `¥${text}`;
}

/** A signed change: "+¥1,200.00", "-¥300.00", "¥0.00". */
export function signedCny(value: string): string {
  const d = new Decimal(value);
  if (d.isZero()) return cny("0");
  return d.gt(0) ? `+${cny(value)}` : cny(value);
}

/** Exact difference of two reported figures (a - b), as a reported string. */
export function minus(a: string, b: string): string {
  return new Decimal(a).minus(b).toFixed(2, Decimal.ROUND_HALF_UP);
}

/** Exact sum of reported figures. */
export function sum(values: readonly string[]): string {
  let total = new Decimal(0);
  for (const v of values) total = total.plus(v);
  return total.toFixed(2, Decimal.ROUND_HALF_UP);
}

/** "0.035" -> "3.5": a rate as a percentage for a form field (exact, trailing zeros dropped). */
export function percentOf(fraction: string): string {
  return new Decimal(fraction).times(100).toFixed();
}

/** "3.5" -> "0.035": a percentage typed in a form as the API's fraction. */
export function fractionOf(percent: string): string {
  return new Decimal(percent).div(100).toFixed();
}

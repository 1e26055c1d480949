import DecimalBase from "decimal.js";
import { InputError } from "./errors";

/**
 * The one Decimal used for money, tax and every reported figure: 34 significant digits
 * (IEEE 754 decimal128), half-up rounding, and plain notation so strings never carry exponents.
 */
export const Decimal = DecimalBase.clone({
  precision: 34,
  rounding: DecimalBase.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

/** Decimal strings we accept: optional sign, digits, optional fraction; no exponents, no spaces. */
const DECIMAL_TEXT = /^-?(0|[1-9]\d*)(\.\d+)?$/;

export interface DecimalLimits {
  /** Most digits allowed after the decimal point. */
  maxDecimals: number;
  /** Largest absolute value allowed. */
  maxAbs: Decimal;
}

export const MONEY_LIMITS: DecimalLimits = { maxDecimals: 6, maxAbs: new Decimal("1e15") };
export const RATE_LIMITS: DecimalLimits = { maxDecimals: 10, maxAbs: new Decimal(1000) };
/**
 * A time in years feeds a floating-point pricing model, and clients compute it as a fraction in
 * floating point: 1/12 arrives as 0.08333333333333333, 1/365 as 0.0027397260273972603. A double
 * prints at most 17 significant digits, so 20 decimal places take every such fraction of at least
 * 1/1000 of a year as it was sent.
 */
export const YEAR_FRACTION_LIMITS: DecimalLimits = { maxDecimals: 20, maxAbs: new Decimal(1000) };

export type DecimalParseProblem = "not-a-number" | "too-many-decimals" | "too-large";

/**
 * Reads a decimal string or a JSON number. JSON numbers go through their shortest round-trip
 * text (so 0.1 reads as 0.1, not as the binary double's expansion).
 */
export function readDecimal(
  value: string | number,
  limits: DecimalLimits,
): { ok: true; value: Decimal } | { ok: false; problem: DecimalParseProblem } {
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ok: false, problem: "not-a-number" };
    if (Math.abs(value) >= 1e21) return { ok: false, problem: "too-large" };
    text = String(value);
    if (/e/i.test(text)) {
      // Tiny numbers print with an exponent; Decimal reads them exactly.
      const exact = new Decimal(text);
      text = exact.toFixed();
    }
  } else {
    text = value;
  }
  if (!DECIMAL_TEXT.test(text)) return { ok: false, problem: "not-a-number" };
  const fraction = text.split(".")[1];
  if (fraction && fraction.length > limits.maxDecimals) return { ok: false, problem: "too-many-decimals" };
  const parsed = new Decimal(text);
  if (parsed.abs().gt(limits.maxAbs)) return { ok: false, problem: "too-large" };
  return { ok: true, value: parsed };
}

/** Parses trusted text (seeds, constants); a bad value here is a programming error. */
export function dec(value: string | number): Decimal {
  return new Decimal(value);
}

/** Rounds to the fen (0.01), half-up. */
export function roundFen(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** A reported CNY (or other 2-decimal currency) figure: rounded half-up, always two decimals. */
export function fen(value: Decimal): string {
  return value.toFixed(2, Decimal.ROUND_HALF_UP);
}

/** A reported rate or ratio with a fixed number of decimals (half-up). */
export function fixed(value: Decimal, decimals: number): string {
  return value.toFixed(decimals, Decimal.ROUND_HALF_UP);
}

/** A float from a pricing model, converted to a reported Decimal string at the boundary. */
export function fromFloat(value: number, decimals: number): string {
  if (!Number.isFinite(value)) throw new Error(`model produced a non-finite value: ${value}`);
  return new Decimal(value).toFixed(decimals, Decimal.ROUND_HALF_UP);
}

export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

export function min(a: Decimal, b: Decimal): Decimal {
  return a.lt(b) ? a : b;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return a.gt(b) ? a : b;
}

/**
 * Splits a total into parts proportional to the weights, each rounded to the fen, so that the
 * parts add up exactly to the (fen-rounded) total. Remainder fen go to the largest remainders
 * first, ties to the earliest part.
 */
export function allocateFen(total: Decimal, weights: readonly Decimal[]): Decimal[] {
  if (weights.length === 0)
    throw new InputError([{ pointer: "", en: "nothing to allocate to", zh: "没有可分配的对象" }]);
  const weightSum = sum(weights);
  const whole = roundFen(total);
  if (weightSum.isZero()) {
    throw new InputError([{ pointer: "", en: "allocation weights add up to zero", zh: "分配权重之和为零" }]);
  }
  const fenTotal = whole.times(100);
  const raw = weights.map((w) => fenTotal.times(w).div(weightSum));
  const floors = raw.map((r) => r.floor());
  let remainder = fenTotal.minus(sum(floors)).toNumber();
  const order = raw
    .map((r, i) => ({ i, frac: r.minus(floors[i]) }))
    .sort((a, b) => b.frac.comparedTo(a.frac) || a.i - b.i);
  const parts = [...floors];
  for (let k = 0; remainder > 0; k = (k + 1) % order.length, remainder--) {
    parts[order[k].i] = parts[order[k].i].plus(1);
  }
  return parts.map((p) => p.div(100));
}

/** ISO 4217 codes in use by exporters here; any three capital letters are accepted on input. */
export type CurrencyCode = string;

export interface Money {
  amount: Decimal;
  currency: CurrencyCode;
}

/** Converts a foreign amount to CNY at a rate quoted as CNY per unit of the currency. */
export function toCny(money: Money, cnyPerUnit: Decimal): Decimal {
  return money.currency === "CNY" ? money.amount : money.amount.times(cnyPerUnit);
}

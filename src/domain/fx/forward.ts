import { type DayCount, yearFraction } from "../dates";
import { Decimal, ONE } from "../money";

/**
 * Day counts of money-market (deposit) rates by currency. CNY: fixed and deposit rates ACT/365F
 * (shared/domain/fx.md; SHIBOR itself is ACT/360, give it as such). The others follow the ACT
 * (Association of Corporate Treasurers) wiki pages "ACT/360" (USD, EUR, JPY, CHF, DKK, NOK, SEK) and
 * "ACT/365" (GBP, HKD, INR, PLN, SGD, ZAR; AUD, CAD and NZD domestically, from the UK Money Markets
 * Code), the 365 fixed at 365 in leap years too. Any other currency: the caller names the day count.
 */
export const MONEY_MARKET_DAY_COUNTS: Readonly<Record<string, DayCount>> = {
  CNY: "ACT/365F",
  USD: "ACT/360",
  EUR: "ACT/360",
  JPY: "ACT/360",
  CHF: "ACT/360",
  DKK: "ACT/360",
  NOK: "ACT/360",
  SEK: "ACT/360",
  GBP: "ACT/365F",
  HKD: "ACT/365F",
  INR: "ACT/365F",
  PLN: "ACT/365F",
  SGD: "ACT/365F",
  ZAR: "ACT/365F",
  AUD: "ACT/365F",
  CAD: "ACT/365F",
  NZD: "ACT/365F",
};

/** A currency's money-market day count, or undefined when the table does not know it. */
export function moneyMarketDayCount(currency: string): DayCount | undefined {
  return Object.hasOwn(MONEY_MARKET_DAY_COUNTS, currency) ? MONEY_MARKET_DAY_COUNTS[currency] : undefined;
}

/** Decimals an outright forward is dealt and shown at (CFETS quotes USD/CNY to 4). */
export const FORWARD_DECIMALS = 4;

export interface ForwardQuote {
  /** Outright forward, CNY per unit of foreign currency, full precision. */
  forward: Decimal;
  /** The forward as dealt and shown: half-up to FORWARD_DECIMALS. */
  dealtForward: Decimal;
  /**
   * (dealtForward - spot) x 10000: from the forward as shown, so spot + points / 10000 is the
   * forward the user sees (spot 6.6344, forward 6.6869: 525.00 points, not 524.97).
   */
  points: Decimal;
  domesticFactor: Decimal;
  foreignFactor: Decimal;
}

/**
 * Covered interest parity in money-market form:
 * F = S x (1 + rd x d / basis_d) / (1 + rf x d / basis_f), dealt at 4 decimals; forward points =
 * (dealt F - S) x 10000.
 * Rates are simple annual rates on their own day counts (CNY ACT/365F, USD ACT/360, GBP ACT/365F:
 * MONEY_MARKET_DAY_COUNTS).
 */
export function forwardRate(
  spot: Decimal,
  domesticRate: Decimal,
  foreignRate: Decimal,
  days: number,
  dcDomestic: DayCount,
  dcForeign: DayCount,
): ForwardQuote {
  const domesticFactor = ONE.plus(domesticRate.times(yearFraction(days, dcDomestic)));
  const foreignFactor = ONE.plus(foreignRate.times(yearFraction(days, dcForeign)));
  const forward = spot.times(domesticFactor).div(foreignFactor);
  const dealtForward = forward.toDecimalPlaces(FORWARD_DECIMALS, Decimal.ROUND_HALF_UP);
  return {
    forward,
    dealtForward,
    points: dealtForward.minus(spot).times(10000),
    domesticFactor,
    foreignFactor,
  };
}

/**
 * The continuously compounded rate equivalent to a simple money-market rate over `days`
 * (ln(1 + r x d/basis) / (d/365)), so option models on ACT/365F time reproduce the same forward.
 */
export function continuousRate(growthFactor: Decimal, days: number): number {
  return Math.log(growthFactor.toNumber()) / (days / 365);
}

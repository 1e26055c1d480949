import { type DayCount, yearFraction } from "../dates";
import { type Decimal, ONE } from "../money";

export interface ForwardQuote {
  /** Outright forward, CNY per unit of foreign currency, full precision. */
  forward: Decimal;
  /** (forward - spot) x 10000. */
  points: Decimal;
  domesticFactor: Decimal;
  foreignFactor: Decimal;
}

/**
 * Covered interest parity in money-market form:
 * F = S x (1 + rd x d / basis_d) / (1 + rf x d / basis_f), forward points = (F - S) x 10000.
 * Rates are simple annual rates on their own day counts (CNY ACT/365F, USD ACT/360).
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
  return { forward, points: forward.minus(spot).times(10000), domesticFactor, foreignFactor };
}

/**
 * The continuously compounded rate equivalent to a simple money-market rate over `days`
 * (ln(1 + r x d/basis) / (d/365)), so option models on ACT/365F time reproduce the same forward.
 */
export function continuousRate(growthFactor: Decimal, days: number): number {
  return Math.log(growthFactor.toNumber()) / (days / 365);
}

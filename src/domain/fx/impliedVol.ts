import { reject } from "../errors";
import { brent } from "./brent";
import type { OptionInputs } from "./options";

export const IMPLIED_VOL_BOUNDS = { low: 0.001, high: 3 } as const;

export interface ImpliedVolResult {
  vol: number;
  iterations: number;
  /** Model price at the solved vol, to show the fit. */
  price: number;
}

/**
 * The volatility at which the model reproduces a quoted price (banks quote premiums, not vols).
 * Prices outside what any vol in [0.001, 3] can give are the caller's mistake (422 on /price).
 */
export function impliedVol(
  price: (p: OptionInputs) => number,
  inputs: Omit<OptionInputs, "vol">,
  target: number,
): ImpliedVolResult {
  const at = (vol: number) => price({ ...inputs, vol });
  const low = at(IMPLIED_VOL_BOUNDS.low);
  const high = at(IMPLIED_VOL_BOUNDS.high);
  if (target < low || target > high) {
    const range = `${low.toFixed(6)} – ${high.toFixed(6)}`;
    reject(
      "/price",
      `no volatility between ${IMPLIED_VOL_BOUNDS.low} and ${IMPLIED_VOL_BOUNDS.high} gives this price; possible prices are ${range}`,
      `在波动率 ${IMPLIED_VOL_BOUNDS.low} 至 ${IMPLIED_VOL_BOUNDS.high} 之间找不到对应该价格的解；可能的价格区间为 ${range}`,
    );
  }
  const { root, iterations } = brent(
    (v) => at(v) - target,
    IMPLIED_VOL_BOUNDS.low,
    IMPLIED_VOL_BOUNDS.high,
    1e-10,
  );
  return { vol: root, iterations, price: at(root) };
}

import { reject } from "../errors";
import { brent } from "./brent";
import type { ExerciseStyle, OptionInputs } from "./options";

export const IMPLIED_VOL_BOUNDS = { low: 0.001, high: 3 } as const;

export interface ImpliedVolResult {
  vol: number;
  iterations: number;
  /** Model price at the solved vol, to show the fit. */
  price: number;
}

/** The no-arbitrage range of an option's price, whatever the volatility, and how each end reads. */
export interface PriceBounds {
  floor: number;
  floorRule: { en: string; zh: string };
  cap: number;
  capRule: { en: string; zh: string };
}

/**
 * Model-free bounds (Merton 1973; Hull, Options, Futures and Other Derivatives, ch. 11 and 17):
 * a European is worth at least its discounted forward intrinsic value, max(S e^(-rf T) - K e^(-rd T), 0)
 * for a call, and at most S e^(-rf T) (call) or K e^(-rd T) (put); an American also at least its
 * intrinsic value max(S - K, 0) / max(K - S, 0), and at most S (call) or K (put).
 */
export function priceBounds(inputs: Omit<OptionInputs, "vol">, style: ExerciseStyle): PriceBounds {
  const { spot: S, strike: K, years: T } = inputs;
  const spotPv = S * Math.exp(-inputs.foreignRate * T);
  const strikePv = K * Math.exp(-inputs.domesticRate * T);
  const call = inputs.type === "call";
  const forwardIntrinsic = Math.max(call ? spotPv - strikePv : strikePv - spotPv, 0);
  const intrinsic = Math.max(call ? S - K : K - S, 0);
  const american = style === "american";
  const floorIsIntrinsic = american && intrinsic > forwardIntrinsic;
  const european = {
    en: call ? "max(S e^(-rf T) - K e^(-rd T), 0)" : "max(K e^(-rd T) - S e^(-rf T), 0)",
    zh: call ? "max(S e^(-rf T) − K e^(-rd T), 0)" : "max(K e^(-rd T) − S e^(-rf T), 0)",
  };
  return {
    floor: Math.max(forwardIntrinsic, american ? intrinsic : 0),
    floorRule: floorIsIntrinsic
      ? {
          en: `the intrinsic value ${call ? "max(S - K, 0)" : "max(K - S, 0)"}, which immediate exercise pays`,
          zh: `内在价值 ${call ? "max(S − K, 0)" : "max(K − S, 0)"}（立即行权即可得到）`,
        }
      : {
          en: `the discounted forward intrinsic value ${european.en}`,
          zh: `按远期折现的内在价值 ${european.zh}`,
        },
    cap: call ? (american ? S : spotPv) : american ? K : strikePv,
    capRule: call
      ? american
        ? { en: "the spot S", zh: "即期汇率 S" }
        : { en: "the spot's present value S e^(-rf T)", zh: "即期汇率的现值 S e^(-rf T)" }
      : american
        ? { en: "the strike K", zh: "行权价 K" }
        : { en: "the strike's present value K e^(-rd T)", zh: "行权价的现值 K e^(-rd T)" },
  };
}

const six = (x: number) => x.toFixed(6);

/**
 * The volatility at which the model reproduces a quoted price (banks quote premiums, not vols).
 * A price outside what any vol in [0.001, 3] can give is the caller's mistake: 422 on /price, saying
 * whether it breaks a no-arbitrage bound (below intrinsic value, above the most an option is worth)
 * or only lies beyond the volatilities searched.
 */
export function impliedVol(
  price: (p: OptionInputs) => number,
  inputs: Omit<OptionInputs, "vol">,
  target: number,
  style: ExerciseStyle,
): ImpliedVolResult {
  const at = (vol: number) => price({ ...inputs, vol });
  const low = at(IMPLIED_VOL_BOUNDS.low);
  const high = at(IMPLIED_VOL_BOUNDS.high);
  if (target < low || target > high) {
    const bounds = priceBounds(inputs, style);
    const range = `${six(low)} – ${six(high)}`;
    const searched = {
      en: `no volatility between ${IMPLIED_VOL_BOUNDS.low} and ${IMPLIED_VOL_BOUNDS.high} gives this price; possible prices are ${range}`,
      zh: `在波动率 ${IMPLIED_VOL_BOUNDS.low} 至 ${IMPLIED_VOL_BOUNDS.high} 之间找不到对应该价格的解；可能的价格区间为 ${range}`,
    };
    if (target <= bounds.floor) {
      reject(
        "/price",
        `the price ${target} is not above ${six(bounds.floor)}, ${bounds.floorRule.en}: no option is worth less at any volatility (${searched.en})`,
        `报价 ${target} 不高于${bounds.floorRule.zh} ${six(bounds.floor)}：任何波动率下期权价值都不会更低（${searched.zh}）`,
      );
    }
    if (target >= bounds.cap) {
      reject(
        "/price",
        `the price ${target} is not below ${six(bounds.cap)}, ${bounds.capRule.en}: no option is worth that much at any volatility (${searched.en})`,
        `报价 ${target} 不低于${bounds.capRule.zh} ${six(bounds.cap)}：任何波动率下期权价值都不会这么高（${searched.zh}）`,
      );
    }
    reject("/price", searched.en, searched.zh);
  }
  const { root, iterations } = brent(
    (v) => at(v) - target,
    IMPLIED_VOL_BOUNDS.low,
    IMPLIED_VOL_BOUNDS.high,
    1e-10,
  );
  return { vol: root, iterations, price: at(root) };
}

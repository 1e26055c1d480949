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

/** Quotes carry at most 8 decimals: a quote this close to the intrinsic value is the intrinsic value. */
const AT_INTRINSIC = 1e-9;

/**
 * An American quote equal to its intrinsic value: every vol at which exercising today is optimal
 * gives it, so no vol is implied. That set is [0, X]: above X holding on is worth more than
 * exercising. X by bisection on "worth more than intrinsic" (the models return the intrinsic value
 * exactly where they exercise), to 1e-7 (X is reported at 6 decimals).
 */
function refuseIntrinsic(
  at: (vol: number) => number,
  inputs: Omit<OptionInputs, "vol">,
  target: number,
): void {
  const intrinsic = Math.max(
    inputs.type === "call" ? inputs.spot - inputs.strike : inputs.strike - inputs.spot,
    0,
  );
  if (intrinsic === 0 || Math.abs(target - intrinsic) > AT_INTRINSIC) return;
  const above = (vol: number) => at(vol) > intrinsic + AT_INTRINSIC;
  if (above(IMPLIED_VOL_BOUNDS.low)) return;
  let low: number = IMPLIED_VOL_BOUNDS.low;
  let high: number = IMPLIED_VOL_BOUNDS.high;
  if (!above(high)) {
    reject(
      "/price",
      `the price ${target} is the intrinsic value ${six(intrinsic)}: exercising today is optimal at every volatility up to ${IMPLIED_VOL_BOUNDS.high}, so no volatility is implied`,
      `报价 ${target} 等于内在价值 ${six(intrinsic)}：波动率在 ${IMPLIED_VOL_BOUNDS.high} 以内时立即行权都是最优，无法反推出唯一的波动率`,
    );
  }
  while (high - low > 1e-7) {
    const mid = 0.5 * (low + high);
    if (above(mid)) high = mid;
    else low = mid;
  }
  reject(
    "/price",
    `the price ${target} is the intrinsic value ${six(intrinsic)}: any volatility below ${six(low)} gives this price (exercising today is optimal there), so no unique volatility is implied`,
    `报价 ${target} 等于内在价值 ${six(intrinsic)}：任何低于 ${six(low)} 的波动率都得到这一价格（此时立即行权最优），无法反推出唯一的波动率`,
  );
}

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
  if (style === "american") refuseIntrinsic(at, inputs, target);
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

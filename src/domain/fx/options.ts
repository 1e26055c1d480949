import { InputError } from "../errors";
import { andersenLakeOffengelder, andersenLakeOffengelderGreeks } from "./american";
import { brent } from "./brent";
import { normalCdf as N, normalPdf } from "./normal";

/**
 * FX option pricing in binary floating point (the only place floats are allowed). Conventions
 * follow Garman–Kohlhagen and QuantLib: the underlying is one unit of foreign currency (USD) quoted
 * in domestic currency (CNY); domesticRate and foreignRate are continuously compounded; years is
 * the time to expiry; prices are in domestic currency per unit of foreign currency.
 */
export type OptionType = "call" | "put";
export type ExerciseStyle = "european" | "american";
/**
 * garman-kohlhagen: European closed form; andersen-lake-offengelder: American to 1e-8 (american.ts);
 * barone-adesi-whaley: American approximation; lattice: either.
 */
export type PricingModel =
  | "garman-kohlhagen"
  | "andersen-lake-offengelder"
  | "barone-adesi-whaley"
  | "lattice";

export interface OptionInputs {
  type: OptionType;
  spot: number;
  strike: number;
  domesticRate: number;
  foreignRate: number;
  years: number;
  vol: number;
}

export interface Greeks {
  delta: number;
  gamma: number;
  /** Per 1.00 (100 vol points) of volatility. */
  vega: number;
  /** Per year of calendar time passing (-dV/dT). */
  theta: number;
  /** theta / 365. */
  thetaPerDay: number;
  /** dV/d(domesticRate), per 1.00 of rate. */
  rhoDomestic: number;
  /** dV/d(foreignRate), per 1.00 of rate. */
  rhoForeign: number;
}

export interface OptionValue {
  price: number;
  greeks: Greeks;
  /** Models that solve the exercise boundary: the critical spot today (null when never optimal). */
  criticalSpot?: number | null;
}

/** Garman–Kohlhagen (Black–Scholes with a foreign rate): price and closed-form greeks. */
export function garmanKohlhagen(p: OptionInputs): OptionValue {
  const { spot: S, strike: K, domesticRate: rd, foreignRate: rf, years: T, vol: v } = p;
  const sqrtT = Math.sqrt(T);
  const sd = v * sqrtT;
  const dfD = Math.exp(-rd * T);
  const dfF = Math.exp(-rf * T);
  const d1 = (Math.log(S / K) + (rd - rf + 0.5 * v * v) * T) / sd;
  const d2 = d1 - sd;
  const density = normalPdf(d1);
  const gamma = (dfF * density) / (S * sd);
  const vega = S * dfF * density * sqrtT;
  const decay = (-S * dfF * density * v) / (2 * sqrtT);
  let price: number;
  let delta: number;
  let theta: number;
  let rhoDomestic: number;
  let rhoForeign: number;
  if (p.type === "call") {
    const nd1 = N(d1);
    const nd2 = N(d2);
    price = S * dfF * nd1 - K * dfD * nd2;
    delta = dfF * nd1;
    theta = decay + rf * S * dfF * nd1 - rd * K * dfD * nd2;
    rhoDomestic = K * T * dfD * nd2;
    rhoForeign = -S * T * dfF * nd1;
  } else {
    const nmd1 = N(-d1);
    const nmd2 = N(-d2);
    price = K * dfD * nmd2 - S * dfF * nmd1;
    delta = -dfF * nmd1;
    theta = decay - rf * S * dfF * nmd1 + rd * K * dfD * nmd2;
    rhoDomestic = -K * T * dfD * nmd2;
    rhoForeign = S * T * dfF * nmd1;
  }
  return {
    price,
    greeks: { delta, gamma, vega, theta, thetaPerDay: theta / 365, rhoDomestic, rhoForeign },
  };
}

/** Undiscounted Black formula on the forward (QuantLib's blackFormula without the discount). */
function black(type: OptionType, strike: number, forward: number, stdDev: number): number {
  const d1 = Math.log(forward / strike) / stdDev + 0.5 * stdDev;
  const d2 = d1 - stdDev;
  return type === "call" ? forward * N(d1) - strike * N(d2) : strike * N(-d2) - forward * N(-d1);
}

const BAW_TOLERANCE = 1e-6;
const BAW_MAX_ITERATIONS = 200;

export interface BaroneAdesiWhaleyResult {
  price: number;
  /**
   * False when early exercise is never optimal and the price is the European: a call with
   * foreignRate <= 0 <= domesticRate, a put with domesticRate <= 0 <= foreignRate.
   */
  earlyExercisePossible: boolean;
  /** The spot beyond which immediate exercise is optimal (S* in Barone-Adesi & Whaley 1987). */
  criticalSpot: number | null;
}

/**
 * The critical spot S* by Newton iteration, as in Haug (1998) and QuantLib's
 * BaroneAdesiWhaleyApproximationEngine::criticalPrice (seed value from the perpetual option).
 */
function criticalSpot(type: OptionType, K: number, dfD: number, dfF: number, variance: number): number {
  const isCall = type === "call";
  const condition = exerciseCondition(type, K, dfD, dfF, variance);
  let si = perpetualSeed(isCall, K, dfD, dfF, variance);
  for (let i = 0; i < BAW_MAX_ITERATIONS; i++) {
    const { gap, rhs, slope } = condition(si);
    if (Math.abs(gap) / K <= BAW_TOLERANCE) return si;
    si = isCall ? (K + rhs - slope * si) / (1 - slope) : (K - rhs + slope * si) / (1 + slope);
    if (!(si > 0) || !Number.isFinite(si)) break;
  }
  return bracketedCriticalSpot(isCall, K, (s) => condition(s).gap);
}

/** The exponent q of the early-exercise premium (S/S*)^q: the call's positive root, the put's negative one. */
function bawExponent(type: OptionType, dfD: number, dfF: number, variance: number): number {
  const n = (2 * Math.log(dfF / dfD)) / variance;
  // 2r / (σ²(1 - e^{-rT})), with its limit 2/σ²T when r -> 0
  const k = Math.abs(1 - dfD) > 1e-12 ? (-2 * Math.log(dfD)) / (variance * (1 - dfD)) : 2 / variance;
  const sign = type === "call" ? 1 : -1;
  return (-(n - 1) + sign * Math.sqrt((n - 1) * (n - 1) + 4 * k)) / 2;
}

/** Newton's seed for S*: the perpetual option's critical spot, pulled towards the strike (Haug 1998). */
function perpetualSeed(isCall: boolean, K: number, dfD: number, dfF: number, variance: number): number {
  const sd = Math.sqrt(variance);
  const n = (2 * Math.log(dfF / dfD)) / variance;
  const m = (-2 * Math.log(dfD)) / variance;
  const bT = Math.log(dfF / dfD);
  const sign = isCall ? 1 : -1;
  const qu = (-(n - 1) + sign * Math.sqrt((n - 1) * (n - 1) + 4 * m)) / 2;
  const su = K / (1 - 1 / qu);
  if (isCall) {
    const h = (-(bT + 2 * sd) * K) / (su - K);
    return K + (su - K) * (1 - Math.exp(h));
  }
  const h = ((bT - 2 * sd) * K) / (K - su);
  return su + (K - su) * Math.exp(h);
}

/** LHS - RHS of the early-exercise condition at a candidate critical spot, and its slope term. */
function exerciseCondition(type: OptionType, K: number, dfD: number, dfF: number, variance: number) {
  const sd = Math.sqrt(variance);
  const isCall = type === "call";
  const q = bawExponent(type, dfD, dfF, variance);
  return (s: number) => {
    const forward = (s * dfF) / dfD;
    const d1 = (Math.log(forward / K) + 0.5 * variance) / sd;
    const european = black(type, K, forward, sd) * dfD;
    if (isCall) {
      return {
        gap: s - K - (european + ((1 - dfF * N(d1)) * s) / q),
        rhs: european + ((1 - dfF * N(d1)) * s) / q,
        slope: dfF * N(d1) * (1 - 1 / q) + (1 - (dfF * normalPdf(d1)) / sd) / q,
      };
    }
    return {
      gap: K - s - (european - ((1 - dfF * N(-d1)) * s) / q),
      rhs: european - ((1 - dfF * N(-d1)) * s) / q,
      slope: -dfF * N(-d1) * (1 - 1 / q) - (1 + (dfF * normalPdf(-d1)) / sd) / q,
    };
  };
}

/**
 * Newton can overshoot at very low vol with a large rate gap (QuantLib's loop would not end): the
 * condition changes sign between the strike and far beyond it, so bracket and bisect.
 */
function bracketedCriticalSpot(isCall: boolean, K: number, gap: (s: number) => number): number {
  if (isCall) {
    let high = 2 * K;
    for (let i = 0; i < 60 && gap(high) < 0; i++) high *= 2;
    if (gap(high) >= 0 && gap(K) < 0) return brent(gap, K, high, K * 1e-12).root;
  } else {
    const low = K * 1e-9;
    if (gap(low) >= 0 && gap(K) < 0) return brent(gap, low, K, K * 1e-12).root;
    if (gap(K) < 0) return low;
  }
  throw new InputError([
    {
      pointer: "/model",
      en: "the Barone-Adesi-Whaley critical price was not found for these inputs; use model lattice",
      zh: "Barone-Adesi-Whaley 临界价格无法求得，请改用 lattice 模型",
    },
  ]);
}

/**
 * Early exercise never pays: a call when the foreign rate is <= 0 and the domestic rate >= 0 (holding
 * the foreign unit costs nothing and paying the strike later costs less; Merton 1973, Haug (1998)
 * p. 24: "b >= r"), and by put-call symmetry a put when the domestic rate is <= 0 and the foreign
 * rate >= 0 (receiving the strike early earns nothing). The American is then the European.
 */
export function earlyExerciseNeverOptimal(p: OptionInputs): boolean {
  // On the discount factors, as QuantLib's dividendDiscount >= 1: a rate too small to move its
  // discount factor (5e-324) counts as zero, where the critical spot would be out of reach.
  const dfD = Math.exp(-p.domesticRate * p.years);
  const dfF = Math.exp(-p.foreignRate * p.years);
  return p.type === "call" ? dfF >= 1 && dfD <= 1 : dfD >= 1 && dfF <= 1;
}

/**
 * American option by the Barone-Adesi–Whaley (1987) quadratic approximation, following Haug (1998)
 * and QuantLib; where early exercise never pays (earlyExerciseNeverOptimal) it is the European.
 */
export function baroneAdesiWhaley(p: OptionInputs): BaroneAdesiWhaleyResult {
  const { spot: S, strike: K, years: T, vol: v, type } = p;
  const variance = v * v * T;
  const dfD = Math.exp(-p.domesticRate * T);
  const dfF = Math.exp(-p.foreignRate * T);
  const european = black(type, K, (S * dfF) / dfD, Math.sqrt(variance)) * dfD;
  if (earlyExerciseNeverOptimal(p)) {
    return { price: european, earlyExercisePossible: false, criticalSpot: null };
  }
  if (p.domesticRate < 0) {
    throw new InputError([
      {
        pointer: "/domesticRate",
        en: "the Barone-Adesi-Whaley approximation does not apply with a negative domestic rate; use model lattice",
        zh: "本币利率为负时 Barone-Adesi-Whaley 近似不适用，请改用 lattice 模型",
      },
    ]);
  }
  const sk = criticalSpot(type, K, dfD, dfF, variance);
  const sd = Math.sqrt(variance);
  const d1 = (Math.log((sk * dfF) / dfD / K) + 0.5 * variance) / sd;
  const q = bawExponent(type, dfD, dfF, variance);
  let price: number;
  if (type === "call") {
    const a = (sk / q) * (1 - dfF * N(d1));
    price = S < sk ? european + a * (S / sk) ** q : S - K;
  } else {
    const a = -(sk / q) * (1 - dfF * N(-d1));
    price = S > sk ? european + a * (S / sk) ** q : K - S;
  }
  // An American option is worth at least the European; near S* the approximation can dip below
  // it by the Newton tolerance, so keep the no-arbitrage bound.
  return { price: Math.max(price, european), earlyExercisePossible: true, criticalSpot: sk };
}

/** Peizer–Pratt method 2 inversion of the normal CDF onto a binomial with n steps. */
function peizerPratt(z: number, n: number): number {
  let r = z / (n + 1 / 3 + 0.1 / (n + 1));
  r *= r;
  r = Math.exp(-r * (n + 1 / 6));
  return 0.5 + Math.sign(z) * Math.sqrt(0.25 * (1 - r));
}

export const LATTICE_MIN_STEPS = 25;
export const LATTICE_MAX_STEPS = 1001;
export const LATTICE_DEFAULT_STEPS = 801;

/**
 * Leisen–Reimer (1996) binomial tree, an odd number of steps centred on the strike, with early
 * exercise checked at every node when American. Converges about as 1/n² for Europeans; for
 * Americans a few 1e-4 at 801 steps on a 100 strike.
 */
export function leisenReimer(p: OptionInputs, style: ExerciseStyle, requestedSteps: number): number {
  const steps = requestedSteps % 2 === 1 ? requestedSteps : requestedSteps + 1;
  const { spot: S, strike: K, years: T, vol: v } = p;
  const dt = T / steps;
  const variance = v * v * T;
  const carry = p.domesticRate - p.foreignRate;
  const growth = Math.exp(carry * dt);
  const d2 = (Math.log(S / K) + (carry - 0.5 * v * v) * T) / Math.sqrt(variance);
  let pu = peizerPratt(d2, steps);
  const pdash = peizerPratt(d2 + Math.sqrt(variance), steps);
  let up = (growth * pdash) / pu;
  let down = (growth - pu * up) / (1 - pu);
  if (!(pu > 1e-12 && pu < 1 - 1e-12 && down > 0 && Number.isFinite(up))) {
    // Strike many deviations away: Leisen–Reimer's probabilities hit 0 or 1; use Cox–Ross–Rubinstein.
    up = Math.exp(v * Math.sqrt(dt));
    down = 1 / up;
    pu = (growth - down) / (up - down);
    if (!(pu > 0 && pu < 1)) {
      throw new InputError([
        {
          pointer: "/latticeSteps",
          en: "the lattice has no valid probabilities for these inputs; use more steps",
          zh: "该输入下二叉树概率无效，请增加步数",
        },
      ]);
    }
  }
  const discount = Math.exp(-p.domesticRate * dt);
  const puD = pu * discount;
  const pdD = (1 - pu) * discount;
  const sign = p.type === "call" ? 1 : -1;
  const values = new Float64Array(steps + 1);
  const ratio = up / down;
  let node = S * down ** steps;
  for (let j = 0; j <= steps; j++) {
    values[j] = Math.max(sign * (node - K), 0);
    node *= ratio;
  }
  const american = style === "american";
  for (let i = steps - 1; i >= 0; i--) {
    let spotAt = S * down ** i;
    for (let j = 0; j <= i; j++) {
      const held = pdD * values[j] + puD * values[j + 1];
      values[j] = american ? Math.max(held, sign * (spotAt - K)) : held;
      spotAt *= ratio;
    }
  }
  return values[0];
}

/**
 * Greeks of any pricing function by central finite differences (used for the American models,
 * which have no closed-form greeks). Bumps: spot ±min(0.5%, 0.02 σ√T), vol ±min(0.001, σ/100), rates ±0.0001 (one-sided up from a rate in [0, 0.0001)), time ±min(1 day, T/100).
 */
export function bumpedGreeks(price: (p: OptionInputs) => number, p: OptionInputs): OptionValue {
  const base = price(p);
  // Bumps well inside one standard deviation, so short-dated, low-vol greeks stay accurate.
  const hS = p.spot * Math.min(0.005, 0.02 * p.vol * Math.sqrt(p.years));
  const up = price({ ...p, spot: p.spot + hS });
  const down = price({ ...p, spot: p.spot - hS });
  const central = (field: "vol" | "domesticRate" | "foreignRate" | "years", h: number) =>
    (price({ ...p, [field]: p[field] + h }) - price({ ...p, [field]: p[field] - h })) / (2 * h);
  // A zero rate is never bumped below zero (BAW refuses negative domestic rates): one-sided there.
  const rho = (field: "domesticRate" | "foreignRate") => {
    const h = 1e-4;
    if (!(p[field] >= 0 && p[field] < h)) return central(field, h);
    // second-order forward difference: (-3 V(r) + 4 V(r + h) - V(r + 2h)) / 2h
    const once = price({ ...p, [field]: p[field] + h });
    const twice = price({ ...p, [field]: p[field] + 2 * h });
    return (-3 * base + 4 * once - twice) / (2 * h);
  };
  const theta = -central("years", Math.min(1 / 365, p.years / 100));
  return {
    price: base,
    greeks: {
      delta: (up - down) / (2 * hS),
      gamma: (up - 2 * base + down) / (hS * hS),
      vega: central("vol", Math.min(0.001, p.vol / 100)),
      theta,
      thetaPerDay: theta / 365,
      rhoDomestic: rho("domesticRate"),
      rhoForeign: rho("foreignRate"),
    },
  };
}

export interface PricingChoice {
  style: ExerciseStyle;
  model: PricingModel;
  latticeSteps: number;
}

/** The price function a choice of style and model stands for. */
export function pricer(choice: PricingChoice): (p: OptionInputs) => number {
  switch (choice.model) {
    case "garman-kohlhagen":
      return (p) => garmanKohlhagen(p).price;
    case "andersen-lake-offengelder":
      return (p) => andersenLakeOffengelder(p).price;
    case "barone-adesi-whaley":
      return (p) => baroneAdesiWhaley(p).price;
    case "lattice":
      return (p) => leisenReimer(p, choice.style, choice.latticeSteps);
  }
}

/**
 * Price and greeks: closed form for Garman–Kohlhagen, from the boundary solution for
 * Andersen–Lake–Offengelder, central differences for the others.
 */
export function valueOption(p: OptionInputs, choice: PricingChoice): OptionValue {
  switch (choice.model) {
    case "garman-kohlhagen":
      return garmanKohlhagen(p);
    case "andersen-lake-offengelder":
      return andersenLakeOffengelderGreeks(p);
    default:
      return bumpedGreeks(pricer(choice), p);
  }
}

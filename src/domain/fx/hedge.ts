import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { type DayCount, daysBetween } from "../dates";
import { InputError } from "../errors";
import { Explainer, type ExplainStep } from "../explain";
import { Decimal, fen, fixed, ONE, sum, ZERO } from "../money";
import { brent } from "./brent";
import { continuousRate, forwardRate } from "./forward";
import { garmanKohlhagen } from "./options";
import {
  applyOptionWaiver,
  type Charges,
  type FirmFacts,
  type HandlingFeeTerms,
  type HedgeProduct,
  handlingFee,
  type WaiverDecision,
  type WaiverRule,
} from "./waiver";

/** Bounds that keep one request well under ~50 ms of CPU in the Workers runtime. */
export const HEDGE_LIMITS = {
  maxReceipts: 60,
  maxPaths: 20000,
  maxPathReceipts: 240000,
  maxShocks: 21,
} as const;

export interface HedgeReceipt {
  date: string;
  /** Foreign currency (USD) expected on that date. */
  amount: Decimal;
}

export interface HedgeCompareInput {
  valuationDate: string;
  /** ISO 4217 code of the receipts' currency (USD for most exporters); the spot is CNY per unit. */
  foreignCurrency: string;
  spot: Decimal;
  /** Simple money-market rates on their own day counts, as for the forward. */
  domesticRate: Decimal;
  foreignRate: Decimal;
  dcDomestic: DayCount;
  dcForeign: DayCount;
  vol: number;
  receipts: HedgeReceipt[];
  hedgeRatio: Decimal;
  putStrike: Decimal;
  collarPutStrike: Decimal;
  /** Relative moves of the spot, e.g. -0.1 for USD/CNY 10% lower at every receipt. */
  shocks: Decimal[];
  monteCarlo: { paths: number; seed: number };
  firm: FirmFacts;
  handlingFee: HandlingFeeTerms;
  forwardMarginRate: Decimal;
}

/** The rules the comparison applies, built in src/policy from the catalog. */
export interface HedgeRules {
  waivers: readonly WaiverRule[];
  /** The measure asking banks to improve hedging services, cited on the comparison. */
  hedgingService: { measure: string; source: string };
}

export const STRATEGIES = ["unhedged", "forward", "put", "collar"] as const;
export type StrategyId = (typeof STRATEGIES)[number];

export interface ReceiptTerms {
  date: string;
  amount: Decimal;
  days: number;
  /** Deal forward rate, 4 decimals. */
  forward: Decimal;
  putPremiumPerUnit: Decimal;
  /** Call strike of the zero-cost collar, 4 decimals. */
  collarCallStrike: Decimal;
  /** Collar put premium minus call premium after rounding the call strike (per unit). */
  collarNetPremiumPerUnit: Decimal;
  /** Unrounded forward (the mean of the simulated rate). */
  modelForward: number;
}

export interface Distribution {
  mean: number;
  p5: number;
  p50: number;
  p95: number;
  worst: number;
}

export interface StrategyResult {
  id: StrategyId;
  costBefore: Charges;
  costAfter: Charges;
  waiver: WaiverDecision[];
  /** CNY guaranteed whatever the rate (null when nothing is protected). */
  floor: Decimal | null;
  floorRate: Decimal | null;
  /** Highest flat rate at which the strategy still does at least as well as staying unhedged. */
  breakevenRate: number | null;
  shocks: { shock: Decimal; rate: Decimal; cny: Decimal }[];
  monteCarlo: Distribution;
}

export interface HedgeComparison {
  receipts: ReceiptTerms[];
  strategies: StrategyResult[];
  explain: ExplainStep[];
}

const PRICE_DECIMALS = 8;
const RATE_DECIMALS = 4;

function toDecimal(x: number, decimals: number): Decimal {
  return new Decimal(x.toFixed(20)).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

function checkInput(input: HedgeCompareInput): void {
  const problems: { pointer: string; en: string; zh: string }[] = [];
  input.receipts.forEach((r, i) => {
    const days = daysBetween(input.valuationDate, r.date);
    if (days <= 0) {
      problems.push({
        pointer: `/receipts/${i}/date`,
        en: "a receipt must fall after the valuation date",
        zh: "收汇日期必须晚于估值日",
      });
    }
  });
  const cells = input.monteCarlo.paths * input.receipts.length;
  if (cells > HEDGE_LIMITS.maxPathReceipts) {
    problems.push({
      pointer: "/monteCarlo/paths",
      en: `paths x receipts is ${cells}; the cap is ${HEDGE_LIMITS.maxPathReceipts} (use at most ${Math.floor(HEDGE_LIMITS.maxPathReceipts / input.receipts.length)} paths for ${input.receipts.length} receipts)`,
      zh: `路径数 × 收汇笔数 = ${cells}，上限为 ${HEDGE_LIMITS.maxPathReceipts}（${input.receipts.length} 笔收汇最多 ${Math.floor(HEDGE_LIMITS.maxPathReceipts / input.receipts.length)} 条路径）`,
    });
  }
  if (problems.length > 0) throw new InputError(problems);
}

/** The option inputs for one receipt: ACT/365F time, continuous rates equivalent to the money-market ones. */
function optionInputs(
  input: HedgeCompareInput,
  days: number,
  domesticFactor: Decimal,
  foreignFactor: Decimal,
) {
  return {
    spot: input.spot.toNumber(),
    domesticRate: continuousRate(domesticFactor, days),
    foreignRate: continuousRate(foreignFactor, days),
    years: days / 365,
    vol: input.vol,
  };
}

function receiptTerms(input: HedgeCompareInput): ReceiptTerms[] {
  return input.receipts.map((r, i) => termsOfReceipt(input, r, i));
}

/** Receipt i's forward, put premium and zero-cost collar, all per unit of foreign currency. */
function termsOfReceipt(input: HedgeCompareInput, r: HedgeReceipt, i: number): ReceiptTerms {
  const days = daysBetween(input.valuationDate, r.date);
  const fwd = forwardRate(
    input.spot,
    input.domesticRate,
    input.foreignRate,
    days,
    input.dcDomestic,
    input.dcForeign,
  );
  const market = optionInputs(input, days, fwd.domesticFactor, fwd.foreignFactor);
  const putPremium = garmanKohlhagen({ ...market, type: "put", strike: input.putStrike.toNumber() }).price;
  const collar = zeroCostCollar(input, i, fwd, market);
  return {
    date: r.date,
    amount: r.amount,
    days,
    forward: fwd.dealtForward,
    putPremiumPerUnit: toDecimal(putPremium, PRICE_DECIMALS),
    collarCallStrike: collar.callStrike,
    collarNetPremiumPerUnit: toDecimal(collar.netPremium, PRICE_DECIMALS),
    modelForward: fwd.forward.toNumber(),
  };
}

/**
 * The collar's call strike (dealt at 4 decimals) whose premium pays for the bought put, and the
 * small net premium the rounding leaves; refused where the put strike leaves no such call.
 */
function zeroCostCollar(
  input: HedgeCompareInput,
  i: number,
  fwd: ReturnType<typeof forwardRate>,
  market: ReturnType<typeof optionInputs>,
): { callStrike: Decimal; netPremium: number } {
  const putPrice = (strike: number) => garmanKohlhagen({ ...market, type: "put", strike }).price;
  const callPrice = (strike: number) => garmanKohlhagen({ ...market, type: "call", strike }).price;
  const forward = fwd.dealtForward;
  const collarPut = input.collarPutStrike.toNumber();
  if (collarPut > fwd.forward.toNumber()) {
    throw new InputError([
      {
        pointer: "/strategies/collarPutStrike",
        en: `the collar's put strike must not exceed the forward rate of each receipt (receipt ${i}: forward ${fixed(forward, 4)}), or no call strike above it makes the collar cost nothing`,
        zh: `领口期权的看跌行权价不能高于每笔收汇的远期汇率（第 ${i} 笔：远期 ${fixed(forward, 4)}），否则找不到使成本为零的看涨行权价`,
      },
    ]);
  }
  const collarPutPremium = putPrice(collarPut);
  // The call's price falls from the put's at the forward (parity) towards 0: the root is above F.
  // A put worth (next to) nothing leaves no call cheap enough to pay for it but one never exercised.
  let upper = fwd.forward.toNumber() * Math.exp(8 * input.vol * Math.sqrt(market.years)) + 1;
  for (let widen = 0; widen < 20 && callPrice(upper) >= collarPutPremium; widen++) upper *= 2;
  if (!(collarPutPremium > 1e-12) || !(callPrice(upper) < collarPutPremium)) {
    throw new InputError([
      {
        pointer: "/strategies/collarPutStrike",
        en: `at this put strike the put is worth almost nothing for receipt ${i}, so no call strike makes the collar cost nothing; raise the put strike towards the forward ${fixed(forward, 4)}`,
        zh: `第 ${i} 笔收汇在该看跌行权价下期权几乎没有价值，找不到使领口成本为零的看涨行权价；请把看跌行权价提高到接近远期汇率 ${fixed(forward, 4)}`,
      },
    ]);
  }
  const solved = brent((k) => callPrice(k) - collarPutPremium, fwd.forward.toNumber(), upper, 1e-10);
  const callStrike = toDecimal(solved.root, RATE_DECIMALS);
  return { callStrike, netPremium: collarPutPremium - callPrice(callStrike.toNumber()) };
}

/** CNY received at a rate for one receipt's amount, per strategy (exact in Decimal). */
function receiptCny(
  id: StrategyId,
  rate: Decimal,
  t: ReceiptTerms,
  hedged: Decimal,
  open: Decimal,
  input: HedgeCompareInput,
): Decimal {
  const spotLeg = t.amount.times(rate);
  switch (id) {
    case "unhedged":
      return spotLeg;
    case "forward":
      return hedged.times(t.forward).plus(open.times(rate));
    case "put":
      return spotLeg.plus(hedged.times(Decimal.max(input.putStrike.minus(rate), ZERO)));
    case "collar":
      return spotLeg.plus(
        hedged.times(
          Decimal.max(input.collarPutStrike.minus(rate), ZERO).minus(
            Decimal.max(rate.minus(t.collarCallStrike), ZERO),
          ),
        ),
      );
  }
}

/** The same in floats, for the Monte Carlo paths. */
function receiptCnyFloat(
  id: StrategyId,
  rate: number,
  t: FloatTerms,
  h: number,
  putK: number,
  collarK: number,
) {
  const spotLeg = t.amount * rate;
  switch (id) {
    case "unhedged":
      return spotLeg;
    case "forward":
      return h * t.amount * t.forward + (1 - h) * spotLeg;
    case "put":
      return spotLeg + h * t.amount * Math.max(putK - rate, 0);
    case "collar":
      return spotLeg + h * t.amount * (Math.max(collarK - rate, 0) - Math.max(rate - t.callStrike, 0));
  }
}

interface FloatTerms {
  amount: number;
  forward: number;
  /** Unrounded model forward, the mean of the simulated rate. */
  modelForward: number;
  years: number;
  callStrike: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1];
}

function distribution(values: Float64Array): Distribution {
  let total = 0;
  for (const v of values) total += v;
  const sorted = values.slice().sort();
  return {
    mean: total / values.length,
    p5: percentile(sorted, 0.05),
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    worst: sorted[0],
  };
}

/**
 * Seeded Monte Carlo of geometric Brownian motion: one Brownian path per scenario sampled at the
 * receipt dates, rate_i = F_i x exp(-v²t_i/2 + v W(t_i)) (risk-neutral: the mean of each rate is
 * its forward, so the drift is the rate differential). Normals by Box–Muller from xoroshiro128+.
 */
function simulate(
  input: HedgeCompareInput,
  terms: FloatTerms[],
  costs: Record<StrategyId, number>,
): Record<StrategyId, Float64Array> {
  const { paths, seed } = input.monteCarlo;
  const normal = boxMuller(xoroshiro128plus(seed));
  const out = Object.fromEntries(STRATEGIES.map((id) => [id, new Float64Array(paths)])) as Record<
    StrategyId,
    Float64Array
  >;
  const deal: PathDeal = {
    hedgeRatio: input.hedgeRatio.toNumber(),
    putK: input.putStrike.toNumber(),
    collarK: input.collarPutStrike.toNumber(),
    vol: input.vol,
  };
  const legs = new Float64Array(LEGS);
  for (let path = 0; path < paths; path++) {
    pathLegs(terms, deal, normal, legs);
    // Same payoffs as receiptCnyFloat, summed per leg so the inner loop stays branch-free.
    out.unhedged[path] = legs[SPOT_LEG] - costs.unhedged;
    out.forward[path] = legs[SPOT_LEG] + legs[FORWARD_LEG] - costs.forward;
    out.put[path] = legs[SPOT_LEG] + legs[PUT_LEG] - costs.put;
    out.collar[path] = legs[SPOT_LEG] + legs[COLLAR_LEG] - costs.collar;
  }
  return out;
}

/** Standard normals by Box–Muller from a seeded generator's uniforms, the second of each pair kept for the next call. */
function boxMuller(rng: ReturnType<typeof xoroshiro128plus>): () => number {
  let spare: number | null = null;
  return (): number => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return z;
    }
    const u1 = 1 - uniformFloat64(rng);
    const u2 = uniformFloat64(rng);
    const radius = Math.sqrt(-2 * Math.log(u1));
    spare = radius * Math.sin(2 * Math.PI * u2);
    return radius * Math.cos(2 * Math.PI * u2);
  };
}

/** What a simulated path's payoffs need of the deal, in floats. */
interface PathDeal {
  hedgeRatio: number;
  putK: number;
  collarK: number;
  vol: number;
}

/** A path's CNY by leg, summed over the receipts: the spot sale, and what each hedge adds to it. */
const SPOT_LEG = 0;
const FORWARD_LEG = 1;
const PUT_LEG = 2;
const COLLAR_LEG = 3;
const LEGS = 4;

/** One Brownian path sampled at the receipt dates, its legs written into `legs`. */
function pathLegs(terms: FloatTerms[], deal: PathDeal, normal: () => number, legs: Float64Array): void {
  const { hedgeRatio: h, putK, collarK, vol: v } = deal;
  let w = 0;
  let previousYears = 0;
  let spotLegs = 0;
  let forwardLegs = 0;
  let putLegs = 0;
  let collarLegs = 0;
  for (const t of terms) {
    w += Math.sqrt(t.years - previousYears) * normal();
    previousYears = t.years;
    const rate = t.modelForward * Math.exp(-0.5 * v * v * t.years + v * w);
    const hedged = h * t.amount;
    spotLegs += t.amount * rate;
    forwardLegs += hedged * (t.forward - rate);
    putLegs += hedged * Math.max(putK - rate, 0);
    collarLegs += hedged * (Math.max(collarK - rate, 0) - Math.max(rate - t.callStrike, 0));
  }
  legs[SPOT_LEG] = spotLegs;
  legs[FORWARD_LEG] = forwardLegs;
  legs[PUT_LEG] = putLegs;
  legs[COLLAR_LEG] = collarLegs;
}

/** Highest flat rate at which diff(rate) >= 0, by bisection; diff is non-increasing in the rate. */
function breakeven(diff: (rate: number) => number, spot: number): number | null {
  let low = 0;
  let high = spot * 10;
  if (diff(low) < 0) return null;
  if (diff(high) >= 0) return null;
  for (let i = 0; i < 80; i++) {
    const mid = 0.5 * (low + high);
    if (diff(mid) >= 0) low = mid;
    else high = mid;
  }
  return low;
}

/** What each strategy is charged before any waiver, and the product a waiver would see. */
type StrategyCharges = Record<
  StrategyId,
  { product: HedgeProduct | null; premium: Decimal; fee: Decimal; margin: Decimal }
>;
type WaiverOutcome = ReturnType<typeof applyOptionWaiver>;

const hedgedOf = (input: HedgeCompareInput, t: ReceiptTerms) => t.amount.times(input.hedgeRatio);

/** Stage 2: explains the rates each receipt is dealt at (forward, put premium, collar call strike). */
function explainDealtRates(ex: Explainer, input: HedgeCompareInput, terms: ReceiptTerms[]): void {
  ex.add({
    key: "forwards",
    zh: "各收汇日的远期汇率（抛补利率平价，货币市场公式），按 4 位小数成交",
    en: "Forward rate for each receipt (covered interest parity, money-market form), dealt at 4 decimals",
    formula: `F = S x (1 + rCNY x d/${input.dcDomestic === "ACT/360" ? 360 : 365}) / (1 + r${input.foreignCurrency} x d/${input.dcForeign === "ACT/360" ? 360 : 365})`,
    inputs: {
      foreignCurrency: input.foreignCurrency,
      spot: input.spot.toString(),
      domesticRate: input.domesticRate.toString(),
      foreignRate: input.foreignRate.toString(),
      domesticDayCount: input.dcDomestic,
      foreignDayCount: input.dcForeign,
    },
    value: terms.map((t) => `${t.date}: ${fixed(t.forward, 4)}`).join("; "),
  });
  ex.add({
    key: "optionModel",
    zh: "期权按 Garman–Kohlhagen 定价：时间按 ACT/365F，连续复利利率由货币市场利率换算，使期权远期与上面的远期一致；价格（浮点）按 8 位小数四舍五入转为十进制",
    en: "Options priced by Garman–Kohlhagen: time ACT/365F, continuous rates converted from the money-market rates so the model forward equals the forward above; prices (binary floats) converted to decimals at 8 places, half-up",
    formula: "r_cont = ln(1 + r x d/basis) / (d/365)",
    inputs: { vol: String(input.vol), putStrike: input.putStrike.toString() },
    value: terms.map((t) => `${t.date}: ${fixed(t.putPremiumPerUnit, 8)}`).join("; "),
  });
  ex.add({
    key: "collarStrikes",
    zh: "零成本领口：对每笔收汇求解看涨行权价，使卖出看涨期权费等于买入看跌期权费；行权价按 4 位小数成交，余下的微小净期权费计入成本",
    en: "Zero-cost collar: for each receipt the call strike is solved so the sold call's premium equals the bought put's; strikes are dealt at 4 decimals and the small net premium left by rounding is counted as cost",
    inputs: { collarPutStrike: input.collarPutStrike.toString() },
    value: terms.map((t) => `${t.date}: ${fixed(t.collarCallStrike, 4)}`).join("; "),
  });
}

/** Stage 3: premium, bank handling fee and margin of each strategy, before any waiver. */
function strategyCharges(ex: Explainer, input: HedgeCompareInput, terms: ReceiptTerms[]): StrategyCharges {
  const spotCny = input.spot;
  const totalHedged = sum(terms.map((t) => t.amount)).times(input.hedgeRatio);
  const optionFees = sum(terms.map((t) => handlingFee(hedgedOf(input, t).times(spotCny), input.handlingFee)));
  ex.add(handlingFeeStep(input, optionFees));
  const premiumOf = (perUnit: (t: ReceiptTerms) => Decimal) =>
    sum(terms.map((t) => hedgedOf(input, t).times(perUnit(t))));
  const charges: StrategyCharges = {
    unhedged: { product: null, premium: ZERO, fee: ZERO, margin: ZERO },
    forward: {
      product: "forward",
      premium: ZERO,
      fee: ZERO,
      margin: totalHedged.times(spotCny).times(input.forwardMarginRate),
    },
    put: {
      product: "bought-option",
      premium: premiumOf((t) => t.putPremiumPerUnit),
      fee: optionFees,
      margin: ZERO,
    },
    collar: {
      product: "collar",
      premium: premiumOf((t) => t.collarNetPremiumPerUnit),
      fee: optionFees,
      margin: ZERO,
    },
  };
  ex.add({
    key: "forwardMargin",
    zh: "远期结汇不收期权费，银行收益含在远期点中；保证金按名义本金（即期折人民币）× 保证金比例，到期退还，不计入成本",
    en: "A forward carries no premium (the bank's margin is in the forward points); margin = notional at spot in CNY x margin rate, returned at maturity and not counted as cost",
    inputs: { marginRate: input.forwardMarginRate.toString() },
    value: fen(charges.forward.margin),
  });
  return charges;
}

/** The bank's handling fee on the option deals: per deal on the hedged notional at spot, the minimum, the fixed part. */
function handlingFeeStep(input: HedgeCompareInput, optionFees: Decimal): ExplainStep {
  return {
    key: "handlingFee",
    zh: "银行办理费：每笔期权（领口按其买入看跌腿）按名义本金（按即期汇率折人民币）× 费率，不低于最低收费，另加固定费用",
    en: "Bank handling fee: per option deal (a collar on its bought put), notional at spot in CNY x rate, at least the minimum, plus the fixed fee",
    formula: "fee = max(rate x hedged amount x spot, minimum) + fixed",
    inputs: {
      rate: input.handlingFee.rate.toString(),
      minimum: fen(input.handlingFee.minimum),
      fixed: fen(input.handlingFee.fixed),
    },
    value: fen(optionFees),
  };
}

/** Stage 4: each waiver rule applied to each strategy's charges (the whole programme as one deal). */
function applyWaivers(
  ex: Explainer,
  input: HedgeCompareInput,
  rules: HedgeRules,
  charges: StrategyCharges,
): Record<StrategyId, WaiverOutcome> {
  const waived = {} as Record<StrategyId, WaiverOutcome>;
  for (const id of STRATEGIES) {
    const f = charges[id];
    waived[id] = f.product
      ? applyOptionWaiver(
          { product: f.product, premium: f.premium, handlingFee: f.fee, margin: f.margin },
          input.firm,
          [...rules.waivers],
        )
      : applyOptionWaiver(
          { product: "forward", premium: ZERO, handlingFee: ZERO, margin: ZERO },
          input.firm,
          [],
        );
  }
  for (const rule of rules.waivers) ex.add(waiverStep(input, rule, waived));
  return waived;
}

/** One waiver rule across the strategies: where it applies, why not elsewhere, and each cost before and after. */
function waiverStep(
  input: HedgeCompareInput,
  rule: WaiverRule,
  waived: Record<StrategyId, WaiverOutcome>,
): ExplainStep {
  const decisions = (["put", "collar", "forward"] as const).map((id) => ({
    id,
    d: waived[id].decisions.find((x) => x.measure === rule.measure)!,
  }));
  return {
    key: `waiver:${rule.measure}`,
    zh: `${rule.name.zh}${rule.confirmed ? "" : "（文件未核实）"}：${decisions.map(({ id, d }) => `${id} ${d.applies ? "适用" : `不适用（${d.reasons.map((r) => r.zh).join("；")}）`}`).join("；")}。整个方案在估值日一次成交，视为同一笔交易。依据：${rule.basis.zh}`,
    en: `${rule.name.en}${rule.confirmed ? "" : " (document not verified)"}: ${decisions.map(({ id, d }) => `${id} ${d.applies ? "applies" : `does not apply (${d.reasons.map((r) => r.en).join("; ")})`}`).join("; ")}. The whole programme is dealt on the valuation date as one deal. Basis: ${rule.basis.en}`,
    inputs: {
      size: input.firm.size,
      firstDerivativeWithBank: String(input.firm.firstDerivativeWithBank),
      handlingFeeShare: rule.handlingFeeShare.toString(),
      premiumShare: rule.premiumShare.toString(),
      marginShare: rule.marginShare.toString(),
      cap: rule.cap ? fen(rule.cap) : "none",
    },
    value: decisions
      .map(({ id }) => `${id}: ${fen(waived[id].before.cost)} -> ${fen(waived[id].after.cost)}`)
      .join("; "),
    measure: rule.measure,
    source: rule.source,
  };
}

/** Stage 5: explains the deterministic spot shocks the strategies are valued under. */
function explainShocks(ex: Explainer, input: HedgeCompareInput): void {
  ex.add({
    key: "shocks",
    zh: "确定性情景：每笔收汇时的汇率 = 当前即期 ×（1 + 冲击），收入扣除减免后的期权费和办理费",
    en: "Deterministic scenarios: the rate at every receipt = today's spot x (1 + shock); CNY received is net of premium and fees after the waiver",
    formula: "rate = S x (1 + shock)",
    inputs: { shocks: input.shocks.map((s) => s.toString()).join(", ") },
    value: input.shocks.map((s) => fixed(input.spot.times(ONE.plus(s)), 4)).join(", "),
  });
}

/** Stage 6: the seeded Monte Carlo of every strategy's CNY received, net of its cost after waiver. */
function simulateStrategies(
  ex: Explainer,
  input: HedgeCompareInput,
  floatTerms: FloatTerms[],
  floatCosts: Record<StrategyId, number>,
): Record<StrategyId, Float64Array> {
  const paths = simulate(input, floatTerms, floatCosts);
  ex.add({
    key: "monteCarlo",
    zh: "蒙特卡洛：几何布朗运动，每条路径在各收汇日取值，汇率_i = F_i × exp(−σ²t_i/2 + σW(t_i))（期望等于远期，漂移为两国利差）；xoroshiro128+ 按种子生成均匀数，Box–Muller 转正态；百分位按最近秩法；同一种子得到相同结果",
    en: "Monte Carlo: geometric Brownian motion sampled at the receipt dates, rate_i = F_i x exp(-v²t_i/2 + vW(t_i)) (mean = forward, drift = the rate differential); uniforms from seeded xoroshiro128+, normals by Box–Muller; nearest-rank percentiles; the same seed gives the same numbers",
    inputs: {
      paths: String(input.monteCarlo.paths),
      seed: String(input.monteCarlo.seed),
      vol: String(input.vol),
    },
    value: `${input.monteCarlo.paths} x ${floatTerms.length}`,
  });
  return paths;
}

/** CNY guaranteed whatever the rate, net of cost after waiver; null when nothing is hedged. */
function protectedFloor(
  id: StrategyId,
  input: HedgeCompareInput,
  terms: ReceiptTerms[],
  costAfter: Decimal,
): Decimal | null {
  if (input.hedgeRatio.isZero()) return null;
  const totalHedged = sum(terms.map((t) => t.amount)).times(input.hedgeRatio);
  switch (id) {
    case "unhedged":
      return null;
    case "forward":
      return sum(terms.map((t) => hedgedOf(input, t).times(t.forward))).minus(costAfter);
    case "put":
      return totalHedged.times(input.putStrike).minus(costAfter);
    case "collar":
      return totalHedged.times(input.collarPutStrike).minus(costAfter);
  }
}

/** Stage 7: one strategy's floor, breakeven, shocked outcomes and Monte Carlo distribution. */
function strategyResult(
  id: StrategyId,
  input: HedgeCompareInput,
  terms: ReceiptTerms[],
  floatTerms: FloatTerms[],
  waived: WaiverOutcome,
  simulated: Float64Array,
): StrategyResult {
  const h = input.hedgeRatio;
  const costAfter = waived.after.cost;
  const totalAmount = sum(terms.map((t) => t.amount));
  const open = ONE.minus(h);
  const floor = protectedFloor(id, input, terms, costAfter);
  const outcome = (rate: Decimal) =>
    sum(terms.map((t) => receiptCny(id, rate, t, hedgedOf(input, t), t.amount.times(open), input))).minus(
      costAfter,
    );
  return {
    id,
    costBefore: waived.before,
    costAfter: waived.after,
    waiver: waived.decisions,
    floor,
    floorRate: floor === null || totalAmount.isZero() ? null : floor.div(totalAmount),
    breakevenRate:
      id === "unhedged" || h.isZero()
        ? null
        : breakeven(gainOverUnhedged(id, input, floatTerms, costAfter.toNumber()), input.spot.toNumber()),
    shocks: input.shocks.map((shock) => {
      const rate = input.spot.times(ONE.plus(shock));
      return { shock, rate, cny: outcome(rate) };
    }),
    monteCarlo: distribution(simulated),
  };
}

/** What the strategy receives at a flat rate, net of its cost, less what staying unhedged receives (floats). */
function gainOverUnhedged(
  id: StrategyId,
  input: HedgeCompareInput,
  floatTerms: FloatTerms[],
  floatCost: number,
): (rate: number) => number {
  const h = input.hedgeRatio;
  const unhedgedAt = (rate: number) => floatTerms.reduce((s, t) => s + t.amount * rate, 0);
  return (rate: number) =>
    floatTerms.reduce(
      (s, t) =>
        s +
        receiptCnyFloat(
          id,
          rate,
          t,
          h.toNumber(),
          input.putStrike.toNumber(),
          input.collarPutStrike.toNumber(),
        ),
      0,
    ) -
    floatCost -
    unhedgedAt(rate);
}

/**
 * Compares unhedged, forward, bought put and zero-cost collar over a schedule of receipts:
 * the rates each receipt is dealt at, each strategy's charges and waiver, then its outcomes
 * under the spot shocks and the Monte Carlo.
 */
export function compareHedges(input: HedgeCompareInput, rules: HedgeRules): HedgeComparison {
  checkInput(input);
  const ex = new Explainer();
  const terms = receiptTerms(input);
  explainDealtRates(ex, input, terms);
  const waived = applyWaivers(ex, input, rules, strategyCharges(ex, input, terms));
  explainShocks(ex, input);
  const floatTerms: FloatTerms[] = terms.map((t) => ({
    amount: t.amount.toNumber(),
    forward: t.forward.toNumber(),
    modelForward: t.modelForward,
    years: t.days / 365,
    callStrike: t.collarCallStrike.toNumber(),
  }));
  const floatCosts = Object.fromEntries(
    STRATEGIES.map((id) => [id, waived[id].after.cost.toNumber()]),
  ) as Record<StrategyId, number>;
  const simulated = simulateStrategies(ex, input, floatTerms, floatCosts);
  const strategies = STRATEGIES.map((id) =>
    strategyResult(id, input, terms, floatTerms, waived[id], simulated[id]),
  );
  ex.add({
    key: "floorAndBreakeven",
    zh: "保底金额 = 无论汇率多低都能收到的人民币（套保部分按远期或行权价，未套保部分按 0 计）减去成本；盈亏平衡汇率 = 该策略仍不差于不套保的最高统一汇率",
    en: "Protected floor = CNY received however low the rate goes (hedged part at the forward or strike, open part at zero) less costs; breakeven = the highest flat rate at which the strategy still does at least as well as staying unhedged",
    value: strategies.map((s) => `${s.id}: ${s.floor ? fen(s.floor) : "none"}`).join("; "),
    measure: rules.hedgingService.measure,
    source: rules.hedgingService.source,
  });
  return { receipts: terms, strategies, explain: ex.steps };
}

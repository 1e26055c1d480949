import { InputError } from "../errors";
import { Decimal, ONE, ZERO } from "../money";

/**
 * The annualized rate of 中国人民银行公告〔2021〕第3号: every cost of a loan (interest and each fee
 * directly related to it) over the principal actually in use, from the periodic IRR of the borrower's
 * cash flows:
 *   simple   = periodic IRR x periods per year            (labelled "simple")
 *   compound = (1 + periodic IRR)^(periods per year) - 1   (the IRR method)
 */

/** One cash flow of the borrower: positive received, negative paid; `time` in periods from the start. */
export interface CashFlow {
  time: number;
  amount: Decimal;
}

export interface AnnualizedRate {
  /** The rate per period that sets the net present value of the flows to zero. */
  periodicIrr: Decimal;
  periodsPerYear: Decimal;
  simple: Decimal;
  compound: Decimal;
  /** closed-form: two payment dates, solved exactly in Decimal; solver: floating-point root finder. */
  method: "closed-form" | "solver";
}

/**
 * Which root to report when several rates solve the flows. "unique" refuses (the general case: an
 * IRR that is not unique is no rate at all); "largest" is right for a loan followed by a later
 * subsidy (+, -, +): the spurious second root comes in from -100% as the subsidy grows from zero.
 */
export type RootChoice = "unique" | "largest";

export interface SolveOptions {
  roots?: RootChoice;
  /** JSON pointer of the flows in the request, for the 422 problem. */
  pointer?: string;
}

/** Search range of the solver, in log(1 + rate per period): -99% to +1,000,000% per period. */
const LOG_LOW = Math.log(0.01);
const LOG_HIGH = Math.log1p(1e4);
const GRID_STEPS = 600;
const MAX_ITERATIONS = 200;

function noRate(pointer: string, en: string, zh: string): never {
  throw new InputError([{ pointer, en, zh }]);
}

/** Sums flows that fall on the same time and drops zeros, in time order. */
function consolidate(flows: readonly CashFlow[]): CashFlow[] {
  const byTime = new Map<number, Decimal>();
  for (const f of flows) byTime.set(f.time, (byTime.get(f.time) ?? ZERO).plus(f.amount));
  return [...byTime.entries()]
    .filter(([, amount]) => !amount.isZero())
    .sort((a, b) => a[0] - b[0])
    .map(([time, amount]) => ({ time, amount }));
}

/**
 * The periodic IRR of the flows. Two payment dates: solved exactly in Decimal,
 * (1 + r)^(t1 - t0) = -a1 / a0. More: a floating-point model (bracket scan over the whole range,
 * then Newton steps kept inside the bracket with bisection as the fallback), converted to Decimal
 * from the double's shortest text; it is accurate to about 1e-14 per period.
 * Throws InputError (422) when no rate exists (flows of one sign, or no sign change of the NPV in
 * the range) or, with roots = "unique", when several rates do.
 */
export function periodicIrr(
  flows: readonly CashFlow[],
  options: SolveOptions = {},
): { rate: Decimal; method: "closed-form" | "solver"; cost?: Decimal; received?: Decimal } {
  const pointer = options.pointer ?? "";
  const cf = consolidate(flows);
  const hasIn = cf.some((f) => f.amount.isPositive());
  const hasOut = cf.some((f) => f.amount.isNegative());
  if (!hasIn || !hasOut) {
    noRate(
      pointer,
      "no rate exists: the cash flows must include both money received and money paid",
      "不存在年化利率：现金流须同时包含收到的款项和支付的款项",
    );
  }
  if (cf.length === 2) {
    const [first, last] = cf;
    const growth = last.amount.neg().div(first.amount);
    const span = last.time - first.time;
    if (span === 1) {
      // One period: irr = (paid - received) / received, a single division.
      const cost = last.amount.neg().minus(first.amount);
      return { rate: cost.div(first.amount), method: "closed-form", cost, received: first.amount };
    }
    return { rate: growth.pow(ONE.div(span)).minus(ONE), method: "closed-form" };
  }
  return { rate: new Decimal(solveFloat(cf, options.roots ?? "unique", pointer)), method: "solver" };
}

/**
 * Periods per year as a ratio (basis / days for a single-period product, 12 / 1 for monthly): kept
 * as a ratio so that the simple rate of two flows takes a single division, exact whenever the true
 * rate is a terminating decimal (365/90 has no exact decimal form).
 */
export interface PeriodsPerYear {
  numerator: Decimal;
  denominator: Decimal;
}

export function perYear(numerator: Decimal | number, denominator: Decimal | number = 1): PeriodsPerYear {
  return { numerator: new Decimal(numerator), denominator: new Decimal(denominator) };
}

/** The PBoC simple and compound annual rates of a periodic IRR. */
export function annualize(irr: Decimal, ppy: PeriodsPerYear): { simple: Decimal; compound: Decimal } {
  const exponent = ppy.numerator.div(ppy.denominator);
  return {
    simple: irr.times(ppy.numerator).div(ppy.denominator),
    compound: irr.plus(ONE).pow(exponent).minus(ONE),
  };
}

/**
 * The annualized rate (PBoC 2021-3) of the borrower's flows, with `time` in periods. For two flows
 * one period apart the IRR is (cost / money received) and simple = cost x n / (received x d): one
 * division, so a fee-free bullet loan's simple rate is its contract rate exactly.
 */
export function annualizedRate(
  flows: readonly CashFlow[],
  ppy: PeriodsPerYear,
  options: SolveOptions = {},
): AnnualizedRate {
  const { rate, method, cost, received } = periodicIrr(flows, options);
  const periodsPerYear = ppy.numerator.div(ppy.denominator);
  const { simple, compound } = annualize(rate, ppy);
  return {
    periodicIrr: rate,
    periodsPerYear,
    simple: cost && received ? cost.times(ppy.numerator).div(received.times(ppy.denominator)) : simple,
    compound,
    method,
  };
}

// ---- the floating-point model --------------------------------------------------------------

interface FloatFlows {
  times: Float64Array;
  amounts: Float64Array;
  last: number;
}

/**
 * The NPV at rate e^x - 1 and its derivative in x, up to a positive factor that keeps the sum
 * finite: for x >= 0 each flow is discounted to time 0; for x < 0 compounded to the last time
 * (same sign, no overflow at either end of the range).
 */
function npv(f: FloatFlows, x: number): { value: number; slope: number } {
  const base = x >= 0 ? 0 : f.last;
  let value = 0;
  let slope = 0;
  for (let i = 0; i < f.times.length; i++) {
    const exponent = base - f.times[i];
    const term = f.amounts[i] * Math.exp(exponent * x);
    value += term;
    slope += exponent * term;
  }
  return { value, slope };
}

function solveFloat(cf: CashFlow[], roots: RootChoice, pointer: string): number {
  const scale = cf.reduce((m, f) => Math.max(m, Math.abs(f.amount.toNumber())), 0);
  const flows: FloatFlows = {
    times: Float64Array.from(cf.map((f) => f.time)),
    amounts: Float64Array.from(cf.map((f) => f.amount.toNumber() / scale)),
    last: cf[cf.length - 1].time,
  };
  // Grid in x = log(1 + r), with 0 as a grid point so no interval mixes the two scalings.
  const grid: number[] = [];
  for (let i = 0; i <= GRID_STEPS; i++) grid.push(LOG_LOW + ((LOG_HIGH - LOG_LOW) * i) / GRID_STEPS);
  grid.push(0);
  grid.sort((a, b) => a - b);
  const signs = grid.map((x) => Math.sign(npv(flows, x).value));

  const found: number[] = [];
  for (let i = 0; i < grid.length; i++) {
    if (signs[i] === 0) found.push(grid[i]);
    else if (i + 1 < grid.length && signs[i] * signs[i + 1] < 0)
      found.push(refine(flows, grid[i], grid[i + 1]));
  }
  if (found.length === 0) {
    noRate(
      pointer,
      "no rate exists: no rate between -99% and +1,000,000% per period sets these cash flows' present value to zero",
      "不存在年化利率：每期 -99% 至 +1,000,000% 之间没有使现金流现值为零的利率",
    );
  }
  if (found.length > 1 && roots === "unique") {
    const list = found.map((x) => `${(Math.expm1(x) * 100).toFixed(4)}%`).join(", ");
    noRate(
      pointer,
      `the rate is not unique: ${found.length} rates per period solve these cash flows (${list})`,
      `利率不唯一：有 ${found.length} 个每期利率使现金流现值为零（${list}）`,
    );
  }
  return Math.expm1(found[found.length - 1]);
}

/** Newton steps in x = log(1 + r), kept inside the bracket, bisection when a step leaves it. */
function refine(f: FloatFlows, low: number, high: number): number {
  let lo = low;
  let hi = high;
  const loSign = Math.sign(npv(f, lo).value);
  let x = (lo + hi) / 2;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const { value, slope } = npv(f, x);
    if (value === 0) return x;
    if (Math.sign(value) === loSign) lo = x;
    else hi = x;
    const newton = slope !== 0 ? x - value / slope : Number.NaN;
    const next = newton > lo && newton < hi ? newton : (lo + hi) / 2;
    if (Math.abs(next - x) <= 4e-16 * Math.max(1, Math.abs(x)) || hi - lo <= 4e-16) return next;
    x = next;
  }
  return x;
}

import type { RulesetBehaviour } from "../behaviour";
import { yearFraction } from "../dates";
import { InputError } from "../errors";
import { defaultFeeBase } from "../financing/products";
import { type Fixed, fixedOf, mul } from "../fixed";
import type { Decimal } from "../money";
import { type FundingMonth, type FundingSource, fundMonths } from "./funding";
import { memoByPair } from "./inputs";
import { CATEGORIES } from "./ledger";
import type { Operations, PreparedOperations } from "./operations";
import { MEASURE_SWITCHES, type MeasureSwitches, type Scenario } from "./scenario";

/** A run's figures in fixed point, so the measure deltas are computed before rounding. */
export interface Run {
  operations: Operations;
  funding: FundingMonth[];
  closing: Fixed[];
  totals: RunTotals;
}

export interface RunTotals {
  revenue: Fixed;
  taxes: Fixed;
  fxCost: Fixed;
  bankFees: Fixed;
  hedgingCost: Fixed;
  financingCost: Fixed;
  totalCost: Fixed;
  peakFundingNeed: Fixed;
  peakFundingIndex: number;
  peakOutstanding: Fixed;
  /** The month when the most is owed, all sources together (-1: nothing borrowed). */
  peakOutstandingIndex: number;
  /** What each source had outstanding in that month (the working-capital loan last). */
  peakOutstandingBySource: { product: string; amount: Fixed }[];
  endingCash: Fixed;
  endingPosition: Fixed;
  receivablesAfterHorizon: Fixed;
  payablesAfterHorizon: Fixed;
}

export const ALL_OFF: MeasureSwitches = Object.fromEntries(
  MEASURE_SWITCHES.map((s) => [s, false]),
) as MeasureSwitches;

function switchKey(switches: MeasureSwitches): string {
  return MEASURE_SWITCHES.map((s) => (switches[s] ? "1" : "0")).join("");
}

/** Everything but supply-chain finance shapes the operating flows; that one only shapes funding. */
function operatingKey(switches: MeasureSwitches): string {
  return MEASURE_SWITCHES.filter((s) => s !== "supplyChainFinance")
    .map((s) => (switches[s] ? "1" : "0"))
    .join("");
}

/**
 * Stage 5: the runs per set of switches (and of the named programme grants on, none unless given). A measure that touches nothing is off in every run (its
 * figures are the same either way); runs that share their operating flows (they differ only in
 * supply-chain finance) compute those flows once.
 */
export function runsOf(
  scenario: Scenario,
  prepared: PreparedOperations,
  behaviour: RulesetBehaviour,
): (switches: MeasureSwitches, grantsOn?: readonly boolean[]) => Run {
  checkFeeBases(scenario, behaviour);
  const capacityOf = capacities();
  const operationsCache = new Map<string, Operations>();
  const runCache = new Map<string, Run>();
  let yearShare: Fixed[] | undefined;
  return (requested, requestedGrants = []) => {
    const switches = Object.fromEntries(
      MEASURE_SWITCHES.map((s) => [s, requested[s] && prepared.applies[s]]),
    ) as MeasureSwitches;
    // A programme grant not named here is off; one that books nothing is off in every run.
    const grantsOn = prepared.grants.applies.map((applies, i) => applies && (requestedGrants[i] ?? false));
    const grantKey = grantsOn.map((on) => (on ? "1" : "0")).join("");
    const key = `${switchKey(switches)}${grantKey}`;
    const cached = runCache.get(key);
    if (cached) return cached;
    const opKey = `${operatingKey(switches)}${grantKey}`;
    let operations = operationsCache.get(opKey);
    if (!operations) {
      operations = prepared.forSwitches(switches, grantsOn);
      operationsCache.set(opKey, operations);
    }
    yearShare ??= monthYearShares(scenario, operations.monthStarts);
    const run = runSwitches(scenario, switches, operations, yearShare, behaviour, capacityOf);
    runCache.set(key, run);
    return run;
  };
}

/** What a product may lend at each month end: advance rate x its base. */
type CapacityOf = (base: readonly Fixed[], advanceRate: Fixed) => Fixed[];

/**
 * Capacities worked out once per financing base and advance rate: a base that no switch changes
 * (receivables from sales) is the same row in every run.
 */
function capacities(): CapacityOf {
  return memoByPair((base: readonly Fixed[], advanceRate: Fixed) => base.map((b) => mul(b, advanceRate)));
}

/** The sources of funds a run may draw, cheapest first; the working-capital loan last. */
function fundingSources(
  scenario: Scenario,
  operations: Operations,
  switches: MeasureSwitches,
  behaviour: RulesetBehaviour,
  capacityOf: CapacityOf,
): FundingSource[] {
  const sources: FundingSource[] = [];
  if (switches.supplyChainFinance) {
    const feeOnDraw = (p: Product) => feeRateOnDraw(p, behaviour);
    const products = [...scenario.financing.products].sort(
      (a, b) => a.annualRate.comparedTo(b.annualRate) || feeOnDraw(a).comparedTo(feeOnDraw(b)),
    );
    for (const p of products) {
      sources.push({
        product: p.product,
        annualRate: fixedOf(p.annualRate),
        feeRate: fixedOf(feeOnDraw(p)),
        capacity: capacityOf(operations.financeable[p.product], fixedOf(p.advanceRate)),
      });
    }
  }
  sources.push({
    product: "working-capital-loan",
    annualRate: fixedOf(scenario.financing.workingCapitalRate),
    feeRate: 0n,
  });
  return sources;
}

type Product = Scenario["financing"]["products"][number];

/**
 * A product's fee as a fraction of the amount drawn. On the face, a draw d finances d / advanceRate
 * of it, so the fee is feeRate / advanceRate of the draw (a product that advances nothing is never
 * drawn). Up to 2026.12.0 every fee was charged on the draw.
 */
function feeRateOnDraw(p: Product, behaviour: RulesetBehaviour): Decimal {
  if (behaviour.financingFeeBase === "drawn") return p.feeRate;
  const base = p.feeBase ?? defaultFeeBase(p.product);
  return base === "face" && !p.advanceRate.isZero() ? p.feeRate.div(p.advanceRate) : p.feeRate;
}

/** A fee base named under a version that charges every fee on the draw would be silently ignored. */
function checkFeeBases(scenario: Scenario, behaviour: RulesetBehaviour): void {
  if (behaviour.financingFeeBase === "product") return;
  const named = scenario.financing.products.flatMap((p, i) => (p.feeBase ? [i] : []));
  if (named.length === 0) return;
  throw new InputError(
    named.map((i) => ({
      pointer: `/financing/products/${i}/feeBase`,
      en: "this ruleset version charges every fee on the amount drawn; feeBase is read from ruleset 2026.12.1 on",
      zh: "该规则版本的融资手续费一律按提款金额计收；手续费基数自规则版本 2026.12.1 起可选",
    })),
  );
}

/** Each month's length as a year fraction under the financing's day count (four lengths at most). */
function monthYearShares(scenario: Scenario, monthStarts: readonly number[]): Fixed[] {
  const byLength = new Map<number, Fixed>();
  const shares: Fixed[] = [];
  for (let m = 0; m < scenario.horizonMonths; m++) {
    const days = monthStarts[m + 1] - monthStarts[m];
    let share = byLength.get(days);
    if (share === undefined) {
      share = fixedOf(yearFraction(days, scenario.financing.dayCount));
      byLength.set(days, share);
    }
    shares.push(share);
  }
  return shares;
}

/** One set of switches: the operating flows funded month by month, and the run's totals. */
function runSwitches(
  scenario: Scenario,
  switches: MeasureSwitches,
  operations: Operations,
  yearShare: readonly Fixed[],
  behaviour: RulesetBehaviour,
  capacityOf: CapacityOf,
): Run {
  const sources = fundingSources(scenario, operations, switches, behaviour, capacityOf);
  const funding = fundMonths(
    fixedOf(scenario.openingCash),
    fixedOf(scenario.minimumCash),
    operations.net,
    yearShare,
    sources,
  );
  const closing = funding.map((f) => f.closing);
  const financed = fundingTotals(funding, sources);
  const costs = operatingCosts(operations);
  const { receivablesAfterHorizon, payablesAfterHorizon } = afterHorizon(operations);
  const last = scenario.horizonMonths - 1;
  return {
    operations,
    funding,
    closing,
    totals: {
      revenue: operations.memo.revenue,
      ...costs,
      financingCost: financed.financingCost,
      totalCost: costs.taxes + costs.fxCost + costs.bankFees + costs.hedgingCost + financed.financingCost,
      peakFundingNeed: financed.peakFundingNeed,
      peakFundingIndex: financed.peakFundingIndex,
      peakOutstanding: financed.peakOutstanding,
      peakOutstandingIndex: financed.peakOutstandingIndex,
      peakOutstandingBySource: financed.peakOutstandingBySource,
      endingCash: closing[last],
      endingPosition:
        closing[last] + receivablesAfterHorizon - payablesAfterHorizon - funding[last].outstanding,
      receivablesAfterHorizon,
      payablesAfterHorizon,
    },
  };
}

/** Interest and fees over the horizon; the peak of the unsecured loan (the funding need) and of all. */
function fundingTotals(funding: readonly FundingMonth[], sources: readonly FundingSource[]) {
  const unsecured = sources.length - 1;
  let peakFundingNeed = 0n;
  let peakFundingIndex = -1;
  let peakOutstanding = 0n;
  let peakOutstandingIndex = -1;
  let financingCost = 0n;
  funding.forEach((f, m) => {
    financingCost += f.interest + f.fees;
    if (f.bySource[unsecured] > peakFundingNeed) {
      peakFundingNeed = f.bySource[unsecured];
      peakFundingIndex = m;
    }
    if (f.outstanding > peakOutstanding) {
      peakOutstanding = f.outstanding;
      peakOutstandingIndex = m;
    }
  });
  const atPeak = peakOutstandingIndex < 0 ? [] : funding[peakOutstandingIndex].bySource;
  const peakOutstandingBySource = atPeak
    .map((amount, s) => ({ product: sources[s].product, amount }))
    .filter((x) => x.amount > 0n);
  return {
    financingCost,
    peakFundingNeed,
    peakFundingIndex,
    peakOutstanding,
    peakOutstandingIndex,
    peakOutstandingBySource,
  };
}

/**
 * Costs over the batches' whole life, so that a measure which only moves cash earlier changes the
 * cost through financing, not by pushing a payment past the horizon.
 */
function operatingCosts({ life, memo }: Operations) {
  return {
    taxes: -(life.vat + life.surtaxes + life.incomeTax) + memo.inputVat - life.vatRefunds,
    fxCost: memo.fxCost,
    bankFees: -life.bankFees,
    hedgingCost: -life.hedging,
  };
}

/** What the shipped batches still bring in and still cost after the horizon. */
function afterHorizon(operations: Operations) {
  let receivablesAfterHorizon = 0n;
  let payablesAfterHorizon = 0n;
  for (const c of CATEGORIES) {
    const v = operations.afterHorizon[c];
    if (v > 0n) receivablesAfterHorizon += v;
    else payablesAfterHorizon -= v;
  }
  return { receivablesAfterHorizon, payablesAfterHorizon };
}

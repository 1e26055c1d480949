import { addMonths, daysBetween } from "../dates";
import type { ExplainStep } from "../explain";
import { type Decimal, fen, ZERO } from "../money";
import { type FundingMonth, type FundingSource, fundMonths } from "./funding";
import { CATEGORIES, type Category, INFLOWS, type Ledger, OUTFLOWS } from "./ledger";
import { buildOperations, type CashflowRules, type LineFacts, type Operations } from "./operations";
import { MEASURE_SWITCHES, type MeasureSwitch, type MeasureSwitches, type Scenario } from "./scenario";

/** One month of the projection, as reported (CNY strings, outflows negative). */
export interface Period {
  month: string;
  index: number;
  openingBalance: string;
  inflows: Record<string, string>;
  outflows: Record<string, string>;
  financing: { drawn: string; repaid: string; interest: string; fees: string; outstanding: string };
  net: string;
  closingBalance: string;
}

export interface Summary {
  revenue: string;
  taxes: string;
  fxCost: string;
  bankFees: string;
  hedgingCost: string;
  financingCost: string;
  totalCost: string;
  peakFundingNeed: string;
  peakFundingMonth: string | null;
  peakFinancingOutstanding: string;
  cashConversionCycleDays: number;
  endingCash: string;
  receivablesAfterHorizon: string;
  payablesAfterHorizon: string;
}

export interface MeasureEffect {
  totalCostChange: string;
  peakFundingNeedChange: string;
  endingCashChange: string;
}

export interface MeasureRow {
  switch: MeasureSwitch;
  measure: string;
  chosen: boolean;
  /** False when nothing in the scenario is touched by the measure (its effects are then zero). */
  applies: boolean;
  /** Baseline plus this measure alone, against the baseline. */
  alone: MeasureEffect;
  /**
   * Against the chosen set: for a chosen measure, what removing it would lose; for a measure not
   * chosen, what adding it would give. Both signed as (with the measure) - (without it).
   */
  marginal: MeasureEffect;
}

export interface Projection {
  periods: Period[];
  summary: Summary;
  baseline: Summary;
  measures: MeasureRow[];
  lines: LineFacts[];
  explain: ExplainStep[];
}

/** A run's exact figures, kept as Decimals so the measure deltas are computed before rounding. */
interface Run {
  operations: Operations;
  funding: FundingMonth[];
  closing: Decimal[];
  totals: {
    revenue: Decimal;
    taxes: Decimal;
    fxCost: Decimal;
    bankFees: Decimal;
    hedgingCost: Decimal;
    financingCost: Decimal;
    totalCost: Decimal;
    peakFundingNeed: Decimal;
    peakFundingIndex: number;
    peakOutstanding: Decimal;
    endingCash: Decimal;
    receivablesAfterHorizon: Decimal;
    payablesAfterHorizon: Decimal;
  };
}

const ALL_OFF: MeasureSwitches = Object.fromEntries(
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

function sumRow(ledger: Ledger, categories: readonly Category[], index: number): Decimal {
  let total = ZERO;
  for (const c of categories) total = total.plus(ledger.months[c][index]);
  return total;
}

function lifeTotal(ledger: Ledger, category: Category): Decimal {
  let total = ledger.afterHorizon[category];
  for (const v of ledger.months[category]) total = total.plus(v);
  return total;
}

function fundingSources(
  scenario: Scenario,
  operations: Operations,
  switches: MeasureSwitches,
): FundingSource[] {
  const sources: FundingSource[] = [];
  if (switches.supplyChainFinance) {
    const products = [...scenario.financing.products].sort(
      (a, b) => a.annualRate.comparedTo(b.annualRate) || a.feeRate.comparedTo(b.feeRate),
    );
    for (const p of products) {
      const base = operations.financeable[p.product];
      sources.push({
        product: p.product,
        annualRate: p.annualRate,
        feeRate: p.feeRate,
        capacity: base.map((b) => b.times(p.advanceRate)),
      });
    }
  }
  sources.push({
    product: "working-capital-loan",
    annualRate: scenario.financing.workingCapitalRate,
    feeRate: ZERO,
  });
  return sources;
}

function runScenario(scenario: Scenario, switches: MeasureSwitches, operations: Operations): Run {
  const { ledger } = operations;
  const horizon = scenario.horizonMonths;
  const operatingNet: Decimal[] = [];
  const days: number[] = [];
  for (let m = 0; m < horizon; m++) {
    operatingNet.push(sumRow(ledger, CATEGORIES, m));
    days.push(daysBetween(addMonths(scenario.startDate, m), addMonths(scenario.startDate, m + 1)));
  }
  const sources = fundingSources(scenario, operations, switches);
  const funding = fundMonths(
    scenario.openingCash,
    scenario.minimumCash,
    operatingNet,
    days,
    scenario.financing.dayCount,
    sources,
  );
  const unsecured = sources.length - 1;
  let peakFundingNeed = ZERO;
  let peakFundingIndex = -1;
  let peakOutstanding = ZERO;
  let financingCost = ZERO;
  for (let m = 0; m < horizon; m++) {
    const f = funding[m];
    financingCost = financingCost.plus(f.interest).plus(f.fees);
    if (f.bySource[unsecured].gt(peakFundingNeed)) {
      peakFundingNeed = f.bySource[unsecured];
      peakFundingIndex = m;
    }
    if (f.outstanding.gt(peakOutstanding)) peakOutstanding = f.outstanding;
  }
  // Costs over the batches' whole life, so that a measure which only moves cash earlier changes
  // the cost through financing, not by pushing a payment past the horizon.
  const taxes = lifeTotal(ledger, "vat")
    .plus(lifeTotal(ledger, "surtaxes"))
    .plus(lifeTotal(ledger, "incomeTax"))
    .neg()
    .plus(ledger.memo.inputVat)
    .minus(lifeTotal(ledger, "vatRefunds"));
  const bankFees = lifeTotal(ledger, "bankFees").neg();
  const hedgingCost = lifeTotal(ledger, "hedging").neg();
  const fxCost = ledger.memo.fxCost;
  let receivablesAfterHorizon = ZERO;
  let payablesAfterHorizon = ZERO;
  for (const c of CATEGORIES) {
    const v = ledger.afterHorizon[c];
    if (v.gt(0)) receivablesAfterHorizon = receivablesAfterHorizon.plus(v);
    else payablesAfterHorizon = payablesAfterHorizon.minus(v);
  }
  const closing = funding.map((f) => f.closing);
  return {
    operations,
    funding,
    closing,
    totals: {
      revenue: ledger.memo.revenue,
      taxes,
      fxCost,
      bankFees,
      hedgingCost,
      financingCost,
      totalCost: taxes.plus(fxCost).plus(bankFees).plus(hedgingCost).plus(financingCost),
      peakFundingNeed,
      peakFundingIndex,
      peakOutstanding,
      endingCash: closing[horizon - 1],
      receivablesAfterHorizon,
      payablesAfterHorizon,
    },
  };
}

function summarize(scenario: Scenario, run: Run): Summary {
  const t = run.totals;
  return {
    revenue: fen(t.revenue),
    taxes: fen(t.taxes),
    fxCost: fen(t.fxCost),
    bankFees: fen(t.bankFees),
    hedgingCost: fen(t.hedgingCost),
    financingCost: fen(t.financingCost),
    totalCost: fen(t.totalCost),
    peakFundingNeed: fen(t.peakFundingNeed),
    peakFundingMonth:
      t.peakFundingIndex < 0 ? null : addMonths(scenario.startDate, t.peakFundingIndex).slice(0, 7),
    peakFinancingOutstanding: fen(t.peakOutstanding),
    cashConversionCycleDays: run.operations.cashConversionCycleDays,
    endingCash: fen(t.endingCash),
    receivablesAfterHorizon: fen(t.receivablesAfterHorizon),
    payablesAfterHorizon: fen(t.payablesAfterHorizon),
  };
}

function periodsOf(scenario: Scenario, run: Run): Period[] {
  const { ledger } = run.operations;
  const periods: Period[] = [];
  let opening = scenario.openingCash;
  for (let m = 0; m < scenario.horizonMonths; m++) {
    const f = run.funding[m];
    const inflows: Record<string, string> = {};
    const outflows: Record<string, string> = {};
    for (const c of INFLOWS) inflows[c] = fen(ledger.months[c][m]);
    for (const c of OUTFLOWS) outflows[c] = fen(ledger.months[c][m]);
    const closing = run.closing[m];
    periods.push({
      month: addMonths(scenario.startDate, m).slice(0, 7),
      index: m,
      openingBalance: fen(opening),
      inflows,
      outflows,
      financing: {
        drawn: fen(f.drawn),
        repaid: fen(f.repaid.neg()),
        interest: fen(f.interest.neg()),
        fees: fen(f.fees.neg()),
        outstanding: fen(f.outstanding),
      },
      net: fen(closing.minus(opening)),
      closingBalance: fen(closing),
    });
    opening = closing;
  }
  return periods;
}

function effect(withIt: Run, without: Run): MeasureEffect {
  const a = withIt.totals;
  const b = without.totals;
  return {
    totalCostChange: fen(a.totalCost.minus(b.totalCost)),
    peakFundingNeedChange: fen(a.peakFundingNeed.minus(b.peakFundingNeed)),
    endingCashChange: fen(a.endingCash.minus(b.endingCash)),
  };
}

/**
 * Projects a scenario month by month under its chosen measures, and against a baseline with every
 * measure off, each measure alone and each measure's marginal effect. Runs that share their
 * operating flows (they differ only in supply-chain finance) compute those flows once.
 */
export function project(
  scenario: Scenario,
  rules: CashflowRules,
  measureIds: Record<MeasureSwitch, string>,
): Projection {
  const operationsCache = new Map<string, Operations>();
  const runCache = new Map<string, Run>();
  const runFor = (switches: MeasureSwitches): Run => {
    const key = switchKey(switches);
    const cached = runCache.get(key);
    if (cached) return cached;
    const opKey = operatingKey(switches);
    let operations = operationsCache.get(opKey);
    if (!operations) {
      operations = buildOperations(scenario, switches, rules);
      operationsCache.set(opKey, operations);
    }
    const run = runScenario(scenario, switches, operations);
    runCache.set(key, run);
    return run;
  };
  const chosen = runFor(scenario.measures);
  const baseline = runFor(ALL_OFF);
  const measures: MeasureRow[] = MEASURE_SWITCHES.map((s) => {
    const alone = runFor({ ...ALL_OFF, [s]: true });
    const toggled = runFor({ ...scenario.measures, [s]: !scenario.measures[s] });
    const isChosen = scenario.measures[s];
    return {
      switch: s,
      measure: measureIds[s],
      chosen: isChosen,
      applies: chosen.operations.applies[s] || toggled.operations.applies[s],
      alone: effect(alone, baseline),
      marginal: isChosen ? effect(chosen, toggled) : effect(toggled, chosen),
    };
  });
  return {
    periods: periodsOf(scenario, chosen),
    summary: summarize(scenario, chosen),
    baseline: summarize(scenario, baseline),
    measures,
    lines: chosen.operations.lines,
    explain: chosen.operations.explain,
  };
}

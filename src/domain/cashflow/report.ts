import type { RulesetBehaviour } from "../behaviour";
import { addMonths, fromDayNumber } from "../dates";
import type { ExplainStep } from "../explain";
import { absOf, type Fixed, fenText, fixedOf, roundedToFen } from "../fixed";
import type { GrantRules } from "../grants/estimate";
import { programmesOf } from "../grants/estimate";
import { type AwardReport, awardReport } from "../grants/report";
import { type Decimal, fen, sum } from "../money";
import type { NotApplicable } from "./applicability";
import type { Attribution } from "./attribution";
import type { FilingsReport } from "./filings";
import type { GrantBooking } from "./grants";
import { CATEGORIES, INFLOWS, OUTFLOWS } from "./ledger";
import type { LineFacts } from "./operations";
import { reconciledFlows, reportedClosings, reportedFinancing, reportedTotals } from "./reconciled";
import { ALL_OFF, type Run } from "./runs";
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
  /**
   * Ending cash plus what the shipped batches still bring in after the horizon, less what they still
   * cost and the financing still owed: a figure the horizon's cut-off does not move.
   */
  endingPosition: string;
  receivablesAfterHorizon: string;
  payablesAfterHorizon: string;
  /** When the most is owed, all sources together (null: nothing borrowed). From ruleset 2026.12.1. */
  peakFinancingMonth?: string | null;
  /**
   * What each source (a supply-chain product, or the working-capital loan that covers the rest) had
   * outstanding that month; the amounts add up to peakFinancingOutstanding. From ruleset 2026.12.1.
   */
  peakFinancingBySource?: { product: string; amount: string }[];
}

export interface MeasureEffect {
  totalCostChange: string;
  peakFundingNeedChange: string;
  endingCashChange: string;
  endingPositionChange: string;
}

export interface MeasureRow {
  switch: MeasureSwitch;
  measure: string;
  chosen: boolean;
  /** False when nothing in the scenario is touched by the measure (its effects are then zero). */
  applies: boolean;
  /** Why it does not apply and what would make it apply (from ruleset 2026.12.1). */
  notApplicable?: NotApplicable;
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
  /** The tax filings of the outward payments, with and without netting (from ruleset 2026.12.1). */
  outwardFilings?: FilingsReport;
  /** The chosen measures' effects added one at a time (from ruleset 2026.12.1). */
  attribution?: Attribution;
  /** The programmes the scenario's grants name (ruleset 2026.12.1 on; absent when none is named). */
  grants?: GrantRow[];
  explain: ExplainStep[];
}

const monthOf = (scenario: Scenario, index: number) =>
  index < 0 ? null : addMonths(scenario.startDate, index).slice(0, 7);

/** A run's totals as reported (rounded to the fen; made of their reported parts when reconciled). */
export function summarize(scenario: Scenario, run: Run, behaviour: RulesetBehaviour): Summary {
  const t = behaviour.reconciledFigures ? reportedTotals(scenario, run) : run.totals;
  const summary: Summary = {
    revenue: fenText(t.revenue),
    taxes: fenText(t.taxes),
    fxCost: fenText(t.fxCost),
    bankFees: fenText(t.bankFees),
    hedgingCost: fenText(t.hedgingCost),
    financingCost: fenText(t.financingCost),
    totalCost: fenText(t.totalCost),
    peakFundingNeed: fenText(t.peakFundingNeed),
    peakFundingMonth: monthOf(scenario, run.totals.peakFundingIndex),
    peakFinancingOutstanding: fenText(t.peakOutstanding),
    cashConversionCycleDays: run.operations.cashConversionCycleDays,
    endingCash: fenText(t.endingCash),
    endingPosition: fenText(t.endingPosition),
    receivablesAfterHorizon: fenText(t.receivablesAfterHorizon),
    payablesAfterHorizon: fenText(t.payablesAfterHorizon),
  };
  if (!behaviour.borrowingBySource) return summary;
  const bySource = run.totals.peakOutstandingBySource;
  const amounts = roundedFlows(
    bySource.map((s) => s.amount),
    roundedToFen(t.peakOutstanding),
  );
  return {
    ...summary,
    peakFinancingMonth: monthOf(scenario, run.totals.peakOutstandingIndex),
    peakFinancingBySource: bySource.map((s, i) => ({ product: s.product, amount: fenText(amounts[i]) })),
  };
}

/**
 * The months as reported. Each closing balance is the exact balance rounded to the fen; each flow is
 * rounded on its own, and the month's rounding difference (a few fen at most) is carried by its
 * largest flow, so that every month's flows add up to its net and opening + net = closing exactly.
 */
export function periodsOf(scenario: Scenario, run: Run, reconciled: boolean): Period[] {
  const { ledger, monthStarts } = run.operations;
  const periods: Period[] = [];
  const closings = reconciled ? reportedClosings(scenario, run) : run.closing.map(roundedToFen);
  const financing = reconciled ? reportedFinancing(run) : null;
  let opening = roundedToFen(fixedOf(scenario.openingCash));
  for (let m = 0; m < scenario.horizonMonths; m++) {
    const f = run.funding[m];
    const closing = closings[m];
    const rounded = reconciled
      ? reconciledFlows(run, m, opening, closing)
      : roundedFlows(
          [...CATEGORIES.map((c) => ledger.months[c][m]), f.drawn, -f.repaid, -f.interest, -f.fees],
          closing - opening,
        );
    const k = CATEGORIES.length;
    periods.push({
      month: fromDayNumber(monthStarts[m]).slice(0, 7),
      index: m,
      openingBalance: fenText(opening),
      inflows: fenRecord(INFLOWS, rounded, 0),
      outflows: fenRecord(OUTFLOWS, rounded, INFLOWS.length),
      financing: {
        drawn: fenText(rounded[k]),
        repaid: fenText(rounded[k + 1]),
        interest: fenText(rounded[k + 2]),
        fees: fenText(rounded[k + 3]),
        outstanding: fenText(financing ? financing[m].outstanding : f.outstanding),
      },
      net: fenText(closing - opening),
      closingBalance: fenText(closing),
    });
    opening = closing;
  }
  return periods;
}

/** `keys` as reported figures, from `values[from]` on. */
function fenRecord(keys: readonly string[], values: readonly Fixed[], from: number): Record<string, string> {
  const record: Record<string, string> = {};
  for (let i = 0; i < keys.length; i++) record[keys[i]] = fenText(values[from + i]);
  return record;
}

/** Each flow rounded to the fen, the largest carrying what keeps their sum at the month's net. */
function roundedFlows(exact: readonly Fixed[], net: Fixed): Fixed[] {
  const rounded = exact.map(roundedToFen);
  let residual = net;
  for (const r of rounded) residual -= r;
  if (residual !== 0n) {
    let largest = 0;
    for (let i = 1; i < exact.length; i++) if (absOf(exact[i]) > absOf(exact[largest])) largest = i;
    rounded[largest] += residual;
  }
  return rounded;
}

/** (with the measure) - (without it): of the reported figures when reconciled, else of the exact ones. */
export function effectOf(scenario: Scenario, withIt: Run, without: Run, reconciled: boolean): MeasureEffect {
  const a = reconciled ? reportedTotals(scenario, withIt) : withIt.totals;
  const b = reconciled ? reportedTotals(scenario, without) : without.totals;
  return {
    totalCostChange: fenText(a.totalCost - b.totalCost),
    peakFundingNeedChange: fenText(a.peakFundingNeed - b.peakFundingNeed),
    endingCashChange: fenText(a.endingCash - b.endingCash),
    endingPositionChange: fenText(a.endingPosition - b.endingPosition),
  };
}

/**
 * Per measure: the baseline plus the measure alone against the baseline, and its marginal effect
 * against the chosen set, signed as (with the measure) - (without it).
 */
export function measureRows(
  scenario: Scenario,
  cite: Record<MeasureSwitch, { measure: string }>,
  applies: Record<MeasureSwitch, boolean>,
  whyNot: Partial<Record<MeasureSwitch, NotApplicable>>,
  runFor: (switches: MeasureSwitches, grantsOn?: readonly boolean[]) => Run,
  chosen: Run,
  baseline: Run,
  reconciled: boolean,
  /** The programme grants of the chosen run (the baseline and the alone runs have none). */
  chosenGrants: readonly boolean[] = [],
): MeasureRow[] {
  const effect = (a: Run, b: Run) => effectOf(scenario, a, b, reconciled);
  const pairs = MEASURE_SWITCHES.map((s) => ({
    s,
    alone: runFor({ ...ALL_OFF, [s]: true }),
    toggled: runFor({ ...scenario.measures, [s]: !scenario.measures[s] }, chosenGrants),
  }));
  return pairs.map(({ s, alone, toggled }) => {
    const isChosen = scenario.measures[s];
    return {
      switch: s,
      measure: cite[s].measure,
      chosen: isChosen,
      applies: applies[s],
      ...(whyNot[s] ? { notApplicable: whyNot[s] } : {}),
      alone: effect(alone, baseline),
      marginal: isChosen ? effect(chosen, toggled) : effect(toggled, chosen),
    };
  });
}

/** A programme the scenario's grants name, as a measure: its awards and its effects. */
export interface GrantRow {
  programme: string;
  title: { zh: string; en: string };
  source: string;
  /** Each award, eligible or refused, with its year, payee, amount and whether that is a ceiling. */
  awards: AwardReport[];
  /** What it books as the firm's cash in the horizon, and whether part of that is a ceiling ('up to'). */
  booked: { amount: string; upTo: boolean };
  /** False when none of its awards is the firm's cash in the horizon (its effects are then zero). */
  applies: boolean;
  /** Baseline plus this programme alone, against the baseline. */
  alone: MeasureEffect;
  /** The chosen set against the chosen set without this programme. */
  marginal: MeasureEffect;
}

/** The effects of each named programme, alone and at the margin, as the switches' rows have them. */
export function grantRows(
  scenario: Scenario,
  grants: { bookings: readonly GrantBooking[]; applies: readonly boolean[] },
  rules: GrantRules,
  runFor: (switches: MeasureSwitches, grantsOn?: readonly boolean[]) => Run,
  chosen: Run,
  baseline: Run,
  reconciled: boolean,
): GrantRow[] {
  const effect = (a: Run, b: Run) => effectOf(scenario, a, b, reconciled);
  const cites = new Map(programmesOf(rules).map((p) => [p.measure, p]));
  return (scenario.programmeGrants ?? []).map((grant, i) => {
    const only = grants.applies.map((_, j) => j === i);
    const allBut = grants.applies.map((_, j) => j !== i);
    const mine = grants.bookings.filter((b) => b.grant === i);
    const booked = mine.filter((b) => b.date !== null);
    const cite = cites.get(grant.programme)!;
    return {
      programme: grant.programme,
      title: cite.title,
      source: cite.source,
      awards: mine.map((b) => awardReport(b.award)),
      booked: {
        amount: fen(sum(booked.map((b) => b.award.amount as Decimal))),
        upTo: booked.some((b) => b.award.upTo),
      },
      applies: grants.applies[i],
      alone: effect(runFor(ALL_OFF, only), baseline),
      marginal: effect(chosen, runFor(scenario.measures, allBut)),
    };
  });
}

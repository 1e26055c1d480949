import { absOf, type Fixed, fixedOf, roundedToFen } from "../fixed";
import type { FundingMonth } from "./funding";
import { CATEGORIES } from "./ledger";
import type { Run } from "./runs";
import type { Scenario } from "./scenario";

/**
 * Stage 6 under `reconciledFigures` (ruleset 2026.12.1 on): the reporting points decided once, so
 * that every reported figure is the sum or difference of the reported figures it is made of.
 * - Interest and fees: each month's rounded on its own; the financing cost is their sum.
 * - Outstanding: each month's exact balance rounded; drawn and repaid are rounded so that
 *   outstanding = previous + drawn - repaid as reported (the larger of the two takes the rounding).
 * - Operating flows: rounded one by one; the month's rounding difference goes to its largest
 *   operating flow, so closing = the exact balance rounded; a month with no operating flow at all
 *   closes at opening + its financing flows as reported.
 * - Totals: taxes, total cost and ending position from their reported parts; an effect is the
 *   difference of the reported figures of its two runs.
 */

/** One month's financing as reported (fixed point, rounded to the fen; repaid, interest, fees signed negative). */
interface FinancingFen {
  drawn: Fixed;
  repaid: Fixed;
  interest: Fixed;
  fees: Fixed;
  outstanding: Fixed;
}

/** A run's summary figures as reported, in fixed point rounded to the fen. */
export interface ReportedTotals {
  revenue: Fixed;
  taxes: Fixed;
  /** The parts of taxes (as the explanation shows them, paid amounts positive). */
  taxParts: { vatPaid: Fixed; surtaxes: Fixed; incomeTax: Fixed; inputVat: Fixed; vatRefunds: Fixed };
  fxCost: Fixed;
  bankFees: Fixed;
  hedgingCost: Fixed;
  financingCost: Fixed;
  totalCost: Fixed;
  peakFundingNeed: Fixed;
  peakOutstanding: Fixed;
  endingCash: Fixed;
  endingOutstanding: Fixed;
  endingPosition: Fixed;
  receivablesAfterHorizon: Fixed;
  payablesAfterHorizon: Fixed;
}

const financingCache = new WeakMap<Run, FinancingFen[]>();
const totalsCache = new WeakMap<Run, ReportedTotals>();

/** Each month's financing as reported: principal flows that add up to the rounded outstanding. */
export function reportedFinancing(run: Run): FinancingFen[] {
  let months = financingCache.get(run);
  if (months) return months;
  months = [];
  let previous = 0n;
  for (const f of run.funding) {
    const outstanding = roundedToFen(f.outstanding);
    const { drawn, repaid } = principalFen(f, outstanding - previous);
    months.push({
      drawn,
      repaid,
      interest: -roundedToFen(f.interest),
      fees: -roundedToFen(f.fees),
      outstanding,
    });
    previous = outstanding;
  }
  financingCache.set(run, months);
  return months;
}

/** Drawn (positive) and repaid (negative) as reported, adding up to the change in outstanding. */
function principalFen(f: FundingMonth, change: Fixed): { drawn: Fixed; repaid: Fixed } {
  if (f.repaid === 0n) return { drawn: change, repaid: 0n };
  if (f.drawn === 0n) return { drawn: 0n, repaid: change };
  if (f.drawn >= f.repaid) {
    const repaid = -roundedToFen(f.repaid);
    return { drawn: change - repaid, repaid };
  }
  const drawn = roundedToFen(f.drawn);
  return { drawn, repaid: change - drawn };
}

/** True when nothing but financing moves the month's cash (no operating flow to carry a rounding). */
function onlyFinancing(run: Run, m: number): boolean {
  if (run.operations.net[m] !== 0n) return false;
  const { months } = run.operations.ledger;
  return CATEGORIES.every((c) => months[c][m] === 0n);
}

/** The months' closing balances as reported. */
export function reportedClosings(scenario: Scenario, run: Run): Fixed[] {
  const financing = reportedFinancing(run);
  const closings: Fixed[] = [];
  let opening = roundedToFen(fixedOf(scenario.openingCash));
  run.closing.forEach((exact, m) => {
    const f = financing[m];
    const closing = onlyFinancing(run, m)
      ? opening + f.drawn + f.repaid + f.interest + f.fees
      : roundedToFen(exact);
    closings.push(closing);
    opening = closing;
  });
  return closings;
}

/**
 * The last closing balance as reported, without the months before: the exact balance rounded, unless
 * the last months move only financing (then the last such month's opening plus their flows).
 */
function reportedEndingCash(scenario: Scenario, run: Run): Fixed {
  let m = run.closing.length - 1;
  let flows = 0n;
  while (m >= 0 && onlyFinancing(run, m)) {
    const f = reportedFinancing(run)[m];
    flows += f.drawn + f.repaid + f.interest + f.fees;
    m--;
  }
  const opening = m < 0 ? roundedToFen(fixedOf(scenario.openingCash)) : roundedToFen(run.closing[m]);
  return opening + flows;
}

/** The run's summary figures as reported, each made of reported parts. */
export function reportedTotals(scenario: Scenario, run: Run): ReportedTotals {
  let totals = totalsCache.get(run);
  if (totals) return totals;
  const { life, memo } = run.operations;
  const t = run.totals;
  const taxParts = {
    vatPaid: roundedToFen(-life.vat),
    surtaxes: roundedToFen(-life.surtaxes),
    incomeTax: roundedToFen(-life.incomeTax),
    inputVat: roundedToFen(memo.inputVat),
    vatRefunds: roundedToFen(life.vatRefunds),
  };
  const taxes =
    taxParts.vatPaid + taxParts.surtaxes + taxParts.incomeTax + taxParts.inputVat - taxParts.vatRefunds;
  // The months' interest and fees as reported (each rounded on its own), without the principal
  // flows that only the reported run's months show.
  let financingCost = 0n;
  for (const f of run.funding) financingCost += roundedToFen(f.interest) + roundedToFen(f.fees);
  const fxCost = roundedToFen(t.fxCost);
  const bankFees = roundedToFen(t.bankFees);
  const hedgingCost = roundedToFen(t.hedgingCost);
  const endingCash = reportedEndingCash(scenario, run);
  const endingOutstanding = roundedToFen(run.funding[run.funding.length - 1].outstanding);
  const receivablesAfterHorizon = roundedToFen(t.receivablesAfterHorizon);
  const payablesAfterHorizon = roundedToFen(t.payablesAfterHorizon);
  totals = {
    revenue: roundedToFen(t.revenue),
    taxes,
    taxParts,
    fxCost,
    bankFees,
    hedgingCost,
    financingCost,
    totalCost: taxes + fxCost + bankFees + hedgingCost + financingCost,
    peakFundingNeed: roundedToFen(t.peakFundingNeed),
    peakOutstanding: roundedToFen(t.peakOutstanding),
    endingCash,
    endingOutstanding,
    endingPosition: endingCash + receivablesAfterHorizon - payablesAfterHorizon - endingOutstanding,
    receivablesAfterHorizon,
    payablesAfterHorizon,
  };
  totalsCache.set(run, totals);
  return totals;
}

/**
 * A month's flows as reported: the operating flows (inflows, then outflows) rounded one by one, the
 * month's difference to the rounded net carried by the largest; then drawn, repaid, interest, fees.
 */
export function reconciledFlows(run: Run, m: number, opening: Fixed, closing: Fixed): Fixed[] {
  const { months } = run.operations.ledger;
  const f = reportedFinancing(run)[m];
  const exact = CATEGORIES.map((c) => months[c][m]);
  const rounded = exact.map(roundedToFen);
  let residual = closing - opening - (f.drawn + f.repaid + f.interest + f.fees);
  for (const r of rounded) residual -= r;
  if (residual !== 0n) {
    let largest = 0;
    for (let i = 1; i < exact.length; i++) if (absOf(exact[i]) > absOf(exact[largest])) largest = i;
    rounded[largest] += residual;
  }
  rounded.push(f.drawn, f.repaid, f.interest, f.fees);
  return rounded;
}

import { div, type Fixed, minOf, mul, UNIT } from "../fixed";

/** A source of funds the projection may draw on, cheapest first (amounts and rates in fixed point). */
export interface FundingSource {
  /** "working-capital-loan" or a supply-chain product. */
  product: string;
  annualRate: Fixed;
  /** One-off fee as a fraction of each draw, paid out of the draw. */
  feeRate: Fixed;
  /**
   * Most that may be outstanding at the end of each month (advance rate x the receivables it is
   * lent against); undefined = no limit (the working-capital loan that sizes the funding need).
   */
  capacity?: Fixed[];
}

export interface FundingMonth {
  drawn: Fixed;
  repaid: Fixed;
  interest: Fixed;
  fees: Fixed;
  /** Outstanding after this month's draws and repayments. */
  outstanding: Fixed;
  /** Outstanding per source, in the order given. */
  bySource: Fixed[];
  closing: Fixed;
}

/**
 * Keeps the balance at or above the minimum. Each month: pay interest on what was outstanding;
 * repay what the receivables no longer cover (a tax-refund loan is repaid by the refund); when the
 * balance would fall below the minimum, draw the sources in the order given (secured supply-chain
 * products first, the unsecured working-capital loan last, since that credit line is the scarce
 * one); when there is cash above the minimum, repay in reverse order.
 */
export function fundMonths(
  opening: Fixed,
  minimumCash: Fixed,
  operatingNet: readonly Fixed[],
  /** Each month's length as a year fraction under the loans' day count (computed once per projection). */
  yearShare: readonly Fixed[],
  sources: readonly FundingSource[],
): FundingMonth[] {
  const outstanding = sources.map(() => 0n);
  const months: FundingMonth[] = [];
  let balance = opening;
  for (let m = 0; m < operatingNet.length; m++) {
    const interest = interestOn(outstanding, sources, yearShare[m]);
    const month = { cash: balance + operatingNet[m] - interest, drawn: 0n, repaid: 0n, fees: 0n };
    repayUncovered(month, outstanding, sources, m);
    if (month.cash < minimumCash) drawToMinimum(month, outstanding, sources, m, minimumCash);
    else repayFromSurplus(month, outstanding, month.cash - minimumCash);
    balance = month.cash;
    let total = 0n;
    for (const o of outstanding) total += o;
    months.push({
      drawn: month.drawn,
      repaid: month.repaid,
      interest,
      fees: month.fees,
      outstanding: total,
      bySource: [...outstanding],
      closing: month.cash,
    });
  }
  return months;
}

/** A month's cash and its financing flows so far. */
interface MonthCash {
  cash: Fixed;
  drawn: Fixed;
  repaid: Fixed;
  fees: Fixed;
}

/** The month's interest on what each source had outstanding at its start. */
function interestOn(
  outstanding: readonly Fixed[],
  sources: readonly FundingSource[],
  yearShare: Fixed,
): Fixed {
  let interest = 0n;
  for (let s = 0; s < sources.length; s++) {
    if (outstanding[s] !== 0n) interest += mul(mul(outstanding[s], sources[s].annualRate), yearShare);
  }
  return interest;
}

/** Receivables collected this month repay what was lent against them. */
function repayUncovered(
  month: MonthCash,
  outstanding: Fixed[],
  sources: readonly FundingSource[],
  m: number,
) {
  for (let s = 0; s < sources.length; s++) {
    const cap = sources[s].capacity?.[m];
    if (cap !== undefined && outstanding[s] > cap) {
      const due = outstanding[s] - cap;
      outstanding[s] = cap;
      month.repaid += due;
      month.cash -= due;
    }
  }
}

/** Draws the sources in order, each within its room, until the cash is back at the minimum. */
function drawToMinimum(
  month: MonthCash,
  outstanding: Fixed[],
  sources: readonly FundingSource[],
  m: number,
  minimumCash: Fixed,
) {
  let need = minimumCash - month.cash;
  for (let s = 0; s < sources.length && need > 0n; s++) {
    const source = sources[s];
    const room = source.capacity ? source.capacity[m] - outstanding[s] : undefined;
    if (room !== undefined && room <= 0n) continue;
    // A draw of d yields d x (1 - fee) in cash; draw enough to cover the need, within the room.
    // An uncapped draw yields exactly the need (its fee takes the rounding), so no crumb of
    // need is left for the next source.
    let draw = source.feeRate === 0n ? need : div(need, UNIT - source.feeRate);
    let fee = draw - need;
    if (room !== undefined && draw > room) {
      draw = room;
      fee = mul(draw, source.feeRate);
    }
    outstanding[s] += draw;
    month.drawn += draw;
    month.fees += fee;
    month.cash += draw - fee;
    need = minimumCash - month.cash;
  }
}

/** Repays with the cash above the minimum, the last-drawn (dearest) source first. */
function repayFromSurplus(month: MonthCash, outstanding: Fixed[], surplus: Fixed) {
  for (let s = outstanding.length - 1; s >= 0 && surplus > 0n; s--) {
    if (outstanding[s] === 0n) continue;
    const pay = minOf(outstanding[s], surplus);
    outstanding[s] -= pay;
    month.repaid += pay;
    surplus -= pay;
    month.cash -= pay;
  }
}

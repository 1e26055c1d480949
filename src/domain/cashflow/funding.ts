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
    let interest = 0n;
    for (let s = 0; s < sources.length; s++) {
      if (outstanding[s] !== 0n) interest += mul(mul(outstanding[s], sources[s].annualRate), yearShare[m]);
    }
    let cash = balance + operatingNet[m] - interest;
    let drawn = 0n;
    let repaid = 0n;
    let fees = 0n;
    // Receivables collected this month repay what was lent against them.
    for (let s = 0; s < sources.length; s++) {
      const cap = sources[s].capacity?.[m];
      if (cap !== undefined && outstanding[s] > cap) {
        const due = outstanding[s] - cap;
        outstanding[s] = cap;
        repaid += due;
        cash -= due;
      }
    }
    if (cash < minimumCash) {
      let need = minimumCash - cash;
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
        drawn += draw;
        fees += fee;
        cash += draw - fee;
        need = minimumCash - cash;
      }
    } else {
      let surplus = cash - minimumCash;
      for (let s = sources.length - 1; s >= 0 && surplus > 0n; s--) {
        if (outstanding[s] === 0n) continue;
        const pay = minOf(outstanding[s], surplus);
        outstanding[s] -= pay;
        repaid += pay;
        surplus -= pay;
        cash -= pay;
      }
    }
    balance = cash;
    let total = 0n;
    for (const o of outstanding) total += o;
    months.push({
      drawn,
      repaid,
      interest,
      fees,
      outstanding: total,
      bySource: [...outstanding],
      closing: cash,
    });
  }
  return months;
}

import { type Decimal, min, ONE, ZERO } from "../money";

/** A source of funds the projection may draw on, cheapest first. */
export interface FundingSource {
  /** "working-capital-loan" or a supply-chain product. */
  product: string;
  annualRate: Decimal;
  /** One-off fee as a fraction of each draw, paid out of the draw. */
  feeRate: Decimal;
  /**
   * Most that may be outstanding at the end of each month (advance rate x the receivables it is
   * lent against); undefined = no limit (the working-capital loan that sizes the funding need).
   */
  capacity?: Decimal[];
}

export interface FundingMonth {
  drawn: Decimal;
  repaid: Decimal;
  interest: Decimal;
  fees: Decimal;
  /** Outstanding after this month's draws and repayments. */
  outstanding: Decimal;
  /** Outstanding per source, in the order given. */
  bySource: Decimal[];
  closing: Decimal;
}

/**
 * Keeps the balance at or above the minimum. Each month: pay interest on what was outstanding;
 * repay what the receivables no longer cover (a tax-refund loan is repaid by the refund); when the
 * balance would fall below the minimum, draw the sources in the order given (secured supply-chain
 * products first, the unsecured working-capital loan last, since that credit line is the scarce
 * one); when there is cash above the minimum, repay in reverse order.
 */
export function fundMonths(
  opening: Decimal,
  minimumCash: Decimal,
  operatingNet: readonly Decimal[],
  /** Each month's length as a year fraction under the loans' day count (computed once per projection). */
  yearShare: readonly Decimal[],
  sources: readonly FundingSource[],
): FundingMonth[] {
  const outstanding = sources.map(() => ZERO);
  const months: FundingMonth[] = [];
  let balance = opening;
  for (let m = 0; m < operatingNet.length; m++) {
    let interest = ZERO;
    for (let s = 0; s < sources.length; s++) {
      if (!outstanding[s].isZero())
        interest = interest.plus(outstanding[s].times(sources[s].annualRate).times(yearShare[m]));
    }
    let cash = balance.plus(operatingNet[m]).minus(interest);
    let drawn = ZERO;
    let repaid = ZERO;
    let fees = ZERO;
    // Receivables collected this month repay what was lent against them.
    for (let s = 0; s < sources.length; s++) {
      const cap = sources[s].capacity?.[m];
      if (cap && outstanding[s].gt(cap)) {
        const due = outstanding[s].minus(cap);
        outstanding[s] = cap;
        repaid = repaid.plus(due);
        cash = cash.minus(due);
      }
    }
    if (cash.lt(minimumCash)) {
      let need = minimumCash.minus(cash);
      for (let s = 0; s < sources.length && need.gt(0); s++) {
        const source = sources[s];
        const room = source.capacity ? source.capacity[m].minus(outstanding[s]) : undefined;
        if (room?.lte(0)) continue;
        // A draw of d yields d x (1 - fee) in cash; draw enough to cover the need, within the room.
        let draw = source.feeRate.isZero() ? need : need.div(ONE.minus(source.feeRate));
        if (room && draw.gt(room)) draw = room;
        const fee = draw.times(source.feeRate);
        outstanding[s] = outstanding[s].plus(draw);
        drawn = drawn.plus(draw);
        fees = fees.plus(fee);
        cash = cash.plus(draw).minus(fee);
        need = minimumCash.minus(cash);
      }
    } else {
      let surplus = cash.minus(minimumCash);
      for (let s = sources.length - 1; s >= 0 && surplus.gt(0); s--) {
        if (outstanding[s].isZero()) continue;
        const pay = min(outstanding[s], surplus);
        outstanding[s] = outstanding[s].minus(pay);
        repaid = repaid.plus(pay);
        surplus = surplus.minus(pay);
        cash = cash.minus(pay);
      }
    }
    balance = cash;
    let total = ZERO;
    for (const o of outstanding) total = total.plus(o);
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

/**
 * Switches in the engine's own code that differ between ruleset versions (a day count, an accepted
 * input, a rounding point, an explain step). The engine reads them from its rules; which version has
 * which value is policy, in src/policy/behaviour.ts.
 */
export interface RulesetBehaviour {
  /**
   * How a scenario's foreign money-market rates (fx.rates[].foreignRate) are read. "ACT/360": every
   * one on ACT/360, as 2026.11.0's contract stated; a rate has no dayCount field (refused as unknown)
   * and any currency is accepted. "by-currency": on the rate's dayCount, by default its currency's
   * money-market convention (GBP, HKD ACT/365F), which must be named for a currency outside that table.
   */
  foreignRateDayCount: "ACT/360" | "by-currency";
  /** The projection explains the hedge in a step of its own ("hedging": forward or put, fee, waiver). */
  hedgingExplainStep: boolean;
  /** The summary says when the most is owed, all sources together, and how much from each source. */
  borrowingBySource: boolean;
  /** A measure that touches nothing says why, and what would make it apply (`notApplicable`). */
  measureApplicability: boolean;
  /** The chosen measures' effects added one at a time in dependency order (`attribution`). */
  sequentialAttribution: boolean;
  /**
   * The projection's surtax halving by period (small-scale payers 2019-2021, all three groups from
   * 2022 to the end of 2023年第12号, none outside). false: for small-scale payers at every date.
   */
  surtaxReliefByPeriod: boolean;
  /**
   * The projection's small low-profit income-tax relief of each tax year (in bands for 2019-2022, none
   * before 2019). false: the relief in force (5% of the whole) for every tax year up to its end.
   */
  smallLowProfitReliefByYear: boolean;
  /**
   * A line whose HS code the refund-rate table lacks asks for "its VAT rate and export refund rate" in
   * words. false: by the API's field names (vatRate, refundRate), as the published versions answer.
   */
  rateProblemInWords: boolean;
}

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
  /**
   * A scenario's grants may name a programme (with the firm's facts in `grantFacts`): the engine
   * estimates each award, books the firm's as dated inflows and reports each programme as a measure.
   */
  programmeGrants: boolean;
}

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
   * A small-scale payer's exports taxed as domestic are taxed on one return a month under the relief of
   * their date (财政部 税务总局公告2023年第19号: 1% instead of 3%, exempt up to 100,000 CNY of the month's
   * sales), instead of each batch at a flat 3%. From 2026.12.1.
   */
  smallScaleReliefByMonth: boolean;
  /**
   * The projection says when a measure's promoting document lapsed before the horizon ends and which
   * rules carry the benefit after it, and that a benefit reported for one year only is assumed after it
   * unless the user's bank confirmed it. From 2026.12.1.
   */
  measureValiditySteps: boolean;
}

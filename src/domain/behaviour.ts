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
   * Reported figures reconcile to the fen: a total is the sum of its reported parts (taxes, total
   * cost, financing cost), an effect the difference of the reported figures of its two runs, each
   * month's financing outstanding = the previous + drawn - repaid as reported, and the ending
   * position = ending cash + receivables - payables - outstanding as reported. false: each figure
   * rounded on its own from its exact value (a fen of drift), as 2026.11.0 and 2026.12.0 report.
   */
  reconciledFigures: boolean;
  /**
   * What a supply-chain product's one-off fee is charged on in the projection. "drawn": the amount
   * drawn, as published up to 2026.12.0. "product": each product's fee base as /v1/financing/quote
   * charges it (factoring on the invoice face, the others on the advance), or the scenario's
   * `financing.products[].feeBase`.
   */
  financingFeeBase: "drawn" | "product";
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
  /**
   * A scenario's grants may name a programme (with the firm's facts in `grantFacts`): the engine
   * estimates each award, books the firm's as dated inflows and reports each programme as a measure.
   */
  programmeGrants: boolean;
  /**
   * A line whose HS code the refund-rate table lacks asks for "its VAT rate and export refund rate" in
   * words. false: by the API's field names (vatRate, refundRate), as the published versions answer.
   */
  rateProblemInWords: boolean;
  /**
   * A measure row whose promoting document lapses before the horizon ends cites the rules that grant
   * the benefit (汇发〔2020〕11号, 财税〔2018〕103号 ...) and names the promoting documents with their last
   * day in force (`measures[].promotedBy`). false: every row cites the measure's own document.
   */
  measureRowsCiteGrantingRule: boolean;
  /**
   * The projection counts the tax filings of outward payments (国家税务总局 国家外汇管理局公告2021年第19号:
   * once per contract, before its first payment above USD 50,000) for each overseas cost, and what
   * netting removes; a scenario may give an overseas cost's `contracts`.
   */
  outwardPaymentFilings: boolean;
}

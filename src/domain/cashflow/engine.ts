import { attributeInOrder } from "./attribution";
import { explainProjection } from "./explainProjection";
import { filingSteps, filingsReport } from "./filings";
import { grantSteps } from "./grants";
import { type CashflowRules, prepareOperations } from "./operations";
import { grantRows, measureRows, type Projection, periodsOf, summarize } from "./report";
import { ALL_OFF, runsOf } from "./runs";
import type { Scenario } from "./scenario";

export type { MeasureEffect, MeasureRow, Period, Projection, Summary } from "./report";

/**
 * Projects a scenario month by month under its chosen measures, and against a baseline with every
 * measure off, each measure alone and each measure's marginal effect. The pipeline:
 * 1. the scenario (validated by the API: src/api/scenario-schema.ts);
 * 2. normalised inputs (`normaliseInputs`, `normaliseLine` in inputs.ts);
 * 3. each product line's operations (`operateLines` in lineOperations.ts; remittances.ts, hedges.ts,
 *    taxes.ts for the parts the switches change);
 * 4. the ledger of one set of switches (`prepareOperations` in operations.ts);
 * 5. the runs per set of switches, funded month by month (`runsOf` in runs.ts);
 * 6. the summary, the effects (report.ts) and the explanation (explainProjection.ts).
 */
export function project(scenario: Scenario, rules: CashflowRules): Projection {
  const prepared = prepareOperations(scenario, rules);
  const runFor = runsOf(scenario, prepared, rules.behaviour);
  // Every programme the scenario's grants name is chosen; the baseline has none of them.
  const chosenGrants = prepared.grants.applies.map(() => true);
  const chosen = runFor(scenario.measures, chosenGrants);
  const baseline = runFor(ALL_OFF);
  const { behaviour } = rules;
  const reconciled = behaviour.reconciledFigures;
  const whyNot = behaviour.measureApplicability ? prepared.whyNot() : {};
  const measures = measureRows(
    scenario,
    rules.cite,
    prepared.applies,
    whyNot,
    runFor,
    chosen,
    baseline,
    reconciled,
    chosenGrants,
  );
  const grants =
    rules.grants && chosenGrants.length > 0
      ? grantRows(scenario, prepared.grants, rules.grants, runFor, chosen, baseline, reconciled)
      : null;
  const filings = behaviour.outwardPaymentFilings
    ? filingsReport(prepared.filings, scenario.measures.netting, rules.settlement)
    : null;
  const summary = summarize(scenario, chosen, behaviour);
  const baselineSummary = summarize(scenario, baseline, behaviour);
  const explain = [
    ...explainProjection(scenario, chosen, summary, baselineSummary, measures, rules),
    ...(filings ? filingSteps(filings, scenario.measures.netting, rules.settlement) : []),
    ...(grants && rules.grants ? grantSteps(prepared.grants.bookings, rules.grants) : []),
  ];
  return {
    periods: periodsOf(scenario, chosen, reconciled),
    summary,
    baseline: baselineSummary,
    measures,
    lines: chosen.operations.lines,
    ...(filings ? { outwardFilings: filings } : {}),
    ...(grants ? { grants } : {}),
    // Programme grants first (cash the firm receives), then the switches one at a time.
    ...(behaviour.sequentialAttribution
      ? { attribution: attributeInOrder(scenario, runFor, reconciled) }
      : {}),
    explain,
  };
}

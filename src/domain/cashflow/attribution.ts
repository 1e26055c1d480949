import { effectOf, type MeasureEffect } from "./report";
import { ALL_OFF, type Run } from "./runs";
import type { MeasureSwitch, MeasureSwitches, Scenario } from "./scenario";

/**
 * How much of the chosen measures' combined effect each one brings. Measures interact (deemed-profit
 * tax exists only for firms taking the no-invoice exemption; financing costs follow every cash flow),
 * so their marginal effects do not add up to the total, and a chart that plots them needs a large
 * "interaction" bar. Here the chosen measures are switched on one at a time, in an order where a
 * measure that depends on another comes after it; each is credited with what it adds to those
 * before it. With the reconciled figures of ruleset 2026.12.1 (each effect the difference of two
 * reported figures) the steps add up to the total to the fen.
 */
export interface Attribution {
  method: "sequential";
  /** A switch, or a programme the scenario's grants name (switched on first: cash the firm receives). */
  steps: { switch?: MeasureSwitch; programme?: string; effect: MeasureEffect }[];
}

/**
 * The order of switching on: settlement first, then the VAT exemption before the income-tax method
 * it qualifies the firm for, the refund timing, the option waiver, and financing last, since what it
 * costs depends on every flow before it.
 */
export const ATTRIBUTION_ORDER: readonly MeasureSwitch[] = [
  "netting",
  "noInvoiceExemption",
  "deemedProfitTax",
  "departureRefund",
  "optionFeeWaiver",
  "supplyChainFinance",
];

export function attributeInOrder(
  scenario: Scenario,
  runFor: (switches: MeasureSwitches, grantsOn?: readonly boolean[]) => Run,
  reconciled: boolean,
): Attribution {
  const steps: Attribution["steps"] = [];
  let switches: MeasureSwitches = ALL_OFF;
  const programmes = scenario.programmeGrants ?? [];
  let before = runFor(switches);
  const grantsOn = programmes.map(() => false);
  programmes.forEach((grant, i) => {
    grantsOn[i] = true;
    const after = runFor(switches, [...grantsOn]);
    steps.push({ programme: grant.programme, effect: effectOf(scenario, after, before, reconciled) });
    before = after;
  });
  for (const s of ATTRIBUTION_ORDER) {
    if (!scenario.measures[s]) continue;
    switches = { ...switches, [s]: true };
    const after = runFor(switches, grantsOn);
    steps.push({ switch: s, effect: effectOf(scenario, after, before, reconciled) });
    before = after;
  }
  return { method: "sequential", steps };
}

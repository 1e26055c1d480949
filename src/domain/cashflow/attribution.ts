import { type Fixed, fenText, roundedToFen } from "../fixed";
import type { MeasureEffect } from "./report";
import { ALL_OFF, type Run } from "./runs";
import type { MeasureSwitch, MeasureSwitches, Scenario } from "./scenario";

/**
 * How much of the chosen measures' combined effect each one brings. Measures interact (deemed-profit
 * tax exists only for firms taking the no-invoice exemption; financing costs follow every cash flow),
 * so their marginal effects do not add up to the total, and a chart that plots them needs a large
 * "interaction" bar. Here the chosen measures are switched on one at a time, in an order where a
 * measure that depends on another comes after it; each is credited with what it adds to those
 * before it. The steps add up to the total exactly: each is the difference of two reported (fen)
 * figures.
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

const fen = (x: Fixed) => roundedToFen(x);

/** (with) − (without), of figures as reported. */
function reportedEffect(withIt: Run, without: Run): MeasureEffect {
  const a = withIt.totals;
  const b = without.totals;
  return {
    totalCostChange: fenText(fen(a.totalCost) - fen(b.totalCost)),
    peakFundingNeedChange: fenText(fen(a.peakFundingNeed) - fen(b.peakFundingNeed)),
    endingCashChange: fenText(fen(a.endingCash) - fen(b.endingCash)),
    endingPositionChange: fenText(fen(a.endingPosition) - fen(b.endingPosition)),
  };
}

export function attributeInOrder(
  scenario: Scenario,
  runFor: (switches: MeasureSwitches, grantsOn?: readonly boolean[]) => Run,
): Attribution {
  const steps: Attribution["steps"] = [];
  let switches: MeasureSwitches = ALL_OFF;
  const programmes = scenario.programmeGrants ?? [];
  let before = runFor(switches);
  const grantsOn = programmes.map(() => false);
  programmes.forEach((grant, i) => {
    grantsOn[i] = true;
    const after = runFor(switches, [...grantsOn]);
    steps.push({ programme: grant.programme, effect: reportedEffect(after, before) });
    before = after;
  });
  for (const s of ATTRIBUTION_ORDER) {
    if (!scenario.measures[s]) continue;
    switches = { ...switches, [s]: true };
    const after = runFor(switches, grantsOn);
    steps.push({ switch: s, effect: reportedEffect(after, before) });
    before = after;
  }
  return { method: "sequential", steps };
}

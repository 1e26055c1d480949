import type { RulesetBehaviour } from "../domain/behaviour";

/**
 * What the code does differently under each ruleset version. Seeds carry the data of a version
 * (catalog, refund rates, payout rules, pinned by hash); this table carries the behaviour that
 * changed in code: a day count, an accepted input, a rounding point, an explain step. Same input +
 * same ruleset = same bytes, so a change to any of those adds a flag here, valued for every version:
 * the old value for the versions already published, the new one for the version being written.
 * tests/golden/ holds each version's answers and fails on any byte that moves.
 */
const BEHAVIOUR: Record<string, RulesetBehaviour> = {
  "2026.11.0": {
    foreignRateDayCount: "ACT/360",
    hedgingExplainStep: false,
    borrowingBySource: false,
    measureApplicability: false,
    sequentialAttribution: false,
    surtaxReliefByPeriod: false,
    smallLowProfitReliefByYear: false,
    reconciledFigures: false,
    financingFeeBase: "drawn",
    smallScaleReliefByMonth: false,
    measureValiditySteps: false,
    programmeGrants: false,
    rateProblemInWords: false,
    measureRowsCiteGrantingRule: false,
    outwardPaymentFilings: false,
  },
  "2026.12.0": {
    foreignRateDayCount: "by-currency",
    hedgingExplainStep: true,
    borrowingBySource: false,
    measureApplicability: false,
    sequentialAttribution: false,
    surtaxReliefByPeriod: true,
    smallLowProfitReliefByYear: true,
    reconciledFigures: false,
    financingFeeBase: "drawn",
    smallScaleReliefByMonth: false,
    measureValiditySteps: false,
    programmeGrants: false,
    rateProblemInWords: false,
    measureRowsCiteGrantingRule: false,
    outwardPaymentFilings: false,
  },
  "2026.12.1": {
    foreignRateDayCount: "by-currency",
    hedgingExplainStep: true,
    borrowingBySource: true,
    measureApplicability: true,
    sequentialAttribution: true,
    surtaxReliefByPeriod: true,
    smallLowProfitReliefByYear: true,
    reconciledFigures: true,
    financingFeeBase: "product",
    smallScaleReliefByMonth: true,
    measureValiditySteps: true,
    programmeGrants: true,
    rateProblemInWords: true,
    measureRowsCiteGrantingRule: true,
    outwardPaymentFilings: true,
  },
};

/** The behaviour of a ruleset version; every loadable version must have a row. */
export function behaviourOf(version: string): RulesetBehaviour {
  const behaviour = BEHAVIOUR[version];
  if (!behaviour) throw new Error(`ruleset ${version} has no behaviour row in src/policy/behaviour.ts`);
  return behaviour;
}

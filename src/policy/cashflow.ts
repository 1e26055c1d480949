import { RULESET } from "./catalog";
import { cashflowRulesFor } from "./rulesets";

export { MEASURE_TITLES } from "./rulesets";

/** The projection's rules under the ruleset in force. */
export const CASHFLOW_RULES = cashflowRulesFor(RULESET);

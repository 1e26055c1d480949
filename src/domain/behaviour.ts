/**
 * Switches in the engine's own code that differ between ruleset versions (a day count, an accepted
 * input, a rounding point, an explain step). The engine reads them from its rules; which version has
 * which value is policy, in src/policy/behaviour.ts.
 */
// biome-ignore lint/suspicious/noEmptyInterface: the first flags are being added with the golden files
export interface RulesetBehaviour {}

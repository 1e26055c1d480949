import blankJson from "../../seeds/blank-scenario.json";

/**
 * The scenario a blank form starts from (wire form). Empty strings are the figures only the user
 * knows; everything else is a typical value the form shows under "more".
 */
export const BLANK_SCENARIO: Record<string, unknown> = (blankJson as { scenario: Record<string, unknown> })
  .scenario;
export const BLANK_SOURCES: string = (blankJson as { sources: string }).sources;

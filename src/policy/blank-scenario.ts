import blankJson from "../../seeds/blank-scenario.json";
import { addMonths } from "../domain/dates";

/**
 * The scenario a blank form starts from (wire form). Empty strings are the figures only the user
 * knows; everything else is a typical value the form shows under "more".
 */
export const BLANK_SCENARIO: Record<string, unknown> = (blankJson as { scenario: Record<string, unknown> })
  .scenario;

/**
 * The blank scenario as the form shows it on `today` (a seller's calendar day, YYYY-MM-DD): the
 * projection starts on the first day of next month, not on the template's fixed date in the past.
 */
export function blankScenarioOn(today: string): Record<string, unknown> {
  return { ...BLANK_SCENARIO, startDate: addMonths(`${today.slice(0, 7)}-01`, 1) };
}

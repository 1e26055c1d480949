import type { CashflowRules } from "../domain/cashflow/operations";
import type { MeasureSwitch } from "../domain/cashflow/scenario";
import { catalog } from "./catalog";

/** The catalog measure behind each switch of the projection (the catalog's `switch` field). */
export const MEASURE_IDS = Object.fromEntries(
  catalog.measures.filter((m) => m.switch).map((m) => [m.switch, m.id]),
) as Record<MeasureSwitch, string>;

export function cashflowRules(): CashflowRules {
  return { placeholder: true };
}

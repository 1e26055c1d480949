import type { ExplainStep } from "../explain";
import type { Decimal } from "../money";
import type { Ledger } from "./ledger";
import type { FinancingProduct, MeasureSwitch, MeasureSwitches, Scenario } from "./scenario";

/** What the projection knows about each product line's treatment (shown beside the figures). */
export interface LineFacts {
  name: string;
  regime: string;
  vatRate: string;
  refundRate: string;
  reason: { zh: string; en: string };
}

/** The operating flows of one set of switches (everything but the financing). */
export interface Operations {
  ledger: Ledger;
  /** Per supply-chain product, the receivables it can lend against at each month end. */
  financeable: Record<FinancingProduct, Decimal[]>;
  /** Whether each measure touches anything in this scenario. */
  applies: Record<MeasureSwitch, boolean>;
  lines: LineFacts[];
  cashConversionCycleDays: number;
  explain: ExplainStep[];
}

/** The rules the projection applies, built from the catalog and seed tables in src/policy. */
export interface CashflowRules {
  placeholder: true;
}

export function buildOperations(
  _scenario: Scenario,
  _switches: MeasureSwitches,
  _rules: CashflowRules,
): Operations {
  throw new Error("the operating flows are being integrated; see the cash-flow issue");
}

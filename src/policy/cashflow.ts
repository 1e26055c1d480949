import type { CashflowRules } from "../domain/cashflow/operations";
import { MEASURE_SWITCHES, type MeasureSwitch } from "../domain/cashflow/scenario";
import { catalog, citation } from "./catalog";
import { OPTION_FEE_WAIVER, waiverRules } from "./fx";
import { payoutRulePreset, SETTLEMENT_RULES } from "./settlement";
import { taxRules } from "./tax";

/** The catalog measure behind each switch of the projection (the catalog's `switch` field). */
const MEASURE_IDS = Object.fromEntries(
  catalog.measures.filter((m) => m.switch).map((m) => [m.switch, m.id]),
) as Record<MeasureSwitch, string>;

for (const s of MEASURE_SWITCHES) {
  if (!MEASURE_IDS[s]) throw new Error(`no catalog measure carries the switch ${s}`);
}

/** Short names of the switches, for tables and charts. */
export const MEASURE_TITLES: Record<MeasureSwitch, { zh: string; en: string }> = {
  netting: { zh: "海外仓轧差结算", en: "Netting overseas costs against proceeds" },
  noInvoiceExemption: { zh: "无票免税", en: "No-invoice VAT exemption" },
  deemedProfitTax: { zh: "所得税核定征收（4%）", en: "Deemed-profit income tax (4%)" },
  optionFeeWaiver: { zh: "首笔期权办理费减免", en: "First-option handling-fee waiver" },
  supplyChainFinance: { zh: "供应链融资", en: "Supply-chain finance" },
  departureRefund: { zh: "9810离境即退税", en: "9810 refund on departure" },
};

/** The rules of the projection under the current catalog (built once: the catalog is fixed at run time). */
export const CASHFLOW_RULES: CashflowRules = {
  tax: taxRules,
  settlement: SETTLEMENT_RULES,
  payoutRule: (id) => payoutRulePreset(id)?.rule,
  optionWaivers: waiverRules([OPTION_FEE_WAIVER]),
  cite: Object.fromEntries(
    MEASURE_SWITCHES.map((s) => [s, { measure: MEASURE_IDS[s], source: citation(MEASURE_IDS[s]) }]),
  ) as CashflowRules["cite"],
};

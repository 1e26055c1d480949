import type { FinancingRules, SourcedDefault } from "../domain/financing";
import { dec } from "../domain/money";
import { catalog, citation, marketDefault, parameter } from "./catalog";

const PBOC = "pboc-2021-3";
const FINANCE = "zs-2024-24-m13-finance";
const REFUND_GUARANTEES = "zs-2023-10-refund-advance-guarantees";
const SUPPLY_CHAIN = "zs-2023-11-supply-chain-finance";

function fromMeasure(measureId: string, name: string): SourcedDefault {
  return {
    value: dec(parameter<string>(measureId, name)),
    measure: measureId,
    source: `${citation(measureId)} (${name}, market default)`,
  };
}

function cite(measureId: string) {
  return { measure: measureId, source: citation(measureId) };
}

const lpr = catalog.marketDefaults.find((p) => p.name === "lpr1y");
if (!lpr?.since) throw new Error("market default lpr1y needs its effective date (since)");

/** The financing calculator's rules, from the measures catalog (built once per isolate). */
export const financingRules: FinancingRules = {
  lpr: {
    value: dec(marketDefault<string>("lpr1y")),
    since: lpr.since,
    measure: FINANCE,
    source: `1-year LPR ${lpr.since} (market default lpr1y)`,
  },
  loanSpread: fromMeasure(FINANCE, "loanSpreadOverLpr"),
  advanceRates: {
    "order-financing": fromMeasure(SUPPLY_CHAIN, "orderFinancingAdvanceRate"),
    factoring: fromMeasure(SUPPLY_CHAIN, "factoringAdvanceRate"),
    "tax-refund-loan": fromMeasure(REFUND_GUARANTEES, "taxRefundLoanAdvanceRate"),
    "payout-advance": fromMeasure(REFUND_GUARANTEES, "payoutAdvanceRate"),
    "policy-financing": fromMeasure(FINANCE, "policyFinancingAdvanceRate"),
  },
  factoringFeeRate: fromMeasure(SUPPLY_CHAIN, "factoringFeeRate"),
  premiumRate: fromMeasure(FINANCE, "creditInsurancePremiumRate"),
  guaranteeFeeRate: fromMeasure(REFUND_GUARANTEES, "guaranteeFeeRate"),
  payoutAdvanceAnnualRate: fromMeasure(REFUND_GUARANTEES, "payoutAdvanceAnnualRate"),
  refundArrivalDays: {
    value: marketDefault<number>("refundArrivalDays"),
    source: "market default refundArrivalDays (days after filing)",
  },
  products: {
    "working-capital-loan": cite(REFUND_GUARANTEES),
    "order-financing": cite(SUPPLY_CHAIN),
    factoring: cite(SUPPLY_CHAIN),
    "tax-refund-loan": cite(REFUND_GUARANTEES),
    "payout-advance": cite(REFUND_GUARANTEES),
    "policy-financing": cite(FINANCE),
    "duty-guarantee": cite(REFUND_GUARANTEES),
  },
  annualizedRate: cite(PBOC),
};

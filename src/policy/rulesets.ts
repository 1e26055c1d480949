import measuresJson from "../../seeds/measures.json";
import payoutRulesJson from "../../seeds/payout-rules.json";
import refundRatesJson from "../../seeds/refund-rates.json";
import ruleset2026_11_0 from "../../seeds/rulesets/2026.11.0.json";
import ruleset2026_12_0 from "../../seeds/rulesets/2026.12.0.json";
import type { MeasureValidity } from "../domain/cashflow/measureValidity";
import type { CashflowRules } from "../domain/cashflow/operations";
import { MEASURE_SWITCHES, type MeasureSwitch } from "../domain/cashflow/scenario";
import { behaviourOf } from "./behaviour";
import { type CatalogReader, loadCatalog, readerOf } from "./catalog";
import { optionFeeWaiverRule } from "./fx";
import { buildGrantRules } from "./grants";
import { buildSettlementRules, loadPayoutRulePresets } from "./settlement";
import { buildTaxRules, type RefundRateSeed } from "./tax";

/**
 * A ruleset is the seed data every figure depends on: the measures catalog, the dated refund-rate
 * table and the payout rules. Its version is the catalog's `ruleset`; seeds/ruleset-lock.json pins the
 * content of each version, so changing a seed without a new version fails the tests.
 */
export interface RulesetSeeds {
  catalog: unknown;
  refundRates: unknown;
  payoutRules: unknown;
}

export const CURRENT_SEEDS: RulesetSeeds = {
  catalog: measuresJson,
  refundRates: refundRatesJson,
  payoutRules: payoutRulesJson,
};

/**
 * Rulesets kept loadable after a newer one replaced them, so that a saved scenario recomputes as it
 * was shown. Bumping the ruleset: copy the three seed files as they were into
 * seeds/rulesets/<old version>.json ({catalog, refundRates, payoutRules}), import it here, add its
 * hash to seeds/ruleset-lock.json, then change the seeds and the version.
 */
export const ARCHIVED: RulesetSeeds[] = [ruleset2026_11_0, ruleset2026_12_0];

/** Short names of the switches, for tables and charts. */
export const MEASURE_TITLES: Record<MeasureSwitch, { zh: string; en: string }> = {
  netting: { zh: "海外仓轧差结算", en: "Netting overseas costs against proceeds" },
  noInvoiceExemption: { zh: "无票免税", en: "No-invoice VAT exemption" },
  deemedProfitTax: { zh: "所得税核定征收（4%）", en: "Deemed-profit income tax (4%)" },
  optionFeeWaiver: { zh: "首笔期权办理费减免", en: "First-option handling-fee waiver" },
  supplyChainFinance: { zh: "供应链融资", en: "Supply-chain finance" },
  departureRefund: { zh: "9810离境即退税", en: "9810 refund on departure" },
};

/** The catalog measure behind each switch (the catalog's `switch` field). */
function switchMeasures(read: CatalogReader): Record<MeasureSwitch, string> {
  const ids = Object.fromEntries(
    read.catalog.measures.filter((m) => m.switch).map((m) => [m.switch, m.id]),
  ) as Record<MeasureSwitch, string>;
  for (const s of MEASURE_SWITCHES) {
    if (!ids[s]) throw new Error(`no catalog measure carries the switch ${s}`);
  }
  return ids;
}

/** The projection's rules under one ruleset's seeds. */
export function buildCashflowRules(seeds: RulesetSeeds): CashflowRules {
  const read = readerOf(loadCatalog(seeds.catalog));
  const payouts = new Map(loadPayoutRulePresets(seeds.payoutRules).map((p) => [p.id, p.rule]));
  const ids = switchMeasures(read);
  const behaviour = behaviourOf(versionOf(seeds));
  return {
    tax: buildTaxRules(read, seeds.refundRates as RefundRateSeed),
    settlement: buildSettlementRules(read),
    payoutRule: (id) => payouts.get(id),
    optionWaivers: [optionFeeWaiverRule(read)],
    behaviour,
    validity: measureValidity(read, ids),
    grants: behaviour.programmeGrants ? buildGrantRules(read) : null,
    cite: Object.fromEntries(
      MEASURE_SWITCHES.map((s) => [
        s,
        { measure: ids[s], source: read.citation(ids[s]), title: MEASURE_TITLES[s] },
      ]),
    ) as CashflowRules["cite"],
  };
}

/**
 * Each switch's measure with its dates and granting rules, from a catalog that carries them (2026.12.1
 * on); a benefit reported for one period only names its last reported day (parameter reportedUntil).
 */
function measureValidity(
  read: CatalogReader,
  ids: Record<MeasureSwitch, string>,
): Partial<Record<MeasureSwitch, MeasureValidity>> {
  const out: Partial<Record<MeasureSwitch, MeasureValidity>> = {};
  for (const s of MEASURE_SWITCHES) {
    const m = read.measure(ids[s]);
    if (m.validTo === undefined || !m.validity) continue;
    const reported = m.parameters.find((p) => p.name === "reportedUntil");
    out[s] = {
      measure: m.id,
      source: read.citation(m.id),
      validFrom: m.validFrom ?? null,
      validTo: m.validTo,
      validity: m.validity,
      grantedBy: (m.grantedBy ?? []).filter((r) => r.measure !== m.id),
      promotedBy: (m.promotedBy ?? []).map((r) => ({
        source: r.source,
        validTo: r.measure ? (read.measure(r.measure).validTo ?? null) : null,
      })),
      reportedUntil: reported ? String(reported.value) : null,
    };
  }
  return out;
}

function versionOf(seeds: RulesetSeeds): string {
  return (seeds.catalog as { ruleset: string }).ruleset;
}

const seedsByVersion = new Map([CURRENT_SEEDS, ...ARCHIVED].map((s) => [versionOf(s), s]));
const built = new Map<string, CashflowRules>();

/** Versions this server computes under: the current one and every archived one. */
export function isLoadableRuleset(version: string): boolean {
  return seedsByVersion.has(version);
}

/** Every version this server computes under, oldest first. */
export function loadableRulesets(): string[] {
  return [...seedsByVersion.keys()].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

/** The projection's rules of a loadable ruleset version (built once per version). */
export function cashflowRulesFor(version: string): CashflowRules {
  let rules = built.get(version);
  if (!rules) {
    const seeds = seedsByVersion.get(version);
    if (!seeds) throw new Error(`ruleset ${version} is not loadable`);
    rules = buildCashflowRules(seeds);
    built.set(version, rules);
  }
  return rules;
}

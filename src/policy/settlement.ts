import { z } from "@hono/zod-openapi";
import payoutRulesJson from "../../seeds/payout-rules.json";
import { dec } from "../domain/money";
import { COST_CATEGORIES, type CostCategory, type SettlementRules } from "../domain/settlement/netting";
import type { PayoutRule } from "../domain/settlement/payout";
import { type CatalogReader, currentCatalog } from "./catalog";

const NETTING = "zs-2024-24-m16-netting";
const ORIGIN = "safe-2020-11";
const FILING = "sta-safe-2013-40";
const RECEIPT_REPORTS_MEASURE = "safe-2020-14-art20";
const FILING_PER_CONTRACT = "sta-safe-2021-19";

function categories(ids: string[]): CostCategory[] {
  for (const id of ids) {
    if (!(COST_CATEGORIES as readonly string[]).includes(id)) throw new Error(`unknown cost category ${id}`);
  }
  return ids as CostCategory[];
}

/** The netting rules of a catalog. */
export function buildSettlementRules(read: CatalogReader): SettlementRules {
  const { parameter, citation } = read;
  // Rulesets up to 2026.11.0 kept the receipt-report rule under 汇发〔2020〕11号.
  const receiptReports = read.findMeasure(RECEIPT_REPORTS_MEASURE) ? RECEIPT_REPORTS_MEASURE : ORIGIN;
  return {
    nettableCategories: categories(parameter<string[]>(NETTING, "nettableCategories")),
    platformFeesNettable: parameter<boolean>(NETTING, "platformFeesNettable"),
    deviationWarningRatio: dec(parameter<string>(NETTING, "deviationWarningRatio")),
    filingThresholdUsd: dec(parameter<string>(FILING, "thresholdUsd")),
    filingDelayDays: parameter<number>(FILING, "filingDelayDays"),
    // Rulesets up to 2026.12.0 filed every remittance above the threshold.
    filingOncePerContract: read.findMeasure(FILING_PER_CONTRACT) !== undefined,
    advanceReceiptReportDays: parameter<number>(receiptReports, "advanceReceiptReportDays"),
    deferredReceiptReportDays: parameter<number>(receiptReports, "deferredReceiptReportDays"),
    receiptReportWithinDays: parameter<number>(receiptReports, "receiptReportWithinDays"),
    citations: {
      netting: { measure: NETTING, source: citation(NETTING) },
      origin: { measure: ORIGIN, source: citation(ORIGIN) },
      filing: { measure: FILING, source: citation(FILING) },
      receiptReports: { measure: receiptReports, source: citation(receiptReports) },
      ...(read.findMeasure(FILING_PER_CONTRACT)
        ? { filingPerContract: { measure: FILING_PER_CONTRACT, source: citation(FILING_PER_CONTRACT) } }
        : {}),
    },
  };
}

/** The netting rules in force (built once: the catalog does not change at run time). */
export const SETTLEMENT_RULES: SettlementRules = buildSettlementRules(currentCatalog);

const days = (least: number) => z.number().int().min(least);

const presetSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  marketplace: z.string().min(1),
  tier: z.string().optional(),
  name: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  rule: z.object({
    reserveDaysAfterDelivery: days(0),
    cycleDays: days(1),
    cycleAnchor: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    bankDays: days(0),
    fallbackDaysAfterPickup: days(0).optional(),
  }),
  bankDaysRange: z.tuple([days(0), days(0)]).optional(),
  since: z.string().optional(),
  provenance: z.enum(["document", "market-default", "unconfirmed"]),
  note: z.string().min(1),
  sources: z.array(z.object({ title: z.string().min(1), url: z.url().optional() })).min(1),
});

export type PayoutRulePreset = z.infer<typeof presetSchema> & { rule: PayoutRule };

/** Validates the payout-rule presets; a broken seed file fails at start, not mid-request. */
export function loadPayoutRulePresets(raw: unknown): PayoutRulePreset[] {
  const parsed = z.object({ note: z.string(), rules: z.array(presetSchema).min(1) }).parse(raw);
  const ids = new Set<string>();
  for (const r of parsed.rules) {
    if (ids.has(r.id)) throw new Error(`duplicate payout rule ${r.id}`);
    ids.add(r.id);
  }
  return parsed.rules;
}

export const PAYOUT_RULES_NOTE: string = payoutRulesJson.note;
export const PAYOUT_RULE_PRESETS: PayoutRulePreset[] = loadPayoutRulePresets(payoutRulesJson);

const presetById = new Map(PAYOUT_RULE_PRESETS.map((p) => [p.id, p]));

export function payoutRulePreset(id: string): PayoutRulePreset | undefined {
  return presetById.get(id);
}

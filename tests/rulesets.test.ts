import { describe, expect, it } from "vitest";
import lock from "../seeds/ruleset-lock.json";
import { projectionResponse } from "../src/api/cashflow";
import { ScenarioSchema, toScenario } from "../src/api/scenario-schema";
import { project } from "../src/domain/cashflow/engine";
import { CASHFLOW_RULES } from "../src/policy/cashflow";
import { RULESET } from "../src/policy/catalog";
import { findPreset } from "../src/policy/presets";
import { rulesetHash } from "../src/policy/ruleset-hash";
import {
  ARCHIVED,
  buildCashflowRules,
  CURRENT_SEEDS,
  cashflowRulesFor,
  isLoadableRuleset,
} from "../src/policy/rulesets";

describe("rulesets: same input + same ruleset = same figures", () => {
  it("pins the current seeds: changing a seed needs a new ruleset version (npm run ruleset-lock)", async () => {
    expect((lock as Record<string, string>)[RULESET]).toBe(await rulesetHash(CURRENT_SEEDS));
  });

  it("computes under the rules a ruleset's seeds state, not under code constants", () => {
    const shaxi = toScenario(ScenarioSchema.parse(findPreset("shaxi-apparel-9610-no-invoice")!.scenario));
    // In force: deemed profit 4% of 9,604,152.96 = 384,166.12, at 5% (small low-profit) = 19,208.31.
    expect(project(shaxi, CASHFLOW_RULES).summary.taxes).toBe("19208.31");
    // A ruleset whose catalog said 5%: 480,207.65 taxable, 5% of it = 24,010.38.
    const catalog = structuredClone(CURRENT_SEEDS.catalog) as any;
    const deemed = catalog.measures.find((m: any) => m.id === "sta-2019-36");
    deemed.parameters.find((p: any) => p.name === "deemedProfitRate").value = "0.05";
    const other = buildCashflowRules({ ...CURRENT_SEEDS, catalog });
    expect(project(shaxi, other).summary.taxes).toBe("24010.38");
  });

  it("keeps a replaced ruleset loadable, its archived seeds still the ones its version pinned", async () => {
    expect(ARCHIVED.length).toBeGreaterThan(0);
    for (const seeds of ARCHIVED) {
      const version = (seeds.catalog as { ruleset: string }).ruleset;
      expect(version).not.toBe(RULESET);
      expect((lock as Record<string, string>)[version]).toBe(await rulesetHash(seeds));
      expect(isLoadableRuleset(version)).toBe(true);
    }
    // 2026.12.0 moved only the receipt-report rule to its own measure: the projection is unchanged.
    const input = ScenarioSchema.parse(findPreset("shaxi-apparel-9610-no-invoice", "2026.11.0")!.scenario);
    const before = projectionResponse(input, "2026.11.0");
    expect(before.ruleset).toBe("2026.11.0");
    expect(before.summary).toEqual(projectionResponse(input, "2026.12.0").summary);
  });

  it("loads the ruleset in force and refuses an unknown one", () => {
    expect(isLoadableRuleset(RULESET)).toBe(true);
    expect(cashflowRulesFor(RULESET)).toBe(CASHFLOW_RULES);
    expect(isLoadableRuleset("2000.1.0")).toBe(false);
    expect(() => cashflowRulesFor("2000.1.0")).toThrow(/not loadable/);
    const input = ScenarioSchema.parse(findPreset("shaxi-apparel-9610-no-invoice")!.scenario);
    expect(projectionResponse(input, RULESET).ruleset).toBe(RULESET);
  });
});

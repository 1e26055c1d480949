import { describe, expect, it } from "vitest";
import { projectionResponse } from "../src/api/cashflow";
import { scenarioSchemaUnder } from "../src/api/scenario-schema";
import { findPreset } from "../src/policy/presets";
import { cashflowRulesFor } from "../src/policy/rulesets";

/** A preset's scenario with some fields replaced, projected under a ruleset. */
function project(presetId: string, ruleset: string, change: (s: any) => void = () => {}) {
  const scenario = structuredClone(findPreset(presetId, ruleset)!.scenario) as any;
  change(scenario);
  const parsed = scenarioSchemaUnder(cashflowRulesFor(ruleset).behaviour).safeParse(scenario);
  if (!parsed.success) return { refused: parsed.error.issues };
  return { body: projectionResponse(parsed.data, ruleset) };
}

const SHAXI = "shaxi-apparel-9610-no-invoice";
const vatByMonth = (body: any) => Object.fromEntries(body.periods.map((p: any) => [p.month, p.outflows.vat]));
const surtaxByMonth = (body: any) =>
  Object.fromEntries(body.periods.map((p: any) => [p.month, p.outflows.surtaxes]));

describe("projection: the small-scale relief of 财政部 税务总局公告2023年第19号, month by month (2026.12.1)", () => {
  // The Shaxi seller (a small-scale trader) ships 8,000 T-shirts a month declared at USD 14.99, spot 7.10:
  // FOB 8,000 x 14.99 x 7.10 = 851,432.00 CNY a month. Without the no-invoice exemption it is taxed as a
  // domestic sale, filed the next month.
  const off = (s: any) => {
    s.measures.noInvoiceExemption = false;
  };

  it("taxes the month's sales at 1% (二、减按1%征收率), not 3%", () => {
    // 851,432.00 / 1.01 = 843,001.98 of sales, above 100,000: VAT 851,432 / 1.01 x 1% = 8,430.0198 → 8,430.02;
    // surtaxes 12% halved for a small-scale payer (2023年第12号): 8,430.02 x 0.12 x 0.5 = 505.8012 → 505.80.
    const { body } = project(SHAXI, "2026.12.1", off);
    expect(vatByMonth(body)["2026-02"]).toBe("-8430.02");
    expect(surtaxByMonth(body)["2026-02"]).toBe("-505.80");
    // 2026.12.0 keeps its published 3%: 851,432 / 1.03 x 3% = 24,798.99.
    const old = project(SHAXI, "2026.12.0", off);
    expect(vatByMonth(old.body)["2026-02"]).toBe("-24798.99");
  });

  it("exempts a month of at most 100,000 of sales (一、月销售额10万元以下（含本数）), and taxes 3% after 2027-12-31", () => {
    // 900 units: 900 x 14.99 x 7.10 = 95,786.10 FOB, 94,837.72 of sales: exempt.
    const small = project(SHAXI, "2026.12.1", (s) => {
      off(s);
      s.productLines[0].monthlyUnits = 900;
    });
    expect(vatByMonth(small.body)["2026-02"]).toBe("0.00");
    // From 2027-12: December's exports at 1% (8,430.02, filed in January), January 2028's at 3% (三、本公告执行至
    // 2027年12月31日): 851,432 / 1.03 x 3% = 24,798.99, surtaxes in full after 2023年第12号: x 12% = 2,975.88.
    const edge = project(SHAXI, "2026.12.1", (s) => {
      off(s);
      s.startDate = "2027-12-01";
      s.horizonMonths = 3;
      s.grants = [];
    });
    expect(vatByMonth(edge.body)).toMatchObject({ "2028-01": "-8430.02", "2028-02": "-24798.99" });
    expect(surtaxByMonth(edge.body)["2028-02"]).toBe("-2975.88");
  });

  it("measures the no-invoice exemption against the 1% levy", () => {
    // Alone, the exemption saves the 1% VAT and its halved surtaxes, not three times as much.
    const on = project(SHAXI, "2026.12.1").body!;
    const old = project(SHAXI, "2026.12.0").body!;
    const alone = (b: any) =>
      b.measures.find((m: any) => m.switch === "noInvoiceExemption").alone.totalCostChange;
    const ratio = Number(alone(old)) / Number(alone(on));
    // 3% / 1.03 against 1% / 1.01 of the same FOB: 0.029126 / 0.009901 = 2.94.
    expect(ratio).toBeGreaterThan(2.9);
    expect(ratio).toBeLessThan(3.0);
  });
});

describe("projection: a lapsed local document and the rules that carry the measure (2026.12.1)", () => {
  it("a projection starting 2026-12 names 中府办函〔2024〕24号, lapsed 2026-04-19, and the national rules", () => {
    const { body } = project(SHAXI, "2026.12.1", (s) => {
      s.startDate = "2026-12-01";
      s.grants = [];
    });
    const step = body!.explain.find((s: any) => s.key === "validity:noInvoiceExemption")!;
    expect(step.zh).toContain("中府办函〔2024〕24号");
    expect(step.zh).toContain("2026-04-19");
    expect(step.zh).toContain("整个测算期");
    expect(step.zh).toContain("财税〔2018〕103号 第一条");
    expect(step.zh).toContain("国家税务总局公告2019年第36号");
    expect(step.en).toContain("throughout the projection it is computed under");
    // The exemption still applies: no VAT on the exports.
    expect(new Set(Object.values(vatByMonth(body)))).toEqual(new Set(["0.00"]));
  });

  it("says from which day when the document lapses inside the horizon, and nothing under 2026.12.0", () => {
    const { body } = project(SHAXI, "2026.12.1");
    expect(body!.explain.find((s: any) => s.key === "validity:noInvoiceExemption")!.zh).toContain(
      "2026-04-20 起",
    );
    const old = project(SHAXI, "2026.12.0").body!;
    expect(old.explain.some((s: any) => s.key.startsWith("validity:"))).toBe(false);
  });
});

describe("projection: the first-option fee waiver, reported for 2023 only (2026.12.1)", () => {
  const NANTOU = "nantou-appliance-9710-first-option";

  it("assumes it after 2023 unless the user says the bank confirmed it", () => {
    const assumed = project(NANTOU, "2026.12.1").body!;
    expect(assumed.explain.find((s: any) => s.key === "reportedPeriod:optionFeeWaiver")).toMatchObject({
      value: "assumed",
      measure: "zs-2023-option-fee-waiver",
    });
    const confirmed = project(NANTOU, "2026.12.1", (s) => {
      s.company.waiverConfirmedByBank = true;
    }).body!;
    expect(confirmed.explain.find((s: any) => s.key === "reportedPeriod:optionFeeWaiver")!.value).toBe(
      "bank-confirmed",
    );
  });

  it("applies the reading asked for: the handling fee (default) or the premium (减免期权费)", () => {
    const fee = project(NANTOU, "2026.12.1").body!;
    const premium = project(NANTOU, "2026.12.1", (s) => {
      s.company.waiverReading = "premium";
    }).body!;
    const hedging = (b: any) => b.explain.find((s: any) => s.key === "hedging");
    expect(hedging(fee).zh).toContain("首笔期权的办理费已按减免措施免除（按“减免其买入期权的办理费用”理解");
    expect(hedging(premium).zh).toContain("首笔期权的期权费已按减免措施免除（按字面“减免期权费”理解");
    // The first put's premium is worth more than its 0.1% handling fee, so the premium reading saves more.
    const saving = (b: any) =>
      Number(b.measures.find((m: any) => m.switch === "optionFeeWaiver").alone.totalCostChange);
    expect(saving(premium)).toBeLessThan(saving(fee));
  });

  it("is an unknown field under the published versions", () => {
    for (const version of ["2026.11.0", "2026.12.0"]) {
      for (const [field, value] of [
        ["waiverConfirmedByBank", true],
        ["waiverReading", "premium"],
      ] as const) {
        const res = project(NANTOU, version, (s) => {
          s.company[field] = value;
        });
        expect(res.refused?.map((i: any) => i.code)).toContain("unrecognized_keys");
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import { projectionResponse } from "../src/api/cashflow";
import { ScenarioSchema } from "../src/api/scenario-schema";
import { ATTRIBUTION_ORDER } from "../src/domain/cashflow/attribution";
import { fenText } from "../src/domain/fixed";
import { findPreset, PRESETS } from "../src/policy/presets";

/**
 * What ruleset 2026.12.1 adds for the seller's report (issue 17): all borrowing by source at its
 * peak, why a measure does not apply, and effects that add up without an "interaction" remainder.
 */

const fen = (x: string) => BigInt(x.replace(".", ""));
const sumFen = (xs: string[]) => fenText(xs.reduce((a, x) => a + fen(x), 0n) * 10n ** 16n);

function projectPreset(id: string, edit: (s: any) => void = () => {}) {
  const scenario = structuredClone(findPreset(id)!.scenario) as any;
  edit(scenario);
  return projectionResponse(ScenarioSchema.parse(scenario));
}

describe("all borrowing, every source, at the month the most is owed", () => {
  it("Dachong: the factoring it draws is borrowing, though no working-capital loan is needed", () => {
    const p = projectPreset("dachong-furniture-0110-factoring");
    expect(p.summary.peakFundingNeed).toBe("0.00");
    expect(p.summary.peakFinancingBySource).toEqual([
      { product: "factoring", amount: p.summary.peakFinancingOutstanding },
    ]);
    expect(Number(p.summary.peakFinancingOutstanding)).toBeGreaterThan(0);
    // The month named is the month whose reported balance owed is that peak.
    const month = p.periods.find((m) => m.month === p.summary.peakFinancingMonth)!;
    expect(month.financing.outstanding).toBe(p.summary.peakFinancingOutstanding);
  });

  it("every preset: the sources add up to the peak to the fen; nothing borrowed names no month", () => {
    for (const preset of PRESETS) {
      const s = projectPreset(preset.id).summary;
      expect(sumFen(s.peakFinancingBySource!.map((x) => x.amount))).toBe(
        s.peakFinancingOutstanding === "0.00" ? "0.00" : s.peakFinancingOutstanding,
      );
      expect(s.peakFinancingMonth === null).toBe(s.peakFinancingOutstanding === "0.00");
      const loan = s.peakFinancingBySource!.find((x) => x.product === "working-capital-loan");
      // The loan at the overall peak is never above its own peak (the uncovered need).
      expect(fen(loan?.amount ?? "0.00") <= fen(s.peakFundingNeed)).toBe(true);
    }
  });
});

describe("a measure that does not apply says why, and what would make it apply", () => {
  // The case a seller met (issue 17): a 9810 trader without invoices ticks 无票免税, 核定征收, 离境即退税.
  const p = projectPreset("guzhen-led-9810-amazon", (s) => {
    s.company.kind = "trader";
    for (const line of s.productLines) {
      line.purchaseInvoice = "none";
      line.invoiceVatRate = "0";
    }
    Object.assign(s.measures, { noInvoiceExemption: true, deemedProfitTax: true, departureRefund: true });
  });
  const row = (s: string) => p.measures.find((m) => m.switch === s)!;

  it("无票免税: names the condition of 财税〔2018〕103号 the 9810 lines fail (the customs mode)", () => {
    expect(row("noInvoiceExemption").applies).toBe(false);
    expect(row("noInvoiceExemption").notApplicable!.zh).toContain("海关监管方式为 9610");
    expect(row("noInvoiceExemption").notApplicable!.en).toContain("customs code 9610");
  });

  it("核定征收 and 离境即退税: say what they depend on", () => {
    expect(row("deemedProfitTax").notApplicable!.zh).toContain("全部出口都享受综试区无票免税");
    expect(row("departureRefund").notApplicable!.zh).toContain("没有退税");
    // These lines are taxed as domestic sales: the cost the seller must see.
    expect(p.lines.every((l) => l.regime === "taxed-as-domestic")).toBe(true);
  });

  it("a measure that applies carries no reason", () => {
    expect(row("netting").applies).toBe(true);
    expect(row("netting").notApplicable).toBeUndefined();
  });

  it("under a published ruleset the answer is as it was: no reasons, no attribution, no sources", () => {
    const scenario = ScenarioSchema.parse(findPreset("dachong-furniture-0110-factoring")!.scenario);
    const old = projectionResponse(scenario, "2026.12.0");
    expect(old.measures.some((m) => "notApplicable" in m)).toBe(false);
    expect("attribution" in old).toBe(false);
    expect("peakFinancingBySource" in old.summary).toBe(false);
  });
});

describe("the chosen measures' effects, switched on one at a time", () => {
  it("add up to (chosen − baseline) to the fen, for every figure and every preset", () => {
    for (const preset of PRESETS) {
      const p = projectPreset(preset.id);
      const steps = p.attribution!.steps;
      for (const key of ["totalCost", "peakFundingNeed", "endingCash", "endingPosition"] as const) {
        const total = fenText((fen(p.summary[key]) - fen(p.baseline[key])) * 10n ** 16n);
        expect(sumFen(steps.map((s) => s.effect[`${key}Change`]))).toBe(total);
      }
      const chosen = ATTRIBUTION_ORDER.filter((s) => (preset.scenario as any).measures[s]);
      // The programmes a preset's grants name come first (cash the firm receives), then the switches.
      const programmes = ((preset.scenario as any).grants ?? [])
        .filter((g: any) => "programme" in g)
        .map((g: any) => g.programme);
      expect(steps.map((s) => s.programme ?? s.switch)).toEqual([...programmes, ...chosen]);
    }
  });

  it("Shaxi: deemed-profit tax is credited with what it adds after the exemption, with no interaction bar", () => {
    const p = projectPreset("shaxi-apparel-9610-no-invoice");
    // The preset's training programme (paid to the workers, from 2026.12.1) comes first; then the switches.
    const [exemption, deemed] = p.attribution!.steps.filter((s) => s.switch);
    expect([exemption.switch, deemed.switch]).toEqual(["noInvoiceExemption", "deemedProfitTax"]);
    // Deemed-profit tax needs the exemption: alone it changes nothing, after it, it is the exemption's income-tax gain.
    expect(p.measures.find((m) => m.switch === "deemedProfitTax")!.alone.totalCostChange).toBe("0.00");
    expect(fen(deemed.effect.totalCostChange) < 0n).toBe(true);
  });
});

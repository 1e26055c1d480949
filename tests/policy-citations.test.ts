import { describe, expect, it } from "vitest";
import { projectionResponse } from "../src/api/cashflow";
import { scenarioSchemaUnder } from "../src/api/scenario-schema";
import { findPreset } from "../src/policy/presets";
import { cashflowRulesFor } from "../src/policy/rulesets";
import { call } from "./helpers";

/** A preset's scenario with some fields replaced, projected under a ruleset. */
function project(presetId: string, ruleset: string, change: (s: any) => void = () => {}) {
  const scenario = structuredClone(findPreset(presetId, ruleset)!.scenario) as any;
  change(scenario);
  const parsed = scenarioSchemaUnder(cashflowRulesFor(ruleset).behaviour).safeParse(scenario);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return projectionResponse(parsed.data, ruleset) as any;
}

const LED = "guzhen-led-9810-amazon";
const SHAXI = "shaxi-apparel-9610-no-invoice";
const row = (body: any, s: string) => body.measures.find((m: any) => m.switch === s);
const fromDecember = (s: any) => {
  s.startDate = "2026-12-01";
};

describe("projection measure rows cite the rule that grants the measure once 中府办函〔2024〕24号 lapsed (2026.12.1)", () => {
  // 中府办函〔2024〕24号 ends "本政策措施自发布之日起两年内有效", published 2024-04-20: in force to 2026-04-19.
  it("netting cites 汇发〔2020〕11号 and names the Zhongshan document as promoting it, lapsed 2026-04-19", () => {
    const body = project(LED, "2026.12.1", fromDecember);
    const netting = row(body, "netting");
    expect(netting.source).toContain("汇发〔2020〕11号");
    expect(netting.source).not.toContain("中府办函");
    expect(netting.promotedBy).toEqual([
      { source: "中府办函〔2024〕24号 第16条", validTo: "2026-04-19", lapsed: true },
    ]);
  });

  it("the no-invoice exemption cites 财税〔2018〕103号; deemed profit keeps 2019年第36号 and names its promoter", () => {
    const body = project(SHAXI, "2026.12.1", fromDecember);
    const exemption = row(body, "noInvoiceExemption");
    expect(exemption.source).toContain("财税〔2018〕103号");
    expect(exemption.promotedBy[0]).toMatchObject({ validTo: "2026-04-19", lapsed: true });
    expect(exemption.promotedBy[0].source).toContain("中府办函〔2024〕24号 第15条");
    const deemed = row(body, "deemedProfitTax");
    // 4% 应税所得率: 国家税务总局公告2019年第36号 第二条.
    expect(deemed.source).toContain("国家税务总局公告2019年第36号");
    expect(deemed.source).toContain("第二条");
    expect(deemed.promotedBy[0]).toMatchObject({ validTo: "2026-04-19", lapsed: true });
  });

  it("supply-chain finance cites the banks' own products, not the lapsed document", () => {
    const body = project(LED, "2026.12.1", fromDecember);
    const finance = row(body, "supplyChainFinance");
    expect(finance.source).toContain("银行");
    expect(finance.promotedBy[0]).toMatchObject({ source: "中府办函〔2024〕24号 第13条", lapsed: true });
  });

  it("a horizon that ends while the document is in force cites it as before", () => {
    const body = project(SHAXI, "2026.12.1", (s) => {
      s.startDate = "2025-01-01";
      s.grants = [];
    });
    expect(row(body, "netting").source).toBe("中府办函〔2024〕24号 第16条 便利跨境支付结算");
    expect(row(body, "netting").promotedBy).toBeUndefined();
  });

  it("the published versions cite the local document as they did", () => {
    for (const version of ["2026.11.0", "2026.12.0"]) {
      const netting = row(project(LED, version, fromDecember), "netting");
      expect(netting.source).toContain("中府办函〔2024〕24号");
      expect(netting).not.toHaveProperty("promotedBy");
    }
  });
});

describe("the Shaxi preset's training subsidy is the workers', not company cash (2026.12.1 variant)", () => {
  // 中商务电函〔2023〕10号 三: 131,200 paid for 164 网商运营 trainees = 800 a trainee; 5 trainees = 4,000. Guangdong's
  // skill-upgrading subsidy is claimed by and paid to the worker (粤人社规〔2023〕13号).
  it("the in-force preset estimates it as a programme paid to the employees and books none of it", () => {
    const preset = findPreset(SHAXI)!;
    expect(preset.scenario.grants).toEqual([{ programme: "zs-2023-10-training-subsidy" }]);
    expect(preset.rulesetNote!.zh).toContain("粤人社规〔2023〕13号");
    const body = project(SHAXI, "2026.12.1");
    const training = body.grants.find((g: any) => g.programme === "zs-2023-10-training-subsidy");
    expect(training.awards[0]).toMatchObject({ payee: "employees", amount: "4000.00" });
    expect(training.booked.amount).toBe("0.00");
    expect(new Set(body.periods.map((p: any) => p.inflows.grants))).toEqual(new Set(["0.00"]));
  });

  it("the published versions keep the preset they published: 4,000 booked in 2026-04", () => {
    const old = findPreset(SHAXI, "2026.12.0")!;
    expect(old.scenario.grants).toEqual([
      {
        name: "电商技能培训补贴（5人次）",
        amount: "4000",
        date: "2026-04-15",
        measure: "zs-2023-10-training-subsidy",
      },
    ]);
    expect(old).not.toHaveProperty("rulesetNote");
    const body = project(SHAXI, "2026.12.0");
    expect(body.periods.find((p: any) => p.month === "2026-04").inflows.grants).toBe("4000.00");
  });

  it("the web form loads the in-force preset: the trainees in the grants section, and the note why", async () => {
    const res = await call("GET", "/?preset=shaxi-apparel-9610-no-invoice");
    const html = await res.text();
    expect(html).toMatch(/name="g\.trainees"[^>]*value="5"|value="5"[^>]*name="g\.trainees"/);
    expect(html).toContain("由劳动者本人申领并发放给本人");
  });

  it("GET /v1/presets/{id} serves the in-force preset", async () => {
    const res = await call("GET", "/v1/presets/shaxi-apparel-9610-no-invoice");
    const body = (await res.json()) as any;
    expect(body.scenario.grantFacts.trainingPaidTo).toBe("employees");
    expect(body.rulesetNote.en).toContain("paid to the worker");
  });
});

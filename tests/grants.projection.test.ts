import { describe, expect, it } from "vitest";
import { projectionResponse } from "../src/api/cashflow";
import { scenarioSchemaUnder } from "../src/api/scenario-schema";
import { fieldProblems } from "../src/api/validation";
import { Decimal } from "../src/domain/money";
import { PRESETS } from "../src/policy/presets";
import { cashflowRulesFor } from "../src/policy/rulesets";

const furniture = PRESETS.find((p) => p.id === "dachong-furniture-0110-factoring")!;

/** The Dachong furniture preset (2026-01 to 2027-12) with grants naming programmes and the firm's facts. */
function withGrants(grants: unknown[], grantFacts: Record<string, unknown>) {
  return { ...structuredClone(furniture.scenario), grants, grantFacts };
}

function project(raw: unknown, ruleset = "2026.12.1") {
  const parsed = scenarioSchemaUnder(cashflowRulesFor(ruleset).behaviour).safeParse(raw);
  if (!parsed.success) return { problems: fieldProblems(parsed.error, raw) };
  return { projection: projectionResponse(parsed.data, ruleset) };
}

const ZHUHAI = {
  city: "Zhuhai",
  districtAwards: [{ programme: "zh-live-commerce-fund", amount: "300000", year: 2026 }],
};

describe("programme grants in the projection (ruleset 2026.12.1)", () => {
  it("books the district's 300,000 on the date given, as the firm's cash, and reports the programme as a measure", () => {
    const { projection } = project(
      withGrants([{ programme: "zh-live-commerce-fund", date: "2026-06-15" }], ZHUHAI),
    );
    const p = projection!;
    expect(p.periods.find((m) => m.month === "2026-06")?.inflows.grants).toBe("300000.00");
    expect(p.periods.filter((m) => m.month !== "2026-06").every((m) => m.inflows.grants === "0.00")).toBe(
      true,
    );
    const [row] = p.grants!;
    expect(row).toMatchObject({
      programme: "zh-live-commerce-fund",
      applies: true,
      booked: { amount: "300000.00", upTo: false },
    });
    expect(row.awards[0].split).toEqual({ cityUpTo: "240000.00", districtAtLeast: "60000.00" });
    // 300,000 more cash in June: at least that much more at the end (less borrowing can only add to it)
    expect(new Decimal(row.alone.endingCashChange).gte(300000)).toBe(true);
    expect(new Decimal(row.marginal.endingCashChange).gte(300000)).toBe(true);
    // the baseline has no programme grant; the switches' rows are measured with it in the chosen set
    expect(p.baseline.endingCash).not.toBe(p.summary.endingCash);
    expect(p.explain.find((s) => s.key === "grant:zh-live-commerce-fund:2026")?.value).toBe("300000.00");
  });

  it("a year without a date is booked on its last day; a cap is booked at the cap and says 'up to'", () => {
    // 2022 20亿, 2024 24.2亿: growth sqrt(1.21) - 1 = 10%; 2025 30.01亿: tier 1, up to 1,500,000, paid in 2026.
    const { projection } = project(
      withGrants([{ programme: "gz-2025-live-commerce-rewards" }], {
        city: "Guangzhou",
        onlineRetailSales: [
          { year: 2022, amount: "2000000000" },
          { year: 2024, amount: "2420000000" },
          { year: 2025, amount: "3001000000" },
        ],
      }),
    );
    const p = projection!;
    expect(p.periods.find((m) => m.month === "2026-12")?.inflows.grants).toBe("1500000.00");
    expect(p.grants![0].booked).toEqual({ amount: "1500000.00", upTo: true });
    expect(p.explain.find((s) => s.key === "grant:gz-2025-live-commerce-rewards:2025")?.en).toContain(
      "up to",
    );
  });

  it("the workers' training subsidy is not the firm's cash; a lapsed cost share is not booked", () => {
    const { projection } = project(
      withGrants(
        [{ programme: "zs-2023-10-training-subsidy" }, { programme: "zs-2024-24-m12-overseas-warehouse" }],
        {
          city: "Zhongshan",
          trainees: [{ certificate: "网商运营", count: 5, year: 2026 }],
          spend: [{ category: "overseasWarehouse", amount: "100000", date: "2026-05-01" }],
          costShareTerms: { overseasWarehouse: { share: "0.3", paidAfterMonths: 6 } },
        },
      ),
    );
    const p = projection!;
    expect(p.periods.every((m) => m.inflows.grants === "0.00")).toBe(true);
    const [training, warehouse] = p.grants!;
    expect(training.awards[0]).toMatchObject({ payee: "employees", amount: "4000.00" });
    expect(training).toMatchObject({ applies: false, booked: { amount: "0.00" } });
    expect(training.alone.endingCashChange).toBe("0.00");
    // 2026-05-01 is after 中府办函〔2024〕24号 lapsed (2026-04-19)
    expect(warehouse.awards[0].eligible).toBe(false);
    expect(warehouse.applies).toBe(false);
    expect(warehouse.marginal.endingCashChange).toBe("0.00");
  });

  it("grants naming a programme need the firm's facts", () => {
    const { problems } = project(withGrants([{ programme: "zh-live-commerce-fund" }], ZHUHAI), "2026.12.1");
    expect(problems).toBeUndefined();
    const raw = { ...structuredClone(furniture.scenario), grants: [{ programme: "zh-live-commerce-fund" }] };
    expect(project(raw).problems?.map((x) => x.pointer)).toEqual(["/grantFacts"]);
  });

  it("rulesets before 2026.12.1 refuse a programme grant and grantFacts as unknown fields", () => {
    for (const version of ["2026.11.0", "2026.12.0"]) {
      const { problems } = project(withGrants([{ programme: "zh-live-commerce-fund" }], ZHUHAI), version);
      expect(problems).toEqual([
        { pointer: "/grantFacts", en: "unknown field", zh: "未知字段" },
        { pointer: "/grants/0/programme", en: "unknown field", zh: "未知字段" },
      ]);
    }
  });
});

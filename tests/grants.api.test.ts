import { describe, expect, it } from "vitest";
import { postJson, problemPointers } from "./helpers";

const ESTIMATE = "/v1/grants/estimate";

describe("POST /v1/grants/estimate through the Worker", () => {
  it("Guangzhou: tier 1 up to 1,500,000 paid in 2026 and 鸿鹄 up to 1,000,000, each with its clause", async () => {
    // 2022 20亿 -> 2024 24.2亿: sqrt(1.21) - 1 = 10% (tier 1 needs >= 10%); 2025 30.01亿 > 30亿.
    const res = await postJson(ESTIMATE, {
      city: "Guangzhou",
      programmes: ["gz-2025-live-commerce-rewards", "gz-2025-honghu-reward"],
      onlineRetailSales: [
        { year: 2022, amount: "2000000000" },
        { year: 2024, amount: "2420000000" },
        { year: 2025, amount: "3001000000" },
      ],
      honghu: { listedYear: 2025, firstListing: true },
    });
    expect(res.status).toBe(200);
    const [tier, honghu] = res.body.awards;
    expect(tier).toMatchObject({
      programme: "gz-2025-live-commerce-rewards",
      eligible: true,
      amount: "1500000.00",
      upTo: true,
      basisYear: 2025,
      payableYear: 2026,
      payee: "firm",
      timing: "document",
    });
    expect(tier.source).toContain("三、（一）2");
    expect(honghu).toMatchObject({
      eligible: true,
      amount: "1000000.00",
      upTo: true,
      payableYear: 2026,
      timing: "assumed",
    });
    expect(res.body.totals.firm).toEqual({ amount: "2500000.00", upTo: true });
    expect(res.body.growthReading).toEqual({ average: "compound", years: "before-break-year" });
  });

  it("Zhuhai: the firm's 300,000 from the district; the city reimburses the district up to 240,000", async () => {
    const res = await postJson(ESTIMATE, {
      city: "Zhuhai",
      district: "香洲区",
      districtAwards: [{ programme: "zh-live-commerce-fund", amount: "300000", year: 2026 }],
    });
    expect(res.status).toBe(200);
    expect(res.body.awards).toHaveLength(1);
    expect(res.body.awards[0]).toMatchObject({
      amount: "300000.00",
      upTo: false,
      payee: "firm",
      split: { cityUpTo: "240000.00", districtAtLeast: "60000.00" },
    });
    expect(res.body.totals.firm.amount).toBe("300000.00");
  });

  it("Zhongshan: training goes to the employees (5 x 800 = 4,000), not the firm's total", async () => {
    const res = await postJson(ESTIMATE, {
      city: "Zhongshan",
      programmes: ["zs-2023-10-training-subsidy"],
      trainees: [{ certificate: "网商运营", count: 5, year: 2026 }],
    });
    expect(res.status).toBe(200);
    expect(res.body.awards[0]).toMatchObject({ payee: "employees", amount: "4000.00" });
    expect(res.body.totals).toEqual({
      firm: { amount: "0.00", upTo: false },
      employees: { amount: "4000.00", upTo: false },
    });
  });

  it("a spend without its terms is 422 naming the field; a repeated sales year is 400", async () => {
    const noTerms = await postJson(ESTIMATE, {
      city: "Zhongshan",
      spend: [{ category: "rent", amount: "120000", date: "2026-02-01" }],
    });
    expect(noTerms.status).toBe(422);
    expect(problemPointers(noTerms)).toEqual(["/costShareTerms/rent"]);
    const twice = await postJson(ESTIMATE, {
      city: "Guangzhou",
      onlineRetailSales: [
        { year: 2025, amount: "1" },
        { year: 2025, amount: "2" },
      ],
    });
    expect(twice.status).toBe(400);
    expect(problemPointers(twice)).toEqual(["/onlineRetailSales/1/year"]);
    const unknown = await postJson(ESTIMATE, { city: "Shenzhen", programmes: ["nope"] });
    expect(unknown.status).toBe(400);
    expect(problemPointers(unknown).sort()).toEqual(["/city", "/programmes/0"]);
  });
});

import { describe, expect, it } from "vitest";
import { call, getJson, postJson, problemPointers } from "./helpers";

const SETTLE = "/v1/settlement/overseas-warehouse";
const SCHEDULE = "/v1/settlement/payout-schedule";

/** USD 100,000 of proceeds; warehousing 20,000 and logistics 60,000 nettable; advertising 5,000 not. */
function body(overrides: Record<string, unknown> = {}) {
  return {
    currency: "USD",
    declaredValue: "40000",
    salesProceeds: "100000",
    overseasCosts: [
      { category: "warehousing", amount: "20000" },
      { category: "logistics", amount: "60000" },
      { category: "advertising", amount: "5000" },
    ],
    fx: { mid: "7.10", bid: "7.09", offer: "7.11" },
    fees: { inward: { rate: "0" }, outward: { rate: "0" } },
    ...overrides,
  };
}

describe("POST /v1/settlement/overseas-warehouse through the Worker", () => {
  it("saves exactly the netted costs x (offer - bid) with equal spreads and no fees", async () => {
    // 80,000 x (7.11 - 7.09) = 1,600.00.
    const res = await postJson(SETTLE, body());
    expect(res.status).toBe(200);
    expect(res.body.nettedCosts).toBe("80000.00");
    expect(res.body.saving).toEqual({
      cny: "1600.00",
      spread: "1600.00",
      fees: "0.00",
      filingFunding: null,
      days: 3,
    });
    expect(res.body.gross.totalCost).toBe("1850.00");
    expect(res.body.netted.totalCost).toBe("250.00");
    expect(res.body.ruleset).toMatch(/^\d{4}\./);
  });

  it("adds the fee saving on top of the spread saving", async () => {
    // Fees of the worked example in settlement.test.ts: gross 1,268, netted 342 -> 926 on top of 1,600.
    const res = await postJson(
      SETTLE,
      body({
        fees: {
          inward: { rate: "0.001", min: "20", max: "200" },
          outward: { rate: "0.001", min: "50", max: "1000", fixed: "150" },
        },
      }),
    );
    expect(res.body.saving).toMatchObject({ cny: "2526.00", spread: "1600.00", fees: "926.00" });
  });

  it("flags the USD 60,000 outward payment for a tax filing in the gross path only", async () => {
    const res = await postJson(SETTLE, body());
    expect(res.body.gross.filings).toEqual([
      {
        cost: 1,
        category: "logistics",
        remittanceAmount: "60000.00",
        usdEquivalent: "60000.00",
        contracts: 1,
        count: 1,
      },
    ]);
    expect(res.body.gross.filingDelayDays).toBe(3);
    expect(res.body.netted.filings).toEqual([]);
    const step = res.body.explain.find((s: any) => s.key === "gross.filings");
    expect(step.measure).toBe("sta-safe-2021-19");
  });

  it("flags a EUR payment worth more than USD 50,000 through the USD middle rate", async () => {
    // EUR 55,000 x 7.80 / 7.10 = USD 60,422.54.
    const res = await postJson(
      SETTLE,
      body({
        currency: "EUR",
        overseasCosts: [{ category: "advertising", amount: "55000" }],
        fx: { mid: "7.80", bid: "7.78", offer: "7.82", usdMid: "7.10" },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body.gross.filings[0].usdEquivalent).toBe("60422.54");
    expect(res.body.netted.filings[0].usdEquivalent).toBe("60422.54");
  });

  it("reports the deviation as permitted, with its clause, the warning and the reports owed", async () => {
    const res = await postJson(SETTLE, body({ exportDate: "2026-03-02", receiptDate: "2026-07-10" }));
    expect(res.body.deviation).toMatchObject({
      amount: "60000.00",
      ratio: "1.5000",
      permitted: true,
      clause: "汇发〔2020〕11号 第二条、第三条",
      threshold: "0.3",
      warning: true,
      receiptDays: 130,
    });
    expect(res.body.deviation.reportsOwed.map((r: any) => [r.key, r.status])).toEqual([
      ["restored-gross", "owed"],
      ["deferred-receipt", "owed"],
      ["advance-receipt", "not-owed"],
    ]);
    // Received 130 days after export, more than 90: reported within 30 days of the export
    // (《经常项目外汇业务指引（2020年版）》第二十条, 汇发〔2020〕14号), by 2026-04-01.
    expect(res.body.deviation.reportsOwed[1].dueDate).toBe("2026-04-01");
    const step = res.body.explain.find((s: any) => s.key === "deviation.reports");
    expect(step).toMatchObject({ measure: "safe-2020-14-art20" });
    expect(step.source).toContain("汇发〔2020〕14号");
    expect(step.source).toContain("第二十条");
  });

  it("answers the same request with the same bytes", async () => {
    const a = await call("POST", SETTLE, body());
    const b = await call("POST", SETTLE, body());
    expect(await a.text()).toBe(await b.text());
  });

  it("names negative proceeds and a bad category (400) in Chinese by default and in English on request", async () => {
    const bad = body({ salesProceeds: "-1", overseasCosts: [{ category: "bribes", amount: "1" }] });
    const zh = await postJson(SETTLE, bad);
    expect(zh.status).toBe(400);
    expect(problemPointers(zh)).toEqual(["/salesProceeds", "/overseasCosts/0/category"]);
    expect(zh.body.errors[0].message).toContain("不小于");
    const en = await postJson(`${SETTLE}?lang=en`, bad);
    expect(en.body.errors[0].message).toContain("at least 0");
  });

  it("answers a bid above the offer with 422, not a negative saving", async () => {
    const res = await postJson(
      `${SETTLE}?lang=en`,
      body({ fx: { mid: "7.10", bid: "7.12", offer: "7.08" } }),
    );
    expect(res.status).toBe(422);
    expect(problemPointers(res)).toEqual(["/fx/bid"]);
    expect(res.body.errors[0].message).toContain("above its selling rate");
  });

  it("answers nettable costs above the proceeds with 422", async () => {
    const res = await postJson(SETTLE, body({ salesProceeds: "70000" }));
    expect(res.status).toBe(422);
    expect(problemPointers(res)).toEqual(["/overseasCosts"]);
    expect(res.body.errors[0].message).toContain("可轧差费用");
  });

  it("asks for the USD middle rate when the currency is not USD (422)", async () => {
    const res = await postJson(
      SETTLE,
      body({ currency: "EUR", fx: { mid: "7.80", bid: "7.78", offer: "7.82" } }),
    );
    expect(res.status).toBe(422);
    expect(problemPointers(res)).toEqual(["/fx/usdMid"]);
  });

  it("rejects unknown fields and a missing fee schedule (400)", async () => {
    const res = await postJson(SETTLE, { ...body({ fees: { inward: { rate: "0" } } }), netting: true });
    expect(res.status).toBe(400);
    expect(problemPointers(res).sort()).toEqual(["/fees/outward", "/netting"]);
  });
});

describe("payout rules through the Worker", () => {
  it("lists the presets with their sources", async () => {
    const res = await getJson("/v1/reference/payout-rules");
    expect(res.status).toBe(200);
    const amazon = res.body.rules.find((r: any) => r.id === "amazon-us");
    expect(amazon.rule).toEqual({
      reserveDaysAfterDelivery: 7,
      cycleDays: 14,
      cycleAnchor: "2026-01-01",
      bankDays: 5,
    });
    expect(amazon.sources[0].url).toContain("sellercentral.amazon");
    expect(res.body.rules.filter((r: any) => r.marketplace === "TikTok Shop")).toHaveLength(4);
  });

  it("turns deliveries into dated payouts under a preset with the account's own anchor", async () => {
    // Anchor 2026-03-12 keeps the 14-day cycle of the preset's 2026-01-01 (70 days apart): see payout.test.ts.
    const res = await postJson(SCHEDULE, {
      preset: "amazon-us",
      cycleAnchor: "2026-03-12",
      currency: "USD",
      deliveries: [
        { date: "2026-03-02", amount: "2999.00" },
        { date: "2026-03-05", amount: "1499.50" },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.payouts).toEqual([
      { date: "2026-03-19", amount: "2999.00" },
      { date: "2026-04-02", amount: "1499.50" },
    ]);
    expect(res.body.deliveries[0]).toEqual({
      availableOn: "2026-03-10",
      settledOn: "2026-03-12",
      paidOn: "2026-03-19",
      daysToCash: 17,
      amount: "2999.00",
    });
    // (2,999 x 17 + 1,499.50 x 28) / 4,498.50 = 20.67 -> 20.7.
    expect(res.body.averageDaysToCash).toBe("20.7");
  });

  it("says so when the preset's placeholder settlement anchor is used", async () => {
    const deliveries = [{ date: "2026-03-02", amount: "10" }];
    const amazon = await postJson(SCHEDULE, { preset: "amazon-us", currency: "USD", deliveries });
    expect(amazon.body.explain[0].en).toContain("placeholder 2026-01-01");
    // Daily settlement does not depend on the anchor: nothing to say.
    const tiktok = await postJson(SCHEDULE, { preset: "tiktok-shop-standard", currency: "USD", deliveries });
    expect(tiktok.body.explain[0].en).not.toContain("placeholder");
    expect(tiktok.body.payouts).toEqual([{ date: "2026-03-10", amount: "10.00" }]);
  });

  it("accepts a rule of one's own", async () => {
    const res = await postJson(SCHEDULE, {
      rule: { reserveDaysAfterDelivery: 0, cycleDays: 7, cycleAnchor: "2026-03-06", bankDays: 1 },
      currency: "USD",
      deliveries: [{ date: "2026-03-02", amount: "10" }],
    });
    // Available Tue 3 Mar, settled Fri 6 Mar, paid Mon 9 Mar.
    expect(res.body.payouts).toEqual([{ date: "2026-03-09", amount: "10.00" }]);
    expect(res.body.rule.id).toBe("custom");
  });

  it("needs exactly one known preset or rule (400), and a delivery date where the rule counts from it (422)", async () => {
    const both = await postJson(`${SCHEDULE}?lang=en`, {
      preset: "amazon-us",
      rule: { reserveDaysAfterDelivery: 0, cycleDays: 1, cycleAnchor: "2026-03-06", bankDays: 0 },
      currency: "USD",
      deliveries: [{ date: "2026-03-02", amount: "10" }],
    });
    expect(both.status).toBe(400);
    expect(problemPointers(both)).toEqual(["/preset"]);
    const unknown = await postJson(SCHEDULE, {
      preset: "ebay",
      currency: "USD",
      deliveries: [{ date: "2026-03-02", amount: "10" }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].message).toContain("amazon-us");
    const undated = await postJson(SCHEDULE, {
      preset: "amazon-us",
      currency: "USD",
      deliveries: [{ pickupDate: "2026-03-02", amount: "10" }],
    });
    expect(undated.status).toBe(422);
    expect(problemPointers(undated)).toEqual(["/deliveries/0/date"]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { call, postJson, problemPointers } from "./helpers";

const put = {
  type: "put",
  style: "european",
  spot: "7.1000",
  strike: "7.0000",
  domesticRate: "0.0149",
  foreignRate: "0.0425",
  years: "0.25",
  vol: "0.05",
};

const hedge = {
  valuationDate: "2026-05-04",
  spot: "7.1000",
  domesticRate: "0.015",
  foreignRate: "0.043",
  vol: "0.05",
  receipts: [
    { date: "2026-06-30", amount: "50000" },
    { date: "2026-08-31", amount: "80000" },
  ],
  strategies: { hedgeRatio: "0.8", putStrike: "6.9500" },
  monteCarlo: { paths: 1000, seed: 42 },
  firm: { size: "small", firstDerivativeWithBank: true },
};

// The first request loads the Worker's modules, which can exceed a test's 5 s on a busy machine.
beforeAll(async () => {
  await postJson("/v1/fx/forward", { spot: "7.1", domesticRate: "0.015", foreignRate: "0.043", days: 90 });
}, 60_000);

describe("POST /v1/fx/forward", () => {
  it("accepts dates instead of days and reports the CNY locked in", async () => {
    const res = await postJson("/v1/fx/forward", {
      spot: "7.1000",
      domesticRate: "0.015",
      foreignRate: "0.043",
      valuationDate: "2026-01-01",
      maturityDate: "2026-04-01",
      notional: "100000",
    });
    expect(res.status).toBe(200);
    expect(res.body.days).toBe(90);
    expect(res.body.forward).toBe("7.0505");
    expect(res.body.cnyAmount).toBe("705050.00");
  });

  it("names days and dates given together, and a missing maturity, in both languages", async () => {
    const both = await postJson("/v1/fx/forward?lang=en", {
      spot: "7.1",
      domesticRate: "0.015",
      foreignRate: "0.043",
      days: 90,
      valuationDate: "2026-01-01",
    });
    expect(both.status).toBe(400);
    expect(problemPointers(both)).toEqual(["/days"]);
    expect(both.body.errors[0].message).toContain("either days");
    const missing = await postJson("/v1/fx/forward", {
      spot: "7.1",
      domesticRate: "0.015",
      foreignRate: "0.043",
      valuationDate: "2026-01-01",
    });
    expect(problemPointers(missing)).toEqual(["/maturityDate"]);
    expect(missing.body.errors[0].message).toBe("未填写 days 时必填");
  });

  it("rejects a malformed spot and rate with every field named", async () => {
    const res = await postJson("/v1/fx/forward?lang=en", {
      spot: "-7",
      domesticRate: "1.5",
      foreignRate: "x",
      days: 0,
    });
    expect(res.status).toBe(400);
    expect(problemPointers(res).sort()).toEqual(["/days", "/domesticRate", "/foreignRate", "/spot"]);
  });
});

describe("POST /v1/fx/option-price", () => {
  it("quotes premium, fees before and after the waiver, and the rule that applied", async () => {
    const res = await postJson("/v1/fx/option-price", {
      ...put,
      notional: "200000",
      firm: { size: "micro", firstDerivativeWithBank: true },
    });
    expect(res.status).toBe(200);
    const q = res.body.quote;
    // premium = price (8 dp) x 200,000, to the fen
    expect(q.premium).toBe((Math.round(Number(res.body.price) * 200000 * 100) / 100).toFixed(2));
    // handling fee = 0.001 x 200,000 x 7.1 = 1,420.00 (catalog market default), waived in full
    expect(q.before.handlingFee).toBe("1420.00");
    expect(q.after.handlingFee).toBe("0.00");
    expect(q.after.premium).toBe(q.premium);
    expect(q.applied).toEqual(["zs-2023-option-fee-waiver"]);
    expect(q.waiver[0].source).toContain("中商务电函〔2023〕10号");
  });

  it("says why a firm that has dealt before, and a medium firm, get no waiver", async () => {
    const res = await postJson("/v1/fx/option-price?lang=en", {
      ...put,
      notional: "200000",
      firm: { size: "medium", firstDerivativeWithBank: false },
      fees: { handlingFeeRate: "0.002", handlingFeeMinCny: "3000" },
    });
    expect(res.status).toBe(200);
    expect(res.body.quote.applied).toEqual([]);
    // max(0.002 x 1,420,000 = 2,840, 3,000) = 3,000.00
    expect(res.body.quote.before.handlingFee).toBe("3000.00");
    expect(res.body.quote.after.handlingFee).toBe("3000.00");
    const reasons = res.body.quote.waiver[0].reasons.map((r: any) => r.en).join(" ");
    expect(reasons).toContain("has dealt before");
    expect(reasons).toContain("medium enterprise");
  });

  it("prices an American put by BAW and by the lattice close to each other, both above the European", async () => {
    const eu = await postJson("/v1/fx/option-price", put);
    const baw = await postJson("/v1/fx/option-price", { ...put, style: "american" });
    const tree = await postJson("/v1/fx/option-price", { ...put, style: "american", model: "lattice" });
    expect(baw.status).toBe(200);
    expect(tree.status).toBe(200);
    expect(Number(baw.body.price)).toBeGreaterThanOrEqual(Number(eu.body.price));
    expect(Number(tree.body.price)).toBeGreaterThanOrEqual(Number(eu.body.price));
    expect(Math.abs(Number(baw.body.price) - Number(tree.body.price))).toBeLessThan(5e-4);
    expect(baw.body.earlyExercise.possible).toBe(true);
    expect(tree.body.explain.find((s: any) => s.key === "model").en).toContain("801 steps (default)");
  });

  it("rejects a model that does not fit the style, and missing time", async () => {
    const { years: _, ...noYears } = put;
    const res = await postJson("/v1/fx/option-price?lang=en", { ...noYears, model: "barone-adesi-whaley" });
    expect(res.status).toBe(400);
    expect(problemPointers(res).sort()).toEqual(["/expiryDate", "/model", "/valuationDate"]);
  });

  it("prices an American put at zero rates by BAW (greeks never bump the rate below zero)", async () => {
    // Haug p. 24 / QuantLib testBaroneAdesiWhaleyValues last row: put K=S=100, q=r=0, T=0.5, v=0.15 -> 4.2294
    const res = await postJson("/v1/fx/option-price", {
      type: "put",
      style: "american",
      spot: "100",
      strike: "100",
      domesticRate: "0",
      foreignRate: "0",
      years: "0.5",
      vol: "0.15",
    });
    expect(res.status).toBe(200);
    expect(Math.abs(Number(res.body.price) - 4.2294)).toBeLessThanOrEqual(3e-3);
  });

  it("answers BAW with a negative CNY rate with 422 pointing to the lattice", async () => {
    const res = await postJson("/v1/fx/option-price?lang=en", {
      ...put,
      style: "american",
      domesticRate: "-0.005",
    });
    expect(res.status).toBe(422);
    expect(problemPointers(res)).toEqual(["/domesticRate"]);
    expect(res.body.errors[0].message).toContain("lattice");
  });

  it("asks for a notional before fees or firm facts", async () => {
    const res = await postJson("/v1/fx/option-price", {
      ...put,
      firm: { size: "small", firstDerivativeWithBank: true },
    });
    expect(res.status).toBe(400);
    expect(problemPointers(res)).toEqual(["/firm"]);
    expect(res.body.errors[0].message).toContain("notional");
  });
});

describe("POST /v1/fx/implied-vol", () => {
  it("recovers the vol of a price computed at 5%", async () => {
    const priced = await postJson("/v1/fx/option-price", put);
    const { vol: _, ...rest } = put;
    const res = await postJson("/v1/fx/implied-vol", { ...rest, price: priced.body.price });
    expect(res.status).toBe(200);
    expect(res.body.vol).toBe("0.050000");
  });

  it("answers a price no vol can give with 422 on /price, in both languages", async () => {
    const { vol: _, ...rest } = put;
    const en = await postJson("/v1/fx/implied-vol?lang=en", { ...rest, price: "5" });
    expect(en.status).toBe(422);
    expect(problemPointers(en)).toEqual(["/price"]);
    expect(en.body.errors[0].message).toContain("possible prices");
    const zh = await postJson("/v1/fx/implied-vol", { ...rest, price: "5" });
    expect(zh.body.errors[0].message).toContain("可能的价格区间");
  });
});

describe("POST /v1/fx/hedge-compare", () => {
  it("gives byte-identical answers for the same seed", async () => {
    const a = await call("POST", "/v1/fx/hedge-compare", hedge);
    const b = await call("POST", "/v1/fx/hedge-compare", hedge);
    expect(a.status).toBe(200);
    const text = await a.text();
    expect(await b.text()).toBe(text);
    const other = await call("POST", "/v1/fx/hedge-compare", {
      ...hedge,
      monteCarlo: { paths: 1000, seed: 43 },
    });
    expect(await other.text()).not.toBe(text);
  });

  it("reports every strategy with costs with and without the waiver", async () => {
    const res = await postJson("/v1/fx/hedge-compare", hedge);
    expect(res.body.strategies.map((s: any) => s.id)).toEqual(["unhedged", "forward", "put", "collar"]);
    const putResult = res.body.strategies.find((s: any) => s.id === "put");
    // 0.8 x 130,000 USD x 7.1 x 0.001 = 738.40 CNY handling fee, waived for a small first-time firm
    expect(putResult.hedgeCost.withoutWaiver.handlingFee).toBe("738.40");
    expect(putResult.hedgeCost.withWaiver.handlingFee).toBe("0.00");
    expect(res.body.strategies[0].shocks.map((s: any) => s.rate)).toEqual([
      "6.3900",
      "6.7450",
      "7.1000",
      "7.4550",
      "7.8100",
    ]);
    // unhedged at -10%: 130,000 x 6.39 = 830,700.00
    expect(res.body.strategies[0].shocks[0].cnyReceived).toBe("830700.00");
  });

  it("rejects Monte Carlo requests beyond the cap, naming the field and the cap", async () => {
    const receipts = Array.from({ length: 24 }, (_, i) => ({
      date: `2027-${String((i % 12) + 1).padStart(2, "0")}-${i < 12 ? "10" : "20"}`,
      amount: "10000",
    }));
    const res = await postJson("/v1/fx/hedge-compare?lang=en", {
      ...hedge,
      receipts,
      strategies: { putStrike: "6.5" },
      monteCarlo: { paths: 20000, seed: 1 },
    });
    expect(res.status).toBe(422);
    expect(problemPointers(res)).toEqual(["/monteCarlo/paths"]);
    expect(res.body.errors[0].message).toContain("240000");
    const tooMany = await postJson("/v1/fx/hedge-compare", { ...hedge, monteCarlo: { paths: 50000 } });
    expect(tooMany.status).toBe(400);
    expect(problemPointers(tooMany)).toEqual(["/monteCarlo/paths"]);
  });

  it("rejects a receipt before the valuation date and a collar put strike above the forward (422)", async () => {
    const early = await postJson("/v1/fx/hedge-compare", {
      ...hedge,
      receipts: [{ date: "2026-05-01", amount: "1000" }],
    });
    expect(early.status).toBe(422);
    expect(problemPointers(early)).toEqual(["/receipts/0/date"]);
    const collar = await postJson("/v1/fx/hedge-compare", {
      ...hedge,
      strategies: { putStrike: "7.2", collarPutStrike: "7.2" },
    });
    expect(collar.status).toBe(422);
    expect(problemPointers(collar)).toEqual(["/strategies/collarPutStrike"]);
    // A put struck far below the forward is worth nothing: no call pays for it (found by the fuzz test).
    const worthless = await postJson("/v1/fx/hedge-compare?lang=en", {
      ...hedge,
      strategies: { putStrike: "7.0", collarPutStrike: "0.5" },
    });
    expect(worthless.status).toBe(422);
    expect(problemPointers(worthless)).toEqual(["/strategies/collarPutStrike"]);
    expect(worthless.body.errors[0].message).toContain("worth almost nothing");
  });

  it("names unknown fields and a missing firm", async () => {
    const { firm: _, ...noFirm } = hedge;
    const res = await postJson("/v1/fx/hedge-compare?lang=en", { ...noFirm, colour: "red" });
    expect(res.status).toBe(400);
    expect(problemPointers(res).sort()).toEqual(["/colour", "/firm"]);
  });
});

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
  it("takes the foreign rate's day count from its currency and states both (GBP ACT/365F)", async () => {
    // GBP deposits are ACT/365 (ACT wiki; UK Money Markets Code): 9.2 x (1 + 0.015 x 91/365) /
    // (1 + 0.045 x 91/365) = 9.2 x 1.0037397 / 1.0112192 = 9.13195, against 9.13055 on ACT/360
    const res = await postJson("/v1/fx/forward", {
      foreignCurrency: "GBP",
      spot: "9.2000",
      domesticRate: "0.015",
      foreignRate: "0.045",
      days: 91,
      notional: "10000",
    });
    expect(res.status).toBe(200);
    expect(res.body.foreignCurrency).toBe("GBP");
    expect(res.body.domesticDayCount).toBe("ACT/365F");
    expect(res.body.foreignDayCount).toBe("ACT/365F");
    expect(res.body.forward).toBe("9.1320");
    expect(res.body.cnyAmount).toBe("91320.00");
    const step = res.body.explain.find((s: any) => s.key === "forward");
    expect(step.formula).toBe("F = S x (1 + rCNY x d/365) / (1 + rGBP x d/365)");
    const stated = await postJson("/v1/fx/forward", {
      foreignCurrency: "GBP",
      spot: "9.2000",
      domesticRate: "0.015",
      foreignRate: "0.045",
      days: 91,
      foreignDayCount: "ACT/360",
    });
    expect(stated.body.foreignDayCount).toBe("ACT/360");
    expect(stated.body.forward).toBe("9.1305");
  });

  it("uses ACT/360 for USD, EUR and JPY and ACT/365F for HKD by default", async () => {
    const body = { spot: "1.0000", domesticRate: "0.015", foreignRate: "0.03", days: 90 };
    for (const [currency, dayCount] of [
      ["USD", "ACT/360"],
      ["EUR", "ACT/360"],
      ["JPY", "ACT/360"],
      ["HKD", "ACT/365F"],
    ]) {
      const res = await postJson("/v1/fx/forward", { ...body, foreignCurrency: currency });
      expect(res.status).toBe(200);
      expect(res.body.foreignDayCount).toBe(dayCount);
    }
    // 1 x (1 + 0.015 x 90/365) / (1 + 0.03 x 90/360) = 1.0036986 / 1.0075 = 0.99622 (ACT/360)
    // and / (1 + 0.03 x 90/365) = 1.0036986 / 1.0073973 = 0.99633 (ACT/365F)
    const usd = await postJson("/v1/fx/forward", body);
    expect(usd.body.foreignCurrency).toBe("USD");
    expect(usd.body.forward).toBe("0.9962");
    const hkd = await postJson("/v1/fx/forward", { ...body, foreignCurrency: "HKD" });
    expect(hkd.body.forward).toBe("0.9963");
  });

  it("asks for the day count of a currency the table does not know, and refuses CNY as the foreign currency", async () => {
    const body = { spot: "0.0052", domesticRate: "0.015", foreignRate: "0.03", days: 90 };
    const krw = await postJson("/v1/fx/forward?lang=en", { ...body, foreignCurrency: "KRW" });
    expect(krw.status).toBe(400);
    expect(problemPointers(krw)).toEqual(["/foreignDayCount"]);
    expect(krw.body.errors[0].message).toContain("KRW");
    const named = await postJson("/v1/fx/forward", {
      ...body,
      foreignCurrency: "KRW",
      foreignDayCount: "ACT/365F",
    });
    expect(named.status).toBe(200);
    const cny = await postJson("/v1/fx/forward", { ...body, foreignCurrency: "CNY" });
    expect(cny.status).toBe(400);
    expect(problemPointers(cny)).toEqual(["/foreignCurrency"]);
    expect(cny.body.errors[0].message).toContain("人民币为本币");
  });

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

  it("offers both readings of the waiver's words: the handling fee (default) or the premium (减免期权费)", async () => {
    const body = { ...put, notional: "200000", firm: { size: "micro", firstDerivativeWithBank: true } };
    const premium = await postJson("/v1/fx/option-price", { ...body, waiverReading: "premium" });
    expect(premium.status).toBe(200);
    const q = premium.body.quote;
    // Read literally, 减免期权费 waives the premium; the 1,420.00 handling fee (0.001 x 1,420,000) is paid.
    expect(q.after.premium).toBe("0.00");
    expect(q.waiver[0].waivedPremium).toBe(q.premium);
    expect(q.after.handlingFee).toBe("1420.00");
    const step = premium.body.explain.find((s: any) => s.key === "waiver:zs-2023-option-fee-waiver");
    expect(step.zh).toContain("按字面“减免期权费”理解为免除期权费");
    const fee = await postJson("/v1/fx/option-price", { ...body, waiverReading: "handling-fee" });
    expect(fee.body.quote.after).toMatchObject({ handlingFee: "0.00", premium: fee.body.quote.premium });
    expect(fee.body.explain.find((s: any) => s.key === "waiver:zs-2023-option-fee-waiver").en).toContain(
      "an assumption",
    );
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

  it("answers BAW with a negative CNY rate with 422 pointing to the lattice where early exercise can pay", async () => {
    // A call with rd < 0 is worth exercising early deep in the money (paying K now beats paying it later).
    const res = await postJson("/v1/fx/option-price?lang=en", {
      ...put,
      type: "call",
      style: "american",
      model: "barone-adesi-whaley",
      domesticRate: "-0.005",
    });
    expect(res.status).toBe(422);
    expect(problemPointers(res)).toEqual(["/domesticRate"]);
    expect(res.body.errors[0].message).toContain("lattice");
  });

  it("prices an American put with rd <= 0 <= rf as the European: early exercise never pays (put-call symmetry of Merton's call rule)", async () => {
    // Exercising a put early receives K now instead of at expiry, which earns nothing when rd <= 0, and
    // gives up the USD that earns rf >= 0: held value >= K e^(-rd T) - S e^(-rf T) >= K - S.
    for (const domesticRate of ["-0.005", "0"]) {
      const eu = await postJson("/v1/fx/option-price", { ...put, domesticRate });
      const am = await postJson("/v1/fx/option-price?lang=en", { ...put, style: "american", domesticRate });
      expect(am.status).toBe(200);
      expect(am.body.price).toBe(eu.body.price);
      expect(am.body.earlyExercise).toEqual({ possible: false, criticalSpot: null });
      expect(am.body.explain.find((s: any) => s.key === "earlyExercise").en).toContain("never pays");
      const tree = await postJson("/v1/fx/option-price", {
        ...put,
        style: "american",
        model: "lattice",
        domesticRate,
      });
      const treeEu = await postJson("/v1/fx/option-price", { ...put, model: "lattice", domesticRate });
      expect(tree.body.price).toBe(treeEu.body.price);
    }
  });

  it("a call with rf <= 0 <= rd is the European too (Haug p. 24: b >= r), and says so", async () => {
    const call = { ...put, type: "call", foreignRate: "-0.001" };
    const eu = await postJson("/v1/fx/option-price", call);
    const am = await postJson("/v1/fx/option-price?lang=en", { ...call, style: "american" });
    expect(am.body.price).toBe(eu.body.price);
    expect(am.body.earlyExercise.possible).toBe(false);
    // with rf > rd instead, early exercise of an in-the-money call pays and the critical rate is named
    const itm = await postJson("/v1/fx/option-price?lang=en", {
      ...put,
      type: "call",
      style: "american",
      strike: "6.8",
    });
    expect(itm.body.earlyExercise.possible).toBe(true);
    expect(Number(itm.body.earlyExercise.criticalSpot)).toBeGreaterThan(6.8);
    expect(itm.body.explain.find((s: any) => s.key === "earlyExercise").value).toBe(
      itm.body.earlyExercise.criticalSpot,
    );
  });

  it("explains the waiver from its documents: who qualifies, what share is waived, the cap, and measure 13", async () => {
    const res = await postJson("/v1/fx/option-price", {
      ...put,
      notional: "200000",
      firm: { size: "individual", firstDerivativeWithBank: true },
    });
    expect(res.status).toBe(200);
    const step = res.body.explain.find((s: any) => s.key === "waiver:zs-2023-option-fee-waiver");
    // seed documents 001 and 000: the replies on suggestions 2023168 (10号) and 2023167 (11号)
    expect(step.zh).toContain("第2023168号");
    expect(step.zh).toContain("第2023167号");
    expect(step.zh).toContain("中商务电函〔2023〕11号");
    expect(step.source).toContain("中商务电函〔2023〕10号");
    expect(step.zh).toContain("减免其买入期权的办理费用");
    expect(step.inputs).toMatchObject({
      requiresFirstTime: "true",
      eligibleSizes: "micro, small, individual",
      handlingFeeShare: "1",
      premiumShare: "0",
      marginShare: "0",
      cap: "none",
    });
    const policy = res.body.explain.find((s: any) => s.key === "hedgingPolicy");
    expect(policy.source).toBe("中府办函〔2024〕24号 第13条 积极发展供应链金融");
    // 0.001 x 200,000 x 7.1 = 1,420.00 waived; the premium stays
    const cost = res.body.explain.find((s: any) => s.key === "cost");
    expect(Number(cost.inputs.before) - Number(cost.value)).toBeCloseTo(1420, 6);
  });

  it("says measure 13's document lapsed two years after 2024-04-20 when the valuation date is after 2026-04-19", async () => {
    // 中府办函〔2024〕24号 ends "本政策措施自发布之日起两年内有效"; published 2024-04-20, last day 2026-04-19
    const firm = { size: "small", firstDerivativeWithBank: true };
    const stepOn = async (valuationDate: string) => {
      const { years: _, ...byDates } = put;
      const res = await postJson("/v1/fx/option-price", {
        ...byDates,
        notional: "200000",
        firm,
        valuationDate,
        expiryDate: "2026-12-31",
      });
      expect(res.status).toBe(200);
      return res.body.explain.find((s: any) => s.key === "hedgingPolicy");
    };
    const lastDay = await stepOn("2026-04-19");
    expect(lastDay.zh).toContain("有效期至2026-04-19");
    expect(lastDay.zh).not.toContain("失效");
    const after = await stepOn("2026-04-20");
    expect(after.zh).toContain("已于2026-04-19失效");
    expect(after.en).toContain("lapsed on 2026-04-19");
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

  it("says which no-arbitrage bound a price breaks: below intrinsic value, above the most an option is worth", async () => {
    // put K 7.5, S 7.1, rd 1.5%, rf 4.3%, T 0.5: K e^(-rd T) = 7.5 x e^(-0.0075) = 7.443960,
    // S e^(-rf T) = 7.1 x e^(-0.0215) = 6.948979, so no European put is worth less than 0.494981
    const deep = { ...put, strike: "7.5000", domesticRate: "0.015", foreignRate: "0.043", years: "0.5" };
    const { vol: _, ...rest } = deep;
    const below = await postJson("/v1/fx/implied-vol?lang=en", { ...rest, price: "0.45" });
    expect(below.status).toBe(422);
    expect(problemPointers(below)).toEqual(["/price"]);
    expect(below.body.errors[0].message).toContain(
      "not above 0.494981, the discounted forward intrinsic value",
    );
    const belowZh = await postJson("/v1/fx/implied-vol", { ...rest, price: "0.45" });
    expect(belowZh.body.errors[0].message).toContain("按远期折现的内在价值");
    // an American put is worth at least K - S = 0.4 and, here, at least the European floor
    const american = await postJson("/v1/fx/implied-vol?lang=en", {
      ...rest,
      style: "american",
      price: "0.39",
    });
    expect(american.status).toBe(422);
    expect(american.body.errors[0].message).toContain("0.494981");
    // with rd high the American floor is the intrinsic value: K e^(-rd T) - S e^(-rf T) < K - S
    const intrinsic = await postJson("/v1/fx/implied-vol?lang=en", {
      ...rest,
      style: "american",
      domesticRate: "0.2",
      foreignRate: "0",
      price: "0.39",
    });
    expect(intrinsic.status).toBe(422);
    expect(intrinsic.body.errors[0].message).toContain(
      "not above 0.400000, the intrinsic value max(K - S, 0)",
    );
    const above = await postJson("/v1/fx/implied-vol?lang=en", { ...rest, price: "7.5" });
    expect(above.status).toBe(422);
    expect(above.body.errors[0].message).toContain("not below 7.443960, the strike's present value");
    const aboveZh = await postJson("/v1/fx/implied-vol", { ...rest, price: "7.5" });
    expect(aboveZh.body.errors[0].message).toContain("不低于行权价的现值");
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

  it("states the currency and day counts it used (GBP receipts: ACT/365F)", async () => {
    const usd = await postJson("/v1/fx/hedge-compare", hedge);
    expect(usd.body).toMatchObject({
      foreignCurrency: "USD",
      domesticDayCount: "ACT/365F",
      foreignDayCount: "ACT/360",
    });
    const gbp = await postJson("/v1/fx/hedge-compare", {
      ...hedge,
      foreignCurrency: "GBP",
      spot: "9.2000",
      strategies: { hedgeRatio: "0.8", putStrike: "9.0000" },
    });
    expect(gbp.status).toBe(200);
    expect(gbp.body.foreignDayCount).toBe("ACT/365F");
    // 2026-05-04 to 2026-06-30 = 57 days: 9.2 x (1 + 0.015 x 57/365) / (1 + 0.043 x 57/365)
    // = 9.2 x 1.0023425 / 1.0067151 = 9.16004
    expect(gbp.body.receipts[0].forward).toBe("9.1600");
    const step = gbp.body.explain.find((s: any) => s.key === "forwards");
    expect(step.formula).toContain("rGBP x d/365");
  });

  it("names unknown fields and a missing firm", async () => {
    const { firm: _, ...noFirm } = hedge;
    const res = await postJson("/v1/fx/hedge-compare?lang=en", { ...noFirm, colour: "red" });
    expect(res.status).toBe(400);
    expect(problemPointers(res).sort()).toEqual(["/colour", "/firm"]);
  });
});

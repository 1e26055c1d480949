import { beforeAll, describe, expect, it } from "vitest";
import { postJson, problemPointers } from "./helpers";
import quantlib from "./reference/quantlib-qdfp-american.json";

// The first request loads the Worker's modules, which can exceed a test's 5 s on a busy machine.
beforeAll(async () => {
  await postJson("/v1/fx/forward", { spot: "7.1", domesticRate: "0.015", foreignRate: "0.043", days: 90 });
}, 60_000);

const issueCall = {
  type: "call",
  style: "american",
  spot: "7.411",
  strike: "6.7079",
  domesticRate: "0.008",
  foreignRate: "0.0348",
  valuationDate: "2026-01-01",
  expiryDate: "2027-04-15",
  vol: "0.1691",
};

const decimals = (s: string) => s.split(".")[1]?.length ?? 0;

describe("American options through POST /v1/fx/option-price", () => {
  it("prices by Andersen–Lake–Offengelder by default: the issue's call (469 days) at QuantLib's 0.84133236", async () => {
    const res = await postJson("/v1/fx/option-price", issueCall);
    expect(res.status).toBe(200);
    expect(res.body.model).toBe("andersen-lake-offengelder");
    expect(res.body.years).toBe(String(469 / 365));
    // QuantLib 1.29 QdFpAmericanEngine, high-precision scheme: 0.841332362474 (tests/reference)
    expect(quantlib.rows[0].days).toBe(469);
    expect(res.body.price).toBe("0.84133236");
    const baw = await postJson("/v1/fx/option-price", { ...issueCall, model: "barone-adesi-whaley" });
    expect(baw.body.price).toBe("0.83681580");
  });

  it("prints each greek and the critical spot only to the digits the model gets right", async () => {
    const alo = await postJson("/v1/fx/option-price", issueCall);
    expect(
      Object.fromEntries(Object.entries(alo.body.greeks).map(([k, v]) => [k, decimals(v as string)])),
    ).toEqual({
      delta: 8,
      gamma: 7,
      vega: 6,
      theta: 6,
      thetaPerDay: 9,
      rhoDomestic: 4,
      rhoForeign: 4,
    });
    expect(decimals(alo.body.earlyExercise.criticalSpot)).toBe(4);
    for (const model of ["barone-adesi-whaley", "lattice"]) {
      const res = await postJson("/v1/fx/option-price", { ...issueCall, model });
      expect(decimals(res.body.greeks.delta)).toBe(4);
      expect(decimals(res.body.greeks.gamma)).toBe(3);
    }
    const baw = await postJson("/v1/fx/option-price", { ...issueCall, model: "barone-adesi-whaley" });
    expect(decimals(baw.body.earlyExercise.criticalSpot)).toBe(3);
  });

  it("critical spot: just beyond it the price is the intrinsic value and delta is 1, just inside it more", async () => {
    const alo = await postJson("/v1/fx/option-price", issueCall);
    const critical = Number(alo.body.earlyExercise.criticalSpot);
    const beyond = await postJson("/v1/fx/option-price", {
      ...issueCall,
      spot: (critical + 0.001).toFixed(4),
    });
    expect(Number(beyond.body.price)).toBeCloseTo(critical + 0.001 - 6.7079, 8);
    expect(beyond.body.greeks.delta).toBe("1.00000000");
    const inside = await postJson("/v1/fx/option-price", {
      ...issueCall,
      spot: (critical - 0.001).toFixed(4),
    });
    expect(Number(inside.body.price)).toBeGreaterThan(critical - 0.001 - 6.7079);
  });

  it("refuses a european with the American models", async () => {
    const res = await postJson("/v1/fx/option-price", {
      ...issueCall,
      style: "european",
      model: "andersen-lake-offengelder",
    });
    expect(res.status).toBe(400);
    expect(problemPointers(res)).toEqual(["/model"]);
  });
});

describe("implied vol of an American quote at its intrinsic value", () => {
  const put = {
    type: "put",
    style: "american",
    spot: "7.1",
    strike: "7.5",
    domesticRate: "0.08",
    foreignRate: "0.01",
    years: "2",
  };

  it("answers 422: any vol below X gives the price, and X is where holding on starts to be worth more", async () => {
    const res = await postJson("/v1/fx/implied-vol?lang=en", { ...put, price: "0.4" });
    expect(res.status).toBe(422);
    expect(problemPointers(res)).toEqual(["/price"]);
    const message: string = res.body.errors[0].message;
    const x = Number(/any volatility below ([0-9.]+)/.exec(message)![1]);
    expect(x).toBeGreaterThan(0.001);
    const below = await postJson("/v1/fx/option-price", { ...put, vol: (x - 1e-4).toFixed(6) });
    expect(below.body.price).toBe("0.40000000");
    const above = await postJson("/v1/fx/option-price", { ...put, vol: (x + 1e-4).toFixed(6) });
    expect(Number(above.body.price)).toBeGreaterThan(0.4);
  });

  it("keeps refusing a quote below the intrinsic value, and solves one above it", async () => {
    const below = await postJson("/v1/fx/implied-vol?lang=en", { ...put, price: "0.39" });
    expect(below.status).toBe(422);
    expect(below.body.errors[0].message).toContain("intrinsic value");
    const above = await postJson("/v1/fx/implied-vol", { ...put, price: "0.45" });
    expect(above.status).toBe(200);
    const back = await postJson("/v1/fx/option-price", { ...put, vol: above.body.vol });
    expect(Math.abs(Number(back.body.price) - 0.45)).toBeLessThan(1e-5);
  });
});

describe("POST /v1/fx/forward: points from the forward as shown", () => {
  it("spot 6.6344 with a forward shown as 6.6869 gives 525.00 points, not the unrounded 524.74", async () => {
    // 6.6344 x (1 + 0.03 x 384/365) / (1 + 0.022 x 384/360) = 6.6344 x 1.03156164 / 1.02346667
    // = 6.6868739, shown as 6.6869; (6.6869 - 6.6344) x 10000 = 525.00 (the unrounded forward would give 524.74)
    const res = await postJson("/v1/fx/forward", {
      spot: "6.6344",
      domesticRate: "0.03",
      foreignRate: "0.022",
      days: 384,
    });
    expect(res.status).toBe(200);
    expect(res.body.forward).toBe("6.6869");
    expect(res.body.forwardPoints).toBe("525.00");
  });
});

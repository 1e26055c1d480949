import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forwardRate } from "../src/domain/fx/forward";
import { compareHedges, type HedgeCompareInput } from "../src/domain/fx/hedge";
import { impliedVol } from "../src/domain/fx/impliedVol";
import { normalCdf } from "../src/domain/fx/normal";
import {
  baroneAdesiWhaley,
  bumpedGreeks,
  garmanKohlhagen,
  leisenReimer,
  type OptionInputs,
} from "../src/domain/fx/options";
import { applyOptionWaiver, type FirmFacts } from "../src/domain/fx/waiver";
import { Decimal, dec, fen } from "../src/domain/money";
import {
  DEFAULT_HANDLING_FEE,
  hedgeRules,
  MARGIN_SUPPORT_REFERENCE,
  OPTION_FEE_WAIVER,
  waiverRules,
} from "../src/policy/fx";

const options = fc.record({
  type: fc.constantFrom("call" as const, "put" as const),
  spot: fc.double({ min: 5, max: 9, noNaN: true }),
  strike: fc.double({ min: 5, max: 9, noNaN: true }),
  domesticRate: fc.double({ min: 0, max: 0.1, noNaN: true }),
  foreignRate: fc.double({ min: 0, max: 0.1, noNaN: true }),
  years: fc.double({ min: 0.02, max: 2, noNaN: true }),
  vol: fc.double({ min: 0.02, max: 0.4, noNaN: true }),
});

describe("normal CDF (stdlib erfc) is accurate well beyond a textbook polynomial", () => {
  it("matches high-precision values of N(x)", () => {
    // N(1) = 0.841344746068542948585..., N(-3) = 0.00134989803163009452665... (Abramowitz & Stegun 26.2, DLMF)
    expect(Math.abs(normalCdf(1) - 0.8413447460685429)).toBeLessThan(1e-15);
    expect(Math.abs(normalCdf(-3) - 0.0013498980316300946) / 0.0013498980316300946).toBeLessThan(1e-13);
    expect(normalCdf(0)).toBe(0.5);
  });
});

describe("option model invariants (fast-check)", () => {
  it("put-call parity: C - P = S e^(-rf T) - K e^(-rd T)", () => {
    fc.assert(
      fc.property(options, (p) => {
        const call = garmanKohlhagen({ ...p, type: "call" }).price;
        const put = garmanKohlhagen({ ...p, type: "put" }).price;
        const parity =
          p.spot * Math.exp(-p.foreignRate * p.years) - p.strike * Math.exp(-p.domesticRate * p.years);
        expect(Math.abs(call - put - parity)).toBeLessThan(1e-10);
      }),
    );
  });

  it("American >= European, and both >= 0; the American also >= intrinsic value (BAW and lattice)", () => {
    fc.assert(
      fc.property(options, (p) => {
        const european = garmanKohlhagen(p).price;
        const intrinsic = Math.max(p.type === "call" ? p.spot - p.strike : p.strike - p.spot, 0);
        const baw = baroneAdesiWhaley(p).price;
        const lattice = leisenReimer(p, "american", 201);
        expect(european).toBeGreaterThanOrEqual(-1e-12);
        expect(baw).toBeGreaterThanOrEqual(european - 1e-9);
        expect(baw).toBeGreaterThanOrEqual(intrinsic - 1e-9);
        // the lattice's own European differs from the closed form by its discretisation error
        expect(lattice).toBeGreaterThanOrEqual(leisenReimer(p, "european", 201) - 1e-12);
        expect(lattice).toBeGreaterThanOrEqual(intrinsic - 1e-12);
      }),
      { numRuns: 60 },
    );
  });

  it("closed-form greeks agree with finite differences of the price", () => {
    fc.assert(
      fc.property(options, (p) => {
        const analytic = garmanKohlhagen(p).greeks;
        const numeric = bumpedGreeks((q) => garmanKohlhagen(q).price, p).greeks;
        const close = (a: number, b: number, scale: number) =>
          expect(Math.abs(a - b)).toBeLessThan(2e-4 * Math.max(1, Math.abs(scale)));
        close(analytic.delta, numeric.delta, 1);
        close(analytic.gamma, numeric.gamma, analytic.gamma);
        close(analytic.vega, numeric.vega, analytic.vega);
        close(analytic.rhoDomestic, numeric.rhoDomestic, analytic.rhoDomestic);
        close(analytic.rhoForeign, numeric.rhoForeign, analytic.rhoForeign);
        close(analytic.theta, numeric.theta, analytic.theta);
        expect(analytic.thetaPerDay).toBeCloseTo(analytic.theta / 365, 14);
      }),
      { numRuns: 80 },
    );
  });

  it("a call with foreignRate <= 0 is never exercised early: BAW returns the European (QuantLib)", () => {
    const p: OptionInputs = {
      type: "call",
      spot: 100,
      strike: 100,
      domesticRate: 0.05,
      foreignRate: 0,
      years: 1,
      vol: 0.2,
    };
    const baw = baroneAdesiWhaley(p);
    expect(baw.earlyExercisePossible).toBe(false);
    expect(baw.price).toBe(garmanKohlhagen(p).price);
  });

  it("a rate too small to move its discount factor counts as zero (fast-check found rf = 5e-324 had no critical spot)", () => {
    const p: OptionInputs = {
      type: "call",
      spot: 5,
      strike: 7.2438240936177625,
      domesticRate: 0.04964809231943645,
      foreignRate: 5e-324,
      years: 1.9999743072944691,
      vol: 0.04774240854683022,
    };
    const baw = baroneAdesiWhaley(p);
    expect(baw.earlyExercisePossible).toBe(false);
    expect(baw.price).toBeCloseTo(garmanKohlhagen(p).price, 15);
  });

  it("a put with domesticRate <= 0 <= foreignRate is never exercised early: BAW and the tree give the European", () => {
    // put-call symmetry (McDonald & Schroder 1998): P(S, K, rd, rf) = C(K, S, rf, rd), and that call's
    // "foreign" rate rd <= 0 rules out early exercise as for a call with rf <= 0 <= rd
    fc.assert(
      fc.property(options, fc.double({ min: -0.02, max: 0, noNaN: true }), (p, rd) => {
        const q = { ...p, type: "put" as const, domesticRate: rd };
        const baw = baroneAdesiWhaley(q);
        expect(baw.earlyExercisePossible).toBe(false);
        expect(Math.abs(baw.price - garmanKohlhagen(q).price)).toBeLessThan(1e-12);
        expect(Math.abs(leisenReimer(q, "american", 101) - leisenReimer(q, "european", 101))).toBeLessThan(
          1e-12,
        );
      }),
      { numRuns: 40 },
    );
  });

  it("implied vol recovers the vol that produced the price (European and American)", () => {
    fc.assert(
      fc.property(options, (p) => {
        const { vol, ...rest } = p;
        const price = garmanKohlhagen(p).price;
        fc.pre(garmanKohlhagen(p).greeks.vega > 1e-3);
        const solved = impliedVol((q) => garmanKohlhagen(q).price, rest, price, "european");
        expect(Math.abs(solved.vol - vol)).toBeLessThan(1e-6);
        const american = baroneAdesiWhaley(p).price;
        // At the intrinsic value every vol up to some level gives the price: refused, no vol implied
        const intrinsic = Math.max(p.type === "call" ? p.spot - p.strike : p.strike - p.spot, 0);
        if (american <= intrinsic + 1e-9) {
          expect(() => impliedVol((q) => baroneAdesiWhaley(q).price, rest, american, "american")).toThrow();
          return;
        }
        const solvedAmerican = impliedVol((q) => baroneAdesiWhaley(q).price, rest, american, "american");
        // The solver stops within 1e-10 in vol, so the price is off by at most about vega x 1e-10.
        const priceTolerance = Math.max(1, garmanKohlhagen(p).greeks.vega) * 1e-9;
        expect(
          Math.abs(baroneAdesiWhaley({ ...rest, vol: solvedAmerican.vol }).price - american),
        ).toBeLessThan(priceTolerance);
      }),
      { numRuns: 50 },
    );
  });
});

describe("forward (money-market covered interest parity)", () => {
  it("property: the forward is below spot exactly when the USD side grows faster, and spot + points / 10000 = the forward shown", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 730 }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 800 }),
        (days, rdBp, rfBp) => {
          const spot = dec("7.1");
          const q = forwardRate(
            spot,
            dec(rdBp).div(10000),
            dec(rfBp).div(10000),
            days,
            "ACT/365F",
            "ACT/360",
          );
          expect(q.dealtForward.eq(q.forward.toDecimalPlaces(4, Decimal.ROUND_HALF_UP))).toBe(true);
          expect(spot.plus(q.points.div(10000)).eq(q.dealtForward)).toBe(true);
          expect(q.forward.lt(spot)).toBe(q.foreignFactor.gt(q.domesticFactor));
        },
      ),
    );
  });
});

describe("first-option handling-fee waiver (中商务电函〔2023〕10号: 减免其买入期权的办理费用)", () => {
  const rules = waiverRules([OPTION_FEE_WAIVER]);
  // 200,000 USD at 7.1 = 1,420,000 CNY; default handling fee 0.1% = 1,420.00 CNY; premium invented
  const deal = {
    product: "bought-option" as const,
    premium: dec("7680.25"),
    handlingFee: dec("1420"),
    margin: dec(0),
  };

  it("waives the whole handling fee, not the premium, for a small firm's first derivative", () => {
    const out = applyOptionWaiver(deal, { size: "small", firstDerivativeWithBank: true }, rules);
    expect(out.applied).toEqual([OPTION_FEE_WAIVER]);
    expect(fen(out.before.cost)).toBe("9100.25");
    expect(fen(out.after.handlingFee)).toBe("0.00");
    expect(fen(out.after.premium)).toBe("7680.25");
  });

  it("explains every reason a firm does not qualify", () => {
    const out = applyOptionWaiver(
      { ...deal, product: "forward" },
      { size: "medium", firstDerivativeWithBank: false },
      rules,
    );
    expect(out.applied).toEqual([]);
    expect(out.after.cost.eq(out.before.cost)).toBe(true);
    const en = out.decisions[0].reasons.map((r) => r.en).join(" | ");
    expect(en).toContain("not a forward sale");
    expect(en).toContain("has dealt before");
    expect(en).toContain("this firm is a medium enterprise");
    expect(out.decisions[0].reasons.every((r) => r.zh.length > 0)).toBe(true);
  });

  it("caps a margin-support programme at its per-firm cap (reference: 50% up to 1,000,000 CNY)", () => {
    const margin = applyOptionWaiver(
      { product: "forward", premium: dec(0), handlingFee: dec(0), margin: dec("3000000") },
      { size: "small", firstDerivativeWithBank: true },
      waiverRules([MARGIN_SUPPORT_REFERENCE]),
    );
    // 50% of 3,000,000 = 1,500,000 > cap 1,000,000
    expect(fen(margin.decisions[0].coveredMargin)).toBe("1000000.00");
    expect(margin.decisions[0].capped).toBe(true);
    expect(fen(margin.after.margin)).toBe("2000000.00");
  });

  it("property: a waiver never raises the cost and never waives more than was charged", () => {
    const sizes = fc.constantFrom("individual", "micro", "small", "medium", "large") as fc.Arbitrary<
      FirmFacts["size"]
    >;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        sizes,
        fc.boolean(),
        (premiumFen, feeFen, size, first) => {
          const out = applyOptionWaiver(
            {
              product: "bought-option",
              premium: new Decimal(premiumFen).div(100),
              handlingFee: new Decimal(feeFen).div(100),
              margin: dec(0),
            },
            { size, firstDerivativeWithBank: first },
            waiverRules([OPTION_FEE_WAIVER, MARGIN_SUPPORT_REFERENCE]),
          );
          expect(out.after.cost.lte(out.before.cost)).toBe(true);
          expect(out.after.handlingFee.gte(0)).toBe(true);
          expect(out.applied.includes(OPTION_FEE_WAIVER)).toBe(
            first && ["individual", "micro", "small"].includes(size),
          );
        },
      ),
    );
  });
});

describe("hedge comparison (seeded Monte Carlo)", () => {
  const input: HedgeCompareInput = {
    valuationDate: "2026-05-04",
    foreignCurrency: "USD",
    spot: dec("7.1"),
    domesticRate: dec("0.015"),
    foreignRate: dec("0.043"),
    dcDomestic: "ACT/365F",
    dcForeign: "ACT/360",
    vol: 0.05,
    receipts: [
      { date: "2026-06-30", amount: dec("50000") },
      { date: "2026-10-30", amount: dec("60000") },
    ],
    hedgeRatio: dec(1),
    putStrike: dec("6.95"),
    collarPutStrike: dec("6.95"),
    shocks: [dec("-0.1"), dec(0), dec("0.1")],
    monteCarlo: { paths: 4000, seed: 7 },
    firm: { size: "micro", firstDerivativeWithBank: true },
    handlingFee: DEFAULT_HANDLING_FEE,
    forwardMarginRate: dec("0.05"),
  };
  const rules = hedgeRules([OPTION_FEE_WAIVER]);

  it("is reproducible for a seed and changes with the seed", () => {
    const a = JSON.stringify(compareHedges(input, rules));
    expect(JSON.stringify(compareHedges(input, rules))).toBe(a);
    expect(JSON.stringify(compareHedges({ ...input, monteCarlo: { paths: 4000, seed: 8 } }, rules))).not.toBe(
      a,
    );
  });

  it("simulated unhedged mean equals the forward-weighted receipts within 4 standard errors", () => {
    const result = compareHedges(input, rules);
    const expected = result.receipts.reduce((s, t) => s + t.amount.toNumber() * t.modelForward, 0);
    const unhedged = result.strategies.find((s) => s.id === "unhedged")!;
    // sd of the total is below sum(A x F x v x sqrt(t)) = 50000x7.07x0.05x0.39 + 60000x7.00x0.05x0.70 ~ 21,600
    expect(Math.abs(unhedged.monteCarlo.mean - expected)).toBeLessThan((4 * 21_600) / Math.sqrt(4000));
  });

  it("a full forward hedge removes all variance; the put's worst case is its floor", () => {
    const result = compareHedges(input, rules);
    const forward = result.strategies.find((s) => s.id === "forward")!;
    expect(forward.monteCarlo.p5).toBeCloseTo(forward.monteCarlo.p95, 6);
    expect(forward.floor!.toNumber()).toBeCloseTo(forward.monteCarlo.worst, 4);
    const put = result.strategies.find((s) => s.id === "put")!;
    expect(put.monteCarlo.worst).toBeGreaterThanOrEqual(put.floor!.toNumber() - 1e-6);
    // the waiver removes exactly the handling fee: 110,000 USD x 7.1 x 0.001 = 781.00 CNY
    expect(fen(put.costBefore.cost.minus(put.costAfter.cost))).toBe("781.00");
  });

  it("solves collar call strikes that make the collar cost (almost) nothing", () => {
    const result = compareHedges(input, rules);
    for (const t of result.receipts) {
      expect(t.collarCallStrike.gt(t.forward)).toBe(true);
      // rounding the strike to 4 decimals leaves at most a call-delta x 0.00005 of premium
      expect(t.collarNetPremiumPerUnit.abs().lt("0.00005")).toBe(true);
    }
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { andersenLakeOffengelder } from "../src/domain/fx/american";
import { impliedVol } from "../src/domain/fx/impliedVol";
import { garmanKohlhagen, type OptionInputs } from "../src/domain/fx/options";

/** USD/CNY-like American options where the method applies (rates >= 0, so one exercise boundary). */
const options = fc.record({
  type: fc.constantFrom<"call" | "put">("call", "put"),
  spot: fc.double({ min: 6, max: 8, noNaN: true }),
  strike: fc.double({ min: 6, max: 8, noNaN: true }),
  domesticRate: fc.double({ min: 0.001, max: 0.08, noNaN: true }),
  foreignRate: fc.double({ min: 0.001, max: 0.08, noNaN: true }),
  vol: fc.double({ min: 0.02, max: 0.4, noNaN: true }),
  years: fc.double({ min: 0.02, max: 3, noNaN: true }),
});

const price = (o: OptionInputs) => andersenLakeOffengelder(o).price;
/** The method is good to 1e-8 relative; comparisons allow that much. */
const slack = (x: number) => 1e-8 * Math.max(1, Math.abs(x));
const RUNS = { numRuns: 25 };

describe("American options by Andersen–Lake–Offengelder: properties (fast-check)", () => {
  it("is worth at least the European and at least the intrinsic value", () => {
    fc.assert(
      fc.property(options, (o) => {
        const american = price(o);
        expect(american).toBeGreaterThanOrEqual(garmanKohlhagen(o).price - slack(american));
        const intrinsic = Math.max(o.type === "call" ? o.spot - o.strike : o.strike - o.spot, 0);
        expect(american).toBeGreaterThanOrEqual(intrinsic);
      }),
      RUNS,
    );
  });

  it("a call with rf <= 0 <= rd is the European (early exercise never pays)", () => {
    fc.assert(
      fc.property(options, fc.double({ min: -0.05, max: 0, noNaN: true }), (o, rf) => {
        const call: OptionInputs = { ...o, type: "call", foreignRate: rf };
        expect(Math.abs(price(call) - garmanKohlhagen(call).price)).toBeLessThan(1e-12);
      }),
      RUNS,
    );
  });

  it("put–call symmetry: C(S, K, rd, rf) = P(K, S, rf, rd)", () => {
    fc.assert(
      fc.property(options, (o) => {
        const call = price({ ...o, type: "call" });
        const put = price({
          ...o,
          type: "put",
          spot: o.strike,
          strike: o.spot,
          domesticRate: o.foreignRate,
          foreignRate: o.domesticRate,
        });
        expect(Math.abs(call - put)).toBeLessThanOrEqual(slack(call));
      }),
      RUNS,
    );
  });

  it("is monotone: up in spot for a call (down for a put), the reverse in strike, up in vol and in time", () => {
    fc.assert(
      fc.property(options, fc.double({ min: 0.001, max: 0.2, noNaN: true }), (o, bump) => {
        const base = price(o);
        const sign = o.type === "call" ? 1 : -1;
        const moved = (field: keyof OptionInputs, factor: number) =>
          price({ ...o, [field]: (o[field] as number) * factor });
        expect(sign * (moved("spot", 1 + bump) - base)).toBeGreaterThanOrEqual(-slack(base));
        expect(sign * (moved("strike", 1 + bump) - base)).toBeLessThanOrEqual(slack(base));
        expect(moved("vol", 1 + bump)).toBeGreaterThanOrEqual(base - slack(base));
        expect(moved("years", 1 + bump)).toBeGreaterThanOrEqual(base - slack(base));
      }),
      RUNS,
    );
  });

  it("implied vol gives back the vol wherever it is unique (the price above the intrinsic value)", () => {
    fc.assert(
      fc.property(options, (o) => {
        const { vol, ...rest } = o;
        const target = price(o);
        const intrinsic = Math.max(o.type === "call" ? o.spot - o.strike : o.strike - o.spot, 0);
        // unique where the price moves with vol: above intrinsic and with some vega
        const vega = (price({ ...o, vol: vol * 1.01 }) - target) / (vol * 0.01);
        fc.pre(target > intrinsic + 1e-6 && vega > 1e-3);
        const solved = impliedVol(price, rest, target, "american");
        expect(Math.abs(solved.vol - vol)).toBeLessThan(1e-6);
      }),
      { numRuns: 15 },
    );
  });
});

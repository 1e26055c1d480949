import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DayCount } from "../src/domain/dates";
import { InputError } from "../src/domain/errors";
import {
  annualizedRate,
  type CashFlow,
  costOfDraw,
  periodicIrr,
  perYear,
  quoteProduct,
  resolveTerms,
} from "../src/domain/financing";
import { Decimal, dec } from "../src/domain/money";
import { financingRules } from "../src/policy/financing";
import reference from "./reference/financing.json";

const flowsAt = (...amounts: (string | number)[]): CashFlow[] =>
  amounts.map((a, time) => ({ time, amount: dec(a) }));

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("PBoC annualized rate (中国人民银行公告〔2021〕第3号)", () => {
  for (const ex of reference.annualizedRate) {
    it(`reproduces the worked example ${ex.id} (${ex.source})`, () => {
      const flows: CashFlow[] = [
        { time: 0, amount: dec(ex.principal).minus(ex.upfrontFee) },
        ...ex.payments.map((p) => ({ time: p.period, amount: dec(p.amount).neg() })),
      ];
      const r = annualizedRate(flows, perYear(ex.periodsPerYear));
      const tol = dec(ex.tolerance);
      expect(r.periodicIrr.minus(ex.expected.periodicIrr).abs().lte(tol)).toBe(true);
      expect(r.simple.minus(ex.expected.simple).abs().lte(tol)).toBe(true);
      expect(r.compound.minus(ex.expected.compound).abs().lte(tol)).toBe(true);
      // 12.80% and 13.58% as published, to the basis point.
      expect(r.simple.toFixed(4)).toBe(ex.expected.simple);
      expect(r.compound.toFixed(4)).toBe(ex.expected.compound);
    });
  }
});

describe("root finder on odd flows", () => {
  it("refuses flows of one sign: no rate exists", () => {
    expect(inputError(() => periodicIrr(flowsAt(100, 50, 20))).problems[0].en).toMatch(/no rate exists/);
    expect(inputError(() => periodicIrr(flowsAt(-100, -50))).problems[0].en).toMatch(/no rate exists/);
    expect(inputError(() => periodicIrr(flowsAt(0, 0, 0))).problems[0].en).toMatch(/no rate exists/);
  });

  it("refuses mixed flows whose present value never reaches zero", () => {
    // 100 - 50v + 100v^2 > 0 for every v (discriminant 2500 - 40000 < 0).
    const e = inputError(() => periodicIrr(flowsAt(100, -50, 100), { pointer: "/flows" }));
    expect(e.problems[0]).toMatchObject({ pointer: "/flows" });
    expect(e.problems[0].en).toMatch(/no rate exists/);
  });

  it("refuses a rate that is not unique, or takes the largest when told", () => {
    // -100 + 230v - 132v^2 = 0 at v = 240/264 and 220/264: r = 10% and 20%.
    const flows = flowsAt(-100, 230, -132);
    expect(inputError(() => periodicIrr(flows)).problems[0].en).toMatch(/not unique.*10\.0000%, 20\.0000%/);
    expect(periodicIrr(flows, { roots: "largest" }).rate.toNumber()).toBeCloseTo(0.2, 12);
  });

  it("finds rates near both ends of the range without overflow", () => {
    // 100 - v - 1e5 v^2 = 0: v = (-1 + sqrt(1 + 4e7)) / 2e5, r = 1/v - 1 (about 3,060% per period).
    const vHigh = (-1 + Math.sqrt(1 + 4e7)) / 2e5;
    expect(periodicIrr(flowsAt(100, -1, -1e5)).rate.toNumber()).toBeCloseTo(1 / vHigh - 1, 9);
    // 100 - 0.5v - 0.5v^2 = 0: v = (-1 + sqrt(801)) / 2, r = 1/v - 1 (about -92.7% per period).
    const vLow = (-1 + Math.sqrt(801)) / 2;
    expect(periodicIrr(flowsAt(100, -0.5, -0.5)).rate.toNumber()).toBeCloseTo(1 / vLow - 1, 12);
  });

  it("solves a 360-payment annuity to 1e-12 (payment from the annuity formula at 0.4% a month)", () => {
    // payment = P r / (1 - (1 + r)^-n), P = 1,000,000, r = 0.004, n = 360.
    const r = 0.004;
    const payment = (1e6 * r) / (1 - (1 + r) ** -360);
    const flows: CashFlow[] = [{ time: 0, amount: dec(1e6) }];
    for (let k = 1; k <= 360; k++) flows.push({ time: k, amount: new Decimal(-payment) });
    expect(Math.abs(periodicIrr(flows).rate.toNumber() - r)).toBeLessThan(1e-12);
  });

  it("solves two payment dates exactly in Decimal", () => {
    const { rate, method } = periodicIrr(flowsAt("99000", "-100000"));
    expect(method).toBe("closed-form");
    expect(rate.eq(dec(1000).div(99000))).toBe(true);
  });
});

const basisOf = (dc: DayCount) => (dc === "ACT/360" ? 360 : 365);

describe("property: a fee-free bullet loan's annualized rate equals its rate", () => {
  // Convention: the period is the tenor (periods per year = basis / days, basis 365 for ACT/365F and
  // 360 for ACT/360), so simple = IRR x basis / days. Unrounded flows give simple == r exactly; the
  // compound rate is (1 + r d / basis)^(basis / d) - 1, equal to r only for a one-year tenor.
  // The interest A r d / basis is itself rounded to 34 significant digits when it does not terminate
  // (1 x 0.0001 x 1 / 360), so "exact" here is to 30 decimal places; the next test has exact equality.
  it("on unrounded flows: simple == r to 30 decimals, compound as stated", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }), // rate in basis points
        fc.integer({ min: 1, max: 1000 }), // days
        fc.integer({ min: 1, max: 10_000_000 }), // amount in yuan
        fc.constantFrom<DayCount>("ACT/360", "ACT/365F"),
        (bp, days, amount, dc) => {
          const r = dec(bp).div(10_000);
          const basis = basisOf(dc);
          const a = dec(amount);
          const repay = a.plus(a.times(r).times(days).div(basis));
          const got = annualizedRate(
            [
              { time: 0, amount: a },
              { time: 1, amount: repay.neg() },
            ],
            perYear(basis, days),
          );
          expect(got.simple.toDecimalPlaces(30).eq(r)).toBe(true);
          const expected = dec(1).plus(r.times(days).div(basis)).pow(dec(basis).div(days)).minus(1);
          expect(got.compound.minus(expected).abs().lt("1e-25")).toBe(true);
          if (days === basis) expect(got.compound.toDecimalPlaces(30).eq(r)).toBe(true);
          else if (days < basis) expect(got.compound.gt(got.simple)).toBe(true);
        },
      ),
    );
  });

  it("on a quoted loan (interest rounded to the fen): simple == r exactly when the interest is whole fen", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 720 }),
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom<DayCount>("ACT/360", "ACT/365F"),
        (bp, days, m, dc) => {
          // amount = basis x 100 x m: interest = m x bp x days / 100 yuan, a whole number of fen.
          const basis = basisOf(dc);
          const amount = dec(basis * 100 * m);
          const r = dec(bp).div(10_000);
          const terms = resolveTerms(
            { product: "working-capital-loan", face: amount, annualRate: r, dayCount: dc, feeRate: dec(0) },
            financingRules,
          );
          const q = quoteProduct(terms, days);
          expect(q.gross.simple.eq(r)).toBe(true);
          expect(q.net.simple.eq(r)).toBe(true);
        },
      ),
    );
  });

  it("on any quoted loan: simple differs from r by at most the interest's rounding, 0.005 x basis / (A x d)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 720 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.constantFrom<DayCount>("ACT/360", "ACT/365F"),
        (bp, days, fenAmount, dc) => {
          const amount = dec(fenAmount).div(100);
          const r = dec(bp).div(10_000);
          const terms = resolveTerms(
            { product: "working-capital-loan", face: amount, annualRate: r, dayCount: dc, feeRate: dec(0) },
            financingRules,
          );
          const q = quoteProduct(terms, days);
          // At an exact half fen (30% x 202,185.50 x 12/360 = 2,021.855) the difference is the bound
          // itself, met to Decimal's 34 significant digits: allow that last digit.
          const bound = dec("0.005").times(basisOf(dc)).div(amount.times(days)).plus("1e-30");
          expect(q.gross.simple.minus(r).abs().lte(bound)).toBe(true);
        },
      ),
      { examples: [[3000, 12, 20_218_550, "ACT/360"]] },
    );
  });
});

describe("property: adding a fee never lowers the annualized rate", () => {
  it("for every product that lends, gross and net, simple and compound", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "working-capital-loan",
          "order-financing",
          "factoring",
          "tax-refund-loan",
          "payout-advance",
          "policy-financing",
        ),
        fc.integer({ min: 10_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 2000 }), // rate, basis points
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 100 }), // fee, basis points of the fee base
        fc.integer({ min: 1, max: 100 }), // added fee, basis points
        fc.option(
          fc.record({ share: fc.integer({ min: 1, max: 100 }), lag: fc.integer({ min: 0, max: 365 }) }),
        ),
        fc.constantFrom<DayCount>("ACT/360", "ACT/365F"),
        (product, face, bp, days, feeBp, addBp, subsidy, dc) => {
          const quote = (fee: number) =>
            quoteProduct(
              resolveTerms(
                {
                  product,
                  face: dec(face),
                  annualRate: dec(bp).div(10_000),
                  dayCount: dc,
                  feeRate: dec(fee).div(10_000),
                  ...(subsidy
                    ? { subsidy: { share: dec(subsidy.share).div(100), lagDays: subsidy.lag } }
                    : {}),
                },
                financingRules,
              ),
              days,
            );
          const low = quote(feeBp);
          const high = quote(feeBp + addBp);
          expect(high.cost.fees.gte(low.cost.fees)).toBe(true);
          for (const k of ["gross", "net"] as const) {
            expect(high[k].simple.gte(low[k].simple)).toBe(true);
            expect(high[k].compound.gte(low[k].compound)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("cost of a draw (the projection's core)", () => {
  it("prices a partial factoring draw on the invoice share financed", () => {
    // 400,000 of an 800,000 capacity at 80%: invoice financed 500,000; fee 0.2% x 500,000 = 1,000;
    // interest 400,000 x 4% x 30 / 360 = 1,333.333... -> 1,333.33.
    const terms = resolveTerms(
      {
        product: "factoring",
        face: dec(1_000_000),
        advanceRate: dec("0.8"),
        annualRate: dec("0.04"),
        dayCount: "ACT/360",
        feeRate: dec("0.002"),
        recourse: "without-recourse",
      },
      financingRules,
    );
    const c = costOfDraw(terms, dec(400_000), 30);
    expect(c.face.toFixed()).toBe("500000");
    expect(c.fees.toFixed(2)).toBe("1000.00");
    expect(c.interest.toFixed(2)).toBe("1333.33");
    expect(c.totalCost.toFixed(2)).toBe("2333.33");
  });

  it("refuses a draw above the product's capacity", () => {
    const terms = resolveTerms(
      { product: "tax-refund-loan", face: dec(100_000), advanceRate: dec("0.8") },
      financingRules,
    );
    expect(inputError(() => quoteProduct(terms, 30, { advance: dec("80000.01") })).problems[0].en).toMatch(
      /exceeds what the product advances \(80000\.00\)/,
    );
  });

  it("names every default it applies", () => {
    const terms = resolveTerms({ product: "factoring", face: dec(100_000) }, financingRules);
    expect(terms.defaults.map((d) => d.field).sort()).toEqual([
      "advanceRate",
      "annualRate",
      "dayCount",
      "feeRate",
    ]);
    expect(terms.annualRate.toFixed()).toBe("0.035"); // LPR 3.00% + 0.50%
    expect(terms.defaults.find((d) => d.field === "feeRate")?.measure).toBe(
      "zs-2023-11-supply-chain-finance",
    );
  });
});

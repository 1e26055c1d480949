import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fundMonths } from "../src/domain/cashflow/funding";
import {
  decimalOf,
  div,
  divInt,
  fenText,
  fixedOf,
  mul,
  productToFen,
  roundedToFen,
  UNIT,
} from "../src/domain/fixed";
import { Decimal, fen } from "../src/domain/money";

/** Decimal strings with up to 18 decimals (what fixed point holds exactly), both signs. */
const exactDecimals = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }))
  .map(([whole, fraction]) => {
    const sign = whole < 0n ? "-" : "";
    const abs = whole < 0n ? -whole : whole;
    return new Decimal(`${sign}${abs}.${fraction.toString().padStart(18, "0")}`);
  });
const rates = fc
  .integer({ min: -(10 ** 9), max: 10 ** 9 })
  .map((n) => new Decimal(n).div(10 ** 8)) // up to +-10 with eight decimals
  .filter((r) => !r.isZero());

/** The exact result (Decimal at 80 digits) rounded half-up to the 18th decimal: what fixed point must give. */
const Exact = Decimal.clone({ precision: 80 });
const at18 = (d: InstanceType<typeof Exact>) =>
  new Decimal(d.toDecimalPlaces(18, Decimal.ROUND_HALF_UP).toFixed());

describe("fixed-point amounts (src/domain/fixed.ts)", () => {
  it("holds values to the 18th decimal and gives them back exactly", () => {
    expect(fixedOf(new Decimal("123.4567"))).toBe(123_456_700_000_000_000_000n);
    expect(fixedOf(new Decimal("-0.00012"))).toBe(-120_000_000_000_000n);
    expect(fixedOf(new Decimal("1e-19"))).toBe(0n);
    expect(fixedOf(new Decimal("5e-19"))).toBe(1n); // half-up at the 18th decimal
    expect(decimalOf(fixedOf(new Decimal("7.1234")))).toEqual(new Decimal("7.1234"));
    expect(fixedOf(new Decimal("1e30"))).toBe(10n ** 48n); // past the table of powers
    expect(fixedOf(new Decimal("1e-30"))).toBe(0n);
    fc.assert(fc.property(exactDecimals, (d) => decimalOf(fixedOf(d)).eq(d)));
  });

  it("multiplies and divides as Decimal does, rounded half-up at the 18th decimal", () => {
    // 1/6 of a yuan: 0.1666... rounds up in the last place; -1/6 away from zero.
    expect(div(UNIT, 6n * UNIT)).toBe(166_666_666_666_666_667n);
    expect(div(-UNIT, 6n * UNIT)).toBe(-166_666_666_666_666_667n);
    expect(divInt(fixedOf(new Decimal("100")), 3n)).toBe(33_333_333_333_333_333_333n);
    fc.assert(
      fc.property(exactDecimals, rates, (a, r) => {
        expect(decimalOf(mul(fixedOf(a), fixedOf(r)))).toEqual(at18(new Exact(a).times(r.toFixed())));
        expect(decimalOf(div(fixedOf(a), fixedOf(r)))).toEqual(at18(new Exact(a).div(r.toFixed())));
      }),
    );
  });

  it("reports to the fen half-up like fen(), with no negative zero", () => {
    expect(fenText(fixedOf(new Decimal("884.955")))).toBe("884.96");
    expect(fenText(fixedOf(new Decimal("-884.955")))).toBe("-884.96");
    expect(fenText(fixedOf(new Decimal("-0.004")))).toBe("0.00");
    expect(fenText(fixedOf(new Decimal("-0.005")))).toBe("-0.01");
    expect(fenText(8000n * UNIT)).toBe("8000.00");
    fc.assert(
      fc.property(exactDecimals, (d) => {
        const expected = fen(d) === "-0.00" ? "0.00" : fen(d);
        expect(fenText(fixedOf(d))).toBe(expected);
        expect(fenText(roundedToFen(fixedOf(d)))).toBe(expected);
      }),
    );
  });
});

describe("a product rounded once to the fen (productToFen)", () => {
  it("rounds the exact product, not a product already rounded at the 18th decimal", () => {
    // 0.1 x 0.049999999999999999 = 0.0049999999999999999 exactly: 0.00 at the fen. Rounded first at
    // the 18th decimal it would be 0.005000000000000000, and then 0.01.
    expect(productToFen(UNIT / 10n, 49_999_999_999_999_999n)).toBe(0n);
    expect(roundedToFen(mul(UNIT / 10n, 49_999_999_999_999_999n))).toBe(10n ** 16n);
    // A surtax: 1,234.57 x 7% x 0.5 = 43.20995 -> 43.21; -0.01 x 0.5 = -0.005 -> -0.01 (away from zero).
    const f = (x: string) => fixedOf(new Decimal(x));
    expect(fenText(productToFen(f("1234.57"), f("0.07"), f("0.5")))).toBe("43.21");
    expect(fenText(productToFen(f("-0.01"), f("0.5")))).toBe("-0.01");
  });

  it("agrees with Decimal's exact product rounded to the fen", () => {
    fc.assert(
      fc.property(exactDecimals, rates, rates, (a, r, s) => {
        const exact = fen(new Decimal(new Exact(a).times(r.toFixed()).times(s.toFixed()).toFixed()));
        expect(fenText(productToFen(fixedOf(a), fixedOf(r), fixedOf(s)))).toBe(
          exact === "-0.00" ? "0.00" : exact,
        );
      }),
    );
  });
});

describe("funding in fixed point", () => {
  it("a fee-bearing draw covers the need exactly, leaving no crumb for the next source", () => {
    // Need 100,000 with a 0.3% fee: draw 100,000 / 0.997 = 100300.902708... (not a whole number of
    // 10^-18); the fee takes the rounding, so the working-capital loan behind it is never touched.
    const yuan = (s: string) => fixedOf(new Decimal(s));
    const months = fundMonths(
      yuan("0"),
      yuan("100000"),
      [yuan("0")],
      [yuan("0.0833333333")],
      [
        {
          product: "factoring",
          annualRate: yuan("0.06"),
          feeRate: yuan("0.003"),
          capacity: [yuan("500000")],
        },
        { product: "working-capital-loan", annualRate: yuan("0.05"), feeRate: 0n },
      ],
    );
    expect(fenText(months[0].drawn)).toBe("100300.90");
    expect(fenText(months[0].fees)).toBe("300.90");
    expect(months[0].closing).toBe(yuan("100000"));
    expect(months[0].bySource[1]).toBe(0n);
  });
});

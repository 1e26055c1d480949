import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, isIsoDate, yearFraction } from "../src/domain/dates";
import { allocateFen, Decimal, fen, MONEY_LIMITS, readDecimal, roundFen, sum } from "../src/domain/money";

const fenStrings = fc
  .tuple(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), fc.integer({ min: 0, max: 99 }))
  .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, "0")}`.replace(/^(-?)0+(\d)/, "$1$2"));

describe("money core", () => {
  it("rounds half-up to the fen, away from zero on the half", () => {
    expect(fen(new Decimal("884.955"))).toBe("884.96");
    expect(fen(new Decimal("-884.955"))).toBe("-884.96");
    expect(fen(new Decimal("884.954999"))).toBe("884.95");
    expect(fen(new Decimal("8000"))).toBe("8000.00");
  });

  it("keeps 34 significant digits in intermediate results", () => {
    expect(new Decimal(1).div(3).toString()).toBe(`0.${"3".repeat(34)}`);
  });

  it("reads decimal strings and JSON numbers, rejecting what is not a plain decimal", () => {
    expect(readDecimal("1234.56", MONEY_LIMITS)).toEqual({ ok: true, value: new Decimal("1234.56") });
    expect(readDecimal(0.1, MONEY_LIMITS)).toEqual({ ok: true, value: new Decimal("0.1") });
    expect(readDecimal("1e5", MONEY_LIMITS)).toEqual({ ok: false, problem: "not-a-number" });
    expect(readDecimal("NaN", MONEY_LIMITS)).toEqual({ ok: false, problem: "not-a-number" });
    expect(readDecimal(Number.POSITIVE_INFINITY, MONEY_LIMITS)).toEqual({
      ok: false,
      problem: "not-a-number",
    });
    expect(readDecimal(" 12", MONEY_LIMITS)).toEqual({ ok: false, problem: "not-a-number" });
    expect(readDecimal("0.1234567", MONEY_LIMITS)).toEqual({ ok: false, problem: "too-many-decimals" });
    expect(readDecimal("10000000000000000", MONEY_LIMITS)).toEqual({ ok: false, problem: "too-large" });
    expect(readDecimal(1e300, MONEY_LIMITS)).toEqual({ ok: false, problem: "too-large" });
  });

  it("property: rounding to the fen is idempotent", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        const once = roundFen(new Decimal(x));
        expect(roundFen(once).eq(once)).toBe(true);
      }),
    );
  });

  it("property: a fen string parses and formats back to itself", () => {
    fc.assert(
      fc.property(fenStrings, (s) => {
        const read = readDecimal(s, MONEY_LIMITS);
        expect(read.ok).toBe(true);
        if (read.ok) expect(fen(read.value)).toBe(s === "-0.00" ? "0.00" : s);
      }),
    );
  });

  it("property: an allocation adds up to the whole, every part within a fen of its share", () => {
    fc.assert(
      fc.property(
        fenStrings.filter((s) => !s.startsWith("-")),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const w = weights.map((x) => new Decimal(x));
          const parts = allocateFen(new Decimal(total), w);
          expect(sum(parts).eq(new Decimal(total))).toBe(true);
          const ws = sum(w);
          parts.forEach((p, i) => {
            expect(p.minus(new Decimal(total).times(w[i]).div(ws)).abs().lte("0.01")).toBe(true);
          });
        },
      ),
    );
  });

  it("splits 100.00 three ways as 33.34 + 33.33 + 33.33", () => {
    expect(
      allocateFen(
        new Decimal(100),
        [1, 1, 1].map((x) => new Decimal(x)),
      ).map(fen),
    ).toEqual(["33.34", "33.33", "33.33"]);
  });
});

describe("dates and day counts", () => {
  it("counts actual days and year fractions by convention", () => {
    expect(daysBetween("2026-01-01", "2026-04-01")).toBe(90);
    expect(yearFraction(90, "ACT/360").toString()).toBe("0.25");
    expect(yearFraction(73, "ACT/365F").toString()).toBe("0.2");
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
  });

  it("rejects impossible dates", () => {
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("2026-2-3")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
  });
});

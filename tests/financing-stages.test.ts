import { describe, expect, it } from "vitest";
import { costOfDraw, type ProductInput, resolveTerms } from "../src/domain/financing/products";
import { dec, fen } from "../src/domain/money";
import { financingRules } from "../src/policy/financing";

/**
 * The stages of a draw's cost (src/domain/financing/products.ts costOfDraw), each on a case worked by
 * hand; the working is written beside each assertion.
 */

const loan: ProductInput = {
  product: "working-capital-loan",
  face: dec(1_000_000),
  annualRate: dec("0.036"),
  dayCount: "ACT/360",
  feeRate: dec(0),
};
const draw = (input: ProductInput, advance: number, days: number) =>
  costOfDraw(resolveTerms(input, financingRules), dec(advance), days);

describe("the interest subsidy (贷款贴息) of a draw", () => {
  // Interest: 1,000,000 x 3.6% x 90 / 360 = 9,000.00.
  it("a share of the interest, held to the cap, paid lagDays after repayment", () => {
    const c = draw({ ...loan, subsidy: { share: dec("0.5"), cap: dec(4000), lagDays: 30 } }, 1_000_000, 90);
    // 9,000 x 50% = 4,500, above the 4,000 cap.
    expect([fen(c.interest), fen(c.subsidy), fen(c.totalCost), c.subsidyDay]).toEqual([
      "9000.00",
      "4000.00",
      "5000.00",
      120,
    ]);
  });

  it("rate points on the advance for the days, never more than the interest itself", () => {
    // 1,000,000 x 1% x 90 / 360 = 2,500.
    const points = draw({ ...loan, subsidy: { points: dec("0.01"), lagDays: 0 } }, 1_000_000, 90);
    expect(fen(points.subsidy)).toBe("2500.00");
    // 1,000,000 x 5% x 90 / 360 = 12,500, more than the 9,000 of interest: 9,000.
    const capped = draw({ ...loan, subsidy: { points: dec("0.05"), lagDays: 0 } }, 1_000_000, 90);
    expect([fen(capped.subsidy), fen(capped.totalCost)]).toEqual(["9000.00", "0.00"]);
  });
});

describe("the face a draw finances and the fee charged on it", () => {
  const factoring: ProductInput = {
    product: "factoring",
    face: dec(100_000),
    advanceRate: dec("0.8"),
    annualRate: dec("0.036"),
    dayCount: "ACT/360",
    feeRate: dec("0.01"),
    feeBase: "face",
  };

  it("a full draw finances the whole face; a smaller one advance / advance rate", () => {
    // Capacity 100,000 x 80% = 80,000: the whole face, fee 1% x 100,000 = 1,000.
    const full = draw(factoring, 80_000, 30);
    expect([fen(full.face), fen(full.fees)]).toEqual(["100000.00", "1000.00"]);
    // 30,000 / 80% = 37,500 of face, fee 375; interest 30,000 x 3.6% x 30 / 360 = 90.
    const part = draw(factoring, 30_000, 30);
    expect([fen(part.face), fen(part.fees), fen(part.interest)]).toEqual(["37500.00", "375.00", "90.00"]);
  });

  it("a duty guarantee's fee is its annual rate on the face for the days, and it has no interest", () => {
    // 500,000 x 1.2% x 73 / 365 = 1,200.
    const g = draw(
      { product: "duty-guarantee", face: dec(500_000), annualRate: dec("0.012"), dayCount: "ACT/365F" },
      500_000,
      73,
    );
    expect([fen(g.fees), fen(g.interest)]).toEqual(["1200.00", "0.00"]);
  });
});

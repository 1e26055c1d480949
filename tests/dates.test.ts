import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, fromDayNumber, isIsoDate } from "../src/domain/dates";

/** The arithmetic day numbers in src/domain/dates.ts must agree with the platform's Date for every date. */
describe("day numbers", () => {
  // new Date(Date.UTC(...)) would read year 100 as 2000: the first day comes from the string.
  const day = fc.integer({
    min: Date.parse("0100-01-01") / 86_400_000,
    max: Date.parse("9999-12-31") / 86_400_000,
  });

  it("fromDayNumber matches Date.toISOString and dayNumber inverts it (years 0100 to 9999)", () => {
    fc.assert(
      fc.property(day, (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(dayNumber(iso)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("rejects dates that do not exist, and years before 0100", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(isIsoDate("2024-02-29")).toBe(true);
    for (const bad of [
      "2026-02-29",
      "1900-02-29",
      "2026-04-31",
      "2026-13-01",
      "2026-00-10",
      "2026-01-00",
      "0099-12-31",
      "2026-1-01",
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });
});

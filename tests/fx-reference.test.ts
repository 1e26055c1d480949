import { beforeAll, describe, expect, it } from "vitest";
import { postJson } from "./helpers";
import reference from "./reference/fx.json";

/**
 * Source: E.G. Haug, The Complete Guide to Option Pricing Formulas (1998), pp. 2-8, 11-16, 24,
 * as tabulated in QuantLib's test-suite (europeanoption.cpp testValues / testGreekValues,
 * americanoption.cpp testBaroneAdesiWhaleyValues). Every row goes through the Worker's routes, at
 * the table's own tolerance. Columns: foreignRate = QuantLib's dividend yield q, domesticRate = r.
 */

type Row = (typeof reference.europeanGarmanKohlhagen)[number];

function request(row: Row, style: "european" | "american", extra: Record<string, unknown> = {}) {
  return {
    type: row.type,
    style,
    spot: String(row.spot),
    strike: String(row.strike),
    domesticRate: String(row.domesticRate),
    foreignRate: String(row.foreignRate),
    years: String(row.years),
    vol: String(row.vol),
    ...extra,
  };
}

const label = (r: Row) =>
  `${r.type} K=${r.strike} S=${r.spot} q=${r.foreignRate} r=${r.domesticRate} T=${r.years} v=${r.vol}`;

// The first request loads the Worker's modules, which can exceed a test's 5 s on a busy machine.
beforeAll(async () => {
  await postJson("/v1/fx/forward", { spot: "7.1", domesticRate: "0.015", foreignRate: "0.043", days: 90 });
}, 60_000);

describe("Haug European values (QuantLib europeanoption.cpp testValues), Garman–Kohlhagen through the Worker", () => {
  for (const row of reference.europeanGarmanKohlhagen) {
    it(`${label(row)} -> ${row.expected}`, async () => {
      const res = await postJson("/v1/fx/option-price", request(row, "european"));
      expect(res.status).toBe(200);
      expect(res.body.model).toBe("garman-kohlhagen");
      expect(Math.abs(Number(res.body.price) - row.expected)).toBeLessThanOrEqual(row.tolerance);
    });
  }
});

describe("Haug European values by the Leisen–Reimer lattice (the accurate alternative converges to the same table)", () => {
  for (const row of reference.europeanGarmanKohlhagen) {
    it(`${label(row)} -> ${row.expected}`, async () => {
      const res = await postJson("/v1/fx/option-price", request(row, "european", { model: "lattice" }));
      expect(res.status).toBe(200);
      expect(Math.abs(Number(res.body.price) - row.expected)).toBeLessThanOrEqual(row.tolerance);
    });
  }
});

describe("Haug p. 24 American values (QuantLib americanoption.cpp testBaroneAdesiWhaleyValues), BAW through the Worker", () => {
  for (const row of reference.americanBaroneAdesiWhaley) {
    it(`${label(row)} -> ${row.expected}`, async () => {
      const res = await postJson("/v1/fx/option-price", {
        ...request(row, "american"),
        model: "barone-adesi-whaley",
      });
      expect(res.status).toBe(200);
      expect(res.body.model).toBe("barone-adesi-whaley");
      expect(Math.abs(Number(res.body.price) - row.expected)).toBeLessThanOrEqual(row.tolerance);
    });
  }
});

describe("Haug pp. 11-16 greeks (QuantLib europeanoption.cpp testGreekValues) through the Worker", () => {
  for (const row of reference.greeks) {
    it(`${row.greek} of ${label(row as Row)} -> ${row.expected}`, async () => {
      const res = await postJson("/v1/fx/option-price", request(row as Row, "european"));
      expect(res.status).toBe(200);
      const value = Number(res.body.greeks[row.greek]);
      expect(Math.abs(value - row.expected)).toBeLessThanOrEqual(row.tolerance);
    });
  }
});

describe("forward by covered interest parity (fx.json forward rows, money-market form)", () => {
  for (const row of reference.forward) {
    it(`S ${row.spot}, rCNY ${row.cnyRate}, rUSD ${row.usdRate}, ${row.days} days -> ${row.expectedForward}`, async () => {
      const res = await postJson("/v1/fx/forward", {
        spot: row.spot,
        domesticRate: row.cnyRate,
        foreignRate: row.usdRate,
        days: row.days,
        domesticDayCount: row.cnyDayCount,
        foreignDayCount: row.usdDayCount,
      });
      expect(res.status).toBe(200);
      expect(Math.abs(Number(res.body.forward) - Number(row.expectedForward))).toBeLessThanOrEqual(
        Number(row.tolerance),
      );
      expect(res.body.forward).toBe(row.expectedForward);
    });
  }

  it("states the default day counts and reports about -495 pips (fx.md worked example)", async () => {
    const res = await postJson("/v1/fx/forward", {
      spot: "7.1000",
      domesticRate: "0.015",
      foreignRate: "0.043",
      days: 90,
    });
    expect(res.status).toBe(200);
    expect(res.body.domesticDayCount).toBe("ACT/365F");
    expect(res.body.foreignDayCount).toBe("ACT/360");
    // 7.1 x (1 + 0.015 x 90/365) / (1 + 0.043 x 90/360) = 7.1 x 1.003698630 / 1.01075 = 7.050470...
    expect(res.body.forwardPoints).toMatch(/^-495\.\d{2}$/);
    expect(res.body.explain.map((s: any) => s.key)).toEqual(
      expect.arrayContaining(["default:domesticDayCount", "default:foreignDayCount"]),
    );
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { baroneAdesiWhaley, garmanKohlhagen, leisenReimer, type OptionType } from "../src/domain/fx/options";
import { postJson } from "./helpers";
import published from "./reference/fx-published.json";

/**
 * Published option values beyond Haug's tables (fx.json, quantlib-*.json): each block names its
 * source in tests/reference/fx-published.json.
 */

// The first request loads the Worker's modules, which can exceed a test's 5 s on a busy machine.
beforeAll(async () => {
  await postJson("/v1/fx/forward", { spot: "7.1", domesticRate: "0.015", foreignRate: "0.043", days: 90 });
}, 60_000);

const example = published.equityOptionExample;
const exampleInputs = { ...example.inputs, type: example.inputs.type as OptionType };

describe(`QuantLib's EquityOption example (${example.source})`, () => {
  const close = (value: number, expected: number) =>
    expect(Math.abs(value - expected)).toBeLessThanOrEqual(example.tolerance);

  it("European by the closed form and by the Leisen–Reimer tree: 3.844308", () => {
    close(garmanKohlhagen(exampleInputs).price, example.expected.europeanBlackScholes);
    close(leisenReimer(exampleInputs, "european", example.steps), example.expected.europeanLeisenReimer);
  });

  it("American by Barone-Adesi–Whaley: 4.459628", () => {
    close(baroneAdesiWhaley(exampleInputs).price, example.expected.americanBaroneAdesiWhaley);
  });

  it("American by the Leisen–Reimer tree with early exercise at every node, 801 steps: 4.486076", () => {
    close(leisenReimer(exampleInputs, "american", example.steps), example.expected.americanLeisenReimer);
    // and the tree is within 1e-4 of QuantLib's finite-difference value 4.486113
    expect(
      Math.abs(
        leisenReimer(exampleInputs, "american", example.steps) - example.expected.americanFiniteDifferences,
      ),
    ).toBeLessThan(1e-4);
  });

  it("the same through POST /v1/fx/option-price (BAW and the lattice by name, 801 steps by default)", async () => {
    const body = {
      type: "put",
      style: "american",
      spot: "36",
      strike: "40",
      domesticRate: "0.06",
      foreignRate: "0",
      years: "1",
      vol: "0.2",
    };
    const baw = await postJson("/v1/fx/option-price", { ...body, model: "barone-adesi-whaley" });
    expect(baw.status).toBe(200);
    close(Number(baw.body.price), example.expected.americanBaroneAdesiWhaley);
    expect(baw.body.earlyExercise.possible).toBe(true);
    const tree = await postJson("/v1/fx/option-price", { ...body, model: "lattice" });
    expect(tree.status).toBe(200);
    close(Number(tree.body.price), example.expected.americanLeisenReimer);
  });
});

const bs = published.bjerksundStenslandTestBawRows;
describe(`Barone-Adesi–Whaley at very low volatility (${bs.source})`, () => {
  for (const row of bs.rows) {
    it(`${row.type} K ${row.strike} S ${row.spot} vol ${row.vol} -> ${row.expected}`, () => {
      const { expected, ...inputs } = row;
      const price = baroneAdesiWhaley({ ...inputs, type: row.type as OptionType }).price;
      expect(Math.abs(price - expected)).toBeLessThanOrEqual(bs.tolerance);
    });
  }
});

const ju = published.juAmericanValues;
describe(`American values by the lattice (${ju.source})`, () => {
  for (const row of ju.rows) {
    const years = Math.round(row.years * 360) / 360;
    it(`${row.type} K ${row.strike} S ${row.spot} q ${row.foreignRate} r ${row.domesticRate} T ${row.years} vol ${row.vol} -> ${row.expected}`, () => {
      const inputs = { ...row, years, type: row.type as OptionType };
      const american = leisenReimer(inputs, "american", 801);
      expect(Math.abs(american - row.expected)).toBeLessThanOrEqual(ju.tolerance);
      // early exercise is worth something in every row of these exhibits
      expect(american).toBeGreaterThan(garmanKohlhagen(inputs).price);
    });
  }
});

const iv = published.impliedVol;
describe(`implied volatility through POST /v1/fx/implied-vol (${iv.source})`, () => {
  for (const row of iv.rows) {
    it(`${row.type} S ${row.spot} K ${row.strike} price ${row.price} -> ${row.expected}`, async () => {
      const res = await postJson("/v1/fx/implied-vol", {
        type: row.type,
        style: "european",
        spot: String(row.spot),
        strike: String(row.strike),
        domesticRate: String(row.domesticRate),
        foreignRate: String(row.foreignRate),
        years: row.years.toFixed(10),
        price: String(row.price),
      });
      expect(res.status).toBe(200);
      expect(Math.abs(Number(res.body.vol) - row.expected)).toBeLessThanOrEqual(iv.tolerance);
      // the book rounds to a tenth of a percent
      expect(Number(res.body.vol).toFixed(3)).toBe(row.expected.toFixed(3));
    });
  }
});

import { describe, expect, it } from "vitest";
import { baroneAdesiWhaley } from "../src/domain/fx/options";
import table from "./reference/quantlib-baw-table.json";

/** Beyond the rows in fx.json: Haug's whole Barone-Adesi–Whaley table, puts included. */
describe(`Barone-Adesi–Whaley, the whole table of ${table.source}`, () => {
  for (const row of table.rows) {
    const label = `${row.type} K ${row.strike} S ${row.spot} q ${row.foreignRate} r ${row.domesticRate} T ${row.years} vol ${row.vol}`;
    it(`${label} -> ${row.expected}`, () => {
      const { expected, ...inputs } = row;
      const price = baroneAdesiWhaley({ ...inputs, type: row.type as "call" | "put" }).price;
      expect(Math.abs(price - expected)).toBeLessThanOrEqual(table.tolerance);
    });
  }
});

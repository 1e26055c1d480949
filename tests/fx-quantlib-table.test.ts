import { describe, expect, it } from "vitest";
import { baroneAdesiWhaley, garmanKohlhagen } from "../src/domain/fx/options";
import table from "./reference/quantlib-baw-table.json";
import european from "./reference/quantlib-european-table.json";

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

/** Beyond the rows in fx.json: Haug's whole European table and the greeks fx.json leaves out. */
describe(`Garman–Kohlhagen, the whole table of ${european.source}`, () => {
  for (const row of european.values) {
    const label = `${row.type} K ${row.strike} S ${row.spot} q ${row.foreignRate} r ${row.domesticRate} T ${row.years} vol ${row.vol}`;
    it(`${label} -> ${row.expected}`, () => {
      const { expected, ...inputs } = row;
      const price = garmanKohlhagen({ ...inputs, type: row.type as "call" | "put" }).price;
      expect(Math.abs(price - expected)).toBeLessThanOrEqual(european.tolerance);
    });
  }
  for (const row of european.greeks) {
    it(`${row.greek} of ${row.type} K ${row.strike} S ${row.spot} -> ${row.expected}`, () => {
      const { expected, greek, ...inputs } = row;
      const greeks = garmanKohlhagen({ ...inputs, type: row.type as "call" | "put" }).greeks;
      expect(Math.abs(greeks[greek as keyof typeof greeks] - expected)).toBeLessThanOrEqual(
        european.tolerance,
      );
    });
  }
});

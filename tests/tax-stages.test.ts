import { describe, expect, it } from "vitest";
import { dec } from "../src/domain/money";
import {
  type CitInput,
  citTaxableIncome,
  type NoInvoiceFacts,
  noInvoiceConditions,
  smallLowProfitTests,
} from "../src/domain/tax";
import { taxRules } from "../src/policy/tax";

/**
 * The tax engine's stages one by one, each on a case worked by hand (the working is written beside
 * each assertion) or on the limits a document states in its own words.
 */

const firm: CitInput = {
  method: "deemed-profit",
  revenue: dec(0),
  exemptIncome: dec(0),
  employees: 0,
  totalAssets: dec(0),
  taxYear: 2026,
  restrictedIndustry: false,
};

describe("citTaxableIncome", () => {
  it("deemed profit: exempt income leaves the revenue first, then x 4% (2019年第36号)", () => {
    // (1,000,000 - 100,000) x 4% = 36,000
    const x = { ...firm, revenue: dec(1_000_000), exemptIncome: dec(100_000) };
    expect(citTaxableIncome(x, dec(900_000), taxRules.cit).toFixed(2)).toBe("36000.00");
  });

  it("actual profit: profit - exempt income, never below zero", () => {
    const x: CitInput = { ...firm, method: "actual-profit", profit: dec(50_000), exemptIncome: dec(80_000) };
    expect(citTaxableIncome(x, null, taxRules.cit).toFixed(2)).toBe("0.00");
    expect(citTaxableIncome({ ...x, profit: dec("120000.005") }, null, taxRules.cit).toFixed(2)).toBe(
      "40000.01",
    );
  });
});

describe("smallLowProfitTests (财政部 税务总局公告2023年第12号)", () => {
  const slp = taxRules.cit.smallLowProfit;
  const period = slp.periods.find((p) => p.fromYear <= 2026 && 2026 <= p.untilYear);
  const metOf = (x: CitInput, income: string) =>
    Object.fromEntries(smallLowProfitTests(x, dec(income), period, slp).map((t) => [t.id, t.met]));

  it("at the document's limits every test holds: income 3,000,000, 300 employees, assets 50,000,000", () => {
    const x = { ...firm, employees: 300, totalAssets: dec(50_000_000) };
    expect(metOf(x, "3000000.00")).toEqual({
      "taxable-income": true,
      employees: true,
      "total-assets": true,
      industry: true,
      "relief-in-force": true,
    });
  });

  it("one fen, one employee or one yuan of assets over a limit fails that test alone", () => {
    const x = { ...firm, employees: 301, totalAssets: dec("50000000.01"), restrictedIndustry: true };
    expect(metOf(x, "3000000.01")).toEqual({
      "taxable-income": false,
      employees: false,
      "total-assets": false,
      industry: false,
      "relief-in-force": true,
    });
  });

  it("a year outside the relief years modelled fails the relief-in-force test", () => {
    const tests = smallLowProfitTests({ ...firm, taxYear: 2028 }, dec(0), undefined, slp);
    expect(tests.find((t) => t.id === "relief-in-force")).toMatchObject({ met: false, actual: "2028" });
  });
});

describe("noInvoiceConditions (财税〔2018〕103号 第一条, from 2018-10-01)", () => {
  const shaxi: NoInvoiceFacts = {
    pilotZone: { registered: true, platformRecorded: true, zoneCustoms: true },
    customsCode: "9610",
    purchaseInvoice: "none",
    goodsExcludedFromExemption: false,
    noInvoiceExemption: true,
  };
  const failing = (facts: NoInvoiceFacts, asOf: string) =>
    noInvoiceConditions(facts, taxRules, asOf)
      .filter((c) => !c.met)
      .map((c) => c.id);

  it("a 9610 export without vouchers by a firm registered, recorded and declared in the zone meets all", () => {
    expect(failing(shaxi, "2026-05-01")).toEqual([]);
  });

  it("only 9610 qualifies by default: a 9810 export fails the customs-code condition alone", () => {
    expect(failing({ ...shaxi, customsCode: "9810" }, "2026-05-01")).toEqual(["qualifying-customs-code"]);
  });

  it("each zone fact is its own condition, and an export before 2018-10-01 is outside the notice", () => {
    const outside = {
      ...shaxi,
      pilotZone: { registered: false, platformRecorded: false, zoneCustoms: false },
    };
    expect(failing(outside, "2018-09-30")).toEqual([
      "no-invoice-in-force",
      "registered-in-pilot-zone",
      "recorded-on-platform",
      "declared-through-zone-customs",
    ]);
  });
});

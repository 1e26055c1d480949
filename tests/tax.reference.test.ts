import { beforeAll, describe, expect, it } from "vitest";
import { type Decimal, dec, fen } from "../src/domain/money";
import {
  amountExclVat,
  citForYear,
  computeExemptCreditRefund,
  computeExemptRefund,
  computeTaxedAsDomestic,
} from "../src/domain/tax";
import { taxRules } from "../src/policy/tax";
import { getJson, postJson } from "./helpers";
import reference from "./reference/tax.json";

/**
 * The public worked examples of tests/reference/tax.json (a verbatim copy of shared/reference/tax.json),
 * each checked twice: on the Decimal core the cash-flow projection calls, and through the Worker.
 */

// The Worker's first request pays its start-up, which can pass the 5 s test timeout on a busy machine.
beforeAll(() => getJson("/health"), 60_000);

const zone = { registered: true, platformRecorded: true, zoneCustoms: true };
const noZone = { registered: false, platformRecorded: false, zoneCustoms: false };

/** The named figures of a core result, reported to the fen. */
function figuresOf<T extends object>(f: T, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, fen((f as Record<string, Decimal>)[k])]));
}

describe("exempt-credit-refund examples (tax.json)", () => {
  for (const ex of reference.exemptCreditRefund) {
    it(`${ex.id}: ${ex.source}`, async () => {
      const core = computeExemptCreditRefund({
        fobCny: dec(ex.fobCny),
        vatRate: dec(ex.vatRate),
        refundRate: dec(ex.refundRate),
        domesticOutputVat: dec(ex.domesticOutputVat),
        inputVat: dec(ex.inputVat),
        openingCredit: dec(ex.openingCredit),
        dutyFreeMaterialsCny: dec(ex.dutyFreeMaterialsCny),
      });
      expect(figuresOf(core, Object.keys(ex.expected))).toEqual(ex.expected);

      const res = await postJson("/v1/tax/export-vat", {
        regime: "exempt-credit-refund",
        enterprise: { kind: "manufacturer", vatPayer: "general", pilotZone: noZone },
        customsCode: "0110",
        exportDate: "2025-06-15",
        vatRate: ex.vatRate,
        refundRate: ex.refundRate,
        fob: { amount: String(ex.fobCny), currency: "CNY" },
        domesticOutputVat: ex.domesticOutputVat,
        inputVat: ex.inputVat,
        openingCredit: ex.openingCredit,
        dutyFreeMaterials: { amount: String(ex.dutyFreeMaterialsCny), currency: "CNY" },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.regime).toBe("exempt-credit-refund");
      expect(res.body.figures).toMatchObject(ex.expected);
    });
  }
});

describe("exempt-refund examples (tax.json)", () => {
  for (const ex of reference.exemptRefund) {
    it(`${ex.id}: ${ex.source}`, async () => {
      const amount =
        "invoiceAmountExclVat" in ex && ex.invoiceAmountExclVat
          ? { exclVat: dec(ex.invoiceAmountExclVat) }
          : { inclVat: dec((ex as { invoiceAmountInclVat: string }).invoiceAmountInclVat) };
      const core = computeExemptRefund({
        invoiceAmountExclVat: amountExclVat(amount, dec(ex.invoiceVatRate)),
        invoiceVatRate: dec(ex.invoiceVatRate),
        refundRate: dec(ex.refundRate),
      });
      expect(figuresOf(core, Object.keys(ex.expected))).toEqual(ex.expected);

      const res = await postJson("/v1/tax/export-vat", {
        enterprise: { kind: "trader", vatPayer: "general", pilotZone: noZone },
        customsCode: "0110",
        exportDate: "2025-06-15",
        vatRate: "0.13",
        refundRate: ex.refundRate,
        fob: { amount: "200000", currency: "CNY" },
        purchase: {
          invoice: "special",
          invoiceVatRate: ex.invoiceVatRate,
          ...("exclVat" in amount
            ? { amountExclVat: (ex as { invoiceAmountExclVat: string }).invoiceAmountExclVat }
            : { amountInclVat: (ex as { invoiceAmountInclVat: string }).invoiceAmountInclVat }),
        },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.regime).toBe("exempt-refund");
      expect(res.body.figures).toMatchObject(ex.expected);
    });
  }
});

describe("taxed-as-domestic examples (tax.json)", () => {
  for (const ex of reference.taxedAsDomestic) {
    it(`${ex.id}: ${ex.source}`, async () => {
      const zero = dec(0);
      const core = computeTaxedAsDomestic({
        kind: "trader",
        vatPayer: "general",
        fobCny: dec(ex.fobCny),
        vatRate: dec(ex.vatRate),
        levyRate: dec("0.03"),
        bondedMaterialsConsumed: dec(ex.bondedMaterialsConsumed),
        ledger: { domesticOutputVat: zero, inputVat: zero, openingCredit: zero },
      });
      expect(fen(core.outputVat)).toBe(ex.expected.outputVat);

      // A 9610 trader outside any pilot zone without purchase vouchers: auto lands on taxed-as-domestic.
      const res = await postJson("/v1/tax/export-vat", {
        enterprise: { kind: "trader", vatPayer: ex.vatPayer, pilotZone: noZone },
        customsCode: "9610",
        exportDate: "2025-06-15",
        vatRate: ex.vatRate,
        refundRate: ex.vatRate,
        fob: { amount: ex.fobCny, currency: "CNY" },
        bondedMaterialsConsumed: ex.bondedMaterialsConsumed,
        purchase: { invoice: "none" },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.regime).toBe("taxed-as-domestic");
      expect(res.body.figures).toMatchObject(ex.expected);
    });
  }
});

describe("deemed-profit CIT examples (tax.json)", () => {
  for (const ex of reference.deemedProfitCit) {
    it(`${ex.id}: ${ex.source}`, async () => {
      const core = citForYear(
        {
          method: "deemed-profit",
          revenue: dec(ex.revenue),
          exemptIncome: dec(0),
          employees: ex.employees,
          totalAssets: dec(ex.totalAssets),
          taxYear: 2026,
          restrictedIndustry: false,
        },
        taxRules.cit,
      );
      expect({
        taxableIncome: fen(core.taxableIncome),
        cit: fen(core.cit),
        smallLowProfit: core.smallLowProfit,
      }).toEqual(ex.expected);

      const res = await postJson("/v1/tax/income-tax", {
        method: "deemed-profit",
        revenue: ex.revenue,
        employees: ex.employees,
        totalAssets: ex.totalAssets,
        taxYear: 2026,
        enterprise: { pilotZone: zone },
        customsCode: "9610",
        purchase: { invoice: "none" },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject(ex.expected);
    });
  }
});

import { beforeAll, describe, expect, it } from "vitest";
import { type Decimal, dec, fen } from "../src/domain/money";
import {
  amountExclVat,
  citForYear,
  computeExemptCreditRefund,
  computeExemptRefund,
  computeTaxedAsDomestic,
  plannedBondedMaterials,
} from "../src/domain/tax";
import { taxRules } from "../src/policy/tax";
import { getJson, postJson } from "./helpers";
import reference from "./reference/tax.json";
import published from "./reference/tax-published.json";

/**
 * The public worked examples of tests/reference/tax.json (a verbatim copy of shared/reference/tax.json)
 * and tests/reference/tax-published.json (exam questions with published keys, each naming its page),
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

describe("published exam questions (tax-published.json)", () => {
  for (const p1 of published.exemptCreditRefundPlannedRatio) {
    it(`${p1.id}: 进料加工 by the planned allocation ratio, ${p1.source}`, async () => {
      // The source's own ratio (planned imports ÷ planned exports) exactly, on the core.
      const ratio = dec(p1.plannedImports).div(dec(p1.plannedExports));
      const bonded = plannedBondedMaterials(dec(p1.fobCny), ratio);
      expect(fen(bonded)).toBe(p1.expectedBondedMaterials);
      const core = computeExemptCreditRefund({
        fobCny: dec(p1.fobCny),
        vatRate: dec(p1.vatRate),
        refundRate: dec(p1.refundRate),
        domesticOutputVat: dec(p1.domesticOutputVat),
        inputVat: dec(p1.inputVat),
        openingCredit: dec(p1.openingCredit),
        dutyFreeMaterialsCny: bonded,
      });
      expect(figuresOf(core, Object.keys(p1.expected))).toEqual(p1.expected);

      // Through the Worker the ratio travels as a rate of at most 10 decimals.
      const res = await postJson("/v1/tax/export-vat", {
        enterprise: { kind: "manufacturer", vatPayer: "general", pilotZone: noZone },
        customsCode: "0110",
        exportDate: "2025-06-15",
        vatRate: p1.vatRate,
        refundRate: p1.refundRate,
        fob: { amount: p1.fobCny, currency: "CNY" },
        domesticOutputVat: p1.domesticOutputVat,
        inputVat: p1.inputVat,
        openingCredit: p1.openingCredit,
        plannedAllocationRatio: p1.plannedAllocationRatio,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.regime).toBe("exempt-credit-refund");
      expect(res.body.figures).toMatchObject(p1.expected);
      const step = res.body.explain.find((s: any) => s.key === "bondedMaterials");
      expect(step.value).toBe(p1.expectedBondedMaterials);
    });
  }

  for (const p2 of published.exemptCreditRefundForeignFob) {
    it(`${p2.id}: FOB in a foreign currency at the export-date rate, ${p2.source}`, async () => {
      const fobCny = dec(p2.fob.amount).times(dec(p2.fxRate));
      expect(fen(fobCny)).toBe(p2.expectedFobCny);
      const core = computeExemptCreditRefund({
        fobCny,
        vatRate: dec(p2.vatRate),
        refundRate: dec(p2.refundRate),
        domesticOutputVat: dec(p2.domesticOutputVat),
        inputVat: dec(p2.inputVat),
        openingCredit: dec(p2.openingCredit),
        dutyFreeMaterialsCny: dec(p2.dutyFreeMaterialsCny),
      });
      expect(figuresOf(core, Object.keys(p2.expected))).toEqual(p2.expected);

      const res = await postJson("/v1/tax/export-vat", {
        enterprise: { kind: "manufacturer", vatPayer: "general", pilotZone: noZone },
        customsCode: "0110",
        exportDate: "2025-06-15",
        vatRate: p2.vatRate,
        refundRate: p2.refundRate,
        fob: p2.fob,
        fxRate: p2.fxRate,
        domesticOutputVat: p2.domesticOutputVat,
        inputVat: p2.inputVat,
        openingCredit: p2.openingCredit,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.fobCny).toBe(p2.expectedFobCny);
      expect(res.body.figures).toMatchObject(p2.expected);
      // Surtax base: VAT paid (none, a credit) plus the exempt-credit amount (财政部 税务总局公告2021年第28号).
      expect(res.body.surtax.base).toBe(p2.expected.exemptCredit);
    });
  }
});

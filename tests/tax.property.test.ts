import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../src/domain/dates";
import { Decimal } from "../src/domain/money";
import {
  CUSTOMS_CODES,
  computeExemptCreditRefund,
  computeExemptRefund,
  decideRegime,
  failingConditions,
  type RegimeFacts,
  regimeChangeDates,
  surtaxReliefFactor,
} from "../src/domain/tax";
import { taxRules } from "../src/policy/tax";

/** Money in fen up to 100 million CNY, as a Decimal. */
const money = fc.integer({ min: 0, max: 10_000_000_000 }).map((f) => new Decimal(f).div(100));
/** A VAT rate and a refund rate not above it, in whole per cent. */
const ratePair = fc
  .integer({ min: 0, max: 17 })
  .chain((v) => fc.tuple(fc.constant(v), fc.integer({ min: 0, max: v })))
  .map(([v, r]) => ({ vatRate: new Decimal(v).div(100), refundRate: new Decimal(r).div(100) }));

const ecrInput = fc.record({
  rates: ratePair,
  fobCny: money,
  domesticOutputVat: money,
  inputVat: money,
  openingCredit: money,
  dutyFreeMaterialsCny: money,
});

describe("exempt-credit-refund invariants", () => {
  it("refund + exemptCredit = eligibleRefund; carryForward ≥ 0; refund ≤ closing credit; figures in fen", () => {
    fc.assert(
      fc.property(ecrInput, (x) => {
        const f = computeExemptCreditRefund({ ...x, ...x.rates });
        expect(f.refund.plus(f.exemptCredit).eq(f.eligibleRefund)).toBe(true);
        expect(f.carryForward.gte(0)).toBe(true);
        expect(f.nonCreditable.gte(0)).toBe(true);
        expect(f.eligibleRefund.gte(0)).toBe(true);
        const closingCredit = Decimal.max(f.payable.neg(), 0);
        expect(f.refund.lte(closingCredit)).toBe(true);
        expect(f.refund.plus(f.carryForward).eq(closingCredit)).toBe(true);
        for (const v of [
          f.nonCreditable,
          f.payable,
          f.eligibleRefund,
          f.refund,
          f.exemptCredit,
          f.carryForward,
        ]) {
          expect(v.decimalPlaces()).toBeLessThanOrEqual(2);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("caps the duty-free offset at the first term: more materials than FOB never make nonCreditable negative", () => {
    // FOB 100,000, materials 150,000, 13%/9%: first term 4,000; offset 6,000 capped at 4,000.
    const f = computeExemptCreditRefund({
      fobCny: new Decimal(100000),
      vatRate: new Decimal("0.13"),
      refundRate: new Decimal("0.09"),
      domesticOutputVat: new Decimal(0),
      inputVat: new Decimal(5000),
      openingCredit: new Decimal(0),
      dutyFreeMaterialsCny: new Decimal(150000),
    });
    expect(f.nonCreditableOffset.toFixed(2)).toBe("4000.00");
    expect(f.nonCreditable.toFixed(2)).toBe("0.00");
    expect(f.eligibleRefund.toFixed(2)).toBe("0.00");
    // payable = 0 − (5,000 − 0) − 0 = −5,000; eligibleRefund 0 so all 5,000 carries forward.
    expect(f.carryForward.toFixed(2)).toBe("5000.00");
  });
});

describe("exempt-refund invariants", () => {
  it("refund uses the lower rate; refund + toCost is the invoice VAT within a fen", () => {
    fc.assert(
      fc.property(money, ratePair, fc.integer({ min: 0, max: 13 }), (amount, rates, invoicePct) => {
        const invoiceVatRate = new Decimal(invoicePct).div(100);
        const f = computeExemptRefund({
          invoiceAmountExclVat: amount,
          invoiceVatRate,
          refundRate: rates.refundRate,
        });
        expect(f.rateUsed.eq(Decimal.min(rates.refundRate, invoiceVatRate))).toBe(true);
        const invoiceVat = amount.times(invoiceVatRate);
        expect(f.refund.plus(f.toCost).minus(invoiceVat).abs().lte("0.01")).toBe(true);
      }),
    );
  });
});

const facts: fc.Arbitrary<RegimeFacts> = fc.record({
  kind: fc.constantFrom("manufacturer", "trader"),
  vatPayer: fc.constantFrom("general", "small_scale"),
  pilotZone: fc.record({
    registered: fc.boolean(),
    platformRecorded: fc.boolean(),
    zoneCustoms: fc.boolean(),
  }),
  customsCode: fc.constantFrom(...CUSTOMS_CODES),
  purchaseInvoice: fc.constantFrom("special", "ordinary", "none"),
  exportDate: fc.constantFrom("2018-09-30", "2019-06-01", "2025-06-15", "2026-05-01", "2027-03-01"),
  goodsExcludedFromExemption: fc.boolean(),
  noInvoiceExemption: fc.boolean(),
});

describe("regime decision", () => {
  it("auto never picks a regime whose conditions fail, and a regime applies exactly when a ground holds", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const d = decideRegime(f, taxRules);
        const chosen = d.eligibility[d.regime];
        expect(chosen.applies).toBe(true);
        expect(chosen.basis?.conditions.every((c) => c.met)).toBe(true);
        for (const e of Object.values(d.eligibility)) {
          expect(e.applies).toBe(e.grounds.some((g) => g.conditions.every((c) => c.met)));
          if (!e.applies) expect(failingConditions(e).length).toBeGreaterThan(0);
        }
        // Goods whose refund and exemption were cancelled are always taxed.
        if (f.goodsExcludedFromExemption) expect(d.regime).toBe("taxed-as-domestic");
        // Without purchase vouchers only 无票免税, market procurement, or taxation remain.
        if (f.purchaseInvoice === "none") {
          expect(["exempt", "taxed-as-domestic"]).toContain(d.regime);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("decides alike on any two export dates between the same regime change dates", () => {
    const changes = regimeChangeDates(taxRules);
    expect(changes).toContain("2018-10-01"); // 财税〔2018〕103号 in force
    expect(changes).toContain("2026-01-01"); // 财政部 税务总局公告2026年第11号 replaces 财税〔2012〕39号
    const intervalOf = (date: string) => changes.filter((c) => c <= date).length;
    const dayIn2012To2030 = fc.integer({ min: 0, max: 6940 }).map((d) => addDays("2012-07-01", d));
    fc.assert(
      fc.property(facts, dayIn2012To2030, dayIn2012To2030, (f, a, b) => {
        fc.pre(intervalOf(a) === intervalOf(b));
        const withDate = (exportDate: string) => decideRegime({ ...f, exportDate }, taxRules);
        expect(withDate(a)).toEqual(withDate(b));
      }),
      { numRuns: 500 },
    );
  });

  it("switching the no-invoice exemption off turns a qualifying 9610 export from exempt to taxed", () => {
    const base: RegimeFacts = {
      kind: "trader",
      vatPayer: "general",
      pilotZone: { registered: true, platformRecorded: true, zoneCustoms: true },
      customsCode: "9610",
      purchaseInvoice: "none",
      exportDate: "2026-05-01",
      goodsExcludedFromExemption: false,
      noInvoiceExemption: true,
    };
    expect(decideRegime(base, taxRules).regime).toBe("exempt");
    expect(decideRegime({ ...base, noInvoiceExemption: false }, taxRules).regime).toBe("taxed-as-domestic");
    // 9710 does not qualify by default (unconfirmed), nor does 9610 before 财税〔2018〕103号 took effect.
    expect(decideRegime({ ...base, customsCode: "9710" }, taxRules).regime).toBe("taxed-as-domestic");
    expect(decideRegime({ ...base, exportDate: "2018-09-30" }, taxRules).regime).toBe("taxed-as-domestic");
  });
});

describe("surtax halving (2023年第12号 第二条 and its forerunners)", () => {
  const day = fc.integer({ min: 0, max: 5113 }).map((n) => addDays("2017-01-01", n));
  const payer = fc.record({
    vatPayer: fc.constantFrom("general" as const, "small_scale" as const),
    smallLowProfit: fc.boolean(),
    legalForm: fc.constantFrom("company" as const, "individual_business" as const),
  });

  it("halves for a small-scale payer from 2019, for small low-profit firms and individual businesses from 2022, none after 2027", () => {
    fc.assert(
      fc.property(payer, day, (p, date) => {
        const smallScale = p.vatPayer === "small_scale" && date >= "2019-01-01";
        const others = (p.smallLowProfit || p.legalForm === "individual_business") && date >= "2022-01-01";
        const expected = (smallScale || others) && date <= "2027-12-31" ? "0.5" : "1";
        expect(surtaxReliefFactor(taxRules.surtax, p, date).toString()).toBe(expected);
      }),
    );
  });
});

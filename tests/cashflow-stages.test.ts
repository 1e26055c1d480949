import { describe, expect, it } from "vitest";
import { ScenarioSchema, toScenario } from "../src/api/scenario-schema";
import { explainProjection } from "../src/domain/cashflow/explainProjection";
import { fundMonths } from "../src/domain/cashflow/funding";
import { hedgeConverter } from "../src/domain/cashflow/hedges";
import {
  newLedger,
  normaliseInputs,
  normaliseLine,
  saleOffsets,
  unitFiguresOf,
} from "../src/domain/cashflow/inputs";
import { operateLines } from "../src/domain/cashflow/lineOperations";
import { prepareOperations } from "../src/domain/cashflow/operations";
import { Remittances } from "../src/domain/cashflow/remittances";
import { measureRows, summarize } from "../src/domain/cashflow/report";
import { ALL_OFF, runsOf } from "../src/domain/cashflow/runs";
import type { ProductLine, Scenario } from "../src/domain/cashflow/scenario";
import { decimalOf, type Fixed, fixedOf } from "../src/domain/fixed";
import { Decimal } from "../src/domain/money";
import { PRESETS } from "../src/policy/presets";
import { cashflowRulesFor } from "../src/policy/rulesets";
import { HAND_SCENARIO } from "./fixtures/hand-scenario";

/**
 * The projection's stages one by one (src/domain/cashflow/engine.ts lists them), each on a case
 * small enough to work by hand; the figures are written out beside each assertion.
 */

const RULES = cashflowRulesFor("2026.12.1");
const money = (x: Fixed) => decimalOf(x).toString();
const fx = (s: string) => fixedOf(new Decimal(s));

/**
 * The hand scenario (tests/fixtures/hand-scenario.ts) as the stage figures below are worked: one B2B
 * line of 100 units in January paid 30 days after shipment, 1% spreads and flat bank fees.
 */
function handScenario(overrides: Record<string, unknown> = {}): Scenario {
  return toScenario(
    ScenarioSchema.parse({
      ...HAND_SCENARIO,
      productLines: [
        {
          ...HAND_SCENARIO.productLines[0],
          sales: { channel: "b2b", terms: [{ share: "1", daysAfterShipment: 30 }] },
        },
      ],
      fx: {
        ...HAND_SCENARIO.fx,
        rates: [{ currency: "USD", spot: "7", foreignRate: "0.05", vol: "0.05" }],
        domesticRate: "0.02",
        bidSpread: "0.01",
        offerSpread: "0.01",
        inwardFee: { rate: "0", min: "0", max: "0", fixed: "15" },
        outwardFee: { rate: "0", min: "0", max: "0", fixed: "20" },
      },
      ...overrides,
    }),
  );
}

describe("stage 2, normalised inputs", () => {
  it("spreads a batch's sales over two-week tranches from arrival, or sells it on arrival", () => {
    const timing = handScenario().timing;
    // transit 35 + check-in 7 = day 42; 60 days / 14 = 4.3, so 4 tranches at the middle of each
    // 15-day quarter of the period: 42 + floor(7.5), 42 + floor(22.5), 42 + floor(37.5), 42 + floor(52.5).
    expect(saleOffsets({ ...timing, transitDays: 35, checkInDays: 7, sellThroughDays: 60 })).toEqual([
      49, 64, 79, 94,
    ]);
    expect(saleOffsets({ ...timing, transitDays: 35, checkInDays: 7, sellThroughDays: 0 })).toEqual([42]);
  });

  it("splits a unit's overseas costs into what a payout may deduct and what is wired, and prices the unit", () => {
    const line: ProductLine = {
      ...handScenario().productLines[0],
      unitCost: new Decimal("38"),
      purchaseInvoice: "special",
      invoiceVatRate: new Decimal("0.13"),
      sellingPrice: new Decimal("29.99"),
      returnsRate: new Decimal("0.04"),
      freightPerUnit: new Decimal("4.26"),
      overseasCosts: [
        { category: "logistics", perUnit: new Decimal("5.20"), shareOfSales: new Decimal("0") },
        { category: "platform", perUnit: new Decimal("0"), shareOfSales: new Decimal("0.15") },
      ],
      sales: { channel: "marketplace", payoutRule: "amazon-us" },
    };
    const setup = { mid: fx("7.2"), timing: handScenario().timing };
    const unit = unitFiguresOf(line, setup, new Set(["platform"])); // as if platform fees were nettable
    expect(money(unit.inputVat)).toBe("4.94"); // 38 x 13%
    expect(money(unit.supplier)).toBe("42.94");
    expect(money(unit.depositShare)).toBe("0.5");
    expect(money(unit.netPrice)).toBe("28.7904"); // 29.99 x 0.96
    expect(money(unit.nettable)).toBe("4.31856"); // 15% of 28.7904, the platform's fee
    expect(money(unit.grossByCategory.get("logistics")!)).toBe("5.2");
    expect(money(unit.revenue)).toBe("207.29088"); // 28.7904 x 7.2
    // 207.29088 - (38 + 4.26 + (5.20 + 4.31856) x 7.2 = 68.533632)
    expect(money(unit.profit)).toBe("96.497248");
  });

  it("refuses a marketplace line whose nettable costs exceed its sales, naming the field", () => {
    const base = handScenario();
    const line: ProductLine = {
      ...base.productLines[0],
      sales: { channel: "marketplace", payoutRule: "amazon-us" },
      overseasCosts: [
        { category: "warehousing", perUnit: new Decimal("11"), shareOfSales: new Decimal("0") },
      ],
    };
    const inputs = normaliseInputs({ ...base, productLines: [line] }, RULES);
    expect(() => normaliseLine(inputs, line, 0)).toThrowError(
      expect.objectContaining({
        problems: [expect.objectContaining({ pointer: "/productLines/0/overseasCosts" })],
      }),
    );
  });
});

describe("stage 3, each product line's operations", () => {
  it("pays the supplier, the freight and books the buyer's invoice as a receivable", () => {
    const base = operateLines(normaliseInputs(handScenario(), RULES));
    // 100 units x (50 + 1% ordinary-invoice VAT 0.50) = 5050: half on order (1 Jan), half at shipment (11 Jan).
    expect(money(base.ledger.months.suppliers[0])).toBe("-5050");
    expect(money(base.ledger.months.freight[0])).toBe("-200"); // 100 x 2
    expect(money(base.ledger.months.grants[1])).toBe("1000");
    expect(money(base.ledger.memo.revenue)).toBe("7000"); // 100 x 10 USD x 7
    expect(money(base.ledger.memo.inputVat)).toBe("50");
    // Paid on 10 Feb (11 Jan + 30): factoring from shipment and order financing from the order, until February.
    expect(base.receivables.map((r) => [r.product, r.from, r.until, money(r.amount)])).toEqual([
      ["factoring", 0, 1, "7000"],
      ["order-financing", 0, 1, "7000"],
    ]);
    expect(base.batches).toHaveLength(1);
    expect(base.batches[0]).toMatchObject({ ship: "2026-01-11", units: 100 });
    expect(money(base.batches[0].fobCny)).toBe("7000"); // 100 x 10 declared x 7
  });
});

describe("remittances and netting", () => {
  it("brings a payout home at the bid, net of its costs when netting, and wires the costs otherwise", () => {
    const s = handScenario();
    const inputs = normaliseInputs(s, RULES);
    const setup = normaliseLine(inputs, s.productLines[0], 0).setup; // mid 7, bid 6.93, offer 7.07
    const remittances = new Remittances();
    const day = inputs.monthStarts[0] + 5;
    remittances.receive("payouts", setup, day, fx("100"), fx("20"), 0n, { cny: 0n, spread: 0n });
    remittances.wire(setup, true, 0, day, "platform", fx("20"));
    const netted = remittances.book(newLedger(inputs), true, s.fx.inwardFee, s.fx.outwardFee);
    expect(money(netted.months.salesReceipts[0])).toBe("554.4"); // 80 x 6.93
    expect(money(netted.months.overseasCosts[0])).toBe("0");
    expect(money(netted.months.bankFees[0])).toBe("-15"); // one inward remittance
    expect(money(netted.memo.fxCost)).toBe("5.6"); // 80 x 0.07
    const gross = remittances.book(newLedger(inputs), false, s.fx.inwardFee, s.fx.outwardFee);
    expect(money(gross.months.salesReceipts[0])).toBe("693"); // 100 x 6.93
    expect(money(gross.months.overseasCosts[0])).toBe("-141.4"); // 20 x 7.07
    expect(money(gross.months.bankFees[0])).toBe("-35"); // 15 in, 20 out
    expect(money(gross.memo.fxCost)).toBe("8.4"); // 100 x 0.07 + 20 x 0.07
  });
});

describe("hedges", () => {
  it("converts a forward-hedged receipt at the covered-parity forward less the bid spread", () => {
    const s = handScenario();
    const hedged: Scenario = {
      ...s,
      fx: { ...s.fx, hedge: { ...s.fx.hedge, strategy: "forward", ratio: new Decimal(1) } },
    };
    const inputs = normaliseInputs(hedged, RULES);
    const setup = normaliseLine(inputs, hedged.productLines[0], 0).setup;
    const converted = hedgeConverter(inputs)(setup, fx("1000"), 90);
    // F = 7 x (1 + 0.02 x 90/365) / (1 + 0.05 x 90/360) = 6.94767461525452393...; dealt = F x 0.99.
    expect(decimalOf(converted.cny).toFixed(6)).toBe("6878.197869");
    expect(decimalOf(converted.spread).toFixed(6)).toBe("69.476746");
  });
});

describe("financing: one funding month in its stages", () => {
  it("draws the capped product first (its fee out of the draw), the loan for the rest, repays when the cap falls", () => {
    const share = fx("0.1"); // a tenth of a year, so the interest is exact
    const months = fundMonths(
      0n,
      0n,
      [fx("-100"), 0n],
      [share, share],
      [
        { product: "factoring", annualRate: 0n, feeRate: fx("0.02"), capacity: [fx("50"), 0n] },
        { product: "working-capital-loan", annualRate: fx("0.12"), feeRate: 0n },
      ],
    );
    // Month 1: 100/0.98 = 102.04 exceeds the room of 50: draw 50, fee 1, 49 in hand; the loan draws 51.
    expect([months[0].drawn, months[0].fees, months[0].outstanding].map(money)).toEqual(["101", "1", "101"]);
    // Month 2: interest 51 x 12% x 0.1 = 0.612; the cap falls to 0, so factoring's 50 is repaid; the
    // loan draws 50.612 to cover both.
    expect([months[1].interest, months[1].repaid, months[1].drawn].map(money)).toEqual([
      "0.612",
      "50",
      "50.612",
    ]);
    expect(months[1].bySource.map(money)).toEqual(["0", "101.612"]);
  });
});

describe("stages 5 and 6: runs, effects, explanation", () => {
  const furniture = PRESETS.find((p) => p.id === "dachong-furniture-0110-factoring")!;
  const scenario = toScenario(ScenarioSchema.parse(furniture.scenario));

  it("shares one run between a switch that touches nothing and the same set without it", () => {
    const prepared = prepareOperations(scenario, RULES);
    expect(prepared.applies.netting).toBe(false); // a B2B line has no payout to net costs against
    const runFor = runsOf(scenario, prepared, RULES.behaviour);
    expect(runFor({ ...ALL_OFF, netting: true })).toBe(runFor(ALL_OFF));
  });

  it("reports a chosen measure's marginal effect as (with it) - (without it), and explains in pipeline order", () => {
    const prepared = prepareOperations(scenario, RULES);
    const runFor = runsOf(scenario, prepared, RULES.behaviour);
    const chosen = runFor(scenario.measures);
    const baseline = runFor(ALL_OFF);
    const rows = measureRows(scenario, RULES.cite, prepared.applies, {}, runFor, chosen, baseline, true);
    const finance = rows.find((r) => r.switch === "supplyChainFinance")!;
    const without = runFor({ ...scenario.measures, supplyChainFinance: false });
    expect(finance.chosen).toBe(true);
    // Under 2026.12.1 the effect is the difference of the two runs' reported figures.
    const reported = (run: typeof chosen) =>
      new Decimal(summarize(scenario, run, RULES.behaviour).endingCash);
    expect(new Decimal(finance.marginal.endingCashChange).toFixed(2)).toBe(
      reported(chosen).minus(reported(without)).toFixed(2),
    );
    const keys = explainProjection(
      scenario,
      chosen,
      summarize(scenario, chosen, RULES.behaviour),
      summarize(scenario, baseline, RULES.behaviour),
      rows,
      RULES,
    ).map((s) => s.key.split(":")[0]);
    expect(keys.slice(1, 9)).toEqual([
      "taxes",
      "conversion",
      "totalCost",
      "peakFundingNeed",
      "rounding",
      "endingCash",
      "endingPosition",
      "measure",
    ]);
  });
});

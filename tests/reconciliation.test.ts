import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { projectionResponse } from "../src/api/cashflow";
import { ScenarioSchema } from "../src/api/scenario-schema";
import { MEASURE_SWITCHES } from "../src/domain/cashflow/scenario";
import { Decimal } from "../src/domain/money";
import { PRESETS } from "../src/policy/presets";
import { postJson } from "./helpers";

/**
 * Reconciliation to the fen under ruleset 2026.12.1 (issue 19): every reported figure equals the sum
 * or difference of the reported figures it is made of, with nothing computed here but additions of
 * the answer's own strings.
 */

const RULESET = "2026.12.1";
const d = (s: string) => new Decimal(s);
const sum = (xs: string[]) => xs.reduce((a, b) => a.plus(b), new Decimal(0));
type Answer = ReturnType<typeof projectionResponse>;

function project(scenario: unknown): Answer {
  return projectionResponse(ScenarioSchema.parse(scenario), RULESET);
}

/** Identities inside one answer: months, financing, summary totals, the taxes step. */
function expectReconciled(r: Answer, openingCash: string): void {
  let previousClose = d(openingCash).toDecimalPlaces(2);
  let previousOutstanding = new Decimal(0);
  let interestAndFees = new Decimal(0);
  let peakOutstanding = new Decimal(0);
  for (const p of r.periods) {
    const f = p.financing;
    expect(d(p.openingBalance).eq(previousClose), `${p.month} opens at the last close`).toBe(true);
    const flows = [
      ...Object.values(p.inflows),
      ...Object.values(p.outflows),
      f.drawn,
      f.repaid,
      f.interest,
      f.fees,
    ];
    expect(sum(flows).eq(p.net), `${p.month} flows = net`).toBe(true);
    expect(d(p.openingBalance).plus(p.net).eq(p.closingBalance), `${p.month} opening + net = closing`).toBe(
      true,
    );
    // repaid is reported negative
    expect(
      previousOutstanding.plus(f.drawn).plus(f.repaid).eq(f.outstanding),
      `${p.month} outstanding ${f.outstanding} = ${previousOutstanding} + ${f.drawn} ${f.repaid}`,
    ).toBe(true);
    interestAndFees = interestAndFees.minus(f.interest).minus(f.fees);
    if (d(f.outstanding).gt(peakOutstanding)) peakOutstanding = d(f.outstanding);
    previousClose = d(p.closingBalance);
    previousOutstanding = d(f.outstanding);
  }
  const s = r.summary;
  expect(s.endingCash).toBe(r.periods[r.periods.length - 1].closingBalance);
  expect(d(s.financingCost).eq(interestAndFees), "financing cost = the months' interest and fees").toBe(true);
  expect(d(s.peakFinancingOutstanding).eq(peakOutstanding)).toBe(true);
  const parts = [s.taxes, s.fxCost, s.bankFees, s.hedgingCost, s.financingCost];
  expect(sum(parts).eq(s.totalCost), "total cost = its parts").toBe(true);
  const position = d(s.endingCash)
    .plus(s.receivablesAfterHorizon)
    .minus(s.payablesAfterHorizon)
    .minus(previousOutstanding);
  expect(position.eq(s.endingPosition), `ending position ${s.endingPosition} = ${position}`).toBe(true);
  const taxes = r.explain.find((step) => step.key === "taxes")!.inputs!;
  const taxSum = sum([taxes.vatPaid, taxes.surtaxes, taxes.incomeTax, taxes.inputVat]).minus(
    taxes.vatRefunds,
  );
  expect(taxSum.eq(s.taxes), "taxes = the taxes step's inputs").toBe(true);
  const positionStep = r.explain.find((step) => step.key === "endingPosition")!;
  expect(positionStep.inputs?.financingOutstanding).toBe(
    r.periods[r.periods.length - 1].financing.outstanding,
  );
}

const FIGURES = [
  ["totalCostChange", "totalCost"],
  ["peakFundingNeedChange", "peakFundingNeed"],
  ["endingCashChange", "endingCash"],
  ["endingPositionChange", "endingPosition"],
] as const;

/**
 * Each effect is the difference of two reported summaries: alone = (only this measure) - baseline;
 * marginal = (with it) - (without it), the other measures as chosen.
 */
function expectEffectsAreDifferences(scenario: any, r: Answer): void {
  const off = Object.fromEntries(MEASURE_SWITCHES.map((s) => [s, false]));
  for (const row of r.measures) {
    // The baseline has no programme grants (each programme is a measure of its own): nor has "alone".
    const grants = (scenario.grants ?? []).filter((g: { programme?: string }) => !g.programme);
    const alone = project({ ...scenario, grants, measures: { ...off, [row.switch]: true } }).summary;
    const toggled = project({
      ...scenario,
      measures: { ...scenario.measures, [row.switch]: !row.chosen },
    }).summary;
    const [withIt, without] = row.chosen ? [r.summary, toggled] : [toggled, r.summary];
    for (const [change, figure] of FIGURES) {
      const aloneDiff = d(alone[figure]).minus(r.baseline[figure]);
      expect(d(row.alone[change]).eq(aloneDiff), `${row.switch} alone ${change}`).toBe(true);
      const marginalDiff = d(withIt[figure]).minus(without[figure]);
      expect(d(row.marginal[change]).eq(marginalDiff), `${row.switch} marginal ${change}`).toBe(true);
    }
  }
}

/** A preset with the horizon, cash, switches, financing products and hedge drawn at random. */
const randomScenario = fc
  .record({
    preset: fc.integer({ min: 0, max: PRESETS.length - 1 }),
    horizon: fc.integer({ min: 1, max: 18 }),
    openingFen: fc.integer({ min: 0, max: 300_000_000 }),
    minimum: fc.integer({ min: 0, max: 1_500_000 }),
    switches: fc.record(Object.fromEntries(MEASURE_SWITCHES.map((s) => [s, fc.boolean()]))),
    hedge: fc.constantFrom("none", "forward", "put"),
    products: fc.subarray(
      [
        { product: "factoring", annualRate: "0.041", advanceRate: "0.83", feeRate: "0.0035" },
        { product: "order-financing", annualRate: "0.047", advanceRate: "0.55", feeRate: "0.0021" },
        {
          product: "tax-refund-loan",
          annualRate: "0.0333",
          advanceRate: "0.9",
          feeRate: "0.001",
          feeBase: "face",
        },
        { product: "payout-advance", annualRate: "0.0599", advanceRate: "0.77", feeRate: "0.0017" },
      ],
      { minLength: 0 },
    ),
  })
  .map(({ preset, horizon, openingFen, minimum, switches, hedge, products }) => {
    const s = structuredClone(PRESETS[preset].scenario) as any;
    s.horizonMonths = horizon;
    s.openingCash = (openingFen / 100).toFixed(2);
    s.minimumCash = String(minimum);
    s.measures = switches;
    s.financing.products = products;
    s.fx.hedge = {
      ...s.fx.hedge,
      strategy: hedge,
      ratio: hedge === "none" ? "0" : "0.65",
      strikeRatio: "0.985",
    };
    for (const line of s.productLines) {
      if (Array.isArray(line.monthlyUnits)) line.monthlyUnits = line.monthlyUnits.slice(0, horizon);
    }
    return s;
  });

describe("reported figures reconcile to the fen (ruleset 2026.12.1)", () => {
  it("every preset: months, financing, summary totals, taxes and every effect", () => {
    for (const preset of PRESETS) {
      const r = project(preset.scenario);
      expectReconciled(r, (preset.scenario as { openingCash: string }).openingCash);
      expectEffectsAreDifferences(preset.scenario, r);
    }
  });

  it("property: the same identities over random scenarios (horizons, cash, switches, products, hedges)", () => {
    fc.assert(
      fc.property(randomScenario, (scenario) => {
        const r = project(scenario);
        expectReconciled(r, scenario.openingCash);
        expectEffectsAreDifferences(scenario, r);
      }),
      { numRuns: 10 },
    );
  });

  it("the Guzhen rows of the issue add up: netting's marginal total cost, supply-chain finance's marginal position", () => {
    const guzhen = PRESETS.find((p) => p.id === "guzhen-led-9810-amazon")!.scenario as any;
    const r = project(guzhen);
    const netting = r.measures.find((m) => m.switch === "netting")!;
    const without = project({ ...guzhen, measures: { ...guzhen.measures, netting: false } }).summary;
    expect(d(netting.marginal.totalCostChange).eq(d(r.summary.totalCost).minus(without.totalCost))).toBe(
      true,
    );
  });
});

describe("factoring's fee: one base in the projection and the quote (the invoice face by default)", () => {
  /** One B2B batch paid 60 days after shipment; cash runs short, factoring covers it. */
  const scenario = (feeBase?: "advance" | "face") => {
    const s = structuredClone(
      PRESETS.find((p) => p.id === "dachong-furniture-0110-factoring")!.scenario,
    ) as any;
    s.measures = { ...s.measures, supplyChainFinance: true };
    s.financing.products = [
      {
        product: "factoring",
        annualRate: "0.01",
        advanceRate: "0.8",
        feeRate: "0.004",
        ...(feeBase ? { feeBase } : {}),
      },
    ];
    return s;
  };
  const feeShare = (r: Answer) => {
    const months = r.periods.filter((p) => !d(p.financing.fees).isZero());
    expect(months.length).toBeGreaterThan(0);
    return months.map((p) => d(p.financing.fees).neg().div(p.financing.drawn).toDecimalPlaces(4).toString());
  };

  it("charges 0.4% of the face (0.4% / 0.8 = 0.5% of the draw) by default, 0.4% of the draw when asked", () => {
    // Months where factoring is the only draw: the fee is the rate on the face, draw / advance rate.
    expect(new Set(feeShare(project(scenario())))).toContain("0.005");
    expect(new Set(feeShare(project(scenario("advance"))))).toContain("0.004");
  });

  it("refuses feeBase under a version that charged every fee on the draw, naming the field", () => {
    expect(() => projectionResponse(ScenarioSchema.parse(scenario("face")), "2026.12.0")).toThrowError(
      expect.objectContaining({
        problems: [expect.objectContaining({ pointer: "/financing/products/0/feeBase" })],
      }),
    );
  });

  it("the quote charges factoring's fee on the face too: 0.4% of a 1,000,000 invoice is 4,000.00", async () => {
    const res = await postJson("/v1/financing/quote", {
      product: "factoring",
      invoiceAmount: "1000000",
      recourse: "with-recourse",
      advanceRate: "0.8",
      annualRate: "0.01",
      dayCount: "ACT/360",
      days: 60,
      feeRate: "0.004",
    });
    expect(res.status).toBe(200);
    expect((res.body as { fees: string }).fees).toBe("4000.00");
  });
});

describe("quotes: interest and IRR on the advance as reported", () => {
  it("policy financing 2555641.18 x 0.52 at 3.6% for 286 days ACT/365F: interest on 1328933.41 is 37486.84", async () => {
    // 1328933.41 x 0.036 x 286 / 365 = 37486.8436... (the unrounded 1328933.4136 gave 37486.85)
    const res = await postJson("/v1/financing/quote", {
      product: "policy-financing",
      insuredReceivable: "2555641.18",
      premiumRate: "0",
      advanceRate: "0.52",
      annualRate: "0.036",
      dayCount: "ACT/365F",
      days: 286,
    });
    expect(res.status).toBe(200);
    const q = res.body as {
      advance: string;
      interest: string;
      schedule: { day: number; amount: string }[];
      annualizedRate: { periodicIrr: string };
    };
    expect(q.advance).toBe("1328933.41");
    expect(q.interest).toBe("37486.84");
    // Two flows: the advance in, advance + interest out after one period: irr = interest / advance.
    const irr = d(q.interest).div(q.advance).toDecimalPlaces(10, Decimal.ROUND_HALF_UP);
    expect(q.annualizedRate.periodicIrr).toBe(irr.toFixed(10));
    const out = q.schedule.filter((e) => e.day === 286).reduce((a, e) => a.plus(e.amount), new Decimal(0));
    expect(out.neg().toFixed(2)).toBe(d(q.advance).plus(q.interest).toFixed(2));
  });
});

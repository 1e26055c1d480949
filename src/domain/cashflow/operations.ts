import { fromDayNumber } from "../dates";
import type { Fixed } from "../fixed";
import { departureRefundApplies } from "../tax/timing";
import { type NotApplicable, whyMeasuresDoNotApply } from "./applicability";
import type { CostFilings } from "./filings";
import { bookGrants, type GrantBooking, programmeGrantsOf } from "./grants";
import { firstDealWaiver, hedgingLedger } from "./hedges";
import { type CashflowRules, memo, newLedger, normaliseInputs, type ProjectionInputs } from "./inputs";
import { addSummaries, type Ledger, type LedgerSummary } from "./ledger";
import { financeableOf, type OperatingBase, operateLines } from "./lineOperations";
import {
  FINANCING_PRODUCTS,
  type FinancingProduct,
  type MeasureSwitch,
  type MeasureSwitches,
  type Scenario,
} from "./scenario";
import { type LineFacts, TaxMeasures, type TaxPart } from "./taxes";

export type { CashflowRules } from "./inputs";
export type { LineFacts } from "./taxes";

/** The operating flows of one set of switches (everything but the financing), in fixed point. */
export interface Operations extends LedgerSummary {
  /** The months in full (merged from the parts when first asked: only the reported run needs it). */
  readonly ledger: Ledger;
  /** Day numbers of the first day of each month, and of the day after the horizon. */
  monthStarts: readonly number[];
  /** Per supply-chain product, the receivables it can lend against at each month end (CNY). */
  readonly financeable: Record<FinancingProduct, Fixed[]>;
  readonly lines: LineFacts[];
  cashConversionCycleDays: number;
  /** How income tax was assessed: on deemed profit (4% of revenue) or on actual profit. */
  incomeTaxMethod: "deemed-profit" | "actual-profit";
}

/** A part of the operating flows that depends only on some of the switches. */
interface Part {
  ledger: Ledger;
  /** Receivables outstanding at each month end, by the product that lends against them. */
  financeable: Partial<Record<FinancingProduct, Fixed[]>>;
}

/** The operating flows, ready to be added up for any set of switches (see `prepareOperations`). */
export interface PreparedOperations {
  /** Per switch: whether anything in the scenario is touched by its measure. */
  applies: Record<MeasureSwitch, boolean>;
  /** The awards of the programmes the scenario's grants name, and whether each programme books any. */
  grants: { bookings: GrantBooking[]; applies: boolean[] };
  /** Each overseas cost's outward-payment tax filings when wired out (ruleset 2026.12.1 on; else none). */
  filings: CostFilings[];
  /** Why each measure that touches nothing does not apply (worked out when asked). */
  whyNot(): Partial<Record<MeasureSwitch, NotApplicable>>;
  /**
   * The operating flows under one set of switches (supply-chain finance does not change them), with
   * the named programmes' awards that are on (one flag per programme grant).
   */
  forSwitches(switches: MeasureSwitches, grantsOn: readonly boolean[]): Operations;
}

const bit = (b: boolean) => (b ? "1" : "0");

/**
 * The operating cash of a scenario, prepared once: normalised inputs (stage 2), then each product
 * line's batches (stage 3: supplier, freight, sales, payouts, overseas costs, hedges) computed a
 * single time; what the switches change is computed per switch only where it matters (netting: how
 * costs are paid; the tax measures: VAT, refunds and income tax; the waiver: the first option's
 * fee). `forSwitches` then adds the parts up (stage 4, the ledger), so the baseline, the chosen set
 * and every measure's alone and marginal runs share the work. The sums run in fixed point
 * (src/domain/fixed.ts); the tax, fee and FX rules are the domain's Decimal functions, called once
 * per distinct input.
 */
export function prepareOperations(scenario: Scenario, rules: CashflowRules): PreparedOperations {
  const inputs = normaliseInputs(scenario, rules);
  const base = operateLines(inputs);
  // Receivables are earned and collected whatever the switches: the financing base is computed once.
  const financeableBase = financeableOf(base.receivables, inputs.horizon);
  const taxes = new TaxMeasures(inputs, base);
  const putsByShipment = [...base.batches].sort((a, b) => a.shipDay - b.shipDay || a.line - b.line);
  const parts = switchParts(inputs, base, taxes, putsByShipment);
  const applies = measuresThatApply(inputs, base, taxes, financeableBase, putsByShipment);
  return {
    applies,
    grants: parts.grants,
    filings: base.filings,
    whyNot: () =>
      whyMeasuresDoNotApply({ inputs, base, taxes, hasPut: putsByShipment.some((b) => b.put) }, applies),
    forSwitches(switches, grantsOn) {
      const tax = parts.taxFor(
        bit(switches.noInvoiceExemption) + bit(switches.departureRefund) + bit(switches.deemedProfitTax),
      );
      const switched = [
        parts.nettingFor(bit(switches.netting)),
        parts.hedgingFor(bit(switches.optionFeeWaiver)),
        tax,
      ];
      if (grantsOn.some(Boolean)) switched.push(parts.grantsFor(grantsOn.map(bit).join("")));
      return combineParts(
        inputs,
        base,
        [{ ledger: base.ledger, financeable: financeableBase }, ...switched],
        {
          lines: () => taxes.lineFacts(switches.noInvoiceExemption),
          incomeTaxMethod: tax.incomeTaxMethod,
        },
      );
    },
  };
}

/**
 * The parts of the ledger the switches change, each computed once per setting it is asked for (keyed
 * by its switches as "0"/"1"): how costs are paid (netting), the first option's fee (the waiver), the
 * VAT, refunds and income tax (the tax measures), and the named programmes' awards.
 */
function switchParts(
  inputs: ProjectionInputs,
  base: OperatingBase,
  taxes: TaxMeasures,
  putsByShipment: OperatingBase["batches"],
) {
  const { scenario, rules } = inputs;
  const grants = programmeGrantsOf(scenario, rules.grants, fromDayNumber(inputs.monthStarts[inputs.horizon]));
  const bookedPart = (ledger: Ledger): Part => ({ ledger, financeable: {} });
  return {
    grants,
    nettingFor: memo((k) =>
      bookedPart(
        base.remittances.book(newLedger(inputs), k === "1", scenario.fx.inwardFee, scenario.fx.outwardFee),
      ),
    ),
    hedgingFor: memo((k) => bookedPart(hedgingLedger(inputs, putsByShipment, k === "1"))),
    taxFor: memo((k): Part & Pick<TaxPart, "incomeTaxMethod"> => {
      const part = taxes.ledgerFor({
        noInvoiceExemption: k[0] === "1",
        departureRefund: k[1] === "1",
        deemedProfitTax: k[2] === "1",
      });
      return { ...part, financeable: financeableOf(part.receivables, inputs.horizon) };
    }),
    grantsFor: memo((k) =>
      bookedPart(
        bookGrants(
          newLedger(inputs),
          grants.bookings,
          [...k].map((c) => c === "1"),
        ),
      ),
    ),
  };
}

/**
 * Which measures touch anything here, decided up front: a measure that touches nothing gives the
 * same figures on and off, so its runs are shared with the runs without it.
 */
function measuresThatApply(
  inputs: ProjectionInputs,
  base: OperatingBase,
  taxes: TaxMeasures,
  financeableBase: Part["financeable"],
  putsByShipment: OperatingBase["batches"],
): Record<MeasureSwitch, boolean> {
  const { scenario, rules } = inputs;
  const { batches } = base;
  const refunding = (b: (typeof batches)[number]) => taxes.refunds(b, true) || taxes.refunds(b, false);
  const firstPut = putsByShipment.find((b) => b.put)?.put;
  return {
    netting: base.lines.some((line) => line.setup.hasNettable),
    noInvoiceExemption: batches.some(
      (b) => taxes.regimeOf(b, true).regime !== taxes.regimeOf(b, false).regime,
    ),
    deemedProfitTax:
      batches.length > 0 &&
      batches.every((b) => taxes.regimeOf(b, true).eligibility.exempt.basis?.id === "no-invoice-pilot-zone"),
    optionFeeWaiver:
      scenario.company.firstTimeHedger &&
      firstPut != null &&
      firstDealWaiver(inputs, firstPut).applied.length > 0,
    supplyChainFinance: scenario.financing.products.some((p) =>
      p.product === "tax-refund-loan"
        ? batches.some(refunding)
        : (financeableBase[p.product]?.some((v) => v > 0n) ?? false),
    ),
    departureRefund: batches.some(
      (b) =>
        base.lines[b.line].line.customsCode === "9810" &&
        departureRefundApplies(b.ship, "9810", true, rules.tax) &&
        refunding(b),
    ),
  };
}

/**
 * Stage 4, the ledger: the parts of one set of switches added up. The summary is summed at once;
 * the monthly detail, the financing base and the line facts only for the runs that read them (the
 * reported run; the runs with supply-chain finance).
 */
function combineParts(
  inputs: ProjectionInputs,
  base: OperatingBase,
  parts: readonly Part[],
  facts: { lines: () => LineFacts[]; incomeTaxMethod: Operations["incomeTaxMethod"] },
): Operations {
  const { horizon } = inputs;
  let merged: Ledger | undefined;
  let financeable: Record<FinancingProduct, Fixed[]> | undefined;
  let lines: LineFacts[] | undefined;
  return {
    ...addSummaries(parts.map((p) => p.ledger.summarize())),
    get ledger() {
      if (!merged) {
        merged = newLedger(inputs);
        for (const part of parts) merged.absorb(part.ledger);
      }
      return merged;
    },
    monthStarts: inputs.monthStarts,
    get financeable() {
      financeable ??= Object.fromEntries(
        FINANCING_PRODUCTS.map((product) => [product, addRows(parts, product, horizon)]),
      ) as Record<FinancingProduct, Fixed[]>;
      return financeable;
    },
    get lines() {
      lines ??= facts.lines();
      return lines;
    },
    cashConversionCycleDays: base.cashConversionCycleDays,
    incomeTaxMethod: facts.incomeTaxMethod,
  };
}

/**
 * A product's financing base over the parts: the one part's own row when only one has it (the
 * same row for every set of switches, so the runs can share what they derive from it), else the sum.
 */
function addRows(parts: readonly Part[], product: FinancingProduct, horizon: number): Fixed[] {
  const rows = parts.flatMap((part) => (part.financeable[product] ? [part.financeable[product]] : []));
  if (rows.length === 1) return rows[0];
  const sum = new Array<Fixed>(horizon).fill(0n);
  for (const row of rows) for (let m = 0; m < horizon; m++) sum[m] += row[m];
  return sum;
}

import type { RulesetBehaviour } from "../behaviour";
import { dayNumber } from "../dates";
import { InputError } from "../errors";
import { type Fixed, fixedOf, mul, UNIT } from "../fixed";
import type { WaiverRule } from "../fx/waiver";
import type { GrantRules } from "../grants/estimate";
import type { Decimal } from "../money";
import type { CostCategory, SettlementRules } from "../settlement/netting";
import { checkPayoutRule, type PayoutRule } from "../settlement/payout";
import { refundRatesOf } from "../tax/refundRates";
import { regimeChangeDates } from "../tax/regime";
import type { TaxRules } from "../tax/rules";
import { Ledger, monthStartsOf } from "./ledger";
import type { MeasureValidity } from "./measureValidity";
import type { CurrencyRate, MeasureSwitch, ProductLine, Scenario, Timing } from "./scenario";

/** The rules the projection applies, built from the catalog and seed tables in src/policy. */
export interface CashflowRules {
  tax: TaxRules;
  settlement: SettlementRules;
  payoutRule(id: string): PayoutRule | undefined;
  optionWaivers: readonly WaiverRule[];
  /** The measure behind each switch: catalog id, document and clause, short name. */
  cite: Record<MeasureSwitch, { measure: string; source: string; title: { zh: string; en: string } }>;
  /** What the code does differently under this ruleset version (src/policy/behaviour.ts). */
  behaviour: RulesetBehaviour;
  /** The dates and granting rules of each switch's measure (empty for catalogs without them). */
  validity: Partial<Record<MeasureSwitch, MeasureValidity>>;
  /** The grant programmes of the catalog; null for a ruleset without programme grants. */
  grants: GrantRules | null;
}

/** Stage 2: the scenario-wide figures every later stage reads, converted once to fixed point. */
export interface ProjectionInputs {
  scenario: Scenario;
  rules: CashflowRules;
  horizon: number;
  start: string;
  /** Day numbers of the first day of each month, and of the day after the horizon. */
  monthStarts: readonly number[];
  bidSpread: Fixed;
  /** Share of each receipt hedged (0 without a hedge). */
  hedgeRatio: Fixed;
  /** The overseas cost categories a marketplace payout may deduct (netting). */
  nettableCategories: ReadonlySet<CostCategory>;
  /** Which of the intervals between the tax rules' change dates a shipment date falls in. */
  regimePeriodOf(ship: string): number;
}

/** A product line's VAT and export refund rates on a date. */
export interface LineRates {
  vatRate: Decimal;
  refundRate: Decimal;
}

/** A line's currency and rates: Decimal for the domain functions, fixed point for the sums. */
export interface LineSetup {
  line: ProductLine;
  timing: Timing;
  mid: Fixed;
  bid: Fixed;
  offer: Fixed;
  strike: Fixed | null;
  hasNettable: boolean;
}

/** What a unit of a line costs and brings, fixed point (CNY, or the line's currency where named). */
export interface UnitFigures {
  unitCost: Fixed;
  sellingPrice: Fixed;
  declaredUnitValue: Fixed;
  freight: Fixed;
  inputVat: Fixed;
  /** What the supplier is paid: cost plus the invoice's VAT. */
  supplier: Fixed;
  /** Share of the supplier paid on order (the rest after shipment). */
  depositShare: Fixed;
  /** Selling price net of returns (line currency). */
  netPrice: Fixed;
  /** Overseas costs a payout may deduct (line currency), in all and by category. */
  nettable: Fixed;
  nettableByCategory: ReadonlyMap<CostCategory, Fixed>;
  /** Overseas costs always wired out (line currency), by category. */
  grossByCategory: ReadonlyMap<CostCategory, Fixed>;
  /** Net sales at the middle rate (CNY). */
  revenue: Fixed;
  /** Revenue less goods, freight and overseas costs (CNY), for income tax on actual profit. */
  profit: Fixed;
}

/** Stage 2 for one product line: its rates, timing, payout rule and unit figures. */
export interface NormalisedLine {
  index: number;
  line: ProductLine;
  setup: LineSetup;
  rate: CurrencyRate;
  /** The put's strike (CNY per unit) when the hedge is a bought put. */
  strikeDecimal: Decimal | null;
  payout: { rule: PayoutRule; anchorDay: number } | null;
  /** Days after shipment of each sale tranche. */
  saleOffsets: readonly number[];
  unit: UnitFigures;
  /** The line's VAT and refund rates on an export date (the same object for the same rates). */
  ratesOn(exportDate: string): LineRates;
}

export function normaliseInputs(scenario: Scenario, rules: CashflowRules): ProjectionInputs {
  const nettableCategories = new Set<CostCategory>(rules.settlement.nettableCategories);
  if (rules.settlement.platformFeesNettable) nettableCategories.add("platform");
  const regimeDates = regimeChangeDates(rules.tax);
  const { hedge } = scenario.fx;
  return {
    scenario,
    rules,
    horizon: scenario.horizonMonths,
    start: scenario.startDate,
    monthStarts: monthStartsOf(scenario.startDate, scenario.horizonMonths),
    bidSpread: fixedOf(scenario.fx.bidSpread),
    hedgeRatio: hedge.strategy === "none" ? 0n : fixedOf(hedge.ratio),
    nettableCategories,
    regimePeriodOf(ship) {
      let period = 0;
      while (period < regimeDates.length && regimeDates[period] <= ship) period++;
      return period;
    },
  };
}

/** An empty ledger over the projection's months. */
export function newLedger(inputs: ProjectionInputs): Ledger {
  return new Ledger(inputs.start, inputs.horizon, inputs.monthStarts);
}

export function normaliseLine(inputs: ProjectionInputs, line: ProductLine, index: number): NormalisedLine {
  const { scenario } = inputs;
  const fx = scenario.fx;
  const timing = line.timing ?? scenario.timing;
  const rate = fx.rates.find((r) => r.currency === line.currency)!;
  const mid = fixedOf(rate.spot);
  const strikeDecimal = fx.hedge.strategy === "put" ? rate.spot.times(fx.hedge.strikeRatio) : null;
  const setup: LineSetup = {
    line,
    timing,
    mid,
    bid: mul(mid, UNIT - inputs.bidSpread),
    offer: mul(mid, UNIT + fixedOf(fx.offerSpread)),
    strike: strikeDecimal && fixedOf(strikeDecimal),
    hasNettable: false,
  };
  const payout = payoutOf(line, index, inputs.rules);
  const unit = unitFiguresOf(line, setup, inputs.nettableCategories);
  setup.hasNettable = unit.nettable !== 0n;
  if (payout && unit.nettable > unit.netPrice) {
    throw new InputError([
      {
        pointer: `/productLines/${index}/overseasCosts`,
        en: "the overseas costs that may be netted exceed the sales they would be netted against",
        zh: "可轧差的境外费用超过了对应的销售收入",
      },
    ]);
  }
  return {
    index,
    line,
    setup,
    rate,
    strikeDecimal,
    payout,
    saleOffsets: saleOffsets(timing),
    unit,
    ratesOn: lineRatesOf(line, index, inputs.rules),
  };
}

/** A marketplace line's payout rule (null for B2B), checked. */
function payoutOf(line: ProductLine, index: number, rules: CashflowRules): NormalisedLine["payout"] {
  if (line.sales.channel !== "marketplace") return null;
  const rule = rules.payoutRule(line.sales.payoutRule);
  if (!rule) {
    throw new InputError([
      {
        pointer: `/productLines/${index}/sales/payoutRule`,
        en: "unknown payout rule; see GET /v1/reference/payout-rules",
        zh: "未知的回款规则；规则列表见 GET /v1/reference/payout-rules",
      },
    ]);
  }
  checkPayoutRule(rule);
  return { rule, anchorDay: dayNumber(rule.cycleAnchor) };
}

/** Whether a payout may deduct a line's cost of this category (netting): marketplace lines only. */
export function mayBeNetted(
  line: ProductLine,
  category: CostCategory,
  nettableCategories: ReadonlySet<CostCategory>,
): boolean {
  return line.sales.channel === "marketplace" && nettableCategories.has(category);
}

/** Unit figures of a line; overseas costs split into what a payout may deduct and what is wired. */
export function unitFiguresOf(
  line: ProductLine,
  setup: Pick<LineSetup, "mid" | "timing">,
  nettableCategories: ReadonlySet<CostCategory>,
): UnitFigures {
  const unitCost = fixedOf(line.unitCost);
  const sellingPrice = fixedOf(line.sellingPrice);
  const freight = fixedOf(line.freightPerUnit);
  const inputVat = line.purchaseInvoice !== "none" ? mul(unitCost, fixedOf(line.invoiceVatRate)) : 0n;
  const netPrice = mul(sellingPrice, UNIT - fixedOf(line.returnsRate));
  let nettable = 0n;
  const nettableByCategory = new Map<CostCategory, Fixed>();
  const grossByCategory = new Map<CostCategory, Fixed>();
  for (const cost of line.overseasCosts) {
    const perUnit = fixedOf(cost.perUnit) + mul(netPrice, fixedOf(cost.shareOfSales));
    if (perUnit === 0n) continue;
    const mayNet = mayBeNetted(line, cost.category, nettableCategories);
    if (mayNet) nettable += perUnit;
    const into = mayNet ? nettableByCategory : grossByCategory;
    into.set(cost.category, (into.get(cost.category) ?? 0n) + perUnit);
  }
  let overseas = nettable;
  for (const v of grossByCategory.values()) overseas += v;
  const revenue = mul(netPrice, setup.mid);
  return {
    unitCost,
    sellingPrice,
    declaredUnitValue: fixedOf(line.declaredUnitValue),
    freight,
    inputVat,
    supplier: unitCost + inputVat,
    depositShare: fixedOf(setup.timing.supplierDepositShare),
    netPrice,
    nettable,
    nettableByCategory,
    grossByCategory,
    revenue,
    profit: revenue - (unitCost + freight + mul(overseas, setup.mid)),
  };
}

/**
 * A line's VAT and refund rates on an export date: its own, else the dated refund-rate table's for
 * its HS code (the code's rows found once per line, the date looked up per batch).
 */
export function lineRatesOf(
  line: ProductLine,
  index: number,
  rules: CashflowRules,
): (exportDate: string) => LineRates {
  if (line.vatRate && line.refundRate) {
    const own = { vatRate: line.vatRate, refundRate: line.refundRate };
    return () => own;
  }
  const lookUp = refundRatesOf(rules.tax.refundRates, line.hsCode);
  // One object per table row, so a caller may memoise by the rates' identity.
  const byRow = new Map<object, LineRates>();
  return (exportDate) => {
    const found = lookUp(exportDate);
    if (!found.found) throw new InputError([rateProblem(line, index, exportDate, rules)]);
    let rates = byRow.get(found.row);
    if (!rates) {
      rates = {
        vatRate: line.vatRate ?? found.row.vatRate,
        refundRate: line.refundRate ?? found.row.refundRate,
      };
      byRow.set(found.row, rates);
    }
    return rates;
  };
}

/** No dated rate covers the line's HS code on the date: the user gives the line's rates. */
function rateProblem(line: ProductLine, index: number, exportDate: string, rules: CashflowRules) {
  return rules.behaviour.rateProblemInWords
    ? {
        pointer: `/productLines/${index}/hsCode`,
        en: `the refund-rate table has no rate for HS code ${line.hsCode} on ${exportDate}: enter this line's VAT rate and export refund rate`,
        zh: `退税率表中没有商品编码 ${line.hsCode} 在 ${exportDate} 的税率：请为该产品线填写增值税率和出口退税率`,
      }
    : {
        pointer: `/productLines/${index}/hsCode`,
        en: `no dated refund rate covers HS ${line.hsCode} on ${exportDate}; give vatRate and refundRate for this line`,
        zh: `退税率表中没有 HS ${line.hsCode} 在 ${exportDate} 的税率；请为该产品线填写 vatRate 和 refundRate`,
      };
}

/** Sales of a batch spread over its sell-through period in two-week tranches (one on arrival for B2B). */
export function saleOffsets(timing: Timing): number[] {
  const start = timing.transitDays + timing.checkInDays;
  if (timing.sellThroughDays === 0) return [start];
  const count = Math.max(1, Math.round(timing.sellThroughDays / 14));
  return Array.from(
    { length: count },
    (_, i) => start + Math.floor(((i + 0.5) * timing.sellThroughDays) / count),
  );
}

/** A value computed once per key. */
export function memo<T>(build: (key: string) => T): (key: string) => T {
  const store = new Map<string, T>();
  return (key: string) => {
    let value = store.get(key);
    if (value === undefined) {
      value = build(key);
      store.set(key, value);
    }
    return value;
  };
}

/**
 * A value computed once per pair of keys (Map keys: numbers and bigints by value, objects by
 * identity), for the loops that meet the same pair again and again.
 */
export function memoByPair<A, B, T>(build: (a: A, b: B) => T): (a: A, b: B) => T {
  const store = new Map<A, Map<B, T>>();
  return (a, b) => {
    let inner = store.get(a);
    if (!inner) {
      inner = new Map();
      store.set(a, inner);
    }
    let value = inner.get(b);
    if (value === undefined) {
      value = build(a, b);
      inner.set(b, value);
    }
    return value;
  };
}

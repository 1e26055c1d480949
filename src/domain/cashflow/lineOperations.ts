import { calendarMonthOf, fromDayNumber } from "../dates";
import { decimalOf, divInt, type Fixed, fixedOf, mul, UNIT } from "../fixed";
import { type Decimal, ZERO } from "../money";
import { paidDayAfterDelivery } from "../settlement/payout";
import type { RegimeDecision } from "../tax/regime";
import { exportCreditFigures } from "../tax/vat";
import { type CostFilings, costFilings } from "./filings";
import { type Arrival, hedgeConverter, type PutCost, putOfBatch } from "./hedges";
import {
  type LineRates,
  mayBeNetted,
  memoByPair,
  type NormalisedLine,
  newLedger,
  normaliseLine,
  type ProjectionInputs,
} from "./inputs";
import type { Ledger } from "./ledger";
import { Remittances } from "./remittances";
import type { FinancingProduct } from "./scenario";

/** One month's batch of one product line, with every switch-independent figure computed once. */
export interface Batch {
  line: number;
  ship: string;
  /** Which of the intervals between `regimeChangeDates` the shipment falls in. */
  regimePeriod: number;
  shipDay: number;
  /** Days after shipment of the batch's sale tranches (the line's, shared by its batches). */
  saleOffsets: readonly number[];
  units: number;
  vatRate: Decimal;
  refundRate: Decimal;
  fobCny: Fixed;
  inputVat: Fixed;
  /** The export side of exempt-credit-refund (免抵退) for the batch. */
  credit: { nonCreditable: Fixed; eligibleRefund: Fixed };
  /** Premium and handling fee of the batch's bought put (CNY), when the strategy is a put. */
  put: PutCost | null;
  /** The batch's VAT regime without and with the no-invoice measure, kept once decided (taxes.ts). */
  regimes: [RegimeDecision | undefined, RegimeDecision | undefined];
}

/** Money owed to the firm from one month index to another, that a financing product lends against. */
export interface Receivable {
  product: FinancingProduct;
  from: number;
  until: number;
  amount: Fixed;
}

/** Stage 3's result: every product line's switch-independent operations, added up. */
export interface OperatingBase {
  /** Suppliers, freight, grants and the remittances netting does not change; revenue, input VAT and FX cost as memos. */
  ledger: Ledger;
  lines: NormalisedLine[];
  batches: Batch[];
  /** Revenue and profit by calendar quarter (year x 4 + quarter), for the income-tax prepayments. */
  quarterRevenue: Map<number, Fixed>;
  quarterProfit: Map<number, Fixed>;
  /** Sales receipts and overseas costs as the bank moves them (netting decides what is wired). */
  remittances: Remittances;
  /** Receivables from sales, whatever the switches. */
  receivables: Receivable[];
  /** Days from paying suppliers to receiving the money, weighted across lines by revenue. */
  cashConversionCycleDays: number;
  /** Each overseas cost's outward-payment tax filings (behaviour outwardPaymentFilings; else none). */
  filings: CostFilings[];
}

/** How many units of the line's sale tranches fall in each bucket (plain integers, exact). */
interface TrancheUnits {
  byQuarter: Map<number, number>;
  /** Overseas costs paid in a calendar month (on its first sale day). */
  costsByMonth: Map<number, { day: number; units: number }>;
  /** Marketplace payouts by pay day (and shipment day, when a forward's term depends on it). */
  payouts: Map<number, { payDay: number; shipDay: number; units: number }>;
  /** Payouts outstanding between two month indexes (what a payout advance lends against). */
  advances: Map<number, { from: number; until: number; units: number }>;
  shipped: number;
  /** What n units of the line's tranches carry of an amount per unit. */
  worth: (units: number, perUnit: Fixed) => Fixed;
}

type Convert = ReturnType<typeof hedgeConverter>;

/** Stage 3: each product line's batches (purchases, freight, sales, payouts, hedges), then grants. */
export function operateLines(inputs: ProjectionInputs): OperatingBase {
  const base: OperatingBase = {
    ledger: newLedger(inputs),
    lines: [],
    batches: [],
    quarterRevenue: new Map(),
    quarterProfit: new Map(),
    remittances: new Remittances(),
    receivables: [],
    cashConversionCycleDays: 0,
    filings: [],
  };
  const convert = hedgeConverter(inputs);
  const cycle = { weighted: 0, weight: 0 };
  inputs.scenario.productLines.forEach((productLine, index) => {
    const line = normaliseLine(inputs, productLine, index);
    base.lines.push(line);
    operateLine(inputs, line, convert, cycle, base);
  });
  for (const grant of inputs.scenario.grants) base.ledger.add(grant.date, "grants", fixedOf(grant.amount));
  // What netting does not change is booked here once; the netting switch's part books the rest.
  base.remittances.bookUnnetted(base.ledger, inputs.scenario.fx.inwardFee, inputs.scenario.fx.outwardFee);
  base.cashConversionCycleDays = cycle.weight === 0 ? 0 : Math.round(cycle.weighted / cycle.weight);
  return base;
}

function operateLine(
  inputs: ProjectionInputs,
  line: NormalisedLine,
  convert: Convert,
  cycle: { weighted: number; weight: number },
  into: OperatingBase,
): void {
  const tranches: TrancheUnits = {
    worth: trancheWorthOf(line),
    byQuarter: new Map(),
    costsByMonth: new Map(),
    payouts: new Map(),
    advances: new Map(),
    shipped: 0,
  };
  const firstBatch = line.line.monthlyUnits.findIndex((n) => n > 0);
  // The export side of exempt-credit-refund is the tax domain's, once per distinct batch.
  const creditOf = memoByPair((rates: LineRates, count: number): Batch["credit"] => {
    const fob = decimalOf(mul(line.unit.declaredUnitValue * BigInt(count), line.setup.mid));
    const pieces = exportCreditFigures(fob, rates.vatRate, rates.refundRate, ZERO);
    return { nonCreditable: fixedOf(pieces.nonCreditable), eligibleRefund: fixedOf(pieces.eligibleRefund) };
  });
  for (let m = 0; m < inputs.horizon; m++) {
    const count = line.line.monthlyUnits[m];
    if (!count) continue;
    tranches.shipped += count;
    into.batches.push(
      shipBatch(inputs, line, m, count, m === firstBatch, tranches, convert, cycle, into, creditOf),
    );
  }
  bookRevenueAndProfit(line, tranches, into);
  wireOverseasCosts(line, tranches, into.remittances);
  if (inputs.rules.behaviour.outwardPaymentFilings) into.filings.push(...lineFilings(inputs, line, tranches));
  if (line.payout) bookPayouts(inputs, line, tranches, convert, into);
}

/** One month's batch: paid for, shipped, sold in tranches, invoiced (B2B), hedged. */
function shipBatch(
  inputs: ProjectionInputs,
  line: NormalisedLine,
  m: number,
  count: number,
  isFirstBatch: boolean,
  tranches: TrancheUnits,
  convert: Convert,
  cycle: { weighted: number; weight: number },
  into: OperatingBase,
  creditOf: (rates: LineRates, count: number) => Batch["credit"],
): Batch {
  const { timing } = line.setup;
  const units = BigInt(count);
  const orderDay = inputs.monthStarts[m];
  const shipDay = orderDay + timing.productionDays;
  const ship = fromDayNumber(shipDay);
  const rates = line.ratesOn(ship);
  payPurchases(into.ledger, line, orderDay, shipDay, units);
  // When each share of the batch's money arrives: what a put's term and the cash conversion cycle
  // are measured on.
  const arrivals: Arrival[] | null =
    (line.strikeDecimal && inputs.hedgeRatio > 0n) || isFirstBatch ? [] : null;
  sellInTranches(inputs, line, shipDay, count, tranches, arrivals, into.ledger);
  invoiceBuyer(inputs, line, m, shipDay, units, arrivals, convert, into);
  const put =
    line.strikeDecimal && arrivals?.length ? putOfBatch(inputs, line, units, shipDay, arrivals) : null;
  if (isFirstBatch && arrivals?.length) addToCycle(line, count, orderDay, arrivals, cycle);
  return {
    line: line.index,
    ship,
    regimePeriod: inputs.regimePeriodOf(ship),
    shipDay,
    saleOffsets: line.saleOffsets,
    units: count,
    vatRate: rates.vatRate,
    refundRate: rates.refundRate,
    fobCny: mul(line.unit.declaredUnitValue * units, line.setup.mid),
    inputVat: line.unit.inputVat * units,
    credit: creditOf(rates, count),
    put,
    regimes: [undefined, undefined],
  };
}

/** Purchases (a deposit on order, the balance after shipment) and first-mile freight at shipment. */
function payPurchases(
  ledger: Ledger,
  line: NormalisedLine,
  orderDay: number,
  shipDay: number,
  units: bigint,
) {
  const { timing } = line.setup;
  const supplier = line.unit.supplier * units;
  const deposit = mul(supplier, line.unit.depositShare);
  ledger.addDay(orderDay, "suppliers", -deposit);
  ledger.addDay(shipDay + timing.supplierBalanceDays, "suppliers", deposit - supplier);
  ledger.addDay(shipDay, "freight", -(line.unit.freight * units));
}

/** Counts the batch's sale tranches into quarters, cost months, payouts and payout advances. */
function sellInTranches(
  inputs: ProjectionInputs,
  line: NormalisedLine,
  shipDay: number,
  count: number,
  tranches: TrancheUnits,
  arrivals: Arrival[] | null,
  ledger: Ledger,
): void {
  const forwardHedge = inputs.scenario.fx.hedge.strategy === "forward" && inputs.hedgeRatio > 0n;
  const share = 1 / line.saleOffsets.length;
  for (const offset of line.saleOffsets) {
    const saleDay = shipDay + offset;
    const month = calendarMonthOf(saleDay);
    const quarter = Math.floor(month / 3);
    tranches.byQuarter.set(quarter, (tranches.byQuarter.get(quarter) ?? 0) + count);
    const cost = tranches.costsByMonth.get(month);
    if (cost) cost.units += count;
    else tranches.costsByMonth.set(month, { day: saleDay, units: count });
    if (!line.payout) continue;
    const payDay = paidDayAfterDelivery(saleDay, line.payout.rule, line.payout.anchorDay);
    arrivals?.push({ payDay, share });
    // Day numbers are under a million for millennia to come: the pair packs into one number.
    const key = forwardHedge ? payDay * 1_000_000 + shipDay : payDay;
    const bucket = tranches.payouts.get(key);
    if (bucket) bucket.units += count;
    else tranches.payouts.set(key, { payDay, shipDay, units: count });
    const from = ledger.indexOfDay(saleDay);
    const until = ledger.indexOfDay(payDay);
    const advanceKey = (from + 1) * 1_000 + until;
    const advance = tranches.advances.get(advanceKey);
    if (advance) advance.units += count;
    else tranches.advances.set(advanceKey, { from, until, units: count });
  }
}

/**
 * A B2B batch's invoice paid in instalments by its buyer (the hedged part converted for its term);
 * each instalment backs factoring from shipment and order financing from the order.
 */
function invoiceBuyer(
  inputs: ProjectionInputs,
  line: NormalisedLine,
  m: number,
  shipDay: number,
  units: bigint,
  arrivals: Arrival[] | null,
  convert: Convert,
  into: OperatingBase,
): void {
  if (line.line.sales.channel !== "b2b") return;
  const { setup } = line;
  const invoice = line.unit.sellingPrice * units;
  for (const term of line.line.sales.terms) {
    const amount = mul(invoice, fixedOf(term.share));
    const payDay = shipDay + term.daysAfterShipment;
    arrivals?.push({ payDay, share: term.share.toNumber() });
    const hedged = mul(amount, inputs.hedgeRatio);
    const converted = convert(setup, hedged, payDay - shipDay);
    into.remittances.receive(`buyer of line ${line.index}`, setup, payDay, amount, 0n, hedged, converted);
    const amountCny = mul(amount, setup.mid);
    const until = into.ledger.indexOfDay(payDay);
    const from = into.ledger.indexOfDay(shipDay);
    into.receivables.push({ product: "factoring", from, until, amount: amountCny });
    into.receivables.push({ product: "order-financing", from: m, until, amount: amountCny });
  }
}

/**
 * The line's first batch in the cash conversion cycle: days from paying the supplier (deposit on
 * order, balance later) to receiving the money, weighted across lines by revenue.
 */
function addToCycle(
  line: NormalisedLine,
  count: number,
  orderDay: number,
  arrivals: readonly Arrival[],
  cycle: { weighted: number; weight: number },
): void {
  const { timing } = line.setup;
  const receiptDays = arrivals.reduce((sum, a) => sum + a.share * (a.payDay - orderDay), 0);
  const supplierDays =
    (1 - timing.supplierDepositShare.toNumber()) * (timing.productionDays + timing.supplierBalanceDays);
  const weight = count * decimalOf(line.unit.revenue).toNumber();
  cycle.weighted += (receiptDays - supplierDays) * weight;
  cycle.weight += weight;
}

/**
 * Tranches are summed as whole batch units per bucket and turned into money once per bucket: n
 * units of tranches that each sell 1/k of a batch carry n/k units' worth. A line that ships alike
 * month after month fills its buckets alike, so each (amount per unit, n) is worked out once.
 */
function trancheWorthOf(line: NormalisedLine): (units: number, perUnit: Fixed) => Fixed {
  const shares = BigInt(line.saleOffsets.length);
  return memoByPair((units: number, perUnit: Fixed) => divInt(perUnit * BigInt(units), shares));
}

/** Revenue and input VAT of the units shipped; revenue and profit by the quarter each tranche sells. */
function bookRevenueAndProfit(line: NormalisedLine, tranches: TrancheUnits, into: OperatingBase): void {
  const { unit } = line;
  into.ledger.note("revenue", unit.revenue * BigInt(tranches.shipped));
  into.ledger.note("inputVat", unit.inputVat * BigInt(tranches.shipped));
  for (const [quarter, n] of tranches.byQuarter) {
    const revenue = tranches.worth(n, unit.revenue);
    const profit = tranches.worth(n, unit.profit);
    into.quarterRevenue.set(quarter, (into.quarterRevenue.get(quarter) ?? 0n) + revenue);
    into.quarterProfit.set(quarter, (into.quarterProfit.get(quarter) ?? 0n) + profit);
  }
}

/** The line's overseas costs, by the month its tranches sell, into the month's wires. */
function wireOverseasCosts(line: NormalisedLine, tranches: TrancheUnits, remittances: Remittances): void {
  for (const [month, { day, units: n }] of tranches.costsByMonth) {
    for (const [category, v] of line.unit.grossByCategory)
      remittances.wire(line.setup, false, month, day, category, tranches.worth(n, v));
    for (const [category, v] of line.unit.nettableByCategory)
      remittances.wire(line.setup, true, month, day, category, tranches.worth(n, v));
  }
}

/**
 * The filings of each of the line's overseas costs: its own payment each month its tranches sell (the
 * month's wire carries it), in USD through the two middle rates when the line is in another currency.
 */
function lineFilings(inputs: ProjectionInputs, line: NormalisedLine, tranches: TrancheUnits): CostFilings[] {
  const payments = [...tranches.costsByMonth.entries()].sort(([a], [b]) => a - b).map(([, v]) => v);
  const usd = inputs.scenario.fx.rates.find((r) => r.currency === "USD");
  const usdPerUnit = line.line.currency === "USD" ? UNIT : usd ? fixedOf(line.rate.spot.div(usd.spot)) : null;
  return line.line.overseasCosts.flatMap((cost, index) => {
    const perUnit = fixedOf(cost.perUnit) + mul(line.unit.netPrice, fixedOf(cost.shareOfSales));
    if (perUnit === 0n) return [];
    const usdOfUnits =
      usdPerUnit === null
        ? null
        : (units: number) => {
            const amount = tranches.worth(units, perUnit);
            return usdPerUnit === UNIT ? amount : mul(amount, usdPerUnit);
          };
    return [
      costFilings(
        {
          line: line.index,
          lineName: line.line.name,
          cost: index,
          category: cost.category,
          contracts: cost.contracts ?? 1,
          nettable: mayBeNetted(line.line, cost.category, inputs.nettableCategories),
          payments,
          usdOfUnits,
        },
        inputs.rules.settlement,
      ),
    ];
  });
}

/**
 * A marketplace line's payouts: one disbursement a day pays all of a seller's lines in that
 * currency; a payout advance lends against what will be paid out (sales net of the costs a payout
 * deducts).
 */
function bookPayouts(
  inputs: ProjectionInputs,
  line: NormalisedLine,
  tranches: TrancheUnits,
  convert: Convert,
  into: OperatingBase,
): void {
  const { unit, setup } = line;
  const payer = `${(line.line.sales as { payoutRule: string }).payoutRule} payouts in ${line.line.currency}`;
  for (const { payDay, shipDay, units: n } of tranches.payouts.values()) {
    const gross = tranches.worth(n, unit.netPrice);
    const nettable = tranches.worth(n, unit.nettable);
    const hedged = mul(gross - nettable, inputs.hedgeRatio);
    const converted = convert(setup, hedged, payDay - shipDay);
    into.remittances.receive(payer, setup, payDay, gross, nettable, hedged, converted);
  }
  const advancePerUnit = mul(unit.netPrice - unit.nettable, setup.mid);
  for (const { from, until, units: n } of tranches.advances.values()) {
    into.receivables.push({
      product: "payout-advance",
      from,
      until,
      amount: tranches.worth(n, advancePerUnit),
    });
  }
}

/** Per financing product, the receivables outstanding at each month end. */
export function financeableOf(
  receivables: readonly Receivable[],
  horizon: number,
): Partial<Record<FinancingProduct, Fixed[]>> {
  const out: Partial<Record<FinancingProduct, Fixed[]>> = {};
  for (const r of receivables) {
    let row = out[r.product];
    if (!row) {
      row = new Array<Fixed>(horizon).fill(0n);
      out[r.product] = row;
    }
    for (let m = Math.max(0, r.from); m < Math.min(horizon, r.until); m++) row[m] += r.amount;
  }
  return out;
}

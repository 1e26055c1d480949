import type { RulesetBehaviour } from "../behaviour";
import { addDays, addMonths, calendarMonthOf, dayNumber, fromDayNumber } from "../dates";
import { InputError } from "../errors";
import { decimalOf, divInt, type Fixed, fixedOf, mul, UNIT } from "../fixed";
import { forwardRate } from "../fx/forward";
import { garmanKohlhagen } from "../fx/options";
import { applyOptionWaiver, handlingFee, type WaiverRule } from "../fx/waiver";
import { type Decimal, dec, fixed, fromFloat, ONE, ZERO } from "../money";
import {
  COST_CATEGORIES,
  type CostCategory,
  remittanceFeeFixed,
  type SettlementRules,
} from "../settlement/netting";
import { checkPayoutRule, type PayoutRule, paidDayAfterDelivery } from "../settlement/payout";
import { citForYear } from "../tax/cit";
import { findRefundRate } from "../tax/refundRates";
import { decideRegime, type RegimeDecision, regimeChangeDates } from "../tax/regime";
import type { Regime, TaxRules } from "../tax/rules";
import { computeSurtaxes, surtaxReliefFactor } from "../tax/surtax";
import { citPrepaymentDates, departureRefundApplies } from "../tax/timing";
import {
  computeExemptRefund,
  computeTaxedAsDomestic,
  exportCreditFigures,
  settleExemptCreditRefund,
} from "../tax/vat";
import { addSummaries, Ledger, type LedgerSummary, monthStartsOf } from "./ledger";
import {
  FINANCING_PRODUCTS,
  type FinancingProduct,
  type MeasureSwitch,
  type MeasureSwitches,
  type ProductLine,
  type Scenario,
  type Timing,
} from "./scenario";

/** What the projection knows about each product line's treatment (shown beside the figures). */
export interface LineFacts {
  name: string;
  regime: Regime;
  vatRate: string;
  refundRate: string;
  reason: { zh: string; en: string };
  /** Document and clause of the ground the regime rests on. */
  source?: string;
}

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
}

/**
 * The receipts of one inward remittance (a marketplace payout, or a buyer's payment), summed:
 * netting changes only how much of `gross` comes home; the hedged part is converted alike either way.
 */
interface ReceiptGroup {
  payDay: number;
  /** A line of the remittance's currency (its rates are the remittance's). */
  setup: LineSetup;
  gross: Fixed;
  nettable: Fixed;
  hedged: Fixed;
  /** CNY received for the hedged part (forward or put rate, or the bid) and its spread cost. */
  hedgedCny: Fixed;
  hedgedSpread: Fixed;
}

/** Overseas costs wired out in one calendar month, currency and category. */
interface OutwardCost {
  day: number;
  setup: LineSetup;
  amount: Fixed;
}

/** One month's batch of one product line, with every switch-independent figure computed once. */
interface Batch {
  line: number;
  ship: string;
  /** Which of the intervals between `regimeChangeDates` the shipment falls in. */
  regimePeriod: number;
  /** The regime decided for the batch without and with the no-invoice measure (filled when asked). */
  regimes: [RegimeDecision | undefined, RegimeDecision | undefined];
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
  put: { premium: Fixed; fee: Fixed } | null;
}

/** A line's currency and rates: Decimal for the domain functions, fixed point for the sums. */
interface LineSetup {
  line: ProductLine;
  timing: Timing;
  mid: Fixed;
  bid: Fixed;
  offer: Fixed;
  strike: Fixed | null;
  hasNettable: boolean;
}

/** A part of the operating flows that depends only on some of the switches. */
interface Part {
  ledger: Ledger;
  /** Receivables outstanding at each month end, by the product that lends against them. */
  financeable: Partial<Record<FinancingProduct, Fixed[]>>;
}

type Receivable = { product: FinancingProduct; from: number; until: number; amount: Fixed };

function financeableOf(receivables: readonly Receivable[], horizon: number): Part["financeable"] {
  const out: Part["financeable"] = {};
  for (const r of receivables) {
    let row = out[r.product];
    if (!row) {
      row = zeros(horizon);
      out[r.product] = row;
    }
    for (let m = Math.max(0, r.from); m < Math.min(horizon, r.until); m++) row[m] += r.amount;
  }
  return out;
}

const zeros = (n: number) => new Array<Fixed>(n).fill(0n);

/** A claim made in full on the day of shipment. */
const ON_SHIPMENT: readonly number[] = [0];

function lineRates(line: ProductLine, index: number, exportDate: string, rules: CashflowRules) {
  if (line.vatRate && line.refundRate) return { vatRate: line.vatRate, refundRate: line.refundRate };
  const found = findRefundRate(rules.tax.refundRates, line.hsCode, exportDate);
  if (!found.found) {
    throw new InputError([
      {
        pointer: `/productLines/${index}/hsCode`,
        en: `no dated refund rate covers HS ${line.hsCode} on ${exportDate}; give vatRate and refundRate for this line`,
        zh: `退税率表中没有 HS ${line.hsCode} 在 ${exportDate} 的税率；请为该产品线填写 vatRate 和 refundRate`,
      },
    ]);
  }
  return { vatRate: line.vatRate ?? found.row.vatRate, refundRate: line.refundRate ?? found.row.refundRate };
}

/** Sales of a batch spread over its sell-through period in two-week tranches (one on arrival for B2B). */
function saleOffsets(timing: Timing): number[] {
  const start = timing.transitDays + timing.checkInDays;
  if (timing.sellThroughDays === 0) return [start];
  const count = Math.max(1, Math.round(timing.sellThroughDays / 14));
  return Array.from(
    { length: count },
    (_, i) => start + Math.floor(((i + 0.5) * timing.sellThroughDays) / count),
  );
}

/** A value computed once per key. */
function memo<T>(build: (key: string) => T): (key: string) => T {
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
 * The operating cash of a scenario, prepared once: each product line's monthly batches (supplier,
 * freight, sales, payouts, overseas costs, hedges) are computed a single time; what the switches
 * change is computed per switch only where it matters (netting: how costs are paid; the tax
 * measures: VAT, refunds and income tax; the waiver: the first option's fee). `forSwitches` then
 * adds the parts up, so the baseline, the chosen set and every measure's alone and marginal runs
 * share the work. The sums run in fixed point (src/domain/fixed.ts); the tax, fee and FX rules are
 * the domain's Decimal functions, called once per distinct input.
 */
export function prepareOperations(scenario: Scenario, rules: CashflowRules) {
  const horizon = scenario.horizonMonths;
  const start = scenario.startDate;
  const fx = scenario.fx;
  const monthStarts = monthStartsOf(start, horizon);
  const newLedger = () => new Ledger(start, horizon, monthStarts);
  const nettableCategories = new Set<CostCategory>(rules.settlement.nettableCategories);
  if (rules.settlement.platformFeesNettable) nettableCategories.add("platform");
  const bidSpread = fixedOf(fx.bidSpread);
  const regimeDates = regimeChangeDates(rules.tax);
  const regimePeriodOf = (ship: string) => {
    let period = 0;
    while (period < regimeDates.length && regimeDates[period] <= ship) period++;
    return period;
  };
  const hedgeRatio = fx.hedge.strategy === "none" ? 0n : fixedOf(fx.hedge.ratio);

  // ---- switch-independent: batches, supplier, freight, revenue, grants ----
  const base = newLedger();
  const batches: Batch[] = [];
  // Revenue and profit by calendar quarter (year x 4 + quarter), for the income-tax prepayments.
  const quarterRevenue = new Map<number, Fixed>();
  const quarterProfit = new Map<number, Fixed>();

  let cycleWeighted = 0;
  let cycleWeight = 0;
  const setups: LineSetup[] = [];
  // Inward remittances by payer (a marketplace's payouts in one currency, or one buyer), then by day.
  const remittances = new Map<string, Map<number, ReceiptGroup>>();
  const remittancesFrom = (payer: string) => {
    let byDay = remittances.get(payer);
    if (!byDay) {
      byDay = new Map();
      remittances.set(payer, byDay);
    }
    return byDay;
  };
  const receivables: Receivable[] = [];
  // Overseas costs by currency, then by calendar month and category: always wired, or wired unless
  // netted.
  const outward = new Map<
    string,
    { always: Map<number, OutwardCost>; unlessNetted: Map<number, OutwardCost> }
  >();
  const outwardIn = (currency: string) => {
    let entry = outward.get(currency);
    if (!entry) {
      entry = { always: new Map(), unlessNetted: new Map() };
      outward.set(currency, entry);
    }
    return entry;
  };
  const wire = (
    into: Map<number, OutwardCost>,
    setup: LineSetup,
    calendarMonth: number,
    day: number,
    category: CostCategory,
    amount: Fixed,
  ) => {
    const key = calendarMonth * COST_CATEGORIES.length + COST_CATEGORIES.indexOf(category);
    const entry = into.get(key);
    if (entry) entry.amount += amount;
    else into.set(key, { day, setup, amount });
  };
  /** The outright forward for a currency and a number of days (the FX domain's covered-parity rate). */
  const forwardOf = memo((key) => {
    const [currency, days] = key.split("|");
    const rate = fx.rates.find((r) => r.currency === currency)!;
    return fixedOf(
      forwardRate(rate.spot, fx.domesticRate, rate.foreignRate, Number(days), "ACT/365F", rate.dayCount)
        .forward,
    );
  });
  /** CNY for the hedged part of a receipt (forward or put rate, else the bid) and its spread cost. */
  const convertHedged = (setup: LineSetup, hedged: Fixed, days: number) => {
    if (hedged === 0n) return { cny: 0n, spread: 0n };
    if (fx.hedge.strategy === "forward") {
      const forward = forwardOf(`${setup.line.currency}|${Math.max(1, days)}`);
      const dealt = mul(forward, UNIT - bidSpread);
      return { cny: mul(hedged, dealt), spread: mul(hedged, forward - dealt) };
    }
    // On the flat spot path a put is exercised when its strike beats the bank's bid.
    if (setup.strike !== null && setup.strike > setup.bid)
      return { cny: mul(hedged, setup.strike), spread: 0n };
    return { cny: mul(hedged, setup.bid), spread: mul(hedged, setup.mid - setup.bid) };
  };
  /**
   * Adds receipts to the remittance they arrive in: one marketplace disbursement pays all of a
   * seller's lines in that currency on that day (same rates), a buyer pays its own invoice.
   */
  const addToGroup = (
    setup: LineSetup,
    payDay: number,
    from: Map<number, ReceiptGroup>,
    gross: Fixed,
    nettable: Fixed,
    hedged: Fixed,
    converted: { cny: Fixed; spread: Fixed },
  ) => {
    const group = from.get(payDay);
    if (group) {
      group.gross += gross;
      group.nettable += nettable;
      group.hedged += hedged;
      group.hedgedCny += converted.cny;
      group.hedgedSpread += converted.spread;
    } else {
      from.set(payDay, {
        payDay,
        setup,
        gross,
        nettable,
        hedged,
        hedgedCny: converted.cny,
        hedgedSpread: converted.spread,
      });
    }
  };

  scenario.productLines.forEach((line, li) => {
    const timing = line.timing ?? scenario.timing;
    const rate = fx.rates.find((r) => r.currency === line.currency)!;
    const midDecimal = rate.spot;
    const mid = fixedOf(midDecimal);
    const strikeDecimal = fx.hedge.strategy === "put" ? midDecimal.times(fx.hedge.strikeRatio) : null;
    const setup: LineSetup = {
      line,
      timing,
      mid,
      bid: mul(mid, UNIT - bidSpread),
      offer: mul(mid, UNIT + fixedOf(fx.offerSpread)),
      strike: strikeDecimal && fixedOf(strikeDecimal),
      hasNettable: false,
    };
    setups.push(setup);
    let payout: { rule: PayoutRule; anchorDay: number } | null = null;
    if (line.sales.channel === "marketplace") {
      const rule = rules.payoutRule(line.sales.payoutRule);
      if (!rule) {
        throw new InputError([
          {
            pointer: `/productLines/${li}/sales/payoutRule`,
            en: "unknown payout rule; see GET /v1/reference/payout-rules",
            zh: "未知的回款规则；规则列表见 GET /v1/reference/payout-rules",
          },
        ]);
      }
      checkPayoutRule(rule);
      payout = { rule, anchorDay: dayNumber(rule.cycleAnchor) };
    }
    const unitCost = fixedOf(line.unitCost);
    const sellingPrice = fixedOf(line.sellingPrice);
    const declaredUnitValue = fixedOf(line.declaredUnitValue);
    const freightPerUnit = fixedOf(line.freightPerUnit);
    const depositShare = fixedOf(timing.supplierDepositShare);
    const invoiced = line.purchaseInvoice !== "none";
    const inputVatPerUnit = invoiced ? mul(unitCost, fixedOf(line.invoiceVatRate)) : 0n;
    const supplierPerUnit = unitCost + inputVatPerUnit;
    const netPricePerUnit = mul(sellingPrice, UNIT - fixedOf(line.returnsRate));
    const offsets = saleOffsets(timing);
    const tranches = offsets.length;
    let nettablePerUnit = 0n;
    const nettableByCategory = new Map<CostCategory, Fixed>();
    const grossPerUnit = new Map<CostCategory, Fixed>();
    for (const cost of line.overseasCosts) {
      const perUnit = fixedOf(cost.perUnit) + mul(netPricePerUnit, fixedOf(cost.shareOfSales));
      if (perUnit === 0n) continue;
      const nettable = line.sales.channel === "marketplace" && nettableCategories.has(cost.category);
      if (nettable) nettablePerUnit += perUnit;
      const into = nettable ? nettableByCategory : grossPerUnit;
      into.set(cost.category, (into.get(cost.category) ?? 0n) + perUnit);
    }
    setup.hasNettable = nettablePerUnit !== 0n;
    let overseasPerUnit = nettablePerUnit;
    for (const v of grossPerUnit.values()) overseasPerUnit += v;
    const costPerUnitCny = unitCost + freightPerUnit + mul(overseasPerUnit, mid);
    const forwardHedge = fx.hedge.strategy === "forward" && hedgeRatio > 0n;
    if (payout && nettablePerUnit > netPricePerUnit) {
      throw new InputError([
        {
          pointer: `/productLines/${li}/overseasCosts`,
          en: "the overseas costs that may be netted exceed the sales they would be netted against",
          zh: "可轧差的境外费用超过了对应的销售收入",
        },
      ]);
    }
    // Tranches are summed as whole batch units per bucket (plain integers, exact) and turned into
    // money once per bucket: n units of tranches that each sell 1/k of a batch carry n/k units' worth.
    const trancheCount = BigInt(tranches);
    const trancheWorth = (units: number, perUnit: Fixed) => divInt(perUnit * BigInt(units), trancheCount);
    const revenuePerUnit = mul(netPricePerUnit, mid);
    const profitPerUnit = revenuePerUnit - costPerUnitCny;
    const quarterUnits = new Map<number, number>();
    const costUnits = new Map<number, { day: number; units: number }>();
    const payoutUnits = new Map<number, { payDay: number; shipDay: number; units: number }>();
    const advanceUnits = new Map<number, { from: number; until: number; units: number }>();
    let unitsShipped = 0;
    const firstBatch = line.monthlyUnits.findIndex((n) => n > 0);
    // The export side of exempt-credit-refund is the tax domain's, once per distinct batch.
    const creditOf = memo((key) => {
      const [count, vatRate, refundRate] = key.split("|");
      const fob = decimalOf(mul(declaredUnitValue * BigInt(count), mid));
      const pieces = exportCreditFigures(fob, dec(vatRate), dec(refundRate), ZERO);
      return { nonCreditable: fixedOf(pieces.nonCreditable), eligibleRefund: fixedOf(pieces.eligibleRefund) };
    });

    for (let m = 0; m < horizon; m++) {
      const count = line.monthlyUnits[m];
      if (!count) continue;
      unitsShipped += count;
      const units = BigInt(count);
      const orderDay = monthStarts[m];
      const shipDay = orderDay + timing.productionDays;
      const ship = fromDayNumber(shipDay);
      const { vatRate, refundRate } = lineRates(line, li, ship, rules);
      const supplier = supplierPerUnit * units;
      const deposit = mul(supplier, depositShare);
      base.addDay(orderDay, "suppliers", -deposit);
      base.addDay(shipDay + timing.supplierBalanceDays, "suppliers", deposit - supplier);
      base.addDay(shipDay, "freight", -(freightPerUnit * units));

      // When each share of the batch's money arrives (shares of the batch, days after shipment):
      // what a put's term and the cash conversion cycle are measured on.
      const arrivals: { payDay: number; share: number }[] | null =
        (strikeDecimal && hedgeRatio > 0n) || m === firstBatch ? [] : null;
      for (const offset of offsets) {
        const saleDay = shipDay + offset;
        const month = calendarMonthOf(saleDay);
        const quarter = Math.floor(month / 3);
        quarterUnits.set(quarter, (quarterUnits.get(quarter) ?? 0) + count);
        const cost = costUnits.get(month);
        if (cost) cost.units += count;
        else costUnits.set(month, { day: saleDay, units: count });
        if (payout) {
          const payDay = paidDayAfterDelivery(saleDay, payout.rule, payout.anchorDay);
          arrivals?.push({ payDay, share: 1 / tranches });
          // Day numbers are under a million for millennia to come: the pair packs into one number.
          const key = forwardHedge ? payDay * 1_000_000 + shipDay : payDay;
          const bucket = payoutUnits.get(key);
          if (bucket) bucket.units += count;
          else payoutUnits.set(key, { payDay, shipDay, units: count });
          const from = base.indexOfDay(saleDay);
          const until = base.indexOfDay(payDay);
          const advanceKey = (from + 1) * 1_000 + until;
          const advance = advanceUnits.get(advanceKey);
          if (advance) advance.units += count;
          else advanceUnits.set(advanceKey, { from, until, units: count });
        }
      }
      if (line.sales.channel === "b2b") {
        const buyer = remittancesFrom(`buyer of line ${li}`);
        const invoice = sellingPrice * units;
        for (const term of line.sales.terms) {
          const amount = mul(invoice, fixedOf(term.share));
          const payDay = shipDay + term.daysAfterShipment;
          arrivals?.push({ payDay, share: term.share.toNumber() });
          const hedged = mul(amount, hedgeRatio);
          addToGroup(
            setup,
            payDay,
            buyer,
            amount,
            0n,
            hedged,
            convertHedged(setup, hedged, payDay - shipDay),
          );
          // A buyer's invoice backs factoring from shipment and order financing from the order.
          const amountCny = mul(amount, mid);
          const until = base.indexOfDay(payDay);
          receivables.push({
            product: "factoring",
            from: base.indexOfDay(shipDay),
            until,
            amount: amountCny,
          });
          receivables.push({ product: "order-financing", from: m, until, amount: amountCny });
        }
      }
      // A bought put per batch on its hedged receipts, for their average time to arrival.
      let put: Batch["put"] = null;
      if (strikeDecimal && arrivals?.length) {
        const exposurePerUnit = payout ? netPricePerUnit - nettablePerUnit : sellingPrice;
        const notional = mul(exposurePerUnit * units, hedgeRatio);
        const days = arrivals.reduce((sum, a) => sum + a.share * Math.max(1, a.payDay - shipDay), 0);
        const price = garmanKohlhagen({
          type: "put",
          spot: midDecimal.toNumber(),
          strike: strikeDecimal.toNumber(),
          domesticRate: fx.domesticRate.toNumber(),
          foreignRate: rate.foreignRate.toNumber(),
          years: days / 365,
          vol: rate.vol.toNumber(),
        }).price;
        put = {
          premium: mul(notional, fixedOf(dec(fromFloat(price, 8)))),
          fee: fixedOf(
            handlingFee(decimalOf(mul(notional, mid)), {
              rate: fx.hedge.handlingFeeRate,
              minimum: ZERO,
              fixed: ZERO,
            }),
          ),
        };
      }
      if (m === firstBatch && arrivals?.length) {
        // Days from paying the supplier (deposit on order, balance later) to receiving the money,
        // weighted across lines by revenue.
        const receiptDays = arrivals.reduce((sum, a) => sum + a.share * (a.payDay - orderDay), 0);
        const supplierDays =
          (1 - timing.supplierDepositShare.toNumber()) * (timing.productionDays + timing.supplierBalanceDays);
        const weight = count * decimalOf(revenuePerUnit).toNumber();
        cycleWeighted += (receiptDays - supplierDays) * weight;
        cycleWeight += weight;
      }
      batches.push({
        line: li,
        ship,
        regimePeriod: regimePeriodOf(ship),
        regimes: [undefined, undefined],
        shipDay,
        saleOffsets: offsets,
        units: count,
        vatRate,
        refundRate,
        fobCny: mul(declaredUnitValue * units, mid),
        inputVat: inputVatPerUnit * units,
        credit: creditOf(`${count}|${vatRate}|${refundRate}`),
        put,
      });
    }

    // The line's buckets, in money.
    base.note("revenue", revenuePerUnit * BigInt(unitsShipped));
    base.note("inputVat", inputVatPerUnit * BigInt(unitsShipped));
    for (const [quarter, n] of quarterUnits) {
      quarterRevenue.set(quarter, (quarterRevenue.get(quarter) ?? 0n) + trancheWorth(n, revenuePerUnit));
      quarterProfit.set(quarter, (quarterProfit.get(quarter) ?? 0n) + trancheWorth(n, profitPerUnit));
    }
    const costsIn = outwardIn(line.currency);
    for (const [month, { day, units: n }] of costUnits) {
      for (const [category, v] of grossPerUnit)
        wire(costsIn.always, setup, month, day, category, trancheWorth(n, v));
      for (const [category, v] of nettableByCategory) {
        wire(costsIn.unlessNetted, setup, month, day, category, trancheWorth(n, v));
      }
    }
    if (payout) {
      // One marketplace disbursement a day pays all of a seller's lines in that currency.
      const marketplace = remittancesFrom(
        `${(line.sales as { payoutRule: string }).payoutRule} payouts in ${line.currency}`,
      );
      for (const { payDay, shipDay, units: n } of payoutUnits.values()) {
        const gross = trancheWorth(n, netPricePerUnit);
        const nettable = trancheWorth(n, nettablePerUnit);
        const hedged = mul(gross - nettable, hedgeRatio);
        addToGroup(
          setup,
          payDay,
          marketplace,
          gross,
          nettable,
          hedged,
          convertHedged(setup, hedged, payDay - shipDay),
        );
      }
      // A payout advance lends against what will be paid out: sales net of the costs a payout deducts.
      const advancePerUnit = mul(netPricePerUnit - nettablePerUnit, mid);
      for (const { from, until, units: n } of advanceUnits.values()) {
        receivables.push({ product: "payout-advance", from, until, amount: trancheWorth(n, advancePerUnit) });
      }
    }
  });
  for (const grant of scenario.grants) base.add(grant.date, "grants", fixedOf(grant.amount));
  const cashConversionCycleDays = cycleWeight === 0 ? 0 : Math.round(cycleWeighted / cycleWeight);

  // Receivables are earned and collected whatever the switches: the financing base is computed once.
  const financeableBase = financeableOf(receivables, horizon);

  // ---- netting: how much of each payout comes home, and which costs are wired out ----
  const settlementPart = (netting: boolean): Part => {
    const ledger = newLedger();
    for (const g of [...remittances.values()].flatMap((byDay) => [...byDay.values()])) {
      const { mid, bid } = g.setup;
      const amount = netting ? g.gross - g.nettable : g.gross;
      if (amount === 0n) continue;
      const open = amount - g.hedged;
      ledger.addDay(g.payDay, "salesReceipts", mul(open, bid) + g.hedgedCny);
      ledger.note("fxCost", mul(open, mid - bid) + g.hedgedSpread);
      ledger.addDay(g.payDay, "bankFees", -remittanceFeeFixed(mul(amount, mid), fx.inwardFee));
    }
    // Costs paid gross: bought at the offer rate and wired, one remittance per category a month.
    const pay = ({ day, setup, amount }: OutwardCost) => {
      ledger.addDay(day, "overseasCosts", -mul(amount, setup.offer));
      ledger.note("fxCost", mul(amount, setup.offer - setup.mid));
      ledger.addDay(day, "bankFees", -remittanceFeeFixed(mul(amount, setup.mid), fx.outwardFee));
    };
    for (const costs of outward.values()) {
      for (const cost of costs.always.values()) pay(cost);
      if (!netting) for (const cost of costs.unlessNetted.values()) pay(cost);
    }
    return { ledger, financeable: {} };
  };

  // ---- the waiver: the firm's first option deal ----
  const byShipment = [...batches].sort((a, b) => a.shipDay - b.shipDay || a.line - b.line);
  /** The waiver rules applied to the firm's first option deal (premium and fee in CNY). */
  const firstDealWaiver = (put: NonNullable<Batch["put"]>) =>
    applyOptionWaiver(
      {
        product: "bought-option",
        premium: decimalOf(put.premium),
        handlingFee: decimalOf(put.fee),
        margin: ZERO,
      },
      { size: scenario.company.size, firstDerivativeWithBank: true },
      rules.optionWaivers,
    );
  const hedgePart = (waiver: boolean): Part => {
    const ledger = newLedger();
    let first = scenario.company.firstTimeHedger;
    for (const batch of byShipment) {
      if (!batch.put) continue;
      let cost = batch.put.premium + batch.put.fee;
      if (first) {
        const outcome = firstDealWaiver(batch.put);
        if (waiver && outcome.applied.length > 0) cost = fixedOf(outcome.after.cost);
        first = false;
      }
      ledger.addDay(batch.shipDay, "hedging", -cost);
    }
    return { ledger, financeable: {} };
  };

  // ---- the tax measures: regimes, VAT and refunds, income tax ----
  // One decision per line, interval between regime change dates, and no-invoice switch.
  const decisions = new Map<string, RegimeDecision>();
  const regimeOf = (batch: Batch, noInvoiceExemption: boolean): RegimeDecision => {
    const cached = batch.regimes[noInvoiceExemption ? 1 : 0];
    if (cached) return cached;
    const key = `${batch.line}|${batch.regimePeriod}|${noInvoiceExemption}`;
    let decision = decisions.get(key);
    if (!decision) {
      const line = setups[batch.line].line;
      decision = decideRegime(
        {
          kind: scenario.company.kind,
          vatPayer: scenario.company.vatPayer,
          pilotZone: scenario.company.pilotZone,
          customsCode: line.customsCode,
          purchaseInvoice: line.purchaseInvoice,
          exportDate: batch.ship,
          goodsExcludedFromExemption: false,
          noInvoiceExemption,
        },
        rules.tax,
      );
      decisions.set(key, decision);
    }
    batch.regimes[noInvoiceExemption ? 1 : 0] = decision;
    return decision;
  };
  const filingDayOf = memo((monthIndexOfBasis) => {
    const month = Number(monthIndexOfBasis) + 1;
    const day = month <= horizon ? monthStarts[month] : dayNumber(addMonths(start, month));
    return day + rules.tax.filingDayOfMonth - 1;
  });
  const filingDay = (monthIndexOfBasis: number) => filingDayOf(String(monthIndexOfBasis));
  // A batch's refund under exempt-refund (免退税), and its VAT and surtaxes when taxed as a domestic
  // sale: the tax domain's figures, computed once per batch whichever tax runs need them.
  const exemptRefunds = new Map<Batch, Fixed>();
  const exemptRefundOf = (batch: Batch): Fixed => {
    let refund = exemptRefunds.get(batch);
    if (refund === undefined) {
      const line = setups[batch.line].line;
      refund = fixedOf(
        computeExemptRefund({
          invoiceAmountExclVat: line.unitCost.times(batch.units),
          invoiceVatRate: line.invoiceVatRate,
          refundRate: batch.refundRate,
        }).refund,
      );
      exemptRefunds.set(batch, refund);
    }
    return refund;
  };
  const domesticTaxes = new Map<Batch, { vat: Fixed; surtaxes: Fixed }>();
  const domesticTaxOf = (batch: Batch) => {
    let taxes = domesticTaxes.get(batch);
    if (!taxes) {
      const line = setups[batch.line].line;
      const figures = computeTaxedAsDomestic({
        kind: scenario.company.kind,
        vatPayer: scenario.company.vatPayer,
        fobCny: decimalOf(batch.fobCny),
        vatRate: batch.vatRate,
        levyRate: rules.tax.smallScaleLevyRate,
        bondedMaterialsConsumed: ZERO,
        ledger: {
          domesticOutputVat: ZERO,
          inputVat: line.purchaseInvoice === "special" ? decimalOf(batch.inputVat) : ZERO,
          openingCredit: ZERO,
        },
      });
      const surtax = computeSurtaxes({
        vatPaid: figures.vatDue,
        consumptionTaxPaid: ZERO,
        exemptCredit: ZERO,
        rates: rules.tax.surtax.rates,
        factor: surtaxReliefFactor(rules.tax.surtax, { vatPayer: scenario.company.vatPayer }, batch.ship),
      });
      taxes = { vat: fixedOf(figures.vatDue), surtaxes: fixedOf(surtax.total) };
      domesticTaxes.set(batch, taxes);
    }
    return taxes;
  };

  /**
   * A monthly VAT return under exempt-credit-refund (non-creditable, eligible refund, input VAT and
   * the credit carried in, as a key): the tax domain's settlement and surtaxes, once per distinct
   * return whichever tax runs file it (months that ship alike file alike).
   */
  const monthlyReturn = memo((key) => {
    const [nonCreditable, eligibleRefund, inputVat, carried] = key
      .split("|")
      .map((v) => decimalOf(BigInt(v)));
    const settled = settleExemptCreditRefund({
      nonCreditable,
      eligibleRefund,
      inputVat,
      domesticOutputVat: ZERO,
      openingCredit: carried,
    });
    const surtax = computeSurtaxes({
      vatPaid: settled.vatDue,
      consumptionTaxPaid: ZERO,
      exemptCredit: settled.exemptCredit,
      rates: rules.tax.surtax.rates,
      factor: ONE,
    });
    return {
      refund: fixedOf(settled.refund),
      vatDue: fixedOf(settled.vatDue),
      surtaxes: fixedOf(surtax.total),
      carryForward: fixedOf(settled.carryForward),
    };
  });

  /**
   * Income tax: quarterly prepayments on the year-to-date taxable income, on deemed or on actual
   * profit; the same for every tax run that assesses it the same way.
   */
  const incomeTaxPayments = memo((method) => {
    const payments: { due: string; amount: Fixed }[] = [];
    const years = [...new Set([...quarterRevenue.keys()].map((k) => Math.floor(k / 4)))].sort(
      (a, b) => a - b,
    );
    for (const year of years) {
      const dates = citPrepaymentDates(year, rules.tax);
      let revenue = 0n;
      let profit = 0n;
      let paid = 0n;
      for (let q = 0; q < 4; q++) {
        revenue += quarterRevenue.get(year * 4 + q) ?? 0n;
        profit += quarterProfit.get(year * 4 + q) ?? 0n;
        const cit = fixedOf(
          citForYear(
            {
              method: method as "deemed-profit" | "actual-profit",
              revenue: decimalOf(revenue),
              profit: decimalOf(profit),
              exemptIncome: ZERO,
              employees: scenario.company.employees,
              totalAssets: scenario.company.totalAssets,
              taxYear: year,
              restrictedIndustry: false,
            },
            rules.tax.cit,
          ).cit,
        );
        if (cit > paid) {
          payments.push({ due: dates.quarters[q].due, amount: cit - paid });
          paid = cit;
        }
      }
    }
    return payments;
  });

  const taxPart = (noInvoiceExemption: boolean, departureRefund: boolean, deemedProfitTax: boolean) => {
    const ledger = newLedger();
    const receivables: Receivable[] = [];
    const credit = new Map<number, { nonCreditable: Fixed; eligibleRefund: Fixed; inputVat: Fixed }>();
    const creditAt = (month: number) => {
      let entry = credit.get(month);
      if (!entry) {
        entry = { nonCreditable: 0n, eligibleRefund: 0n, inputVat: 0n };
        credit.set(month, entry);
      }
      return entry;
    };
    let allNoInvoice = batches.length > 0;
    for (const batch of batches) {
      const setup = setups[batch.line];
      const decision = regimeOf(batch, noInvoiceExemption);
      const regime = decision.regime;
      if (!(regime === "exempt" && decision.eligibility.exempt.basis?.id === "no-invoice-pilot-zone"))
        allNoInvoice = false;
      // A 9810 export without the departure refund claims as its goods sell (公告2025年第3号).
      const onDeparture =
        setup.line.customsCode !== "9810" ||
        departureRefundApplies(batch.ship, "9810", departureRefund, rules.tax);
      const claimOffsets = onDeparture ? ON_SHIPMENT : batch.saleOffsets;
      const claims = BigInt(claimOffsets.length);
      if (regime === "exempt-credit-refund") {
        const nonCreditable = divInt(batch.credit.nonCreditable, claims);
        const eligibleRefund = divInt(batch.credit.eligibleRefund, claims);
        for (const offset of claimOffsets) {
          const entry = creditAt(ledger.indexOfDay(batch.shipDay + offset));
          entry.nonCreditable += nonCreditable;
          entry.eligibleRefund += eligibleRefund;
        }
        creditAt(ledger.indexOfDay(batch.shipDay)).inputVat += batch.inputVat;
      } else if (regime === "exempt-refund") {
        const refund = divInt(exemptRefundOf(batch), claims);
        for (const offset of claimOffsets) {
          const basis = ledger.indexOfDay(batch.shipDay + offset);
          const arrives = filingDay(basis) + setup.timing.refundDays;
          ledger.addDay(arrives, "vatRefunds", refund);
          receivables.push({
            product: "tax-refund-loan",
            from: basis,
            until: ledger.indexOfDay(arrives),
            amount: refund,
          });
        }
      } else if (regime === "taxed-as-domestic") {
        const taxes = domesticTaxOf(batch);
        const due = filingDay(ledger.indexOfDay(batch.shipDay));
        ledger.addDay(due, "vat", -taxes.vat);
        ledger.addDay(due, "surtaxes", -taxes.surtaxes);
      }
    }
    // The company's monthly VAT return for its exempt-credit-refund exports; the credit carries forward.
    let carried = 0n;
    for (const month of [...credit.keys()].sort((a, b) => a - b)) {
      const entry = credit.get(month)!;
      const settled = monthlyReturn(
        `${entry.nonCreditable}|${entry.eligibleRefund}|${entry.inputVat}|${carried}`,
      );
      carried = settled.carryForward;
      const due = filingDay(month);
      const arrives = due + scenario.timing.refundDays;
      const refund = settled.refund;
      ledger.addDay(arrives, "vatRefunds", refund);
      ledger.addDay(due, "vat", -settled.vatDue);
      ledger.addDay(due, "surtaxes", -settled.surtaxes);
      receivables.push({
        product: "tax-refund-loan",
        from: month,
        until: ledger.indexOfDay(arrives),
        amount: refund,
      });
    }
    // Income tax: quarterly prepayments on the year-to-date taxable income (deemed profit only when
    // every export is under the no-invoice exemption, 国家税务总局公告2019年第36号).
    const deemed = deemedProfitTax && allNoInvoice;
    for (const { due, amount } of incomeTaxPayments(deemed ? "deemed-profit" : "actual-profit")) {
      ledger.add(due, "incomeTax", -amount);
    }
    return {
      ledger,
      financeable: financeableOf(receivables, horizon),
      incomeTaxMethod: deemed ? ("deemed-profit" as const) : ("actual-profit" as const),
    };
  };

  const lineFacts = (noInvoiceExemption: boolean): LineFacts[] =>
    setups.map((setup, li) => {
      const batch = batches.find((b) => b.line === li);
      const ship = batch?.ship ?? addDays(start, setup.timing.productionDays);
      const decision = batch ? regimeOf(batch, noInvoiceExemption) : undefined;
      const rates = batch ?? lineRates(setup.line, li, ship, rules);
      const basis = decision?.eligibility[decision.regime].basis;
      return {
        name: setup.line.name,
        regime: decision?.regime ?? "exempt",
        vatRate: fixed(rates.vatRate, 4),
        refundRate: fixed(rates.refundRate, 4),
        reason: { zh: basis?.zh ?? "", en: basis?.en ?? "" },
        ...(basis ? { source: basis.cite.source } : {}),
      };
    });

  const settlementFor = memo((k) => settlementPart(k === "1"));
  const hedgeFor = memo((k) => hedgePart(k === "1"));
  const taxFor = memo((k) => taxPart(k[0] === "1", k[1] === "1", k[2] === "1"));
  const bit = (b: boolean) => (b ? "1" : "0");

  // Which measures touch anything here, decided up front: a measure that touches nothing gives the
  // same figures on and off, so its runs are shared with the runs without it.
  const refunding = (b: Batch, noInvoice: boolean) => {
    const regime = regimeOf(b, noInvoice).regime;
    return (regime === "exempt-credit-refund" || regime === "exempt-refund") && b.refundRate.gt(0);
  };
  const firstPut = byShipment.find((b) => b.put)?.put;
  const applies: Record<MeasureSwitch, boolean> = {
    netting: setups.some((setup) => setup.hasNettable),
    noInvoiceExemption: batches.some((b) => regimeOf(b, true).regime !== regimeOf(b, false).regime),
    deemedProfitTax:
      batches.length > 0 &&
      batches.every((b) => regimeOf(b, true).eligibility.exempt.basis?.id === "no-invoice-pilot-zone"),
    optionFeeWaiver:
      scenario.company.firstTimeHedger && firstPut != null && firstDealWaiver(firstPut).applied.length > 0,
    supplyChainFinance: scenario.financing.products.some((p) =>
      p.product === "tax-refund-loan"
        ? batches.some((b) => refunding(b, true) || refunding(b, false))
        : (financeableBase[p.product]?.some((v) => v > 0n) ?? false),
    ),
    departureRefund: batches.some(
      (b) =>
        setups[b.line].line.customsCode === "9810" &&
        departureRefundApplies(b.ship, "9810", true, rules.tax) &&
        (refunding(b, true) || refunding(b, false)),
    ),
  };

  return {
    applies,
    /** The operating flows under one set of switches (supply-chain finance does not change them). */
    forSwitches(switches: MeasureSwitches): Operations {
      const tax = taxFor(
        bit(switches.noInvoiceExemption) + bit(switches.departureRefund) + bit(switches.deemedProfitTax),
      );
      const parts = [settlementFor(bit(switches.netting)), hedgeFor(bit(switches.optionFeeWaiver)), tax];
      // The monthly detail, the financing base and the line facts are built only for the runs
      // that read them (the reported run; the runs with supply-chain finance).
      let merged: Ledger | undefined;
      let financeable: Record<FinancingProduct, Fixed[]> | undefined;
      let lines: LineFacts[] | undefined;
      return {
        ...addSummaries([base.summarize(), ...parts.map((p) => p.ledger.summarize())]),
        get ledger() {
          if (!merged) {
            merged = newLedger().absorb(base);
            for (const part of parts) merged.absorb(part.ledger);
          }
          return merged;
        },
        monthStarts,
        get financeable() {
          if (!financeable) {
            const sums = Object.fromEntries(FINANCING_PRODUCTS.map((p) => [p, zeros(horizon)])) as Record<
              FinancingProduct,
              Fixed[]
            >;
            for (const part of [{ financeable: financeableBase }, ...parts]) {
              for (const product of FINANCING_PRODUCTS) {
                const from = part.financeable[product];
                if (!from) continue;
                const row = sums[product];
                for (let m = 0; m < horizon; m++) row[m] += from[m];
              }
            }
            financeable = sums;
          }
          return financeable;
        },
        get lines() {
          lines ??= lineFacts(switches.noInvoiceExemption);
          return lines;
        },
        cashConversionCycleDays,
        incomeTaxMethod: tax.incomeTaxMethod,
      };
    },
  };
}

import { addDays, addMonths, dayNumber, fromDayNumber } from "../dates";
import { InputError } from "../errors";
import { forwardRate } from "../fx/forward";
import { garmanKohlhagen } from "../fx/options";
import { applyOptionWaiver, handlingFee, type WaiverRule } from "../fx/waiver";
import { type Decimal, dec, fixed, fromFloat, ONE, ZERO } from "../money";
import { type CostCategory, remittanceFee, type SettlementRules } from "../settlement/netting";
import { checkPayoutRule, type PayoutRule, paidDayAfterDelivery } from "../settlement/payout";
import { citForYear } from "../tax/cit";
import { findRefundRate } from "../tax/refundRates";
import { decideRegime, type RegimeDecision } from "../tax/regime";
import type { Regime, TaxRules } from "../tax/rules";
import { computeSurtaxes } from "../tax/surtax";
import { citPrepaymentDates, departureRefundApplies } from "../tax/timing";
import {
  computeExemptRefund,
  computeTaxedAsDomestic,
  exportCreditFigures,
  settleExemptCreditRefund,
} from "../tax/vat";
import { addSummaries, Ledger, type LedgerSummary } from "./ledger";
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

/** The operating flows of one set of switches (everything but the financing). */
export interface Operations extends LedgerSummary {
  /** The months in full (merged from the parts when first asked: only the reported run needs it). */
  readonly ledger: Ledger;
  /** Day numbers of the first day of each month, and of the day after the horizon. */
  monthStarts: readonly number[];
  /** Per supply-chain product, the receivables it can lend against at each month end (CNY). */
  financeable: Record<FinancingProduct, Decimal[]>;
  lines: LineFacts[];
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
}

/**
 * The receipts of one inward remittance (a marketplace payout, or a buyer's payment), summed:
 * netting changes only how much of `gross` comes home; the hedged part is converted alike either way.
 */
interface ReceiptGroup {
  payDay: number;
  /** A line of the remittance's currency (its rates are the remittance's). */
  setup: LineSetup;
  gross: Decimal;
  nettable: Decimal;
  hedged: Decimal;
  /** CNY received for the hedged part (forward or put rate, or the bid) and its spread cost. */
  hedgedCny: Decimal;
  hedgedSpread: Decimal;
}

/** Overseas costs wired out in one calendar month, currency and category. */
interface OutwardCost {
  day: number;
  setup: LineSetup;
  amount: Decimal;
}

/** One month's batch of one product line, with every switch-independent figure computed once. */
interface Batch {
  line: number;
  ship: string;
  shipDay: number;
  saleDays: number[];
  /** The share of the batch each sale tranche carries (1 / tranches). */
  trancheShare: Decimal;
  units: Decimal;
  vatRate: Decimal;
  refundRate: Decimal;
  fobCny: Decimal;
  inputVat: Decimal;
  /** The export side of exempt-credit-refund (免抵退) for the batch. */
  credit: { nonCreditable: Decimal; eligibleRefund: Decimal };
  /** Premium and handling fee of the batch's bought put (CNY), when the strategy is a put. */
  put: { premium: Decimal; fee: Decimal } | null;
}

interface LineSetup {
  line: ProductLine;
  timing: Timing;
  mid: Decimal;
  bid: Decimal;
  offer: Decimal;
  strike: Decimal | null;
  hasNettable: boolean;
}

/** A part of the operating flows that depends only on some of the switches. */
interface Part {
  ledger: Ledger;
  /** Receivables outstanding at each month end, by the product that lends against them. */
  financeable: Partial<Record<FinancingProduct, Decimal[]>>;
}

type Receivable = { product: FinancingProduct; from: number; until: number; amount: Decimal };

function financeableOf(receivables: readonly Receivable[], horizon: number): Part["financeable"] {
  const out: Part["financeable"] = {};
  for (const r of receivables) {
    let row = out[r.product];
    if (!row) {
      row = zeros(horizon);
      out[r.product] = row;
    }
    for (let m = Math.max(0, r.from); m < Math.min(horizon, r.until); m++) row[m] = row[m].plus(r.amount);
  }
  return out;
}

const zeros = (n: number) => new Array<Decimal>(n).fill(ZERO);

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

/**
 * The operating cash of a scenario, prepared once: each product line's monthly batches (supplier,
 * freight, sales, payouts, overseas costs, hedges) are computed a single time; what the switches
 * change is computed per switch only where it matters (netting: how costs are paid; the tax
 * measures: VAT, refunds and income tax; the waiver: the first option's fee). `forSwitches` then
 * adds the parts up, so the baseline, the chosen set and every measure's alone and marginal runs
 * share the work.
 */
export function prepareOperations(scenario: Scenario, rules: CashflowRules) {
  const horizon = scenario.horizonMonths;
  const start = scenario.startDate;
  const fx = scenario.fx;
  const newLedger = () => new Ledger(start, horizon);
  const nettableCategories = new Set<CostCategory>(rules.settlement.nettableCategories);
  if (rules.settlement.platformFeesNettable) nettableCategories.add("platform");

  // ---- switch-independent: batches, supplier, freight, revenue, grants ----
  const base = newLedger();
  const batches: Batch[] = [];
  const quarterRevenue = new Map<string, Decimal>();
  const quarterProfit = new Map<string, Decimal>();

  let cycleWeighted = 0;
  let cycleWeight = 0;
  const setups: LineSetup[] = [];
  const groups = new Map<string, ReceiptGroup>();
  const receivables: Receivable[] = [];
  // Overseas costs by calendar month, currency and category: always wired, or wired unless netted.
  const outwardAlways = new Map<string, OutwardCost>();
  const outwardUnlessNetted = new Map<string, OutwardCost>();
  const wire = (
    into: Map<string, OutwardCost>,
    setup: LineSetup,
    calendarMonth: number,
    day: number,
    category: string,
    amount: Decimal,
  ) => {
    const key = `${calendarMonth}|${setup.line.currency}|${category}`;
    const entry = into.get(key);
    if (entry) entry.amount = entry.amount.plus(amount);
    else into.set(key, { day, setup, amount });
  };
  /** CNY for the hedged part of a receipt (forward or put rate, else the bid) and its spread cost. */
  const convertHedged = (setup: LineSetup, foreignRate: Decimal, hedged: Decimal, days: number) => {
    if (hedged.isZero()) return { cny: ZERO, spread: ZERO };
    if (fx.hedge.strategy === "forward") {
      const forward = forwardRate(
        setup.mid,
        fx.domesticRate,
        foreignRate,
        Math.max(1, days),
        "ACT/365F",
        "ACT/360",
      ).forward;
      const dealt = forward.times(ONE.minus(fx.bidSpread));
      return { cny: hedged.times(dealt), spread: hedged.times(forward.minus(dealt)) };
    }
    // On the flat spot path a put is exercised when its strike beats the bank's bid.
    if (setup.strike?.gt(setup.bid)) return { cny: hedged.times(setup.strike), spread: ZERO };
    return { cny: hedged.times(setup.bid), spread: hedged.times(setup.mid.minus(setup.bid)) };
  };
  /**
   * Adds receipts to the remittance they arrive in: one marketplace disbursement pays all of a
   * seller's lines in that currency on that day (same rates), a buyer pays its own invoice.
   */
  const addToGroup = (
    setup: LineSetup,
    payDay: number,
    remittance: string,
    gross: Decimal,
    nettable: Decimal,
    hedged: Decimal,
    converted: { cny: Decimal; spread: Decimal },
  ) => {
    const group = groups.get(remittance);
    if (group) {
      group.gross = group.gross.plus(gross);
      if (!nettable.isZero()) group.nettable = group.nettable.plus(nettable);
      if (!hedged.isZero()) {
        group.hedged = group.hedged.plus(hedged);
        group.hedgedCny = group.hedgedCny.plus(converted.cny);
        group.hedgedSpread = group.hedgedSpread.plus(converted.spread);
      }
    } else {
      groups.set(remittance, {
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
    const mid = rate.spot;
    const setup: LineSetup = {
      line,
      timing,
      mid,
      bid: mid.times(ONE.minus(fx.bidSpread)),
      offer: mid.times(ONE.plus(fx.offerSpread)),
      strike: fx.hedge.strategy === "put" ? mid.times(fx.hedge.strikeRatio) : null,
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
    const invoiced = line.purchaseInvoice !== "none";
    const inputVatPerUnit = invoiced ? line.unitCost.times(line.invoiceVatRate) : ZERO;
    const supplierPerUnit = line.unitCost.plus(inputVatPerUnit);
    const netPricePerUnit = line.sellingPrice.times(ONE.minus(line.returnsRate));
    const offsets = saleOffsets(timing);
    const share = ONE.div(offsets.length);
    let nettablePerUnit = ZERO;
    const nettableByCategory = new Map<CostCategory, Decimal>();
    const grossPerUnit = new Map<CostCategory, Decimal>();
    for (const cost of line.overseasCosts) {
      const perUnit = cost.perUnit.plus(netPricePerUnit.times(cost.shareOfSales));
      if (perUnit.isZero()) continue;
      const nettable = line.sales.channel === "marketplace" && nettableCategories.has(cost.category);
      if (nettable) nettablePerUnit = nettablePerUnit.plus(perUnit);
      const into = nettable ? nettableByCategory : grossPerUnit;
      into.set(cost.category, (into.get(cost.category) ?? ZERO).plus(perUnit));
    }
    setup.hasNettable = !nettablePerUnit.isZero();
    let overseasPerUnit = nettablePerUnit;
    for (const v of grossPerUnit.values()) overseasPerUnit = overseasPerUnit.plus(v);
    const costPerUnitCny = line.unitCost.plus(line.freightPerUnit).plus(overseasPerUnit.times(mid));
    const hedgeRatio = fx.hedge.strategy === "none" ? ZERO : fx.hedge.ratio;
    const forwardHedge = fx.hedge.strategy === "forward" && hedgeRatio.gt(0);
    if (payout && nettablePerUnit.gt(netPricePerUnit)) {
      throw new InputError([
        {
          pointer: `/productLines/${li}/overseasCosts`,
          en: "the overseas costs that may be netted exceed the sales they would be netted against",
          zh: "可轧差的境外费用超过了对应的销售收入",
        },
      ]);
    }
    // Per tranche of one unit of a batch (each tranche sells 1/k of the batch).
    const perTranche = (perUnit: Decimal) => perUnit.times(share);
    const revenuePerTranche = perTranche(netPricePerUnit.times(mid));
    const profitPerTranche = perTranche(netPricePerUnit.times(mid).minus(costPerUnitCny));
    const grossCostsPerTranche = [...grossPerUnit].map(([c, v]) => [c, perTranche(v)] as const);
    const nettableCostsPerTranche = [...nettableByCategory].map(([c, v]) => [c, perTranche(v)] as const);
    const netPerTranche = perTranche(netPricePerUnit);
    const nettablePerTranche = perTranche(nettablePerUnit);
    // Tranches are summed as whole batch units per bucket (plain integers, exact) and turned into
    // money once per bucket: the projection's hot loop does no decimal arithmetic per tranche.
    const quarterUnits = new Map<string, number>();
    const costUnits = new Map<number, { day: number; units: number }>();
    const payoutUnits = new Map<string, { payDay: number; shipDay: number; units: number }>();
    const advanceUnits = new Map<string, { from: number; until: number; units: number }>();
    let unitsShipped = 0;
    const firstBatch = line.monthlyUnits.findIndex((n) => n > 0);

    for (let m = 0; m < horizon; m++) {
      const count = line.monthlyUnits[m];
      if (!count) continue;
      unitsShipped += count;
      const units = dec(count);
      const order = addMonths(start, m);
      const orderDay = dayNumber(order);
      const shipDay = orderDay + timing.productionDays;
      const ship = fromDayNumber(shipDay);
      const { vatRate, refundRate } = lineRates(line, li, ship, rules);
      const supplier = units.times(supplierPerUnit);
      const deposit = supplier.times(timing.supplierDepositShare);
      base.addDay(orderDay, "suppliers", deposit.neg());
      base.addDay(shipDay + timing.supplierBalanceDays, "suppliers", deposit.minus(supplier));
      base.addDay(shipDay, "freight", units.times(line.freightPerUnit).neg());
      const inputVat = units.times(inputVatPerUnit);

      // When each share of the batch's money arrives (shares of the batch, days after shipment).
      const arrivals: { payDay: number; share: number }[] = [];
      const saleDays: number[] = [];
      for (const offset of offsets) {
        const saleDay = shipDay + offset;
        saleDays.push(saleDay);
        const date = new Date(saleDay * 86_400_000);
        const quarter = `${date.getUTCFullYear()}-${Math.floor(date.getUTCMonth() / 3)}`;
        quarterUnits.set(quarter, (quarterUnits.get(quarter) ?? 0) + count);
        const month = date.getUTCFullYear() * 12 + date.getUTCMonth();
        const cost = costUnits.get(month);
        if (cost) cost.units += count;
        else costUnits.set(month, { day: saleDay, units: count });
        if (payout) {
          const payDay = paidDayAfterDelivery(saleDay, payout.rule, payout.anchorDay);
          arrivals.push({ payDay, share: 1 / offsets.length });
          const key = forwardHedge ? `${payDay}|${shipDay}` : `${payDay}`;
          const bucket = payoutUnits.get(key);
          if (bucket) bucket.units += count;
          else payoutUnits.set(key, { payDay, shipDay, units: count });
          const from = base.indexOfDay(saleDay);
          const until = base.indexOfDay(payDay);
          const advanceKey = `${from}|${until}`;
          const advance = advanceUnits.get(advanceKey);
          if (advance) advance.units += count;
          else advanceUnits.set(advanceKey, { from, until, units: count });
        }
      }
      if (line.sales.channel === "b2b") {
        const invoice = units.times(line.sellingPrice);
        for (const term of line.sales.terms) {
          const amount = invoice.times(term.share);
          const payDay = shipDay + term.daysAfterShipment;
          arrivals.push({ payDay, share: term.share.toNumber() });
          const hedged = amount.times(hedgeRatio);
          addToGroup(
            setup,
            payDay,
            `${payDay}|${li}`,
            amount,
            ZERO,
            hedged,
            convertHedged(setup, rate.foreignRate, hedged, payDay - shipDay),
          );
          // A buyer's invoice backs factoring from shipment and order financing from the order.
          const amountCny = amount.times(mid);
          const until = base.indexOfDay(payDay);
          receivables.push({
            product: "factoring",
            from: base.indexOfDay(shipDay),
            until,
            amount: amountCny,
          });
          receivables.push({
            product: "order-financing",
            from: base.indexOfDay(orderDay),
            until,
            amount: amountCny,
          });
        }
      }
      // A bought put per batch on its hedged receipts, for their average time to arrival.
      let put: Batch["put"] = null;
      if (setup.strike && hedgeRatio.gt(0) && arrivals.length > 0) {
        const exposurePerUnit = payout ? netPricePerUnit.minus(nettablePerUnit) : line.sellingPrice;
        const notional = units.times(exposurePerUnit).times(hedgeRatio);
        const days = arrivals.reduce((sum, a) => sum + a.share * Math.max(1, a.payDay - shipDay), 0);
        const price = garmanKohlhagen({
          type: "put",
          spot: mid.toNumber(),
          strike: setup.strike.toNumber(),
          domesticRate: fx.domesticRate.toNumber(),
          foreignRate: rate.foreignRate.toNumber(),
          years: days / 365,
          vol: rate.vol.toNumber(),
        }).price;
        put = {
          premium: notional.times(fromFloat(price, 8)),
          fee: handlingFee(notional.times(mid), {
            rate: fx.hedge.handlingFeeRate,
            minimum: ZERO,
            fixed: ZERO,
          }),
        };
      }
      if (m === firstBatch && arrivals.length > 0) {
        // Days from paying the supplier (deposit on order, balance later) to receiving the money,
        // weighted across lines by revenue.
        const receiptDays = arrivals.reduce((sum, a) => sum + a.share * (a.payDay - orderDay), 0);
        const supplierDays =
          (1 - timing.supplierDepositShare.toNumber()) * (timing.productionDays + timing.supplierBalanceDays);
        const weight = count * netPricePerUnit.times(mid).toNumber();
        cycleWeighted += (receiptDays - supplierDays) * weight;
        cycleWeight += weight;
      }
      const fobCny = units.times(line.declaredUnitValue).times(mid);
      const pieces = exportCreditFigures(fobCny, vatRate, refundRate, ZERO);
      batches.push({
        line: li,
        ship,
        shipDay,
        saleDays,
        trancheShare: share,
        units,
        vatRate,
        refundRate,
        fobCny,
        inputVat,
        credit: { nonCreditable: pieces.nonCreditable, eligibleRefund: pieces.eligibleRefund },
        put,
      });
    }

    // The line's buckets, in money.
    base.note("revenue", dec(unitsShipped).times(netPricePerUnit).times(mid));
    base.note("inputVat", dec(unitsShipped).times(inputVatPerUnit));
    for (const [quarter, n] of quarterUnits) {
      const u = dec(n);
      quarterRevenue.set(quarter, (quarterRevenue.get(quarter) ?? ZERO).plus(u.times(revenuePerTranche)));
      quarterProfit.set(quarter, (quarterProfit.get(quarter) ?? ZERO).plus(u.times(profitPerTranche)));
    }
    for (const [month, { day, units: n }] of costUnits) {
      const u = dec(n);
      for (const [category, v] of grossCostsPerTranche)
        wire(outwardAlways, setup, month, day, category, u.times(v));
      for (const [category, v] of nettableCostsPerTranche) {
        wire(outwardUnlessNetted, setup, month, day, category, u.times(v));
      }
    }
    if (payout) {
      const remittanceOf = (payDay: number) =>
        `${payDay}|${line.currency}|${(line.sales as { payoutRule: string }).payoutRule}`;
      for (const { payDay, shipDay, units: n } of payoutUnits.values()) {
        const u = dec(n);
        const gross = u.times(netPerTranche);
        const nettable = u.times(nettablePerTranche);
        const hedged = gross.minus(nettable).times(hedgeRatio);
        addToGroup(
          setup,
          payDay,
          remittanceOf(payDay),
          gross,
          nettable,
          hedged,
          convertHedged(setup, rate.foreignRate, hedged, payDay - shipDay),
        );
      }
      // A payout advance lends against what will be paid out: sales net of the costs a payout deducts.
      const advancePerTranche = netPerTranche.minus(nettablePerTranche).times(mid);
      for (const { from, until, units: n } of advanceUnits.values()) {
        receivables.push({ product: "payout-advance", from, until, amount: dec(n).times(advancePerTranche) });
      }
    }
  });
  for (const grant of scenario.grants) base.add(grant.date, "grants", grant.amount);
  const cashConversionCycleDays = cycleWeight === 0 ? 0 : Math.round(cycleWeighted / cycleWeight);

  // Receivables are earned and collected whatever the switches: the financing base is computed once.
  const financeableBase = financeableOf(receivables, horizon);

  // ---- netting: how much of each payout comes home, and which costs are wired out ----
  const settlementPart = (netting: boolean): Part => {
    const ledger = newLedger();
    for (const g of groups.values()) {
      const { mid, bid } = g.setup;
      const amount = netting ? g.gross.minus(g.nettable) : g.gross;
      if (amount.isZero()) continue;
      const open = amount.minus(g.hedged);
      ledger.addDay(g.payDay, "salesReceipts", open.times(bid).plus(g.hedgedCny));
      ledger.note("fxCost", open.times(mid.minus(bid)).plus(g.hedgedSpread));
      ledger.addDay(g.payDay, "bankFees", remittanceFee(amount.times(mid), fx.inwardFee).neg());
    }
    // Costs paid gross: bought at the offer rate and wired, one remittance per category a month.
    const pay = ({ day, setup, amount }: OutwardCost) => {
      ledger.addDay(day, "overseasCosts", amount.times(setup.offer).neg());
      ledger.note("fxCost", amount.times(setup.offer.minus(setup.mid)));
      ledger.addDay(day, "bankFees", remittanceFee(amount.times(setup.mid), fx.outwardFee).neg());
    };
    for (const cost of outwardAlways.values()) pay(cost);
    if (!netting) for (const cost of outwardUnlessNetted.values()) pay(cost);
    return { ledger, financeable: {} };
  };

  // ---- the waiver: the firm's first option deal ----
  const hedgePart = (waiver: boolean): Part => {
    const ledger = newLedger();
    let first = scenario.company.firstTimeHedger;
    for (const batch of [...batches].sort((a, b) => a.shipDay - b.shipDay || a.line - b.line)) {
      if (!batch.put) continue;
      let cost = batch.put.premium.plus(batch.put.fee);
      if (first) {
        const outcome = applyOptionWaiver(
          { product: "bought-option", premium: batch.put.premium, handlingFee: batch.put.fee, margin: ZERO },
          { size: scenario.company.size, firstDerivativeWithBank: true },
          rules.optionWaivers,
        );
        if (waiver && outcome.applied.length > 0) cost = outcome.after.cost;
        first = false;
      }
      ledger.addDay(batch.shipDay, "hedging", cost.neg());
    }
    return { ledger, financeable: {} };
  };

  // ---- the tax measures: regimes, VAT and refunds, income tax ----
  const decisions = new Map<string, RegimeDecision>();
  const regimeOf = (batch: Batch, noInvoiceExemption: boolean): RegimeDecision => {
    const key = `${batch.line}|${batch.ship.slice(0, 4)}|${noInvoiceExemption}`;
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
    return decision;
  };
  const monthStarts = new Map<number, number>();
  const filingDay = (monthIndexOfBasis: number) => {
    let day = monthStarts.get(monthIndexOfBasis + 1);
    if (day === undefined) {
      day = dayNumber(addMonths(start, monthIndexOfBasis + 1));
      monthStarts.set(monthIndexOfBasis + 1, day);
    }
    return day + rules.tax.filingDayOfMonth - 1;
  };

  const taxPart = (noInvoiceExemption: boolean, departureRefund: boolean, deemedProfitTax: boolean) => {
    const ledger = newLedger();
    const receivables: Receivable[] = [];
    const credit = new Map<number, { nonCreditable: Decimal; eligibleRefund: Decimal; inputVat: Decimal }>();
    const creditAt = (month: number) => {
      let entry = credit.get(month);
      if (!entry) {
        entry = { nonCreditable: ZERO, eligibleRefund: ZERO, inputVat: ZERO };
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
      const claimDays = onDeparture ? [batch.shipDay] : batch.saleDays;
      const claimShare = onDeparture ? ONE : batch.trancheShare;
      if (regime === "exempt-credit-refund") {
        const pieces = batch.credit;
        for (const day of claimDays) {
          const entry = creditAt(ledger.indexOfDay(day));
          entry.nonCreditable = entry.nonCreditable.plus(pieces.nonCreditable.times(claimShare));
          entry.eligibleRefund = entry.eligibleRefund.plus(pieces.eligibleRefund.times(claimShare));
        }
        const entry = creditAt(ledger.indexOfDay(batch.shipDay));
        entry.inputVat = entry.inputVat.plus(batch.inputVat);
      } else if (regime === "exempt-refund") {
        const refund = computeExemptRefund({
          invoiceAmountExclVat: batch.units.times(setup.line.unitCost),
          invoiceVatRate: setup.line.invoiceVatRate,
          refundRate: batch.refundRate,
        }).refund.times(claimShare);
        for (const day of claimDays) {
          const basis = ledger.indexOfDay(day);
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
        const figures = computeTaxedAsDomestic({
          kind: scenario.company.kind,
          vatPayer: scenario.company.vatPayer,
          fobCny: batch.fobCny,
          vatRate: batch.vatRate,
          levyRate: rules.tax.smallScaleLevyRate,
          bondedMaterialsConsumed: ZERO,
          ledger: {
            domesticOutputVat: ZERO,
            inputVat: setup.line.purchaseInvoice === "special" ? batch.inputVat : ZERO,
            openingCredit: ZERO,
          },
        });
        const due = filingDay(ledger.indexOfDay(batch.shipDay));
        const surtax = computeSurtaxes({
          vatPaid: figures.vatDue,
          consumptionTaxPaid: ZERO,
          exemptCredit: ZERO,
          rates: rules.tax.surtax.rates,
          factor: scenario.company.vatPayer === "small_scale" ? rules.tax.surtax.reliefFactor : ONE,
        });
        ledger.addDay(due, "vat", figures.vatDue.neg());
        ledger.addDay(due, "surtaxes", surtax.total.neg());
      }
    }
    // The company's monthly VAT return for its exempt-credit-refund exports; the credit carries forward.
    let carried = ZERO;
    for (const month of [...credit.keys()].sort((a, b) => a - b)) {
      const entry = credit.get(month)!;
      const settled = settleExemptCreditRefund({ ...entry, domesticOutputVat: ZERO, openingCredit: carried });
      carried = settled.carryForward;
      const due = filingDay(month);
      const arrives = due + scenario.timing.refundDays;
      ledger.addDay(arrives, "vatRefunds", settled.refund);
      ledger.addDay(due, "vat", settled.vatDue.neg());
      const surtax = computeSurtaxes({
        vatPaid: settled.vatDue,
        consumptionTaxPaid: ZERO,
        exemptCredit: settled.exemptCredit,
        rates: rules.tax.surtax.rates,
        factor: ONE,
      });
      ledger.addDay(due, "surtaxes", surtax.total.neg());
      receivables.push({
        product: "tax-refund-loan",
        from: month,
        until: ledger.indexOfDay(arrives),
        amount: settled.refund,
      });
    }
    // Income tax: quarterly prepayments on the year-to-date taxable income (deemed profit only when
    // every export is under the no-invoice exemption, 国家税务总局公告2019年第36号).
    const deemed = deemedProfitTax && allNoInvoice;
    const years = [...new Set([...quarterRevenue.keys()].map((k) => Number(k.slice(0, 4))))].sort();
    for (const year of years) {
      const dates = citPrepaymentDates(year, rules.tax);
      let revenue = ZERO;
      let profit = ZERO;
      let paid = ZERO;
      for (let q = 0; q < 4; q++) {
        revenue = revenue.plus(quarterRevenue.get(`${year}-${q}`) ?? ZERO);
        profit = profit.plus(quarterProfit.get(`${year}-${q}`) ?? ZERO);
        const cit = citForYear(
          {
            method: deemed ? "deemed-profit" : "actual-profit",
            revenue,
            profit,
            exemptIncome: ZERO,
            employees: scenario.company.employees,
            totalAssets: scenario.company.totalAssets,
            taxYear: year,
            restrictedIndustry: false,
          },
          rules.tax.cit,
        ).cit;
        if (cit.gt(paid)) {
          ledger.add(dates.quarters[q].due, "incomeTax", paid.minus(cit));
          paid = cit;
        }
      }
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

  const cache = <T>(build: (key: string) => T) => {
    const store = new Map<string, T>();
    return (key: string) => {
      let value = store.get(key);
      if (value === undefined) {
        value = build(key);
        store.set(key, value);
      }
      return value;
    };
  };
  const settlementFor = cache((k) => settlementPart(k === "1"));
  const hedgeFor = cache((k) => hedgePart(k === "1"));
  const taxFor = cache((k) => taxPart(k[0] === "1", k[1] === "1", k[2] === "1"));
  const bit = (b: boolean) => (b ? "1" : "0");

  // Which measures touch anything here, decided up front: a measure that touches nothing gives the
  // same figures on and off, so its runs are shared with the runs without it.
  const refunding = (b: Batch, noInvoice: boolean) => {
    const regime = regimeOf(b, noInvoice).regime;
    return (regime === "exempt-credit-refund" || regime === "exempt-refund") && b.refundRate.gt(0);
  };
  const firstPut = [...batches].sort((a, b) => a.shipDay - b.shipDay || a.line - b.line).find((b) => b.put);
  const applies: Record<MeasureSwitch, boolean> = {
    netting: setups.some((setup) => setup.hasNettable),
    noInvoiceExemption: batches.some((b) => regimeOf(b, true).regime !== regimeOf(b, false).regime),
    deemedProfitTax:
      batches.length > 0 &&
      batches.every((b) => regimeOf(b, true).eligibility.exempt.basis?.id === "no-invoice-pilot-zone"),
    optionFeeWaiver:
      scenario.company.firstTimeHedger &&
      firstPut?.put != null &&
      applyOptionWaiver(
        {
          product: "bought-option",
          premium: firstPut.put.premium,
          handlingFee: firstPut.put.fee,
          margin: ZERO,
        },
        { size: scenario.company.size, firstDerivativeWithBank: true },
        rules.optionWaivers,
      ).applied.length > 0,
    supplyChainFinance: scenario.financing.products.some((p) =>
      p.product === "tax-refund-loan"
        ? batches.some((b) => refunding(b, true) || refunding(b, false))
        : (financeableBase[p.product]?.some((v) => v.gt(0)) ?? false),
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
      let merged: Ledger | undefined;
      const financeable = Object.fromEntries(FINANCING_PRODUCTS.map((p) => [p, zeros(horizon)])) as Record<
        FinancingProduct,
        Decimal[]
      >;
      for (const part of [{ financeable: financeableBase }, ...parts]) {
        for (const product of FINANCING_PRODUCTS) {
          const from = part.financeable[product];
          if (!from) continue;
          const row = financeable[product];
          for (let m = 0; m < horizon; m++) if (!from[m].isZero()) row[m] = row[m].plus(from[m]);
        }
      }
      return {
        ...addSummaries([base.summarize(), ...parts.map((p) => p.ledger.summarize())]),
        get ledger() {
          if (!merged) {
            merged = newLedger().absorb(base);
            for (const part of parts) merged.absorb(part.ledger);
          }
          return merged;
        },
        monthStarts: base.monthStarts,
        financeable,
        lines: lineFacts(switches.noInvoiceExemption),
        cashConversionCycleDays,
        incomeTaxMethod: tax.incomeTaxMethod,
      };
    },
  };
}

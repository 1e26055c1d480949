import { addDays, addMonths, daysBetween, monthIndex } from "../dates";
import { InputError } from "../errors";
import { forwardRate } from "../fx/forward";
import { garmanKohlhagen } from "../fx/options";
import { applyOptionWaiver, handlingFee, type WaiverRule } from "../fx/waiver";
import { type Decimal, dec, fen, fixed, fromFloat, ONE, ZERO } from "../money";
import { type CostCategory, remittanceFee, type SettlementRules } from "../settlement/netting";
import { type PayoutRule, payoutTiming } from "../settlement/payout";
import { citForYear } from "../tax/cit";
import { findRefundRate } from "../tax/refundRates";
import { decideRegime, type RegimeDecision } from "../tax/regime";
import type { Regime, TaxRules } from "../tax/rules";
import { computeSurtaxes } from "../tax/surtax";
import { citPrepaymentDates, refundTiming } from "../tax/timing";
import {
  computeExemptRefund,
  computeTaxedAsDomestic,
  exportCreditFigures,
  settleExemptCreditRefund,
} from "../tax/vat";
import { Ledger } from "./ledger";
import {
  FINANCING_PRODUCTS,
  type FinancingProduct,
  MEASURE_SWITCHES,
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
export interface Operations {
  ledger: Ledger;
  /** Per supply-chain product, the receivables it can lend against at each month end (CNY). */
  financeable: Record<FinancingProduct, Decimal[]>;
  /** Whether each measure touches anything in this scenario. */
  applies: Record<MeasureSwitch, boolean>;
  lines: LineFacts[];
  cashConversionCycleDays: number;
}

/** The rules the projection applies, built from the catalog and seed tables in src/policy. */
export interface CashflowRules {
  tax: TaxRules;
  settlement: SettlementRules;
  payoutRule(id: string): PayoutRule | undefined;
  optionWaivers: readonly WaiverRule[];
  /** Citations of the measures behind each switch, for explain. */
  cite: Record<MeasureSwitch, { measure: string; source: string }>;
}

/** One receivable from earning to cash, for the financing that lends against it. */
interface Receivable {
  product: FinancingProduct;
  from: number;
  until: number;
  amount: Decimal;
}

/** The exempt-credit-refund pieces a month's exports bring to the company's VAT return. */
interface CreditMonth {
  nonCreditable: Decimal;
  eligibleRefund: Decimal;
  inputVat: Decimal;
}

function lineTiming(scenario: Scenario, line: ProductLine): Timing {
  return line.timing ?? scenario.timing;
}

/** Sales of a batch spread over its sell-through period in two-week tranches (one on arrival for B2B). */
function trancheOffsets(timing: Timing): number[] {
  const start = timing.transitDays + timing.checkInDays;
  if (timing.sellThroughDays === 0) return [start];
  const count = Math.max(1, Math.round(timing.sellThroughDays / 14));
  return Array.from(
    { length: count },
    (_, i) => start + Math.floor(((i + 0.5) * timing.sellThroughDays) / count),
  );
}

function zeros(n: number): Decimal[] {
  return new Array<Decimal>(n).fill(ZERO);
}

/** The switches that decide each line's VAT regime and how each exports' refund is timed. */
function regimeFor(
  scenario: Scenario,
  line: ProductLine,
  exportDate: string,
  noInvoiceExemption: boolean,
  rules: CashflowRules,
): RegimeDecision {
  return decideRegime(
    {
      kind: scenario.company.kind,
      vatPayer: scenario.company.vatPayer,
      pilotZone: scenario.company.pilotZone,
      customsCode: line.customsCode,
      purchaseInvoice: line.purchaseInvoice,
      exportDate,
      goodsExcludedFromExemption: false,
      noInvoiceExemption,
    },
    rules.tax,
  );
}

function ratesFor(line: ProductLine, lineIndex: number, exportDate: string, rules: CashflowRules) {
  if (line.vatRate && line.refundRate) return { vatRate: line.vatRate, refundRate: line.refundRate };
  const found = findRefundRate(rules.tax.refundRates, line.hsCode, exportDate);
  if (!found.found) {
    throw new InputError([
      {
        pointer: `/productLines/${lineIndex}/hsCode`,
        en: `no dated refund rate covers HS ${line.hsCode} on ${exportDate}; give vatRate and refundRate for this line`,
        zh: `退税率表中没有 HS ${line.hsCode} 在 ${exportDate} 的税率；请为该产品线填写 vatRate 和 refundRate`,
      },
    ]);
  }
  return {
    vatRate: line.vatRate ?? found.row.vatRate,
    refundRate: line.refundRate ?? found.row.refundRate,
  };
}

/**
 * The operating cash of a scenario under one set of switches: each product line's monthly batches
 * (supplier, freight, sales, payouts, conversions, overseas costs, VAT and refunds), the company's
 * monthly VAT return and quarterly income tax, and grants. Financing is sized afterwards.
 */
export function buildOperations(
  scenario: Scenario,
  switches: MeasureSwitches,
  rules: CashflowRules,
): Operations {
  const horizon = scenario.horizonMonths;
  const start = scenario.startDate;
  const ledger = new Ledger(start, horizon);
  const receivables: Receivable[] = [];
  const creditMonths = new Map<number, CreditMonth>();
  const applies = Object.fromEntries(MEASURE_SWITCHES.map((s) => [s, false])) as Record<
    MeasureSwitch,
    boolean
  >;
  const lines: LineFacts[] = [];
  const fx = scenario.fx;
  const nettable = new Set<CostCategory>(rules.settlement.nettableCategories);
  if (rules.settlement.platformFeesNettable) nettable.add("platform");
  // Revenue and profit by calendar quarter ("YYYY-Q"), for the income tax.
  const quarterRevenue = new Map<string, Decimal>();
  const quarterProfit = new Map<string, Decimal>();
  const addQuarter = (map: Map<string, Decimal>, date: string, amount: Decimal) => {
    const key = `${date.slice(0, 4)}-${Math.floor((Number(date.slice(5, 7)) - 1) / 3)}`;
    map.set(key, (map.get(key) ?? ZERO).plus(amount));
  };
  let waiverUsed = false;
  let cycleWeighted = ZERO;
  let cycleWeight = ZERO;
  let allDeemedEligible = true;
  // Outward remittances of costs not netted, by month and category: one remittance each.
  const outward = new Map<string, Decimal>();

  scenario.productLines.forEach((line, li) => {
    const timing = lineTiming(scenario, line);
    const rate = fx.rates.find((r) => r.currency === line.currency)!;
    const mid = rate.spot;
    const bid = mid.times(ONE.minus(fx.bidSpread));
    const offer = mid.times(ONE.plus(fx.offerSpread));
    const marketplace = line.sales.channel === "marketplace";
    const payoutRule =
      line.sales.channel === "marketplace" ? rules.payoutRule(line.sales.payoutRule) : undefined;
    if (marketplace && !payoutRule) {
      throw new InputError([
        {
          pointer: `/productLines/${li}/sales/payoutRule`,
          en: "unknown payout rule; see GET /v1/reference/payout-rules",
          zh: "未知的回款规则；规则列表见 GET /v1/reference/payout-rules",
        },
      ]);
    }
    const invoiced = line.purchaseInvoice !== "none";
    const inputVatPerUnit = invoiced ? line.unitCost.times(line.invoiceVatRate) : ZERO;
    const supplierPerUnit = line.unitCost.plus(inputVatPerUnit);
    const netPricePerUnit = line.sellingPrice.times(ONE.minus(line.returnsRate));
    const offsets = trancheOffsets(timing);
    const trancheShare = ONE.div(offsets.length);
    // Overseas costs per unit sold, split into what netting may deduct and what is wired out.
    let nettedPerUnit = ZERO;
    const grossPerUnit = new Map<CostCategory, Decimal>();
    for (const cost of line.overseasCosts) {
      const perUnit = cost.perUnit.plus(netPricePerUnit.times(cost.shareOfSales));
      if (perUnit.isZero()) continue;
      if (nettable.has(cost.category)) applies.netting = true;
      if (switches.netting && nettable.has(cost.category)) nettedPerUnit = nettedPerUnit.plus(perUnit);
      else grossPerUnit.set(cost.category, (grossPerUnit.get(cost.category) ?? ZERO).plus(perUnit));
    }
    let overseasPerUnit = nettedPerUnit;
    for (const v of grossPerUnit.values()) overseasPerUnit = overseasPerUnit.plus(v);
    const hedge = fx.hedge.strategy === "none" ? ZERO : fx.hedge.ratio;
    let factsRecorded = false;
    const firstBatch = line.monthlyUnits.findIndex((n) => n > 0);
    let receiptWeighted = ZERO;
    let receiptTotal = ZERO;

    for (let m = 0; m < horizon; m++) {
      const units = line.monthlyUnits[m];
      if (!units) continue;
      const u = dec(units);
      const order = addMonths(start, m);
      const ship = addDays(order, timing.productionDays);
      const { vatRate, refundRate } = ratesFor(line, li, ship, rules);
      const decision = regimeFor(scenario, line, ship, switches.noInvoiceExemption, rules);
      const regime = decision.regime;
      if (!factsRecorded) {
        const other = regimeFor(scenario, line, ship, !switches.noInvoiceExemption, rules).regime;
        if (other !== regime) applies.noInvoiceExemption = true;
        const basis = decision.eligibility[regime].basis;
        lines.push({
          name: line.name,
          regime,
          vatRate: fixed(vatRate, 4),
          refundRate: fixed(refundRate, 4),
          reason: { zh: basis?.zh ?? "", en: basis?.en ?? "" },
          ...(basis ? { source: basis.cite.source } : {}),
        });
        factsRecorded = true;
      }
      const noInvoiceExempt =
        regime === "exempt" && decision.eligibility.exempt.basis?.id === "no-invoice-pilot-zone";
      if (!noInvoiceExempt) allDeemedEligible = false;

      // Supplier: deposit on order, balance after shipment; invoice VAT is inside the payment.
      const supplier = u.times(supplierPerUnit);
      const deposit = supplier.times(timing.supplierDepositShare);
      ledger.add(order, "suppliers", deposit.neg());
      ledger.add(addDays(ship, timing.supplierBalanceDays), "suppliers", supplier.minus(deposit).neg());
      const inputVat = u.times(inputVatPerUnit);
      ledger.note("inputVat", inputVat);
      ledger.add(ship, "freight", u.times(line.freightPerUnit).neg());

      // Sales and the money coming back.
      const fobCny = u.times(line.declaredUnitValue).times(mid);
      const batchNet = u.times(netPricePerUnit);
      const revenueCny = batchNet.times(mid);
      ledger.note("revenue", revenueCny);
      const costCny = u
        .times(line.unitCost)
        .plus(u.times(line.freightPerUnit))
        .plus(u.times(overseasPerUnit).times(mid));
      const receipts: { date: string; amount: Decimal; from: string; product: FinancingProduct }[] = [];
      const saleDates: string[] = [];
      for (const offset of offsets) {
        const sold = addDays(ship, offset);
        saleDates.push(sold);
        addQuarter(quarterRevenue, sold, revenueCny.times(trancheShare));
        addQuarter(quarterProfit, sold, revenueCny.minus(costCny).times(trancheShare));
        const trancheUnits = u.times(trancheShare);
        for (const [category, perUnit] of grossPerUnit) {
          const key = `${monthIndex(start, sold)}|${line.currency}|${category}`;
          outward.set(key, (outward.get(key) ?? ZERO).plus(trancheUnits.times(perUnit)));
        }
        if (marketplace && payoutRule) {
          const paid = payoutTiming({ date: sold, amount: ZERO }, payoutRule).paidOn;
          const amount = batchNet.times(trancheShare).minus(trancheUnits.times(nettedPerUnit));
          if (amount.lt(0)) {
            throw new InputError([
              {
                pointer: `/productLines/${li}/overseasCosts`,
                en: "netted overseas costs exceed the sales they are netted against",
                zh: "轧差的境外费用超过了对应的销售收入",
              },
            ]);
          }
          receipts.push({ date: paid, amount, from: sold, product: "payout-advance" });
        }
      }
      if (line.sales.channel === "b2b") {
        const invoice = u.times(line.sellingPrice);
        for (const term of line.sales.terms) {
          receipts.push({
            date: addDays(ship, term.daysAfterShipment),
            amount: invoice.times(term.share),
            from: ship,
            product: "factoring",
          });
        }
        // Order financing lends against the buyer's order from the day it is placed until it is paid.
        for (const r of receipts) {
          receivables.push({
            product: "order-financing",
            from: monthIndex(start, order),
            until: monthIndex(start, r.date),
            amount: r.amount.times(mid),
          });
        }
      }

      // Hedging: a forward or a bought put per batch on the hedged share of its receipts.
      let expected = ZERO;
      let weightedDays = ZERO;
      for (const r of receipts) {
        expected = expected.plus(r.amount);
        weightedDays = weightedDays.plus(r.amount.times(Math.max(1, daysBetween(ship, r.date))));
      }
      const tenorDays = expected.isZero()
        ? 1
        : Math.max(1, Math.round(weightedDays.div(expected).toNumber()));
      const notional = expected.times(hedge);
      let putStrike: Decimal | null = null;
      if (fx.hedge.strategy === "put" && notional.gt(0)) {
        putStrike = mid.times(fx.hedge.strikeRatio);
        const premiumPerUnit = fromFloat(
          garmanKohlhagen({
            type: "put",
            spot: mid.toNumber(),
            strike: putStrike.toNumber(),
            domesticRate: fx.domesticRate.toNumber(),
            foreignRate: rate.foreignRate.toNumber(),
            years: tenorDays / 365,
            vol: rate.vol.toNumber(),
          }).price,
          6,
        );
        const premium = notional.times(premiumPerUnit);
        const fee = handlingFee(notional.times(mid), {
          rate: fx.hedge.handlingFeeRate,
          minimum: ZERO,
          fixed: ZERO,
        });
        let cost = premium.plus(fee);
        const firstDeal = !waiverUsed;
        if (scenario.company.firstTimeHedger && firstDeal) {
          const outcome = applyOptionWaiver(
            { product: "bought-option", premium, handlingFee: fee, margin: ZERO },
            { size: scenario.company.size, firstDerivativeWithBank: true },
            rules.optionWaivers,
          );
          if (outcome.applied.length > 0) {
            applies.optionFeeWaiver = true;
            if (switches.optionFeeWaiver) cost = outcome.after.cost;
          }
        }
        waiverUsed = true;
        ledger.add(ship, "hedging", cost.neg());
      }

      for (const r of receipts) {
        if (r.amount.isZero()) continue;
        const hedged = r.amount.times(hedge);
        const open = r.amount.minus(hedged);
        let cny = open.times(bid);
        let spreadCost = open.times(mid.minus(bid));
        if (fx.hedge.strategy === "forward" && hedged.gt(0)) {
          const days = Math.max(0, daysBetween(ship, r.date));
          const f = forwardRate(mid, fx.domesticRate, rate.foreignRate, days, "ACT/365F", "ACT/360").forward;
          cny = cny.plus(hedged.times(f).times(ONE.minus(fx.bidSpread)));
          spreadCost = spreadCost.plus(hedged.times(f).times(fx.bidSpread));
        } else if (putStrike && hedged.gt(0)) {
          // The flat spot path: the put is exercised only when its strike beats the bank's bid.
          const rateUsed = putStrike.gt(bid) ? putStrike : bid;
          cny = cny.plus(hedged.times(rateUsed));
          if (rateUsed === bid) spreadCost = spreadCost.plus(hedged.times(mid.minus(bid)));
        } else {
          cny = cny.plus(hedged.times(bid));
          spreadCost = spreadCost.plus(hedged.times(mid.minus(bid)));
        }
        ledger.add(r.date, "salesReceipts", cny);
        ledger.note("fxCost", spreadCost);
        ledger.add(r.date, "bankFees", remittanceFee(r.amount.times(mid), fx.inwardFee).neg());
        receivables.push({
          product: r.product,
          from: monthIndex(start, r.from),
          until: monthIndex(start, r.date),
          amount: r.amount.times(mid),
        });
        if (m === firstBatch) {
          receiptWeighted = receiptWeighted.plus(r.amount.times(daysBetween(order, r.date)));
          receiptTotal = receiptTotal.plus(r.amount);
        }
      }
      if (m === firstBatch && receiptTotal.gt(0)) {
        // Days from paying the supplier (deposit on order, balance later) to receiving the money.
        const supplierDays = ONE.minus(timing.supplierDepositShare).times(
          timing.productionDays + timing.supplierBalanceDays,
        );
        const lineCycle = receiptWeighted.div(receiptTotal).minus(supplierDays);
        cycleWeighted = cycleWeighted.plus(lineCycle.times(revenueCny));
        cycleWeight = cycleWeight.plus(revenueCny);
      }

      // VAT: each regime's figures and when the cash moves.
      const claimDates =
        line.customsCode === "9810" &&
        !refundTiming(ship, "9810", switches.departureRefund, rules.tax, saleDates[0])?.departureRefund
          ? saleDates
          : [ship];
      if (
        line.customsCode === "9810" &&
        refundRate.gt(0) &&
        (regime === "exempt-credit-refund" || regime === "exempt-refund")
      ) {
        applies.departureRefund = true;
      }
      const claimShare = ONE.div(claimDates.length);
      if (regime === "exempt-credit-refund") {
        const pieces = exportCreditFigures(fobCny, vatRate, refundRate, ZERO);
        for (const basis of claimDates) {
          const month = monthIndex(start, basis);
          const entry = creditMonths.get(month) ?? {
            nonCreditable: ZERO,
            eligibleRefund: ZERO,
            inputVat: ZERO,
          };
          entry.nonCreditable = entry.nonCreditable.plus(pieces.nonCreditable.times(claimShare));
          entry.eligibleRefund = entry.eligibleRefund.plus(pieces.eligibleRefund.times(claimShare));
          creditMonths.set(month, entry);
        }
        const shipMonth = monthIndex(start, ship);
        const entry = creditMonths.get(shipMonth) ?? {
          nonCreditable: ZERO,
          eligibleRefund: ZERO,
          inputVat: ZERO,
        };
        entry.inputVat = entry.inputVat.plus(inputVat);
        creditMonths.set(shipMonth, entry);
      } else if (regime === "exempt-refund") {
        const figures = computeExemptRefund({
          invoiceAmountExclVat: u.times(line.unitCost),
          invoiceVatRate: line.invoiceVatRate,
          refundRate,
        });
        for (const basis of claimDates) {
          const when = refundTiming(ship, line.customsCode, switches.departureRefund, rules.tax, basis)!;
          const refund = figures.refund.times(claimShare);
          const arrives = addDays(when.expectedFilingDate, timing.refundDays);
          ledger.add(arrives, "vatRefunds", refund);
          receivables.push({
            product: "tax-refund-loan",
            from: monthIndex(start, basis),
            until: monthIndex(start, arrives),
            amount: refund,
          });
        }
      } else if (regime === "taxed-as-domestic") {
        const figures = computeTaxedAsDomestic({
          kind: scenario.company.kind,
          vatPayer: scenario.company.vatPayer,
          fobCny,
          vatRate,
          levyRate: rules.tax.smallScaleLevyRate,
          bondedMaterialsConsumed: ZERO,
          ledger: {
            domesticOutputVat: ZERO,
            inputVat: line.purchaseInvoice === "special" ? inputVat : ZERO,
            openingCredit: ZERO,
          },
        });
        const due = addDays(addMonths(`${ship.slice(0, 7)}-01`, 1), rules.tax.filingDayOfMonth - 1);
        ledger.add(due, "vat", figures.vatDue.neg());
        const surtax = computeSurtaxes({
          vatPaid: figures.vatDue,
          consumptionTaxPaid: ZERO,
          exemptCredit: ZERO,
          rates: rules.tax.surtax.rates,
          factor: scenario.company.vatPayer === "small_scale" ? rules.tax.surtax.reliefFactor : ONE,
        });
        ledger.add(due, "surtaxes", surtax.total.neg());
      }
    }
  });

  // The company's monthly VAT return for exempt-credit-refund exports (credit carried forward).
  let credit = ZERO;
  const months = [...creditMonths.keys()].sort((a, b) => a - b);
  for (const month of months) {
    const entry = creditMonths.get(month)!;
    const settled = settleExemptCreditRefund({
      nonCreditable: entry.nonCreditable,
      eligibleRefund: entry.eligibleRefund,
      domesticOutputVat: ZERO,
      inputVat: entry.inputVat,
      openingCredit: credit,
    });
    credit = settled.carryForward;
    const filing = addDays(addMonths(start, month + 1), rules.tax.filingDayOfMonth - 1);
    const arrives = addDays(filing, scenario.timing.refundDays);
    ledger.add(arrives, "vatRefunds", settled.refund);
    ledger.add(filing, "vat", settled.vatDue.neg());
    receivables.push({
      product: "tax-refund-loan",
      from: month,
      until: monthIndex(start, arrives),
      amount: settled.refund,
    });
    const surtax = computeSurtaxes({
      vatPaid: settled.vatDue,
      consumptionTaxPaid: ZERO,
      exemptCredit: settled.exemptCredit,
      rates: rules.tax.surtax.rates,
      factor: ONE,
    });
    ledger.add(filing, "surtaxes", surtax.total.neg());
  }

  // Outward remittances of the costs paid gross: bought at the offer rate, one wire per category a month.
  for (const [key, amount] of outward) {
    const [month, currency] = key.split("|");
    const rate = fx.rates.find((r) => r.currency === currency)!;
    const offer = rate.spot.times(ONE.plus(fx.offerSpread));
    const index = Number(month);
    ledger.addAt(index, "overseasCosts", amount.times(offer).neg());
    ledger.note("fxCost", amount.times(offer.minus(rate.spot)));
    ledger.addAt(index, "bankFees", remittanceFee(amount.times(rate.spot), fx.outwardFee).neg());
  }

  // Income tax: quarterly prepayments on the year-to-date taxable income.
  // Deemed profit (国家税务总局公告2019年第36号) needs every export under the no-invoice exemption.
  const deemed = switches.deemedProfitTax && allDeemedEligible;
  if (allDeemedEligible) applies.deemedProfitTax = true;
  const years = new Set([...quarterRevenue.keys()].map((k) => Number(k.slice(0, 4))));
  for (const year of [...years].sort()) {
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
      const due = cit.minus(paid);
      if (due.gt(0)) {
        ledger.add(dates.quarters[q].due, "incomeTax", due.neg());
        paid = cit;
      }
    }
  }

  for (const grant of scenario.grants) ledger.add(grant.date, "grants", grant.amount);

  // Receivables outstanding at each month end, by the product that lends against them.
  const financeable = Object.fromEntries(FINANCING_PRODUCTS.map((p) => [p, zeros(horizon)])) as Record<
    FinancingProduct,
    Decimal[]
  >;
  for (const r of receivables) {
    const row = financeable[r.product];
    for (let m = Math.max(0, r.from); m < Math.min(horizon, r.until); m++) row[m] = row[m].plus(r.amount);
  }
  applies.supplyChainFinance = scenario.financing.products.some((p) =>
    financeable[p.product].some((v) => v.gt(0)),
  );

  const cashConversionCycleDays = cycleWeight.isZero()
    ? 0
    : Math.round(cycleWeighted.div(cycleWeight).toNumber());
  return { ledger, financeable, applies, lines, cashConversionCycleDays };
}

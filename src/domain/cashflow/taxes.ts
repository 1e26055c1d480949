import { addDays, addMonths, dayNumber } from "../dates";
import { decimalOf, divInt, type Fixed, fixedOf, UNIT } from "../fixed";
import { type Decimal, fixed, ONE, ZERO } from "../money";
import { citForYear } from "../tax/cit";
import { decideRegime, type RegimeDecision } from "../tax/regime";
import type { CitRules, Regime } from "../tax/rules";
import { smallScaleVat } from "../tax/smallScaleRelief";
import { computeSurtaxes, computeSurtaxesFixed, surtaxReliefFactor } from "../tax/surtax";
import { citPrepaymentDates, departureRefundApplies } from "../tax/timing";
import { computeExemptRefund, computeTaxedAsDomestic, settleExemptCreditRefundFixed } from "../tax/vat";
import { memo, newLedger, type ProjectionInputs } from "./inputs";
import type { Ledger } from "./ledger";
import type { Batch, OperatingBase, Receivable } from "./lineOperations";

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

/** The tax switches' part of the ledger, and the refunds a tax-refund loan lends against. */
export interface TaxPart {
  ledger: Ledger;
  receivables: Receivable[];
  incomeTaxMethod: "deemed-profit" | "actual-profit";
}

/** The tax switches, in the order the tax part is memoised by. */
export interface TaxSwitches {
  noInvoiceExemption: boolean;
  departureRefund: boolean;
  deemedProfitTax: boolean;
}

/** A month's entry of the exempt-credit-refund return (免抵退), summed over the batches claimed in it. */
interface CreditEntry {
  nonCreditable: Fixed;
  eligibleRefund: Fixed;
  inputVat: Fixed;
}
type CreditReturns = Map<number, CreditEntry>;

/** What a monthly exempt-credit-refund return settles: refund, VAT and surtaxes due, credit carried on. */
interface MonthlyReturn {
  refund: Fixed;
  vatDue: Fixed;
  surtaxes: Fixed;
  carryForward: Fixed;
}

/** A small-scale payer's exports taxed as domestic, by month: FOB summed, and the month's first ship date. */
type SmallScaleMonths = Map<number, { fob: Fixed; ship: string }>;

/** A claim made in full on the day of shipment. */
const ON_SHIPMENT: readonly number[] = [0];

/**
 * The tax measures over the batches: each batch's VAT regime, its refund or tax, the monthly
 * exempt-credit-refund return and the income-tax prepayments. The tax domain's Decimal rules are
 * called once per distinct input, whichever tax runs need them.
 */
export class TaxMeasures {
  private readonly decisions = new Map<number, RegimeDecision>();
  private readonly exemptRefunds = new Map<Batch, Fixed>();
  private readonly domesticTaxes = new Map<Batch, { vat: Fixed; surtaxes: Fixed }>();

  constructor(
    private readonly inputs: ProjectionInputs,
    private readonly base: OperatingBase,
  ) {}

  /** The regime of a batch with or without the no-invoice measure (one decision per line and period). */
  regimeOf(batch: Batch, noInvoiceExemption: boolean): RegimeDecision {
    const kept = batch.regimes[noInvoiceExemption ? 1 : 0];
    if (kept) return kept;
    // Regime periods are a handful of dated intervals: line, period and switch pack into one number.
    const key = ((batch.line << 10) + batch.regimePeriod) * 2 + (noInvoiceExemption ? 1 : 0);
    let decision = this.decisions.get(key);
    if (!decision) {
      const { company } = this.inputs.scenario;
      const line = this.base.lines[batch.line].line;
      decision = decideRegime(
        {
          kind: company.kind,
          vatPayer: company.vatPayer,
          pilotZone: company.pilotZone,
          customsCode: line.customsCode,
          purchaseInvoice: line.purchaseInvoice,
          exportDate: batch.ship,
          goodsExcludedFromExemption: false,
          noInvoiceExemption,
        },
        this.inputs.rules.tax,
      );
      this.decisions.set(key, decision);
    }
    batch.regimes[noInvoiceExemption ? 1 : 0] = decision;
    return decision;
  }

  /** Exported under a regime that refunds, at a refund rate above zero. */
  refunds(batch: Batch, noInvoiceExemption: boolean): boolean {
    const regime = this.regimeOf(batch, noInvoiceExemption).regime;
    return (regime === "exempt-credit-refund" || regime === "exempt-refund") && batch.refundRate.gt(0);
  }

  /** The tax switches' part of the ledger. */
  ledgerFor(switches: TaxSwitches): TaxPart {
    const ledger = newLedger(this.inputs);
    const receivables: Receivable[] = [];
    const credit: CreditReturns = new Map();
    const smallScale: SmallScaleMonths = new Map();
    let allNoInvoice = this.base.batches.length > 0;
    for (const batch of this.base.batches) {
      const decision = this.regimeOf(batch, switches.noInvoiceExemption);
      if (
        !(decision.regime === "exempt" && decision.eligibility.exempt.basis?.id === "no-invoice-pilot-zone")
      )
        allNoInvoice = false;
      this.claim(batch, decision.regime, switches.departureRefund, ledger, receivables, credit, smallScale);
    }
    this.fileCreditReturns(credit, ledger, receivables);
    this.fileSmallScaleReturns(smallScale, ledger);
    // Deemed profit only when every export is under the no-invoice exemption (国家税务总局公告2019年第36号).
    const deemed = switches.deemedProfitTax && allNoInvoice;
    const incomeTaxMethod = deemed ? "deemed-profit" : "actual-profit";
    for (const { due, amount } of this.incomeTaxPayments(incomeTaxMethod))
      ledger.add(due, "incomeTax", -amount);
    return { ledger, receivables, incomeTaxMethod };
  }

  /**
   * A batch's VAT under its regime: its share of the monthly exempt-credit-refund return, its
   * exempt-refund claims, or VAT and surtaxes as a domestic sale. A 9810 export without the
   * departure refund claims as its goods sell (公告2025年第3号).
   */
  private claim(
    batch: Batch,
    regime: Regime,
    departureRefund: boolean,
    ledger: Ledger,
    receivables: Receivable[],
    credit: CreditReturns,
    smallScale: SmallScaleMonths,
  ): void {
    const setup = this.base.lines[batch.line].setup;
    const onDeparture =
      setup.line.customsCode !== "9810" ||
      departureRefundApplies(batch.ship, "9810", departureRefund, this.inputs.rules.tax);
    const claimOffsets = onDeparture ? ON_SHIPMENT : batch.saleOffsets;
    if (regime === "exempt-credit-refund") this.claimCredit(batch, claimOffsets, ledger, credit);
    else if (regime === "exempt-refund") this.claimRefunds(batch, claimOffsets, ledger, receivables);
    else if (regime === "taxed-as-domestic" && this.monthlySmallScaleReturns) {
      const month = ledger.indexOfDay(batch.shipDay);
      const entry = smallScale.get(month);
      if (entry) entry.fob += batch.fobCny;
      else smallScale.set(month, { fob: batch.fobCny, ship: batch.ship });
    } else if (regime === "taxed-as-domestic") {
      const taxes = this.domesticTaxOf(batch);
      const due = this.filingDay(ledger.indexOfDay(batch.shipDay));
      ledger.addDay(due, "vat", -taxes.vat);
      ledger.addDay(due, "surtaxes", -taxes.surtaxes);
    }
  }

  /** The batch's export credit into the month of each claim; its input VAT into its shipment month. */
  private claimCredit(batch: Batch, claimOffsets: readonly number[], ledger: Ledger, credit: CreditReturns) {
    const { nonCreditable, eligibleRefund } = this.creditPerClaim(batch, BigInt(claimOffsets.length));
    for (const offset of claimOffsets) {
      const entry = creditEntry(credit, ledger.indexOfDay(batch.shipDay + offset));
      entry.nonCreditable += nonCreditable;
      entry.eligibleRefund += eligibleRefund;
    }
    creditEntry(credit, ledger.indexOfDay(batch.shipDay)).inputVat += batch.inputVat;
  }

  /** Exempt-refund (免退税) claims: each refunded after its month's return, and lent against till then. */
  private claimRefunds(
    batch: Batch,
    claimOffsets: readonly number[],
    ledger: Ledger,
    receivables: Receivable[],
  ) {
    const refund = divInt(this.exemptRefundOf(batch), BigInt(claimOffsets.length));
    const { refundDays } = this.base.lines[batch.line].setup.timing;
    for (const offset of claimOffsets) {
      const basis = ledger.indexOfDay(batch.shipDay + offset);
      const arrives = this.filingDay(basis) + refundDays;
      ledger.addDay(arrives, "vatRefunds", refund);
      receivables.push({
        product: "tax-refund-loan",
        from: basis,
        until: ledger.indexOfDay(arrives),
        amount: refund,
      });
    }
  }

  private readonly creditShares = new Map<Batch["credit"], { claims: bigint; share: Batch["credit"] }>();

  /**
   * A batch's export credit split over its claims: in full on shipment, else per sale tranche (the
   * same for every tax run, and for every batch of a line that ships alike).
   */
  private creditPerClaim(batch: Batch, claims: bigint): Batch["credit"] {
    if (claims === 1n) return batch.credit;
    const known = this.creditShares.get(batch.credit);
    if (known && known.claims === claims) return known.share;
    const share = {
      nonCreditable: divInt(batch.credit.nonCreditable, claims),
      eligibleRefund: divInt(batch.credit.eligibleRefund, claims),
    };
    this.creditShares.set(batch.credit, { claims, share });
    return share;
  }

  /** The company's monthly VAT returns for its exempt-credit-refund exports; the credit carries forward. */
  private fileCreditReturns(credit: CreditReturns, ledger: Ledger, receivables: Receivable[]): void {
    let carried = 0n;
    for (const month of [...credit.keys()].sort((a, b) => a - b)) {
      const entry = credit.get(month)!;
      const settled = this.monthlyReturn(entry, carried);
      carried = settled.carryForward;
      const due = this.filingDay(month);
      const arrives = due + this.inputs.scenario.timing.refundDays;
      ledger.addDay(arrives, "vatRefunds", settled.refund);
      ledger.addDay(due, "vat", -settled.vatDue);
      ledger.addDay(due, "surtaxes", -settled.surtaxes);
      receivables.push({
        product: "tax-refund-loan",
        from: month,
        until: ledger.indexOfDay(arrives),
        amount: settled.refund,
      });
    }
  }

  /**
   * From ruleset 2026.12.1 a small-scale payer's exports taxed as domestic are its month's taxable sales,
   * taxed on one monthly return under the relief of their date (财政部 税务总局公告2023年第19号: 1%, exempt up to
   * 100,000 CNY a month); before, each batch at a flat 3%.
   */
  private get monthlySmallScaleReturns(): boolean {
    return (
      this.inputs.rules.behaviour.smallScaleReliefByMonth &&
      this.inputs.scenario.company.vatPayer === "small_scale"
    );
  }

  /** The small-scale payer's monthly returns of its exports taxed as domestic (no domestic sales here). */
  private fileSmallScaleReturns(months: SmallScaleMonths, ledger: Ledger): void {
    for (const [month, { fob, ship }] of months) {
      const taxes = this.smallScaleReturn(`${fob}|${ship}`);
      const due = this.filingDay(month);
      ledger.addDay(due, "vat", -taxes.vat);
      ledger.addDay(due, "surtaxes", -taxes.surtaxes);
    }
  }

  /** One month's small-scale return (its FOB and first ship date as a key), once per distinct month. */
  private readonly smallScaleReturn = memo((key) => {
    const [fob, ship] = key.split("|");
    const { tax } = this.inputs.rules;
    const vat = smallScaleVat(tax, {
      date: ship,
      filing: "monthly",
      salesInclVat: decimalOf(BigInt(fob)),
      otherSalesExclVat: ZERO,
    }).vatDue;
    const surtax = computeSurtaxes({
      vatPaid: vat,
      consumptionTaxPaid: ZERO,
      exemptCredit: ZERO,
      rates: tax.surtax.rates,
      factor: this.surtaxFactor(ship),
    });
    return { vat: fixedOf(vat), surtaxes: fixedOf(surtax.total) };
  });

  /** The day the return for a month's exports is filed (in the month after, on the filing day). */
  private readonly filingDayOf = memo((monthIndexOfBasis) => {
    const { horizon, monthStarts, start, rules } = this.inputs;
    const month = Number(monthIndexOfBasis) + 1;
    const day = month <= horizon ? monthStarts[month] : dayNumber(addMonths(start, month));
    return day + rules.tax.filingDayOfMonth - 1;
  });

  private filingDay(monthIndexOfBasis: number): number {
    return this.filingDayOf(String(monthIndexOfBasis));
  }

  /** A batch's refund under exempt-refund (免退税). */
  private exemptRefundOf(batch: Batch): Fixed {
    let refund = this.exemptRefunds.get(batch);
    if (refund === undefined) {
      const line = this.base.lines[batch.line].line;
      refund = fixedOf(
        computeExemptRefund({
          invoiceAmountExclVat: line.unitCost.times(batch.units),
          invoiceVatRate: line.invoiceVatRate,
          refundRate: batch.refundRate,
        }).refund,
      );
      this.exemptRefunds.set(batch, refund);
    }
    return refund;
  }

  /**
   * The surtax halving on a shipment date. 2026.11.0 (surtaxReliefByPeriod false) halved it for
   * small-scale payers at every date.
   */
  private surtaxFactor(date: string): Decimal {
    const { scenario, rules } = this.inputs;
    if (rules.behaviour.surtaxReliefByPeriod) {
      return surtaxReliefFactor(rules.tax.surtax, { vatPayer: scenario.company.vatPayer }, date);
    }
    return scenario.company.vatPayer === "small_scale" ? rules.tax.surtax.reliefFactor : ONE;
  }

  /**
   * The income-tax rules. 2026.11.0 (smallLowProfitReliefByYear false) applied the relief in force
   * (5% of the whole) to every tax year up to its end.
   */
  private get citRules(): CitRules {
    const { cit } = this.inputs.rules.tax;
    if (this.inputs.rules.behaviour.smallLowProfitReliefByYear) return cit;
    const periods = cit.smallLowProfit.periods;
    const inForce = { ...periods[periods.length - 1], fromYear: Number.NEGATIVE_INFINITY };
    return { ...cit, smallLowProfit: { ...cit.smallLowProfit, periods: [inForce] } };
  }

  /** A batch's VAT and surtaxes when taxed as a domestic sale. */
  private domesticTaxOf(batch: Batch): { vat: Fixed; surtaxes: Fixed } {
    let taxes = this.domesticTaxes.get(batch);
    if (!taxes) {
      const { company } = this.inputs.scenario;
      const { tax } = this.inputs.rules;
      const line = this.base.lines[batch.line].line;
      const figures = computeTaxedAsDomestic({
        kind: company.kind,
        vatPayer: company.vatPayer,
        fobCny: decimalOf(batch.fobCny),
        vatRate: batch.vatRate,
        levyRate: tax.smallScaleLevyRate,
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
        rates: tax.surtax.rates,
        factor: this.surtaxFactor(batch.ship),
      });
      taxes = { vat: fixedOf(figures.vatDue), surtaxes: fixedOf(surtax.total) };
      this.domesticTaxes.set(batch, taxes);
    }
    return taxes;
  }

  /**
   * A monthly exempt-credit-refund return (non-creditable, eligible refund, input VAT and the credit
   * carried in): the tax domain's settlement and surtaxes, in fixed point as the domain states them.
   */
  private monthlyReturn(entry: CreditEntry, carried: Fixed): MonthlyReturn {
    const settled = settleExemptCreditRefundFixed({
      nonCreditable: entry.nonCreditable,
      eligibleRefund: entry.eligibleRefund,
      inputVat: entry.inputVat,
      domesticOutputVat: 0n,
      openingCredit: carried,
    });
    const surtaxes = computeSurtaxesFixed(
      { vatPaid: settled.vatDue, consumptionTaxPaid: 0n, exemptCredit: settled.exemptCredit, factor: UNIT },
      this.inputs.rules.tax.surtax.rates,
    ).total;
    return {
      refund: settled.refund,
      vatDue: settled.vatDue,
      surtaxes,
      carryForward: settled.carryForward,
    };
  }

  /**
   * Income tax: quarterly prepayments on the year-to-date taxable income, on deemed or on actual
   * profit; the same for every tax run that assesses it the same way.
   */
  private readonly incomeTaxPayments = memo((method) => {
    const { quarterRevenue, quarterProfit } = this.base;
    const { scenario, rules } = this.inputs;
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
        const cit = citForYear(
          {
            method: method as TaxPart["incomeTaxMethod"],
            revenue: decimalOf(revenue),
            profit: decimalOf(profit),
            exemptIncome: ZERO,
            employees: scenario.company.employees,
            totalAssets: scenario.company.totalAssets,
            taxYear: year,
            restrictedIndustry: false,
          },
          this.citRules,
        ).cit;
        const ytd = fixedOf(cit);
        if (ytd > paid) {
          payments.push({ due: dates.quarters[q].due, amount: ytd - paid });
          paid = ytd;
        }
      }
    }
    return payments;
  });

  /** Each line's regime, rates and the ground for them (from its first batch). */
  lineFacts(noInvoiceExemption: boolean): LineFacts[] {
    const { start } = this.inputs;
    return this.base.lines.map(({ setup, index, ratesOn }) => {
      const batch = this.base.batches.find((b) => b.line === index);
      const ship = batch?.ship ?? addDays(start, setup.timing.productionDays);
      const decision = batch ? this.regimeOf(batch, noInvoiceExemption) : undefined;
      const rates = batch ?? ratesOn(ship);
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
  }
}

function creditEntry(credit: CreditReturns, month: number) {
  let entry = credit.get(month);
  if (!entry) {
    entry = { nonCreditable: 0n, eligibleRefund: 0n, inputVat: 0n };
    credit.set(month, entry);
  }
  return entry;
}

import { decimalOf, type Fixed, fixedOf, minOf, roundedToFen } from "../fixed";
import { type Decimal, max, min, ONE, roundFen, ZERO } from "../money";
import type { EnterpriseKind, PurchaseInvoice, VatPayer } from "./rules";

/**
 * The four VAT treatments of an export as Decimal-level functions (no text, no explain), for the
 * report and for the cash-flow projection's inner loop. Every returned figure is rounded to the fen,
 * half-up, and later figures are derived from the rounded earlier ones, as the textbooks do, so the
 * identities (refund + exemptCredit = eligibleRefund) hold exactly.
 */

export interface ExemptCreditRefundInput {
  fobCny: Decimal;
  vatRate: Decimal;
  refundRate: Decimal;
  domesticOutputVat: Decimal;
  inputVat: Decimal;
  openingCredit: Decimal;
  /** Bonded imported and duty-free domestic materials in the exports (CNY). */
  dutyFreeMaterialsCny: Decimal;
}

export interface ExemptCreditRefundFigures {
  /** FOB x (vatRate - refundRate), before the offset. */
  nonCreditableGross: Decimal;
  /** dutyFreeMaterials x (vatRate - refundRate), capped at the gross amount. */
  nonCreditableOffset: Decimal;
  /** 不得免征和抵扣税额, booked to cost (进项税额转出). */
  nonCreditable: Decimal;
  /** domesticOutputVat - (inputVat - nonCreditable) - openingCredit; negative = closing credit. */
  payable: Decimal;
  /** FOB x refundRate, before the offset. */
  eligibleRefundGross: Decimal;
  /** dutyFreeMaterials x refundRate, capped at the gross amount. */
  eligibleRefundOffset: Decimal;
  /** 免抵退税额. */
  eligibleRefund: Decimal;
  refund: Decimal;
  /** 免抵税额 (part of the surtax base). */
  exemptCredit: Decimal;
  carryForward: Decimal;
  vatDue: Decimal;
  /** VAT that ends as cost: the non-creditable amount. */
  toCost: Decimal;
}

/** What one period's exports bring to the exempt-credit-refund calculation, each line to the fen. */
export interface ExportCreditPieces {
  nonCreditableGross: Decimal;
  nonCreditableOffset: Decimal;
  nonCreditable: Decimal;
  eligibleRefundGross: Decimal;
  eligibleRefundOffset: Decimal;
  eligibleRefund: Decimal;
}

/**
 * The export side of 免抵退税: the amount not creditable (FOB x (vatRate - refundRate), less the
 * duty-free materials' share, capped at the first term) and the exempt-credit-refund amount
 * (FOB x refundRate, less the materials' share). Exports at different rates add up piece by piece.
 */
export function exportCreditFigures(
  fobCny: Decimal,
  vatRate: Decimal,
  refundRate: Decimal,
  dutyFreeMaterialsCny: Decimal,
): ExportCreditPieces {
  const rateGap = vatRate.minus(refundRate);
  const nonCreditableGross = roundFen(fobCny.times(rateGap));
  const nonCreditableOffset = min(roundFen(dutyFreeMaterialsCny.times(rateGap)), nonCreditableGross);
  const eligibleRefundGross = roundFen(fobCny.times(refundRate));
  const eligibleRefundOffset = min(roundFen(dutyFreeMaterialsCny.times(refundRate)), eligibleRefundGross);
  return {
    nonCreditableGross,
    nonCreditableOffset,
    nonCreditable: nonCreditableGross.minus(nonCreditableOffset),
    eligibleRefundGross,
    eligibleRefundOffset,
    eligibleRefund: eligibleRefundGross.minus(eligibleRefundOffset),
  };
}

/**
 * Bonded imported materials of 进料加工 exports under the actual-consumption method before the
 * handbook is written off: FOB x the planned allocation ratio (计划分配率 = planned imports ÷ planned
 * exports), to the fen, as the 进料加工 rules of 国家税务总局公告2012年第24号 (and 2013年第12号) state it.
 */
export function plannedBondedMaterials(fobCny: Decimal, plannedAllocationRatio: Decimal): Decimal {
  return roundFen(fobCny.times(plannedAllocationRatio));
}

export interface CreditSettlementInput {
  nonCreditable: Decimal;
  eligibleRefund: Decimal;
  domesticOutputVat: Decimal;
  inputVat: Decimal;
  openingCredit: Decimal;
}

export interface CreditSettlement {
  /** domesticOutputVat - (inputVat - nonCreditable) - openingCredit; negative = closing credit. */
  payable: Decimal;
  refund: Decimal;
  exemptCredit: Decimal;
  carryForward: Decimal;
  vatDue: Decimal;
}

/** A 免抵退税 return's amounts in fixed point (src/domain/fixed.ts). */
export type CreditSettlementInputFixed = { [K in keyof CreditSettlementInput]: Fixed };
export type CreditSettlementFixed = { [K in keyof CreditSettlement]: Fixed };

/**
 * The period's VAT return under 免抵退税 (财税〔2012〕39号 第五条第（一）项, the same formulas under
 * 财政部 税务总局公告2026年第11号): VAT due when payable >= 0; otherwise the closing credit is refunded up
 * to the exempt-credit-refund amount, the rest of that amount is the exempt-credit amount and the rest
 * of the credit carries forward. The one statement of the rule, in fixed point:
 * the projection files a return a month (`settleExemptCreditRefund` is its Decimal form).
 */
export function settleExemptCreditRefundFixed(x: CreditSettlementInputFixed): CreditSettlementFixed {
  const payable = roundedToFen(x.domesticOutputVat - (x.inputVat - x.nonCreditable) - x.openingCredit);
  if (payable >= 0n) {
    return { payable, refund: 0n, exemptCredit: x.eligibleRefund, carryForward: 0n, vatDue: payable };
  }
  const closingCredit = -payable;
  const refund = minOf(closingCredit, x.eligibleRefund);
  return {
    payable,
    refund,
    exemptCredit: x.eligibleRefund - refund,
    carryForward: closingCredit - refund,
    vatDue: 0n,
  };
}

/**
 * `settleExemptCreditRefundFixed` for Decimal amounts. Exact: the amounts that reach it have at most
 * 18 decimals (money is accepted to 6, and the export pieces are rounded to the fen).
 */
export function settleExemptCreditRefund(x: CreditSettlementInput): CreditSettlement {
  const settled = settleExemptCreditRefundFixed({
    nonCreditable: fixedOf(x.nonCreditable),
    eligibleRefund: fixedOf(x.eligibleRefund),
    domesticOutputVat: fixedOf(x.domesticOutputVat),
    inputVat: fixedOf(x.inputVat),
    openingCredit: fixedOf(x.openingCredit),
  });
  return {
    payable: decimalOf(settled.payable),
    refund: decimalOf(settled.refund),
    exemptCredit: decimalOf(settled.exemptCredit),
    carryForward: decimalOf(settled.carryForward),
    vatDue: decimalOf(settled.vatDue),
  };
}

/** 免抵退税 of a manufacturer (财税〔2012〕39号 第五条, same formulas from 2026). */
export function computeExemptCreditRefund(x: ExemptCreditRefundInput): ExemptCreditRefundFigures {
  const pieces = exportCreditFigures(x.fobCny, x.vatRate, x.refundRate, x.dutyFreeMaterialsCny);
  const settled = settleExemptCreditRefund({
    nonCreditable: pieces.nonCreditable,
    eligibleRefund: pieces.eligibleRefund,
    domesticOutputVat: x.domesticOutputVat,
    inputVat: x.inputVat,
    openingCredit: x.openingCredit,
  });
  return { ...pieces, ...settled, toCost: pieces.nonCreditable };
}

/** A purchase amount as printed on the invoice: without VAT, or with VAT included. */
export type PurchaseAmount = { exclVat: Decimal } | { inclVat: Decimal };

/** The amount without VAT, to the fen: an inclusive amount is divided by 1 + rate and rounded. */
export function amountExclVat(amount: PurchaseAmount, invoiceVatRate: Decimal): Decimal {
  return "exclVat" in amount
    ? roundFen(amount.exclVat)
    : roundFen(amount.inclVat.div(ONE.plus(invoiceVatRate)));
}

export interface ExemptRefundInput {
  invoiceAmountExclVat: Decimal;
  invoiceVatRate: Decimal;
  refundRate: Decimal;
}

export interface ExemptRefundFigures {
  invoiceAmountExclVat: Decimal;
  /** The lower of the refund rate and the invoice's VAT rate. */
  rateUsed: Decimal;
  refund: Decimal;
  /** invoiceAmountExclVat x (invoiceVatRate - rateUsed). */
  toCost: Decimal;
}

/** 免退税 of a trader holding a special VAT invoice: the lower of the two rates refunds. */
export function computeExemptRefund(x: ExemptRefundInput): ExemptRefundFigures {
  const base = roundFen(x.invoiceAmountExclVat);
  const rateUsed = min(x.refundRate, x.invoiceVatRate);
  return {
    invoiceAmountExclVat: base,
    rateUsed,
    refund: roundFen(base.times(rateUsed)),
    toCost: roundFen(base.times(x.invoiceVatRate.minus(rateUsed))),
  };
}

/** A trader's purchase of the exported goods (the voucher kind and, when held, the invoice). */
export interface Purchase {
  invoice: PurchaseInvoice;
  invoiceAmountExclVat?: Decimal;
  invoiceVatRate?: Decimal;
}

/** The VAT shown on a purchase invoice (zero without one or without an amount). */
export function purchaseVat(purchase: Purchase | undefined): Decimal {
  if (!purchase || purchase.invoice === "none" || !purchase.invoiceAmountExclVat || !purchase.invoiceVatRate)
    return ZERO;
  return roundFen(purchase.invoiceAmountExclVat.times(purchase.invoiceVatRate));
}

/** The enterprise's VAT ledger for the period besides the exports being assessed. */
export interface Ledger {
  domesticOutputVat: Decimal;
  inputVat: Decimal;
  openingCredit: Decimal;
  /** Domestic sales excluding VAT, to apportion input VAT a manufacturer cannot attribute. */
  domesticSales?: Decimal;
}

export interface ExemptInput {
  kind: EnterpriseKind;
  vatPayer: VatPayer;
  fobCny: Decimal;
  ledger: Ledger;
  purchase?: Purchase;
}

export interface ExemptFigures {
  /** Input VAT attributable to the exempt exports, not creditable: it goes to cost. */
  toCost: Decimal;
  /** How toCost was found. */
  toCostBasis: "small-scale" | "purchase-invoice" | "no-invoice" | "apportioned" | "all-input";
  vatDue: Decimal;
  carryForward: Decimal;
}

/**
 * 免税: no output VAT, no refund. A manufacturer's input VAT for the exports is not creditable; when
 * it cannot be attributed it is apportioned by sales (财税〔2016〕36号 附件1 第二十九条). Returns null
 * when a general-payer manufacturer has domestic output VAT but no domestic sales to apportion by.
 */
export function computeExempt(x: ExemptInput): ExemptFigures | null {
  if (x.vatPayer === "small_scale") {
    return { toCost: ZERO, toCostBasis: "small-scale", vatDue: ZERO, carryForward: ZERO };
  }
  let toCost: Decimal;
  let toCostBasis: ExemptFigures["toCostBasis"];
  let creditableInput = x.ledger.inputVat;
  if (x.kind === "trader") {
    toCost = purchaseVat(x.purchase);
    toCostBasis = x.purchase?.invoice === "none" ? "no-invoice" : "purchase-invoice";
  } else if (x.ledger.domesticSales !== undefined) {
    const total = x.fobCny.plus(x.ledger.domesticSales);
    toCost = total.isZero() ? ZERO : roundFen(x.ledger.inputVat.times(x.fobCny).div(total));
    toCostBasis = "apportioned";
    creditableInput = x.ledger.inputVat.minus(toCost);
  } else if (x.ledger.domesticOutputVat.isZero()) {
    toCost = roundFen(x.ledger.inputVat);
    toCostBasis = "all-input";
    creditableInput = ZERO;
  } else {
    return null;
  }
  const payable = roundFen(x.ledger.domesticOutputVat.minus(creditableInput).minus(x.ledger.openingCredit));
  return { toCost, toCostBasis, ...settle(payable) };
}

export interface TaxedAsDomesticInput {
  kind: EnterpriseKind;
  vatPayer: VatPayer;
  fobCny: Decimal;
  vatRate: Decimal;
  /** Small-scale levy rate (3% by default). */
  levyRate: Decimal;
  /** Bonded imported materials consumed by the goods (general payers). */
  bondedMaterialsConsumed: Decimal;
  /**
   * Non-creditable amount (FOB x (vatRate - refundRate)) already booked to cost for these goods under
   * exempt-credit-refund; taxed as domestic it is reversed back to input VAT (general payers).
   */
  nonCreditableReversed?: Decimal;
  ledger: Ledger;
  purchase?: Purchase;
}

export interface TaxedAsDomesticFigures {
  /** General payer: VAT extracted from the tax-inclusive FOB. */
  outputVat: Decimal;
  /** The reversal of a non-creditable amount booked earlier, back to input VAT. */
  nonCreditableReversed: Decimal;
  /** Input VAT the period may credit (with a trader's special-invoice VAT and the reversal). */
  creditableInput: Decimal;
  vatDue: Decimal;
  carryForward: Decimal;
  /** VAT on an ordinary invoice, never creditable. */
  toCost: Decimal;
}

/**
 * 视同内销征税: VAT extracted from FOB as if sold at home. A general payer's non-creditable amount
 * already booked to cost for the goods goes back to input VAT (财税〔2012〕39号 第七条第（二）项).
 */
export function computeTaxedAsDomestic(x: TaxedAsDomesticInput): TaxedAsDomesticFigures {
  if (x.vatPayer === "small_scale") {
    const vatDue = roundFen(x.fobCny.div(ONE.plus(x.levyRate)).times(x.levyRate));
    return {
      outputVat: ZERO,
      nonCreditableReversed: ZERO,
      creditableInput: ZERO,
      vatDue,
      carryForward: ZERO,
      toCost: ZERO,
    };
  }
  const outputVat = roundFen(
    x.fobCny.minus(x.bondedMaterialsConsumed).div(ONE.plus(x.vatRate)).times(x.vatRate),
  );
  const invoiceVat = purchaseVat(x.purchase);
  const special = x.kind === "trader" && x.purchase?.invoice === "special";
  const nonCreditableReversed = roundFen(x.nonCreditableReversed ?? ZERO);
  const creditableInput = (special ? x.ledger.inputVat.plus(invoiceVat) : x.ledger.inputVat).plus(
    nonCreditableReversed,
  );
  const toCost = x.kind === "trader" && x.purchase?.invoice === "ordinary" ? invoiceVat : ZERO;
  const payable = roundFen(
    x.ledger.domesticOutputVat.plus(outputVat).minus(creditableInput).minus(x.ledger.openingCredit),
  );
  return { outputVat, nonCreditableReversed, creditableInput, toCost, ...settle(payable) };
}

/** The VAT of the period for a trader under exempt-refund: the domestic ledger alone. */
export function ledgerSettlement(ledger: Ledger): { vatDue: Decimal; carryForward: Decimal } {
  return settle(roundFen(ledger.domesticOutputVat.minus(ledger.inputVat).minus(ledger.openingCredit)));
}

function settle(payable: Decimal): { vatDue: Decimal; carryForward: Decimal } {
  return { vatDue: max(payable, ZERO), carryForward: max(payable.neg(), ZERO) };
}

/** Consumption tax: ad-valorem base x rate + quantity x specific rate (refunded to traders only). */
export interface ConsumptionTaxInput {
  adValoremBase: Decimal;
  adValoremRate: Decimal;
  quantity: Decimal;
  specificRate: Decimal;
}

export function consumptionTaxAmount(x: ConsumptionTaxInput): Decimal {
  return roundFen(x.adValoremBase.times(x.adValoremRate).plus(x.quantity.times(x.specificRate)));
}

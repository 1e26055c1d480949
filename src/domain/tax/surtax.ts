import type { Bilingual } from "../explain";
import { type Decimal, ONE, roundFen } from "../money";
import type { LegalForm, SurtaxRates, TaxRules, VatPayer } from "./rules";

export interface SurtaxInput {
  vatPaid: Decimal;
  consumptionTaxPaid: Decimal;
  exemptCredit: Decimal;
  rates: SurtaxRates;
  /** 1 normally; 0.5 for small low-profit enterprises and small-scale payers (2023年第12号). */
  factor: Decimal;
}

export interface SurtaxFigures {
  /** VAT and consumption tax paid plus the exempt-credit amount (财政部 税务总局公告2021年第28号). */
  base: Decimal;
  urbanConstruction: Decimal;
  education: Decimal;
  localEducation: Decimal;
  total: Decimal;
}

/** Urban construction tax, education surcharge and local education surcharge, each to the fen. */
export function computeSurtaxes(x: SurtaxInput): SurtaxFigures {
  const base = roundFen(x.vatPaid.plus(x.consumptionTaxPaid).plus(x.exemptCredit));
  const one = (rate: Decimal) => roundFen(base.times(rate).times(x.factor));
  const urbanConstruction = one(x.rates.urbanConstruction);
  const education = one(x.rates.education);
  const localEducation = one(x.rates.localEducation);
  return {
    base,
    urbanConstruction,
    education,
    localEducation,
    total: urbanConstruction.plus(education).plus(localEducation),
  };
}

/** The facts that decide the surtax halving. */
export interface SurtaxPayer {
  vatPayer: VatPayer;
  smallLowProfit?: boolean;
  legalForm?: LegalForm;
}

/** Who the halving of 2023年第12号 第二条 covers, of the payer's facts (empty: none). */
export function surtaxReliefGrounds(payer: SurtaxPayer): Bilingual[] {
  const grounds: Bilingual[] = [];
  if (payer.vatPayer === "small_scale") grounds.push({ zh: "小规模纳税人", en: "small-scale payer" });
  if (payer.smallLowProfit) grounds.push({ zh: "小型微利企业", en: "small low-profit enterprise" });
  if (payer.legalForm === "individual_business")
    grounds.push({ zh: "个体工商户", en: "individual business" });
  return grounds;
}

/**
 * The factor on the surtaxes of a liability arising on `date`: halved for small-scale payers, small
 * low-profit enterprises and individual businesses (2023年第12号 第二条) until the relief ends, else 1.
 */
export function surtaxReliefFactor(rules: TaxRules["surtax"], payer: SurtaxPayer, date: string): Decimal {
  return surtaxReliefGrounds(payer).length > 0 && date <= rules.reliefUntil ? rules.reliefFactor : ONE;
}

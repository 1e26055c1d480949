import { type Decimal, roundFen } from "../money";
import type { SurtaxRates } from "./rules";

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

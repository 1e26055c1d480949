import type { Bilingual } from "../explain";
import { decimalOf, type Fixed, fixedOf, productToFen, roundedToFen } from "../fixed";
import { type Decimal, ONE } from "../money";
import type {
  LegalForm,
  SurtaxRates,
  SurtaxReliefGroup,
  SurtaxReliefPeriod,
  TaxRules,
  VatPayer,
} from "./rules";

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

/** The surtax base, the three surtaxes and their total in fixed point (src/domain/fixed.ts). */
export type SurtaxFiguresFixed = { [K in keyof SurtaxFigures]: Fixed };

/** The surtax rates in fixed point, once per set of rules. */
const fixedRates = new WeakMap<SurtaxRates, { [K in keyof SurtaxRates]: Fixed }>();

function ratesFixed(rates: SurtaxRates): { [K in keyof SurtaxRates]: Fixed } {
  let fixed = fixedRates.get(rates);
  if (!fixed) {
    fixed = {
      urbanConstruction: fixedOf(rates.urbanConstruction),
      education: fixedOf(rates.education),
      localEducation: fixedOf(rates.localEducation),
    };
    fixedRates.set(rates, fixed);
  }
  return fixed;
}

/**
 * Urban construction tax (城市维护建设税法 第四条), education surcharge (《征收教育费附加的暂行规定》) and
 * local education surcharge (财综〔2010〕98号), each the base x rate x factor rounded to the fen; the base
 * is VAT and consumption tax paid plus the exempt-credit amount (财政部 税务总局公告2021年第28号), the
 * factor the halving of 2023年第12号 where it applies. The one statement of the rule, in fixed point: the projection computes
 * them for every monthly return (`computeSurtaxes` is its Decimal form).
 */
export function computeSurtaxesFixed(
  x: { vatPaid: Fixed; consumptionTaxPaid: Fixed; exemptCredit: Fixed; factor: Fixed },
  rates: SurtaxRates,
): SurtaxFiguresFixed {
  const r = ratesFixed(rates);
  const base = roundedToFen(x.vatPaid + x.consumptionTaxPaid + x.exemptCredit);
  const urbanConstruction = productToFen(base, r.urbanConstruction, x.factor);
  const education = productToFen(base, r.education, x.factor);
  const localEducation = productToFen(base, r.localEducation, x.factor);
  return {
    base,
    urbanConstruction,
    education,
    localEducation,
    total: urbanConstruction + education + localEducation,
  };
}

/**
 * `computeSurtaxesFixed` for Decimal amounts. Exact: amounts have at most 6 decimals and rates and
 * factors at most 10, and each surtax is rounded once from the exact product, as Decimal rounds it.
 */
export function computeSurtaxes(x: SurtaxInput): SurtaxFigures {
  const figures = computeSurtaxesFixed(
    {
      vatPaid: fixedOf(x.vatPaid),
      consumptionTaxPaid: fixedOf(x.consumptionTaxPaid),
      exemptCredit: fixedOf(x.exemptCredit),
      factor: fixedOf(x.factor),
    },
    x.rates,
  );
  return {
    base: decimalOf(figures.base),
    urbanConstruction: decimalOf(figures.urbanConstruction),
    education: decimalOf(figures.education),
    localEducation: decimalOf(figures.localEducation),
    total: decimalOf(figures.total),
  };
}

/** The facts that decide the surtax halving. */
export interface SurtaxPayer {
  vatPayer: VatPayer;
  smallLowProfit?: boolean;
  legalForm?: LegalForm;
}

const GROUP_TEXT: Record<SurtaxReliefGroup, Bilingual> = {
  small_scale: { zh: "小规模纳税人", en: "small-scale payer" },
  small_low_profit: { zh: "小型微利企业", en: "small low-profit enterprise" },
  individual_business: { zh: "个体工商户", en: "individual business" },
};

/** The relief groups the payer belongs to. */
function groupsOf(payer: SurtaxPayer): SurtaxReliefGroup[] {
  const groups: SurtaxReliefGroup[] = [];
  if (payer.vatPayer === "small_scale") groups.push("small_scale");
  if (payer.smallLowProfit) groups.push("small_low_profit");
  if (payer.legalForm === "individual_business") groups.push("individual_business");
  return groups;
}

export interface SurtaxRelief {
  /** 0.5 when halved, else 1. */
  factor: Decimal;
  /** The payer's groups the relief in force covers (empty: paid in full). */
  grounds: Bilingual[];
  /** The payer's groups, whether or not a relief covers them on the date. */
  groups: Bilingual[];
  /** The relief period in force on the date (null: none). */
  period: SurtaxReliefPeriod | null;
}

/**
 * The surtax halving of a liability arising on `date`: small-scale payers, small low-profit enterprises
 * and individual businesses (2023年第12号 第二条, to 2027-12-31), before 2023 the groups its forerunners
 * covered; none before 2019 or after the end.
 */
export function surtaxRelief(rules: TaxRules["surtax"], payer: SurtaxPayer, date: string): SurtaxRelief {
  const period = rules.reliefPeriods.find((p) => p.from <= date && date <= p.until) ?? null;
  const groups = groupsOf(payer);
  const covered = period ? groups.filter((g) => period.covers.includes(g)) : [];
  return {
    factor: covered.length > 0 ? rules.reliefFactor : ONE,
    grounds: covered.map((g) => GROUP_TEXT[g]),
    groups: groups.map((g) => GROUP_TEXT[g]),
    period,
  };
}

/** The factor alone (the cash-flow projection's call). */
export function surtaxReliefFactor(rules: TaxRules["surtax"], payer: SurtaxPayer, date: string): Decimal {
  return surtaxRelief(rules, payer, date).factor;
}

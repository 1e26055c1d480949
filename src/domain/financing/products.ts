import { addDays, type DayCount } from "../dates";
import { InputError } from "../errors";
import { Decimal, fen, fixed, min, ONE, roundFen, ZERO } from "../money";
import { type AnnualizedRate, annualizedRate, type CashFlow, perYear } from "./rate";

/** The supply-chain financing products the seed documents name (see /v1/measures?calculator=financing). */
export const PRODUCTS = [
  "working-capital-loan",
  "order-financing",
  "factoring",
  "tax-refund-loan",
  "payout-advance",
  "policy-financing",
  "duty-guarantee",
] as const;
export type ProductKind = (typeof PRODUCTS)[number];

/** Products that advance a fraction of a face amount (order, invoice, refund, payouts, insured receivable). */
export type AdvanceProduct =
  | "order-financing"
  | "factoring"
  | "tax-refund-loan"
  | "payout-advance"
  | "policy-financing";

export function isAdvanceProduct(p: ProductKind): p is AdvanceProduct {
  return p !== "working-capital-loan" && p !== "duty-guarantee";
}

/** Days in the year of a day count: the denominator of interest and of the annualization. */
export function dayBasis(dayCount: DayCount): number {
  return dayCount === "ACT/360" ? 360 : 365;
}

/**
 * An interest subsidy (贷款贴息): either a share of the interest or rate points on the advance, never
 * more than the cap nor than the interest itself, paid `lagDays` after the repayment.
 */
export interface SubsidyTerms {
  share?: Decimal;
  points?: Decimal;
  cap?: Decimal;
  lagDays: number;
}

/** A product as the user describes it; anything left out falls back to a named default. */
export interface ProductInput {
  product: ProductKind;
  /**
   * The face amount: loan amount (working-capital loan; in a comparison its credit limit, optional),
   * order value, invoice, export refund due, recent marketplace payouts, insured receivable, or the
   * cash deposit a duty guarantee replaces.
   */
  face?: Decimal;
  advanceRate?: Decimal;
  /** Loan or discount rate a year; for a duty guarantee, the guarantee fee rate a year. */
  annualRate?: Decimal;
  dayCount?: DayCount;
  /** Handling fee as a fraction of `feeBase`, charged at drawdown. */
  feeRate?: Decimal;
  feeBase?: "advance" | "face";
  fixedFees?: Decimal;
  /** Credit-insurance premium (policy financing): a rate on the insured receivable, or an amount. */
  premiumRate?: Decimal;
  premium?: Decimal;
  interestPaid?: "at-maturity" | "upfront";
  /** Factoring: whether the seller keeps the buyer's credit risk. */
  recourse?: "with-recourse" | "without-recourse";
  /** Duty guarantee: the yearly cost of the cash a deposit would tie up. */
  opportunityRate?: Decimal;
  subsidy?: SubsidyTerms;
}

/** A default value with the measure (or market default) it comes from. */
export interface SourcedDefault {
  value: Decimal;
  measure: string;
  source: string;
}

export interface Citation {
  measure: string;
  source: string;
}

/** What the financing calculator needs from the catalog (built in src/policy/financing.ts). */
export interface FinancingRules {
  /** 1-year LPR, its effective date and the catalog's typical spread for an SME loan. */
  lpr: SourcedDefault & { since: string };
  loanSpread: SourcedDefault;
  advanceRates: Record<AdvanceProduct, SourcedDefault>;
  factoringFeeRate: SourcedDefault;
  premiumRate: SourcedDefault;
  guaranteeFeeRate: SourcedDefault;
  payoutAdvanceAnnualRate: SourcedDefault;
  /** Days from filing to the refund's arrival, for "until the refund arrives". */
  refundArrivalDays: { value: number; source: string };
  /** The measure each product serves. */
  products: Record<ProductKind, Citation>;
  annualizedRate: Citation;
}

/** One default applied to the input: shown in explain, never silent. */
export interface AppliedDefault {
  field: string;
  value: string;
  measure?: string;
  source: string;
  en: string;
  zh: string;
}

/** Every term filled in: what a quote and a draw are priced from. */
export interface ProductTerms {
  product: ProductKind;
  face: Decimal | null;
  /** The most the product advances: face x advance rate (a loan without a limit: null). */
  capacity: Decimal | null;
  advanceRate: Decimal;
  annualRate: Decimal;
  dayCount: DayCount;
  basis: Decimal;
  feeRate: Decimal;
  feeBase: "advance" | "face";
  fixedFees: Decimal;
  premiumRate: Decimal;
  premium: Decimal | null;
  interestPaid: "at-maturity" | "upfront";
  recourse: "with-recourse" | "without-recourse" | null;
  opportunityRate: Decimal | null;
  subsidy: SubsidyTerms | null;
  defaults: AppliedDefault[];
}

const PERCENT = (d: Decimal) => `${d.times(100).toFixed()}%`;

/** Fills every term the user left out from the catalog, recording each default applied. */
export function resolveTerms(input: ProductInput, rules: FinancingRules, pointer = ""): ProductTerms {
  const p = input.product;
  // The defaults are recorded in the order the terms are filled: the explanation lists them so.
  const record = defaultsRecorder(rules);
  const dayCount = dayCountOf(input, record.defaults);
  const advanceRate = isAdvanceProduct(p)
    ? (input.advanceRate ??
      record.apply("advanceRate", rules.advanceRates[p], "typical advance rate", "常见融资比例（垫付比例）"))
    : ONE;
  const annualRate = input.annualRate ?? defaultAnnualRate(p, rules, record);
  const feeRate = input.feeRate ?? defaultFeeRate(p, rules, record);
  const premiumRate = premiumRateOf(input, rules, record);
  // A duty guarantee's deposit alternative ties up cash that would otherwise cost a loan's rate.
  const opportunityRate =
    p === "duty-guarantee" ? (input.opportunityRate ?? record.loanRate("opportunityRate")) : null;

  const face = faceOf(input, pointer);
  return {
    product: p,
    face,
    capacity: face ? face.times(advanceRate) : null,
    advanceRate,
    annualRate,
    dayCount,
    basis: new Decimal(dayBasis(dayCount)),
    feeRate,
    feeBase: input.feeBase ?? defaultFeeBase(p),
    fixedFees: input.fixedFees ?? ZERO,
    premiumRate,
    premium: p === "policy-financing" ? (input.premium ?? null) : null,
    interestPaid: input.interestPaid ?? "at-maturity",
    recourse: p === "factoring" ? (input.recourse ?? "with-recourse") : null,
    opportunityRate,
    subsidy: p === "duty-guarantee" ? null : (input.subsidy ?? null),
    defaults: record.defaults,
  };
}

/** Policy financing's credit-insurance premium rate, unless a premium amount is given; no other product has one. */
function premiumRateOf(input: ProductInput, rules: FinancingRules, record: DefaultsRecorder): Decimal {
  if (input.product !== "policy-financing" || input.premium) return ZERO;
  return (
    input.premiumRate ??
    record.apply(
      "premiumRate",
      rules.premiumRate,
      "typical export credit insurance premium",
      "常见出口信用保险费率",
    )
  );
}

/** The amount the product is priced on; only a working-capital loan may go without one. */
function faceOf(input: ProductInput, pointer: string): Decimal | null {
  const face = input.face ?? null;
  if (!face && input.product !== "working-capital-loan") {
    throw new InputError([
      { pointer: `${pointer}/face`, en: "the face amount is required", zh: "缺少基础金额" },
    ]);
  }
  return face;
}

/** Applies catalog defaults to a product's terms, writing each one down so none is silent. */
interface DefaultsRecorder {
  defaults: AppliedDefault[];
  /** A catalog default for `field`, described in both languages. */
  apply(field: string, d: SourcedDefault, en: string, zh: string): Decimal;
  /** The 1-year LPR plus the catalog's typical SME spread, for `field`. */
  loanRate(field: string): Decimal;
}

function defaultsRecorder(rules: FinancingRules): DefaultsRecorder {
  const defaults: AppliedDefault[] = [];
  return {
    defaults,
    apply(field, d, en, zh) {
      defaults.push({ field, value: d.value.toFixed(), measure: d.measure, source: d.source, en, zh });
      return d.value;
    },
    loanRate(field) {
      const value = rules.lpr.value.plus(rules.loanSpread.value);
      defaults.push({
        field,
        value: value.toFixed(),
        measure: rules.loanSpread.measure,
        source: `${rules.lpr.source}; ${rules.loanSpread.source}`,
        en: `loan rate = 1-year LPR ${PERCENT(rules.lpr.value)} (since ${rules.lpr.since}) + typical SME spread ${PERCENT(rules.loanSpread.value)}`,
        zh: `贷款利率 = 1年期LPR ${PERCENT(rules.lpr.value)}（${rules.lpr.since}起）+ 中小企业常见加点 ${PERCENT(rules.loanSpread.value)}`,
      });
      return value;
    },
  };
}

/** The day count the user gave, else ACT/360, the usual convention of a CNY loan. */
function dayCountOf(input: ProductInput, defaults: AppliedDefault[]): DayCount {
  if (input.dayCount) return input.dayCount;
  defaults.push({
    field: "dayCount",
    value: "ACT/360",
    source: "CNY loan contracts: daily rate = annual rate / 360",
    en: "day count ACT/360, the usual CNY loan convention",
    zh: "计息基础 ACT/360（人民币贷款通行：日利率 = 年利率 / 360）",
  });
  return "ACT/360";
}

/** A guarantee's fee, a payout advance's rate, else a loan's rate: each product's typical price a year. */
function defaultAnnualRate(p: ProductKind, rules: FinancingRules, record: DefaultsRecorder): Decimal {
  if (p === "duty-guarantee")
    return record.apply(
      "guaranteeFeeRate",
      rules.guaranteeFeeRate,
      "typical guarantee fee a year",
      "常见保函费率（年）",
    );
  if (p === "payout-advance")
    return record.apply(
      "annualRate",
      rules.payoutAdvanceAnnualRate,
      "typical marketplace payout advance rate",
      "常见店铺贷年利率",
    );
  return record.loanRate("annualRate");
}

/**
 * Only factoring has a typical handling fee in the catalog; any other product gets none, said aloud
 * (a duty guarantee's fee is its annual rate, so nothing is said there).
 */
function defaultFeeRate(p: ProductKind, rules: FinancingRules, record: DefaultsRecorder): Decimal {
  if (p === "factoring")
    return record.apply(
      "feeRate",
      rules.factoringFeeRate,
      "typical factoring handling fee",
      "常见保理手续费率",
    );
  if (p !== "duty-guarantee")
    record.defaults.push({
      field: "feeRate",
      value: "0",
      source: "no catalog figure",
      en: "no handling fee assumed (the catalog has no typical figure); enter the bank's fee",
      zh: "未计手续费（目录无常见费率），请填写银行实际收费",
    });
  return ZERO;
}

/**
 * What a product's handling fee is charged on unless the user says otherwise: factoring's (and a
 * duty guarantee's) on the face, as a factor charges on the receivables it takes over; every other
 * product's on the amount advanced. The cash-flow projection charges the same (ruleset 2026.12.1 on).
 */
export function defaultFeeBase(product: ProductKind): "advance" | "face" {
  return product === "factoring" || product === "duty-guarantee" ? "face" : "advance";
}

/** interest = amount x annual rate x days / day basis (ACT/360 -> 360, ACT/365F -> 365), unrounded. */
export function interestFor(amount: Decimal, annualRate: Decimal, days: number, dayCount: DayCount): Decimal {
  return amount.times(annualRate).times(days).div(dayBasis(dayCount));
}

/** The cost of one draw, every line rounded to the fen where it is reported. */
export interface DrawCost {
  advance: Decimal;
  /** The face amount financed (order, invoice...): the whole face for a full draw. */
  face: Decimal;
  days: number;
  interest: Decimal;
  fees: Decimal;
  premium: Decimal;
  /** interest + fees + premium */
  grossCost: Decimal;
  subsidy: Decimal;
  /** grossCost - subsidy: the subsidy is netted (it arrives later; the net rate accounts for when). */
  totalCost: Decimal;
  /** Day (from drawdown) the subsidy is paid, null without one. */
  subsidyDay: number | null;
}

/**
 * The cost of drawing `advance` for `days` under a product: the core the cash-flow projection calls
 * for every draw. The face financed is the whole face for a full draw, else advance / advance rate.
 */
export function costOfDraw(terms: ProductTerms, advance: Decimal, days: number): DrawCost {
  checkDays(days);
  const face = faceFinanced(terms, advance);
  const interest = terms.product === "duty-guarantee" ? ZERO : drawInterest(terms, advance, days);
  const fees = drawFees(terms, advance, face, days);
  const premium = terms.product === "policy-financing" ? drawPremium(terms, face) : ZERO;
  const grossCost = interest.plus(fees).plus(premium);
  const subsidy = terms.subsidy ? drawSubsidy(terms.subsidy, terms, interest, advance, days) : ZERO;
  return {
    advance,
    face,
    days,
    interest,
    fees,
    premium,
    grossCost,
    subsidy,
    totalCost: grossCost.minus(subsidy),
    subsidyDay: terms.subsidy ? days + terms.subsidy.lagDays : null,
  };
}

function checkDays(days: number): void {
  if (!Number.isInteger(days) || days < 1) {
    throw new InputError([
      { pointer: "/days", en: "days must be a whole number of at least 1", zh: "天数须为不小于 1 的整数" },
    ]);
  }
}

/**
 * The face a draw finances. A full draw is the capacity as reported (rounded to the fen) and finances
 * the whole face; a smaller one finances the face it is an advance on, rounded to the fen as reported
 * (the fee on the face is on that figure).
 */
function faceFinanced(terms: ProductTerms, advance: Decimal): Decimal {
  const full = terms.capacity !== null && advance.eq(roundFen(terms.capacity));
  if (full && terms.face) return terms.face;
  return terms.advanceRate.eq(ONE) ? advance : roundFen(advance.div(terms.advanceRate));
}

/** Interest on the advance for the days, to the fen. */
function drawInterest(terms: ProductTerms, advance: Decimal, days: number): Decimal {
  return roundFen(interestFor(advance, terms.annualRate, days, terms.dayCount));
}

/**
 * The fees of a draw, each line to the fen: a duty guarantee's fee is its annual rate on the face for the
 * days; any other product's is the fee rate on its fee base (advance or face); fixed fees on top.
 */
function drawFees(terms: ProductTerms, advance: Decimal, face: Decimal, days: number): Decimal {
  if (terms.product === "duty-guarantee") {
    return roundFen(interestFor(face, terms.annualRate, days, terms.dayCount)).plus(
      roundFen(terms.fixedFees),
    );
  }
  const feeBase = terms.feeBase === "face" ? face : advance;
  return roundFen(terms.feeRate.times(feeBase)).plus(roundFen(terms.fixedFees));
}

/** Policy financing's premium: the amount given, else the premium rate on the insured face; to the fen. */
function drawPremium(terms: ProductTerms, face: Decimal): Decimal {
  return terms.premium ? roundFen(terms.premium) : roundFen(terms.premiumRate.times(face));
}

/**
 * The interest subsidy (贷款贴息): a share of the interest, or rate points on the advance for the days;
 * never more than the cap nor than the interest itself; to the fen.
 */
function drawSubsidy(
  s: SubsidyTerms,
  terms: ProductTerms,
  interest: Decimal,
  advance: Decimal,
  days: number,
): Decimal {
  let amount = s.share
    ? interest.times(s.share)
    : advance
        .times(s.points ?? ZERO)
        .times(days)
        .div(terms.basis);
  if (s.cap) amount = min(amount, s.cap);
  return roundFen(min(amount, interest));
}

export type FlowKind = "advance" | "fee" | "premium" | "interest" | "repayment" | "subsidy";

/** One dated flow of the borrower: positive received, negative paid, already rounded to the fen. */
export interface ScheduleEntry {
  day: number;
  /** Present when the drawdown date is known. */
  date: string | null;
  kind: FlowKind;
  amount: Decimal;
}

/** The borrower's cash flows of a draw, in time order (day 0 = drawdown). */
export function scheduleOf(terms: ProductTerms, cost: DrawCost, startDate: string | null): ScheduleEntry[] {
  const at = (day: number, kind: FlowKind, amount: Decimal): ScheduleEntry => ({
    day,
    date: startDate ? addDays(startDate, day) : null,
    kind,
    amount,
  });
  const upfront = terms.interestPaid === "upfront";
  const out: ScheduleEntry[] = [at(0, "advance", cost.advance)];
  if (!cost.fees.isZero()) out.push(at(0, "fee", cost.fees.neg()));
  if (!cost.premium.isZero()) out.push(at(0, "premium", cost.premium.neg()));
  if (!cost.interest.isZero()) out.push(at(upfront ? 0 : cost.days, "interest", cost.interest.neg()));
  out.push(at(cost.days, "repayment", cost.advance.neg()));
  if (cost.subsidyDay !== null && !cost.subsidy.isZero())
    out.push(at(cost.subsidyDay, "subsidy", cost.subsidy));
  return out.sort((a, b) => a.day - b.day);
}

/**
 * The PBoC annualized rate of a draw, the period being its tenor: periods per year = basis / days.
 * gross: every cost the borrower pays; net: after the subsidy, at the day it arrives.
 */
export function ratesOf(
  terms: ProductTerms,
  cost: DrawCost,
  schedule: readonly ScheduleEntry[],
  pointer = "",
): { gross: AnnualizedRate; net: AnnualizedRate; periodsPerYear: Decimal } {
  const ppy = perYear(terms.basis, cost.days);
  const flows = (withSubsidy: boolean): CashFlow[] =>
    schedule
      .filter((e) => withSubsidy || e.kind !== "subsidy")
      .map((e) => ({ time: e.day / cost.days, amount: e.amount }));
  const gross = annualizedRate(flows(false), ppy, { pointer });
  const net = cost.subsidy.isZero() ? gross : annualizedRate(flows(true), ppy, { pointer, roots: "largest" });
  return { gross, net, periodsPerYear: gross.periodsPerYear };
}

export interface ProductQuote {
  terms: ProductTerms;
  cost: DrawCost;
  schedule: ScheduleEntry[];
  startDate: string | null;
  maturityDate: string | null;
  gross: AnnualizedRate;
  net: AnnualizedRate;
  periodsPerYear: Decimal;
  /** What the borrower has in hand at drawdown: the advance less the fees, premium and interest deducted then. */
  inHand: Decimal;
  /** Duty guarantee: the cost of tying up the cash deposit instead, and the saving. */
  depositCost: Decimal | null;
  saving: Decimal | null;
}

/**
 * Prices a product for `days` from `startDate` (optional): the full advance unless `advance` is
 * given (a smaller draw, as in a comparison). Throws InputError when the costs leave nothing in hand.
 */
export function quoteProduct(
  terms: ProductTerms,
  days: number,
  options: { startDate?: string | null; advance?: Decimal; pointer?: string } = {},
): ProductQuote {
  const pointer = options.pointer ?? "";
  const advance = reportedAdvance(terms, options.advance, pointer);
  const cost = costOfDraw(terms, advance, days);
  checkSomethingInHand(terms, cost, pointer);
  const startDate = options.startDate ?? null;
  const schedule = scheduleOf(terms, cost, startDate);
  const { gross, net, periodsPerYear } = ratesOf(terms, cost, schedule, pointer);
  // A duty guarantee beside the cash deposit it replaces: what tying up the deposit would cost.
  const depositCost = terms.opportunityRate
    ? roundFen(interestFor(cost.face, terms.opportunityRate, days, terms.dayCount))
    : null;
  return {
    terms,
    cost,
    schedule,
    startDate,
    maturityDate: startDate ? addDays(startDate, days) : null,
    gross,
    net,
    periodsPerYear,
    inHand: schedule.filter((e) => e.day === 0).reduce((sum, e) => sum.plus(e.amount), ZERO),
    depositCost,
    saving: depositCost ? depositCost.minus(cost.totalCost) : null,
  };
}

/**
 * The advance as reported (to the fen): the draw asked for, else the product's capacity. Interest, fees
 * and the schedule whose IRR is reported are all computed on it. Refused when zero or above the capacity.
 */
function reportedAdvance(terms: ProductTerms, requested: Decimal | undefined, pointer: string): Decimal {
  const asked = requested ?? terms.capacity;
  const advance = asked && roundFen(asked);
  if (!advance || advance.lte(0)) {
    throw new InputError([
      { pointer: `${pointer}/face`, en: "nothing is advanced: the advance is zero", zh: "融资金额为零" },
    ]);
  }
  if (terms.capacity && advance.gt(roundFen(terms.capacity))) {
    throw new InputError([
      {
        pointer,
        en: `the draw ${fen(advance)} exceeds what the product advances (${fen(terms.capacity)})`,
        zh: `融资金额 ${fen(advance)} 超过该产品可融资上限（${fen(terms.capacity)}）`,
      },
    ]);
  }
  return advance;
}

/** The costs deducted at drawdown must leave something in hand, else no annualized rate exists. */
function checkSomethingInHand(terms: ProductTerms, cost: DrawCost, pointer: string): void {
  const upfrontCost = cost.fees
    .plus(cost.premium)
    .plus(terms.interestPaid === "upfront" ? cost.interest : ZERO);
  if (upfrontCost.gte(cost.advance)) {
    throw new InputError([
      {
        pointer,
        en: `the costs deducted at drawdown (${fen(upfrontCost)}) take the whole advance (${fen(cost.advance)}): no rate exists`,
        zh: `放款时扣除的费用（${fen(upfrontCost)}）不低于融资金额（${fen(cost.advance)}），年化利率不存在`,
      },
    ]);
  }
}

/** Reported precision: periodic IRR to 10 decimals, annual rates to 6 (half-up). */
export const IRR_DECIMALS = 10;
export const RATE_DECIMALS = 6;

export function reportRate(r: AnnualizedRate) {
  return {
    periodicIrr: fixed(r.periodicIrr, IRR_DECIMALS),
    simple: fixed(r.simple, RATE_DECIMALS),
    compound: fixed(r.compound, RATE_DECIMALS),
  };
}

import { type Decimal, max, min, ONE, ZERO } from "../money";

/** Firm sizes as the measures name them (工信部 size classes plus 个体工商户). */
export const FIRM_SIZES = ["individual", "micro", "small", "medium", "large"] as const;
export type FirmSize = (typeof FIRM_SIZES)[number];

/** What the firm buys from the bank; a collar's fee is charged on its bought put. */
export const HEDGE_PRODUCTS = ["bought-option", "collar", "forward"] as const;
export type HedgeProduct = (typeof HEDGE_PRODUCTS)[number];

export interface FirmFacts {
  size: FirmSize;
  /** This is the firm's first FX derivative deal with the bank (首次在该行办理外汇衍生品). */
  firstDerivativeWithBank: boolean;
}

/** The bank's charges on one deal, in CNY, before any waiver. */
export interface FeeFacts {
  product: HedgeProduct;
  premium: Decimal;
  handlingFee: Decimal;
  /** Cash margin posted with the bank (returned at maturity; not a cost, but cash tied up). */
  margin: Decimal;
}

export interface HandlingFeeTerms {
  /** Fraction of the CNY notional. */
  rate: Decimal;
  minimum: Decimal;
  /** Added per deal on top of the rate (or the minimum). */
  fixed: Decimal;
}

/** The bank's handling fee on one deal: max(rate x notional, minimum) + fixed. */
export function handlingFee(notionalCny: Decimal, terms: HandlingFeeTerms): Decimal {
  return max(terms.rate.times(notionalCny), terms.minimum).plus(terms.fixed);
}

/** A waiver or support programme as data: who qualifies, what share of what is covered, a cap. */
export interface WaiverRule {
  measure: string;
  /** Document number and clause. */
  source: string;
  name: { zh: string; en: string };
  /** What the document says, with its title: the reason the rule exists, for explain steps. */
  basis: { zh: string; en: string };
  /** False when the document behind the rule has not been verified. */
  confirmed: boolean;
  products: readonly HedgeProduct[];
  requiresFirstTime: boolean;
  /** null: any size qualifies. */
  eligibleSizes: readonly FirmSize[] | null;
  handlingFeeShare: Decimal;
  premiumShare: Decimal;
  marginShare: Decimal;
  /** Most the programme covers per firm, CNY; null when the document sets none. */
  cap: Decimal | null;
}

export interface Reason {
  zh: string;
  en: string;
}

export interface WaiverDecision {
  measure: string;
  source: string;
  applies: boolean;
  /** Why it applies, or every reason it does not. */
  reasons: Reason[];
  waivedHandlingFee: Decimal;
  waivedPremium: Decimal;
  coveredMargin: Decimal;
  capped: boolean;
}

export interface Charges {
  premium: Decimal;
  handlingFee: Decimal;
  margin: Decimal;
  /** premium + handling fee: what the firm pays (margin comes back). */
  cost: Decimal;
}

export interface WaiverOutcome {
  before: Charges;
  after: Charges;
  decisions: WaiverDecision[];
  /** Measure ids of the rules that applied, in order. */
  applied: string[];
}

const SIZE_NAMES: Record<FirmSize, Reason> = {
  individual: { zh: "个体工商户", en: "individual business" },
  micro: { zh: "微型企业", en: "micro enterprise" },
  small: { zh: "小型企业", en: "small enterprise" },
  medium: { zh: "中型企业", en: "medium enterprise" },
  large: { zh: "大型企业", en: "large enterprise" },
};

const PRODUCT_NAMES: Record<HedgeProduct, Reason> = {
  "bought-option": { zh: "买入期权", en: "bought option" },
  collar: { zh: "领口期权组合（买入看跌、卖出看涨）", en: "collar (bought put, sold call)" },
  forward: { zh: "远期结汇", en: "forward sale" },
};

function charges(premium: Decimal, handlingFee: Decimal, margin: Decimal): Charges {
  return { premium, handlingFee, margin, cost: premium.plus(handlingFee) };
}

/** Every reason the firm or the deal falls outside the rule; empty when it qualifies. */
function disqualifications(rule: WaiverRule, product: HedgeProduct, firm: FirmFacts): Reason[] {
  const out: Reason[] = [];
  if (!rule.products.includes(product)) {
    const covered = rule.products.map((p) => PRODUCT_NAMES[p]);
    out.push({
      zh: `该措施只适用于${covered.map((c) => c.zh).join("、")}，不适用于${PRODUCT_NAMES[product].zh}`,
      en: `the measure covers ${covered.map((c) => c.en).join(", ")}, not a ${PRODUCT_NAMES[product].en}`,
    });
  }
  if (rule.requiresFirstTime && !firm.firstDerivativeWithBank) {
    out.push({
      zh: "仅限首次在该行办理外汇衍生品的企业，该企业并非首次",
      en: "only for a firm's first FX derivative with the bank; this firm has dealt before",
    });
  }
  if (rule.eligibleSizes && !rule.eligibleSizes.includes(firm.size)) {
    const sizes = rule.eligibleSizes.map((s) => SIZE_NAMES[s]);
    out.push({
      zh: `仅限${sizes.map((s) => s.zh).join("、")}，该企业为${SIZE_NAMES[firm.size].zh}`,
      en: `only for ${sizes.map((s) => s.en).join(", ")}; this firm is a ${SIZE_NAMES[firm.size].en}`,
    });
  }
  return out;
}

/**
 * Applies waiver rules in order to one deal's charges. Each qualifying rule covers its shares of
 * what is still payable; a cap limits the rule's total, taken from the handling fee first, then the
 * premium, then the margin. A rule that does not apply says why.
 */
export function applyOptionWaiver(
  fees: FeeFacts,
  firm: FirmFacts,
  rules: readonly WaiverRule[],
): WaiverOutcome {
  let payable: Payable = { premium: fees.premium, handling: fees.handlingFee, margin: fees.margin };
  const decisions: WaiverDecision[] = [];
  for (const rule of rules) {
    const reasons = disqualifications(rule, fees.product, firm);
    if (reasons.length > 0) {
      decisions.push(refusal(rule, reasons));
      continue;
    }
    const cover = ruleCover(rule, payable);
    payable = {
      premium: payable.premium.minus(cover.waivedPremium),
      handling: payable.handling.minus(cover.waivedHandlingFee),
      margin: payable.margin.minus(cover.coveredMargin),
    };
    decisions.push({
      measure: rule.measure,
      source: rule.source,
      applies: true,
      reasons: [qualification(rule, fees.product, firm, cover.capped)],
      ...cover,
    });
  }
  return {
    before: charges(fees.premium, fees.handlingFee, fees.margin),
    after: charges(payable.premium, payable.handling, payable.margin),
    decisions,
    applied: decisions.filter((d) => d.applies).map((d) => d.measure),
  };
}

/** What is still payable on the deal after the rules applied so far. */
interface Payable {
  premium: Decimal;
  handling: Decimal;
  margin: Decimal;
}

/** A rule the firm or the deal falls outside: nothing covered, every reason given. */
function refusal(rule: WaiverRule, reasons: Reason[]): WaiverDecision {
  return {
    measure: rule.measure,
    source: rule.source,
    applies: false,
    reasons,
    waivedHandlingFee: ZERO,
    waivedPremium: ZERO,
    coveredMargin: ZERO,
    capped: false,
  };
}

/**
 * What a qualifying rule covers of what is still payable: its shares (at most the whole), the cap
 * taken from the handling fee first, then the premium, then the margin.
 */
function ruleCover(
  rule: WaiverRule,
  payable: Payable,
): Pick<WaiverDecision, "waivedHandlingFee" | "waivedPremium" | "coveredMargin" | "capped"> {
  let room = rule.cap ?? null;
  const take = (amount: Decimal): Decimal => {
    if (room === null) return amount;
    const granted = min(amount, room);
    room = room.minus(granted);
    return granted;
  };
  const wantedFee = payable.handling.times(min(rule.handlingFeeShare, ONE));
  const wantedPremium = max(payable.premium, ZERO).times(min(rule.premiumShare, ONE));
  const wantedMargin = payable.margin.times(min(rule.marginShare, ONE));
  const waivedHandlingFee = take(wantedFee);
  const waivedPremium = take(wantedPremium);
  const coveredMargin = take(wantedMargin);
  const capped =
    !waivedHandlingFee.eq(wantedFee) || !waivedPremium.eq(wantedPremium) || !coveredMargin.eq(wantedMargin);
  return { waivedHandlingFee, waivedPremium, coveredMargin, capped };
}

/** Why a rule applies: the firm's size, the product, first deal when the rule asks it, and whether the cap bit. */
function qualification(rule: WaiverRule, product: HedgeProduct, firm: FirmFacts, capped: boolean): Reason {
  return {
    zh: `${SIZE_NAMES[firm.size].zh}办理${PRODUCT_NAMES[product].zh}${rule.requiresFirstTime ? "，且为首次在该行办理外汇衍生品" : ""}，符合“${rule.name.zh}”的条件${capped ? "（已达上限）" : ""}`,
    en: `a ${SIZE_NAMES[firm.size].en} entering a ${PRODUCT_NAMES[product].en}${rule.requiresFirstTime ? " as its first FX derivative with the bank" : ""} qualifies for "${rule.name.en}"${capped ? " (cap reached)" : ""}`,
  };
}

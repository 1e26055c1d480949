import { addDays, daysBetween } from "../dates";
import { InputError } from "../errors";
import type { ExplainStep } from "../explain";
import { type Decimal, fen, fixed, min } from "../money";
import {
  type FinancingRules,
  IRR_DECIMALS,
  type ProductInput,
  type ProductQuote,
  quoteProduct,
  RATE_DECIMALS,
  resolveTerms,
} from "./products";
import { formatQuote, productName, quoteExplain, rateReport } from "./report";

export type Until = "date" | "refund-arrives" | "payout-arrives";

export interface FundingNeed {
  amount: Decimal;
  fromDate: string;
  /** Required except "refund-arrives", which defaults to fromDate + the catalog's refund arrival days. */
  untilDate?: string;
  until: Until;
}

export interface ComparedProduct {
  index: number;
  quote: ProductQuote;
  /** The advance actually drawn: min(need, the product's capacity). */
  covered: Decimal;
  shortfall: Decimal;
  /** Net total cost per 100 of money covered, over the same tenor for every product (reported). */
  costPer100: Decimal;
  /** The ranking key: the net periodic IRR over the common tenor, as reported (10 decimals). */
  netIrr: Decimal;
  rank: number;
}

export interface Comparison {
  need: Decimal;
  days: number;
  untilDate: string;
  ranked: ComparedProduct[];
  explain: ExplainStep[];
}

/**
 * Prices each product for the need's tenor, drawing min(need, capacity), and ranks them by the
 * PBoC annualized rate net of any subsidy (中国人民银行公告〔2021〕第3号): every product spans the same
 * days, so the net periodic IRR over that tenor compares like with like. Unlike cost per 100 covered
 * it counts when each cost is paid and what is actually in hand: interest deducted at drawdown
 * (砍头息) or a fee paid up front costs more than the same amount paid at maturity, and a subsidy
 * paid a year later is worth less than one paid at once. It is a rate, so products that cover less
 * are not favoured; it is taken before the day basis, so ACT/360 and ACT/365F products compare on
 * the money they cost. Ties: the larger coverage first, then input order.
 */
export function compareProducts(
  need: FundingNeed,
  products: ProductInput[],
  rules: FinancingRules,
): Comparison {
  const explain: ExplainStep[] = [];
  const { untilDate, days } = commonTenor(need, rules, explain);
  const ranked = rankByNetRate(
    products.map((input, index) => pricedForNeed(input, index, need, days, rules)),
  );
  for (const p of ranked) {
    const steps = quoteExplain(p.quote, rules).map((s) => ({ ...s, key: `products/${p.index}.${s.key}` }));
    explain.push(...steps);
    explain.push(rankStep(p, need, days, rules));
  }
  return { need: need.amount, days, untilDate, ranked, explain };
}

/**
 * The tenor every product is priced over: from the need's start to its end date, which defaults to
 * the refund's arrival only when the refund is what repays. Its steps are appended to `explain`.
 */
function commonTenor(
  need: FundingNeed,
  rules: FinancingRules,
  explain: ExplainStep[],
): { untilDate: string; days: number } {
  let untilDate = need.untilDate;
  if (!untilDate) {
    if (need.until !== "refund-arrives") {
      throw new InputError([{ pointer: "/untilDate", en: "the end date is required", zh: "缺少截止日期" }]);
    }
    untilDate = addDays(need.fromDate, rules.refundArrivalDays.value);
    explain.push({
      key: "default.untilDate",
      zh: `默认值：出口退税在申报后 ${rules.refundArrivalDays.value} 天到账（假设 fromDate 当日申报，可在请求中填写 untilDate 覆盖）`,
      en: `Default applied: the export refund arrives ${rules.refundArrivalDays.value} days after filing (filed on fromDate; give untilDate to override)`,
      value: untilDate,
      source: rules.refundArrivalDays.source,
    });
  }
  const days = daysBetween(need.fromDate, untilDate);
  if (days < 1) {
    throw new InputError([
      {
        pointer: "/untilDate",
        en: "the funding must end at least one day after fromDate",
        zh: "融资截止日须晚于开始日至少一天",
      },
    ]);
  }
  explain.push({
    key: "tenor",
    zh: `融资期限 = 截止日 - 开始日（实际天数）`,
    en: "tenor = until date - from date (actual days)",
    inputs: { fromDate: need.fromDate, untilDate },
    value: String(days),
  });
  return { untilDate, days };
}

/** One product priced over the common tenor, drawing min(need, capacity); not yet ranked. */
function pricedForNeed(
  input: ProductInput,
  index: number,
  need: FundingNeed,
  days: number,
  rules: FinancingRules,
): ComparedProduct {
  const pointer = `/products/${index}`;
  const terms = resolveTerms(input, rules, pointer);
  const covered = terms.capacity ? min(need.amount, terms.capacity) : need.amount;
  if (!terms.capacity) {
    terms.defaults.push({
      field: "creditLimit",
      value: fen(need.amount),
      source: "no credit limit given",
      en: "no credit limit given: the loan is assumed to cover the whole need",
      zh: "未填授信额度：假设贷款可覆盖全部资金需求",
    });
  }
  const quote = quoteProduct(terms, days, { startDate: need.fromDate, advance: covered, pointer });
  return {
    index,
    quote,
    covered,
    shortfall: need.amount.minus(covered),
    costPer100: quote.cost.totalCost.div(covered).times(100),
    netIrr: quote.net.periodicIrr.toDecimalPlaces(IRR_DECIMALS),
    rank: 0,
  };
}

/** Cheapest net rate first; ties: the larger coverage, then input order. Sets each product's rank. */
function rankByNetRate(priced: readonly ComparedProduct[]): ComparedProduct[] {
  const ranked = [...priced].sort(
    (a, b) => a.netIrr.comparedTo(b.netIrr) || b.covered.comparedTo(a.covered) || a.index - b.index,
  );
  ranked.forEach((p, i) => {
    p.rank = i + 1;
  });
  return ranked;
}

function rankStep(p: ComparedProduct, need: FundingNeed, days: number, rules: FinancingRules): ExplainStep {
  const name = productName(p.quote.terms.product);
  return {
    key: `products/${p.index}.rank`,
    zh: `第 ${p.rank} 名 ${name.zh}：按扣除贴息后的年化利率排序（同一期限 ${days} 天的期内部收益率 ${fixed(p.netIrr, IRR_DECIMALS)}，单利 ${fixed(p.quote.net.simple, RATE_DECIMALS)}，${p.quote.terms.dayCount}）；每 100 元融资净成本 ${fixed(p.costPer100, 4)}，融资 ${fen(p.covered)}（放款时到手 ${fen(p.quote.inHand)}），缺口 ${fen(p.shortfall)}`,
    en: `rank ${p.rank} ${name.en}: ranked by the annualized rate net of any subsidy (periodic IRR over the same ${days}-day tenor ${fixed(p.netIrr, IRR_DECIMALS)}, simple ${fixed(p.quote.net.simple, RATE_DECIMALS)}, ${p.quote.terms.dayCount}); net cost per 100 financed ${fixed(p.costPer100, 4)}, covers ${fen(p.covered)} (in hand at drawdown ${fen(p.quote.inHand)}), short by ${fen(p.shortfall)}`,
    formula:
      "rank by net periodic IRR over the common tenor (ties: larger coverage, then input order); costPer100 = totalCost / covered x 100; covered = min(need, face x advance rate)",
    inputs: {
      netPeriodicIrr: fixed(p.netIrr, IRR_DECIMALS),
      totalCost: fen(p.quote.cost.totalCost),
      covered: fen(p.covered),
      need: fen(need.amount),
    },
    value: String(p.rank),
    measure: rules.annualizedRate.measure,
    source: rules.annualizedRate.source,
  };
}

/** The JSON report of a comparison, in rank order. */
export function formatComparison(c: Comparison, currency: string) {
  return {
    days: c.days,
    untilDate: c.untilDate,
    ranking: c.ranked.map((p) => ({
      rank: p.rank,
      index: p.index,
      product: p.quote.terms.product,
      name: productName(p.quote.terms.product),
      covered: fen(p.covered),
      shortfall: fen(p.shortfall),
      inHand: fen(p.quote.inHand),
      coversNeed: p.quote.inHand.gte(c.need),
      totalCost: fen(p.quote.cost.totalCost),
      costPer100: fixed(p.costPer100, 4),
      annualizedRate: rateReport(p.quote.gross, p.quote),
      netAnnualizedRate: rateReport(p.quote.net, p.quote),
      quote: formatQuote(p.quote, currency),
    })),
  };
}

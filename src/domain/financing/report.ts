import { Explainer, type ExplainStep } from "../explain";
import { fen, fixed } from "../money";
import {
  type FinancingRules,
  IRR_DECIMALS,
  type ProductKind,
  type ProductQuote,
  RATE_DECIMALS,
  reportRate,
} from "./products";
import type { AnnualizedRate } from "./rate";

const NAMES: Record<ProductKind, { zh: string; en: string; repaidFrom: { zh: string; en: string } }> = {
  "working-capital-loan": {
    zh: "流动资金贷款",
    en: "working-capital loan",
    repaidFrom: { zh: "到期以自有资金归还", en: "repaid from own cash at maturity" },
  },
  "order-financing": {
    zh: "订单融资",
    en: "order financing",
    repaidFrom: { zh: "以买方货款归还", en: "repaid from the buyer's payment" },
  },
  factoring: {
    zh: "出口应收账款保理",
    en: "export receivables factoring",
    repaidFrom: { zh: "买方到期付款归还", en: "repaid by the buyer's payment at the due date" },
  },
  "tax-refund-loan": {
    zh: "出口退税贷",
    en: "tax-refund loan",
    repaidFrom: { zh: "以到账的出口退税归还", en: "repaid from the export tax refund when it arrives" },
  },
  "payout-advance": {
    zh: "店铺贷（平台回款垫付）",
    en: "marketplace payout advance",
    repaidFrom: { zh: "以后续平台回款归还", en: "repaid from future marketplace payouts" },
  },
  "policy-financing": {
    zh: "出口信用保险保单融资",
    en: "credit-insurance policy financing",
    repaidFrom: { zh: "以买方货款归还", en: "repaid from the buyer's payment" },
  },
  "duty-guarantee": {
    zh: "关税保函（替代现金保证金）",
    en: "duty guarantee instead of a cash deposit",
    repaidFrom: {
      zh: "保证金本应到期退回，保函期间现金留在企业",
      en: "the deposit would have come back at the end; meanwhile the cash stays with the firm",
    },
  },
};

export function productName(p: ProductKind): { zh: string; en: string } {
  return { zh: NAMES[p].zh, en: NAMES[p].en };
}

/** Every step of a quote, with the rule and its source: one function per step, in the order reported. */
export function quoteExplain(q: ProductQuote, rules: FinancingRules): ExplainStep[] {
  const ex = new Explainer();
  defaultSteps(ex, q);
  advanceStep(ex, q, rules);
  recourseStep(ex, q);
  if (q.terms.product === "duty-guarantee") guaranteeFeeStep(ex, q, rules);
  else interestAndFeeSteps(ex, q, rules);
  premiumStep(ex, q, rules);
  subsidyStep(ex, q);
  totalCostStep(ex, q);
  depositSteps(ex, q, rules);
  const t = q.terms;
  rateSteps(ex, "annualizedRate", "毛", "gross, before any subsidy", q.gross, q, rules);
  if (t.subsidy)
    rateSteps(
      ex,
      "netAnnualizedRate",
      "净（扣除贴息，按到账日）",
      "net of the subsidy, on the day it arrives",
      q.net,
      q,
      rules,
    );
  return ex.steps;
}

/** The defaults the quote filled in, each overridable. */
function defaultSteps(ex: Explainer, q: ProductQuote): void {
  const t = q.terms;
  for (const d of t.defaults) {
    ex.add({
      key: `default.${d.field}`,
      zh: `默认值：${d.zh}（可在请求中覆盖）`,
      en: `Default applied: ${d.en} (override it in the request)`,
      value: d.value,
      ...(d.measure ? { measure: d.measure } : {}),
      source: d.source,
    });
  }
}

/** The advance: the face times the advance rate (a loan: its amount). */
function advanceStep(ex: Explainer, q: ProductQuote, rules: FinancingRules): void {
  const t = q.terms;
  const c = q.cost;
  const cite = rules.products[t.product];
  const name = NAMES[t.product];
  ex.add({
    key: "advance",
    zh: `${name.zh}：融资金额，${name.repaidFrom.zh}`,
    en: `${name.en}: the advance, ${name.repaidFrom.en}`,
    formula: t.product === "working-capital-loan" ? "advance = loan amount" : "advance = face x advance rate",
    inputs: { face: fen(c.face), advanceRate: t.advanceRate.toFixed() },
    value: fen(c.advance),
    measure: cite.measure,
    source: cite.source,
  });
}

/** Factoring: who keeps the buyer's credit risk. */
function recourseStep(ex: Explainer, q: ProductQuote): void {
  const t = q.terms;
  if (t.recourse) {
    ex.add({
      key: "recourse",
      zh:
        t.recourse === "with-recourse"
          ? "有追索权保理：买方不付款时，卖方须归还融资款（买方信用风险仍在卖方）"
          : "无追索权保理：买方信用风险由保理商承担（卖方仅对贸易纠纷负责）",
      en:
        t.recourse === "with-recourse"
          ? "Factoring with recourse: if the buyer does not pay, the seller repays the advance (the buyer's credit risk stays with the seller)"
          : "Factoring without recourse: the factor bears the buyer's credit risk (the seller answers only for trade disputes)",
      value: t.recourse,
    });
  }
}

/** A duty guarantee's fee: a yearly rate on the deposit for the days held. */
function guaranteeFeeStep(ex: Explainer, q: ProductQuote, rules: FinancingRules): void {
  const t = q.terms;
  const c = q.cost;
  const cite = rules.products[t.product];
  const basis = t.basis.toFixed();
  ex.add({
    key: "fees",
    zh: `保函费 = 保证金金额 x 年保函费率 x 天数 / ${basis}（${t.dayCount}），加固定费用，开立时支付，按分四舍五入`,
    en: `guarantee fee = deposit x yearly guarantee fee rate x days / ${basis} (${t.dayCount}) + fixed fees, paid at issue, rounded to the fen`,
    formula: `fees = round_fen(deposit x guaranteeFeeRate x days / ${basis}) + round_fen(fixedFees)`,
    inputs: {
      deposit: fen(c.face),
      guaranteeFeeRate: t.annualRate.toFixed(),
      days: String(c.days),
      fixedFees: fen(t.fixedFees),
    },
    value: fen(c.fees),
    measure: cite.measure,
    source: cite.source,
  });
}

/** Interest on the advance for the days drawn, and the handling fee on its base. */
function interestAndFeeSteps(ex: Explainer, q: ProductQuote, rules: FinancingRules): void {
  const t = q.terms;
  const c = q.cost;
  const cite = rules.products[t.product];
  const basis = t.basis.toFixed();
  ex.add({
    key: "interest",
    zh: `利息 = 融资金额 x 年利率 x 天数 / ${basis}（${t.dayCount}），按分四舍五入，${t.interestPaid === "upfront" ? "放款时预扣" : "到期支付"}`,
    en: `interest = advance x annual rate x days / ${basis} (${t.dayCount}), rounded to the fen, ${t.interestPaid === "upfront" ? "deducted at drawdown" : "paid at maturity"}`,
    formula: `interest = round_fen(advance x annualRate x days / ${basis})`,
    inputs: {
      advance: fen(c.advance),
      annualRate: t.annualRate.toFixed(),
      days: String(c.days),
      dayCount: t.dayCount,
    },
    value: fen(c.interest),
    measure: cite.measure,
    source: cite.source,
  });
  const base = t.feeBase === "face" ? c.face : c.advance;
  ex.add({
    key: "fees",
    zh: `手续费 = 费率 x ${t.feeBase === "face" ? "基础金额（发票/订单等票面）" : "融资金额"} + 固定费用，放款时扣收，按分四舍五入`,
    en: `fees = fee rate x ${t.feeBase === "face" ? "the face amount (invoice, order...)" : "the advance"} + fixed fees, deducted at drawdown, rounded to the fen`,
    formula: "fees = round_fen(feeRate x feeBase) + round_fen(fixedFees)",
    inputs: { feeRate: t.feeRate.toFixed(), feeBase: fen(base), fixedFees: fen(t.fixedFees) },
    value: fen(c.fees),
  });
}

/** Policy financing: the credit-insurance premium paid at drawdown. */
function premiumStep(ex: Explainer, q: ProductQuote, rules: FinancingRules): void {
  const t = q.terms;
  const c = q.cost;
  const cite = rules.products[t.product];
  if (t.product === "policy-financing") {
    ex.add({
      key: "premium",
      zh: t.premium
        ? "出口信用保险保费（按输入金额），放款时支付"
        : "出口信用保险保费 = 保险费率 x 投保应收账款，放款时支付，按分四舍五入",
      en: t.premium
        ? "export credit insurance premium (the amount given), paid at drawdown"
        : "export credit insurance premium = premium rate x insured receivable, paid at drawdown, rounded to the fen",
      formula: t.premium ? "premium = given" : "premium = round_fen(premiumRate x insured receivable)",
      inputs: t.premium
        ? { premium: fen(t.premium) }
        : { premiumRate: t.premiumRate.toFixed(), insured: fen(c.face) },
      value: fen(c.premium),
      measure: cite.measure,
      source: cite.source,
    });
  }
}

/** An interest subsidy: a share of the interest or points on the advance, capped. */
function subsidyStep(ex: Explainer, q: ProductQuote): void {
  const t = q.terms;
  const c = q.cost;
  const basis = t.basis.toFixed();
  if (t.subsidy) {
    const s = t.subsidy;
    ex.add({
      key: "subsidy",
      zh: `贷款贴息 = min(${s.cap ? "上限, " : ""}${s.share ? "利息 x 贴息比例" : `融资金额 x 贴息点数 x 天数 / ${basis}`}, 利息)，还款后 ${s.lagDays} 天到账（贴息参数由用户输入，广东暂无确认数值）`,
      en: `interest subsidy = min(${s.cap ? "cap, " : ""}${s.share ? "interest x share" : `advance x points x days / ${basis}`}, interest), paid ${s.lagDays} days after repayment (user-supplied terms; no confirmed Guangdong figures)`,
      formula: s.share
        ? "subsidy = round_fen(min(cap, interest x share, interest))"
        : `subsidy = round_fen(min(cap, advance x points x days / ${basis}, interest))`,
      inputs: {
        ...(s.share ? { share: s.share.toFixed() } : { points: s.points ? s.points.toFixed() : "0" }),
        ...(s.cap ? { cap: fen(s.cap) } : {}),
        interest: fen(c.interest),
        lagDays: String(s.lagDays),
      },
      value: fen(c.subsidy),
    });
  }
}

/** Total cost: interest, fees and premium less the subsidy. */
function totalCostStep(ex: Explainer, q: ProductQuote): void {
  const c = q.cost;
  ex.add({
    key: "totalCost",
    zh: "总成本 = 利息 + 手续费 + 保费 - 贴息（贴息已扣减；毛成本未扣减）",
    en: "total cost = interest + fees + premium - subsidy (the subsidy is netted; gross cost is before it)",
    formula: "totalCost = interest + fees + premium - subsidy",
    inputs: {
      interest: fen(c.interest),
      fees: fen(c.fees),
      premium: fen(c.premium),
      grossCost: fen(c.grossCost),
      subsidy: fen(c.subsidy),
    },
    value: fen(c.totalCost),
  });
}

/** A duty guarantee against a cash deposit: the deposit's cost and the saving. */
function depositSteps(ex: Explainer, q: ProductQuote, rules: FinancingRules): void {
  const t = q.terms;
  const c = q.cost;
  const cite = rules.products[t.product];
  const basis = t.basis.toFixed();
  if (q.depositCost && q.saving && t.opportunityRate) {
    ex.add({
      key: "depositCost",
      zh: `若缴现金保证金：资金占用成本 = 保证金 x 资金成本年率 x 天数 / ${basis}`,
      en: `with a cash deposit instead: cost of the cash tied up = deposit x yearly cost of cash x days / ${basis}`,
      formula: `depositCost = round_fen(deposit x opportunityRate x days / ${basis})`,
      inputs: { deposit: fen(c.face), opportunityRate: t.opportunityRate.toFixed(), days: String(c.days) },
      value: fen(q.depositCost),
    });
    ex.add({
      key: "saving",
      zh: "保函相对现金保证金的节省 = 保证金资金成本 - 保函总成本（负数表示保函更贵）",
      en: "saving of the guarantee over the deposit = deposit cost - guarantee total cost (negative: the guarantee costs more)",
      formula: "saving = depositCost - totalCost",
      value: fen(q.saving),
      measure: cite.measure,
      source: cite.source,
    });
  }
}

/** How the periodic IRR was found, for its explain step. */
const IRR_METHOD_TEXT: Record<AnnualizedRate["method"], { zh: string; en: string }> = {
  "closed-form": { zh: "两笔现金流，按十进制精确求解", en: "two payment dates, solved exactly in decimal" },
  solver: {
    zh: "求根器（区间扫描 + 牛顿法，二分兜底）以浮点计算，精度约 1e-14，再四舍五入",
    en: "root finder (bracket scan + Newton, bisection fallback) in floating point, accurate to about 1e-14, then rounded half-up",
  },
};

/**
 * A rate's three steps (中国人民银行公告〔2021〕第3号 第一条、第二条: the annualized rate, compound by the
 * IRR method or simple, labelled): the periodic IRR over the tenor, then the simple and compound rates.
 */
function rateSteps(
  ex: Explainer,
  key: string,
  zhLabel: string,
  enLabel: string,
  r: AnnualizedRate,
  q: ProductQuote,
  rules: FinancingRules,
): void {
  const t = q.terms;
  const basis = t.basis.toFixed();
  const days = String(q.cost.days);
  const how = IRR_METHOD_TEXT[r.method];
  ex.add({
    key: `${key}.periodicIrr`,
    zh: `${zhLabel}期内部收益率：一期 = 融资期限 ${days} 天；使借款人现金流现值为零的每期利率（${how.zh}）`,
    en: `${enLabel}: periodic IRR, one period = the ${days}-day tenor; the rate per period that sets the borrower's cash flows' present value to zero (${how.en})`,
    formula: "sum(flow_k / (1 + irr)^(day_k / days)) = 0",
    inputs: { days, dayCount: t.dayCount, periodsPerYear: `${basis}/${days}` },
    value: fixed(r.periodicIrr, IRR_DECIMALS),
    measure: rules.annualizedRate.measure,
    source: rules.annualizedRate.source,
  });
  ex.add({
    key: `${key}.simple`,
    zh: `${zhLabel}年化利率（单利）= 期内部收益率 x ${basis}/${days}（${t.dayCount}）`,
    en: `${enLabel} annualized rate (simple) = periodic IRR x ${basis}/${days} (${t.dayCount})`,
    formula: `simple = irr x ${basis} / ${days}`,
    value: fixed(r.simple, RATE_DECIMALS),
    measure: rules.annualizedRate.measure,
    source: rules.annualizedRate.source,
  });
  ex.add({
    key: `${key}.compound`,
    zh: `${zhLabel}年化利率（复利，内部收益率法）= (1 + 期内部收益率)^(${basis}/${days}) - 1（${t.dayCount}）`,
    en: `${enLabel} annualized rate (compound, IRR method) = (1 + periodic IRR)^(${basis}/${days}) - 1 (${t.dayCount})`,
    formula: `compound = (1 + irr)^(${basis} / ${days}) - 1`,
    value: fixed(r.compound, RATE_DECIMALS),
    measure: rules.annualizedRate.measure,
    source: rules.annualizedRate.source,
  });
}

/** A rate block as reported: the convention and day count always named. */
export function rateReport(r: AnnualizedRate, q: ProductQuote) {
  return {
    dayCount: q.terms.dayCount,
    periodsPerYear: fixed(q.periodsPerYear, RATE_DECIMALS),
    ...reportRate(r),
  };
}

/** The JSON report of a quote (strings only), separate from the Decimal-level core. */
export function formatQuote(q: ProductQuote, currency: string) {
  const c = q.cost;
  const t = q.terms;
  return {
    product: t.product,
    currency,
    dayCount: t.dayCount,
    dayBasis: Number(t.basis.toFixed()),
    days: c.days,
    startDate: q.startDate,
    maturityDate: q.maturityDate,
    face: fen(c.face),
    advanceRate: t.advanceRate.toFixed(),
    annualRate: t.annualRate.toFixed(),
    advance: fen(c.advance),
    interest: fen(c.interest),
    fees: fen(c.fees),
    premium: fen(c.premium),
    grossCost: fen(c.grossCost),
    subsidy: fen(c.subsidy),
    totalCost: fen(c.totalCost),
    recourse: t.recourse,
    depositCost: q.depositCost ? fen(q.depositCost) : null,
    saving: q.saving ? fen(q.saving) : null,
    schedule: q.schedule.map((e) => ({ day: e.day, date: e.date, kind: e.kind, amount: fen(e.amount) })),
    annualizedRate: rateReport(q.gross, q),
    netAnnualizedRate: rateReport(q.net, q),
    defaultsApplied: t.defaults.map((d) => ({
      field: d.field,
      value: d.value,
      ...(d.measure ? { measure: d.measure } : {}),
      source: d.source,
    })),
  };
}

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { dayNumber } from "../domain/dates";
import { reject } from "../domain/errors";
import type { ExplainStep } from "../domain/explain";
import {
  type AnnualizedRate,
  annualizedRate,
  type CashFlow,
  type Citation,
  compareProducts,
  dayBasis,
  formatComparison,
  formatQuote,
  IRR_DECIMALS,
  type ProductInput,
  perYear,
  quoteExplain,
  quoteProduct,
  RATE_DECIMALS,
  resolveTerms,
} from "../domain/financing";
import { Decimal, fen, fixed, ZERO } from "../domain/money";
import { RULESET } from "../policy/catalog";
import { financingRules } from "../policy/financing";
import type { AppEnv } from "./env";
import { errorResponses } from "./problem";
import {
  CurrencySchema,
  DayCountSchema,
  decimalIn,
  ExplainSchema,
  IsoDateSchema,
  jsonBody,
  jsonOk,
  MoneyOut,
  moneyIn,
  RateOut,
  RulesetSchema,
  rateIn,
} from "./schemas";
import { addProblem } from "./validation";

const TAG = "financing";
/** Cross-field checks run even when other fields failed, so one answer names every bad field. */
const ALWAYS = {
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};
const ERRORS = errorResponses("validation", "malformed-json", "unsupported-media-type", "unprocessable");

// ---- shared request pieces ----------------------------------------------------------------

const SubsidySchema = z
  .object({
    share: rateIn("Share of the interest the subsidy pays (0.5 = half)", "0.5").optional(),
    points: rateIn(
      "Rate points a year paid on the advance (0.01 = 1 percentage point), instead of a share",
      "0.01",
    ).optional(),
    cap: moneyIn("Most the subsidy pays for this loan", "5000").optional(),
    lagDays: z
      .number()
      .int()
      .min(0)
      .max(3650)
      .openapi({ description: "Days after the repayment until the subsidy is paid", example: 60 }),
  })
  .strict()
  .superRefine((s, ctx) => {
    if ((s.share === undefined) === (s.points === undefined)) {
      addProblem(
        ctx,
        ["share"],
        "give exactly one of share or points",
        "share（贴息比例）与 points（贴息点数）须且只能填写一个",
      );
    }
  }, ALWAYS)
  .openapi("InterestSubsidy", {
    description:
      "Interest subsidy (贷款贴息): min(cap, interest x share or advance x points x days / basis, interest), " +
      "paid lagDays after repayment. No confirmed Guangdong figures: enter the programme's terms.",
  });

const dayCountIn = DayCountSchema.optional().openapi({
  description:
    "Day count of interest and of the annualized rate: ACT/360 (default, the CNY loan usage) or ACT/365F",
  example: "ACT/360",
});

const loanFields = {
  currency: CurrencySchema.optional().openapi({ description: "Currency of the amounts (default CNY)" }),
  annualRate: rateIn(
    "Annual loan or discount rate; default 1-year LPR + the catalog's SME spread (payout advance: its own default)",
    "0.04",
  ).optional(),
  dayCount: dayCountIn,
  feeRate: rateIn("Handling fee as a fraction of feeBase, charged at drawdown", "0.002").optional(),
  feeBase: z
    .enum(["advance", "face"])
    .optional()
    .openapi({ description: "What the fee rate applies to; default face for factoring, advance otherwise" }),
  fixedFees: moneyIn("Fixed fees charged at drawdown", "0").optional(),
  interestPaid: z
    .enum(["at-maturity", "upfront"])
    .optional()
    .openapi({ description: "Interest paid at maturity (default) or deducted at drawdown (discounting)" }),
  subsidy: SubsidySchema.optional(),
};
const advanceRateIn = rateIn(
  "Advance rate: fraction of the face amount lent; default from the catalog",
  "0.8",
  {
    exclusiveMin: true,
  },
).optional();
const positive = (description: string, example: string) =>
  moneyIn(description, example, { min: "0", exclusiveMin: true });

const QUOTE_TENOR = {
  days: z
    .number()
    .int()
    .min(1)
    .max(3660)
    .openapi({ description: "Tenor in actual days, drawdown to repayment", example: 90 }),
  startDate: IsoDateSchema.optional().openapi({
    description: "Drawdown date; when given, the schedule carries dates",
  }),
};
const QUOTE_LOAN_BASE = { amount: positive("Loan amount", "500000") };
const COMPARE_LOAN_BASE = {
  creditLimit: positive("Credit limit; without it the loan covers the whole need", "500000").optional(),
};

/** Each product's base amount and extra fields; a quote adds its tenor, a comparison takes the need's. */
function productVariants<T extends z.ZodRawShape, L extends z.ZodRawShape>(tenor: T, loanBase: L) {
  return [
    workingCapitalLoanVariant(tenor, loanBase),
    orderFinancingVariant(tenor),
    factoringVariant(tenor),
    taxRefundLoanVariant(tenor),
    payoutAdvanceVariant(tenor),
    policyFinancingVariant(tenor),
    dutyGuaranteeVariant(tenor),
  ] as const;
}

function workingCapitalLoanVariant<T extends z.ZodRawShape, L extends z.ZodRawShape>(tenor: T, loanBase: L) {
  return z
    .object({
      product: z.literal("working-capital-loan"),
      ...loanBase,
      ...loanFields,
      ...tenor,
    })
    .strict()
    .openapi({
      title: "working-capital-loan",
      description: "流动资金贷款: repaid from own cash at maturity",
    });
}

/**
 * A product that advances part of a base amount (face x advance rate): its base and own fields, then
 * the advance rate, the loan's pricing fields and the tenor.
 */
function advanceVariant<P extends string, B extends z.ZodRawShape, T extends z.ZodRawShape>(
  product: P,
  base: B,
  tenor: T,
) {
  return z
    .object({
      product: z.literal(product),
      ...base,
      advanceRate: advanceRateIn,
      ...loanFields,
      ...tenor,
    })
    .strict();
}

function orderFinancingVariant<T extends z.ZodRawShape>(tenor: T) {
  return advanceVariant(
    "order-financing",
    { orderAmount: positive("Order value", "1000000") },
    tenor,
  ).openapi({
    title: "order-financing",
    description: "订单融资: repaid from the buyer's payment",
  });
}

function factoringVariant<T extends z.ZodRawShape>(tenor: T) {
  const base = {
    invoiceAmount: positive("Invoice amount", "1000000"),
    recourse: z.enum(["with-recourse", "without-recourse"]).openapi({
      description: "Whether the seller keeps the buyer's credit risk",
      example: "with-recourse",
    }),
  };
  return advanceVariant("factoring", base, tenor).openapi({
    title: "factoring",
    description: "保理: repaid by the buyer's payment at the invoice due date",
  });
}

function taxRefundLoanVariant<T extends z.ZodRawShape>(tenor: T) {
  return advanceVariant(
    "tax-refund-loan",
    { refundDue: positive("Export tax refund due", "200000") },
    tenor,
  ).openapi({
    title: "tax-refund-loan",
    description: "退税贷: repaid from the refund when it arrives",
  });
}

function payoutAdvanceVariant<T extends z.ZodRawShape>(tenor: T) {
  const base = { recentPayouts: positive("Recent marketplace payouts the advance is based on", "300000") };
  return advanceVariant("payout-advance", base, tenor).openapi({
    title: "payout-advance",
    description: "店铺贷: repaid from future marketplace payouts",
  });
}

/** The premium is a rate or an amount: both at once would price it twice. */
function policyFinancingVariant<T extends z.ZodRawShape>(tenor: T) {
  const base = {
    insuredReceivable: positive("Receivable insured by export credit insurance", "1000000"),
    premiumRate: rateIn("Insurance premium as a fraction of the insured receivable", "0.005").optional(),
    premium: moneyIn("Insurance premium as an amount (instead of premiumRate)", "5000").optional(),
  };
  return advanceVariant("policy-financing", base, tenor)
    .superRefine((value, ctx) => {
      const v = value as { premium?: unknown; premiumRate?: unknown };
      if (v.premium !== undefined && v.premiumRate !== undefined) {
        addProblem(
          ctx,
          ["premium"],
          "give premium or premiumRate, not both",
          "premium（保费金额）与 premiumRate（保费率）只能填写一个",
        );
      }
    }, ALWAYS)
    .openapi({
      title: "policy-financing",
      description:
        "保单融资: loan against an export credit insurance policy, repaid from the buyer's payment",
    });
}

/** A guarantee lends nothing: it takes a fee rate and the deposit's opportunity cost, not the loan fields. */
function dutyGuaranteeVariant<T extends z.ZodRawShape>(tenor: T) {
  return z
    .object({
      product: z.literal("duty-guarantee"),
      depositAmount: positive("Cash deposit the guarantee replaces (关税保证金)", "300000"),
      guaranteeFeeRate: rateIn(
        "Guarantee fee a year on the deposit; default from the catalog",
        "0.01",
      ).optional(),
      opportunityRate: rateIn(
        "Yearly cost of the cash a deposit would tie up; default the loan rate (LPR + spread)",
        "0.035",
      ).optional(),
      fixedFees: moneyIn("Fixed fees of the guarantee", "0").optional(),
      currency: loanFields.currency,
      dayCount: dayCountIn,
      ...tenor,
    })
    .strict()
    .openapi({
      title: "duty-guarantee",
      description:
        "关税保函 instead of a cash deposit: the guarantee fee against the cost of the tied-up cash",
    });
}

type QuoteBody = z.infer<typeof QuoteRequest>;

/** The request's product as the domain's input: each product's base becomes `face`. */
function toProductInput(body: Record<string, unknown>): ProductInput {
  const b = body as QuoteBody & Record<string, Decimal | undefined>;
  const face =
    b.amount ??
    b.creditLimit ??
    b.orderAmount ??
    b.invoiceAmount ??
    b.refundDue ??
    b.recentPayouts ??
    b.insuredReceivable ??
    b.depositAmount;
  const v = body as Partial<ProductInput> & { guaranteeFeeRate?: Decimal };
  return {
    product: b.product,
    face,
    advanceRate: v.advanceRate,
    annualRate: b.product === "duty-guarantee" ? v.guaranteeFeeRate : v.annualRate,
    dayCount: v.dayCount,
    feeRate: v.feeRate,
    feeBase: v.feeBase,
    fixedFees: v.fixedFees,
    premiumRate: v.premiumRate,
    premium: v.premium,
    interestPaid: v.interestPaid,
    recourse: v.recourse,
    opportunityRate: v.opportunityRate,
    subsidy: v.subsidy,
  };
}

// ---- responses ------------------------------------------------------------------------------

const RateBlockSchema = z
  .object({
    dayCount: DayCountSchema,
    periodsPerYear: z.string().openapi({ description: "Day basis / tenor days (one period = the tenor)" }),
    periodicIrr: z
      .string()
      .openapi({ description: "IRR over the tenor (10 decimals)", example: "0.0125313283" }),
    simple: RateOut.openapi({
      description: "Simple annualized rate = periodic IRR x periods per year (6 decimals)",
    }),
    compound: RateOut.openapi({
      description:
        "Compound annualized rate (IRR method) = (1 + periodic IRR)^periods per year - 1 (6 decimals)",
    }),
  })
  .openapi("FinancingRate", {
    description: "Annualized rate per 中国人民银行公告〔2021〕第3号, day count named",
  });

const QuoteSchema = z
  .object({
    product: z.string(),
    currency: CurrencySchema,
    dayCount: DayCountSchema,
    dayBasis: z.number().int().openapi({ description: "360 (ACT/360) or 365 (ACT/365F)" }),
    days: z.number().int(),
    startDate: z.string().nullable(),
    maturityDate: z.string().nullable(),
    face: MoneyOut.openapi({ description: "Face amount financed (order, invoice, refund due...)" }),
    advanceRate: RateOut,
    annualRate: RateOut.openapi({
      description: "Loan/discount rate a year (duty guarantee: the guarantee fee rate)",
    }),
    advance: MoneyOut,
    interest: MoneyOut,
    fees: MoneyOut,
    premium: MoneyOut,
    grossCost: MoneyOut.openapi({ description: "interest + fees + premium" }),
    subsidy: MoneyOut,
    totalCost: MoneyOut.openapi({ description: "grossCost - subsidy (the subsidy netted)" }),
    recourse: z.enum(["with-recourse", "without-recourse"]).nullable(),
    depositCost: MoneyOut.nullable().openapi({
      description: "Duty guarantee: cost of the cash deposit instead",
    }),
    saving: MoneyOut.nullable().openapi({ description: "Duty guarantee: depositCost - totalCost" }),
    schedule: z
      .array(
        z.object({
          day: z.number().int(),
          date: z.string().nullable(),
          kind: z.enum(["advance", "fee", "premium", "interest", "repayment", "subsidy"]),
          amount: MoneyOut.openapi({ description: "Borrower's view: positive received, negative paid" }),
        }),
      )
      .openapi({ description: "The borrower's cash flows, day 0 = drawdown" }),
    annualizedRate: RateBlockSchema.openapi({ description: "Gross: every cost the borrower pays the bank" }),
    netAnnualizedRate: RateBlockSchema.openapi({ description: "Net of the subsidy, on the day it arrives" }),
    defaultsApplied: z.array(
      z.object({ field: z.string(), value: z.string(), measure: z.string().optional(), source: z.string() }),
    ),
  })
  .openapi("FinancingQuote");

// ---- POST /v1/financing/annualized-rate -------------------------------------------------------

const AnnualizedRateRequest = z
  .discriminatedUnion("method", [
    z
      .object({
        method: z.literal("periodic"),
        principal: positive("Principal lent", "100000"),
        upfrontFee: moneyIn("Fees deducted or paid at drawdown", "1000").optional(),
        payments: z
          .array(
            z
              .object({
                period: z
                  .number()
                  .int()
                  .min(1)
                  .max(1200)
                  .openapi({ description: "Period number (1 = first)" }),
                amount: moneyIn("Payment by the borrower in that period (interest and principal)", "8833.30"),
              })
              .strict(),
          )
          .min(1)
          .max(1200),
        periodsPerYear: decimalIn("Periods per year (12 for monthly)", "12", {
          min: "0",
          exclusiveMin: true,
          max: "366",
        }),
      })
      .strict()
      .openapi({ title: "periodic" }),
    z
      .object({
        method: z.literal("dated"),
        dayCount: DayCountSchema.optional().openapi({
          description: "Day count of the XIRR time: ACT/365F (default) or ACT/360",
          example: "ACT/365F",
        }),
        flows: z
          .array(
            z
              .object({
                date: IsoDateSchema,
                amount: moneyIn("Borrower's view: positive received, negative paid", "-5000", {
                  min: "-1e15",
                }),
              })
              .strict(),
          )
          .min(2)
          .max(2000),
      })
      .strict()
      .openapi({ title: "dated" }),
  ])
  .openapi("AnnualizedRateRequest");

const AnnualizedRateResponse = z
  .object({
    method: z.enum(["periodic", "dated"]),
    dayCount: DayCountSchema.nullable().openapi({ description: "Dated flows: the XIRR's day count" }),
    periodsPerYear: z.string(),
    periodicIrr: z.string().openapi({ description: "IRR per period (dated: per year), 10 decimals" }),
    simple: RateOut.nullable().openapi({
      description: "Simple annualized rate = periodic IRR x periods per year (null for dated flows)",
    }),
    compound: RateOut.openapi({ description: "Compound annualized rate, IRR method" }),
    xirr: RateOut.nullable().openapi({ description: "Dated flows: the XIRR on actual dates (= compound)" }),
    solvedBy: z.enum(["closed-form", "solver"]),
    explain: ExplainSchema,
    ruleset: RulesetSchema,
  })
  .openapi("AnnualizedRate");

const annualizedRateRoute = createRoute({
  method: "post",
  path: "/v1/financing/annualized-rate",
  operationId: "financingAnnualizedRate",
  tags: [TAG],
  summary:
    "Annualized rate of a loan's cash flows (PBoC 2021-3): periodic IRR, simple and compound; XIRR for dated flows",
  description:
    "Periodic: principal, upfront fee and payments per period. Dated: signed cash flows on dates (borrower's view), " +
    "solved as an XIRR with a named day count. 422 when no rate exists (flows of one sign, no root) or when it is not unique.",
  request: {
    body: jsonBody(AnnualizedRateRequest, {
      method: "periodic",
      principal: "100000",
      upfrontFee: "1000",
      payments: Array.from({ length: 12 }, (_, i) => ({ period: i + 1, amount: "8833.30" })),
      periodsPerYear: 12,
    }),
  },
  responses: { 200: jsonOk(AnnualizedRateResponse, "The annualized rate"), ...ERRORS },
});

type RateRequest = z.infer<typeof AnnualizedRateRequest>;
type RateFlowsFrom<M extends RateRequest["method"]> = Extract<RateRequest, { method: M }>;

/** The borrower's flows on the solver's time axis, how many periods make a year, and the step saying so. */
interface RateFlows {
  flows: CashFlow[];
  periodsPerYear: Decimal;
  dayCount: "ACT/360" | "ACT/365F" | null;
  step: ExplainStep;
}

function rateOfRequest(body: RateRequest) {
  const pboc = {
    measure: financingRules.annualizedRate.measure,
    source: financingRules.annualizedRate.source,
  };
  const { flows, periodsPerYear, dayCount, step } =
    body.method === "periodic" ? periodicFlows(body, pboc) : datedFlows(body, pboc);
  const pointer = body.method === "periodic" ? "/payments" : "/flows";
  const r = annualizedRate(flows, perYear(periodsPerYear), { pointer });
  return {
    method: body.method,
    dayCount,
    periodsPerYear: periodsPerYear.toFixed(),
    periodicIrr: fixed(r.periodicIrr, IRR_DECIMALS),
    simple: body.method === "periodic" ? fixed(r.simple, RATE_DECIMALS) : null,
    compound: fixed(r.compound, RATE_DECIMALS),
    xirr: body.method === "dated" ? fixed(r.compound, RATE_DECIMALS) : null,
    solvedBy: r.method,
    explain: [step, ...rateSteps(body.method, r, periodsPerYear, dayCount, pboc)],
    ruleset: RULESET,
  };
}

/** Periodic flows: the principal net of the upfront fee at period 0, then each payment at its period. */
function periodicFlows(body: RateFlowsFrom<"periodic">, pboc: Citation): RateFlows {
  const fee = body.upfrontFee ?? ZERO;
  if (fee.gte(body.principal))
    reject("/upfrontFee", "the upfront fee takes the whole principal", "前期费用不低于本金");
  return {
    flows: [
      { time: 0, amount: body.principal.minus(fee) },
      ...body.payments.map((p) => ({ time: p.period, amount: p.amount.neg() })),
    ],
    periodsPerYear: body.periodsPerYear,
    dayCount: null,
    step: {
      key: "flows",
      zh: "借款人现金流：第 0 期收到 本金 - 前期费用，之后各期支付还款额（同一期的还款相加）",
      en: "Borrower's flows: principal - upfront fee received at period 0, then each period's payment (payments in the same period are added)",
      inputs: {
        principal: fen(body.principal),
        upfrontFee: fen(fee),
        payments: String(body.payments.length),
      },
      value: fen(body.principal.minus(fee)),
      ...pboc,
    },
  };
}

/** Dated flows: time in years from the first flow under the named day count, one period a year (XIRR). */
function datedFlows(body: RateFlowsFrom<"dated">, pboc: Citation): RateFlows {
  const dayCount = body.dayCount ?? "ACT/365F";
  const basis = dayBasis(dayCount);
  const start = Math.min(...body.flows.map((f) => dayNumber(f.date)));
  return {
    flows: body.flows.map((f) => ({ time: (dayNumber(f.date) - start) / basis, amount: f.amount })),
    periodsPerYear: new Decimal(1),
    dayCount,
    step: {
      key: "flows",
      zh: `按实际日期计息（XIRR），时间 = 距首笔现金流的天数 / ${basis}（${dayCount}${body.dayCount ? "" : "，默认"}）`,
      en: `Dated flows (XIRR): time = days from the first flow / ${basis} (${dayCount}${body.dayCount ? "" : ", the default"})`,
      inputs: { flows: String(body.flows.length), dayCount },
      value: String(body.flows.length),
      ...pboc,
    },
  };
}

/** The solved rate's steps: the periodic IRR, the simple rate (periodic flows only), the compound rate. */
function rateSteps(
  method: RateRequest["method"],
  r: AnnualizedRate,
  periodsPerYear: Decimal,
  dayCount: RateFlows["dayCount"],
  pboc: Citation,
): ExplainStep[] {
  const how =
    r.method === "closed-form"
      ? "two payment dates: solved exactly in decimal"
      : "root finder in floating point (bracket scan over -99%..+1,000,000% per period, Newton inside the bracket, bisection fallback), accurate to about 1e-14, rounded half-up";
  const steps: ExplainStep[] = [
    {
      key: "periodicIrr",
      zh: `期内部收益率：使现金流现值为零的每期利率（${r.method === "closed-form" ? "两笔现金流，十进制精确求解" : "浮点求根：区间扫描 + 牛顿法，二分兜底，精度约 1e-14，四舍五入"}）`,
      en: `periodic IRR: the rate per period that sets the flows' present value to zero (${how})`,
      formula: "sum(flow_k / (1 + irr)^t_k) = 0",
      value: fixed(r.periodicIrr, IRR_DECIMALS),
      ...pboc,
    },
  ];
  if (method === "periodic") {
    steps.push({
      key: "simple",
      zh: "年化利率（单利）= 期内部收益率 x 每年期数",
      en: "annualized rate (simple) = periodic IRR x periods per year",
      formula: "simple = irr x periodsPerYear",
      inputs: { periodsPerYear: periodsPerYear.toFixed() },
      value: fixed(r.simple, RATE_DECIMALS),
      ...pboc,
    });
  }
  steps.push(compoundRateStep(method, r, dayCount, pboc));
  return steps;
}

/** Dated flows have no regular period, so only the compound rate (the XIRR) is reported for them. */
function compoundRateStep(
  method: RateRequest["method"],
  r: AnnualizedRate,
  dayCount: RateFlows["dayCount"],
  pboc: Citation,
): ExplainStep {
  return {
    key: "compound",
    zh:
      method === "periodic"
        ? "年化利率（复利，内部收益率法）= (1 + 期内部收益率)^每年期数 - 1"
        : `年化利率（复利，XIRR，${dayCount}）：单利需要规则的还款期，按实际日期只报复利`,
    en:
      method === "periodic"
        ? "annualized rate (compound, IRR method) = (1 + periodic IRR)^periods per year - 1"
        : `annualized rate (compound, XIRR, ${dayCount}); a simple rate needs a regular period, so dated flows report the compound rate only`,
    formula: "compound = (1 + irr)^periodsPerYear - 1",
    value: fixed(r.compound, RATE_DECIMALS),
    ...pboc,
  };
}

// ---- POST /v1/financing/quote ---------------------------------------------------------------

const QuoteRequest = z
  .discriminatedUnion("product", productVariants(QUOTE_TENOR, QUOTE_LOAN_BASE))
  .openapi("FinancingQuoteRequest");

const quoteRoute = createRoute({
  method: "post",
  path: "/v1/financing/quote",
  operationId: "financingQuote",
  tags: [TAG],
  summary:
    "Price one financing product: advance, interest, fees, subsidy, total cost, schedule, annualized rate",
  description:
    "interest = advance x annual rate x days / basis (ACT/360: 360, ACT/365F: 365), rounded to the fen; fees = fee rate x " +
    "fee base + fixed fees; subsidy = min(cap, interest x share or advance x points x days / basis, interest), paid " +
    "lagDays after repayment; totalCost = interest + fees + premium - subsidy. Annualized rate per 中国人民银行公告〔2021〕第3号 " +
    "over the tenor: simple = IRR x basis / days, compound = (1 + IRR)^(basis / days) - 1; gross and net of the subsidy. " +
    "Every default applied is named in defaultsApplied and explain.",
  request: {
    body: jsonBody(QuoteRequest, {
      product: "factoring",
      invoiceAmount: "1000000",
      recourse: "with-recourse",
      advanceRate: "0.8",
      annualRate: "0.04",
      dayCount: "ACT/360",
      days: 90,
      feeRate: "0.002",
      startDate: "2026-03-02",
    }),
  },
  responses: {
    200: jsonOk(QuoteSchema.extend({ explain: ExplainSchema, ruleset: RulesetSchema }), "The quote"),
    ...ERRORS,
  },
});

// ---- POST /v1/financing/compare -------------------------------------------------------------

const CompareRequest = z
  .object({
    currency: CurrencySchema.optional().openapi({ description: "Currency of all amounts (default CNY)" }),
    need: positive("Amount of money needed", "600000"),
    fromDate: IsoDateSchema.openapi({ description: "When the money is needed" }),
    until: z
      .enum(["date", "refund-arrives", "payout-arrives"])
      .optional()
      .openapi({
        description:
          "What ends the need: a date (default), the export refund's arrival (untilDate defaults to fromDate + the " +
          "catalog's refund arrival days) or the marketplace payout (untilDate required)",
      }),
    untilDate: IsoDateSchema.optional().openapi({ description: "When the money comes back" }),
    products: z
      .array(z.discriminatedUnion("product", productVariants({}, COMPARE_LOAN_BASE)))
      .min(1)
      .max(20)
      .openapi({ description: "The products available; omitted terms take the catalog's defaults" }),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.untilDate === undefined && v.until !== "refund-arrives") {
      addProblem(
        ctx,
        ["untilDate"],
        "untilDate is required unless until is refund-arrives",
        "除 until 为 refund-arrives 外，须填写 untilDate",
      );
    }
    if (
      typeof v.untilDate === "string" &&
      typeof v.fromDate === "string" &&
      dayNumber(v.untilDate) <= dayNumber(v.fromDate)
    ) {
      addProblem(ctx, ["untilDate"], "untilDate must be after fromDate", "untilDate 须晚于 fromDate");
    }
  }, ALWAYS)
  .openapi("FinancingCompareRequest");

const CompareResponse = z
  .object({
    currency: CurrencySchema,
    need: MoneyOut,
    fromDate: z.string(),
    untilDate: z.string(),
    days: z.number().int(),
    ranking: z.array(
      z.object({
        rank: z.number().int(),
        index: z.number().int().openapi({ description: "Position of the product in the request" }),
        product: z.string(),
        name: z.object({ zh: z.string(), en: z.string() }),
        covered: MoneyOut.openapi({ description: "min(need, face x advance rate)" }),
        shortfall: MoneyOut.openapi({ description: "need - covered: what the advance leaves unfinanced" }),
        inHand: MoneyOut.openapi({
          description: "Cash in hand at drawdown: covered less the fees, premium and interest deducted then",
        }),
        coversNeed: z
          .boolean()
          .openapi({ description: "True when the cash in hand at drawdown is at least the need" }),
        totalCost: MoneyOut,
        costPer100: z
          .string()
          .openapi({ description: "Net total cost per 100 covered (shown; not the ranking key)" }),
        annualizedRate: RateBlockSchema,
        netAnnualizedRate: RateBlockSchema.openapi({
          description: "Net of any subsidy; its periodicIrr (over the common tenor) is the ranking key",
        }),
        quote: QuoteSchema,
      }),
    ),
    explain: ExplainSchema,
    ruleset: RulesetSchema,
  })
  .openapi("FinancingComparison");

const compareRoute = createRoute({
  method: "post",
  path: "/v1/financing/compare",
  operationId: "financingCompare",
  tags: [TAG],
  summary: "Compare financing products for one funding need: cost, annualized rate and coverage, ranked",
  description:
    "Each product draws min(need, its capacity) from fromDate to untilDate and is ranked by its annualized rate net of " +
    "any subsidy (中国人民银行公告〔2021〕第3号): the periodic IRR over the common tenor, so interest deducted at drawdown " +
    "or a fee paid up front ranks below the same cost paid at maturity (ties: larger coverage first, then request order); " +
    "cost per 100 covered is shown beside it. Defaults: 1-year LPR 3.00% (since 2025-05-20) + spread, typical " +
    "advance rates and fees from the catalog; each one applied is named in explain.",
  request: {
    body: jsonBody(CompareRequest, {
      need: "600000",
      fromDate: "2026-03-02",
      until: "refund-arrives",
      untilDate: "2026-05-31",
      products: [
        { product: "working-capital-loan" },
        { product: "tax-refund-loan", refundDue: "700000", advanceRate: "0.9" },
        { product: "factoring", invoiceAmount: "800000", recourse: "with-recourse", feeRate: "0.002" },
        { product: "payout-advance", recentPayouts: "1000000", annualRate: "0.12" },
      ],
    }),
  },
  responses: { 200: jsonOk(CompareResponse, "The products ranked"), ...ERRORS },
});

export const financingRoutes = [annualizedRateRoute, quoteRoute, compareRoute];

export const financingApi = new OpenAPIHono<AppEnv>()
  .openapi(annualizedRateRoute, (c) => c.json(rateOfRequest(c.req.valid("json")), 200))
  .openapi(quoteRoute, (c) => {
    const body = c.req.valid("json");
    const terms = resolveTerms(toProductInput(body), financingRules);
    const quote = quoteProduct(terms, body.days, { startDate: body.startDate ?? null });
    return c.json(
      {
        ...formatQuote(quote, body.currency ?? "CNY"),
        explain: quoteExplain(quote, financingRules),
        ruleset: RULESET,
      },
      200,
    );
  })
  .openapi(compareRoute, (c) => {
    const body = c.req.valid("json");
    const result = compareProducts(
      { amount: body.need, fromDate: body.fromDate, untilDate: body.untilDate, until: body.until ?? "date" },
      body.products.map(toProductInput),
      financingRules,
    );
    const currency = body.currency ?? "CNY";
    return c.json(
      {
        currency,
        need: fen(body.need),
        fromDate: body.fromDate,
        ...formatComparison(result, currency),
        explain: result.explain,
        ruleset: RULESET,
      },
      200,
    );
  });

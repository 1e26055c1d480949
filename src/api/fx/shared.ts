/* Request and response pieces shared by the FX route families (forward, option price, implied vol, hedge compare). */

import { z } from "@hono/zod-openapi";
import { type DayCount, daysBetween, yearFraction } from "../../domain/dates";
import type { ExplainStep } from "../../domain/explain";
import { moneyMarketDayCount } from "../../domain/fx/forward";
import { IMPLIED_VOL_BOUNDS } from "../../domain/fx/impliedVol";
import {
  LATTICE_DEFAULT_STEPS,
  LATTICE_MAX_STEPS,
  LATTICE_MIN_STEPS,
  type OptionInputs,
  type PricingChoice,
  type PricingModel,
} from "../../domain/fx/options";
import { type Charges, FIRM_SIZES, type HandlingFeeTerms, type WaiverDecision } from "../../domain/fx/waiver";
import { WAIVER_READINGS } from "../../domain/fx/waiverReadings";
import { type Decimal, fen, fixed } from "../../domain/money";
import { reportedStatusOn } from "../../domain/validity";
import {
  DEFAULT_HANDLING_FEE,
  DEFAULT_WAIVERS,
  OPTION_FEE_WAIVER,
  OPTION_FEE_WAIVER_PERIOD,
  WAIVER_IDS,
} from "../../policy/fx";
import {
  bilingual,
  CurrencySchema,
  decimalIn,
  IsoDateSchema,
  MoneyOut,
  moneyIn,
  rateIn,
  yearFractionIn,
} from "../schemas";
import { addProblem, requireDayCountFor } from "../validation";

/* ---------- shared request pieces ---------- */

export const ForeignCurrencySchema = CurrencySchema.optional().openapi({
  description:
    "The foreign currency (ISO 4217) of the spot, the foreign rate and the amounts; default USD. Sets the default day count of the foreign rate: ACT/360 for USD, EUR, JPY, CHF, DKK, NOK, SEK; ACT/365F for GBP, HKD, SGD, INR, PLN, ZAR, AUD, CAD, NZD; any other needs foreignDayCount",
  example: "USD",
});

/** A foreign currency the day-count table does not know needs its day count named; CNY is not foreign. */
export function refineForeignCurrency(
  v: { foreignCurrency?: string; foreignDayCount?: DayCount },
  ctx: z.RefinementCtx,
) {
  if (v.foreignCurrency === "CNY") {
    addProblem(
      ctx,
      ["foreignCurrency"],
      "CNY is the domestic currency; give the foreign currency (USD, EUR, GBP ...)",
      "人民币为本币，请填写外币（USD、EUR、GBP 等）",
    );
  } else if (
    v.foreignCurrency !== undefined &&
    v.foreignDayCount === undefined &&
    moneyMarketDayCount(v.foreignCurrency) === undefined
  ) {
    requireDayCountFor(ctx, ["foreignDayCount"], v.foreignCurrency);
  }
}

export const spotIn = () =>
  decimalIn("USD/CNY spot: CNY per 1 USD", "7.1000", { min: "0", exclusiveMin: true, max: "1000" });
export const continuousRateIn = (which: string, example: string) =>
  rateIn(`${which} interest rate, continuously compounded, as a fraction`, example, {
    min: "-0.1",
    max: "1",
  });
export const volIn = () =>
  decimalIn("Annual volatility as a fraction (0.05 = 5%)", "0.05", {
    min: String(IMPLIED_VOL_BOUNDS.low),
    max: String(IMPLIED_VOL_BOUNDS.high),
  });

export const FirmSchema = z
  .strictObject({
    size: z
      .enum(FIRM_SIZES)
      .openapi({ description: "individual (个体工商户), micro, small, medium or large" }),
    firstDerivativeWithBank: z
      .boolean()
      .openapi({ description: "True when this is the firm's first FX derivative deal with the bank" }),
  })
  .openapi("FxFirm", { description: "Who is buying: decides whether a waiver applies" });

export const FeesSchema = z
  .strictObject({
    handlingFeeRate: rateIn("Bank handling fee as a fraction of the CNY notional", "0.001").optional(),
    handlingFeeMinCny: moneyIn("Minimum handling fee per option deal, CNY", "0").optional(),
    handlingFeeFixedCny: moneyIn("Fixed charge per option deal on top of the rate, CNY", "0").optional(),
  })
  .openapi("FxFees", {
    description: "The bank's handling fee terms; each missing one takes the catalog default",
  });

export const WaiversSchema = z
  .array(z.enum(WAIVER_IDS))
  .max(WAIVER_IDS.length)
  .refine((ids) => new Set(ids).size === ids.length, {
    message: "each waiver at most once",
    params: { zh: "每项减免只能列一次" },
  })
  .openapi({
    description: `Waiver programmes to apply, in order (measure ids). Default: ["${DEFAULT_WAIVERS.join('", "')}"]; zs-2023-margin-support-reference is unconfirmed and opt-in`,
  });

export const WaiverReadingSchema = z.enum(WAIVER_READINGS).openapi({
  description:
    "How to read the first-option waiver of 中商务电函〔2023〕10号/11号: handling-fee (default; 减免其买入期权的办理费用 read as the bank's handling fee, an assumption) or premium (the words 减免期权费 read literally: the premium waived)",
});

export const WaiverConfirmedSchema = z.boolean().openapi({
  description:
    "Your bank confirmed that its first-option waiver (reported by 中商务电函〔2023〕10号/11号 for 2023 only) still runs on your date; absent or false: after 2023 the waiver is an assumption, labelled so",
});

const STATUS_TEXT = {
  reported: { zh: "在报告期内", en: "within that period" },
  assumed: {
    zh: "在报告期之后：是否延续未经确认，本结果按假设计算；请向银行确认",
    en: "after that period: whether it continued is unconfirmed, so this answer assumes it; ask your bank",
  },
  "bank-confirmed": {
    zh: "在报告期之后：您已说明银行确认延续，按已确认计算",
    en: "after that period: you say your bank confirmed it continues, so it is computed as confirmed",
  },
} as const;

export const WaiverPeriodSchema = z
  .object({
    measure: z.string().openapi({ description: "Measure id of the first-option waiver" }),
    source: z.string().openapi({ description: "The documents that report it" }),
    reportedUntil: z
      .string()
      .openapi({ description: "Last day of the period the documents report (the 2023 campaign)" }),
    date: z.string().nullable().openapi({
      description: "The deal's date the status is for (the valuation date); null when only years were given",
    }),
    status: z.enum(["reported", "assumed", "bank-confirmed"]).openapi({
      description:
        "reported: the date falls in the reported period (2023); assumed: after it (or undated), continuation unconfirmed; bank-confirmed: after it, and the request says the bank confirmed it",
    }),
  })
  .openapi("FxWaiverPeriod", {
    description:
      "Whether the first-option waiver is reported for the deal's date or assumed: 中商务电函〔2023〕10号 and 11号 report a 2023 Bank of China campaign only",
  });

/**
 * The first-option waiver's status on a deal's date (reported in 2023, assumed after it unless the
 * bank confirmed it), with its explain step. Null when the request does not evaluate that waiver.
 */
export function waiverPeriod(
  waivers: readonly string[],
  date: string | null,
  bankConfirmed: boolean,
): { out: z.infer<typeof WaiverPeriodSchema>; step: ExplainStep } | null {
  if (!waivers.includes(OPTION_FEE_WAIVER)) return null;
  const { measure, source, reportedUntil } = OPTION_FEE_WAIVER_PERIOD;
  const status = reportedStatusOn(reportedUntil, date, bankConfirmed);
  const text = STATUS_TEXT[status];
  const on =
    date === null
      ? {
          zh: "未给出交易日期（只给了期限），视为",
          en: "no deal date was given (years only), so it is taken as falling",
        }
      : { zh: `交易日 ${date} `, en: `the deal's date ${date} falls` };
  return {
    out: { measure, source, reportedUntil, date, status },
    step: {
      key: `reportedPeriod:${measure}`,
      zh: `首次买入期权费用减免：${source} 报告的是 ${reportedUntil.slice(0, 4)} 年中国银行的优惠活动（“本年已有24家企业”），报告期截至 ${reportedUntil}；${on.zh}${text.zh}。`,
      en: `First-option fee waiver: ${source} reports a ${reportedUntil.slice(0, 4)} Bank of China campaign ("本年已有24家企业"), up to ${reportedUntil}; ${on.en} ${text.en}.`,
      inputs: { reportedUntil, date: date ?? "", bankConfirmed: String(bankConfirmed) },
      value: status,
      measure,
      source,
    },
  };
}

export const OptionTypeSchema = z.enum(["call", "put"]).openapi({
  description:
    "call: right to buy USD at the strike; put: right to sell USD at the strike (an exporter's protection)",
});
export const StyleSchema = z
  .enum(["european", "american"])
  .openapi({ description: "european: exercise at expiry only; american: any day up to expiry" });
export const ModelSchema = z
  .enum(["garman-kohlhagen", "andersen-lake-offengelder", "barone-adesi-whaley", "lattice"])
  .openapi({
    description:
      "Default garman-kohlhagen for european, andersen-lake-offengelder for american (the exercise boundary by the Andersen–Lake–Offengelder fixed-point method: price within 1e-8 relative of the converged value for FX-market inputs: rates up to about 6%, vol up to 32%, up to 3 years, measured; 1.6e-8 up to 10% rates, 50% vol and 5 years; far outside FX markets, rates of 20–100% over 10–30 years, only 1e-6 to 1e-3); barone-adesi-whaley (an approximation, off by up to a few 1e-3) and lattice (Leisen–Reimer binomial, either style; a few 1e-4 at 801 steps) stay available by name",
  });

/** The option fields shared by the price and implied-vol routes (vol added by the price route). */
export const optionFields = {
  type: OptionTypeSchema,
  style: StyleSchema,
  spot: spotIn(),
  strike: decimalIn("Strike, CNY per 1 USD", "7.0000", { min: "0", exclusiveMin: true, max: "1000" }),
  domesticRate: continuousRateIn("Domestic (CNY)", "0.015"),
  foreignRate: continuousRateIn("Foreign (USD)", "0.043"),
  years: yearFractionIn(
    "Time to expiry in years; or give valuationDate and expiryDate. A fraction computed in floating point " +
      "(1/12 sent as the JSON number 0.08333333333333333) is taken as sent",
    "0.25",
    {
      min: "0",
      exclusiveMin: true,
      max: "30",
    },
  ).optional(),
  valuationDate: IsoDateSchema.optional(),
  expiryDate: IsoDateSchema.optional(),
  model: ModelSchema.optional(),
  latticeSteps: z
    .number()
    .int()
    .min(LATTICE_MIN_STEPS)
    .max(LATTICE_MAX_STEPS)
    .optional()
    .openapi({
      description: `Lattice steps (odd; an even number is raised by one). Default ${LATTICE_DEFAULT_STEPS}`,
    }),
};

type OptionFieldsIn = {
  style: "european" | "american";
  model?: PricingModel;
  years?: Decimal;
  valuationDate?: string;
  expiryDate?: string;
};

export function refineOption(value: OptionFieldsIn, ctx: z.RefinementCtx) {
  const dated = value.valuationDate !== undefined || value.expiryDate !== undefined;
  if (value.years !== undefined && dated) {
    addProblem(
      ctx,
      ["years"],
      "give either years or valuationDate and expiryDate, not both",
      "请只填写 years，或只填写 valuationDate 与 expiryDate",
    );
  } else if (value.years === undefined && !(value.valuationDate && value.expiryDate)) {
    for (const field of ["valuationDate", "expiryDate"] as const) {
      if (value[field] === undefined) {
        addProblem(ctx, [field], "required unless years is given", "未填写 years 时必填");
      }
    }
  } else if (
    value.valuationDate &&
    value.expiryDate &&
    daysBetween(value.valuationDate, value.expiryDate) <= 0
  ) {
    addProblem(ctx, ["expiryDate"], "must be after valuationDate", "必须晚于估值日 valuationDate");
  }
  if (
    value.style === "european" &&
    (value.model === "barone-adesi-whaley" || value.model === "andersen-lake-offengelder")
  ) {
    addProblem(
      ctx,
      ["model"],
      `${value.model} prices American options; use garman-kohlhagen or lattice for european`,
      value.model === "barone-adesi-whaley"
        ? "Barone-Adesi–Whaley 模型用于美式期权；欧式请用 Garman–Kohlhagen 或二叉树模型"
        : "Andersen–Lake–Offengelder 模型用于美式期权；欧式请用 Garman–Kohlhagen 或二叉树模型",
    );
  }
  if (value.style === "american" && value.model === "garman-kohlhagen") {
    addProblem(
      ctx,
      ["model"],
      "garman-kohlhagen prices European options; use andersen-lake-offengelder, barone-adesi-whaley or lattice for american",
      "Garman–Kohlhagen 模型用于欧式期权；美式请用 Andersen–Lake–Offengelder、Barone-Adesi–Whaley 或二叉树模型",
    );
  }
}

interface ResolvedOption {
  inputs: Omit<OptionInputs, "vol">;
  choice: PricingChoice;
  steps: ExplainStep[];
}

export const MODEL_NAMES: Record<PricingModel, { zh: string; en: string; source: string }> = {
  "garman-kohlhagen": {
    zh: "Garman–Kohlhagen 欧式期权公式（希腊值为解析式）",
    en: "Garman–Kohlhagen European formula (closed-form greeks)",
    source: "Garman & Kohlhagen (1983); Haug (1998) pp. 2-8",
  },
  "andersen-lake-offengelder": {
    zh: "Andersen–Lake–Offengelder 不动点法求提前行权边界（QD+ 初值、切比雪夫插值、高斯–勒让德与双指数积分；价格相对误差不超过 1e-8；delta、gamma 由边界解析求导，theta 由定价方程，vega 与 rho 为中心差分）",
    en: "Andersen–Lake–Offengelder fixed-point method for the exercise boundary (QD+ start, Chebyshev interpolation, Gauss–Legendre and tanh–sinh integration; price within 1e-8 relative; delta and gamma differentiated through the boundary solution, theta from the pricing equation, vega and rhos by central differences)",
    source:
      "Andersen, Lake & Offengelder (2016), J. Comput. Finance 20(1); Li (2005) QD+; as QuantLib QdFpAmericanEngine",
  },
  "barone-adesi-whaley": {
    zh: "Barone-Adesi–Whaley 美式期权二次近似（牛顿迭代求临界汇率；希腊值为中心差分）",
    en: "Barone-Adesi–Whaley quadratic approximation (critical rate by Newton iteration; greeks by central differences)",
    source: "Barone-Adesi & Whaley (1987); Haug (1998) p. 24",
  },
  lattice: {
    zh: "Leisen–Reimer 二叉树（逐节点检查提前行权；希腊值为中心差分）",
    en: "Leisen–Reimer binomial tree (early exercise checked at every node; greeks by central differences)",
    source: "Leisen & Reimer (1996)",
  },
};

/** A pricing request's option as the models take it (floats, years, model and lattice steps), with its explain steps. */
export function resolveOption(body: OptionBody): ResolvedOption {
  const steps: ExplainStep[] = [];
  const years = yearsToExpiry(body, steps);
  const model: PricingModel =
    body.model ?? (body.style === "european" ? "garman-kohlhagen" : "andersen-lake-offengelder");
  const latticeSteps = body.latticeSteps ?? LATTICE_DEFAULT_STEPS;
  steps.push(modelStep(body, model, latticeSteps, years));
  return {
    inputs: {
      type: body.type,
      spot: body.spot.toNumber(),
      strike: body.strike.toNumber(),
      domesticRate: body.domesticRate.toNumber(),
      foreignRate: body.foreignRate.toNumber(),
      years,
    },
    choice: { style: body.style, model, latticeSteps },
    steps,
  };
}

/** The option fields of a pricing request, as validated. */
interface OptionBody {
  type: "call" | "put";
  style: "european" | "american";
  spot: Decimal;
  strike: Decimal;
  domesticRate: Decimal;
  foreignRate: Decimal;
  years?: Decimal;
  valuationDate?: string;
  expiryDate?: string;
  model?: PricingModel;
  latticeSteps?: number;
}

/** Years to expiry as given, or from the two dates on ACT/365F (then explained). */
function yearsToExpiry(body: OptionBody, steps: ExplainStep[]): number {
  if (body.years !== undefined) return body.years.toNumber();
  const days = daysBetween(body.valuationDate!, body.expiryDate!);
  const yf = yearFraction(days, "ACT/365F");
  steps.push({
    key: "years",
    zh: "到期时间按 ACT/365F 计",
    en: "Time to expiry on ACT/365F",
    formula: "years = days / 365",
    inputs: { valuationDate: body.valuationDate!, expiryDate: body.expiryDate!, days: String(days) },
    value: fixed(yf, 10),
  });
  return yf.toNumber();
}

/** The style and model (said when defaulted), the lattice's steps (odd), and the inputs as given. */
function modelStep(body: OptionBody, model: PricingModel, latticeSteps: number, years: number): ExplainStep {
  const oddSteps = latticeSteps + (latticeSteps % 2 === 0 ? 1 : 0);
  return {
    key: "model",
    zh: `${body.style === "european" ? "欧式" : "美式"}期权，模型：${MODEL_NAMES[model].zh}${body.model ? "" : "（未指定，采用默认模型）"}${model === "lattice" ? `，${oddSteps} 步${body.latticeSteps ? "" : "（默认）"}` : ""}`,
    en: `${body.style} option, model: ${MODEL_NAMES[model].en}${body.model ? "" : " (not given: the default for the style)"}${model === "lattice" ? `, ${oddSteps} steps${body.latticeSteps ? "" : " (default)"}` : ""}`,
    inputs: {
      spot: body.spot.toString(),
      strike: body.strike.toString(),
      domesticRate: body.domesticRate.toString(),
      foreignRate: body.foreignRate.toString(),
      years: String(years),
    },
    value: model,
    source: MODEL_NAMES[model].source,
  };
}

export function feeTerms(fees?: {
  handlingFeeRate?: Decimal;
  handlingFeeMinCny?: Decimal;
  handlingFeeFixedCny?: Decimal;
}): { terms: HandlingFeeTerms; defaulted: string[] } {
  const defaulted: string[] = [];
  const pick = (given: Decimal | undefined, fallback: Decimal, name: string) => {
    if (given !== undefined) return given;
    defaulted.push(name);
    return fallback;
  };
  return {
    terms: {
      rate: pick(fees?.handlingFeeRate, DEFAULT_HANDLING_FEE.rate, "handlingFeeRate"),
      minimum: pick(fees?.handlingFeeMinCny, DEFAULT_HANDLING_FEE.minimum, "handlingFeeMinCny"),
      fixed: pick(fees?.handlingFeeFixedCny, DEFAULT_HANDLING_FEE.fixed, "handlingFeeFixedCny"),
    },
    defaulted,
  };
}

/* ---------- shared response pieces ---------- */

const ReasonSchema = bilingual("A reason, in both languages");
export const ChargesSchema = z
  .object({
    premium: MoneyOut,
    handlingFee: MoneyOut,
    margin: MoneyOut.openapi({ description: "Cash margin posted (returned at maturity; not a cost)" }),
    cost: MoneyOut.openapi({ description: "premium + handling fee" }),
  })
  .openapi("FxCharges");
export const WaiverDecisionSchema = z
  .object({
    measure: z.string().openapi({ description: "Measure id of the waiver (GET /v1/measures/{id})" }),
    source: z.string().openapi({ description: "Document number and clause of the waiver" }),
    applies: z.boolean().openapi({ description: "True when the firm and the deal qualify" }),
    reasons: z.array(ReasonSchema).openapi({ description: "Why it applies, or every reason it does not" }),
    waivedHandlingFee: MoneyOut,
    waivedPremium: MoneyOut,
    coveredMargin: MoneyOut,
    capped: z.boolean().openapi({ description: "True when the waiver's cap limited what was waived" }),
  })
  .openapi("FxWaiverDecision");

export function chargesOut(c: Charges) {
  return {
    premium: fen(c.premium),
    handlingFee: fen(c.handlingFee),
    margin: fen(c.margin),
    cost: fen(c.cost),
  };
}

export function decisionOut(d: WaiverDecision) {
  return {
    measure: d.measure,
    source: d.source,
    applies: d.applies,
    reasons: d.reasons,
    waivedHandlingFee: fen(d.waivedHandlingFee),
    waivedPremium: fen(d.waivedPremium),
    coveredMargin: fen(d.coveredMargin),
    capped: d.capped,
  };
}

/** Option prices are binary floats converted to decimals at this many places. */
export const PRICE_DECIMALS = 8;

export function dayCountDefault(
  given: DayCount | undefined,
  currency: string,
  field: string,
  steps: ExplainStep[],
) {
  if (given) return given;
  // the request schema has refused a currency the table does not know without its day count
  const fallback = moneyMarketDayCount(currency)!;
  steps.push({
    key: `default:${field}`,
    zh: `${field} 未填写，采用 ${currency} 货币市场利率的计息惯例 ${fallback}`,
    en: `${field} not given: ${fallback}, the ${currency} money-market convention, applied`,
    inputs: { currency },
    value: fallback,
  });
  return fallback;
}

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { type DayCount, daysBetween, yearFraction } from "../domain/dates";
import type { ExplainStep } from "../domain/explain";
import { forwardRate, moneyMarketDayCount } from "../domain/fx/forward";
import { compareHedges, HEDGE_LIMITS, STRATEGIES } from "../domain/fx/hedge";
import { IMPLIED_VOL_BOUNDS, impliedVol } from "../domain/fx/impliedVol";
import {
  baroneAdesiWhaley,
  type Greeks,
  LATTICE_DEFAULT_STEPS,
  LATTICE_MAX_STEPS,
  LATTICE_MIN_STEPS,
  type OptionInputs,
  type PricingChoice,
  type PricingModel,
  pricer,
  valueOption,
} from "../domain/fx/options";
import {
  applyOptionWaiver,
  type Charges,
  FIRM_SIZES,
  type HandlingFeeTerms,
  handlingFee,
  type WaiverDecision,
} from "../domain/fx/waiver";
import { Decimal, fen, fixed, fromFloat } from "../domain/money";
import { citation, RULESET } from "../policy/catalog";
import {
  DEFAULT_FORWARD_MARGIN_RATE,
  DEFAULT_HANDLING_FEE,
  DEFAULT_WAIVERS,
  HEDGING_SERVICE,
  hedgeRules,
  OPTION_FEE_WAIVER,
  WAIVER_IDS,
  waiverRules,
} from "../policy/fx";
import type { AppEnv } from "./env";
import { errorResponses } from "./problem";
import {
  bilingual,
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
import { addProblem, requireDayCountFor } from "./validation";

/* ---------- shared request pieces ---------- */

const ForeignCurrencySchema = CurrencySchema.optional().openapi({
  description:
    "The foreign currency (ISO 4217) of the spot, the foreign rate and the amounts; default USD. Sets the default day count of the foreign rate: ACT/360 for USD, EUR, JPY, CHF, DKK, NOK, SEK; ACT/365F for GBP, HKD, SGD, INR, PLN, ZAR, AUD, CAD, NZD; any other needs foreignDayCount",
  example: "USD",
});

/** A foreign currency the day-count table does not know needs its day count named; CNY is not foreign. */
function refineForeignCurrency(
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

const spotIn = () =>
  decimalIn("USD/CNY spot: CNY per 1 USD", "7.1000", { min: "0", exclusiveMin: true, max: "1000" });
const continuousRateIn = (which: string, example: string) =>
  rateIn(`${which} interest rate, continuously compounded, as a fraction`, example, {
    min: "-0.1",
    max: "1",
  });
const volIn = () =>
  decimalIn("Annual volatility as a fraction (0.05 = 5%)", "0.05", {
    min: String(IMPLIED_VOL_BOUNDS.low),
    max: String(IMPLIED_VOL_BOUNDS.high),
  });

const FirmSchema = z
  .strictObject({
    size: z
      .enum(FIRM_SIZES)
      .openapi({ description: "individual (个体工商户), micro, small, medium or large" }),
    firstDerivativeWithBank: z
      .boolean()
      .openapi({ description: "True when this is the firm's first FX derivative deal with the bank" }),
  })
  .openapi("FxFirm", { description: "Who is buying: decides whether a waiver applies" });

const FeesSchema = z
  .strictObject({
    handlingFeeRate: rateIn("Bank handling fee as a fraction of the CNY notional", "0.001").optional(),
    handlingFeeMinCny: moneyIn("Minimum handling fee per option deal, CNY", "0").optional(),
    handlingFeeFixedCny: moneyIn("Fixed charge per option deal on top of the rate, CNY", "0").optional(),
  })
  .openapi("FxFees", {
    description: "The bank's handling fee terms; each missing one takes the catalog default",
  });

const WaiversSchema = z
  .array(z.enum(WAIVER_IDS))
  .max(WAIVER_IDS.length)
  .refine((ids) => new Set(ids).size === ids.length, {
    message: "each waiver at most once",
    params: { zh: "每项减免只能列一次" },
  })
  .openapi({
    description: `Waiver programmes to apply, in order (measure ids). Default: ["${DEFAULT_WAIVERS.join('", "')}"]; zs-2023-margin-support-reference is unconfirmed and opt-in`,
  });

const OptionTypeSchema = z.enum(["call", "put"]).openapi({
  description:
    "call: right to buy USD at the strike; put: right to sell USD at the strike (an exporter's protection)",
});
const StyleSchema = z
  .enum(["european", "american"])
  .openapi({ description: "european: exercise at expiry only; american: any day up to expiry" });
const ModelSchema = z.enum(["garman-kohlhagen", "barone-adesi-whaley", "lattice"]).openapi({
  description:
    "Default garman-kohlhagen for european, barone-adesi-whaley for american; lattice (Leisen–Reimer binomial) is the accurate alternative for either",
});

/** The option fields shared by the price and implied-vol routes (vol added by the price route). */
const optionFields = {
  type: OptionTypeSchema,
  style: StyleSchema,
  spot: spotIn(),
  strike: decimalIn("Strike, CNY per 1 USD", "7.0000", { min: "0", exclusiveMin: true, max: "1000" }),
  domesticRate: continuousRateIn("Domestic (CNY)", "0.015"),
  foreignRate: continuousRateIn("Foreign (USD)", "0.043"),
  years: decimalIn("Time to expiry in years; or give valuationDate and expiryDate", "0.25", {
    min: "0",
    exclusiveMin: true,
    max: "30",
  }).optional(),
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

function refineOption(value: OptionFieldsIn, ctx: z.RefinementCtx) {
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
  if (value.style === "european" && value.model === "barone-adesi-whaley") {
    addProblem(
      ctx,
      ["model"],
      "barone-adesi-whaley prices American options; use garman-kohlhagen or lattice for european",
      "barone-adesi-whaley 用于美式期权；欧式请用 garman-kohlhagen 或 lattice",
    );
  }
  if (value.style === "american" && value.model === "garman-kohlhagen") {
    addProblem(
      ctx,
      ["model"],
      "garman-kohlhagen prices European options; use barone-adesi-whaley or lattice for american",
      "garman-kohlhagen 用于欧式期权；美式请用 barone-adesi-whaley 或 lattice",
    );
  }
}

interface ResolvedOption {
  inputs: Omit<OptionInputs, "vol">;
  choice: PricingChoice;
  steps: ExplainStep[];
}

const MODEL_NAMES: Record<PricingModel, { zh: string; en: string; source: string }> = {
  "garman-kohlhagen": {
    zh: "Garman–Kohlhagen 欧式期权公式（希腊值为解析式）",
    en: "Garman–Kohlhagen European formula (closed-form greeks)",
    source: "Garman & Kohlhagen (1983); Haug (1998) pp. 2-8",
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

function resolveOption(body: {
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
}): ResolvedOption {
  const steps: ExplainStep[] = [];
  let years: number;
  if (body.years !== undefined) {
    years = body.years.toNumber();
  } else {
    const days = daysBetween(body.valuationDate!, body.expiryDate!);
    const yf = yearFraction(days, "ACT/365F");
    years = yf.toNumber();
    steps.push({
      key: "years",
      zh: "到期时间按 ACT/365F 计",
      en: "Time to expiry on ACT/365F",
      formula: "years = days / 365",
      inputs: { valuationDate: body.valuationDate!, expiryDate: body.expiryDate!, days: String(days) },
      value: fixed(yf, 10),
    });
  }
  const model: PricingModel =
    body.model ?? (body.style === "european" ? "garman-kohlhagen" : "barone-adesi-whaley");
  const latticeSteps = body.latticeSteps ?? LATTICE_DEFAULT_STEPS;
  steps.push({
    key: "model",
    zh: `${body.style === "european" ? "欧式" : "美式"}期权，模型：${MODEL_NAMES[model].zh}${body.model ? "" : "（未指定，采用默认模型）"}${model === "lattice" ? `，${latticeSteps + (latticeSteps % 2 === 0 ? 1 : 0)} 步${body.latticeSteps ? "" : "（默认）"}` : ""}`,
    en: `${body.style} option, model: ${MODEL_NAMES[model].en}${body.model ? "" : " (not given: the default for the style)"}${model === "lattice" ? `, ${latticeSteps + (latticeSteps % 2 === 0 ? 1 : 0)} steps${body.latticeSteps ? "" : " (default)"}` : ""}`,
    inputs: {
      spot: body.spot.toString(),
      strike: body.strike.toString(),
      domesticRate: body.domesticRate.toString(),
      foreignRate: body.foreignRate.toString(),
      years: String(years),
    },
    value: model,
    source: MODEL_NAMES[model].source,
  });
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

function feeTerms(fees?: {
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
const ChargesSchema = z
  .object({
    premium: MoneyOut,
    handlingFee: MoneyOut,
    margin: MoneyOut.openapi({ description: "Cash margin posted (returned at maturity; not a cost)" }),
    cost: MoneyOut.openapi({ description: "premium + handling fee" }),
  })
  .openapi("FxCharges");
const WaiverDecisionSchema = z
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

function chargesOut(c: Charges) {
  return {
    premium: fen(c.premium),
    handlingFee: fen(c.handlingFee),
    margin: fen(c.margin),
    cost: fen(c.cost),
  };
}

function decisionOut(d: WaiverDecision) {
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

const GREEK_DECIMALS = 8;
const PRICE_DECIMALS = 8;

const GreeksSchema = z
  .object({
    delta: z.string().openapi({ description: "d price / d spot (per 1 CNY move of the rate)" }),
    gamma: z.string().openapi({ description: "d delta / d spot" }),
    vega: z.string().openapi({ description: "Per 1.00 of volatility" }),
    theta: z.string().openapi({ description: "Per year" }),
    thetaPerDay: z.string().openapi({ description: "theta / 365" }),
    rhoDomestic: z.string().openapi({ description: "Per 1.00 of the CNY rate" }),
    rhoForeign: z.string().openapi({ description: "Per 1.00 of the USD rate" }),
  })
  .openapi("FxGreeks", { description: `Sensitivities per unit of USD, ${GREEK_DECIMALS} decimals` });

function greeksOut(g: Greeks) {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(g)) out[k] = fromFloat(v, GREEK_DECIMALS);
  return out as Record<keyof Greeks, string>;
}

/* ---------- POST /v1/fx/forward ---------- */

const ForwardRequest = z
  .strictObject({
    foreignCurrency: ForeignCurrencySchema,
    spot: spotIn(),
    domesticRate: rateIn("CNY money-market rate (simple, annual) as a fraction", "0.015", { min: "-0.1" }),
    foreignRate: rateIn(
      "Foreign-currency (default USD) money-market rate (simple, annual) as a fraction",
      "0.043",
      {
        min: "-0.1",
      },
    ),
    days: z
      .number()
      .int()
      .min(1)
      .max(1830)
      .optional()
      .openapi({ description: "Days to delivery; or give valuationDate and maturityDate", example: 90 }),
    valuationDate: IsoDateSchema.optional(),
    maturityDate: IsoDateSchema.optional(),
    domesticDayCount: DayCountSchema.optional().openapi({
      description: "Day count of the CNY rate; default ACT/365F",
    }),
    foreignDayCount: DayCountSchema.optional().openapi({
      description:
        "Day count of the foreign rate; default the currency's money-market convention (USD ACT/360, GBP ACT/365F)",
    }),
    notional: moneyIn(
      "Foreign currency to sell forward (optional): gives the CNY locked in",
      "100000",
    ).optional(),
  })
  .superRefine((v, ctx) => {
    refineForeignCurrency(v, ctx);
    const dated = v.valuationDate !== undefined || v.maturityDate !== undefined;
    if (v.days !== undefined && dated) {
      addProblem(
        ctx,
        ["days"],
        "give either days or valuationDate and maturityDate, not both",
        "请只填写 days，或只填写 valuationDate 与 maturityDate",
      );
      return;
    }
    if (v.days === undefined) {
      for (const field of ["valuationDate", "maturityDate"] as const) {
        if (v[field] === undefined) {
          addProblem(ctx, [field], "required unless days is given", "未填写 days 时必填");
        }
      }
      if (v.valuationDate && v.maturityDate) {
        const days = daysBetween(v.valuationDate, v.maturityDate);
        if (days < 1 || days > 1830) {
          addProblem(
            ctx,
            ["maturityDate"],
            "must be 1 to 1830 days after valuationDate",
            "必须在估值日之后 1 至 1830 天内",
          );
        }
      }
    }
  })
  .openapi("FxForwardRequest");

const ForwardResponse = z
  .object({
    foreignCurrency: z.string().openapi({ description: "The foreign currency (ISO 4217)", example: "USD" }),
    days: z.number().int().openapi({ description: "Days to the value date" }),
    domesticDayCount: DayCountSchema,
    foreignDayCount: DayCountSchema,
    forward: z
      .string()
      .openapi({ description: "Outright forward, CNY per USD, 4 decimals", example: "7.0505" }),
    forwardPoints: z
      .string()
      .openapi({ description: "(forward - spot) x 10000, 2 decimals", example: "-495.30" }),
    cnyAmount: MoneyOut.optional().openapi({ description: "notional x forward (4 decimals), to the fen" }),
    explain: ExplainSchema,
    ruleset: RulesetSchema,
  })
  .openapi("FxForwardResponse");

const forwardRoute = createRoute({
  method: "post",
  path: "/v1/fx/forward",
  operationId: "fxForward",
  tags: ["fx"],
  summary: "Outright forward against CNY (USD/CNY by default) by covered interest parity (money-market form)",
  description:
    "F = S x (1 + rCNY x d/basis) / (1 + rFOR x d/basis). CNY rates default to ACT/365F; the foreign rate to its currency's money-market day count (USD, EUR, JPY ACT/360; GBP, HKD ACT/365F); both are stated in the answer.",
  request: {
    body: jsonBody(ForwardRequest, {
      spot: "7.1000",
      domesticRate: "0.015",
      foreignRate: "0.043",
      days: 90,
      notional: "100000",
    }),
  },
  responses: {
    200: jsonOk(ForwardResponse, "The forward and its points"),
    ...errorResponses("validation", "malformed-json", "unprocessable"),
  },
});

/* ---------- POST /v1/fx/option-price ---------- */

const OptionPriceRequest = z
  .strictObject({
    ...optionFields,
    vol: volIn(),
    notional: moneyIn(
      "USD notional (optional): gives the premium, fees and waiver in CNY",
      "100000",
    ).optional(),
    firm: FirmSchema.optional(),
    fees: FeesSchema.optional(),
    waivers: WaiversSchema.optional(),
  })
  .superRefine((v, ctx) => {
    refineOption(v, ctx);
    if (v.notional === undefined) {
      for (const field of ["firm", "fees", "waivers"] as const) {
        if (v[field] !== undefined) {
          addProblem(
            ctx,
            [field],
            "only used with a notional; add notional to get a quote",
            "仅在填写 notional（名义本金）时使用，请补充 notional",
          );
        }
      }
    }
  })
  .openapi("FxOptionPriceRequest");

const QuoteSchema = z
  .object({
    notional: MoneyOut.openapi({ description: "USD notional" }),
    notionalCny: MoneyOut.openapi({ description: "notional x spot, the base of the handling fee" }),
    premium: MoneyOut.openapi({ description: "price (8 decimals) x notional, CNY to the fen" }),
    before: ChargesSchema,
    after: ChargesSchema,
    applied: z.array(z.string()).openapi({ description: "Measure ids of the waivers that applied" }),
    waiver: z
      .array(WaiverDecisionSchema)
      .openapi({ description: "Every waiver rule of the catalog, and whether it applied" }),
  })
  .openapi("FxOptionQuote");

const OptionPriceResponse = z
  .object({
    type: OptionTypeSchema,
    style: StyleSchema,
    model: ModelSchema,
    years: z.string().openapi({ description: "Time to expiry in years (ACT/365F when given as dates)" }),
    price: z
      .string()
      .openapi({ description: "CNY per 1 USD of notional, 8 decimals", example: "0.03841234" }),
    greeks: GreeksSchema,
    earlyExercise: z
      .object({
        possible: z
          .boolean()
          .openapi({ description: "False when early exercise can never pay (the European price applies)" }),
        criticalSpot: z
          .string()
          .nullable()
          .openapi({ description: "Spot at which exercising now pays (6 decimals); null when never" }),
      })
      .optional()
      .openapi({
        description: "Barone-Adesi–Whaley only: whether early exercise can pay, and the critical rate",
      }),
    quote: QuoteSchema.optional(),
    explain: ExplainSchema,
    ruleset: RulesetSchema,
  })
  .openapi("FxOptionPriceResponse");

const optionPriceRoute = createRoute({
  method: "post",
  path: "/v1/fx/option-price",
  operationId: "fxOptionPrice",
  tags: ["fx"],
  summary: "Price a USD/CNY option (European or American) with greeks, fees and the first-option waiver",
  description:
    "European by Garman–Kohlhagen; American by Barone-Adesi–Whaley or a Leisen–Reimer lattice. With a notional, the quote shows the premium, the bank's handling fee before and after the Zhongshan first-option waiver, and which rule applied (or why not).",
  request: {
    body: jsonBody(OptionPriceRequest, {
      type: "put",
      style: "european",
      spot: "7.1000",
      strike: "7.0000",
      domesticRate: "0.0149",
      foreignRate: "0.0425",
      valuationDate: "2026-05-04",
      expiryDate: "2026-08-04",
      vol: "0.05",
      notional: "200000",
      firm: { size: "small", firstDerivativeWithBank: true },
    }),
  },
  responses: {
    200: jsonOk(OptionPriceResponse, "Price, greeks and, with a notional, the quote"),
    ...errorResponses("validation", "malformed-json", "unprocessable"),
  },
});

/* ---------- POST /v1/fx/implied-vol ---------- */

const ImpliedVolRequest = z
  .strictObject({
    ...optionFields,
    price: decimalIn("Quoted premium, CNY per 1 USD of notional", "0.0386", { min: "0", exclusiveMin: true }),
  })
  .superRefine(refineOption)
  .openapi("FxImpliedVolRequest");

const ImpliedVolResponse = z
  .object({
    vol: z
      .string()
      .openapi({ description: "Implied volatility as a fraction, 6 decimals", example: "0.050000" }),
    modelPrice: z.string().openapi({ description: "Model price at that vol, 8 decimals" }),
    iterations: z.number().int().openapi({ description: "Root-finder (Brent) iterations used" }),
    model: ModelSchema,
    explain: ExplainSchema,
    ruleset: RulesetSchema,
  })
  .openapi("FxImpliedVolResponse");

const impliedVolRoute = createRoute({
  method: "post",
  path: "/v1/fx/implied-vol",
  operationId: "fxImpliedVol",
  tags: ["fx"],
  summary: "Implied volatility from a bank's quoted premium",
  description: `Solves model price(vol) = quoted price by Brent's method for vol in [${IMPLIED_VOL_BOUNDS.low}, ${IMPLIED_VOL_BOUNDS.high}]. A price no vol can give is a 422 naming /price.`,
  request: {
    body: jsonBody(ImpliedVolRequest, {
      type: "put",
      style: "european",
      spot: "7.1000",
      strike: "7.0000",
      domesticRate: "0.0149",
      foreignRate: "0.0425",
      years: "0.25",
      price: "0.0386",
    }),
  },
  responses: {
    200: jsonOk(ImpliedVolResponse, "The implied volatility"),
    ...errorResponses("validation", "malformed-json", "unprocessable"),
  },
});

/* ---------- POST /v1/fx/hedge-compare ---------- */

const DEFAULT_SHOCKS = ["-0.1", "-0.05", "0", "0.05", "0.1"];
const DEFAULT_PATHS = 2000;
const DEFAULT_SEED = 20260501;

const HedgeCompareRequest = z
  .strictObject({
    valuationDate: IsoDateSchema,
    foreignCurrency: ForeignCurrencySchema,
    spot: spotIn(),
    domesticRate: rateIn("CNY money-market rate (simple, annual)", "0.015", { min: "-0.1" }),
    foreignRate: rateIn("Foreign-currency (default USD) money-market rate (simple, annual)", "0.043", {
      min: "-0.1",
    }),
    domesticDayCount: DayCountSchema.optional().openapi({ description: "Default ACT/365F" }),
    foreignDayCount: DayCountSchema.optional().openapi({
      description: "Default the currency's money-market convention (USD ACT/360, GBP ACT/365F)",
    }),
    vol: volIn(),
    receipts: z
      .array(
        z.strictObject({
          date: IsoDateSchema,
          amount: moneyIn("USD expected on that date", "50000", { min: "0", exclusiveMin: true }),
        }),
      )
      .min(1)
      .max(HEDGE_LIMITS.maxReceipts)
      .openapi({ description: `Expected USD receipts, 1 to ${HEDGE_LIMITS.maxReceipts}` }),
    strategies: z
      .strictObject({
        hedgeRatio: rateIn(
          "Share of each receipt hedged (forward, put and collar); default 1",
          "1",
        ).optional(),
        putStrike: decimalIn("Strike of the bought USD put, CNY per USD", "7.0000", {
          min: "0",
          exclusiveMin: true,
          max: "1000",
        }),
        collarPutStrike: decimalIn("Put strike of the zero-cost collar; default putStrike", "6.9500", {
          min: "0",
          exclusiveMin: true,
          max: "1000",
        }).optional(),
      })
      .openapi({ description: "The hedges to compare with staying unhedged" }),
    shocks: z
      .array(decimalIn("Relative move of the spot", "-0.05", { min: "-0.9", max: "2" }))
      .min(1)
      .max(HEDGE_LIMITS.maxShocks)
      .optional()
      .openapi({ description: `Spot shocks; default [${DEFAULT_SHOCKS.join(", ")}]` }),
    monteCarlo: z
      .strictObject({
        paths: z
          .number()
          .int()
          .min(100)
          .max(HEDGE_LIMITS.maxPaths)
          .optional()
          .openapi({
            description: `Default ${DEFAULT_PATHS}; paths x receipts at most ${HEDGE_LIMITS.maxPathReceipts}`,
          }),
        seed: z
          .number()
          .int()
          .min(0)
          .max(2 ** 31 - 1)
          .optional()
          .openapi({ description: `Default ${DEFAULT_SEED}` }),
      })
      .optional()
      .openapi({
        description: "The seeded Monte Carlo of the spot (geometric Brownian motion); defaults when absent",
      }),
    firm: FirmSchema,
    fees: FeesSchema.extend({
      forwardMarginRate: rateIn("Margin on a forward as a fraction of the CNY notional", "0.05").optional(),
    }).optional(),
    waivers: WaiversSchema.optional(),
  })
  .superRefine(refineForeignCurrency)
  .openapi("FxHedgeCompareRequest");

const DistributionSchema = z
  .object({ mean: MoneyOut, p5: MoneyOut, p50: MoneyOut, p95: MoneyOut, worst: MoneyOut })
  .openapi("FxDistribution", {
    description: "CNY received over the Monte Carlo paths, net of costs after waiver",
  });

const StrategySchema = z
  .object({
    id: z.enum(STRATEGIES).openapi({ description: "The strategy compared" }),
    hedgeCost: z
      .object({
        withoutWaiver: ChargesSchema,
        withWaiver: ChargesSchema,
        waiver: z
          .array(WaiverDecisionSchema)
          .openapi({ description: "Every waiver rule of the catalog, and whether it applied" }),
      })
      .openapi({ description: "What the hedge costs, before and after the first-option waiver" }),
    protectedFloor: MoneyOut.nullable().openapi({ description: "CNY received however low the rate goes" }),
    protectedFloorRate: RateOut.nullable().openapi({
      description: "protectedFloor per USD received, 4 decimals",
    }),
    breakevenRate: z
      .string()
      .nullable()
      .openapi({ description: "Highest flat rate at which this still does at least as well as unhedged" }),
    shocks: z
      .array(
        z.object({
          shock: z.string().openapi({ description: "Relative move of the spot at every receipt" }),
          rate: z.string().openapi({ description: "The shocked spot, CNY per unit of the foreign currency" }),
          cnyReceived: MoneyOut,
        }),
      )
      .openapi({ description: "CNY received under each deterministic spot shock" }),
    monteCarlo: DistributionSchema,
  })
  .openapi("FxHedgeStrategy");

const HedgeCompareResponse = z
  .object({
    foreignCurrency: z.string().openapi({ description: "The receipts' currency (ISO 4217)", example: "USD" }),
    domesticDayCount: DayCountSchema,
    foreignDayCount: DayCountSchema,
    receipts: z
      .array(
        z.object({
          date: z.string().openapi({ description: "Date of the receipt" }),
          amount: z.string().openapi({ description: "Amount expected, in the foreign currency" }),
          days: z.number().int().openapi({ description: "Days from the valuation date to the receipt" }),
          forward: z
            .string()
            .openapi({ description: "Outright forward to that date, CNY per unit, 4 decimals" }),
          putPremiumPerUnit: z.string().openapi({ description: "Premium of the bought put, CNY per unit" }),
          collarCallStrike: z.string().openapi({
            description: "Strike of the sold call that makes the collar cost nothing, 4 decimals",
          }),
          collarNetPremiumPerUnit: z.string().openapi({
            description: "What is left of the collar's premium after rounding its call strike, CNY per unit",
          }),
        }),
      )
      .openapi({ description: "Each receipt with the rates the strategies use" }),
    strategies: z
      .array(StrategySchema)
      .openapi({ description: "Unhedged, forward, put and collar, side by side" }),
    monteCarlo: z
      .object({
        paths: z.number().int().openapi({ description: "Paths simulated" }),
        seed: z.number().int().openapi({ description: "Seed: the same seed gives the same figures" }),
        generator: z.string().openapi({ description: "The pseudo-random generator used" }),
      })
      .openapi({ description: "How the Monte Carlo was run" }),
    explain: ExplainSchema,
    ruleset: RulesetSchema,
  })
  .openapi("FxHedgeCompareResponse");

const hedgeCompareRoute = createRoute({
  method: "post",
  path: "/v1/fx/hedge-compare",
  operationId: "fxHedgeCompare",
  tags: ["fx"],
  summary: "Compare unhedged, forward, bought put and zero-cost collar over expected USD receipts",
  description:
    "Deterministic spot shocks and a seeded Monte Carlo (geometric Brownian motion). Per strategy: CNY received (mean, p5, p50, p95, worst), hedge cost with and without the first-option waiver, protected floor, breakeven. The same seed gives byte-identical output.",
  request: {
    body: jsonBody(HedgeCompareRequest, {
      valuationDate: "2026-05-04",
      spot: "7.1000",
      domesticRate: "0.015",
      foreignRate: "0.043",
      vol: "0.05",
      receipts: [
        { date: "2026-06-30", amount: "50000" },
        { date: "2026-08-31", amount: "80000" },
        { date: "2026-10-30", amount: "60000" },
      ],
      strategies: { hedgeRatio: "0.8", putStrike: "6.9500" },
      monteCarlo: { paths: 2000, seed: 42 },
      firm: { size: "small", firstDerivativeWithBank: true },
    }),
  },
  responses: {
    200: jsonOk(HedgeCompareResponse, "The comparison"),
    ...errorResponses("validation", "malformed-json", "unprocessable"),
  },
});

export const fxRoutes = [forwardRoute, optionPriceRoute, impliedVolRoute, hedgeCompareRoute];

function dayCountDefault(given: DayCount | undefined, currency: string, field: string, steps: ExplainStep[]) {
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

const basisOf = (dc: DayCount) => (dc === "ACT/360" ? 360 : 365);

export const fxApi = new OpenAPIHono<AppEnv>()
  .openapi(forwardRoute, (c) => {
    const b = c.req.valid("json");
    const steps: ExplainStep[] = [];
    const currency = b.foreignCurrency ?? "USD";
    const dcDomestic = dayCountDefault(b.domesticDayCount, "CNY", "domesticDayCount", steps);
    const dcForeign = dayCountDefault(b.foreignDayCount, currency, "foreignDayCount", steps);
    const days = b.days ?? daysBetween(b.valuationDate!, b.maturityDate!);
    const q = forwardRate(b.spot, b.domesticRate, b.foreignRate, days, dcDomestic, dcForeign);
    const forward = q.forward.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
    steps.push({
      key: "forward",
      zh: "抛补利率平价（货币市场公式），远期汇率按 4 位小数四舍五入",
      en: "Covered interest parity (money-market form), forward rounded half-up to 4 decimals",
      formula: `F = S x (1 + rCNY x d/${basisOf(dcDomestic)}) / (1 + r${currency} x d/${basisOf(dcForeign)})`,
      inputs: {
        foreignCurrency: currency,
        domesticDayCount: dcDomestic,
        foreignDayCount: dcForeign,
        spot: b.spot.toString(),
        domesticRate: b.domesticRate.toString(),
        foreignRate: b.foreignRate.toString(),
        days: String(days),
        domesticFactor: q.domesticFactor.toString(),
        foreignFactor: q.foreignFactor.toString(),
      },
      value: fixed(forward, 4),
      measure: HEDGING_SERVICE,
      source: citation(HEDGING_SERVICE),
    });
    steps.push({
      key: "forwardPoints",
      zh: "远期点 =（远期 − 即期）× 10000（由未取整的远期计算）",
      en: "Forward points = (forward - spot) x 10000 (from the unrounded forward)",
      value: fixed(q.points, 2),
    });
    let cnyAmount: string | undefined;
    if (b.notional) {
      cnyAmount = fen(b.notional.times(forward));
      steps.push({
        key: "cnyAmount",
        zh: `锁定的人民币金额 = ${currency} 金额 × 远期汇率（4 位小数），按分四舍五入`,
        en: `CNY locked in = ${currency} notional x forward (4 decimals), rounded half-up to the fen`,
        inputs: { notional: b.notional.toString(), forward: fixed(forward, 4) },
        value: cnyAmount,
      });
    }
    return c.json(
      {
        foreignCurrency: currency,
        days,
        domesticDayCount: dcDomestic,
        foreignDayCount: dcForeign,
        forward: fixed(forward, 4),
        forwardPoints: fixed(q.points, 2),
        ...(cnyAmount ? { cnyAmount } : {}),
        explain: steps,
        ruleset: RULESET,
      },
      200,
    );
  })
  .openapi(optionPriceRoute, (c) => {
    const b = c.req.valid("json");
    const { inputs, choice, steps } = resolveOption(b);
    const option: OptionInputs = { ...inputs, vol: b.vol.toNumber() };
    const value = valueOption(option, choice);
    const price = fromFloat(value.price, PRICE_DECIMALS);
    steps.push({
      key: "price",
      zh: `期权价格（每 1 美元名义本金的人民币），浮点模型结果按 ${PRICE_DECIMALS} 位小数四舍五入转为十进制`,
      en: `Option price (CNY per 1 USD of notional); the model's binary float converted to a decimal at ${PRICE_DECIMALS} places, half-up`,
      inputs: { vol: b.vol.toString() },
      value: price,
    });
    const baw = choice.model === "barone-adesi-whaley" ? baroneAdesiWhaley(option) : null;
    if (baw) {
      steps.push(
        baw.earlyExercisePossible
          ? {
              key: "earlyExercise",
              zh: `提前行权的临界汇率 S*：即期${b.type === "call" ? "高于" : "低于"}该值时立即行权最优`,
              en: `Critical rate S*: immediate exercise is optimal with the spot ${b.type === "call" ? "above" : "below"} it`,
              value: fromFloat(baw.criticalSpot!, 6),
              source: MODEL_NAMES["barone-adesi-whaley"].source,
            }
          : {
              key: "earlyExercise",
              zh:
                b.type === "call"
                  ? "外币利率 ≤ 0 ≤ 本币利率：看涨期权提前行权永不有利，美式价格等于欧式（Garman–Kohlhagen）"
                  : "本币利率 ≤ 0 ≤ 外币利率：看跌期权提前行权永不有利，美式价格等于欧式（Garman–Kohlhagen）",
              en:
                b.type === "call"
                  ? "Foreign rate <= 0 <= domestic rate: early exercise of a call never pays, so the American is worth the European (Garman–Kohlhagen)"
                  : "Domestic rate <= 0 <= foreign rate: early exercise of a put never pays, so the American is worth the European (Garman–Kohlhagen)",
              value: "never optimal",
              source: "Merton (1973); Haug (1998) p. 24",
            },
      );
    }
    let quote: z.infer<typeof QuoteSchema> | undefined;
    if (b.notional) {
      const notionalCny = b.notional.times(b.spot);
      const premium = b.notional.times(new Decimal(price));
      const { terms, defaulted } = feeTerms(b.fees);
      const fee = handlingFee(notionalCny, terms);
      steps.push({
        key: "premium",
        zh: "期权费 = 价格（8 位小数）× 名义本金，按分四舍五入",
        en: "Premium = price (8 decimals) x notional, rounded half-up to the fen",
        inputs: { price, notional: b.notional.toString() },
        value: fen(premium),
      });
      steps.push({
        key: "handlingFee",
        zh: `银行办理费 = max(费率 × 名义本金（按即期折人民币）, 最低收费) + 固定费用${defaulted.length ? `；未填写的 ${defaulted.join("、")} 采用目录中的市场默认值，请以银行报价为准` : ""}`,
        en: `Bank handling fee = max(rate x notional at spot in CNY, minimum) + fixed${defaulted.length ? `; ${defaulted.join(", ")} not given: the catalog's market defaults applied, use your bank's quote` : ""}`,
        formula: "fee = max(rate x notional x spot, minimum) + fixed",
        inputs: {
          rate: terms.rate.toString(),
          minimum: fen(terms.minimum),
          fixed: fen(terms.fixed),
          notionalCny: fen(notionalCny),
        },
        value: fen(fee),
        measure: OPTION_FEE_WAIVER,
      });
      const fees = { product: "bought-option" as const, premium, handlingFee: fee, margin: new Decimal(0) };
      const ids = b.waivers ?? [...DEFAULT_WAIVERS];
      let outcome: ReturnType<typeof applyOptionWaiver>;
      steps.push({
        key: "hedgingPolicy",
        zh: "中府办函〔2024〕24号 第13条要求强化政银企合作、探索完善企业汇率避险管理服务；银行对首次办理外汇衍生品的小微企业减免买入期权办理费是其落实方式之一",
        en: "中府办函〔2024〕24号 measure 13 asks banks, government and firms to improve exchange-rate hedging services; a bank waiving the handling fee of a first bought option for small firms is one way it is carried out",
        value: b.firm ? "waiver evaluated" : "waiver not evaluated",
        measure: HEDGING_SERVICE,
        source: citation(HEDGING_SERVICE),
      });
      const firm = b.firm;
      if (firm) {
        const rules = waiverRules(ids);
        outcome = applyOptionWaiver(fees, firm, rules);
        outcome.decisions.forEach((d, i) => {
          const rule = rules[i];
          steps.push({
            key: `waiver:${d.measure}`,
            zh: `${rule.name.zh}${d.applies ? "适用" : "不适用"}：${d.reasons.map((r) => r.zh).join("；")}${b.waivers ? "" : "（默认按中行中山分行首次买入期权办理费减免评估）"}。依据：${rule.basis.zh}`,
            en: `${rule.name.en} ${d.applies ? "applies" : "does not apply"}: ${d.reasons.map((r) => r.en).join("; ")}${b.waivers ? "" : " (by default the Zhongshan first-option waiver is evaluated)"}. Basis: ${rule.basis.en}`,
            formula:
              "waived = share x charge for the handling fee, the premium and the margin in turn, together at most the cap",
            inputs: {
              size: firm.size,
              firstDerivativeWithBank: String(firm.firstDerivativeWithBank),
              requiresFirstTime: String(rule.requiresFirstTime),
              eligibleSizes: rule.eligibleSizes ? rule.eligibleSizes.join(", ") : "any",
              handlingFeeShare: rule.handlingFeeShare.toString(),
              premiumShare: rule.premiumShare.toString(),
              marginShare: rule.marginShare.toString(),
              cap: rule.cap ? fen(rule.cap) : "none",
            },
            value: `handling fee ${fen(d.waivedHandlingFee)} + premium ${fen(d.waivedPremium)} waived`,
            measure: d.measure,
            source: d.source,
          });
        });
        steps.push({
          key: "cost",
          zh: "应付成本 = 期权费 + 办理费（减免后）",
          en: "Cost = premium + handling fee, after the waiver",
          inputs: { before: fen(outcome.before.cost) },
          value: fen(outcome.after.cost),
        });
      } else {
        outcome = applyOptionWaiver(fees, { size: "large", firstDerivativeWithBank: false }, []);
        steps.push({
          key: "waiver",
          zh: "未提供企业信息（firm），未评估任何减免；费用按原价计",
          en: "No firm facts given: no waiver evaluated; fees are at full price",
          value: "not evaluated",
        });
      }
      quote = {
        notional: fen(b.notional),
        notionalCny: fen(notionalCny),
        premium: fen(premium),
        before: chargesOut(outcome.before),
        after: chargesOut(outcome.after),
        applied: outcome.applied,
        waiver: outcome.decisions.map(decisionOut),
      };
    }
    return c.json(
      {
        type: b.type,
        style: b.style,
        model: choice.model,
        years: String(inputs.years),
        price,
        greeks: greeksOut(value.greeks),
        ...(baw
          ? {
              earlyExercise: {
                possible: baw.earlyExercisePossible,
                criticalSpot: baw.criticalSpot === null ? null : fromFloat(baw.criticalSpot, 6),
              },
            }
          : {}),
        ...(quote ? { quote } : {}),
        explain: steps,
        ruleset: RULESET,
      },
      200,
    );
  })
  .openapi(impliedVolRoute, (c) => {
    const b = c.req.valid("json");
    const { inputs, choice, steps } = resolveOption(b);
    const solved = impliedVol(pricer(choice), inputs, b.price.toNumber(), choice.style);
    const vol = fromFloat(solved.vol, 6);
    steps.push({
      key: "impliedVol",
      zh: `布伦特法求解使模型价格等于报价的波动率（区间 ${IMPLIED_VOL_BOUNDS.low}–${IMPLIED_VOL_BOUNDS.high}），按 6 位小数报告`,
      en: `Brent's method finds the vol at which the model price equals the quote (range ${IMPLIED_VOL_BOUNDS.low}–${IMPLIED_VOL_BOUNDS.high}), reported at 6 decimals`,
      inputs: { price: b.price.toString(), iterations: String(solved.iterations) },
      value: vol,
    });
    return c.json(
      {
        vol,
        modelPrice: fromFloat(solved.price, PRICE_DECIMALS),
        iterations: solved.iterations,
        model: choice.model,
        explain: steps,
        ruleset: RULESET,
      },
      200,
    );
  })
  .openapi(hedgeCompareRoute, (c) => {
    const b = c.req.valid("json");
    const steps: ExplainStep[] = [];
    const currency = b.foreignCurrency ?? "USD";
    const dcDomestic = dayCountDefault(b.domesticDayCount, "CNY", "domesticDayCount", steps);
    const dcForeign = dayCountDefault(b.foreignDayCount, currency, "foreignDayCount", steps);
    const { terms, defaulted } = feeTerms(b.fees);
    const marginRate = b.fees?.forwardMarginRate ?? DEFAULT_FORWARD_MARGIN_RATE;
    if (!b.fees?.forwardMarginRate) defaulted.push("forwardMarginRate");
    const hedgeRatio = b.strategies.hedgeRatio ?? new Decimal(1);
    const collarPutStrike = b.strategies.collarPutStrike ?? b.strategies.putStrike;
    const shocks = b.shocks ?? DEFAULT_SHOCKS.map((s) => new Decimal(s));
    const paths = b.monteCarlo?.paths ?? DEFAULT_PATHS;
    const seed = b.monteCarlo?.seed ?? DEFAULT_SEED;
    const waivers = b.waivers ?? [...DEFAULT_WAIVERS];
    const applied: string[] = [];
    if (!b.strategies.hedgeRatio) applied.push("hedgeRatio = 1");
    if (!b.strategies.collarPutStrike)
      applied.push(`collarPutStrike = putStrike (${b.strategies.putStrike})`);
    if (!b.shocks) applied.push(`shocks = [${DEFAULT_SHOCKS.join(", ")}]`);
    if (b.monteCarlo?.paths === undefined) applied.push(`paths = ${DEFAULT_PATHS}`);
    if (b.monteCarlo?.seed === undefined) applied.push(`seed = ${DEFAULT_SEED}`);
    if (!b.waivers) applied.push(`waivers = [${DEFAULT_WAIVERS.join(", ")}]`);
    for (const name of defaulted) applied.push(`${name}: catalog market default`);
    if (applied.length > 0) {
      steps.push({
        key: "defaults",
        zh: `未填写的输入采用默认值：${applied.join("；")}`,
        en: `Inputs not given take defaults: ${applied.join("; ")}`,
        value: String(applied.length),
      });
    }
    const result = compareHedges(
      {
        valuationDate: b.valuationDate,
        foreignCurrency: currency,
        spot: b.spot,
        domesticRate: b.domesticRate,
        foreignRate: b.foreignRate,
        dcDomestic,
        dcForeign,
        vol: b.vol.toNumber(),
        receipts: b.receipts,
        hedgeRatio,
        putStrike: b.strategies.putStrike,
        collarPutStrike,
        shocks,
        monteCarlo: { paths, seed },
        firm: b.firm,
        handlingFee: terms,
        forwardMarginRate: marginRate,
      },
      hedgeRules(waivers),
    );
    const money = (x: number) => fromFloat(x, 2);
    return c.json(
      {
        foreignCurrency: currency,
        domesticDayCount: dcDomestic,
        foreignDayCount: dcForeign,
        receipts: result.receipts.map((t) => ({
          date: t.date,
          amount: fen(t.amount),
          days: t.days,
          forward: fixed(t.forward, 4),
          putPremiumPerUnit: fixed(t.putPremiumPerUnit, 8),
          collarCallStrike: fixed(t.collarCallStrike, 4),
          collarNetPremiumPerUnit: fixed(t.collarNetPremiumPerUnit, 8),
        })),
        strategies: result.strategies.map((s) => ({
          id: s.id,
          hedgeCost: {
            withoutWaiver: chargesOut(s.costBefore),
            withWaiver: chargesOut(s.costAfter),
            waiver: s.waiver.map(decisionOut),
          },
          protectedFloor: s.floor === null ? null : fen(s.floor),
          protectedFloorRate: s.floorRate === null ? null : fixed(s.floorRate, 4),
          breakevenRate: s.breakevenRate === null ? null : fromFloat(s.breakevenRate, 4),
          shocks: s.shocks.map((x) => ({
            shock: x.shock.toString(),
            rate: fixed(x.rate, 4),
            cnyReceived: fen(x.cny),
          })),
          monteCarlo: {
            mean: money(s.monteCarlo.mean),
            p5: money(s.monteCarlo.p5),
            p50: money(s.monteCarlo.p50),
            p95: money(s.monteCarlo.p95),
            worst: money(s.monteCarlo.worst),
          },
        })),
        monteCarlo: { paths, seed, generator: "xoroshiro128plus (pure-rand) + Box-Muller" },
        explain: [...steps, ...result.explain],
        ruleset: RULESET,
      },
      200,
    );
  });

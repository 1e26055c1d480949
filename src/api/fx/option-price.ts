/* POST /v1/fx/option-price: price, greeks and, with a notional, the quote with fees and waiver. */

import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { ExplainStep } from "../../domain/explain";
import {
  baroneAdesiWhaley,
  type Greeks,
  type OptionInputs,
  type PricingModel,
  valueOption,
} from "../../domain/fx/options";
import {
  applyOptionWaiver,
  type FirmFacts,
  handlingFee,
  type WaiverDecision,
  type WaiverRule,
} from "../../domain/fx/waiver";
import { Decimal, fen, fromFloat } from "../../domain/money";
import { validityOn } from "../../domain/validity";
import { citation, measure, RULESET } from "../../policy/catalog";
import { DEFAULT_WAIVERS, HEDGING_SERVICE, OPTION_FEE_WAIVER, waiverRules } from "../../policy/fx";
import type { AppEnv } from "../env";
import { errorResponses } from "../problem";
import { ExplainSchema, jsonBody, jsonOk, MoneyOut, moneyIn, RulesetSchema } from "../schemas";
import { addProblem } from "../validation";
import {
  ChargesSchema,
  chargesOut,
  decisionOut,
  FeesSchema,
  FirmSchema,
  feeTerms,
  MODEL_NAMES,
  ModelSchema,
  OptionTypeSchema,
  optionFields,
  PRICE_DECIMALS,
  refineOption,
  resolveOption,
  StyleSchema,
  volIn,
  WaiverConfirmedSchema,
  WaiverDecisionSchema,
  WaiverPeriodSchema,
  WaiverReadingSchema,
  WaiversSchema,
  waiverPeriod,
} from "./shared";

/**
 * Decimals printed per model and greek: only digits the model gets right. Garman–Kohlhagen's are
 * closed forms. Andersen–Lake–Offengelder's are checked against the method run at twice the
 * resolution (tests/fx-american.test.ts): delta within 5e-9, gamma 2e-7, vega 5e-7, theta 5e-7,
 * rhos 5e-5. Barone-Adesi–Whaley's and the lattice's are central differences of a price that is
 * itself approximate (BAW to a few 1e-3, the lattice a few 1e-4): 4 decimals (gamma 3).
 */
const GREEK_DECIMALS: Record<PricingModel, Record<keyof Greeks, number>> = {
  "garman-kohlhagen": {
    delta: 8,
    gamma: 8,
    vega: 8,
    theta: 8,
    thetaPerDay: 8,
    rhoDomestic: 8,
    rhoForeign: 8,
  },
  "andersen-lake-offengelder": {
    delta: 8,
    gamma: 7,
    vega: 6,
    theta: 6,
    thetaPerDay: 9,
    rhoDomestic: 4,
    rhoForeign: 4,
  },
  "barone-adesi-whaley": {
    delta: 4,
    gamma: 3,
    vega: 4,
    theta: 4,
    thetaPerDay: 6,
    rhoDomestic: 4,
    rhoForeign: 4,
  },
  lattice: { delta: 4, gamma: 3, vega: 4, theta: 4, thetaPerDay: 6, rhoDomestic: 4, rhoForeign: 4 },
};

/** Decimals of the critical spot: the fixed-point boundary is within 3e-5; BAW's Newton root within 5e-4. */
const CRITICAL_SPOT_DECIMALS = { "andersen-lake-offengelder": 4, "barone-adesi-whaley": 3 } as const;

const decimalsNote = (model: PricingModel) =>
  (Object.entries(GREEK_DECIMALS[model]) as [keyof Greeks, number][]).map(([k, n]) => `${k} ${n}`).join(", ");

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
  .openapi("FxGreeks", {
    description: `Sensitivities per unit of USD, printed only to the digits the model gets right. garman-kohlhagen (closed form): ${decimalsNote("garman-kohlhagen")} decimals. andersen-lake-offengelder (delta and gamma through the boundary solution, theta from the pricing equation, vega and rhos by central differences; accurate to delta 5e-9, gamma 2e-7, vega 5e-7, theta 5e-7, rhos 5e-5): ${decimalsNote("andersen-lake-offengelder")}. barone-adesi-whaley and lattice (central differences of an approximate price, about ±1e-4, gamma ±1e-3): ${decimalsNote("lattice")}`,
  });

function greeksOut(g: Greeks, model: PricingModel) {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(g)) out[k] = fromFloat(v, GREEK_DECIMALS[model][k as keyof Greeks]);
  return out as Record<keyof Greeks, string>;
}

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
    waiverReading: WaiverReadingSchema.optional(),
    waiverConfirmedByBank: WaiverConfirmedSchema.optional(),
  })
  .superRefine((v, ctx) => {
    refineOption(v, ctx);
    if (v.notional === undefined) {
      for (const field of ["firm", "fees", "waivers", "waiverReading", "waiverConfirmedByBank"] as const) {
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
    waiverPeriod: WaiverPeriodSchema.optional().openapi({
      description:
        "With firm facts and the first-option waiver evaluated: whether it is reported for the valuation date (2023) or assumed (continuation unconfirmed) unless waiverConfirmedByBank",
    }),
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
        criticalSpot: z.string().nullable().openapi({
          description:
            "Spot beyond which exercising today is optimal (a call above it, a put below it); null when never. andersen-lake-offengelder: the boundary of the fixed-point solution at today, within 3e-5, 4 decimals; barone-adesi-whaley: its approximate critical price (Newton to QuantLib's tolerance), within 5e-4, 3 decimals",
        }),
      })
      .optional()
      .openapi({
        description:
          "andersen-lake-offengelder and barone-adesi-whaley: whether early exercise can pay, and the critical rate",
      }),
    quote: QuoteSchema.optional(),
    explain: ExplainSchema,
    ruleset: RulesetSchema,
  })
  .openapi("FxOptionPriceResponse");

export const optionPriceRoute = createRoute({
  method: "post",
  path: "/v1/fx/option-price",
  operationId: "fxOptionPrice",
  tags: ["fx"],
  summary: "Price a USD/CNY option (European or American) with greeks, fees and the first-option waiver",
  description:
    "European by Garman–Kohlhagen; American by default by the Andersen–Lake–Offengelder fixed-point method (price within 1e-8 relative), or by name Barone-Adesi–Whaley or a Leisen–Reimer lattice. With a notional, the quote shows the premium, the bank's handling fee before and after the Zhongshan first-option waiver, and which rule applied (or why not).",
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

type OptionPriceBody = z.infer<typeof OptionPriceRequest>;
type Quote = z.infer<typeof QuoteSchema>;

/** The early-exercise facts of the American models that solve for a boundary, and their step. */
function earlyExercise(
  type: "call" | "put",
  option: OptionInputs,
  model: PricingModel,
  criticalSpot: number | null,
) {
  if (model !== "andersen-lake-offengelder" && model !== "barone-adesi-whaley") return null;
  const spot = model === "barone-adesi-whaley" ? baroneAdesiWhaley(option).criticalSpot : criticalSpot;
  const decimals = CRITICAL_SPOT_DECIMALS[model];
  const step: ExplainStep =
    spot !== null
      ? {
          key: "earlyExercise",
          zh: `提前行权的临界汇率 S*：即期${type === "call" ? "高于" : "低于"}该值时立即行权最优（按 ${decimals} 位小数报告）`,
          en: `Critical rate S*: immediate exercise is optimal with the spot ${type === "call" ? "above" : "below"} it (reported at ${decimals} decimals)`,
          value: fromFloat(spot, decimals),
          source: MODEL_NAMES[model].source,
        }
      : {
          key: "earlyExercise",
          zh:
            type === "call"
              ? "外币利率 ≤ 0 且不高于本币利率：看涨期权提前行权永不有利，美式价格等于欧式（Garman–Kohlhagen）"
              : "本币利率 ≤ 0 且不高于外币利率：看跌期权提前行权永不有利，美式价格等于欧式（Garman–Kohlhagen）",
          en:
            type === "call"
              ? "Foreign rate <= 0 and <= domestic rate: early exercise of a call never pays, so the American is worth the European (Garman–Kohlhagen)"
              : "Domestic rate <= 0 and <= foreign rate: early exercise of a put never pays, so the American is worth the European (Garman–Kohlhagen)",
          value: "never optimal",
          source: "Merton (1973); Haug (1998) p. 24",
        };
  return {
    out: { possible: spot !== null, criticalSpot: spot === null ? null : fromFloat(spot, decimals) },
    step,
  };
}

/** With a notional: the premium, the bank's handling fee and the first-option waiver, each explained. */
function optionQuote(b: OptionPriceBody & { notional: Decimal }, price: string, steps: ExplainStep[]): Quote {
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
  const outcome = waiverOutcome(b, fees, steps);
  return {
    notional: fen(b.notional),
    notionalCny: fen(notionalCny),
    premium: fen(premium),
    before: chargesOut(outcome.before),
    after: chargesOut(outcome.after),
    applied: outcome.applied,
    waiver: outcome.decisions.map(decisionOut),
    ...(outcome.period ? { waiverPeriod: outcome.period } : {}),
  };
}

/**
 * 中府办函〔2024〕24号 is in force for two years from its publication ("本政策措施自发布之日起两年内有效"):
 * the hedging step says so, and says when the valuation date falls after its last day, since a waiver
 * then rests on the bank's own offer, not on the document.
 */
function hedgingPolicyLapse(valuationDate: string | null): { zh: string; en: string } {
  const { validFrom = null, validTo = null } = measure(HEDGING_SERVICE);
  if (validTo === null) return { zh: "", en: "" };
  if (valuationDate !== null && validityOn({ validFrom, validTo }, valuationDate) === "lapsed")
    return {
      zh: `该文件已于${validTo}失效（估值日${valuationDate}在其后），减免只取决于银行自身的产品安排。`,
      en: `The document lapsed on ${validTo} (the valuation date ${valuationDate} is after it); a waiver now rests on the bank's own offer.`,
    };
  return {
    zh: `该文件有效期至${validTo}。`,
    en: `The document is in force until ${validTo}.`,
  };
}

/** The first-option waiver on the deal's charges when the firm is known, each rule explained. */
function waiverOutcome(
  b: OptionPriceBody,
  fees: Parameters<typeof applyOptionWaiver>[0],
  steps: ExplainStep[],
): ReturnType<typeof applyOptionWaiver> & { period?: z.infer<typeof WaiverPeriodSchema> } {
  const ids = b.waivers ?? [...DEFAULT_WAIVERS];
  steps.push(hedgingPolicyStep(b));
  const firm = b.firm;
  if (!firm) {
    const outcome = applyOptionWaiver(fees, { size: "large", firstDerivativeWithBank: false }, []);
    steps.push({
      key: "waiver",
      zh: "未提供企业信息（firm），未评估任何减免；费用按原价计",
      en: "No firm facts given: no waiver evaluated; fees are at full price",
      value: "not evaluated",
    });
    return outcome;
  }
  const rules = waiverRules(ids, b.waiverReading);
  const outcome = applyOptionWaiver(fees, firm, rules);
  outcome.decisions.forEach((d, i) => {
    steps.push(waiverDecisionStep(d, rules[i], firm, !b.waivers));
  });
  const period = waiverPeriod(ids, b.valuationDate ?? null, b.waiverConfirmedByBank ?? false);
  if (period) steps.push(period.step);
  steps.push({
    key: "cost",
    zh: "应付成本 = 期权费 + 办理费（减免后）",
    en: "Cost = premium + handling fee, after the waiver",
    inputs: { before: fen(outcome.before.cost) },
    value: fen(outcome.after.cost),
  });
  return period ? { ...outcome, period: period.out } : outcome;
}

/** The measure behind any waiver (中府办函〔2024〕24号 measure 13), with whether it has lapsed on the valuation date. */
function hedgingPolicyStep(b: OptionPriceBody): ExplainStep {
  const lapse = hedgingPolicyLapse(b.valuationDate ?? null);
  return {
    key: "hedgingPolicy",
    zh: `中府办函〔2024〕24号 第13条要求强化政银企合作、探索完善企业汇率避险管理服务；银行对首次办理外汇衍生品的小微企业减免买入期权办理费是其落实方式之一。${lapse.zh}`,
    en: `中府办函〔2024〕24号 measure 13 asks banks, government and firms to improve exchange-rate hedging services; a bank waiving the handling fee of a first bought option for small firms is one way it is carried out.${lapse.en ? ` ${lapse.en}` : ""}`,
    value: b.firm ? "waiver evaluated" : "waiver not evaluated",
    measure: HEDGING_SERVICE,
    source: citation(HEDGING_SERVICE),
  };
}

/** One waiver rule's decision for this firm: why it applies or not, the rule's terms, what it waived. */
function waiverDecisionStep(
  d: WaiverDecision,
  rule: WaiverRule,
  firm: FirmFacts,
  byDefault: boolean,
): ExplainStep {
  return {
    key: `waiver:${d.measure}`,
    zh: `${rule.name.zh}${d.applies ? "适用" : "不适用"}：${d.reasons.map((r) => r.zh).join("；")}${byDefault ? "（默认按中行中山分行首次买入期权办理费减免评估）" : ""}。依据：${rule.basis.zh}`,
    en: `${rule.name.en} ${d.applies ? "applies" : "does not apply"}: ${d.reasons.map((r) => r.en).join("; ")}${byDefault ? " (by default the Zhongshan first-option waiver is evaluated)" : ""}. Basis: ${rule.basis.en}`,
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
  };
}

export const optionPriceHandler: RouteHandler<typeof optionPriceRoute, AppEnv> = (c) => {
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
  steps.push({
    key: "greeks",
    zh: "希腊值只报告模型算得准的位数（各模型的位数与精度见接口文档）",
    en: `Greeks are printed only to the digits the model gets right: ${decimalsNote(choice.model)} decimals`,
    value: choice.model,
    source: MODEL_NAMES[choice.model].source,
  });
  const early = earlyExercise(b.type, option, choice.model, value.criticalSpot ?? null);
  if (early) steps.push(early.step);
  const quote = b.notional ? optionQuote({ ...b, notional: b.notional }, price, steps) : undefined;
  return c.json(
    {
      type: b.type,
      style: b.style,
      model: choice.model,
      years: String(inputs.years),
      price,
      greeks: greeksOut(value.greeks, choice.model),
      ...(early ? { earlyExercise: early.out } : {}),
      ...(quote ? { quote } : {}),
      explain: steps,
      ruleset: RULESET,
    },
    200,
  );
};

/* POST /v1/fx/forward: the outright forward by covered interest parity. */

import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { type DayCount, daysBetween } from "../../domain/dates";
import type { ExplainStep } from "../../domain/explain";
import { forwardRate } from "../../domain/fx/forward";
import { type Decimal, fen, fixed } from "../../domain/money";
import { citation, RULESET } from "../../policy/catalog";
import { HEDGING_SERVICE } from "../../policy/fx";
import type { AppEnv } from "../env";
import { errorResponses } from "../problem";
import {
  DayCountSchema,
  ExplainSchema,
  IsoDateSchema,
  jsonBody,
  jsonOk,
  MoneyOut,
  moneyIn,
  RulesetSchema,
  rateIn,
} from "../schemas";
import { addProblem } from "../validation";
import { dayCountDefault, ForeignCurrencySchema, refineForeignCurrency, spotIn } from "./shared";

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
    forwardPoints: z.string().openapi({
      description:
        "(forward - spot) x 10000 from the forward as shown (4 decimals, not the unrounded one), so spot + forwardPoints / 10000 = forward; 2 decimals (exact for a spot of up to 6 decimals)",
      example: "-495.00",
    }),
    cnyAmount: MoneyOut.optional().openapi({ description: "notional x forward (4 decimals), to the fen" }),
    explain: ExplainSchema,
    ruleset: RulesetSchema,
  })
  .openapi("FxForwardResponse");

export const forwardRoute = createRoute({
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

const basisOf = (dc: DayCount) => (dc === "ACT/360" ? 360 : 365);

export const forwardHandler: RouteHandler<typeof forwardRoute, AppEnv> = (c) => {
  const b = c.req.valid("json");
  const steps: ExplainStep[] = [];
  const currency = b.foreignCurrency ?? "USD";
  const dcDomestic = dayCountDefault(b.domesticDayCount, "CNY", "domesticDayCount", steps);
  const dcForeign = dayCountDefault(b.foreignDayCount, currency, "foreignDayCount", steps);
  const days = b.days ?? daysBetween(b.valuationDate!, b.maturityDate!);
  const q = forwardRate(b.spot, b.domesticRate, b.foreignRate, days, dcDomestic, dcForeign);
  const forward = q.dealtForward;
  steps.push(parityStep(b, { currency, dcDomestic, dcForeign, days }, q));
  steps.push(pointsStep(b, q));
  let cnyAmount: string | undefined;
  if (b.notional) {
    cnyAmount = fen(b.notional.times(forward));
    steps.push(cnyAmountStep(b.notional, currency, forward, cnyAmount));
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
};

type ForwardBody = z.output<typeof ForwardRequest>;
type ForwardQuote = ReturnType<typeof forwardRate>;

/** The forward by covered interest parity, with the day counts and factors it used. */
function parityStep(
  b: ForwardBody,
  terms: { currency: string; dcDomestic: DayCount; dcForeign: DayCount; days: number },
  q: ForwardQuote,
): ExplainStep {
  const { currency, dcDomestic, dcForeign, days } = terms;
  return {
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
    value: fixed(q.dealtForward, 4),
    measure: HEDGING_SERVICE,
    source: citation(HEDGING_SERVICE),
  };
}

/** Forward points from the forward as shown, so that spot + points / 10000 is that forward. */
function pointsStep(b: ForwardBody, q: ForwardQuote): ExplainStep {
  return {
    key: "forwardPoints",
    zh: "远期点 =（远期 − 即期）× 10000，远期取上面显示的 4 位小数值，使即期 + 远期点 / 10000 等于显示的远期",
    en: "Forward points = (forward - spot) x 10000, from the forward as shown (4 decimals), so spot + points / 10000 is the forward shown",
    formula: "points = (F(4 decimals) - S) x 10000",
    inputs: { forward: fixed(q.dealtForward, 4), spot: b.spot.toString() },
    value: fixed(q.points, 2),
  };
}

/** The CNY a notional locks in at the dealt forward, to the fen. */
function cnyAmountStep(
  notional: Decimal,
  currency: string,
  forward: Decimal,
  cnyAmount: string,
): ExplainStep {
  return {
    key: "cnyAmount",
    zh: `锁定的人民币金额 = ${currency} 金额 × 远期汇率（4 位小数），按分四舍五入`,
    en: `CNY locked in = ${currency} notional x forward (4 decimals), rounded half-up to the fen`,
    inputs: { notional: notional.toString(), forward: fixed(forward, 4) },
    value: cnyAmount,
  };
}

/* POST /v1/fx/implied-vol: the vol at which the model gives a quoted premium. */

import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { IMPLIED_VOL_BOUNDS, impliedVol } from "../../domain/fx/impliedVol";
import { pricer } from "../../domain/fx/options";
import { fromFloat } from "../../domain/money";
import { RULESET } from "../../policy/catalog";
import type { AppEnv } from "../env";
import { errorResponses } from "../problem";
import { decimalIn, ExplainSchema, jsonBody, jsonOk, RulesetSchema } from "../schemas";
import { ModelSchema, optionFields, PRICE_DECIMALS, refineOption, resolveOption } from "./shared";

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

export const impliedVolRoute = createRoute({
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

export const impliedVolHandler: RouteHandler<typeof impliedVolRoute, AppEnv> = (c) => {
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
};

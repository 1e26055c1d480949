import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./env";
import { forwardHandler, forwardRoute } from "./fx/forward";
import { hedgeCompareHandler, hedgeCompareRoute } from "./fx/hedge-compare";
import { impliedVolHandler, impliedVolRoute } from "./fx/implied-vol";
import { optionPriceHandler, optionPriceRoute } from "./fx/option-price";

/** The FX routes, one file per route family under ./fx (shared schemas in ./fx/shared.ts). */
export const fxRoutes = [forwardRoute, optionPriceRoute, impliedVolRoute, hedgeCompareRoute];

export const fxApi = new OpenAPIHono<AppEnv>()
  .openapi(forwardRoute, forwardHandler)
  .openapi(optionPriceRoute, optionPriceHandler)
  .openapi(impliedVolRoute, impliedVolHandler)
  .openapi(hedgeCompareRoute, hedgeCompareHandler);

import type { OpenAPIHono, RouteConfig } from "@hono/zod-openapi";
import type { AppEnv } from "./env";
import { measuresApi, measuresRoutes } from "./measures";
import { refundRatesApi, refundRatesRoutes } from "./refundRates";
import { systemApi, systemRoutes } from "./system";
import { taxApi, taxRoutes } from "./tax";

/**
 * Every API module: its sub-app and its route configs. app.ts mounts the sub-apps; the contract
 * tests walk the route configs (run each documented example, check each answer against its schema).
 */
export interface ApiModule {
  api: OpenAPIHono<AppEnv>;
  routes: RouteConfig[];
}

export const apiModules: ApiModule[] = [
  { api: systemApi, routes: systemRoutes },
  { api: measuresApi, routes: measuresRoutes },
  { api: taxApi, routes: taxRoutes },
  { api: refundRatesApi, routes: refundRatesRoutes },
];

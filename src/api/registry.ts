import type { OpenAPIHono, RouteConfig } from "@hono/zod-openapi";
import { adminApi, adminRoutes } from "./admin";
import { batchApi, batchRoutes } from "./batch";
import { cashflowApi, cashflowRoutes } from "./cashflow";
import type { AppEnv } from "./env";
import { financingApi, financingRoutes } from "./financing";
import { fxApi, fxRoutes } from "./fx";
import { grantsApi, grantsRoutes } from "./grants";
import { importsApi, importsRoutes } from "./imports";
import { measuresApi, measuresRoutes } from "./measures";
import { refundRatesApi, refundRatesRoutes } from "./refundRates";
import { scenariosApi, scenariosRoutes } from "./scenarios";
import { settlementApi, settlementRoutes } from "./settlement";
import { systemApi, systemRoutes } from "./system";
import { taxApi, taxRoutes } from "./tax";
import { usageApi, usageRoutes } from "./usage";
import { workbooksApi, workbooksRoutes } from "./workbooks";

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
  { api: settlementApi, routes: settlementRoutes },
  { api: financingApi, routes: financingRoutes },
  // before the saved scenarios, whose /v1/scenarios/{id} would take template.xlsx and import as ids
  { api: workbooksApi, routes: workbooksRoutes },
  { api: scenariosApi, routes: scenariosRoutes },
  { api: usageApi, routes: usageRoutes },
  { api: adminApi, routes: adminRoutes },
  { api: fxApi, routes: fxRoutes },
  { api: taxApi, routes: taxRoutes },
  { api: refundRatesApi, routes: refundRatesRoutes },
  { api: cashflowApi, routes: cashflowRoutes },
  { api: batchApi, routes: batchRoutes },
  { api: importsApi, routes: importsRoutes },
  { api: grantsApi, routes: grantsRoutes },
];

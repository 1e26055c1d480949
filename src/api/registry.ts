import type { OpenAPIHono, RouteConfig } from "@hono/zod-openapi";
import type { AppEnv } from "./env";
import { fxApi, fxRoutes } from "./fx";
import { measuresApi, measuresRoutes } from "./measures";
import { systemApi, systemRoutes } from "./system";

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
  { api: fxApi, routes: fxRoutes },
];

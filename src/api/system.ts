import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import pkg from "../../package.json";
import { RULESET } from "../policy/catalog";
import type { AppEnv } from "./env";
import { RulesetSchema } from "./schemas";

export const VERSION: string = pkg.version;

const healthRoute = createRoute({
  method: "get",
  path: "/health",
  operationId: "health",
  tags: ["system"],
  summary: "Liveness: status, service version and ruleset version",
  responses: {
    200: {
      description: "The service is up",
      content: {
        "application/json": {
          schema: z
            .object({
              status: z.literal("ok").openapi({ description: "Always ok when the service answers" }),
              version: z.string().openapi({ description: "The service's version", example: "0.1.0" }),
              ruleset: RulesetSchema,
            })
            .openapi("Health"),
        },
      },
    },
  },
});

export const systemRoutes = [healthRoute];

export const systemApi = new OpenAPIHono<AppEnv>();
systemApi.openapi(healthRoute, (c) =>
  c.json({ status: "ok" as const, version: VERSION, ruleset: RULESET }, 200),
);

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

const DOCS_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>cbec-finance API</title><link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script><script src="/docs/init.js"></script></body></html>`;

const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });`;

/** The assets of the offline API reference, served from our own origin (no public CDN). */
export const DOCS_ASSETS = ["swagger-ui.css", "swagger-ui-bundle.js"] as const;

export const systemRoutes = [healthRoute];

export const systemApi = new OpenAPIHono<AppEnv>();
systemApi.openapi(healthRoute, (c) =>
  c.json({ status: "ok" as const, version: VERSION, ruleset: RULESET }, 200),
);
systemApi.get("/docs", (c) => {
  c.header(
    "content-security-policy",
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'",
  );
  return c.html(DOCS_HTML);
});
systemApi.get("/docs/init.js", (c) =>
  c.body(DOCS_INIT, 200, { "content-type": "text/javascript; charset=utf-8" }),
);

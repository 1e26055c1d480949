import type { RouteConfig, z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import committed from "../openapi/openapi.json";
import { apiModules } from "../src/api/registry";
import { call } from "./helpers";

/** Every documented request example is a real request: it must succeed and match its declared schema. */
const routes: RouteConfig[] = apiModules.flatMap((m) => m.routes);

function okSchema(route: RouteConfig): z.ZodType | undefined {
  const ok = route.responses[200] as { content?: Record<string, { schema: z.ZodType }> } | undefined;
  return ok?.content?.["application/json"]?.schema;
}

function bodyExample(route: RouteConfig): unknown {
  const body = route.request?.body as { content?: Record<string, { example?: unknown }> } | undefined;
  return body?.content?.["application/json"]?.example;
}

/** The route's required query parameters filled with their documented examples ("" when none). */
function queryExample(route: RouteConfig): string {
  const paths = committed.paths as Record<string, Record<string, { parameters?: any[] }>>;
  const params = paths[route.path]?.[route.method]?.parameters ?? [];
  const pairs = params
    .filter((p) => p.in === "query" && p.required)
    .map(
      (p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(String(p.schema?.example ?? p.example))}`,
    );
  return pairs.length ? `?${pairs.join("&")}` : "";
}

describe("contract: every route's documented example", () => {
  for (const route of routes) {
    const hasPathParams = route.path.includes("{");
    if (hasPathParams) continue;
    it(`${route.method.toUpperCase()} ${route.path} (${route.operationId})`, async () => {
      expect(route.operationId, "operationId").toBeTruthy();
      expect(route.tags?.length, "tags").toBeGreaterThan(0);
      expect(route.summary, "summary").toBeTruthy();
      const example = bodyExample(route);
      if (route.method === "post") expect(example, "a POST route documents an example body").toBeDefined();
      const res = await call(route.method.toUpperCase(), `${route.path}${queryExample(route)}`, example);
      const text = await res.text();
      expect(res.status, text).toBe(200);
      const schema = okSchema(route);
      if (schema) {
        const parsed = schema.safeParse(JSON.parse(text));
        expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues)).toBe(true);
      }
    });
  }
});

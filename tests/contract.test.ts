import type { RouteConfig, z } from "@hono/zod-openapi";
import { beforeAll, describe, expect, it } from "vitest";
import committed from "../openapi/openapi.json";
import { apiModules } from "../src/api/registry";
import { adminHeaders, call, newTenant } from "./helpers";

/** Every documented request example is a real request: it must succeed and match its declared schema. */
const routes: RouteConfig[] = apiModules.flatMap((m) => m.routes);

/** The route's success status (its lowest 2xx response) and that response's JSON schema. */
function success(route: RouteConfig): { status: number; schema?: z.ZodType } {
  const status = Math.min(
    ...Object.keys(route.responses)
      .map(Number)
      .filter((s) => s >= 200 && s < 300),
  );
  const ok = route.responses[status] as { content?: Record<string, { schema: z.ZodType }> } | undefined;
  return { status, schema: ok?.content?.["application/json"]?.schema };
}

type Media = { example?: unknown; examples?: Record<string, { externalValue?: string }> };

/**
 * The documented request body and its content type: a JSON or text example, or a binary one named
 * by its OpenAPI externalValue (a URL of this API, fetched here).
 */
async function bodyExample(route: RouteConfig): Promise<{ example: unknown; type: string }> {
  const body = route.request?.body as { content?: Record<string, Media> } | undefined;
  for (const [type, media] of Object.entries(body?.content ?? {})) {
    if (media.example !== undefined) return { example: media.example, type };
    const external = Object.values(media.examples ?? {}).find((e) => e.externalValue)?.externalValue;
    if (external) {
      const res = await call("GET", external);
      expect(res.status, `the example at ${external}`).toBe(200);
      return { example: new Uint8Array(await res.arrayBuffer()), type };
    }
  }
  return { example: undefined, type: "application/json" };
}

let tenantAuth: Record<string, string>;
beforeAll(async () => {
  tenantAuth = (await newTenant("契约测试银行")).auth;
});

/** The credentials a route's declared security asks for: none when anonymous access is allowed. */
function credentials(route: RouteConfig): Record<string, string> {
  const security = route.security ?? [];
  if (security.some((req) => "adminSecret" in req)) return adminHeaders();
  if (security.length > 0 && security.every((req) => Object.keys(req).length > 0)) return tenantAuth;
  return {};
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
      const { example, type } = await bodyExample(route);
      if (route.method === "post") expect(example, "a POST route documents an example body").toBeDefined();
      const res = await call(route.method.toUpperCase(), `${route.path}${queryExample(route)}`, example, {
        ...credentials(route),
        ...(example === undefined ? {} : { "content-type": type }),
      });
      const text = await res.text();
      const { status, schema } = success(route);
      expect(res.status, text).toBe(status);
      if (schema) {
        const parsed = schema.safeParse(JSON.parse(text));
        expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues)).toBe(true);
      }
    });
  }
});

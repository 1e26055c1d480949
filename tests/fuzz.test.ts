import { exports } from "cloudflare:workers";
import type { RouteConfig } from "@hono/zod-openapi";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { apiModules } from "../src/api/registry";
import { MAX_BODY_BYTES } from "../src/app";
import { hostile, type Json, MUTATIONS, mutate, pathsIn } from "./fuzz-tools";
import { adminHeaders, call, newTenant } from "./helpers";

/**
 * Hostile input on every route, through the Worker: whatever arrives, the answer is never a 5xx,
 * an error is always problem+json with its own status, and a body over the limit is a 413.
 * Valid-shaped input comes from mutating each route's documented example (zod-fast-check 0.10
 * supports zod 3 only, so the shapes are not derived from the schemas).
 */

const routes: RouteConfig[] = apiModules.flatMap((m) => m.routes);
const posts = routes.filter((r) => r.method === "post");

/** Routes whose body is a file (a settlement report, a workbook), not JSON. */
function readsFile(route: RouteConfig): boolean {
  const content = (route.request?.body as { content?: Record<string, unknown> } | undefined)?.content ?? {};
  return !("application/json" in content);
}

let tenantAuth: Record<string, string>;
beforeAll(async () => {
  tenantAuth = (await newTenant("模糊测试银行")).auth;
});

function credentials(route: RouteConfig): Record<string, string> {
  const security = route.security ?? [];
  if (security.some((req) => "adminSecret" in req)) return adminHeaders();
  if (security.length > 0 && security.every((req) => Object.keys(req).length > 0)) return tenantAuth;
  return {};
}

function example(route: RouteConfig): unknown {
  const body = route.request?.body as { content?: Record<string, { example?: unknown }> } | undefined;
  return body?.content?.["application/json"]?.example;
}

/** A concrete path: path parameters filled with `id` (an unknown id is fine: it must answer 4xx). */
function pathOf(route: RouteConfig, id = "0123456789abcdef0123456789abcdef"): string {
  return route.path.replace(/\{[^}]+\}/g, encodeURIComponent(id));
}

/** The answer must be a success with JSON (or CSV), or a problem+json whose status matches. */
async function expectSane(res: Response, what: string): Promise<number> {
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  expect(res.status, `${what}: ${text.slice(0, 300)}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(type, what).toContain("application/problem+json");
    const problem = JSON.parse(text);
    expect(problem.status, what).toBe(res.status);
    expect(typeof problem.detail, what).toBe("string");
    for (const e of problem.errors ?? []) {
      expect(e.pointer, what).toMatch(/^(\/[^/]*)*$/);
      expect(typeof e.message, what).toBe("string");
    }
  } else if (res.status !== 204) {
    expect(type, what).toMatch(
      /application\/json|text\/csv|text\/html|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/,
    );
  }
  return res.status;
}

describe("fuzz: mutated documented examples", () => {
  for (const route of posts) {
    const doc = example(route) as Json;
    const paths = pathsIn(doc);
    it(`${route.method.toUpperCase()} ${route.path}`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: paths.length - 1 }),
          MUTATIONS,
          hostile,
          fc.constantFrom("", "?lang=en"),
          async (at, how, value, lang) => {
            const body = mutate(doc, paths[at], how, value);
            const res = await call(
              "POST",
              `${pathOf(route)}${lang}`,
              JSON.stringify(body),
              credentials(route),
            );
            await expectSane(res, `${how} ${JSON.stringify(paths[at])}`);
          },
        ),
        { numRuns: 40 },
      );
    });
  }
});

describe("fuzz: random bodies and broken JSON", () => {
  it("any JSON value or any text on any POST route is a 4xx problem or a success, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...posts),
        fc.oneof(
          fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
          fc.string({ maxLength: 200 }),
          fc.constantFrom("{", '{"a":', "[1,]", "\u0000", '{"__proto__":{"x":1}}', "null", '"'),
        ),
        async (route, text) => {
          await expectSane(await call("POST", pathOf(route), text, credentials(route)), text.slice(0, 80));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("deep nesting and long strings are answered, not crashed on", async () => {
    const depth = Math.floor((MAX_BODY_BYTES - 16) / 2);
    for (const route of posts) {
      for (const body of [
        "[".repeat(depth) + "]".repeat(depth),
        `{"a":${"[".repeat(20_000)}${"]".repeat(20_000)}}`,
        JSON.stringify({ name: "x".repeat(MAX_BODY_BYTES - 64) }),
      ]) {
        const status = await expectSane(
          await call("POST", pathOf(route), body, credentials(route)),
          route.path,
        );
        expect(status).toBeGreaterThanOrEqual(400);
      }
    }
  });

  it("unknown ids and odd path segments on every route with a path parameter answer 4xx problems", async () => {
    const withParams = routes.filter((r) => r.path.includes("{"));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...withParams),
        fc.oneof(fc.string({ minLength: 1, maxLength: 300 }), fc.constantFrom("..", "%00", "x".repeat(5000))),
        async (route, id) => {
          const method = route.method.toUpperCase();
          const body = method === "POST" ? JSON.stringify(example(route) ?? {}) : undefined;
          const res = await call(method, pathOf(route, id), body, credentials(route));
          expect(
            await expectSane(res, `${method} ${route.path} id=${id.slice(0, 40)}`),
          ).toBeGreaterThanOrEqual(400);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("query strings of any kind on GET routes answer a success or a 4xx problem", async () => {
    const gets = routes.filter((r) => r.method === "get");
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...gets),
        fc.dictionary(
          fc.constantFrom("hs", "date", "calculator", "lang", "limit", "cursor", "x"),
          fc.string(),
        ),
        async (route, query) => {
          const qs = new URLSearchParams(query).toString();
          const res = await call("GET", `${pathOf(route)}?${qs}`, undefined, credentials(route));
          await expectSane(res, `${route.path}?${qs}`);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("content types and body size", () => {
  it("a body that is not JSON is 415 on every POST route that reads JSON, and JSON 415 on those that read files", async () => {
    for (const route of posts.filter(readsFile)) {
      const res = await call("POST", `${pathOf(route)}?lang=en`, example(route) ?? {}, credentials(route));
      expect(await expectSane(res, `${route.path} application/json`)).toBe(415);
    }
    for (const route of posts.filter((r) => !readsFile(r))) {
      for (const type of [
        "text/plain",
        "multipart/form-data; boundary=x",
        "application/x-www-form-urlencoded",
      ]) {
        const res = await call("POST", `${pathOf(route)}?lang=en`, JSON.stringify(example(route)), {
          ...credentials(route),
          "content-type": type,
        });
        expect(await expectSane(res, `${route.path} ${type}`)).toBe(415);
      }
    }
  });

  it("a 5 MB body is 413 problem+json on every POST route, whatever it holds", async () => {
    const big = JSON.stringify({ padding: "x".repeat(5 * 1024 * 1024) });
    for (const route of posts) {
      const res = await call("POST", `${pathOf(route)}?lang=en`, big, credentials(route));
      expect(await expectSane(res, route.path)).toBe(413);
    }
    // Just over the limit, and without a Content-Length header (a stream), it is still refused.
    const route = posts[0];
    const stream = new Blob(["[", "0,".repeat(MAX_BODY_BYTES / 2), "0]"]).stream();
    const streamed = await exports.default.fetch(
      new Request(`http://localhost${pathOf(route)}`, {
        method: "POST",
        body: stream,
        headers: { "content-type": "application/json", ...credentials(route) },
      }),
    );
    expect(await expectSane(streamed, "streamed")).toBe(413);
  });
});

import { exports } from "cloudflare:workers";
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import type { paths } from "./client/openapi";
import { adminHeaders } from "./helpers";
import { checkAgainstContract, contract, operationOf, operations } from "./openapi-check";

/**
 * A bank's client, as its generator would make it: types generated from openapi/openapi.json by
 * openapi-typescript (scripts/generate-client.ts; `npm test` fails when they drift from the
 * document) and openapi-fetch, calling every operation of the Worker. `npm run typecheck` checks
 * these calls against the generated types; each answer is also checked against the contract (ajv).
 */

const called = new Set<string>();

const client = createClient<paths>({
  baseUrl: "http://localhost",
  fetch: async (request: Request) => {
    const op = operationOf(request.method, request.url);
    if (op) called.add(`${op.method} ${op.path}`);
    return checkAgainstContract(request.method, request.url, await exports.default.fetch(request));
  },
});

type PostPath = { [P in keyof paths]: paths[P] extends { post: unknown } ? P : never }[keyof paths];
type PostBody<P extends PostPath> = paths[P] extends {
  post: { requestBody?: { content: { "application/json": infer Body } } };
}
  ? Body
  : never;

/** The documented example of a POST route's body, typed as the generated client types it. */
function example<P extends PostPath>(path: P): PostBody<P> {
  return contract.paths[path].post.requestBody?.content["application/json"].example as PostBody<P>;
}

describe("generated client (openapi-typescript + openapi-fetch)", () => {
  it("calls every operation in the document", async () => {
    const health = await client.GET("/health");
    expect(health.data?.status).toBe("ok");

    const measures = await client.GET("/v1/measures", { params: { query: { calculator: "tax" } } });
    expect(measures.data?.measures.length).toBeGreaterThan(0);
    const measure = await client.GET("/v1/measures/{id}", { params: { path: { id: "cs-2018-103" } } });
    expect(measure.data?.ruleset).toBe(measures.data?.ruleset);
    const longId = await client.GET("/v1/measures/{id}", { params: { path: { id: "x".repeat(101) } } });
    expect(longId.response.status).toBe(400);
    expect(longId.error?.type).toBe("/problems/validation");

    const rules = await client.GET("/v1/reference/payout-rules");
    expect(rules.response.status).toBe(200);
    const refund = await client.GET("/v1/reference/refund-rates", {
      params: { query: { hs: "8507600090", date: "2026-05-01" } },
    });
    expect(refund.response.status).toBe(200);
    const presets = await client.GET("/v1/presets");
    const presetId = presets.data?.presets[0]?.id ?? "";
    const preset = await client.GET("/v1/presets/{id}", { params: { path: { id: presetId } } });
    expect(preset.data?.id).toBe(presetId);

    const warehouse = await client.POST("/v1/settlement/overseas-warehouse", {
      body: example("/v1/settlement/overseas-warehouse"),
    });
    expect(warehouse.response.status).toBe(200);
    const payout = await client.POST("/v1/settlement/payout-schedule", {
      body: example("/v1/settlement/payout-schedule"),
    });
    expect(payout.data?.rule.id).toBeTruthy();
    const rate = await client.POST("/v1/financing/annualized-rate", {
      body: { ...example("/v1/financing/annualized-rate"), periodsPerYear: 12 },
    });
    expect(rate.data?.periodsPerYear).toBe("12");
    for (const path of ["/v1/financing/quote", "/v1/financing/compare"] as const) {
      expect((await client.POST(path, { body: example(path) as never })).response.status, path).toBe(200);
    }
    for (const path of [
      "/v1/fx/forward",
      "/v1/fx/option-price",
      "/v1/fx/implied-vol",
      "/v1/fx/hedge-compare",
    ] as const) {
      expect((await client.POST(path, { body: example(path) as never })).response.status, path).toBe(200);
    }
    const vat = await client.POST("/v1/tax/export-vat", { body: example("/v1/tax/export-vat") });
    expect(vat.data?.alternatives.every((a) => a.figures === null || typeof a.figures === "object")).toBe(
      true,
    );
    const cit = await client.POST("/v1/tax/income-tax", { body: example("/v1/tax/income-tax") });
    expect(cit.response.status).toBe(200);
    const projection = await client.POST("/v1/cashflow/projection", {
      body: example("/v1/cashflow/projection"),
    });
    expect(projection.response.status).toBe(200);
    const grants = await client.POST("/v1/grants/estimate", { body: example("/v1/grants/estimate") });
    expect(grants.response.status).toBe(200);
    const batch = await client.POST("/v1/cashflow/projections", {
      body: example("/v1/cashflow/projections"),
    });
    expect(batch.response.status).toBe(200);

    // Files: the settlement report as text, the workbook as bytes, both sent as the generator types them.
    const media = (path: string, type: string) =>
      (contract.paths as any)[path].post.requestBody.content[type];
    const tsv = "text/tab-separated-values";
    const settlement = await client.POST("/v1/imports/amazon-settlement", {
      body: media("/v1/imports/amazon-settlement", tsv).example,
      bodySerializer: (body: unknown) => body as string,
      headers: { "content-type": tsv },
    });
    expect(settlement.response.status).toBe(200);
    const template = await client.GET("/v1/scenarios/template.xlsx", {
      params: { query: { preset: "guzhen-led-9810-amazon" } },
      parseAs: "arrayBuffer",
    });
    expect(template.response.status).toBe(200);
    const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    const imported = await client.POST("/v1/scenarios/import", {
      body: template.data as never,
      bodySerializer: (body: unknown) => body as ArrayBuffer,
      headers: { "content-type": xlsx },
    });
    expect(imported.response.status).toBe(200);

    // The operator creates a bank and its keys; the bank saves, reads and deletes a scenario.
    const admin = { headers: adminHeaders() };
    const tenant = await client.POST("/v1/admin/tenants", { ...admin, body: { name: "生成客户端测试银行" } });
    const tenantId = tenant.data?.tenant.id ?? "";
    const bank = { headers: { authorization: `Bearer ${tenant.data?.key.key}` } };
    expect((await client.GET("/v1/admin/tenants", admin)).response.status).toBe(200);
    const second = await client.POST("/v1/admin/tenants/{id}/keys", {
      ...admin,
      params: { path: { id: tenantId } },
      body: { label: "reporting" },
    });
    const keys = await client.GET("/v1/admin/tenants/{id}/keys", {
      ...admin,
      params: { path: { id: tenantId } },
    });
    expect(keys.data?.keys.length).toBe(2);
    const revoked = await client.DELETE("/v1/admin/keys/{id}", {
      ...admin,
      params: { path: { id: second.data?.id ?? "" } },
    });
    expect(revoked.data?.revokedAt).toBeTruthy();

    const saved = await client.POST("/v1/scenarios", { ...bank, body: example("/v1/scenarios") });
    const id = saved.data?.id ?? "";
    expect(saved.response.status).toBe(201);
    const list = await client.GET("/v1/scenarios", { ...bank, params: { query: { limit: 5 } } });
    expect(list.data?.scenarios.map((s) => s.id)).toContain(id);
    const read = await client.GET("/v1/scenarios/{id}", { ...bank, params: { path: { id } } });
    expect(read.data?.name).toBe(example("/v1/scenarios").name);
    const reprojected = await client.GET("/v1/scenarios/{id}/projection", {
      ...bank,
      params: { path: { id } },
    });
    expect(reprojected.response.status).toBe(200);
    const usage = await client.GET("/v1/usage", { ...bank, params: { query: { days: 7 } } });
    expect(usage.response.status).toBe(200);
    const deleted = await client.DELETE("/v1/scenarios/{id}", { ...bank, params: { path: { id } } });
    expect(deleted.response.status).toBe(204);

    const all = operations.map((op) => `${op.method} ${op.path}`);
    expect(all.filter((op) => !called.has(op))).toEqual([]);
  });
});

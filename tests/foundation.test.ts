import { describe, expect, it } from "vitest";
import committed from "../openapi/openapi.json";
import { schemaAnchor } from "../src/web/api-reference";
import { call, getJson, problemPointers } from "./helpers";

describe("service foundation, through the Worker", () => {
  it("reports health with the service and ruleset versions", async () => {
    const res = await getJson("/health");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: "ok",
      version: expect.any(String),
      ruleset: expect.stringMatching(/^\d{4}\./),
    });
  });

  it("serves an OpenAPI 3.1 document identical to the committed openapi/openapi.json", async () => {
    const res = await getJson("/openapi.json");
    expect(res.body.openapi).toBe("3.1.0");
    expect(res.body).toEqual(committed);
  });

  it("serves the API reference rendered from the contract, every operation and schema, nothing from elsewhere", async () => {
    const page = await call("GET", "/docs?lang=en");
    const html = await page.text();
    expect(page.status).toBe(200);
    const operationIds = Object.values(committed.paths).flatMap((item: any) =>
      Object.values(item).map((op: any) => op.operationId),
    );
    expect(operationIds.length).toBeGreaterThanOrEqual(26);
    for (const id of operationIds) expect(html).toContain(`<section class="operation" id="${id}"`);
    for (const name of Object.keys(committed.components.schemas)) {
      expect(html).toContain(`id="${schemaAnchor(name)}"`);
    }
    expect(html).toContain('<a href="/openapi.json">/openapi.json</a>');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it("lists the measures catalog with the core documents cited", async () => {
    const res = await getJson("/v1/measures");
    expect(res.status).toBe(200);
    expect(res.body.measures.length).toBeGreaterThanOrEqual(8);
    const numbers = res.body.measures.map((m: any) => m.document.number).join(" ");
    for (const doc of [
      "中府办函〔2024〕24号",
      "财税〔2018〕103号",
      "国家税务总局公告2019年第36号",
      "汇发〔2020〕11号",
    ]) {
      expect(numbers).toContain(doc);
    }
    const one = await getJson("/v1/measures/sta-2019-36");
    expect(one.body.parameters.find((p: any) => p.name === "deemedProfitRate").value).toBe("0.04");
  });

  it("answers an unknown measure and an unknown route with 404 problem+json in the chosen language", async () => {
    const missing = await getJson("/v1/measures/no-such-measure?lang=en");
    expect(missing.status).toBe(404);
    problemPointers(missing);
    expect(missing.body.detail).toContain("No measure");
    const route = await getJson("/v2/nothing", { "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" });
    expect(route.status).toBe(404);
    expect(route.body.title).toBe("找不到该资源");
  });

  it("names a bad query field in both languages", async () => {
    const zh = await getJson("/v1/measures?calculator=bogus");
    expect(zh.status).toBe(400);
    expect(problemPointers(zh)).toEqual(["/query/calculator"]);
    expect(zh.body.errors[0].message).toContain("无效选项");
    const en = await getJson("/v1/measures?calculator=bogus&lang=en");
    expect(en.body.errors[0].message).toContain("Invalid option");
  });

  it("answers a non-JSON body with 415 problem+json", async () => {
    const res = await call("POST", "/v1/measures", "x", { "content-type": "text/plain" });
    expect(res.status).toBe(415);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });
});

describe("bad input on a calculator route is a 4xx problem, never a 500", () => {
  it("answers malformed JSON with 400 problem+json", async () => {
    const res = await call("POST", "/v1/fx/forward?lang=en", '{"spot": "7.1",', {
      "content-type": "application/json",
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const body: any = await res.json();
    expect(body.type).toBe("/problems/malformed-json");
    expect(body.detail).toContain("JSON");
  });

  it("names a wrong type and a missing field, in Chinese by default and English on request", async () => {
    const body = { spot: true, domesticRate: "0.015", days: 90 };
    const zh = await call("POST", "/v1/fx/forward", body);
    const zhBody: any = await zh.json();
    expect(zh.status).toBe(400);
    const pointers = zhBody.errors.map((e: any) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/spot", "/foreignRate"]));
    expect(zhBody.errors.find((e: any) => e.pointer === "/foreignRate").message).toContain("缺少必填字段");
    const en = await call("POST", "/v1/fx/forward", body, { "accept-language": "en-US,en;q=0.9" });
    const enBody: any = await en.json();
    expect(enBody.title).toBe("The request has invalid fields");
    expect(enBody.errors.find((e: any) => e.pointer === "/foreignRate").message).toContain(
      "required field is missing",
    );
    expect(JSON.stringify(enBody)).not.toMatch(/at .*\.ts:\d+/);
  });
});

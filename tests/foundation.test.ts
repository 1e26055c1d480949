import { describe, expect, it } from "vitest";
import committed from "../openapi/openapi.json";
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

  it("serves the API reference with its assets from its own origin", async () => {
    const page = await call("GET", "/docs");
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("/docs/assets/swagger-ui-bundle.js");
    expect(html).not.toMatch(/https?:\/\//);
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

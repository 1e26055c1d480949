import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { EXAMPLE_SETTLEMENT } from "../src/api/imports";
import { readWorkbook, XLSX_TYPE } from "../src/api/xlsx";
import { PRESETS } from "../src/policy/presets";
import { encodeScenario } from "../src/web/share";
import { call } from "./helpers";

/** A plain multipart form post, as a browser sends it without JavaScript. */
function postFiles(path: string, files: { name: string; type: string; body: string | ArrayBuffer }[]) {
  const form = new FormData();
  for (const f of files) form.append("file", new File([f.body], f.name, { type: f.type }));
  return exports.default.fetch(
    new Request(`http://localhost${path}`, { method: "POST", body: form, redirect: "manual" }),
  );
}

describe("web: workbooks and settlement reports", () => {
  it("offers the workbook next to the CSV, and serves the API's workbook", async () => {
    const s = await encodeScenario(PRESETS[2].scenario);
    const report = await (await call("GET", `/report?s=${s}`)).text();
    expect(report).toContain(`href="/report.csv?s=${s}"`);
    expect(report).toContain(`href="/report.xlsx?s=${s}"`);
    const web = await call("GET", `/report.xlsx?s=${s}&lang=en`);
    expect(web.headers.get("content-type")).toBe(XLSX_TYPE);
    const api = await call("POST", "/v1/cashflow/projection?format=xlsx&lang=en", PRESETS[2].scenario);
    expect(new Uint8Array(await web.arrayBuffer())).toEqual(new Uint8Array(await api.arrayBuffer()));
  });

  it("has an import page whose forms post files without JavaScript", async () => {
    const html = await (await call("GET", "/import")).text();
    expect(html).toContain('action="/import/workbook" enctype="multipart/form-data"');
    expect(html).toContain('action="/import/settlement" enctype="multipart/form-data"');
    expect(html).toContain('href="/v1/scenarios/template.xlsx"');
    expect(await (await call("GET", "/")).text()).toContain('<a href="/import">');
  });

  it("opens an uploaded workbook as its report", async () => {
    const preset = PRESETS[1];
    const workbook = await (
      await call("GET", `/v1/scenarios/template.xlsx?preset=${preset.id}`)
    ).arrayBuffer();
    const res = await postFiles("/import/workbook", [{ name: "s.xlsx", type: XLSX_TYPE, body: workbook }]);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/report?s=${await encodeScenario(preset.scenario)}`);
  });

  it("names the sheet and cell of a bad upload, and refuses a missing file", async () => {
    const res = await postFiles("/import/workbook?lang=en", [
      { name: "x.xlsx", type: XLSX_TYPE, body: "no" },
    ]);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("not an .xlsx workbook");
    const none = await exports.default.fetch(
      new Request("http://localhost/import/workbook", { method: "POST", body: new FormData() }),
    );
    expect(none.status).toBe(400);
  });

  it("reads settlement reports into figures per SKU (the API example: LAMP-01 7 a month at 29.99)", async () => {
    const [first, second] = EXAMPLE_SETTLEMENT.split(/\n(?=settlement-id)/);
    const res = await postFiles("/import/settlement?lang=en", [
      { name: "a.txt", type: "text/plain", body: first },
      { name: "b.txt", type: "text/plain", body: second },
    ]);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(
      /<td>LAMP-01<\/td><td class="num">7<\/td><td class="num">29.99<\/td><td class="num">0.1667<\/td><td class="num">0.1300<\/td><td class="num">5.20<\/td>/,
    );
    expect(html).toContain("<td>11800000002</td>");
    expect(readWorkbook).toBeTypeOf("function");
  });
});

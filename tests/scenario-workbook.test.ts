import { exports } from "cloudflare:workers";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readWorkbook, XLSX_TYPE } from "../src/api/xlsx";
import { PRESETS } from "../src/policy/presets";
import { call } from "./helpers";

async function template(query: string): Promise<Uint8Array> {
  const res = await call("GET", `/v1/scenarios/template.xlsx${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get("content-type")).toBe(XLSX_TYPE);
  return new Uint8Array(await res.arrayBuffer());
}

async function importWorkbook(bytes: Uint8Array, query = "") {
  const res = await exports.default.fetch(
    new Request(`http://localhost/v1/scenarios/import${query}`, {
      method: "POST",
      body: bytes,
      headers: { "content-type": XLSX_TYPE },
    }),
  );
  return { status: res.status, body: (await res.json()) as any };
}

/** The workbook with one cell's XML replaced (what a user typing in Excel would change). */
function edit(bytes: Uint8Array, sheetFile: string, from: RegExp, to: string): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files[sheetFile]);
  expect(xml).toMatch(from);
  files[sheetFile] = strToU8(xml.replace(from, to));
  return zipSync(files);
}

describe("scenario workbooks: template out, scenario back", () => {
  for (const preset of PRESETS) {
    it(`gives back the preset ${preset.id} exactly, from the Chinese and the English workbook`, async () => {
      for (const lang of ["zh", "en"]) {
        const bytes = await template(`?preset=${preset.id}&lang=${lang}`);
        const back = await importWorkbook(bytes);
        expect(back.status, JSON.stringify(back.body)).toBe(200);
        expect(back.body).toEqual(preset.scenario);
        expect(JSON.stringify(back.body)).toBe(JSON.stringify(preset.scenario));
      }
    });
  }

  it("is the same bytes for the same request, and the same scenario for the same workbook", async () => {
    const a = await template("?preset=shaxi-apparel-9610-no-invoice");
    const b = await template("?preset=shaxi-apparel-9610-no-invoice");
    expect(a).toEqual(b);
    const one = await importWorkbook(a);
    const two = await importWorkbook(a);
    expect(JSON.stringify(one.body)).toBe(JSON.stringify(two.body));
  });

  it("lays the sheets out as documented, with drop-down lists for the enumerations", async () => {
    const sheets = readWorkbook(await template("?preset=guzhen-led-9810-amazon"));
    expect(sheets.map((s) => s.name)).toEqual([
      "公司与措施",
      "产品线",
      "月销量",
      "海外费用",
      "付款条件",
      "时间",
      "汇率与套保",
      "汇率表",
      "融资",
      "融资产品",
      "补贴",
      "补贴企业情况",
      "网上零售额",
      "技能培训",
      "补贴支出",
      "支出补贴条款",
      "区级奖励",
      "说明",
      "lists",
    ]);
    const lines = sheets[1];
    expect(lines.cells.get("A1")?.text).toBe("产品线");
    expect(lines.cells.get("A2")?.text).toBe("LED desk lamp");
    const xml = strFromU8(unzipSync(await template("?lang=en"))["xl/worksheets/sheet1.xml"]);
    expect(xml).toContain('<formula1>"manufacturer,trader"</formula1>');
    expect(readWorkbook(await template("?lang=en"))[0].name).toBe("Company and measures");
  });

  it("names the sheet and the cell of every problem, in Chinese or English", async () => {
    const bytes = await template("?preset=guzhen-led-9810-amazon&lang=en");
    // Product lines!G2 is the first line's unit cost; make it negative.
    const bad = edit(bytes, "xl/worksheets/sheet2.xml", /<c r="G2"><v>38<\/v>/, '<c r="G2"><v>-38</v>');
    const en = await importWorkbook(bad, "?lang=en");
    expect(en.status).toBe(400);
    expect(en.body.errors).toEqual([
      { pointer: "/sheets/Product lines/G2", message: "Product lines!G2: must be at least 0" },
    ]);
    const zh = await importWorkbook(bad);
    expect(zh.body.errors[0].message).toBe("Product lines!G2：必须不小于 0");
    // An enumeration outside its list, on the company sheet (B6 is the kind of exporter).
    const kind = edit(
      bytes,
      "xl/worksheets/sheet1.xml",
      /(<c r="B6" t="inlineStr"><is><t xml:space="preserve">)manufacturer</,
      "$1factory<",
    );
    const k = await importWorkbook(kind, "?lang=en");
    expect(k.body.errors[0]).toEqual({
      pointer: "/sheets/Company and measures/B6",
      message: 'Company and measures!B6: "factory" is not one of manufacturer, trader',
    });
  });

  it("reads numbers typed as text and dates as Excel stores them", async () => {
    const bytes = await template("?preset=guzhen-led-9810-amazon");
    // B4 opening cash typed as text; B3 the start date typed as a date (serial 46054 = 2026-02-01).
    const typed = edit(
      edit(
        bytes,
        "xl/worksheets/sheet1.xml",
        /<c r="B4"><v>1000000<\/v><\/c>/,
        '<c r="B4" t="inlineStr"><is><t>1500000</t></is></c>',
      ),
      "xl/worksheets/sheet1.xml",
      /<c r="B3" t="inlineStr"><is><t xml:space="preserve">2026-01-01<\/t><\/is><\/c>/,
      '<c r="B3" s="0"><v>46054</v></c>',
    );
    const back = await importWorkbook(typed);
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body.openingCash).toBe("1500000");
    expect(back.body.startDate).toBe("2026-02-01");
  });

  it("refuses what is not a workbook, and JSON", async () => {
    const junk = await importWorkbook(strToU8("not a zip"), "?lang=en");
    expect(junk.status).toBe(400);
    expect(junk.body.errors[0].message).toContain("not an .xlsx workbook");
    expect((await call("POST", "/v1/scenarios/import", { a: 1 })).status).toBe(415);
    expect((await call("GET", "/v1/scenarios/template.xlsx?preset=nope")).status).toBe(404);
  });
});

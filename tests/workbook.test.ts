import { describe, expect, it } from "vitest";
import { readWorkbook, XLSX_TYPE } from "../src/api/xlsx";
import { findPreset, PRESETS } from "../src/policy/presets";
import { call } from "./helpers";

const scenario = findPreset("guzhen-led-9810-amazon")!.scenario;

async function workbook(query: string, headers: Record<string, string> = {}) {
  const res = await call("POST", `/v1/cashflow/projection${query}`, scenario, headers);
  expect(res.status).toBe(200);
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

describe("POST /v1/cashflow/projection?format=xlsx", () => {
  it("answers a workbook carrying the months, the measures and the explanation of the JSON answer", async () => {
    const json = await (await call("POST", "/v1/cashflow/projection", scenario)).json<any>();
    const { res, bytes } = await workbook("?format=xlsx&lang=en");
    expect(res.headers.get("content-type")).toBe(XLSX_TYPE);
    expect(res.headers.get("content-disposition")).toContain("cashflow.xlsx");
    const [months, measures, explain] = readWorkbook(bytes);
    expect([months.name, measures.name, explain.name]).toEqual(["Months", "Measures", "Explanation"]);
    // Row 1 headers in English; row 2 the first month, money as numbers.
    expect(months.cells.get("A1")?.text).toBe("Month");
    expect(months.cells.get("B1")?.text).toBe("Opening balance");
    expect(months.cells.get("C1")?.text).toBe("Sales receipts");
    const last = json.periods.length + 1;
    expect(months.cells.get(`A${last}`)?.text).toBe(json.periods.at(-1).month);
    expect(months.cells.get("B2")).toEqual({
      text: json.periods[0].openingBalance,
      number: true,
      decimals: 2,
    });
    expect(months.cells.get(`C${last}`)).toEqual({
      text: json.periods.at(-1).inflows.salesReceipts,
      number: true,
      decimals: 2,
    });
    // The measures sheet: the summary first, then one row per measure with its document.
    expect(measures.cells.get("A2")?.text).toBe("Revenue");
    expect(measures.cells.get("B2")).toEqual({ text: json.summary.revenue, number: true, decimals: 2 });
    expect(measures.cells.get("C2")).toEqual({ text: json.baseline.revenue, number: true, decimals: 2 });
    const texts = [...measures.cells.values()].map((c) => c.text);
    for (const m of json.measures) {
      expect(texts).toContain(m.title.en);
      expect(texts).toContain(m.source);
      expect(texts).toContain(m.marginal.totalCostChange);
    }
    expect(explain.cells.get("B2")?.text).toBe(json.explain[0].en);
    expect(explain.cells.size).toBeGreaterThanOrEqual(json.explain.length * 2);
  });

  it("writes Chinese headers by default, shows money to the fen, and is the same bytes every time", async () => {
    const zh = await workbook("?format=xlsx");
    const [months, measures] = readWorkbook(zh.bytes);
    expect(months.name).toBe("月度现金流");
    expect(months.cells.get("A1")?.text).toBe("月份");
    expect(measures.cells.get("A2")?.text).toBe("销售收入");
    const again = await workbook("", { accept: XLSX_TYPE });
    expect(again.bytes).toEqual(zh.bytes);
    // the number format of money cells is #,##0.00 (style 2 in styles.xml: 0 plain, 1 bold, 2 the first format)
    const { unzipSync, strFromU8 } = await import("fflate");
    const files = unzipSync(zh.bytes);
    const styles = strFromU8(files["xl/styles.xml"]);
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="#,##0.00"/>');
    expect(styles).toContain('<xf/><xf fontId="1" applyFont="1"/><xf numFmtId="164" applyNumberFormat="1"/>');
    expect(strFromU8(files["xl/worksheets/sheet1.xml"])).toMatch(/<c r="B2" s="2"><v>-?\d+\.\d{2}<\/v><\/c>/);
  });

  it("writes every figure as a numeric cell (no number stored as text), money with the fen format", async () => {
    for (const preset of PRESETS) {
      const res = await call("POST", "/v1/cashflow/projection?format=xlsx&lang=en", preset.scenario);
      expect(res.status).toBe(200);
      const sheets = readWorkbook(new Uint8Array(await res.arrayBuffer()));
      for (const sheet of sheets) {
        for (const [ref, cell] of sheet.cells) {
          // a figure as text would be a decimal string in a text cell
          if (/^-?\d+(\.\d+)?$/.test(cell.text))
            expect(cell.number, `${preset.id} ${sheet.name}!${ref}`).toBe(true);
          // money is reported to the fen: two decimals, shown with two
          if (cell.number && /^-?\d+\.\d{2}$/.test(cell.text)) expect(cell.decimals).toBe(2);
        }
      }
      // the months sheet holds money only, past its month column and header row
      for (const [ref, cell] of sheets[0].cells) {
        const [, column, row] = /^([A-Z]+)(\d+)$/.exec(ref)!;
        if (column !== "A" && row !== "1") expect(cell, ref).toMatchObject({ number: true, decimals: 2 });
      }
    }
  });

  it("keeps a figure of more than 15 significant digits as text, digit for digit", async () => {
    // Doubles between 2^49 and 2^50 (5.6e14 to 1.1e15) lie 2^-3 = 0.125 apart, so 999,999,999,999,999.99
    // (17 significant digits, within the schema's 1e15) is the double 1e15: as a number it would read
    // back a fen more.
    expect(Number("999999999999999.99")).toBe(1e15);
    const big = { ...scenario, openingCash: "999999999999999.99" };
    const res = await call("POST", "/v1/cashflow/projection?format=xlsx&lang=en", big);
    expect(res.status).toBe(200);
    const [months] = readWorkbook(new Uint8Array(await res.arrayBuffer()));
    expect(months.cells.get("B2")).toEqual({ text: "999999999999999.99", number: false });
  });
});

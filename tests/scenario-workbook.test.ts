import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { scenarioWorkbook } from "../src/api/scenario-workbook";
import {
  decimalText,
  fitsDouble,
  formatDecimals,
  type ReadSheet,
  readWorkbook,
  XLSX_TYPE,
} from "../src/api/xlsx";
import { findPreset, PRESETS } from "../src/policy/presets";
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

// ---- workbooks made here, cell by cell, the way Excel saves them ------------------------------

/**
 * A value typed into a cell: text (saved as a shared string, as Excel does), a boolean, a number
 * in General format, or a number under one of the formats below.
 */
type Typed = string | boolean | number | { n: number; shown: keyof typeof TYPED_STYLES };

/** cellXfs of the hand-made styles.xml: built-in #,##0.00 (4), 0.00% (10), m/d/yy (14), and custom 0.0000. */
const TYPED_STYLES = { fen: 1, percent: 2, date: 3, fourPlaces: 4 } as const;
const HAND_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="170" formatCode="0.0000"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="4" applyNumberFormat="1"/><xf numFmtId="10" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="170" applyNumberFormat="1"/></cellXfs></styleSheet>`;

const xmlText = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A workbook written here, not by our writer: the labels, paths and headers of the template's sheets
 * (so the sheets are the ones import expects) and the values given, by field path on a field sheet
 * (its column C holds the paths) or by cell on a table sheet. Nothing else of the template is kept.
 */
function handWorkbook(layout: ReadSheet[], values: Record<string, Record<string, Typed>>): Uint8Array {
  const shared: string[] = [];
  const cellXml = (ref: string, v: Typed) => {
    if (typeof v === "string") {
      if (!shared.includes(v)) shared.push(v);
      return `<c r="${ref}" t="s"><v>${shared.indexOf(v)}</v></c>`;
    }
    if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
    if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
    return `<c r="${ref}" s="${TYPED_STYLES[v.shown]}"><v>${v.n}</v></c>`;
  };
  const parts = layout.map((sheet) => {
    const cells = new Map<string, Typed>();
    const isFieldSheet = sheet.cells.get("C1")?.text === "path";
    for (const [ref, cell] of sheet.cells) {
      const keep = isFieldSheet ? /^[AC]\d+$|^B1$/.test(ref) : /^[A-Z]+1$/.test(ref);
      if (keep) cells.set(ref, cell.text);
    }
    for (const [key, v] of Object.entries(values[sheet.name] ?? {})) {
      const row = isFieldSheet
        ? [...sheet.cells].find(([ref, c]) => ref.startsWith("C") && c.text === key)?.[0].slice(1)
        : undefined;
      expect(!isFieldSheet || row !== undefined, `${sheet.name} has a row for ${key}`).toBe(true);
      cells.set(isFieldSheet ? `B${row}` : key, v);
    }
    const rows = new Map<number, string[]>();
    const order = (ref: string) => [Number(ref.replace(/^[A-Z]+/, "")), ref.replace(/\d+$/, "")] as const;
    for (const ref of [...cells.keys()].sort((a, b) => {
      const [ra, ca] = order(a);
      const [rb, cb] = order(b);
      return ra - rb || ca.length - cb.length || ca.localeCompare(cb);
    })) {
      const r = order(ref)[0];
      rows.set(r, [...(rows.get(r) ?? []), cellXml(ref, cells.get(ref)!)]);
    }
    const data = [...rows].map(([r, cs]) => `<row r="${r}">${cs.join("")}</row>`).join("");
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData></worksheet>`;
  });
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${layout
        .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${layout
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/hand${i + 1}.xml"/>`,
        )
        .join("")}</Relationships>`,
    ),
    "xl/styles.xml": strToU8(HAND_STYLES),
  };
  parts.forEach((xml, i) => {
    files[`xl/worksheets/hand${i + 1}.xml`] = strToU8(xml);
  });
  files["xl/sharedStrings.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}">${shared
      .map((t) => `<si><t>${xmlText(t)}</t></si>`)
      .join("")}</sst>`,
  );
  return zipSync(files);
}

/**
 * A Zhuhai live-commerce seller typed into the English template: one product line, a programme
 * grant and a known grant, the firm's facts. Dates as Excel stores them are days since 1899-12-30:
 * 46023 = 2026-01-01, 46203 = 2026-06-30.
 */
const TYPED: Record<string, Record<string, Typed>> = {
  "Company and measures": {
    horizonMonths: 12,
    startDate: { n: 46023, shown: "date" },
    openingCash: 500000,
    minimumCash: { n: 100000, shown: "fen" },
    "company.kind": "trader",
    "company.vatPayer": "general",
    "company.pilotZone.registered": true,
    "company.pilotZone.platformRecorded": "是",
    "company.pilotZone.zoneCustoms": "FALSE",
    "company.employees": 15,
    "company.totalAssets": "3000000",
    "company.size": "small",
    "company.firstTimeHedger": false,
    "measures.netting": false,
    "measures.noInvoiceExemption": true,
    "measures.deemedProfitTax": true,
    "measures.optionFeeWaiver": false,
    "measures.supplyChainFinance": false,
    "measures.departureRefund": false,
  },
  "Product lines": {
    A2: "Cotton T-shirt",
    B2: "610910",
    C2: "9610",
    D2: "US",
    E2: "USD",
    F2: 1000,
    G2: { n: 6.5, shown: "fen" },
    H2: "none",
    I2: 0,
    J2: 2.5,
    K2: { n: 12.99, shown: "fen" },
    L2: { n: 0.05, shown: "percent" },
    M2: 0.8,
    N2: "marketplace",
    O2: "amazon-us",
  },
  Timing: {
    supplierDepositShare: 0.3,
    supplierBalanceDays: 0,
    productionDays: 10,
    transitDays: 0,
    checkInDays: 0,
    sellThroughDays: 0,
    refundDays: 20,
  },
  "FX and hedging": {
    "fx.domesticRate": 0.015,
    "fx.bidSpread": { n: 0.0015, shown: "fourPlaces" },
    "fx.offerSpread": 0.0015,
    "fx.inwardFee.rate": 0.001,
    "fx.inwardFee.min": 20,
    "fx.inwardFee.max": 200,
    "fx.inwardFee.fixed": 0,
    "fx.outwardFee.rate": 0.001,
    "fx.outwardFee.min": 50,
    "fx.outwardFee.max": 1000,
    "fx.outwardFee.fixed": 150,
    "fx.hedge.strategy": "none",
    "fx.hedge.ratio": 0,
    "fx.hedge.strikeRatio": 1,
    "fx.hedge.handlingFeeRate": 0.001,
  },
  "Exchange rates": { A2: "USD", B2: { n: 7.1, shown: "fourPlaces" }, C2: 0.043, E2: 0.05 },
  Financing: { "financing.workingCapitalRate": 0.035, "financing.dayCount": "ACT/360" },
  Grants: {
    E2: "zh-live-commerce-fund",
    C2: "2026-12-15",
    A3: "Exhibition booth refund",
    B3: { n: 12000, shown: "fen" },
    C3: { n: 46203, shown: "date" },
  },
  "Grant facts": { city: "Zhuhai", district: "香洲区" },
  "Eligible spend": { A2: "exhibition", B2: 24000, C2: "2026-03-10" },
  "Cost-share terms": { A2: "exhibition", B2: 0.5, D2: 6 },
  "District awards": { A2: "zh-live-commerce-fund", B2: 200000, C2: 2026 },
};

/** What those cells say, worked out by hand from the values and formats typed above. */
const TYPED_SCENARIO = {
  horizonMonths: 12,
  startDate: "2026-01-01",
  openingCash: "500000",
  // 100000 under #,##0.00 shows two decimals, so it reads back with them
  minimumCash: "100000.00",
  company: {
    kind: "trader",
    vatPayer: "general",
    pilotZone: { registered: true, platformRecorded: true, zoneCustoms: false },
    employees: 15,
    totalAssets: "3000000",
    size: "small",
    firstTimeHedger: false,
  },
  productLines: [
    {
      name: "Cotton T-shirt",
      hsCode: "610910",
      customsCode: "9610",
      market: "US",
      currency: "USD",
      monthlyUnits: 1000,
      unitCost: "6.50",
      purchaseInvoice: "none",
      invoiceVatRate: "0",
      declaredUnitValue: "2.5",
      sellingPrice: "12.99",
      // 0.05 shown as 5.00%: the fraction with the two decimals the percentage shows, plus two
      returnsRate: "0.0500",
      freightPerUnit: "0.8",
      overseasCosts: [],
      sales: { channel: "marketplace", payoutRule: "amazon-us" },
    },
  ],
  timing: {
    supplierDepositShare: "0.3",
    supplierBalanceDays: 0,
    productionDays: 10,
    transitDays: 0,
    checkInDays: 0,
    sellThroughDays: 0,
    refundDays: 20,
  },
  fx: {
    rates: [{ currency: "USD", spot: "7.1000", foreignRate: "0.043", vol: "0.05" }],
    domesticRate: "0.015",
    bidSpread: "0.0015",
    offerSpread: "0.0015",
    inwardFee: { rate: "0.001", min: "20", max: "200", fixed: "0" },
    outwardFee: { rate: "0.001", min: "50", max: "1000", fixed: "150" },
    hedge: { strategy: "none", ratio: "0", strikeRatio: "1", handlingFeeRate: "0.001" },
  },
  financing: { workingCapitalRate: "0.035", dayCount: "ACT/360", products: [] },
  grants: [
    { programme: "zh-live-commerce-fund", date: "2026-12-15" },
    { name: "Exhibition booth refund", amount: "12000.00", date: "2026-06-30" },
  ],
  measures: {
    netting: false,
    noInvoiceExemption: true,
    deemedProfitTax: true,
    optionFeeWaiver: false,
    supplyChainFinance: false,
    departureRefund: false,
  },
  grantFacts: {
    city: "Zhuhai",
    district: "香洲区",
    spend: [{ category: "exhibition", amount: "24000", date: "2026-03-10" }],
    costShareTerms: { exhibition: { share: "0.5", paidAfterMonths: 6 } },
    districtAwards: [{ programme: "zh-live-commerce-fund", amount: "200000", year: 2026 }],
  },
};

describe("scenario workbooks typed by hand", () => {
  it("imports a workbook written cell by cell (shared strings, booleans, built-in formats) to the scenario worked out by hand", async () => {
    const layout = readWorkbook(await template("?lang=en"));
    const back = await importWorkbook(handWorkbook(layout, TYPED));
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body).toEqual(TYPED_SCENARIO);
    // and the same figures projected: the programme grant reads the district award of the facts
    const projected = await call("POST", "/v1/cashflow/projection", back.body);
    expect(projected.status, await projected.clone().text()).toBe(200);
  });

  for (const lang of ["en", "zh"] as const) {
    it(`names the sheet and the cell of each bad grant row (${lang})`, async () => {
      const layout = readWorkbook(await template(`?lang=${lang}`));
      const english = readWorkbook(await template("?lang=en")).map((s) => s.name);
      // the same cells, on the sheets of the language's template (same order, names translated)
      const typed = Object.fromEntries(
        Object.entries(TYPED).map(([name, cells]) => [layout[english.indexOf(name)].name, cells]),
      );
      const grants = lang === "en" ? "Grants" : "补贴";
      typed[grants] = {
        // a programme with an amount: the programme is estimated, the amount has no place
        E2: "zh-live-commerce-fund",
        B2: 5000,
        // an amount on a date without the date
        A3: "Booth",
        B3: 3000,
        // a programme that is not in the list
        E4: "zh-live-fund",
      };
      const bad = handWorkbook(layout, typed);
      const res = await importWorkbook(bad, `?lang=${lang}`);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual(
        lang === "en"
          ? [
              {
                pointer: "/sheets/Grants/E4",
                message:
                  'Grants!E4: "zh-live-fund" is not one of gz-2025-live-commerce-rewards, gz-2025-honghu-reward, gz-2025-park-operator-reward, zh-live-commerce-fund, zs-2023-10-training-subsidy, zs-2024-24-m12-overseas-warehouse, zs-2023-10-exhibition-support, zs-2023-10-platform-support, zs-2023-10-rent-subsidy, zs-2023-10-loan-interest-subsidy',
              },
              {
                pointer: "/sheets/Grants/B2",
                message:
                  "Grants!B2: a grant estimated from a programme takes no amount: clear this cell, or clear the programme",
              },
              {
                pointer: "/sheets/Grants/C3",
                message: "Grants!C3: is empty; fill it in, or choose a programme to estimate instead",
              },
            ]
          : [
              {
                pointer: "/sheets/补贴/E4",
                message:
                  "补贴!E4：“zh-live-fund”不在可选值 gz-2025-live-commerce-rewards、gz-2025-honghu-reward、gz-2025-park-operator-reward、zh-live-commerce-fund、zs-2023-10-training-subsidy、zs-2024-24-m12-overseas-warehouse、zs-2023-10-exhibition-support、zs-2023-10-platform-support、zs-2023-10-rent-subsidy、zs-2023-10-loan-interest-subsidy 中",
              },
              {
                pointer: "/sheets/补贴/B2",
                message: "补贴!B2：按政策项目估算的补贴不填名称、金额和措施编号：请清空此格，或清空政策项目",
              },
              {
                pointer: "/sheets/补贴/C3",
                message: "补贴!C3：未填写：请填写，或改为选择按政策项目估算",
              },
            ],
      );
    });
  }
});

describe("figures through a spreadsheet's doubles", () => {
  it("reads back every decimal of at most 15 significant digits as written, given the decimals its format shows", () => {
    // A double carries 15 significant decimal digits both ways (IEEE 754 binary64; C's DBL_DIG = 15):
    // the decimal read into the nearest double and printed shortest is the decimal again, less any
    // trailing zeros, which the cell's format restores.
    const decimal = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 10 }), fc.boolean())
      .map(([digits, places, negative]) => {
        const padded = digits.toString().padStart(places + 1, "0");
        const text = places ? `${padded.slice(0, -places)}.${padded.slice(-places)}` : padded;
        return { text: negative && digits > 0n ? `-${text}` : text, places };
      });
    fc.assert(
      fc.property(decimal, ({ text, places }) => {
        // as we write it, and as Excel may save it: 17 significant digits (0.3 as 0.29999999999999999)
        expect(decimalText({ text: String(Number(text)), number: true, decimals: places })).toBe(text);
        const excel = Number(text).toPrecision(17);
        expect(decimalText({ text: excel, number: true, decimals: places })).toBe(text);
      }),
      { numRuns: 5000 },
    );
  });

  it("reads the decimals a number format shows, whatever program wrote it", () => {
    expect(formatDecimals("General")).toBe(0);
    expect(formatDecimals("#,##0.00####")).toBe(2);
    // accounting style: padding (_) and the negative section do not count
    expect(formatDecimals("#,##0.00_);(#,##0.00)")).toBe(2);
    // a quoted literal, a colour and an escaped character are not digits
    expect(formatDecimals('"CNY "#,##0.000')).toBe(3);
    expect(formatDecimals("[Red]0.0000")).toBe(4);
    expect(formatDecimals('0\\.0"."00')).toBe(0);
    // a percentage shows the fraction times 100: 5.00% is the fraction 0.0500
    expect(formatDecimals("0.00%")).toBe(4);
    expect(formatDecimals("0%")).toBe(2);
  });

  it("the schema's rates always fit; money fits up to 15 significant digits and is text beyond", () => {
    // RATE_LIMITS: |x| <= 1000 with at most 10 decimals: at most 3 + 10 = 13 significant digits
    // below 1000, and 1000 itself is one.
    expect(fitsDouble("999.9999999999")).toBe(true);
    // MONEY_LIMITS: |x| <= 1e15 with 6 decimals: up to 16 + 6 digits.
    expect(fitsDouble("123456789.123456")).toBe(true);
    expect(fitsDouble("1234567890.123456")).toBe(false);
    expect(fitsDouble("1000000000000000")).toBe(true);
  });

  it("keeps an amount a double cannot carry as text, names it on the notes sheet, and reads it back digit for digit", async () => {
    // 999,999,999,999,999.99 is within the schema's 1e15 but is the double 1e15 (doubles there lie
    // 0.125 apart): as a number the workbook would give back a fen more.
    expect(Number("999999999999999.99")).toBe(1e15);
    const preset = findPreset("guzhen-led-9810-amazon")!.scenario;
    const scenario = {
      ...preset,
      company: { ...(preset.company as object), totalAssets: "999999999999999.99" },
    };
    const bytes = scenarioWorkbook(scenario, "en");
    const sheets = readWorkbook(bytes);
    expect(sheets[0].cells.get("B12")).toEqual({ text: "999999999999999.99", number: false });
    const notes = sheets.find((s) => s.name === "Notes")!;
    expect([...notes.cells.values()].map((c) => c.text).join("\n")).toContain(
      "Numbers kept as text here: Company and measures!B12",
    );
    const back = await importWorkbook(bytes);
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(JSON.stringify(back.body)).toBe(JSON.stringify(scenario));
  });

  it("writes the preset's figures as numeric cells, each format showing the decimals the preset holds", async () => {
    const files = unzipSync(await template("?preset=xiangzhou-live-commerce-9610-district-award&lang=en"));
    const lines = strFromU8(files["xl/worksheets/sheet2.xml"]);
    const styles = strFromU8(files["xl/styles.xml"]);
    const formatOf = (ref: string) => {
      const style = new RegExp(`<c r="${ref}" s="(\\d+)"><v>`).exec(lines)?.[1];
      expect(style, ref).toBeDefined();
      const xf = [...styles.matchAll(/<xf numFmtId="(\d+)" applyNumberFormat="1"\/>/g)][Number(style) - 2][1];
      return new RegExp(`<numFmt numFmtId="${xf}" formatCode="([^"]+)"/>`).exec(styles)?.[1];
    };
    // the preset's selling price "14.99" (money: thousands separator, two decimals shown, up to six)
    expect(lines).toContain("<v>14.99</v>");
    expect(formatOf("K2")).toBe("#,##0.00####");
    // its returns rate "0.06": a fraction, two decimals shown, up to ten
    expect(formatOf("L2")).toBe("0.00########");
    // its unit cost "18", whole: General, so a typed 18.5 is not shown rounded
    expect(lines).toContain('<c r="G2"><v>18</v></c>');
    // no figure in a text cell: the only numeric-looking text is the HS code and the customs mode
    const numericText = [
      ...lines.matchAll(/<c r="([A-Z]+\d+)"[^>]*t="inlineStr"><is><t[^>]*>(-?\d+(?:\.\d+)?)</g),
    ].map((m) => m[1].replace(/\d+$/, ""));
    expect(new Set(numericText)).toEqual(new Set(["B", "C"]));
    expect(lines).toContain('numberStoredAsText="1"');
  });

  it("offers drop-down lists for the grant programmes, the firm's facts and who the skill subsidy is paid to", async () => {
    const bytes = await template("?lang=en");
    const sheets = readWorkbook(bytes);
    const files = unzipSync(bytes);
    const xmlOf = (name: string) =>
      strFromU8(files[`xl/worksheets/sheet${sheets.findIndex((s) => s.name === name) + 1}.xml`]);
    // ten programmes are longer than Excel's 255-character inline list: they sit on the hidden sheet
    expect(strFromU8(files["xl/workbook.xml"])).toContain('<sheet name="lists" sheetId="19" state="hidden"');
    expect(xmlOf("Grants")).toContain("sqref=\"E2:E25\"><formula1>'lists'!$A$1:$A$10</formula1>");
    const lists = sheets.find((s) => s.name === "lists")!;
    expect(lists.cells.get("A4")?.text).toBe("zh-live-commerce-fund");
    const facts = xmlOf("Grant facts");
    expect(facts).toContain('<formula1>"Guangzhou,Zhuhai,Zhongshan"</formula1>');
    expect(facts).toContain('<formula1>"employees,firm"</formula1>');
    expect(facts).toContain('<formula1>"compound,arithmetic"</formula1>');
    expect(xmlOf("District awards")).toContain(
      '<formula1>"zh-live-commerce-fund,gz-2025-park-operator-reward"</formula1>',
    );
    expect(xmlOf("Cost-share terms")).toContain(
      '<formula1>"overseasWarehouse,exhibition,platform,rent,loanInterest"</formula1>',
    );
    expect(xmlOf("Company and measures")).toContain('<formula1>"handling-fee,premium"</formula1>');
    expect(xmlOf("Financing products")).toContain('<formula1>"advance,face"</formula1>');
  });
});

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, SHOTS, type Site, scenarioOf, startSite } from "./site";

/**
 * The web form in a real Chromium against `wrangler dev` (the workerd runtime the site runs on).
 * Starts the Worker on a free port, drives Debian's chromium, and stops both. Screenshots go to
 * test-results/web/ for a person to look at.
 */

let site: Site;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  site = await startSite();
  ({ browser, origin } = site);
}, 90_000);

afterAll(async () => {
  await site?.stop();
});

async function newPage(width: number, locale = "zh-CN", bypassCSP = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale, bypassCSP });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

async function post(scenario: unknown, format: "json" | "csv"): Promise<Response> {
  const res = await fetch(`${origin}/v1/cashflow/projection?format=${format}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(scenario),
  });
  expect(res.status).toBe(200);
  return res;
}

/** The API's answer for a scenario (the figures the pages must show). */
async function projection(scenario: unknown): Promise<any> {
  return (await post(scenario, "json")).json();
}

async function projectionCsv(scenario: unknown): Promise<string> {
  return (await post(scenario, "csv")).text();
}

/** a - b for two fen strings, in integer fen (no floats). */
function fenDiff(a: string, b: string): string {
  const fen = (x: string) => {
    const [w, f = ""] = x.replace("-", "").split(".");
    const v = BigInt(w) * 100n + BigInt(`${f}00`.slice(0, 2));
    return x.startsWith("-") ? -v : v;
  };
  const d = fen(a) - fen(b);
  const abs = d < 0n ? -d : d;
  return `${d < 0n ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

/** "-435903.39" -> "-¥435,903.39", as a person writes it. */
function yuan(fen: string): string {
  const [whole, cents] = fen.replace("-", "").split(".");
  return `${fen.startsWith("-") ? "-" : ""}¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}

async function headlineValues(page: Page) {
  const value = (id: string) => page.locator(`#${id} .value data`).getAttribute("value");
  return {
    peak: await value("peak"),
    ending: await value("ending"),
    cost: await value("cost"),
    save: await value("save"),
  };
}

describe("the web form in Chromium", () => {
  it("fills the form from a preset on a phone, and the report equals the API", async () => {
    const page = await newPage(375);
    await page.goto(`${origin}/`);
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await page.getByLabel("从一个例子开始").selectOption("guzhen-led-9810-amazon");
    await page.getByRole("button", { name: "载入" }).click();
    // The preset's products named in Chinese on the Chinese page (seeds/presets.json lineNames).
    await expect.poll(() => page.getByLabel("产品名称").first().inputValue()).toBe("LED台灯");
    await page.screenshot({ path: `${SHOTS}/form-phone.png`, fullPage: true });
    await page.getByRole("button", { name: "生成报告" }).click();
    await page.waitForURL(/\/report\?s=/);

    const api = await projection(scenarioOf(page.url()));
    const shown = await headlineValues(page);
    expect(shown).toEqual({
      peak: api.summary.peakFinancingOutstanding,
      ending: api.summary.endingCash,
      cost: api.summary.totalCost,
      save: fenDiff(api.baseline.totalCost, api.summary.totalCost),
    });

    // The chart: one bar per month, the lines, and a text alternative.
    const chart = page.locator("figure.chart svg[role=img]");
    await expect.poll(() => chart.count()).toBe(1);
    expect(await chart.locator("g.bars rect").count()).toBe(api.periods.length);
    expect(await chart.locator("title").first().textContent()).toBe("每月现金余额");
    // The months when cash before financing is below the minimum, enlarged, the lowest labelled with
    // the API's figures: min over the months of closing balance less financing owed.
    const beforeFinancing = api.periods.map((p: any) => fenDiff(p.closingBalance, p.financing.outstanding));
    const lowest = beforeFinancing.reduce((a: string, b: string) => (Number(b) < Number(a) ? b : a));
    const zoom = page.locator("figure.chart-zoom svg[role=img]");
    expect(await zoom.count()).toBe(1);
    expect(await zoom.locator("text[font-weight='700']").textContent()).toBe(`不借款时最低 ${yuan(lowest)}`);
    expect(await page.locator(".waterfall li").count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator("table.measures tbody tr").count()).toBe(api.measures.length);
    expect(await page.locator("table.measures").textContent()).toContain("中府办函〔2024〕24号");
    expect(await page.locator("table.monthly tbody tr").count()).toBe(api.periods.length);

    // The CSV link gives the API's CSV for the same scenario.
    const csvHref = await page.getByRole("link", { name: /CSV/ }).getAttribute("href");
    const csv = await page.request.get(`${origin}${csvHref}`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    // The API's months and figures, under headers in the page's language.
    const [header, ...rows] = (await csv.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(header.startsWith("月份,月初余额,")).toBe(true);
    expect(rows).toEqual((await projectionCsv(scenarioOf(page.url()))).split("\r\n").slice(1));

    // No layout shift while the page settles; the page is light.
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list: any) => {
            for (const e of list.getEntries()) total += (e as unknown as { value: number }).value;
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBeLessThan(0.05);
    await page.screenshot({ path: `${SHOTS}/report-phone.png`, fullPage: true });
    await page.context().close();
  }, 60_000);

  it("removes a middle product line on a phone: the other lines keep their values, the report equals the API", async () => {
    const page = await newPage(375);
    await page.goto(`${origin}/?preset=guzhen-led-9810-amazon`);
    const names = page.getByLabel("产品名称");
    await expect.poll(() => names.count()).toBe(5);
    await names.nth(0).fill("LED 台灯（改）");
    await page.locator("#f-l2-monthlyUnits").fill("1800");
    await page.locator("#f-l3-unitCost").fill("90");
    await page.getByRole("button", { name: "删除此产品（产品 2）" }).click();
    await page.waitForURL(/removeLine=1/);
    await expect.poll(() => names.count()).toBe(4);
    expect(await Promise.all([0, 1, 2, 3].map((i) => names.nth(i).inputValue()))).toEqual([
      "LED 台灯（改）",
      "LED灯带套装",
      "LED落地灯",
      "充电式LED工作灯",
    ]);
    expect(await page.locator("#f-l1-monthlyUnits").inputValue()).toBe("1800");
    expect(await page.locator("#f-l2-unitCost").inputValue()).toBe("90");
    expect(await page.getByRole("button", { name: /删除此产品/ }).count()).toBe(4);
    // Nothing sticks out of a 375 px screen.
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth)).toBe(375);
    await page
      .locator("fieldset.line")
      .nth(1)
      .screenshot({ path: `${SHOTS}/form-line-phone.png` });

    // The live check shows the projection's problem on the line's overseas costs before submitting.
    await page.getByText("更多设置").click();
    const logistics = page.locator("#f-l1-costs-logistics");
    expect(await logistics.inputValue()).toBe("4.10"); // the strip light kit's, seeds/presets.json
    await logistics.fill("40");
    await logistics.press("Tab");
    const costsError = page.locator("#f-l1-costs-err");
    await expect.poll(() => costsError.textContent()).toBe("可轧差的境外费用超过了对应的销售收入");
    expect(await page.locator("#f-l1-costs").getAttribute("aria-invalid")).toBe("true");
    await page.locator("#f-l1-costs").screenshot({ path: `${SHOTS}/form-costs-live-phone.png` });
    await logistics.fill("4.10");
    await logistics.press("Tab");
    await expect.poll(() => costsError.textContent()).toBe("");
    expect(await page.locator("#f-l1-costs").getAttribute("aria-invalid")).toBeNull();

    // Enter in a field sends the report (not the first remove button).
    await names.nth(0).press("Enter");
    await page.waitForURL(/\/report\?s=/);
    const api = await projection(scenarioOf(page.url()));
    expect(await headlineValues(page)).toEqual({
      peak: api.summary.peakFinancingOutstanding,
      ending: api.summary.endingCash,
      cost: api.summary.totalCost,
      save: fenDiff(api.baseline.totalCost, api.summary.totalCost),
    });
    // Worked out apart from the form: the preset from the API, its second line taken out, the edits made.
    const preset: any = await (await fetch(`${origin}/v1/presets/guzhen-led-9810-amazon`)).json();
    const expected = preset.scenario;
    expected.productLines.splice(1, 1);
    expected.productLines[0].name = "LED 台灯（改）";
    // The Chinese page names the other products in Chinese (seeds/presets.json lineNames.zh).
    expected.productLines[1].name = "LED灯带套装";
    expected.productLines[2].name = "LED落地灯";
    expected.productLines[3].name = "充电式LED工作灯";
    expected.productLines[1].monthlyUnits = 1800;
    expected.productLines[2].unitCost = "90";
    const want = await projection(expected);
    expect(api.summary).toEqual(want.summary);
    expect(api.lines).toEqual(want.lines);
    await page.context().close();
  }, 60_000);

  it("submits a blank form once the required fields are filled, with live messages before", async () => {
    const page = await newPage(1280);
    await page.goto(`${origin}/`);
    // A bad HS code: the script asks the server and shows the API's message on the field.
    await page.getByLabel(/商品编码/).fill("12");
    await page.getByLabel(/商品编码/).press("Tab");
    await expect.poll(() => page.locator("#f-l0-hsCode-err").textContent()).not.toBe("");
    expect(await page.getByLabel(/商品编码/).getAttribute("aria-invalid")).toBe("true");
    // Submitting with required fields empty: the server re-renders with a message on each.
    await page.getByRole("button", { name: "生成报告" }).click();
    await expect.poll(() => page.locator("#problems").count()).toBe(1);
    expect(await page.locator("#f-openingCash-err").textContent()).toBe("请填写此项");
    await page.screenshot({ path: `${SHOTS}/form-errors-desktop.png`, fullPage: true });

    await page.getByLabel(/现在账上可用的资金/).fill("1,500,000");
    await page.getByLabel(/账上至少要留的钱/).fill("200000");
    await page.getByLabel("产品名称").fill("电烤箱");
    await page.getByLabel(/商品编码/).fill("851660");
    await page.getByLabel(/每月发货量/).fill("2000");
    await page.getByLabel(/每件成本/).fill("45");
    await page.getByLabel(/每件售价/).fill("29.99");
    await page.getByLabel(/报关单价/).fill("9.50");
    await page.getByLabel(/轧差结算/).check();
    await page.getByRole("button", { name: "生成报告" }).click();
    await page.waitForURL(/\/report\?s=/);
    const api = await projection(scenarioOf(page.url()));
    expect((await headlineValues(page)).cost).toBe(api.summary.totalCost);
    await page.screenshot({ path: `${SHOTS}/report-desktop.png`, fullPage: true });

    // Print: the summary (headline, chart, waterfall, measure table) fits one A4 page.
    await page.setViewportSize({ width: 703, height: 1032 }); // A4 less 12 mm margins, at 96 dpi
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header.site").isVisible()).toBe(false);
    // The verdict, the headline figures, the chart and the waterfall fit the first page; the footer prints.
    const summaryBottom = await page.evaluate(
      () => (globalThis as any).document.querySelector(".visuals").getBoundingClientRect().bottom as number,
    );
    expect(summaryBottom).toBeLessThanOrEqual(1032);
    expect(await page.locator("footer.site").isVisible()).toBe(true);
    expect(await page.locator("#assumptions-h").isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/report-print.png`, fullPage: false });
    await page.context().close();
  }, 60_000);

  it("warns beside a ticked measure that will not apply, before the report, with and without JavaScript", async () => {
    // Shaxi ships 9610 parcels; the refund on departure (国家税务总局公告2025年第3号) is for 9810 exports.
    for (const width of [375, 1366]) {
      const page = await newPage(width, "zh-CN", true);
      await page.goto(`${origin}/?preset=shaxi-apparel-9610-no-invoice`);
      const note = page.locator("#f-m-departureRefund-note");
      expect(await note.isVisible()).toBe(false);
      await page.getByLabel("离境即退税").check();
      await expect.poll(() => note.textContent()).toMatch(/^勾选了，但在本方案中不会生效：.*9810/);
      expect(await note.isVisible()).toBe(true);
      expect(new URL(page.url()).pathname).toBe("/"); // nothing submitted
      // The measures that do apply to Shaxi (无票免税, 核定征收) say nothing.
      expect(await page.locator("#f-m-noInvoiceExemption-note").textContent()).toBe("");
      expect(await axeViolations(page)).toEqual([]);
      await page.locator("#measures").screenshot({ path: `${SHOTS}/form-measure-note-${width}.png` });
      await page.getByLabel("离境即退税").uncheck();
      await expect.poll(() => note.textContent()).toBe("");
      await page.context().close();
    }
    // Without JavaScript: the check button sends the form back with the reason beside the box.
    const context = await browser.newContext({
      viewport: { width: 375, height: 900 },
      locale: "zh-CN",
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${origin}/?preset=shaxi-apparel-9610-no-invoice`);
    await page.getByLabel("离境即退税").check();
    await page.getByRole("button", { name: "先检查所选措施是否适用" }).click();
    await page.waitForURL(/check=1/);
    expect(await page.locator("#f-m-departureRefund-note").textContent()).toContain("本方案没有9810产品");
    expect(await page.getByLabel("离境即退税").isChecked()).toBe(true);
    expect(await page.getByRole("status").textContent()).toContain("有 1 项勾选的措施不会生效");
    await context.close();
  }, 90_000);

  it("keeps the comparison's figures inside their cards and on screen at 375 and 1366 px", async () => {
    for (const width of [375, 1366]) {
      const page = await newPage(width, "zh-CN", true);
      await page.goto(`${origin}/compare?pa=dachong-furniture-0110-factoring&pb=guzhen-led-9810-amazon`);
      const overflowing = await page.evaluate(() => {
        const doc = (globalThis as any).document;
        const boxes = [...doc.querySelectorAll(".figure, .figure .value, .table-wrap")] as any[];
        return {
          page: doc.documentElement.scrollWidth - doc.documentElement.clientWidth,
          boxes: boxes
            .filter((b) => b.scrollWidth > b.clientWidth)
            .map((b) => `${b.className}: ${b.textContent.trim().slice(0, 30)}`),
          cards: boxes.length,
        };
      });
      expect(overflowing.cards).toBeGreaterThanOrEqual(9); // 4 cards and 4 values a side, and the table
      expect(overflowing.page).toBe(0);
      expect(overflowing.boxes).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/compare-${width}.png`, fullPage: true });
      await page.context().close();
    }
  }, 90_000);

  it("shows English with ?lang=en and compares two scenarios side by side", async () => {
    const page = await newPage(1280, "en-US");
    await page.goto(`${origin}/?lang=en&preset=shaxi-apparel-9610-no-invoice`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.getByRole("button", { name: "Show the report" }).click();
    await page.waitForURL(/\/report\?s=.*lang=en|\/report\?lang=en/);
    expect(await page.locator("#cost .label").textContent()).toBe("Total cost");
    await page.getByRole("link", { name: "Compare with no measures" }).click();
    await page.waitForURL(/\/compare\?/);
    expect(await page.locator("figure.chart svg[role=img]").count()).toBe(2);
    const cells = page.locator('table.compare tr[data-key="totalCost"] data');
    const [without, withMeasures] = [
      await cells.nth(0).getAttribute("value"),
      await cells.nth(1).getAttribute("value"),
    ];
    const api = await projection(scenarioOf(`${origin}/x?s=${new URL(page.url()).searchParams.get("b")}`));
    expect(withMeasures).toBe(api.summary.totalCost);
    expect(without).toBe(api.baseline.totalCost);
    await page.screenshot({ path: `${SHOTS}/compare-desktop.png`, fullPage: true });
    await page.context().close();
  }, 60_000);
});

describe("accessibility (axe-core) of every page, on a phone and a laptop", () => {
  const pages = [
    "/docs",
    "/docs?lang=en",
    "/",
    "/?preset=dachong-furniture-0110-factoring",
    "/measures",
    "/measures/cs-2018-103",
    "/measures/zs-2023-option-fee-waiver",
    "/measures/zs-2023-10-training-subsidy",
    "/compare",
  ];
  for (const width of [375, 1280]) {
    it(`has no violations at ${width} px`, async () => {
      const page = await newPage(width, "zh-CN", true);
      const found: Record<string, string[]> = {};
      for (const path of pages) {
        await page.goto(`${origin}${path}`);
        found[path] = await axeViolations(page);
      }
      // The report of a preset, reached as a person reaches it.
      await page.goto(`${origin}/?preset=guzhen-led-9810-amazon`);
      await page.getByRole("button", { name: "生成报告" }).click();
      await page.waitForURL(/\/report\?s=/);
      found["/report"] = await axeViolations(page);
      if (width === 375) await page.goto(`${origin}/docs#fxOptionPrice`);
      if (width === 375) await page.screenshot({ path: `${SHOTS}/docs-phone.png` });
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
      await page.context().close();
    }, 90_000);
  }
});

/**
 * The attributes ECMA-376 part 1 allows on the SpreadsheetML elements our writer emits (from the
 * schema's complex types CT_Cell, CT_Col, CT_Row, CT_Sheet, CT_DataValidation, CT_IgnoredError,
 * CT_Pane, CT_NumFmt, CT_Xf), and the order of a worksheet's children (CT_Worksheet's sequence).
 */
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  c: ["r", "s", "t", "cm", "vm", "ph"],
  col: [
    "min",
    "max",
    "width",
    "style",
    "hidden",
    "bestFit",
    "customWidth",
    "phonetic",
    "outlineLevel",
    "collapsed",
  ],
  row: [
    "r",
    "spans",
    "s",
    "customFormat",
    "ht",
    "hidden",
    "customHeight",
    "outlineLevel",
    "collapsed",
    "thickTop",
    "thickBot",
    "ph",
  ],
  sheet: ["name", "sheetId", "state", "r:id"],
  dataValidation: [
    "type",
    "errorStyle",
    "imeMode",
    "operator",
    "allowBlank",
    "showDropDown",
    "showInputMessage",
    "showErrorMessage",
    "errorTitle",
    "error",
    "promptTitle",
    "prompt",
    "sqref",
  ],
  ignoredError: [
    "sqref",
    "evalError",
    "twoDigitTextYear",
    "numberStoredAsText",
    "formula",
    "formulaRange",
    "unlockedFormula",
    "emptyCellReference",
    "listDataValidation",
    "calculatedColumn",
  ],
  pane: ["xSplit", "ySplit", "topLeftCell", "activePane", "state"],
  numFmt: ["numFmtId", "formatCode"],
  xf: [
    "numFmtId",
    "fontId",
    "fillId",
    "borderId",
    "xfId",
    "quotePrefix",
    "pivotButton",
    "applyNumberFormat",
    "applyFont",
    "applyFill",
    "applyBorder",
    "applyAlignment",
    "applyProtection",
  ],
};
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
];

describe("the workbooks' XML parts in Chromium's XML parser", () => {
  it("parses every part of the templates and the projection workbook, with only the schema's attributes, in its order, and styles that exist", async () => {
    const { unzipSync, strFromU8 } = await import("fflate");
    const zhuhai = "xiangzhou-live-commerce-9610-district-award";
    const scenario = await (await fetch(`${origin}/v1/presets/${zhuhai}`)).json();
    const workbooks = {
      template: await fetch(`${origin}/v1/scenarios/template.xlsx`),
      zhuhaiZh: await fetch(`${origin}/v1/scenarios/template.xlsx?preset=${zhuhai}`),
      zhuhaiEn: await fetch(`${origin}/v1/scenarios/template.xlsx?preset=${zhuhai}&lang=en`),
      projection: await fetch(`${origin}/v1/cashflow/projection?format=xlsx`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify((scenario as any).scenario),
      }),
    };
    const page = await newPage(800);
    for (const [name, res] of Object.entries(workbooks)) {
      expect(res.status, name).toBe(200);
      const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
      const types = strFromU8(files["[Content_Types].xml"]);
      for (const [path, bytes] of Object.entries(files)) {
        if (path.startsWith("xl/worksheets/"))
          expect(types, `${name} ${path}`).toContain(`PartName="/${path}"`);
        const problems: string[] = await page.evaluate(
          ({ xml, allowed, order }) => {
            // in the page: the browser's own XML parser (no DOM types in this Node project)
            const g = globalThis as any;
            const doc = new g.DOMParser().parseFromString(xml, "application/xml");
            const error = doc.getElementsByTagName("parsererror")[0];
            if (error) return [`not well-formed: ${error.textContent}`];
            const found: string[] = [];
            for (const el of Array.from<any>(doc.getElementsByTagName("*"))) {
              const names = allowed[el.localName];
              if (!names) continue;
              for (const a of Array.from<any>(el.attributes)) {
                if (!a.name.startsWith("xmlns") && !names.includes(a.name))
                  found.push(`<${el.localName} ${a.name}>`);
              }
            }
            if (doc.documentElement.localName === "worksheet") {
              const children = Array.from<any>(doc.documentElement.children).map((c) =>
                order.indexOf(c.localName),
              );
              if (children.some((i, k) => i < 0 || (k > 0 && i < children[k - 1])))
                found.push("worksheet children out of order");
            }
            return found;
          },
          { xml: strFromU8(bytes), allowed: ALLOWED_ATTRIBUTES, order: WORKSHEET_ORDER },
        );
        expect(problems, `${name} ${path}`).toEqual([]);
      }
      // every style a cell or column names is in cellXfs, every custom format it uses is defined
      const styles = strFromU8(files["xl/styles.xml"]);
      const xfs = [...(/<cellXfs[^>]*>(.*)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf\b[^>]*>/g)];
      const formats = new Set([...styles.matchAll(/<numFmt numFmtId="(\d+)"/g)].map((m) => m[1]));
      for (const xf of xfs) {
        const id = /numFmtId="(\d+)"/.exec(xf[0])?.[1];
        if (id && Number(id) >= 164) expect(formats.has(id), `${name} numFmt ${id}`).toBe(true);
      }
      for (const [path, bytes] of Object.entries(files).filter(([p]) => p.startsWith("xl/worksheets/"))) {
        for (const m of strFromU8(bytes).matchAll(/<c[^>]* s="(\d+)"|<col[^>]* style="(\d+)"/g)) {
          expect(Number(m[1] ?? m[2]), `${name} ${path}`).toBeLessThan(xfs.length);
        }
      }
    }
    await page.context().close();
  }, 60_000);
});

import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { BLANK_SCENARIO } from "../src/policy/blank-scenario";
import { catalog } from "../src/policy/catalog";
import { PRESETS } from "../src/policy/presets";
import { formFields, valuesOf } from "../src/web/form";
import { cny } from "../src/web/format";
import { decodeScenario, encodeScenario } from "../src/web/share";
import { call, postJson } from "./helpers";

async function page(path: string, headers: Record<string, string> = {}) {
  const res = await call("GET", path, undefined, headers);
  return { status: res.status, type: res.headers.get("content-type") ?? "", html: await res.text(), res };
}

/** Every form control's id, and every label's `for`. */
function controlsAndLabels(html: string) {
  const controls = [...html.matchAll(/<(?:input|select)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
  const labels = new Set([...html.matchAll(/<label\b[^>]*\bfor="([^"]+)"/g)].map((m) => m[1]));
  return { controls, labels };
}

describe("web form, through the Worker", () => {
  it("is in Chinese by default and in English with ?lang=en", async () => {
    const zh = await page("/");
    expect(zh.status).toBe(200);
    expect(zh.type).toContain("text/html");
    expect(zh.html).toMatch(/^<!doctype html><html lang="zh-CN">/);
    expect(zh.html).toContain("每月发货量");
    expect(zh.html).toContain("离境即退税");
    const en = await page("/?lang=en");
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain("Units shipped per month");
    expect(en.html).toContain('<input type="hidden" name="lang" value="en"/>');
  });

  it("labels every control and marks the required ones", async () => {
    const { html } = await page("/");
    const { controls, labels } = controlsAndLabels(html);
    expect(controls.length).toBeGreaterThan(30);
    for (const id of controls) if (id !== "share-url") expect(labels.has(id), id).toBe(true);
    expect(html).toContain('id="f-openingCash"');
    expect(html.match(/aria-required="true"/g)?.length).toBeGreaterThanOrEqual(8);
  });

  it("loads a preset's figures into the fields, its products named in the page's language", async () => {
    const { html } = await page(`/?preset=${PRESETS[0].id}`);
    // seeds/presets.json lineNames.zh: the Chinese page shows Chinese product names (issue 17).
    expect(html).toContain('value="LED台灯"');
    expect(html).not.toContain("LED desk lamp");
    const en = await page(`/?preset=${PRESETS[0].id}&lang=en`);
    expect(en.html).toContain('value="LED desk lamp"');
    expect(html).toContain('name="l4.name"');
    expect(html).toMatch(/id="f-workingCapitalRate"[^>]*value="3.5"/);
    expect(html).toMatch(/<input type="hidden" name="preset" value="guzhen-led-9810-amazon"/);
  });

  it("adds a product line without JavaScript", async () => {
    const { html } = await page("/?lines=1&addLine=1&l0.name=A");
    expect(html).toContain('name="l1.name"');
    expect(html).toContain('<input type="hidden" name="lines" value="2"/>');
    expect(html).toMatch(/name="l0.name"[^>]*value="A"/);
  });

  it("shows the typical price and cost of the goods named as the empty inputs' placeholders", async () => {
    // seeds/typical-goods.json: T恤 about USD 14.99, cost 17% of it: 0.17 × 14.99 × 7.1 = 18.09 CNY.
    const blank = valuesOf(BLANK_SCENARIO, formFields(BLANK_SCENARIO, 1));
    const query = new URLSearchParams({ ...blank, lines: "1", addLine: "1", "l0.name": "T恤" });
    const { html } = await page(`/?${query}`);
    expect(html).toMatch(/name="l0.sellingPrice"[^>]*placeholder="14.99"/);
    expect(html).toMatch(/name="l0.unitCost"[^>]*placeholder="18.09"/);
    expect(html).toContain("不填按服装/T恤典型值，可修改");
    // Filled by the typical figure, the price is no longer marked required.
    expect(html).toMatch(/<label for="f-l0-sellingPrice">每件售价<span class="unit">[^<]*<\/span><\/label>/);
    // The added line names no goods yet: its price says which goods have a typical figure.
    expect(html).toContain("不填按所卖商品的典型值（LED 灯具、家具、小家电、服装/T恤）；其他商品请填写");
  });

  it("sends adding and removing a line back to that line's place, not the top", async () => {
    const { html } = await page("/?lines=1&addLine=1&l0.name=A");
    expect(html).toContain('id="product-2"');
    // Adding opens at the new third line; removing product 1 opens at the line that takes its place,
    // removing the last opens at the line before it.
    expect(html).toMatch(/formaction="\/#product-3"[^>]*name="addLine"/);
    expect(html).toMatch(/formaction="\/#product-1"[^>]*name="removeLine" value="0"/);
    expect(html).toMatch(/formaction="\/#product-1"[^>]*name="removeLine" value="1"/);
  });

  it("removes a middle product line without JavaScript, each line keeping what was typed and its data", async () => {
    const preset = PRESETS[0];
    const typed = { "l0.name": "LED 台灯（改）", "l2.monthlyUnits": "1800, x", "l3.unitCost": "90" };
    const q = formQuery(preset.scenario, typed, { preset: preset.id, removeLine: "1" });
    const { html, status } = await page(`/?${q}`);
    expect(status).toBe(200);
    expect(html).toContain('<input type="hidden" name="lines" value="4"/>');
    expect(html).not.toContain('name="preset" value=');
    expect(html).not.toContain('name="l4.name"');
    expect(html).toMatch(/name="l0.name"[^>]*value="LED 台灯（改）"/);
    expect(html).toMatch(/name="l1.name"[^>]*value="LED strip light kit"/);
    expect(html).toMatch(/name="l1.monthlyUnits"[^>]*value="1800, x"/);
    expect(html).toMatch(/name="l2.unitCost"[^>]*value="90"/);
    // seeds/presets.json: the strip light kit's last-mile delivery is 4.10 USD, the floor lamp's 11.50.
    expect(html).toMatch(/name="l1.costs.logistics"[^>]*value="4.10"/);
    expect(html).toMatch(/name="l2.costs.logistics"[^>]*value="11.50"/);
    expect(html.match(/name="removeLine"/g)?.length).toBe(4);

    // Submitted as it stands (units fixed), the report is the preset without its second line.
    const s = /name="base" value="([A-Za-z0-9_-]+)"/.exec(html)?.[1] ?? "";
    const base = (await decodeScenario(s)) as Record<string, unknown>;
    const sent = await submit(`/report?${formQuery(base, { "l1.monthlyUnits": "1800" }, { base: s })}`);
    expect(sent.status).toBe(303);
    const shown = await decodeScenario(
      new URL(sent.headers.get("location")!, "http://x").searchParams.get("s")!,
    );
    const expected = JSON.parse(JSON.stringify(preset.scenario));
    expected.productLines.splice(1, 1);
    Object.assign(expected.productLines[0], { name: "LED 台灯（改）" });
    Object.assign(expected.productLines[1], { monthlyUnits: 1800 });
    Object.assign(expected.productLines[2], { unitCost: "90" });
    const [got, want] = await Promise.all([
      postJson("/v1/cashflow/projection", shown),
      postJson("/v1/cashflow/projection", expected),
    ]);
    expect(want.status).toBe(200);
    expect(got.body.summary).toEqual(want.body.summary);
    expect(got.body.lines).toEqual(want.body.lines);
  });

  it("offers no remove button for the only line, and sends Enter to the report", async () => {
    const one = await page(`/?preset=${PRESETS[1].id}`);
    expect(one.html).not.toContain('name="removeLine"');
    const five = await page(`/?preset=${PRESETS[0].id}`);
    expect(five.html.match(/aria-label="删除此产品（产品 \d）"/g)?.length).toBe(5);
    // Enter in a field clicks the form's first submit button: the report's, not add or remove.
    const form = five.html.slice(five.html.indexOf('id="scenario-form"'));
    expect(/<button\b[^>]*>/.exec(form)?.[0]).toBe(
      '<button type="submit" class="implicit" tabindex="-1" aria-hidden="true">',
    );
  });

  it("keeps the form of the largest preset, its stylesheet and script under 100 KB", async () => {
    const sizes = await Promise.all(
      [`/?preset=${PRESETS[0].id}`, "/assets/app.css", "/assets/app.js"].map(async (path) =>
        (await call("GET", path)).arrayBuffer(),
      ),
    );
    expect(sizes.reduce((sum, b) => sum + b.byteLength, 0)).toBeLessThan(100 * 1024);
  });

  it("serves its stylesheet and script from its own origin, and no third-party URL", async () => {
    const { html } = await page("/");
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const css = await call("GET", "/assets/app.css");
    expect(css.headers.get("content-type")).toContain("text/css");
    expect(await css.text()).toContain("@media print");
    const js = await call("GET", "/assets/app.js");
    expect(js.headers.get("content-type")).toContain("text/javascript");
    expect(await js.text()).toContain("data-check");
  });
});

describe("live validation endpoint (the API's problem details)", () => {
  it("answers 204 for a preset's own figures, as the form sends them", async () => {
    const base = PRESETS[0].scenario;
    const lines = (base.productLines as unknown[]).length;
    const values = valuesOf(base, formFields(base, lines));
    const query = new URLSearchParams({ ...values, preset: PRESETS[0].id, lines: String(lines) });
    const res = await call("GET", `/form/check?${query}`);
    expect(res.status).toBe(204);
  });

  it("names the bad fields by pointer, in the chosen language", async () => {
    const q = `preset=${PRESETS[1].id}&lines=1&l0.hsCode=12&l0.unitCost=abc&horizonMonths=12`;
    const zh = await call("GET", `/form/check?${q}`);
    expect(zh.status).toBe(400);
    expect(zh.headers.get("content-type")).toContain("application/problem+json");
    const body = (await zh.json()) as { errors: { pointer: string; message: string }[] };
    const pointers = body.errors.map((e) => e.pointer);
    expect(pointers).toContain("/productLines/0/hsCode");
    expect(pointers).toContain("/productLines/0/unitCost");
    // The form sends every field; a field left out of this query is an empty input.
    expect(body.errors.find((e) => e.pointer === "/openingCash")?.message).toBe("请填写此项");
    const en = (await (await call("GET", `/form/check?${q}&lang=en`)).json()) as typeof body;
    // Plain words, not the schema's "decimal number (no exponent…)" (issue 17).
    expect(en.errors.find((e) => e.pointer === "/productLines/0/unitCost")?.message).toBe(
      "Enter a number, e.g. 300000 or 300k",
    );
  });
});

describe("a ticked measure that will not apply, said before the report (issue 17)", () => {
  // Shaxi sells 9610 retail parcels. 国家税务总局公告2025年第3号 (refund on departure) is about exports
  // declared under 9810, so ticked here the measure touches nothing, and the form says so.
  const shaxi = PRESETS.find((p) => p.id === "shaxi-apparel-9610-no-invoice")!;
  const ticked = formQuery(shaxi.scenario, { "m.departureRefund": "on" }, { preset: shaxi.id });

  it("answers the live check with the reason on the measure's pointer", async () => {
    const res = await call("GET", `/form/check?${ticked}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { notes: { pointer: string; message: string }[] };
    expect(body.notes.map((n) => n.pointer)).toEqual(["/measures/departureRefund"]);
    expect(body.notes[0].message).toContain("9810");
    expect(body.notes[0].message).not.toMatch(/[A-Za-z]{3,}/); // plain Chinese, no code words
    const en = (await (await call("GET", `/form/check?${ticked}&lang=en`)).json()) as typeof body;
    expect(en.notes[0].message).toContain("customs code 9810");
    // Unticked, nothing to say.
    const plain = await call("GET", `/form/check?${formQuery(shaxi.scenario, {}, { preset: shaxi.id })}`);
    expect(plain.status).toBe(204);
  });

  it("shows it beside the checkbox without JavaScript, after the form's check button", async () => {
    const { status, html } = await page(`/?${ticked}&check=1`);
    expect(status).toBe(200);
    const note = /<p class="measure-note" id="f-m-departureRefund-note"[^>]*>([^<]*)<\/p>/.exec(html);
    expect(note?.[1]).toMatch(/^勾选了，但在本方案中不会生效：.*9810/);
    expect(html).toContain("检查完毕：有 1 项勾选的措施不会生效");
    // The other ticked measures (无票免税, 核定征收) apply to Shaxi: their notes stay empty.
    expect(html).toMatch(/id="f-m-noInvoiceExemption-note"[^>]*><\/p>/);
    // The check button sends the form back to the measures, not to the report.
    expect(html).toMatch(/<button type="submit" formaction="\/#measures" name="check" value="1"/);
  });
});

describe("live validation runs what the submission runs", () => {
  it("answers the projection's 422 'netted costs exceed sales' on the line's overseas costs", async () => {
    // LED desk lamp sells at 29.99 USD; 40 USD of nettable delivery per unit cannot be netted from it
    // (the same input the submission test below rejects).
    const preset = PRESETS[0];
    const q = formQuery(preset.scenario, { "l0.costs.logistics": "40" }, { preset: preset.id });
    const res = await call("GET", `/form/check?${q}`);
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const body = (await res.json()) as { errors: { pointer: string; message: string }[] };
    expect(body.errors).toEqual([
      { pointer: "/productLines/0/overseasCosts", message: "可轧差的境外费用超过了对应的销售收入" },
    ]);
    const back = await call("GET", `/form/check?${formQuery(preset.scenario, {}, { preset: preset.id })}`);
    expect(back.status).toBe(204);
  });

  it("accepts an HS code the rate table lacks before the form is sent: the usual rates are assumed", async () => {
    const { BLANK_SCENARIO } = await import("../src/policy/blank-scenario");
    const q = formQuery(BLANK_SCENARIO, { ...BLANK_FILLED, "l0.hsCode": "851822" }, {});
    const res = await call("GET", `/form/check?${q}&lang=en`);
    expect(res.status).toBe(204);
  });

  it("opens a link that cannot be computed in the form with the projection's problem on its field", async () => {
    const broken = JSON.parse(JSON.stringify(PRESETS[0].scenario));
    broken.productLines[0].overseasCosts[0].perUnit = "40";
    const s = await encodeScenario(broken);
    const report = await page(`/report?s=${s}`);
    expect(report.status).toBe(422);
    const form = await page(`/?base=${s}&check=1`);
    expect(form.html).toMatch(/id="f-l0-costs-err">可轧差的境外费用超过了对应的销售收入</);
  });
});

describe("report links that cannot be used", () => {
  it("explains a damaged link instead of failing", async () => {
    const link = await encodeScenario(PRESETS[0].scenario);
    const cut = await page(`/report?s=${link.slice(0, 40)}`);
    expect(cut.status).toBe(400);
    expect(cut.html).toContain("这个链接打不开");
    const bad = await page("/report?s=%3Cscript%3E&lang=en");
    expect(bad.status).toBe(400);
    expect(bad.html).toContain("This link cannot be opened");
    expect(bad.html).not.toContain("<script>");
  });

  it("lists what is wrong with a scenario that does not validate and offers the form", async () => {
    const broken = { ...PRESETS[0].scenario, openingCash: "-5" };
    const res = await page(`/report?s=${await encodeScenario(broken)}`);
    expect(res.status).toBe(400);
    expect(res.html).toContain("/openingCash");
    expect(res.html).toContain("check=1");
  });

  it("re-renders a blank submission with a message on each required field", async () => {
    const res = await page("/report?lines=1&kind=manufacturer");
    expect(res.status).toBe(400);
    expect(res.html).toContain('role="alert"');
    expect(res.html).toMatch(/id="f-openingCash-err">请填写此项</);
    expect(res.html).toMatch(/id="f-openingCash"[^>]*aria-invalid="true"/);
    // The HS code may stay empty (不知道): no message on it.
    expect(res.html).toMatch(/id="f-l0-hsCode-err"><\/p>/);
  });
});

describe("measure pages", () => {
  it("lists the catalog with citations and 404s an unknown measure", async () => {
    const list = await page("/measures");
    expect(list.status).toBe(200);
    expect(list.html).toContain("财税〔2018〕103号 第一条");
    const missing = await page("/measures/nope");
    expect(missing.status).toBe(404);
  });

  it("shows every measure's parameters and unconfirmed facts in plain Chinese on Chinese pages", async () => {
    for (const m of catalog.measures) {
      const { status, html } = await page(`/measures/${m.id}`);
      expect(status, m.id).toBe(200);
      const params = /<table class="params stack">.*?<\/table>/s.exec(html)?.[0] ?? "";
      const unconfirmed = /未经核实的事项<\/h3><ul>(.*?)<\/ul>/s.exec(html)?.[1] ?? "";
      const text = `${params}${unconfirmed}`.replace(/<[^>]+>/g, " ");
      // No catalog key, no JSON, no English prose (document numbers and codes such as 9610 are fine).
      expect(text, m.id).not.toMatch(/[A-Za-z]{3,}|[{[]"/);
      for (const p of m.parameters) expect(html, `${m.id} ${p.name}`).not.toContain(`>${p.name}<`);
    }
  });

  it("gives a parameter its unit in words: the option waiver's handling fee and the firm sizes", async () => {
    // seeds/measures.json zs-2023-option-fee-waiver: handlingFeeRate 0.001 "fraction of notional";
    // eligibleSizes micro, small, individual, the reply letters' 小微企业以及个体工商户.
    const zh = (await page("/measures/zs-2023-option-fee-waiver")).html;
    expect(zh).toContain("0.1%（占期权名义本金）");
    expect(zh).toContain("微型企业、小型企业、个体工商户");
    expect(zh).toContain("请以您的银行报价为准");
    const en = (await page("/measures/zs-2023-option-fee-waiver?lang=en")).html;
    expect(en).toContain("0.1% of the notional");
    expect(en).toContain("use your bank&#39;s quote");
  });

  it("explains a measure without a switch from the catalog alone", async () => {
    const res = await page("/measures/cs-2018-103?lang=en");
    expect(res.status).toBe(200);
    expect(res.html).toContain("财税〔2018〕103号");
    expect(res.html).toContain("What the document says");
  });
});

/** The blank form's required fields, filled in (a Bluetooth speaker; its HS code is set per test). */
const BLANK_FILLED = {
  openingCash: "1500000",
  minimumCash: "200000",
  "l0.name": "蓝牙音箱",
  "l0.monthlyUnits": "2000",
  "l0.unitCost": "45",
  "l0.sellingPrice": "29.99",
  "l0.declaredUnitValue": "9.5",
};

/** A GET that does not follow redirects (the form answers a good submission with 303). */
function submit(path: string): Promise<Response> {
  return exports.default.fetch(new Request(`http://localhost${path}`, { redirect: "manual" }));
}

/** The query a person's browser sends for a scenario filled into the form. */
function formQuery(
  base: Record<string, unknown>,
  overrides: Record<string, string>,
  extra: Record<string, string>,
) {
  const lines = (base.productLines as unknown[]).length;
  const values = valuesOf(base, formFields(base, lines));
  // Unticked boxes are not sent at all.
  const sent = Object.entries({ ...values, ...overrides }).filter(([, v]) => v !== "");
  return new URLSearchParams([...sent, ...Object.entries({ lines: String(lines), ...extra })]).toString();
}

describe("reports, with the engine", () => {
  it("redirects a submitted preset to its shareable report, whose figures are the API's", async () => {
    for (const preset of PRESETS) {
      const submitted = await submit(`/report?${formQuery(preset.scenario, {}, { preset: preset.id })}`);
      expect(submitted.status, preset.id).toBe(303);
      const location = submitted.headers.get("location")!;
      expect(location).toMatch(/^\/report\?s=[A-Za-z0-9_-]+$/);
      const scenario = await decodeScenario(new URL(location, "http://x").searchParams.get("s")!);
      const api = await postJson("/v1/cashflow/projection", scenario);
      expect(api.status, preset.id).toBe(200);
      const { html, status } = await page(location);
      expect(status, preset.id).toBe(200);
      const s = api.body.summary;
      for (const [id, value] of [
        ["peak", s.peakFinancingOutstanding],
        ["ending", s.endingCash],
        ["cost", s.totalCost],
      ]) {
        expect(html, `${preset.id} ${id}`).toMatch(
          new RegExp(`id="${id}"><p class="label">[^<]*</p><p class="value"><data value="${value}">`),
        );
      }
      for (const m of api.body.measures) expect(html).toContain(m.source);
      expect(html.match(/<g class="bars">(.*?)<\/g>/s)?.[1].match(/<rect /g)?.length).toBe(
        api.body.periods.length,
      );
    }
  });

  it("carries edited overseas costs into the report, whose total cost is the API's", async () => {
    const preset = PRESETS[0];
    const edited = { "l0.costs.platform": "12", "l0.costs.advertising": "", "l1.costs.tax": "1.5" };
    const submitted = await submit(`/report?${formQuery(preset.scenario, edited, { preset: preset.id })}`);
    expect(submitted.status).toBe(303);
    const location = submitted.headers.get("location")!;
    const scenario = (await decodeScenario(new URL(location, "http://x").searchParams.get("s")!)) as {
      productLines: { overseasCosts: { category: string; shareOfSales?: string; perUnit?: string }[] }[];
    };
    expect(scenario.productLines[0].overseasCosts.map((c) => c.shareOfSales)).toEqual([
      "0",
      "0",
      "0.12",
      "0",
    ]);
    const api = await postJson("/v1/cashflow/projection", scenario);
    const unedited = await postJson("/v1/cashflow/projection", preset.scenario);
    expect(api.body.summary.totalCost).not.toBe(unedited.body.summary.totalCost);
    const { html } = await page(location);
    expect(html).toMatch(
      new RegExp(
        `id="cost"><p class="label">[^<]*</p><p class="value"><data value="${api.body.summary.totalCost}">`,
      ),
    );
  });

  it("shows the engine's 'netted costs exceed sales' next to the line's overseas costs", async () => {
    // LED desk lamp sells at 29.99 USD; 40 USD of nettable delivery per unit cannot be netted from it.
    const preset = PRESETS[0];
    const res = await page(
      `/report?${formQuery(preset.scenario, { "l0.costs.logistics": "40" }, { preset: preset.id })}`,
    );
    expect(res.status).toBe(422);
    expect(res.html).toMatch(/id="f-l0-costs-err">可轧差的境外费用超过了对应的销售收入</);
    expect(res.html).toContain('<a href="#f-l0-costs">产品 1 海外费用</a>');
    expect(res.html).toMatch(/<fieldset class="costs" id="f-l0-costs"[^>]*aria-invalid="true"/);
  });

  it("serves the API's CSV for the shared scenario", async () => {
    const s = await encodeScenario(PRESETS[2].scenario);
    const csv = await call("GET", `/report.csv?s=${s}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const api = await call("POST", "/v1/cashflow/projection?format=csv", PRESETS[2].scenario);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = new TextDecoder().decode(bytes).split("\r\n");
    const [, ...apiRows] = (await api.text()).split("\r\n");
    // The same months and figures, under headers a person reads (a BOM so spreadsheets take it as UTF-8).
    expect(rows).toEqual(apiRows);
    expect(header.startsWith("月份,月初余额,销售回款,")).toBe(true);
    expect(header.endsWith(",融资余额,净现金流,月末余额")).toBe(true);
    const disposition = csv.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="[^"]+\.csv"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toMatch(
      /^现金流测算：.+ \d{4}-\d{2}-\d{2}\.csv$/,
    );
    const english = await call("GET", `/report.csv?s=${s}&lang=en`);
    expect((await english.text()).split("\r\n")[0]).toMatch(/^Month,Opening balance,Sales receipts,/);
  });

  it("keeps the report page, its stylesheet and script under 100 KB", async () => {
    const s = await encodeScenario(PRESETS[0].scenario);
    const sizes = await Promise.all(
      [`/report?s=${s}`, "/assets/app.css", "/assets/app.js"].map(async (path) =>
        (await call("GET", path)).arrayBuffer(),
      ),
    );
    const total = sizes.reduce((sum, b) => sum + b.byteLength, 0);
    expect(total).toBeLessThan(100 * 1024);
  });

  it("accepts an HS code the rate table lacks and says in the report what rates it assumed", async () => {
    const { BLANK_SCENARIO } = await import("../src/policy/blank-scenario");
    const filled = { ...BLANK_FILLED, "l0.hsCode": "851822" };
    const sent = await submit(`/report?${formQuery(BLANK_SCENARIO, filled, {})}`);
    expect(sent.status).toBe(303);
    const report = await page(sent.headers.get("location")!);
    expect(report.html).toContain("商品编码 851822 不在退税率表中：按增值税 13%、出口退税率 13% 估算");
    const withRates = { ...filled, "l0.vatRate": "9", "l0.refundRate": "9" };
    const own = await submit(`/report?${formQuery(BLANK_SCENARIO, withRates, {})}`);
    expect(own.status).toBe(303);
    expect((await page(own.headers.get("location")!)).html).not.toContain("不在退税率表中");
  });

  it("compares a preset with and without its measures, and the baseline agrees", async () => {
    const { html, status } = await page(`/compare?pa=${PRESETS[0].id}~off&pb=${PRESETS[0].id}&lang=en`);
    expect(status).toBe(200);
    const api = await postJson("/v1/cashflow/projection", PRESETS[0].scenario);
    const row = /<tr data-key="totalCost">(.*?)<\/tr>/s.exec(html)?.[1] ?? "";
    const values = [...row.matchAll(/<data value="([^"]+)"/g)].map((m) => m[1]);
    expect(values).toEqual([api.body.baseline.totalCost, api.body.summary.totalCost]);
    expect(html.match(/<figure class="chart">/g)?.length).toBe(2);
  });

  it("works a measure's example through the projection, on and off", async () => {
    const { html, status } = await page("/measures/zs-2024-24-m16-netting");
    expect(status).toBe(200);
    expect(html).toContain("算个例子");
    expect(html).toContain("中府办函〔2024〕24号");
    const api = await postJson("/v1/cashflow/projection", PRESETS[0].scenario);
    expect(html).toContain(cny(api.body.summary.totalCost));
  });
});

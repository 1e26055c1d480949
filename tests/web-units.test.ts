import { describe, expect, it } from "vitest";
import notesZh from "../seeds/measure-notes.zh.json";
import { ScenarioSchema } from "../src/api/scenario-schema";
import { BLANK_SCENARIO } from "../src/policy/blank-scenario";
import { catalog } from "../src/policy/catalog";
import { findPreset, PRESETS } from "../src/policy/presets";
import { APP_CSS, APP_JS } from "../src/web/assets";
import { CashChart, cashSeries, tightWindow, waterfallSteps } from "../src/web/charts";
import {
  fieldFor,
  formFields,
  scenarioOf,
  validate,
  valuesOf,
  type Wire,
  withoutLine,
} from "../src/web/form";
import { cny, fractionOf, groupDigits, percentOf, signedCny, sum } from "../src/web/format";
import { documentOf, type Nav, Page } from "../src/web/layout";
import { noteIn, notesNeedingChinese, PARAMETER_LABELS, UNIT_LABELS } from "../src/web/parameters";
import { headline, ReportView } from "../src/web/report";
import { BrokenLink, decodeScenario, encodeScenario, MAX_LINK_CHARS } from "../src/web/share";
import { longProjection, projection } from "./fixtures/projection";

const zh: Nav = { lang: "zh", langQuery: "", here: "/report" };
const en: Nav = { lang: "en", langQuery: "lang=en", here: "/report" };

describe("number formatting for people (strings in, strings out)", () => {
  it("groups thousands without floats and keeps the fen", () => {
    expect(groupDigits("1234567.8")).toBe("1,234,567.80");
    expect(groupDigits("1234567890123456.78")).toBe("1,234,567,890,123,456.78");
    expect(groupDigits("-1234")).toBe("-1,234.00");
    expect(groupDigits("-0.001")).toBe("0.00");
    expect(groupDigits("999.995")).toBe("1,000.00");
    expect(cny("-550000")).toBe("-¥550,000.00");
    expect(signedCny("1200")).toBe("+¥1,200.00");
    expect(signedCny("-0.00")).toBe("¥0.00");
    expect(sum(["0.1", "0.2"])).toBe("0.30");
  });

  it("converts the form's percentages to the API's fractions exactly", () => {
    expect(percentOf("0.035")).toBe("3.5");
    expect(percentOf("0.0015")).toBe("0.15");
    expect(fractionOf("13")).toBe("0.13");
    expect(fractionOf("0.15")).toBe("0.0015");
  });
});

describe("shareable scenario links", () => {
  it("round-trips every preset, compactly", async () => {
    for (const p of PRESETS) {
      const link = await encodeScenario(p.scenario);
      expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(link.length).toBeLessThan(JSON.stringify(p.scenario).length);
      expect(await decodeScenario(link)).toEqual(p.scenario);
    }
  });

  it("names what is wrong with a broken link", async () => {
    const link = await encodeScenario(PRESETS[0].scenario);
    const reason = (s: string) =>
      decodeScenario(s).then(
        () => "decoded",
        (e) => (e instanceof BrokenLink ? e.reason : `other: ${e}`),
      );
    expect(await reason(`${link.slice(0, 10)}!`)).toBe("not-base64");
    expect(await reason(link.slice(0, link.length - 20))).toBe("not-deflate");
    expect(await reason("A".repeat(MAX_LINK_CHARS + 1))).toBe("too-long");
    // Spaces deflate ~1000:1; a link may inflate to 64 KB and no further.
    const bomb = await encodeScenario(" ".repeat(60 * 1024)).catch(() => null);
    expect(bomb).not.toBeNull();
    expect(await reason(bomb!)).toBe("decoded");
    const bigger = new Uint8Array(200 * 1024).fill(32);
    const deflated = await new Response(
      new Blob([bigger]).stream().pipeThrough(new CompressionStream("deflate-raw")),
    ).arrayBuffer();
    const b64 = btoa(String.fromCharCode(...new Uint8Array(deflated)))
      .replace(/\+/g, "-")
      .replace(/\//g, "_")
      .replace(/=+$/, "");
    expect(await reason(b64)).toBe("too-large");
  });
});

/** The presets store one-figure unit series as [n]; the form writes them as n (the schema's "every month"). */
function normalizedUnits(scenario: Wire): Wire {
  const copy = JSON.parse(JSON.stringify(scenario)) as Wire;
  for (const line of copy.productLines as Wire[]) {
    if (Array.isArray(line.monthlyUnits) && line.monthlyUnits.length === 1)
      line.monthlyUnits = line.monthlyUnits[0];
  }
  return copy;
}

describe("the form is a view of ScenarioSchema", () => {
  it("round-trips every preset through the form's fields to the same validated scenario", () => {
    for (const p of PRESETS) {
      const lines = (p.scenario.productLines as unknown[]).length;
      const fields = formFields(p.scenario, lines);
      const { scenario, problems } = scenarioOf(p.scenario, lines, valuesOf(p.scenario, fields));
      expect(problems, p.id).toEqual([]);
      const checked = validate(scenario);
      expect(checked.ok ? [] : checked.problems, p.id).toEqual([]);
      const expected = ScenarioSchema.parse(normalizedUnits(p.scenario));
      expect(JSON.stringify(checked.ok && checked.input), p.id).toBe(JSON.stringify(expected));
    }
  });

  it("shows each line's overseas costs from the preset and writes an edited commission as a fraction", () => {
    // seeds/presets.json, guzhen-led-9810-amazon line 0: logistics 5.20, warehousing 0.40 USD/unit,
    // platform 0.15 and advertising 0.10 of sales (in that order; no tax item).
    const base = PRESETS[0].scenario;
    const fields = formFields(base, 5);
    const values = valuesOf(base, fields);
    expect(
      ["platform", "advertising", "logistics", "warehousing", "tax"].map((c) => values[`l0.costs.${c}`]),
    ).toEqual(["15", "10", "5.20", "0.40", "0"]);
    const platform = fields.find((f) => f.name === "l0.costs.platform")!;
    expect(platform.pointer).toBe("/productLines/0/overseasCosts/2/shareOfSales");
    expect(fields.find((f) => f.name === "l0.costs.tax")?.pointer).toBe(
      "/productLines/0/overseasCosts/4/perUnit",
    );
    const { scenario } = scenarioOf(base, 5, { ...values, "l0.costs.platform": "12", "l1.costs.tax": "1.5" });
    const costs = (i: number) => (scenario.productLines as Wire[])[i].overseasCosts as Wire[];
    expect(costs(0)[2]).toEqual({ category: "platform", perUnit: "0", shareOfSales: "0.12" });
    expect(costs(0)).toHaveLength(4); // the tax left at 0 is not added
    expect(costs(1)[4]).toEqual({ category: "tax", perUnit: "1.5", shareOfSales: "0" });
    const checked = validate(scenario);
    expect(checked.ok && checked.input.productLines[0].overseasCosts[2].shareOfSales.toString()).toBe("0.12");
  });

  it("keeps pointers of costs the base lacks stable, treats empty as 0 and flags bad costs on their input", () => {
    // seeds/presets.json, shaxi-apparel-9610-no-invoice: one platform item at 0.08 of sales.
    const base = PRESETS.find((p) => p.id === "shaxi-apparel-9610-no-invoice")!.scenario;
    const fields = formFields(base, 1);
    const values = valuesOf(base, fields);
    const edited = { ...values, "l0.costs.platform": "", "l0.costs.advertising": "150", "l0.costs.tax": "x" };
    const { scenario } = scenarioOf(base, 1, edited);
    const costs = (scenario.productLines as Wire[])[0].overseasCosts as Wire[];
    expect(costs.map((c) => c.category)).toEqual([
      "platform",
      "advertising",
      "logistics",
      "warehousing",
      "tax",
    ]);
    expect(costs[0].shareOfSales).toBe("0");
    const checked = validate(scenario);
    const problems = checked.ok ? [] : checked.problems;
    expect(problems.map((p) => fieldFor(p.pointer, fields)?.name).sort()).toEqual([
      "l0.costs.advertising",
      "l0.costs.tax",
    ]);
  });

  it("sums several costs of one category into its input and keeps the costs it does not cover", () => {
    const base = JSON.parse(JSON.stringify(PRESETS[0].scenario)) as Wire;
    const line = (base.productLines as Wire[])[0];
    line.overseasCosts = [
      { category: "platform", shareOfSales: "0.08" },
      { category: "other", perUnit: "0.30" },
      { category: "platform", perUnit: "0.99", shareOfSales: "0.07" },
    ];
    const fields = formFields(base, 5);
    const values = valuesOf(base, fields);
    expect(values["l0.costs.platform"]).toBe("15");
    const { scenario } = scenarioOf(base, 5, values);
    expect((scenario.productLines as Wire[])[0].overseasCosts).toEqual([
      { category: "platform", shareOfSales: "0.15", perUnit: "0.99" },
      { category: "other", perUnit: "0.30" },
    ]);
  });

  it("gives every field a label and hint in both languages and a pointer the schema knows", () => {
    const fields = formFields(PRESETS[0].scenario, 2);
    for (const f of fields) {
      expect(f.label.zh && f.label.en, f.name).toBeTruthy();
      expect(f.pointer, f.name).toMatch(/^\/[A-Za-z]/);
    }
    expect(new Set(fields.map((f) => f.name)).size).toBe(fields.length);
    expect(fields.find((f) => f.name === "l0.monthlyUnits")?.label.zh).toBe("每月发货量");
  });

  it("flags exactly the required fields of a blank form", () => {
    const fields = formFields(BLANK_SCENARIO, 1);
    const { problems } = scenarioOf(BLANK_SCENARIO, 1, valuesOf(BLANK_SCENARIO, fields));
    expect(problems.map((p) => p.pointer).sort()).toEqual(
      [
        "/openingCash",
        "/productLines/0/monthlyUnits",
        "/productLines/0/name",
        // No goods named, so no typical figure: the price is asked for; the cost waits for it.
        "/productLines/0/sellingPrice",
      ].sort(),
    );
    expect(problems[0].zh).toBe("请填写此项");
  });

  it("a blank form with its required fields filled validates", () => {
    const fields = formFields(BLANK_SCENARIO, 1);
    const values = {
      ...valuesOf(BLANK_SCENARIO, fields),
      openingCash: "1,500,000",
      minimumCash: "200000",
      "l0.name": "蓝牙音箱",
      "l0.hsCode": "851822",
      "l0.monthlyUnits": "2000",
      "l0.unitCost": "45",
      "l0.sellingPrice": "29.99",
      "l0.declaredUnitValue": "9.5",
    };
    const { scenario, problems } = scenarioOf(BLANK_SCENARIO, 1, values);
    expect(problems).toEqual([]);
    const checked = validate(scenario);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(scenario.openingCash).toBe("1500000");
  });

  it("puts the API's messages on the field they are about", () => {
    const base = PRESETS[0].scenario;
    const fields = formFields(base, 5);
    const values = {
      ...valuesOf(base, fields),
      "l0.hsCode": "12",
      "l1.returnsRate": "150",
      "l2.monthlyUnits": "3000, x",
      "l3.channel": "b2b",
      "l3.terms": "30%@-20, 50%@-3",
    };
    const { scenario, problems: formProblems } = scenarioOf(base, 5, values);
    expect(formProblems.map((p) => p.pointer)).toEqual(["/productLines/2/monthlyUnits"]);
    const checked = validate(scenario);
    const pointers = checked.ok ? [] : checked.problems.map((p) => p.pointer);
    expect(pointers).toContain("/productLines/0/hsCode");
    expect(pointers).toContain("/productLines/1/returnsRate");
    expect(pointers).toContain("/productLines/3/sales/terms");
    expect(fieldFor("/productLines/3/sales/terms/1/share", fields)?.name).toBe("l3.terms");
    expect(fieldFor("/fx/rates/0/spot", fields)?.name).toBe("fx.USD");
    expect(fieldFor("/grants/0/amount", fields)).toBeUndefined();
  });
});

describe("removing a product line from the form", () => {
  /** A 3-line base whose lines carry data the form does not show: their own timing and an "other" cost. */
  function threeLines(): Wire {
    const base = JSON.parse(JSON.stringify(PRESETS[0].scenario)) as Wire;
    const lines = (base.productLines as Wire[]).slice(0, 3);
    const timing = (days: number) => ({ ...(base.timing as Wire), transitDays: days });
    lines[1].timing = timing(10);
    lines[1].overseasCosts = [...(lines[1].overseasCosts as Wire[]), { category: "other", perUnit: "0.30" }];
    lines[2].timing = timing(40);
    lines[2].overseasCosts = [{ category: "other", perUnit: "0.70" }, ...(lines[2].overseasCosts as Wire[])];
    base.productLines = lines;
    return base;
  }

  it("moves the later lines up with what was typed in them and the data the form does not show", () => {
    const base = threeLines();
    const typed: Record<string, string> = {
      ...valuesOf(base, formFields(base, 3)),
      "l0.name": "台灯（改）",
      "l1.name": "要删掉的",
      "l2.monthlyUnits": "3000, x", // typed, not yet valid: kept as typed
      "l2.unitCost": "19.5",
      "l2.costs.platform": "12",
    };
    const rest = withoutLine(base, 3, typed, 1);
    const lines = rest.scenario.productLines as Wire[];
    expect(lines.map((l) => l.name)).toEqual(["台灯（改）", "LED strip light kit"]);
    // Line 2's own timing (40 days in transit) and its "other" cost (0.70 USD) now belong to line 1.
    expect((lines[1].timing as Wire).transitDays).toBe(40);
    expect((lines[1].overseasCosts as Wire[])[0]).toEqual({ category: "other", perUnit: "0.70" });
    expect(rest.values["l1.monthlyUnits"]).toBe("3000, x");
    expect(rest.values["l1.unitCost"]).toBe("19.5");
    expect(rest.values["l1.costs.platform"]).toBe("12");
    expect(rest.values["l1.name"]).toBe("LED strip light kit");
    expect(Object.keys(rest.values).filter((k) => k.startsWith("l2."))).toEqual([]);
    expect(rest.values.openingCash).toBe(typed.openingCash);

    // The form shown from the new base and the moved values describes the same scenario as the
    // old form with the line taken out afterwards (once the units are fixed).
    const fixed = (v: Record<string, string>, line: number) => ({ ...v, [`l${line}.monthlyUnits`]: "3000" });
    const after = scenarioOf(rest.scenario, 2, fixed(rest.values, 1));
    expect(after.problems).toEqual([]);
    const before = scenarioOf(base, 3, fixed(typed, 2)).scenario;
    before.productLines = (before.productLines as Wire[]).filter((_, i) => i !== 1);
    expect(after.scenario).toEqual(before);
    const checked = validate(after.scenario);
    expect(checked.ok && checked.input.productLines[1].unitCost.toString()).toBe("19.5");
    expect(checked.ok && checked.input.productLines[1].overseasCosts.map((c) => c.category)).toEqual([
      "other",
      "logistics",
      "warehousing",
      "platform",
      "advertising",
    ]);
  });

  it("removes the last line, or a line added beyond the base, without touching the others", () => {
    const base = threeLines();
    const typed = valuesOf(base, formFields(base, 3));
    const last = withoutLine(base, 3, typed, 2);
    expect(
      (last.scenario.productLines as Wire[]).map((l) => (l.timing as Wire | undefined)?.transitDays),
    ).toEqual([undefined, 10]);
    // Line 1 of 2 on a 1-line base is the blank line the user added: the base's own line stays.
    const one = { ...base, productLines: (base.productLines as Wire[]).slice(0, 1) };
    const added = { ...valuesOf(one, formFields(one, 2)), "l1.name": "新产品" };
    const rest = withoutLine(one, 2, added, 1);
    expect((rest.scenario.productLines as Wire[]).map((l) => l.name)).toEqual(["LED desk lamp"]);
    expect(Object.keys(rest.values).some((k) => k.startsWith("l1."))).toBe(false);
  });
});

describe("charts from a hand-made projection", () => {
  const render = (lang: "zh" | "en") =>
    String(
      CashChart({
        periods: projection.periods,
        minimumCash: "300000.00",
        peakFundingMonth: "2026-04",
        peakFundingNeed: "550000.00",
        lang,
        id: "t",
      }),
    );

  it("draws a labelled, pattern-coded SVG with a bar per month and the peak marked", () => {
    const svg = render("zh");
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<title id="t-title">每月现金余额<\/title>/);
    expect(svg).toContain("融资需求峰值在 2026-04");
    const bars = /<g class="bars">(.*?)<\/g>/s.exec(svg)?.[1] ?? "";
    expect(bars.match(/<rect /g)?.length).toBe(12);
    // Negative months are hatched (3 of them: -600k, -700k, -400k), not told apart by colour alone.
    expect(bars.match(/fill="url\(#t-hatch\)"/g)?.length).toBe(3);
    expect(svg).toContain("stroke-dasharray");
    expect(svg).toContain("融资需求峰值 ¥550,000.00 (2026-04)");
    expect(render("en")).toContain("Monthly cash balance");
  });

  /**
   * 36 months of a growing seller: cash rises by 500,000 a month to about 18M, except months 3 to 5,
   * when stock is paid for and cash before financing falls to -100,000, -400,000 and -200,000 while
   * 500,000 of loans keep the closing balance at the 300,000 minimum. On a 0..18M scale those three
   * months are a sliver 2% high: the chart enlarges months 2 to 6 (one either side).
   */
  const grower = Array.from({ length: 36 }, (_, i) => {
    const dip = { 3: -100000, 4: -400000, 5: -200000 }[i];
    const closing = dip === undefined ? 500000 * (i + 1) : 300000;
    const outstanding = dip === undefined ? 0 : 300000 - dip;
    return {
      ...projection.periods[0],
      month: `${2027 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
      index: i,
      closingBalance: closing.toFixed(2),
      net: "0.00",
      financing: { ...projection.periods[0].financing, outstanding: outstanding.toFixed(2) },
    };
  });

  it("enlarges the months when cash before financing is below the minimum, with the lowest labelled", () => {
    expect(tightWindow(cashSeries(grower, "300000.00"))).toMatchObject({ from: 2, to: 6 });
    const svg = String(
      CashChart({
        periods: grower,
        minimumCash: "300000.00",
        peakFundingMonth: "2027-05",
        peakFundingNeed: "700000.00",
        lang: "zh",
        id: "g",
      }),
    );
    expect(svg).toContain('<figure class="chart-zoom">');
    expect(svg).toContain("不借款时最低 -¥400,000.00");
    expect(svg).toContain("2027-03 至 2027-07：不借款时的现金低于最低留存现金，最低在 2027-05");
    // Months never short: nothing to enlarge. A dip that already spans the scale: no second panel.
    expect(tightWindow(cashSeries(grower, "-500000.00"))).toBeUndefined();
    const deep = grower.map((p) =>
      p.index === 4 ? { ...p, financing: { ...p.financing, outstanding: "20000000.00" } } : p,
    );
    expect(tightWindow(cashSeries(deep, "300000.00"))).toBeUndefined();
  });

  it("adds an interaction step so the waterfall adds up exactly", () => {
    const steps = waterfallSteps(
      "250000.00",
      "230000.00",
      [
        { label: "a", change: "-11500.00" },
        { label: "b", change: "-2500.00" },
        { label: "c", change: "-7000.00" },
      ],
      "en",
    );
    expect(steps.map((s) => s.value)).toEqual([
      "250000.00",
      "-11500.00",
      "-2500.00",
      "-7000.00",
      "1000.00",
      "230000.00",
    ]);
    expect(steps[4].label).toBe("Interaction between the measures");
    const exact = waterfallSteps("100.00", "90.00", [{ label: "a", change: "-10.00" }], "zh");
    expect(exact.map((s) => s.kind)).toEqual(["total", "change", "total"]);
  });
});

describe("the report page from a hand-made projection", () => {
  const links = {
    csv: "/report.csv?s=x",
    xlsx: "/report.xlsx?s=x",
    edit: "/?base=x",
    share: "http://h/report?s=x",
  };
  const page = (nav: Nav, p = projection) =>
    documentOf(
      Page({
        nav,
        title: "t",
        children: ReportView({
          p,
          nav,
          title: "Report",
          minimumCash: "300000.00",
          links,
          input: ScenarioSchema.parse(findPreset("guzhen-led-9810-amazon")!.scenario),
          made: "2026-12-06",
        }),
      }),
    );

  it("shows the headline figures exactly as the projection reports them", async () => {
    const html = await page(zh);
    const h = headline(projection);
    expect(h.measuresSave).toBe("20000.00");
    expect(html).toContain('<data value="550000.00">¥550,000.00</data>');
    expect(html).toContain('<data value="3000000.00">¥3,000,000.00</data>');
    expect(html).toContain('<data value="230000.00">¥230,000.00</data>');
    expect(html).toContain('<data value="20000.00">¥20,000.00</data>');
    expect(html).toContain("在 2026-04");
    expect(html).toContain("怎么算的");
  });

  it("cites each measure's document and clause and lists every month", async () => {
    const html = await page(en);
    expect(html).toContain("中府办函〔2024〕24号 第16条");
    expect(html).toContain("国家税务总局公告2025年第3号");
    expect(html).toContain('href="/measures/sta-2025-3?lang=en"');
    expect(html.match(/<th scope="row">2026-\d\d<\/th>/g)?.length).toBe(12);
    expect(html).toContain("Interaction between the measures");
    expect(html).toContain('href="/report.csv?s=x"');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it("weighs under 100 KB with its stylesheet and script, even at 60 months", async () => {
    const html = await page(zh, longProjection(60));
    const bytes = new TextEncoder().encode(html + APP_CSS + APP_JS).byteLength;
    expect(bytes).toBeLessThan(100 * 1024);
  });
});

describe("measure parameters in words", () => {
  it("names every catalog parameter and unit, and has the Chinese of every English-only note", () => {
    for (const m of catalog.measures) {
      for (const p of m.parameters) {
        expect(PARAMETER_LABELS[p.name], p.name).toBeDefined();
        if (p.unit) expect(UNIT_LABELS[p.unit], p.unit).toBeDefined();
      }
    }
    const needed = notesNeedingChinese(catalog.measures);
    const given = notesZh as { parameters: Record<string, string>; unconfirmed: Record<string, string> };
    for (const { kind, key } of needed) expect(given[kind][key], `${kind} ${key}`).toBeTruthy();
    // None left over from a note since changed or removed.
    const keys = (kind: "parameters" | "unconfirmed") =>
      needed
        .filter((n) => n.kind === kind)
        .map((n) => n.key)
        .sort();
    expect(Object.keys(given.parameters).sort()).toEqual(keys("parameters"));
    expect(Object.keys(given.unconfirmed).sort()).toEqual(keys("unconfirmed"));
  });

  it("splits a note written 'English / 中文' and leaves a Chinese note as it is", () => {
    expect(noteIn("title not confirmed / 标题未经核实", "x/y", "unconfirmed", "zh")).toBe("标题未经核实");
    expect(noteIn("title not confirmed / 标题未经核实", "x/y", "unconfirmed", "en")).toBe(
      "title not confirmed",
    );
    expect(noteIn("第四条", "cit-law/standardRate", "parameters", "zh")).toBe("第四条");
  });
});

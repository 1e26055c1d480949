import { describe, expect, it } from "vitest";
import { projectionResponse } from "../src/api/cashflow";
import { BLANK_SCENARIO } from "../src/policy/blank-scenario";
import { PRESETS } from "../src/policy/presets";
import { feesShown, formFields, scenarioOf, validate, valuesOf, type Wire } from "../src/web/form";
import { onFormLines, ratesAssumed, typicalAssumed } from "../src/web/seller-entries";

/**
 * The form as a seller fills it: entries a seller knows (sales a month, the share through an
 * overseas warehouse, the marketplace) turned into the scenario the API computes. Every expected
 * figure is worked by hand in the comment beside it.
 */

/** A blank form with the entries every case needs, then the case's own. */
function blankWith(entries: Record<string, string>): Record<string, string> {
  const fields = formFields(BLANK_SCENARIO, 1);
  return {
    ...valuesOf(BLANK_SCENARIO, fields),
    openingCash: "50万",
    minimumCash: "0",
    "l0.name": "T恤",
    "l0.hsCode": "610910",
    "l0.unitCost": "18",
    "l0.sellingPrice": "10",
    "l0.declaredUnitValue": "4",
    "fx.USD": "7.5",
    ...entries,
  };
}

const lineOf = (scenario: Wire, i = 0) => (scenario.productLines as Wire[])[i];

describe("monthly sales instead of units", () => {
  it("divides CNY sales by the price in CNY: 300,000 ÷ (10 USD × 7.5) = 300,000 ÷ 75 = 4,000 units", () => {
    const { scenario, problems } = scenarioOf(BLANK_SCENARIO, 1, blankWith({ "l0.monthlySales": "30万" }));
    expect(problems).toEqual([]);
    expect(lineOf(scenario).monthlyUnits).toBe(4000);
    const checked = validate(scenario);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });

  it("takes sales in the sale currency as they are: 40,000 USD ÷ 10 USD = 4,000 units", () => {
    const { scenario } = scenarioOf(BLANK_SCENARIO, 1, blankWith({ "l0.monthlySales": "4万美元" }));
    expect(lineOf(scenario).monthlyUnits).toBe(4000);
  });

  it("rounds half up to whole units, as the page says", () => {
    // 14.99 USD × 7.10 = 106.429 CNY a unit; 300,000 ÷ 106.429 = 2,818.78 -> 2,819.
    const typical = blankWith({ "l0.monthlySales": "300,000", "l0.sellingPrice": "14.99", "fx.USD": "7.10" });
    expect(lineOf(scenarioOf(BLANK_SCENARIO, 1, typical).scenario).monthlyUnits).toBe(2819);
    // 300,037.5 ÷ 75 = 4,000.5 exactly -> 4,001 (half up); 300,037.4 ÷ 75 = 4,000.4987 -> 4,000.
    const half = (sales: string) =>
      lineOf(scenarioOf(BLANK_SCENARIO, 1, blankWith({ "l0.monthlySales": sales })).scenario).monthlyUnits;
    expect(half("300037.5")).toBe(4001);
    expect(half("300037.4")).toBe(4000);
  });

  it("the sales win over units typed as well; units alone still work", () => {
    const both = blankWith({ "l0.monthlySales": "30万", "l0.monthlyUnits": "123" });
    expect(lineOf(scenarioOf(BLANK_SCENARIO, 1, both).scenario).monthlyUnits).toBe(4000);
    const units = blankWith({ "l0.monthlyUnits": "1500" });
    expect(lineOf(scenarioOf(BLANK_SCENARIO, 1, units).scenario).monthlyUnits).toBe(1500);
  });

  it("asks for one of the two, and names a currency that is neither CNY nor the sale's", () => {
    const none = scenarioOf(BLANK_SCENARIO, 1, blankWith({}));
    expect(none.problems).toContainEqual({
      pointer: "/productLines/0/monthlyUnits",
      zh: "请填写月销售额或每月发货量",
      en: "Enter the sales per month or the units",
    });
    const euro = scenarioOf(BLANK_SCENARIO, 1, blankWith({ "l0.monthlySales": "4万欧元" }));
    expect(euro.problems).toContainEqual({
      pointer: "/productLines/0/monthlySales",
      zh: "请按人民币或USD填写月销售额",
      en: "Enter the sales in CNY or in USD",
    });
    const words = scenarioOf(BLANK_SCENARIO, 1, blankWith({ "l0.monthlySales": "很多" }));
    expect(words.problems.map((p) => p.pointer)).toContain("/productLines/0/monthlySales");
  });
});

describe("one percentage through the overseas warehouse", () => {
  const sixty = blankWith({ "l0.monthlySales": "30万", "l0.warehouseShare": "60" });

  it("makes the product's two channels: 60% of 4,000 = 2,400 by 9810, 1,600 as 9610 parcels", () => {
    const { scenario, problems, origins } = scenarioOf(BLANK_SCENARIO, 1, sixty);
    expect(problems).toEqual([]);
    expect(origins).toEqual([0]);
    const [warehouse, parcels] = scenario.productLines as Wire[];
    expect([warehouse.name, warehouse.customsCode, warehouse.monthlyUnits]).toEqual([
      "T恤（海外仓 60%）",
      "9810",
      2400,
    ]);
    expect([parcels.name, parcels.customsCode, parcels.monthlyUnits]).toEqual([
      "T恤（直邮 40%）",
      "9610",
      1600,
    ]);
    // Air parcels: 10 days in transit, sold before they ship; USD 3.80 typical postage × 7.5 = 28.5 CNY.
    expect(parcels.timing).toMatchObject({ transitDays: 10, checkInDays: 0, sellThroughDays: 0 });
    expect(parcels.freightPerUnit).toBe("28.5");
    const checked = validate(scenario);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    // The projection computes it.
    const p = checked.ok ? projectionResponse(checked.input) : undefined;
    expect(p?.summary.endingCash).toMatch(/^-?\d+\.\d{2}$/);
  });

  it("drops the warehouse's own costs from the parcels and keeps the marketplace's", () => {
    const withCosts = {
      ...sixty,
      "l0.costs.platform": "15",
      "l0.costs.logistics": "4.6",
      "l0.costs.warehousing": "0.3",
    };
    const { scenario } = scenarioOf(BLANK_SCENARIO, 1, withCosts);
    const categories = (i: number) =>
      ((scenario.productLines as Wire[])[i].overseasCosts as Wire[]).map((c) => c.category);
    expect(categories(0)).toEqual(expect.arrayContaining(["platform", "logistics", "warehousing"]));
    expect(categories(1)).toContain("platform");
    expect(categories(1)).not.toContain("logistics");
    expect(categories(1)).not.toContain("warehousing");
  });

  it("keeps a 9810 line whole at 100% (or empty), and turns it into parcels at 0%", () => {
    expect(
      (scenarioOf(BLANK_SCENARIO, 1, blankWith({ "l0.monthlyUnits": "10" })).scenario.productLines as Wire[])
        .length,
    ).toBe(1);
    const zero = scenarioOf(
      BLANK_SCENARIO,
      1,
      blankWith({ "l0.monthlyUnits": "10", "l0.warehouseShare": "0" }),
    );
    const lines = zero.scenario.productLines as Wire[];
    expect(lines.map((l) => [l.name, l.customsCode, l.monthlyUnits])).toEqual([["T恤", "9610", 10]]);
    const bad = scenarioOf(
      BLANK_SCENARIO,
      1,
      blankWith({ "l0.monthlyUnits": "10", "l0.warehouseShare": "150" }),
    );
    expect(bad.problems.map((p) => p.pointer)).toEqual(["/productLines/0/warehouseShare"]);
  });

  it("says a problem of the parcels' line once, on the product's own form line", () => {
    const { scenario, origins } = scenarioOf(BLANK_SCENARIO, 1, { ...sixty, "l0.unitCost": "-5" });
    const checked = validate(scenario);
    const problems = checked.ok ? [] : checked.problems;
    expect(problems.map((p) => p.pointer)).toEqual(["/productLines/0/unitCost", "/productLines/1/unitCost"]);
    expect(onFormLines(problems, 1, origins).map((p) => p.pointer)).toEqual(["/productLines/0/unitCost"]);
  });
});

describe("marketplace fees from the dated table, never a silent zero", () => {
  const costs = (entries: Record<string, string>) => {
    const { scenario } = scenarioOf(BLANK_SCENARIO, 1, blankWith({ "l0.monthlyUnits": "1000", ...entries }));
    const items = lineOf(scenario).overseasCosts as Wire[];
    return Object.fromEntries(items.map((c) => [c.category, [c.shareOfSales, c.perUnit]]));
  };

  it("fills Amazon US for a blank form: 15% referral (most categories), FBA USD 4.60, storage, ads 10%", () => {
    // seeds/marketplace-fees.json: storage USD 0.78 per cubic foot a month Jan-Sep, 2.40 Oct-Dec
    // (Amazon, from 2024-04-01): (9 × 0.78 + 3 × 2.40) / 12 = 1.185 a month; × 0.1 cu ft × 2 months = 0.237 -> 0.24.
    expect(costs({ "l0.hsCode": "940520", "l0.sellingPrice": "29.99" })).toMatchObject({
      platform: ["0.15", "0"],
      advertising: ["0.10", "0"],
      logistics: ["0", "4.60"],
      warehousing: ["0", "0.24"],
    });
  });

  it("takes clothing's band by price (HS chapter 61): USD 10 -> 5%, 18 -> 10%, 25 -> 17%", () => {
    const platform = (price: string) => costs({ "l0.sellingPrice": price }).platform[0];
    expect([platform("10"), platform("18"), platform("25")]).toEqual(["0.05", "0.10", "0.17"]);
  });

  it("keeps what the seller typed, and fills only what is left empty", () => {
    expect(costs({ "l0.costs.platform": "12", "l0.costs.advertising": "0" })).toMatchObject({
      platform: ["0.12", "0"],
      advertising: ["0", "0"],
      logistics: ["0", "4.60"],
    });
  });

  it("TikTok Shop: 6% and no warehouse fees of its own; Temu fully managed: no commission on the supply price", () => {
    const tiktok = costs({ "l0.payoutRule": "tiktok-shop-standard" });
    expect(tiktok.platform).toEqual(["0.06", "0"]);
    expect(tiktok.logistics).toBeUndefined();
    const temu = costs({ "l0.payoutRule": "temu" });
    expect(temu.platform).toEqual(["0", "0"]); // 0 of the supply price, stated beside the input
    expect(temu.advertising).toEqual(["0.10", "0"]);
  });

  it("converts the per-unit fees to the sale currency: USD 4.60 × 7.5 / 8.1 = EUR 4.26", () => {
    expect(costs({ "l0.currency": "EUR", "fx.EUR": "8.1" }).logistics).toEqual(["0", "4.26"]);
  });

  it("leaves a preset's own costs alone: an empty input there is still 0", () => {
    const shaxi = PRESETS.find((p) => p.id === "shaxi-apparel-9610-no-invoice")!.scenario;
    const values = valuesOf(shaxi, formFields(shaxi, 1));
    const items = lineOf(scenarioOf(shaxi, 1, values).scenario).overseasCosts as Wire[];
    expect(items).toEqual([{ category: "platform", perUnit: "0", shareOfSales: "0.08" }]);
  });

  it("says beside each filled input what it is and where it comes from", () => {
    const fees = feesShown(
      BLANK_SCENARIO,
      1,
      blankWith({ "l0.sellingPrice": "29.99", "l0.hsCode": "940520" }),
    )[0];
    expect(fees.map((f) => [f.field, f.shown])).toEqual([
      ["l0.costs.platform", "15"],
      ["l0.costs.advertising", "10"],
      ["l0.costs.logistics", "4.60"],
      ["l0.costs.warehousing", "0.24"],
    ]);
    expect(fees[2].fee?.source.url).toBe("https://www.inventoryhero.ai/blog/fba-fulfillment-fees");
    expect(fees[2].fee?.confirmed).toBe(false);
    expect(fees[3].fee?.source.url).toBe(
      "https://sellercentral.amazon.com/help/hub/reference/external/GJ9NNG7RK4TU6E3Z",
    );
  });
});

describe("不知道 for the HS code", () => {
  const line = (entries: Record<string, string>) =>
    lineOf(scenarioOf(BLANK_SCENARIO, 1, blankWith({ "l0.monthlyUnits": "1000", ...entries })).scenario);

  it("an empty or 不知道 code takes VAT 13% and refund 13%, said in the report's assumptions", () => {
    for (const hs of ["", "不知道", "？"]) {
      expect(line({ "l0.hsCode": hs }), hs).toMatchObject({
        hsCode: "0000",
        vatRate: "0.13",
        refundRate: "0.13",
      });
    }
    const { scenario } = scenarioOf(
      BLANK_SCENARIO,
      1,
      blankWith({ "l0.monthlyUnits": "1000", "l0.hsCode": "" }),
    );
    const checked = validate(scenario);
    expect(checked.ok && ratesAssumed(checked.input.productLines[0])).toBe("unknown-code");
  });

  it("a code the table does not list (3926, plastics) keeps its code and takes the usual rates", () => {
    expect(line({ "l0.hsCode": "392690" })).toMatchObject({
      hsCode: "392690",
      vatRate: "0.13",
      refundRate: "0.13",
    });
    const { scenario } = scenarioOf(
      BLANK_SCENARIO,
      1,
      blankWith({ "l0.monthlyUnits": "1000", "l0.hsCode": "392690" }),
    );
    const checked = validate(scenario);
    expect(checked.ok && ratesAssumed(checked.input.productLines[0])).toBe("unlisted-code");
    expect(checked.ok && projectionResponse(checked.input).summary.endingCash).toMatch(/^-?\d+\.\d{2}$/);
  });

  it("a listed code still reads the table, and a rate the seller typed is kept", () => {
    const listed = line({ "l0.hsCode": "610910" });
    expect([listed.vatRate, listed.refundRate]).toEqual([undefined, undefined]);
    expect(line({ "l0.hsCode": "", "l0.vatRate": "9" })).toMatchObject({
      vatRate: "0.09",
      refundRate: "0.13",
    });
  });
});

describe("the rest has a stated default", () => {
  it("an empty minimum cash is 0; an empty declared value is the unit cost in USD: 18 CNY ÷ 7.5 = 2.40", () => {
    const values = blankWith({ "l0.monthlyUnits": "1000", minimumCash: "", "l0.declaredUnitValue": "" });
    const { scenario, problems } = scenarioOf(BLANK_SCENARIO, 1, values);
    expect(problems).toEqual([]);
    expect(scenario.minimumCash).toBe("0");
    expect(lineOf(scenario).declaredUnitValue).toBe("2.40");
  });
});

describe("a typical price and cost for what they sell (seeds/typical-goods.json)", () => {
  // The seller types what they sell and the sales, not the price or the cost. At the blank form's
  // USD 7.1: T恤 (presets.md §2) sell at about USD 14.99 and cost about 17% of it.
  const typical = (entries: Record<string, string>) =>
    scenarioOf(
      BLANK_SCENARIO,
      1,
      blankWith({
        "l0.sellingPrice": "",
        "l0.unitCost": "",
        "fx.USD": "7.1",
        "l0.monthlySales": "30万",
        ...entries,
      }),
    );

  it("T恤: 14.99 USD; 300,000 ÷ (14.99 × 7.1 = 106.429) = 2,818.78 -> 2,819 units; cost 0.17 × 106.429 = 18.09", () => {
    const { scenario, problems } = typical({});
    expect(problems).toEqual([]);
    const line = lineOf(scenario);
    expect([line.sellingPrice, line.unitCost, line.monthlyUnits]).toEqual(["14.99", "18.09", 2819]);
    const checked = validate(scenario);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    if (!checked.ok) return;
    const assumed = typicalAssumed(checked.input.fx.rates, checked.input.productLines[0]);
    expect([assumed?.goods.name.zh, assumed?.price, assumed?.cost]).toEqual(["服装/T恤", true, true]);
  });

  it("a price the seller types stays; the cost is the share of it: 0.17 × 10 × 7.1 = 12.07; 300,000 ÷ 71 = 4,225 units", () => {
    const line = lineOf(typical({ "l0.sellingPrice": "10" }).scenario);
    expect([line.sellingPrice, line.unitCost, line.monthlyUnits]).toEqual(["10", "12.07", 4225]);
  });

  it("a cost the seller types stays; the price is the typical one", () => {
    const line = lineOf(typical({ "l0.unitCost": "20" }).scenario);
    expect([line.sellingPrice, line.unitCost]).toEqual(["14.99", "20"]);
  });

  it("converts a typical price in EUR to the sale currency: 烤箱 EUR 40 × 8.1 ÷ 7.1 = 45.63 USD, cost 0.71 × 45.63 × 7.1 = 230.02", () => {
    const line = lineOf(typical({ "l0.name": "烤箱", "l0.hsCode": "" }).scenario);
    expect([line.sellingPrice, line.unitCost]).toEqual(["45.63", "230.02"]);
    // 300,000 ÷ (45.63 × 7.1 = 323.973) = 926.00 -> 926 units.
    expect(line.monthlyUnits).toBe(926);
  });

  it("goods the table does not know: asks for the price in plain words, never a silent default", () => {
    const { scenario, problems } = typical({ "l0.name": "螺丝", "l0.hsCode": "731815" });
    expect(problems).toContainEqual({
      pointer: "/productLines/0/sellingPrice",
      zh: "请填写每件售价（无法从产品名称判断典型值）",
      en: "Enter the price per unit (no typical figure for these goods)",
    });
    expect(lineOf(scenario).unitCost).toBe("");
  });

  it("a preset states its own price: clearing it is still a field to fill", () => {
    const shaxi = PRESETS.find((p) => p.id === "shaxi-apparel-9610-no-invoice")!.scenario;
    const values = { ...valuesOf(shaxi, formFields(shaxi, 1)), "l0.sellingPrice": "" };
    const { problems } = scenarioOf(shaxi, 1, values);
    expect(problems).toContainEqual({
      pointer: "/productLines/0/sellingPrice",
      zh: "请填写此项",
      en: "Please fill this in",
    });
  });

  it("shows the typical figures as the empty inputs' placeholders, said as typical and changeable", () => {
    const values = blankWith({ "l0.sellingPrice": "", "l0.unitCost": "", "fx.USD": "7.1" });
    const shown = feesShown(BLANK_SCENARIO, 1, values)[0].filter((f) => f.typical);
    expect(shown.map((f) => [f.field, f.shown])).toEqual([
      ["l0.sellingPrice", "14.99"],
      ["l0.unitCost", "18.09"],
    ]);
    expect(shown[0].typical?.zh).toContain("服装/T恤典型值，可修改");
    expect(shown[0].typical?.en).toContain("typical, change it");
  });
});

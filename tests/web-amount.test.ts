import { describe, expect, it } from "vitest";
import { BLANK_SCENARIO, blankScenarioOn } from "../src/policy/blank-scenario";
import { parseAmount } from "../src/web/amount";
import { formFields, scenarioOf, validate, valuesOf, type Wire } from "../src/web/form";

// Cases are what issue 17's seller typed and was refused ("30万", "25美元", full-width digits),
// worked by hand: 万 = 10^4, 亿 = 10^8.
describe("amounts as sellers type them", () => {
  it.each([
    ["30万", "300000"],
    ["1.5亿", "150000000"],
    ["¥300,000", "300000"],
    ["￥ 300，000 元", "300000"],
    ["３０万", "300000"],
    ["３８．５", "38.5"],
    ["2,000,000", "2000000"],
    ["0.5万", "5000"],
    ["+12", "12"],
    ["-3.25", "-3.25"],
  ])("reads %s as %s", (text, value) => {
    expect(parseAmount(text)?.value).toBe(value);
  });

  it("keeps the currency a text names, so it is checked rather than dropped", () => {
    expect(parseAmount("25美元")).toEqual({ value: "25", currency: "USD" });
    expect(parseAmount("USD 25")).toEqual({ value: "25", currency: "USD" });
    expect(parseAmount("$25")).toEqual({ value: "25", currency: "USD" });
    expect(parseAmount("30万元")).toEqual({ value: "300000", currency: "CNY" });
    expect(parseAmount("¥300,000")).toEqual({ value: "300000", currency: "CNY" });
    expect(parseAmount("20欧元")).toEqual({ value: "20", currency: "EUR" });
  });

  it.each(["abc", "1e5", "30万美", "¥25美元", "1..5", "", "万"])("refuses %s", (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });
});

describe("the form's money fields", () => {
  const fields = formFields(BLANK_SCENARIO, 1);
  const filled = (extra: Record<string, string>) => ({
    ...valuesOf(BLANK_SCENARIO, fields),
    "l0.name": "LED",
    "l0.currency": "USD",
    "l0.units": "1000",
    "l0.unitPrice": "25",
    "l0.unitCost": "100",
    openingCash: "30万",
    ...extra,
  });

  it("writes 30万 of opening cash as 300000 yuan", () => {
    const { scenario, problems } = scenarioOf(BLANK_SCENARIO, 1, filled({}));
    expect(problems.filter((p) => p.pointer === "/openingCash")).toEqual([]);
    expect(scenario.openingCash).toBe("300000");
  });

  it("names the currency when a yuan field is given in dollars, in plain words", () => {
    const { problems } = scenarioOf(BLANK_SCENARIO, 1, filled({ openingCash: "5万美元" }));
    const problem = problems.find((p) => p.pointer === "/openingCash");
    expect(problem?.zh).toBe("此处按人民币填写，请换算后再填");
  });

  it("says what a number looks like instead of naming decimal syntax", () => {
    const { problems } = scenarioOf(BLANK_SCENARIO, 1, filled({ openingCash: "三十万" }));
    const problem = problems.find((p) => p.pointer === "/openingCash");
    expect(problem?.zh).toBe("请填写数字，例如 300000、30万 或 1.5亿");
    expect(problem?.zh).not.toMatch(/十进制|指数/);
  });
});

describe("the blank form's start date", () => {
  it("is the first day of the month after the seller's today", () => {
    // Issue 17: the start defaulted to 2026-01-01, eleven months in the past on 2026-12-06.
    expect(blankScenarioOn("2026-12-06").startDate).toBe("2027-01-01");
    expect(blankScenarioOn("2026-01-31").startDate).toBe("2026-02-01");
  });
});

describe("choosing 没有发票 on the blank form", () => {
  it("validates without touching the hidden invoice VAT rate (the template's 13%)", () => {
    const fields = formFields(BLANK_SCENARIO, 1);
    const values: Record<string, string> = {
      ...valuesOf(BLANK_SCENARIO, fields),
      openingCash: "30万",
      minimumCash: "5万",
      "l0.name": "蓝牙音箱",
      "l0.hsCode": "851822",
      "l0.monthlyUnits": "2000",
      "l0.unitCost": "45",
      "l0.sellingPrice": "29.99",
      "l0.declaredUnitValue": "9.5",
      "l0.purchaseInvoice": "none",
    };
    expect(values["l0.invoiceVatRate"]).toBe("13");
    const { scenario, problems } = scenarioOf(BLANK_SCENARIO, 1, values);
    expect(problems).toEqual([]);
    expect((scenario.productLines as Wire[])[0].invoiceVatRate).toBe("0");
    const checked = validate(scenario);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });
});

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, SHOTS, type Site, scenarioOf, startSite } from "./site";

/**
 * A seller's first report, as a person gets it: the blank form, exactly six entries (what they sell,
 * monthly sales, marketplace, how they ship, invoices, opening cash), the price and cost left to the
 * typical figures the form shows, then the report read as text, printed, and checked with axe. Also
 * without JavaScript.
 * Runs `wrangler dev` and Debian's chromium; screenshots go to test-results/web/.
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

async function newPage(width: number, javaScriptEnabled = true): Promise<Page> {
  // axe is injected as a script, which the pages' CSP forbids: the context bypasses it.
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: "zh-CN",
    bypassCSP: true,
    javaScriptEnabled,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** The seller's entries, typed and chosen as a person does, by the labels the page shows. */
async function fillAsSeller(page: Page): Promise<void> {
  await page.getByLabel("产品名称").fill("T恤");
  await page.getByLabel(/^月销售额/).fill("30万");
  await page.getByLabel(/^平台回款规则/).selectOption("amazon-us");
  await page.getByLabel(/^经海外仓销售的比例/).fill("60");
  await page.getByLabel("进货有没有发票").selectOption({ label: "没有发票（无票）" });
  await page.getByLabel(/^现在账上可用的资金/).fill("50万");
}

const text = (page: Page, selector: string) => page.locator(selector).innerText();

describe("a seller's first report from a blank form", () => {
  it("six entries give an honest report that prints with what it rests on", async () => {
    const page = await newPage(375);
    await page.goto(`${origin}/`);
    // What the marketplace always charges is on the page before anything is typed: never a silent zero.
    const commission = page.getByLabel(/^平台佣金/);
    expect(await commission.getAttribute("placeholder")).toBe("15");
    const fieldText = await page.locator('[data-field="l0.costs.platform"]').innerText();
    expect(fieldText).toContain("不填按亚马逊美国站佣金，大多数类目 15%");
    expect(fieldText).toContain("请以您账户后台为准");
    // The price and cost may stay empty: the page says a typical figure of the goods fills them.
    const priceText = await text(page, '[data-field="l0.sellingPrice"]');
    expect(priceText).toContain("不填按所卖商品的典型值（LED 灯具、家具、小家电、服装/T恤）");
    expect(await axeViolations(page)).toEqual([]);

    await fillAsSeller(page);
    await page.screenshot({ path: `${SHOTS}/seller-form-phone.png`, fullPage: true });
    await page.getByRole("button", { name: "生成报告" }).click();
    await page.waitForURL(/\/report\?s=/);

    // The scenario behind the report: T恤 at the typical USD 14.99 (seeds/typical-goods.json), cost
    // 0.17 × 14.99 × 7.1 = 18.09; 300,000 CNY ÷ (14.99 × 7.1 = 106.429) = 2,818.78 -> 2,819 units a
    // month; 60% through the warehouse = 1,691.4 -> 1,691 (9810), the other 1,128 as parcels (9610).
    const lines = scenarioOf(page.url()).productLines;
    expect(
      lines.map((l: any) => [l.name, l.customsCode, l.monthlyUnits, l.sellingPrice, l.unitCost]),
    ).toEqual([
      ["T恤（海外仓 60%）", "9810", 1691, "14.99", "18.09"],
      ["T恤（直邮 40%）", "9610", 1128, "14.99", "18.09"],
    ]);

    // What the seller reads first: one sentence about the cash, then the figures the API gives.
    const verdict = await text(page, "#verdict");
    expect(verdict).toMatch(/现金|借/);
    const api: any = await (
      await fetch(`${origin}/v1/cashflow/projection`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(scenarioOf(page.url())),
      })
    ).json();
    expect(await page.locator("#ending .value data").getAttribute("value")).toBe(api.summary.endingCash);
    expect(await page.locator("#peak .value data").getAttribute("value")).toBe(
      api.summary.peakFinancingOutstanding,
    );

    // What it rests on, in words: the unknown HS code's rates, the fees and their source.
    const assumptions = await text(page, "section.assumptions");
    expect(assumptions).toContain("T恤（海外仓 60%）");
    expect(assumptions).toContain("每月 1691 件");
    expect(assumptions).toContain("售价 14.99 USD、成本 ¥18.09等于服装/T恤的典型值");
    expect(assumptions).toContain("这是假设：若是表格代填的，请按您的实际核对修改");
    expect(assumptions).toContain("没有进货发票");
    expect(assumptions).toContain("未填商品编码：按增值税 13%、出口退税率 13% 估算");
    expect(assumptions).toContain("平台佣金 15%（费率表：亚马逊美国站佣金");
    expect(assumptions).toContain("广告 10%（假设：");
    expect(assumptions).toContain("请以您账户后台为准");
    expect(assumptions).toMatch(/期初现金 \/ 最低留存现金\s*¥500,000\.00 \/ ¥0\.00/);
    await page.screenshot({ path: `${SHOTS}/seller-report-phone.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // Printed: the inputs, the date, the ruleset and the disclaimer are on paper.
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: `${SHOTS}/seller-report-laptop.png`, fullPage: true });
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("section.assumptions").isVisible()).toBe(true);
    expect(await page.locator("footer.site").isVisible()).toBe(true);
    const note = await text(page, "section.assumptions .note");
    expect(note).toMatch(/^\d{4}-\d{2}-\d{2} 生成，规则版本 2026\.12\.1。/);
    expect(note).toContain("测算结果仅供规划参考，不构成税务、外汇或融资建议");
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.context().close();
  }, 90_000);

  it("works without JavaScript: the form is sent as a plain GET and the report comes back", async () => {
    const page = await newPage(1366, false);
    await page.goto(`${origin}/`);
    await fillAsSeller(page);
    await page.screenshot({ path: `${SHOTS}/seller-form-laptop.png`, fullPage: true });
    await page.getByRole("button", { name: "生成报告" }).click();
    await page.waitForURL(/\/report\?s=/);
    expect(await text(page, "#verdict")).toMatch(/现金|借/);
    expect(await text(page, "section.assumptions")).toContain("T恤（直邮 40%）");
    await page.context().close();
  }, 60_000);
});

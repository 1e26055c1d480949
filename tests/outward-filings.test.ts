import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { projectionResponse } from "../src/api/cashflow";
import { scenarioSchemaUnder } from "../src/api/scenario-schema";
import { dec } from "../src/domain/money";
import { contractFilings, paymentsPerContract } from "../src/domain/settlement/netting";
import { findPreset } from "../src/policy/presets";
import { cashflowRulesFor } from "../src/policy/rulesets";
import { encodeScenario } from "../src/web/share";

// 国家税务总局 国家外汇管理局公告2013年第40号 第一条: a single outward payment above USD 50,000 equivalent (不含等值
// 5万美元) is filed first; 2021年第19号 第一条: a contract paid in several remittances is filed once, before its first
// payment. The threshold is per payment (单笔), so three payments of USD 30,000 under one contract need no filing.
const rules = { filingThresholdUsd: dec("50000"), filingOncePerContract: true };
const usd = (...xs: number[]) => xs.map((x) => dec(x));

describe("the filing rule (src/domain/settlement/netting.ts, shared by the settlement route and the projection)", () => {
  it("files a contract once, before its first payment above USD 50,000", () => {
    expect(contractFilings(usd(60000, 60000, 60000), rules)).toEqual({ count: 1, firstWaiting: 0 });
    // A first payment under the threshold needs none; the filing precedes the first one above it.
    expect(contractFilings(usd(40000, 60000, 70000), rules)).toEqual({ count: 1, firstWaiting: 1 });
    expect(contractFilings(usd(30000, 30000, 30000), rules)).toEqual({ count: 0, firstWaiting: -1 });
    expect(contractFilings(usd(40000), rules)).toEqual({ count: 0, firstWaiting: -1 });
    // Exactly USD 50,000 is not above it (不含等值5万美元).
    expect(contractFilings(usd(50000), rules)).toEqual({ count: 0, firstWaiting: -1 });
    // Before 2021年第19号 every such payment was filed.
    expect(contractFilings(usd(60000, 60000, 60000), { ...rules, filingOncePerContract: false }).count).toBe(
      3,
    );
  });

  it("divides the payments among contracts in order, the earlier taking the extra", () => {
    expect(paymentsPerContract(7, 2)).toEqual([4, 3]);
    expect(paymentsPerContract(3, 3)).toEqual([1, 1, 1]);
    expect(paymentsPerContract(3, 1)).toEqual([3]);
  });
});

function parse(presetId: string, ruleset: string, change: (s: any) => void) {
  const scenario = structuredClone(findPreset(presetId, ruleset)!.scenario) as any;
  change(scenario);
  return { scenario, parsed: scenarioSchemaUnder(cashflowRulesFor(ruleset).behaviour).safeParse(scenario) };
}

function project(presetId: string, change: (s: any) => void, ruleset = "2026.12.1") {
  const { parsed } = parse(presetId, ruleset, change);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return projectionResponse(parsed.data, ruleset) as any;
}

const DACHONG = "dachong-furniture-0110-factoring";
const SHAXI = "shaxi-apparel-9610-no-invoice";
const NANTOU = "nantou-appliance-9710-first-option";

/**
 * The Dachong furniture line (B2B, USD) over 12 months from 2026-01-01: 200 sets ordered on each month's
 * first day, shipped and sold 30 days later (productionDays 30, no transit, sold on arrival). Sales days:
 * 01-31, 03-03, 03-31, 05-01, 05-31, 07-01, 07-31, 08-31, 10-01, 10-31, 12-01, 12-31, so the overseas cost is
 * wired in 7 months (on each month's first sale day): Jan 200 sets, Mar 400, May 400, Jul 400, Aug 200,
 * Oct 400, Dec 400.
 */
const dachongWithCost = (perUnit: string, contracts?: number) => (s: any) => {
  s.horizonMonths = 12;
  s.productLines[0].overseasCosts = [
    { category: "logistics", perUnit, shareOfSales: "0", ...(contracts ? { contracts } : {}) },
  ];
};

describe("projection: outward-payment tax filings per contract (2026.12.1)", () => {
  it("one contract paid USD 60,000 and more a month: one filing, before the first payment", () => {
    // Jan: 200 x USD 300 = 60,000 > 50,000: filed by 3 days (the market default) before 2026-01-31.
    const f = project(DACHONG, dachongWithCost("300")).outwardFilings;
    expect(f.costs[0]).toMatchObject({
      contracts: 1,
      payments: 7,
      largestPaymentUsd: "120000.00",
      filings: 1,
    });
    expect(f.costs[0].filed).toEqual([
      { firstPayment: "2026-01-31", fileBy: "2026-01-28", waitCrossesMonth: true },
    ]);
    expect(f).toMatchObject({
      thresholdUsd: "50000",
      delayDays: 3,
      withoutNetting: 1,
      chosen: 1,
      avoidedByNetting: 0,
    });
  });

  it("two contracts: two filings, the second before its own first payment", () => {
    // 7 payments: contract 1 pays Jan, Mar, May, Jul; contract 2 Aug, Oct, Dec (Aug: 200 x 300 = 60,000).
    const f = project(DACHONG, dachongWithCost("300", 2)).outwardFilings;
    expect(f.costs[0].filings).toBe(2);
    expect(f.costs[0].filed.map((x: any) => x.firstPayment)).toEqual(["2026-01-31", "2026-08-31"]);
  });

  it("no payment above USD 50,000: no filing; exactly 50,000 is not above it", () => {
    // 400 x USD 120 = 48,000 at most.
    expect(project(DACHONG, dachongWithCost("120")).outwardFilings.costs[0]).toMatchObject({
      largestPaymentUsd: "48000.00",
      filings: 0,
      filed: [],
    });
    // Jan 200 x 250 = 50,000 (not above); Mar 400 x 250 = 100,000: filed before 2026-03-03, by 02-28.
    const f = project(DACHONG, dachongWithCost("250")).outwardFilings;
    expect(f.costs[0].filed).toEqual([
      { firstPayment: "2026-03-03", fileBy: "2026-02-28", waitCrossesMonth: false },
    ]);
  });

  it("says in explain what the delay moves (nothing) and cites both announcements", () => {
    const body = project(DACHONG, dachongWithCost("300"));
    const step = body.explain.find((s: any) => s.key === "filings");
    expect(step.source).toContain("2021年第19号");
    expect(step.zh).toContain("2013年第40号");
    expect(step.zh).toContain("不改变任何数字");
    expect(step.zh).toContain("其中 1 笔首次付款会推迟到下个月");
    expect(step.value).toBe("1");
    expect(body.explain.find((s: any) => s.key === "filings:Solid-wood dining set:0").zh).toContain(
      "须备案 1 次",
    );
  });

  it("netting removes the outward payments of the nettable costs, and their filings", () => {
    // Shaxi's marketplace line with logistics (nettable) of USD 7 a unit: 8,000 units a month, 56,000 > 50,000.
    const withCost = (netting: boolean) => (s: any) => {
      s.productLines[0].overseasCosts.push({ category: "logistics", perUnit: "7", shareOfSales: "0" });
      s.measures.netting = netting;
    };
    const netted = project(SHAXI, withCost(true)).outwardFilings;
    const logistics = netted.costs.find((c: any) => c.category === "logistics");
    expect(logistics).toMatchObject({ nettable: true, netted: true, filings: 1 });
    expect(netted).toMatchObject({ withoutNetting: 1, chosen: 0, avoidedByNetting: 1 });
    const gross = project(SHAXI, withCost(false));
    expect(gross.outwardFilings).toMatchObject({ withoutNetting: 1, chosen: 1, avoidedByNetting: 1 });
    expect(gross.explain.find((s: any) => s.key === "filings").zh).toContain("选用轧差结算可免去其中 1 次");
  });

  it("a line in another currency is converted through the USD rate, or not judged without one", () => {
    // Nantou's EUR line, 5,000 ovens a month with EUR 10 of overseas cost: 50,000 EUR x 8.10 / 7.10 = 57,042.25 USD.
    const cost = (s: any) => {
      s.productLines[0].overseasCosts = [{ category: "warehousing", perUnit: "10", shareOfSales: "0" }];
    };
    const withUsd = project(NANTOU, (s) => {
      cost(s);
      s.fx.rates.push({ currency: "USD", spot: "7.1000", foreignRate: "0.043", vol: "0.05" });
    }).outwardFilings;
    expect(withUsd.costs[0]).toMatchObject({ largestPaymentUsd: "57042.25", filings: 1 });
    const without = project(NANTOU, cost);
    expect(without.outwardFilings).toMatchObject({ notJudged: 1, chosen: 0 });
    expect(without.outwardFilings.costs[0]).toMatchObject({ largestPaymentUsd: null, filings: null });
    expect(without.explain.find((s: any) => s.key === "filings").zh).toContain("没有美元汇率");
  });

  it("refuses more contracts than months paid (422), and the field under the published versions", () => {
    let refused: any;
    try {
      project(DACHONG, dachongWithCost("300", 8));
    } catch (err) {
      refused = err;
    }
    expect(refused.problems[0]).toMatchObject({ pointer: "/productLines/0/overseasCosts/0/contracts" });
    expect(refused.problems[0].en).toContain("at most 7");
    for (const version of ["2026.11.0", "2026.12.0"]) {
      const { parsed } = parse(DACHONG, version, dachongWithCost("300", 2));
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0].path).toEqual(["productLines", 0, "overseasCosts", 0]);
      const old = project(DACHONG, dachongWithCost("300"), version);
      expect(old).not.toHaveProperty("outwardFilings");
      expect(old.explain.some((s: any) => s.key === "filings")).toBe(false);
    }
  });
});

describe("the report page says what the filings are", () => {
  it("a Dachong cost of USD 300 a set: one filing, before the payment of 2026-01-31, in the seller's words", async () => {
    const { scenario } = parse(DACHONG, "2026.12.1", dachongWithCost("300"));
    const res = await exports.default.fetch(
      new Request(`http://localhost/report?s=${await encodeScenario(scenario)}`),
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    const section = html.slice(html.indexOf('id="filings-h"'));
    expect(html.includes('id="filings-h"')).toBe(true);
    expect(section.includes("对外支付税务备案")).toBe(true);
    // 200 x USD 300 = 60,000 in January is above USD 50,000: filed once, before that first payment.
    expect(section.includes("本方案备案 1 次")).toBe(true);
    expect(section.includes("2026-01-31")).toBe(true);
  });

  it("a scenario with no overseas cost has no filings section", async () => {
    const { scenario } = parse(DACHONG, "2026.12.1", (s) => {
      s.productLines[0].overseasCosts = [];
    });
    const res = await exports.default.fetch(
      new Request(`http://localhost/report?s=${await encodeScenario(scenario)}`),
    );
    expect((await res.text()).includes('id="filings-h"')).toBe(false);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/domain/errors";
import { Decimal, ZERO } from "../src/domain/money";
import {
  COST_CATEGORIES,
  type CostCategory,
  compareSettlement,
  type FeeSchedule,
  type OverseasCost,
  type SettlementInput,
} from "../src/domain/settlement/netting";
import { settlementReport } from "../src/domain/settlement/netting-report";
import { SETTLEMENT_RULES as RULES } from "../src/policy/settlement";

const d = (x: string | number) => new Decimal(x);
const cost = (category: CostCategory, amount: string, remittances = 1): OverseasCost => ({
  category,
  amount: d(amount),
  remittances,
});
const NO_FEE: FeeSchedule = { rate: ZERO, min: ZERO, fixed: ZERO };

/** 100,000 USD of proceeds, 80,000 of nettable costs, one non-nettable; mid 7.10, 0.01 each side. */
function example(overrides: Partial<SettlementInput> = {}): SettlementInput {
  return {
    currency: "USD",
    declaredValue: d(40000),
    salesProceeds: d(100000),
    proceedsRemittances: 1,
    overseasCosts: [cost("warehousing", "20000"), cost("logistics", "60000"), cost("advertising", "5000")],
    fx: { mid: d("7.10"), bid: d("7.09"), offer: d("7.11") },
    fees: {
      inward: { rate: d("0.001"), min: d(20), max: d(200), fixed: ZERO },
      outward: { rate: d("0.001"), min: d(50), max: d(1000), fixed: d(150) },
    },
    ...overrides,
  };
}

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => p.pointer);
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("netting settlement: worked example (computed by hand)", () => {
  it("gives the gross and netted costs, the saving and the filing of the USD 60,000 payment", () => {
    // Gross: FX inward 100,000 x 0.01 = 1,000; outward 85,000 x 0.01 = 850 -> 1,850.
    //   inward fee: 100,000 x 7.10 x 0.001 = 710, capped at 200.
    //   outward fees: 142,000 x 0.001 = 142 + 150 = 292; 426,000 x 0.001 = 426 + 150 = 576;
    //   35,500 x 0.001 = 35.50 -> min 50 + 150 = 200; total 1,068. Fees 1,268. Total 3,118.
    //   60,000 USD in one payment > 50,000: one filing, 3 days (catalog default).
    // Netted: net 100,000 - 80,000 = 20,000; FX 20,000 x 0.01 + 5,000 x 0.01 = 250;
    //   inward fee 142,000 x 0.001 = 142; outward 200; fees 342. Total 592.
    // Saving 3,118 - 592 = 2,526 = spread 80,000 x 0.02 = 1,600 + fees 926.
    // Cash: gross 709,000 - 604,350 - 1,268 = 103,382; netted 141,800 - 35,550 - 342 = 105,908.
    const r = compareSettlement(example(), RULES);
    expect(r.nettedCosts.toFixed()).toBe("80000");
    expect(r.gross.fxCostInward.plus(r.gross.fxCostOutward).toFixed()).toBe("1850");
    expect(r.gross.feesInward.toFixed()).toBe("200");
    expect(r.gross.feesOutward.toFixed()).toBe("1068");
    expect(r.gross.totalCost.toFixed()).toBe("3118");
    expect(r.gross.filings).toHaveLength(1);
    expect(r.gross.filings[0]).toMatchObject({ cost: 1, category: "logistics", count: 1 });
    expect(r.gross.filings[0].usdEquivalent.toFixed()).toBe("60000");
    expect(r.gross.filingDelayDays).toBe(3);
    expect(r.netted.inwardAmount.toFixed()).toBe("20000");
    expect(r.netted.totalCost.toFixed()).toBe("592");
    expect(r.netted.filings).toHaveLength(0);
    expect(r.saving).toEqual({ cny: d(2526), days: 3 });
    expect(r.gross.netCny.toFixed()).toBe("103382");
    expect(r.netted.netCny.toFixed()).toBe("105908");
  });

  it("reports the figures to the fen with the measure and clause in explain", () => {
    const input = example();
    const report = settlementReport(input, compareSettlement(input, RULES), RULES);
    expect(report.saving).toEqual({
      cny: "2526.00",
      spread: "1600.00",
      fees: "926.00",
      filingFunding: null,
      days: 3,
    });
    expect(report.gross.filings[0].usdEquivalent).toBe("60000.00");
    expect(report.deviation).toMatchObject({
      amount: "60000.00",
      ratio: "1.5000",
      permitted: true,
      clause: "汇发〔2020〕11号 第二条、第三条",
      warning: true,
    });
    const keys = report.explain.map((s) => s.key);
    expect(keys).toContain("gross.filings");
    const filing = report.explain.find((s) => s.key === "gross.filings")!;
    // The threshold of 2013年第40号, filed once per contract under its supplement 2021年第19号.
    expect(filing.source).toBe("国家税务总局 国家外汇管理局公告2021年第19号 第一条");
    expect(filing.zh).toContain("国家税务总局 国家外汇管理局公告2013年第40号 第一条");
    const nettable = report.explain.find((s) => s.key === "nettableCategories")!;
    expect(nettable.measure).toBe("zs-2024-24-m16-netting");
    expect(nettable.en).toContain("catalog default");
    expect(report.explain.find((s) => s.key === "gross.totalCost")!.en).toContain("no fundingRate");
  });

  it("costs the filing delay in CNY only when a funding rate is given (ACT/365F)", () => {
    // 60,000 x 7.10 = 426,000 CNY set aside for 3 days at 3.65%: 426,000 x 0.0365 x 3 / 365 = 127.80.
    const r = compareSettlement(example({ fundingRate: d("0.0365") }), RULES);
    expect(r.gross.filingFundingCost!.toFixed()).toBe("127.8");
    expect(r.gross.totalCost.toFixed()).toBe("3245.8");
    expect(r.netted.filingFundingCost!.toFixed()).toBe("0");
    expect(compareSettlement(example(), RULES).gross.filingFundingCost).toBeUndefined();
  });
});

describe("netting settlement: per-remittance fees, worked by hand", () => {
  it("applies the cap, the minimum and the cable fee to each remittance, and nets them all away", () => {
    // Proceeds USD 250,000 in 2 remittances; mid 7.10, bid 7.09, offer 7.11. Fees (CNY, at mid):
    //   inward  clamp(0.1%, 20, 200), no cable fee;  outward clamp(0.1%, 50, 1,000) + 150 cable fee.
    // Gross, outward: logistics 200,000 in 1: 1,420,000 x 0.1% = 1,420 -> cap 1,000, + 150 = 1,150;
    //   warehousing 30,000 in 3: 71,000 x 0.1% = 71 (between min and cap) + 150 = 221, x 3 = 663;
    //   tax 6,000 in 4: 10,650 x 0.1% = 10.65 -> min 50, + 150 = 200, x 4 = 800. Outward fees 2,613.
    //   Inward: 125,000 x 7.10 = 887,500 x 0.1% = 887.50 -> cap 200, x 2 = 400.
    //   FX: 250,000 x 0.01 + 236,000 x 0.01 = 4,860. Total 4,860 + 400 + 2,613 = 7,873.
    //   Filing: only the 200,000 remittance is above USD 50,000.
    // Netted (all three categories nettable): inward 14,000 in 2: 7,000 x 7.10 = 49,700 x 0.1% = 49.70
    //   (above min 20), x 2 = 99.40; FX 14,000 x 0.01 = 140. Total 239.40.
    // Saving 7,633.60 = spread 236,000 x 0.02 = 4,720 + fees 3,013 - 99.40 = 2,913.60.
    // With a 3.65% funding rate the filed 1,420,000 waits 3 days: 1,420,000 x 0.0365 x 3 / 365 = 426.
    const input = example({
      salesProceeds: d(250000),
      proceedsRemittances: 2,
      overseasCosts: [cost("logistics", "200000"), cost("warehousing", "30000", 3), cost("tax", "6000", 4)],
    });
    const r = compareSettlement(input, RULES);
    expect(r.gross.feesOutward.toFixed()).toBe("2613");
    expect(r.gross.feesInward.toFixed()).toBe("400");
    expect(r.gross.totalCost.toFixed()).toBe("7873");
    expect(r.gross.filings.map((f) => [f.category, f.count])).toEqual([["logistics", 1]]);
    expect(r.netted.outwardRemittances).toBe(0);
    expect(r.netted.feesOutward.toFixed()).toBe("0");
    expect(r.netted.feesInward.toFixed()).toBe("99.4");
    expect(r.netted.totalCost.toFixed()).toBe("239.4");
    expect(r.saving).toEqual({ cny: d("7633.6"), days: 3 });
    const funded = compareSettlement({ ...input, fundingRate: d("0.0365") }, RULES);
    expect(funded.gross.filingFundingCost!.toFixed()).toBe("426");
    expect(funded.saving.cny.toFixed()).toBe("8059.6");
  });
});

describe("netting settlement: the USD 50,000 filing threshold", () => {
  const oneCost = (amount: string, extra: Partial<SettlementInput> = {}) =>
    compareSettlement(example({ overseasCosts: [cost("other", amount)], ...extra }), RULES).gross.filings;

  it("is exclusive: exactly USD 50,000 needs no filing, one cent more does", () => {
    expect(oneCost("50000")).toHaveLength(0);
    expect(oneCost("50000.01")).toHaveLength(1);
  });

  it("tests each remittance, not the total of a cost paid in parts", () => {
    const r = compareSettlement(example({ overseasCosts: [cost("other", "90000", 2)] }), RULES);
    expect(r.gross.filings).toHaveLength(0);
  });

  it("files a contract once, before its first payment (2021年第19号 第一条): one contract per cost unless stated", () => {
    // 一、境内机构和个人…对同一笔合同需要多次对外支付的，仅需在首次付汇前办理税务备案。
    // USD 120,000 in 2 remittances of 60,000 (each above 50,000), one contract: 1 filing, and only the first
    // 60,000 waits. At 3.65% for 3 days: 60,000 x 7.10 = 426,000 CNY x 0.0365 x 3 / 365 = 127.80.
    const one = compareSettlement(
      example({ overseasCosts: [cost("other", "120000", 2)], fundingRate: d("0.0365") }),
      RULES,
    );
    expect(one.gross.filings[0]).toMatchObject({ contracts: 1, count: 1 });
    expect(one.gross.filingFundingCost!.toFixed()).toBe("127.8");
    // The same remittances paying two contracts: 2 filings, both first payments wait: 255.60.
    const two = compareSettlement(
      example({ overseasCosts: [{ ...cost("other", "120000", 2), contracts: 2 }], fundingRate: d("0.0365") }),
      RULES,
    );
    expect(two.gross.filings[0]).toMatchObject({ contracts: 2, count: 2 });
    expect(two.gross.filingFundingCost!.toFixed()).toBe("255.6");
    // A ruleset before 2026.12.1 filed every remittance above the threshold.
    const old = compareSettlement(example({ overseasCosts: [cost("other", "120000", 2)] }), {
      ...RULES,
      filingOncePerContract: false,
    });
    expect(old.gross.filings[0].count).toBe(2);
  });

  it("refuses more contracts than remittances", () => {
    expect(
      problems(() =>
        compareSettlement(
          example({ overseasCosts: [{ ...cost("other", "120000", 2), contracts: 3 }] }),
          RULES,
        ),
      ),
    ).toEqual(["/overseasCosts/0/contracts"]);
  });

  it("converts other currencies through the two middle rates", () => {
    // EUR 55,000 x 7.80 / 7.10 = USD 60,422.54 > 50,000; EUR 45,000 -> USD 49,436.62, no filing.
    const eur = {
      currency: "EUR",
      fx: { mid: d("7.80"), bid: d("7.78"), offer: d("7.82"), usdMid: d("7.10") },
    };
    const filed = oneCost("55000", eur);
    expect(filed).toHaveLength(1);
    expect(filed[0].usdEquivalent.toFixed(2)).toBe("60422.54");
    expect(oneCost("45000", eur)).toHaveLength(0);
  });

  it("asks for the USD middle rate when the currency is not USD", () => {
    const eur = { currency: "EUR", fx: { mid: d("7.80"), bid: d("7.78"), offer: d("7.82") } };
    expect(problems(() => oneCost("55000", eur))).toEqual(["/fx/usdMid"]);
  });
});

describe("netting settlement: what cannot be computed", () => {
  it("rejects a bid above the offer, and a mid outside the two", () => {
    expect(
      problems(() => compareSettlement(example({ fx: { mid: d(7.1), bid: d(7.2), offer: d(7.0) } }), RULES)),
    ).toEqual(["/fx/bid"]);
    expect(
      problems(() => compareSettlement(example({ fx: { mid: d(7.2), bid: d(7.0), offer: d(7.1) } }), RULES)),
    ).toEqual(["/fx/mid"]);
  });

  it("rejects nettable costs above the proceeds instead of reporting a negative net", () => {
    expect(problems(() => compareSettlement(example({ salesProceeds: d(79999) }), RULES))).toEqual([
      "/overseasCosts",
    ]);
  });

  it("names every problem at once", () => {
    const bad = example({
      salesProceeds: d(1),
      fx: { mid: d(7.1), bid: d(7.2), offer: d(7.0) },
      fees: { inward: { ...NO_FEE, min: d(10), max: d(5) }, outward: NO_FEE },
      advancedBy: { firm: "X", categories: ["logistics"], repaymentDays: 30 },
    });
    expect(problems(() => compareSettlement(bad, RULES))).toEqual([
      "/fx/bid",
      "/fees/inward/max",
      "/overseasCosts",
      "/advancedBy",
    ]);
  });

  it("rejects platform fees listed as nettable while the platform switch is off", () => {
    const input = example({ nettableCategories: ["platform"], platformFeesNettable: false });
    expect(problems(() => compareSettlement(input, RULES))).toEqual(["/platformFeesNettable"]);
  });
});

describe("netting settlement: categories", () => {
  it("nets platform fees only when switched on (catalog default off)", () => {
    const input = example({ overseasCosts: [cost("platform", "15000")] });
    expect(compareSettlement(input, RULES).nettedCosts.toFixed()).toBe("0");
    const on = compareSettlement({ ...input, platformFeesNettable: true }, RULES);
    expect(on.resolved.nettable).toEqual(["warehousing", "logistics", "tax", "platform"]);
    expect(on.nettedCosts.toFixed()).toBe("15000");
  });

  it("a cost that is not nettable is paid gross in both paths and leaves the saving unchanged", () => {
    const without = compareSettlement(example({ overseasCosts: [cost("warehousing", "20000")] }), RULES);
    const withAds = compareSettlement(
      example({ overseasCosts: [cost("warehousing", "20000"), cost("advertising", "7000", 2)] }),
      RULES,
    );
    expect(withAds.saving).toEqual(without.saving);
    expect(withAds.netted.outwardAmount.toFixed()).toBe("7000");
    expect(withAds.gross.outwardAmount.minus(without.gross.outwardAmount).toFixed()).toBe("7000");
    expect(withAds.netted.feesOutward).toEqual(withAds.gross.feesOutward.minus(without.gross.feesOutward));
  });
});

describe("netting settlement: deviation and reports", () => {
  const reports = (input: SettlementInput) => compareSettlement(input, RULES).deviation.reports;

  it("owes a deferred-receipt report when the money comes more than 90 days after export", () => {
    expect(reports(example({ exportDate: "2026-03-02", receiptDate: "2026-07-10" }))).toEqual([
      { key: "restored-gross", status: "owed" },
      { key: "deferred-receipt", status: "owed", dueDate: "2026-04-01" },
      { key: "advance-receipt", status: "not-owed" },
    ]);
    // 2026-03-02 + 90 days = 2026-05-31: exactly 90 days is not "more than 90".
    expect(reports(example({ exportDate: "2026-03-02", receiptDate: "2026-05-31" }))[1].status).toBe(
      "not-owed",
    );
  });

  it("owes an advance-receipt report when the money comes more than 30 days before export", () => {
    const r = reports(example({ exportDate: "2026-03-02", receiptDate: "2026-01-20" }));
    expect(r[2]).toEqual({ key: "advance-receipt", status: "owed", dueDate: "2026-02-19" });
  });

  it("counts the days exclusively at both limits: 30 days before export and 90 after are not reported", () => {
    // 2026-01-31 to 2026-03-02 is 30 days (28-day February): not more than 30, no advance-receipt report;
    // 2026-01-30 is 31 days: reported within 30 days of the receipt, by 2026-03-01.
    expect(reports(example({ exportDate: "2026-03-02", receiptDate: "2026-01-31" }))[2].status).toBe(
      "not-owed",
    );
    expect(reports(example({ exportDate: "2026-03-02", receiptDate: "2026-01-30" }))[2]).toEqual({
      key: "advance-receipt",
      status: "owed",
      dueDate: "2026-03-01",
    });
    // 2026-03-02 to 2026-06-01 is 91 days: a deferred receipt, reported within 30 days of the export.
    expect(reports(example({ exportDate: "2026-03-02", receiptDate: "2026-06-01" }))[1]).toEqual({
      key: "deferred-receipt",
      status: "owed",
      dueDate: "2026-04-01",
    });
  });

  it("lists the receipt reports as conditional without dates, and no restored figures when nothing is netted", () => {
    const r = reports(example({ overseasCosts: [cost("advertising", "1000")] }));
    expect(r.map((x) => x.status)).toEqual(["not-owed", "conditional", "conditional"]);
  });

  it("warns above the configurable threshold, either way", () => {
    const dev = (proceeds: number, ratio?: string) =>
      compareSettlement(
        example({
          declaredValue: d(100000),
          salesProceeds: d(proceeds),
          overseasCosts: [],
          deviationWarningRatio: ratio ? d(ratio) : undefined,
        }),
        RULES,
      ).deviation;
    expect(dev(130000).warning).toBe(false); // 0.30 is the catalog default: not above it
    expect(dev(130001).warning).toBe(true);
    expect(dev(69999).warning).toBe(true);
    expect(dev(130001, "0.5").warning).toBe(false);
    expect(dev(69999).ratio.toFixed()).toBe("-0.30001");
  });
});

describe("netting settlement: advances by a logistics firm (代垫)", () => {
  it("prices a flat fee and annualizes it over the repayment days (ACT/365F)", () => {
    // Logistics 60,000 USD x 7.10 = 426,000 CNY; fee 0.5% = 2,130; 0.005 x 365 / 60 = 0.030416...
    const r = compareSettlement(
      example({
        advancedBy: { firm: "Z", categories: ["logistics"], feeRate: d("0.005"), repaymentDays: 60 },
      }),
      RULES,
    ).advance!;
    expect(r.amountCny.toFixed()).toBe("426000");
    expect(r.cost.toFixed()).toBe("2130");
    expect(r.annualizedRate.toFixed(6)).toBe("0.030417");
  });

  it("prices interest as amount x rate x days / 365", () => {
    // 426,000 x 6% x 73 / 365 = 5,112.
    const r = compareSettlement(
      example({
        advancedBy: { firm: "Z", categories: ["logistics"], annualRate: d("0.06"), repaymentDays: 73 },
      }),
      RULES,
    ).advance!;
    expect(r.cost.toFixed()).toBe("5112");
    expect(r.annualizedRate.toFixed()).toBe("0.06");
  });
});

describe("netting settlement: properties", () => {
  const amount = fc.integer({ min: 0, max: 5_000_000_00 }).map((c) => d(c).div(100));
  const costs = fc.array(
    fc.record({
      category: fc.constantFrom(...COST_CATEGORIES),
      amount,
      remittances: fc.integer({ min: 1, max: 12 }),
    }),
    { maxLength: 8 },
  );
  const mid = fc.integer({ min: 1_0000, max: 12_0000 }).map((x) => d(x).div(10000));
  const spread = fc.integer({ min: 0, max: 500 }).map((x) => d(x).div(10000));
  const fee = fc
    .record({
      rate: fc.integer({ min: 0, max: 50 }).map((x) => d(x).div(10000)),
      min: fc.integer({ min: 0, max: 100 }).map(d),
      extra: fc.option(fc.integer({ min: 0, max: 2000 }).map(d)),
      fixed: fc.integer({ min: 0, max: 200 }).map(d),
    })
    .map(
      ({ rate, min, extra, fixed }): FeeSchedule => ({
        rate,
        min,
        max: extra ? min.plus(extra) : undefined,
        fixed,
      }),
    );

  /** Proceeds large enough to cover the nettable costs (otherwise the input is rejected). */
  function build(
    c: OverseasCost[],
    extra: Decimal,
    fx: SettlementInput["fx"],
    fees: SettlementInput["fees"],
  ) {
    const nettable = c.filter((x) => RULES.nettableCategories.includes(x.category));
    return example({
      salesProceeds: nettable.reduce((s, x) => s.plus(x.amount), extra),
      overseasCosts: c,
      fx,
      fees,
      proceedsRemittances: 3,
    });
  }

  it("with equal spreads and no fees the saving is exactly the netted costs x (offer - bid)", () => {
    fc.assert(
      fc.property(costs, amount, mid, spread, (c, extra, m, s) => {
        const input = build(
          c,
          extra,
          { mid: m, bid: m.minus(s), offer: m.plus(s) },
          { inward: NO_FEE, outward: NO_FEE },
        );
        const r = compareSettlement(input, RULES);
        expect(r.saving.cny.eq(r.nettedCosts.times(s.times(2)))).toBe(true);
      }),
    );
  });

  it("netting never costs more than gross, and the cash difference equals the saving", () => {
    fc.assert(
      fc.property(costs, amount, mid, spread, spread, fee, fee, (c, extra, m, down, up, inward, outward) => {
        const input = build(c, extra, { mid: m, bid: m.minus(down), offer: m.plus(up) }, { inward, outward });
        const r = compareSettlement(input, RULES);
        expect(r.saving.cny.gte(0)).toBe(true);
        expect(r.saving.days).toBeGreaterThanOrEqual(0);
        // Equal up to the 34th significant digit (a cost split in 7 remittances is a recurring decimal).
        expect(r.netted.netCny.minus(r.gross.netCny).minus(r.saving.cny).abs().lt("1e-18")).toBe(true);
        // The spread part never depends on how wide each side is, only on offer - bid.
        const fxSaving = r.gross.fxCostInward
          .plus(r.gross.fxCostOutward)
          .minus(r.netted.fxCostInward)
          .minus(r.netted.fxCostOutward);
        expect(fxSaving.eq(r.nettedCosts.times(down.plus(up)))).toBe(true);
      }),
    );
  });

  it("netting never costs more than gross with filing delays costed, at any funding rate and delay", () => {
    const funding = fc.integer({ min: 0, max: 2000 }).map((x) => d(x).div(10000));
    fc.assert(
      fc.property(
        costs,
        amount,
        mid,
        spread,
        fee,
        fee,
        funding,
        fc.integer({ min: 0, max: 30 }),
        (c, extra, m, s, inward, outward, fundingRate, filingDelayDays) => {
          const input = {
            ...build(c, extra, { mid: m, bid: m.minus(s), offer: m.plus(s) }, { inward, outward }),
            fundingRate,
            filingDelayDays,
          };
          const r = compareSettlement(input, RULES);
          expect(r.saving.cny.gte(0)).toBe(true);
          expect(r.gross.filingFundingCost!.gte(r.netted.filingFundingCost!)).toBe(true);
          expect(r.netted.filings.length).toBeLessThanOrEqual(r.gross.filings.length);
        },
      ),
    );
  });

  it("same input, same report bytes", () => {
    const input = example({ fundingRate: d("0.035"), exportDate: "2026-03-02", receiptDate: "2026-07-10" });
    const once = JSON.stringify(settlementReport(input, compareSettlement(input, RULES), RULES));
    const twice = JSON.stringify(settlementReport(input, compareSettlement(input, RULES), RULES));
    expect(once).toBe(twice);
  });
});

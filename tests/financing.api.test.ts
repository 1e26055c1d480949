import { beforeAll, describe, expect, it } from "vitest";
import { call, postJson, problemPointers } from "./helpers";
import reference from "./reference/financing.json";

/**
 * Through the Worker. Money exact to the fen, rates to 6 decimals (the reported precision). The
 * held-out cases were worked by hand (interest, fees) and their rates solved independently in
 * Python's decimal module at 50 digits (bisection for the lagged subsidy); the working is in comments.
 */

const quote = (body: unknown, lang = "") => postJson(`/v1/financing/quote${lang}`, body);

// The Worker's first request loads the modules (seconds); keep that out of the tests' own timeouts.
beforeAll(() => call("GET", "/health"), 30_000);

describe("POST /v1/financing/annualized-rate", () => {
  const ex = reference.annualizedRate[0];

  it(`reproduces ${ex.id}: 12.80% simple, 13.58% compound (${ex.source})`, async () => {
    const res = await postJson("/v1/financing/annualized-rate", {
      method: "periodic",
      principal: ex.principal,
      upfrontFee: ex.upfrontFee,
      payments: ex.payments,
      periodsPerYear: ex.periodsPerYear,
    });
    expect(res.status).toBe(200);
    const tol = Number(ex.tolerance);
    expect(Math.abs(Number(res.body.periodicIrr) - Number(ex.expected.periodicIrr))).toBeLessThanOrEqual(tol);
    expect(Math.abs(Number(res.body.simple) - Number(ex.expected.simple))).toBeLessThanOrEqual(tol);
    expect(Math.abs(Number(res.body.compound) - Number(ex.expected.compound))).toBeLessThanOrEqual(tol);
    // Python decimal, 50 digits: irr 0.0106698349, simple 0.128038, compound 0.135826.
    expect(res.body).toMatchObject({ periodicIrr: "0.0106698349", simple: "0.128038", compound: "0.135826" });
    expect(res.body.explain.map((s: any) => s.source)).toContain(
      "中国人民银行公告〔2021〕第3号 第一条、第二条",
    );
  });

  it("solves dated flows as an XIRR with its day count named", async () => {
    // +100,000 on 2026-01-01; -30,000 (day 90), -40,000 (day 257), -35,000 (day 374); ACT/365F.
    // Python decimal bisection of sum(a / (1 + x)^(days / 365)) = 0: x = 0.0747449840.
    const res = await postJson("/v1/financing/annualized-rate", {
      method: "dated",
      flows: [
        { date: "2026-01-01", amount: "100000" },
        { date: "2026-04-01", amount: "-30000" },
        { date: "2026-09-15", amount: "-40000" },
        { date: "2027-01-10", amount: "-35000" },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      dayCount: "ACT/365F",
      xirr: "0.074745",
      compound: "0.074745",
      simple: null,
    });
    expect(res.body.explain[0].en).toContain("ACT/365F, the default");
  });

  it("answers flows of one sign with 422: no rate exists (zh and en)", async () => {
    const body = {
      method: "dated",
      flows: [
        { date: "2026-01-01", amount: "100" },
        { date: "2026-02-01", amount: "50" },
      ],
    };
    const en = await postJson("/v1/financing/annualized-rate?lang=en", body);
    expect(en.status).toBe(422);
    expect(problemPointers(en)).toEqual(["/flows"]);
    expect(en.body.errors[0].message).toMatch(/no rate exists/);
    const zh = await postJson("/v1/financing/annualized-rate", body);
    expect(zh.body.errors[0].message).toContain("不存在年化利率");
  });

  it("answers a non-unique IRR and an upfront fee that eats the principal with 422", async () => {
    const twoRoots = await postJson("/v1/financing/annualized-rate?lang=en", {
      method: "dated",
      flows: [
        { date: "2026-01-01", amount: "-100" },
        { date: "2027-01-01", amount: "230" },
        { date: "2028-01-01", amount: "-132" },
      ],
    });
    expect(twoRoots.status).toBe(422);
    expect(twoRoots.body.errors[0].message).toMatch(/not unique/);
    const fee = await postJson("/v1/financing/annualized-rate", {
      method: "periodic",
      principal: "1000",
      upfrontFee: "1000",
      payments: [{ period: 1, amount: "1100" }],
      periodsPerYear: 12,
    });
    expect(fee.status).toBe(422);
    expect(problemPointers(fee)).toEqual(["/upfrontFee"]);
  });

  it("names every bad field with 400", async () => {
    const res = await postJson("/v1/financing/annualized-rate?lang=en", {
      method: "periodic",
      principal: "-5",
      payments: [{ period: 0, amount: "x" }],
      periodsPerYear: 0,
      extra: 1,
    });
    expect(res.status).toBe(400);
    expect(problemPointers(res).sort()).toEqual(
      ["/extra", "/payments/0/amount", "/payments/0/period", "/periodsPerYear", "/principal"].sort(),
    );
  });
});

describe("POST /v1/financing/quote", () => {
  it("prices the factoring example of issue 6: 800,000 advanced, 8,000.00 + 2,000.00 = 10,000.00", async () => {
    const res = await quote({
      product: "factoring",
      invoiceAmount: 1000000,
      recourse: "with-recourse",
      advanceRate: "0.8",
      annualRate: "0.04",
      dayCount: "ACT/360",
      days: 90,
      feeRate: "0.002",
    });
    expect(res.status).toBe(200);
    // 800,000 x 4% x 90 / 360 = 8,000; 0.2% x 1,000,000 (the invoice) = 2,000.
    // IRR over the tenor = 808,000 / 798,000 - 1 = 0.0125313283; simple x 4 = 0.050125;
    // compound 1.0125313283^4 - 1 = 0.051075.
    expect(res.body).toMatchObject({
      advance: "800000.00",
      interest: "8000.00",
      fees: "2000.00",
      subsidy: "0.00",
      totalCost: "10000.00",
      dayCount: "ACT/360",
      annualizedRate: {
        dayCount: "ACT/360",
        periodicIrr: "0.0125313283",
        simple: "0.050125",
        compound: "0.051075",
      },
      defaultsApplied: [],
    });
    expect(res.body.schedule.map((e: any) => [e.day, e.kind, e.amount])).toEqual([
      [0, "advance", "800000.00"],
      [0, "fee", "-2000.00"],
      [90, "interest", "-8000.00"],
      [90, "repayment", "-800000.00"],
    ]);
    const cited = res.body.explain.filter((s: any) => s.measure).map((s: any) => s.measure);
    expect(cited).toContain("zs-2023-11-supply-chain-finance");
    expect(cited).toContain("pboc-2021-3");
  });

  it("working-capital loan, ACT/365F with a fixed fee (held out)", async () => {
    // 500,000 x 3.5% x 180 / 365 = 8,630.1369... -> 8,630.14; fees 500.00; total 9,130.14.
    // IRR = 508,630.14 / 499,500 - 1 = 0.0182785586; simple x 365/180 = 0.037065; compound 0.037413.
    const res = await quote({
      product: "working-capital-loan",
      amount: "500000",
      annualRate: "0.035",
      dayCount: "ACT/365F",
      days: 180,
      fixedFees: "500",
      startDate: "2026-01-15",
    });
    expect(res.body).toMatchObject({
      interest: "8630.14",
      fees: "500.00",
      totalCost: "9130.14",
      maturityDate: "2026-07-14",
      annualizedRate: {
        dayCount: "ACT/365F",
        periodicIrr: "0.0182785586",
        simple: "0.037065",
        compound: "0.037413",
      },
    });
  });

  it("order financing, fee on the advance (held out)", async () => {
    // 1,200,000 x 85% = 1,020,000; interest 1,020,000 x 4.2% x 60/360 = 7,140.00; fee 0.1% x 1,020,000 = 1,020.00.
    // IRR = 1,027,140 / 1,018,980 - 1 = 0.0080080080; simple x 6 = 0.048048; compound 0.049020.
    const res = await quote({
      product: "order-financing",
      orderAmount: "1200000",
      advanceRate: "0.85",
      annualRate: "0.042",
      dayCount: "ACT/360",
      days: 60,
      feeRate: "0.001",
    });
    expect(res.body).toMatchObject({
      advance: "1020000.00",
      interest: "7140.00",
      fees: "1020.00",
      totalCost: "8160.00",
      annualizedRate: { periodicIrr: "0.0080080080", simple: "0.048048", compound: "0.049020" },
    });
  });

  it("tax-refund loan with a capped, lagged interest subsidy: gross and net rates (held out)", async () => {
    // 300,000 x 90% = 270,000; interest 270,000 x 3.6% x 45/360 = 1,215.00; subsidy min(500, 50% x 1,215) = 500.00
    // paid on day 75; total 715.00. Gross IRR 1,215 / 270,000 = 0.0045; simple x 8 = 0.036; compound 0.036572.
    // Net: 270,000 - 271,215 / (1+i) + 500 / (1+i)^(75/45) = 0 -> i = 0.0026514143; simple 0.021211; compound 0.021409.
    const res = await quote({
      product: "tax-refund-loan",
      refundDue: "300000",
      advanceRate: "0.9",
      annualRate: "0.036",
      dayCount: "ACT/360",
      days: 45,
      feeRate: 0,
      subsidy: { share: "0.5", cap: "500", lagDays: 30 },
      startDate: "2026-03-02",
    });
    expect(res.body).toMatchObject({
      interest: "1215.00",
      subsidy: "500.00",
      grossCost: "1215.00",
      totalCost: "715.00",
      annualizedRate: { periodicIrr: "0.0045000000", simple: "0.036000", compound: "0.036572" },
      netAnnualizedRate: { periodicIrr: "0.0026514143", simple: "0.021211", compound: "0.021409" },
    });
    expect(res.body.schedule.at(-1)).toEqual({
      day: 75,
      date: "2026-05-16",
      kind: "subsidy",
      amount: "500.00",
    });
  });

  it("marketplace payout advance, ACT/365F (held out)", async () => {
    // 200,000 x 50% (catalog default) = 100,000; interest 100,000 x 12% x 30/365 = 986.3013... -> 986.30;
    // fee 0.5% x 100,000 = 500.00; IRR = 100,986.30 / 99,500 - 1 = 0.0149376884; simple 0.181742; compound 0.197694.
    const res = await quote({
      product: "payout-advance",
      recentPayouts: "200000",
      annualRate: "0.12",
      dayCount: "ACT/365F",
      days: 30,
      feeRate: "0.005",
    });
    expect(res.body).toMatchObject({
      advance: "100000.00",
      interest: "986.30",
      fees: "500.00",
      totalCost: "1486.30",
      annualizedRate: { periodicIrr: "0.0149376884", simple: "0.181742", compound: "0.197694" },
      defaultsApplied: [
        { field: "advanceRate", value: "0.5", measure: "zs-2023-10-refund-advance-guarantees" },
      ],
    });
  });

  it("credit-insurance policy financing with a rate-points subsidy paid at repayment (held out)", async () => {
    // 800,000 x 80% = 640,000; interest 640,000 x 3.8% x 120/360 = 8,106.666... -> 8,106.67;
    // premium 0.4% x 800,000 = 3,200.00; subsidy 640,000 x 1% x 120/360 = 2,133.33; total 9,173.34.
    // Gross IRR = 648,106.67 / 636,800 - 1 = 0.0177554491 (simple 0.053266, compound 0.054218);
    // net = (648,106.67 - 2,133.33) / 636,800 - 1 = 0.0144053706 (simple 0.043216, compound 0.043842).
    const res = await quote({
      product: "policy-financing",
      insuredReceivable: "800000",
      annualRate: "0.038",
      dayCount: "ACT/360",
      days: 120,
      premiumRate: "0.004",
      feeRate: "0",
      subsidy: { points: "0.01", lagDays: 0 },
    });
    expect(res.body).toMatchObject({
      interest: "8106.67",
      premium: "3200.00",
      subsidy: "2133.33",
      grossCost: "11306.67",
      totalCost: "9173.34",
      annualizedRate: { periodicIrr: "0.0177554491", simple: "0.053266", compound: "0.054218" },
      netAnnualizedRate: { periodicIrr: "0.0144053706", simple: "0.043216", compound: "0.043842" },
    });
  });

  it("duty guarantee against the cost of a cash deposit (held out)", async () => {
    // fee 300,000 x 1.2% x 90/365 = 887.671... -> 887.67, + 200 fixed = 1,087.67;
    // deposit cost 300,000 x 3.5% x 90/365 = 2,589.041... -> 2,589.04; saving 1,501.37.
    // IRR = 300,000 / 298,912.33 - 1 = 0.0036387592; simple 0.014757; compound 0.014839.
    const res = await quote({
      product: "duty-guarantee",
      depositAmount: "300000",
      guaranteeFeeRate: "0.012",
      opportunityRate: "0.035",
      fixedFees: "200",
      dayCount: "ACT/365F",
      days: 90,
    });
    expect(res.body).toMatchObject({
      fees: "1087.67",
      interest: "0.00",
      totalCost: "1087.67",
      depositCost: "2589.04",
      saving: "1501.37",
      annualizedRate: { periodicIrr: "0.0036387592", simple: "0.014757", compound: "0.014839" },
    });
  });

  it("factoring without recourse, interest deducted upfront (held out)", async () => {
    // 500,000 x 90% = 450,000; interest 450,000 x 5% x 75/360 = 4,687.50 (deducted); fee 0.5% x 500,000 = 2,500.00.
    // IRR = 450,000 / 442,812.50 - 1 = 0.0162314749; simple x 360/75 = 0.077911; compound 0.080351.
    const res = await quote({
      product: "factoring",
      invoiceAmount: "500000",
      recourse: "without-recourse",
      advanceRate: "0.9",
      annualRate: "0.05",
      dayCount: "ACT/360",
      days: 75,
      feeRate: "0.005",
      interestPaid: "upfront",
    });
    expect(res.body).toMatchObject({
      recourse: "without-recourse",
      totalCost: "7187.50",
      annualizedRate: { periodicIrr: "0.0162314749", simple: "0.077911", compound: "0.080351" },
    });
    expect(res.body.schedule.filter((e: any) => e.day === 0).map((e: any) => e.kind)).toEqual([
      "advance",
      "fee",
      "interest",
    ]);
  });

  it("names each default applied, with its measure", async () => {
    const res = await quote({
      product: "factoring",
      invoiceAmount: "100000",
      recourse: "with-recourse",
      days: 30,
    });
    expect(res.status).toBe(200);
    const fields = res.body.defaultsApplied.map((d: any) => d.field);
    expect(fields).toEqual(["dayCount", "advanceRate", "annualRate", "feeRate"]);
    const defaultSteps = res.body.explain.filter((s: any) => s.key.startsWith("default."));
    expect(defaultSteps).toHaveLength(4);
    expect(defaultSteps.find((s: any) => s.key === "default.annualRate").en).toContain("LPR 3%");
  });

  it("names every bad field with 400, in both languages", async () => {
    const body = {
      product: "factoring",
      invoiceAmount: "-1",
      annualRate: "1.5",
      days: 0,
      subsidy: { share: "0.5", points: "0.01", lagDays: 10 },
    };
    const zh = await quote(body);
    expect(zh.status).toBe(400);
    expect(problemPointers(zh).sort()).toEqual(
      ["/annualRate", "/days", "/invoiceAmount", "/recourse", "/subsidy/share"].sort(),
    );
    expect(zh.body.title).toBe("请求内容有误");
    const en = await quote(body, "?lang=en");
    expect(en.body.errors.find((e: any) => e.pointer === "/subsidy/share").message).toBe(
      "give exactly one of share or points",
    );
    const unknown = await quote({ product: "bank-robbery", days: 1 }, "?lang=en");
    expect(unknown.status).toBe(400);
    expect(problemPointers(unknown)).toEqual(["/product"]);
  });

  it("answers fees that take the whole advance with 422", async () => {
    const res = await quote(
      {
        product: "working-capital-loan",
        amount: "1000",
        annualRate: "0.05",
        days: 30,
        fixedFees: "1000",
      },
      "?lang=en",
    );
    expect(res.status).toBe(422);
    expect(res.body.errors[0].message).toMatch(/no rate exists/);
  });
});

describe("POST /v1/financing/compare", () => {
  it("ranks the products by net cost per 100 covered, with coverage and defaults named", async () => {
    // Need 600,000 from 2026-03-02 to 2026-05-31: 90 days, ACT/360 by default, loan rate 3.00% + 0.50%.
    // loan: 600,000 x 3.5% x 90/360 = 5,250.00 (0.8750 per 100);
    // factoring 800,000 x 80% = 640,000 >= need: draws 600,000 on 750,000 of invoice, fee 0.2% x 750,000 = 1,500,
    //   interest 5,250.00, total 6,750.00 (1.1250 per 100);
    // payout advance 50% x 1,000,000 = 500,000 (short 100,000): 500,000 x 12% x 90/360 = 15,000 (3.0000 per 100);
    // order financing at 9% with 0.5% fee: 600,000 x 9% x 90/360 = 13,500 + 3,000 = 16,500 (2.7500 per 100).
    const res = await postJson("/v1/financing/compare", {
      need: "600000",
      fromDate: "2026-03-02",
      untilDate: "2026-05-31",
      products: [
        { product: "payout-advance", recentPayouts: "1000000", annualRate: "0.12" },
        { product: "order-financing", orderAmount: "1000000", annualRate: "0.09", feeRate: "0.005" },
        { product: "factoring", invoiceAmount: "800000", recourse: "with-recourse", feeRate: "0.002" },
        { product: "working-capital-loan" },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.days).toBe(90);
    expect(
      res.body.ranking.map((r: any) => [
        r.rank,
        r.product,
        r.covered,
        r.totalCost,
        r.costPer100,
        r.inHand,
        r.coversNeed,
      ]),
    ).toEqual([
      // Fees are deducted at drawdown, so a product that advances the whole need leaves less in hand:
      // factoring 0.2% of the 750,000 invoice behind a 600,000 advance (80%) = 1,500 -> 598,500;
      // order financing 0.5% of the 600,000 drawn = 3,000 -> 597,000. Neither covers the 600,000 need.
      [1, "working-capital-loan", "600000.00", "5250.00", "0.8750", "600000.00", true],
      [2, "factoring", "600000.00", "6750.00", "1.1250", "598500.00", false],
      [3, "order-financing", "600000.00", "16500.00", "2.7500", "597000.00", false],
      [4, "payout-advance", "500000.00", "15000.00", "3.0000", "500000.00", false],
    ]);
    expect(res.body.ranking[0].annualizedRate).toMatchObject({ dayCount: "ACT/360", simple: "0.035000" });
    const defaults = res.body.explain.filter((s: any) => s.key.includes(".default."));
    expect(defaults.some((s: any) => s.key === "products/3.default.annualRate" && s.value === "0.035")).toBe(
      true,
    );
    expect(defaults.some((s: any) => s.key === "products/3.default.creditLimit")).toBe(true);
  });

  it("ranks by the PBoC annualized rate, so a cost paid at drawdown ranks below the same cost paid at maturity", async () => {
    // Need 100,000 for 90 days (2026-03-02 to 2026-05-31), ACT/360, three loans listed worst first:
    //   0: 4% deducted at drawdown (砍头息): interest 100,000 x 4% x 90/360 = 1,000.00; in hand 99,000,
    //      repays 100,000: IRR = 1,000 / 99,000 = 0.0101010101, simple x 360/90 = 0.040404; cost per 100 1.0000.
    //   1: no interest, a 1,000.00 fee at drawdown: the same flows as 0, IRR 0.0101010101; cost per 100 1.0000.
    //   2: 4.004% at maturity: interest 100,000 x 0.04004 x 90/360 = 1,001.00; in hand 100,000, repays
    //      101,001: IRR = 0.01001, simple 0.040040; cost per 100 1.0010.
    // Cost per 100 would put 0 and 1 (1.0000) before 2 (1.0010); the annualized rate puts 2 first: it costs
    // 1 yuan more but a quarter later, on 1,000 more money in hand. 0 and 1 tie and keep request order.
    const loan = { product: "working-capital-loan", dayCount: "ACT/360" };
    const res = await postJson("/v1/financing/compare", {
      need: "100000",
      fromDate: "2026-03-02",
      untilDate: "2026-05-31",
      products: [
        { ...loan, annualRate: "0.04", interestPaid: "upfront", feeRate: "0" },
        { ...loan, annualRate: "0", fixedFees: "1000" },
        { ...loan, annualRate: "0.04004", feeRate: "0" },
      ],
    });
    expect(res.status).toBe(200);
    expect(
      res.body.ranking.map((r: any) => [
        r.rank,
        r.index,
        r.totalCost,
        r.costPer100,
        r.netAnnualizedRate.periodicIrr,
        r.netAnnualizedRate.simple,
      ]),
    ).toEqual([
      [1, 2, "1001.00", "1.0010", "0.0100100000", "0.040040"],
      [2, 0, "1000.00", "1.0000", "0.0101010101", "0.040404"],
      [3, 1, "1000.00", "1.0000", "0.0101010101", "0.040404"],
    ]);
  });

  it("ranks a subsidy paid at once above the same subsidy paid a year later", async () => {
    // 100,000 for 90 days at 4% ACT/360: interest 1,000.00 at maturity, half of it (500.00) subsidized.
    // Paid with the repayment (lag 0): net flows +100,000, -100,500 at 90 days: IRR 0.005.
    // Paid 360 days later: +100,000; -101,000 at one tenor; +500 at five tenors: the IRR solves
    // 100,000 - 101,000 v + 500 v^5 = 0 and is above 0.005 (at v = 1/1.005, 100,000 - 100,497.51 + 487.69 < 0),
    // so the later subsidy ranks second although both cost 500.00 net (cost per 100 0.5000).
    const loan = {
      product: "working-capital-loan",
      dayCount: "ACT/360",
      annualRate: "0.04",
      feeRate: "0",
    };
    const res = await postJson("/v1/financing/compare", {
      need: "100000",
      fromDate: "2026-03-02",
      untilDate: "2026-05-31",
      products: [
        { ...loan, subsidy: { share: "0.5", lagDays: 360 } },
        { ...loan, subsidy: { share: "0.5", lagDays: 0 } },
      ],
    });
    expect(res.status).toBe(200);
    const [first, second] = res.body.ranking;
    expect([first.index, first.costPer100, first.netAnnualizedRate.periodicIrr]).toEqual([
      1,
      "0.5000",
      "0.0050000000",
    ]);
    expect([second.index, second.costPer100]).toEqual([0, "0.5000"]);
    expect(Number(second.netAnnualizedRate.periodicIrr)).toBeGreaterThan(0.005);
  });

  it("runs until the refund arrives: the catalog's 20 days after filing, named", async () => {
    const res = await postJson("/v1/financing/compare", {
      need: "100000",
      fromDate: "2026-03-02",
      until: "refund-arrives",
      products: [{ product: "tax-refund-loan", refundDue: "200000" }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ untilDate: "2026-03-22", days: 20 });
    expect(res.body.explain[0]).toMatchObject({ key: "default.untilDate", value: "2026-03-22" });
    // 100,000 x 3.5% x 20/360 = 194.444... -> 194.44
    expect(res.body.ranking[0].totalCost).toBe("194.44");
  });

  it("names bad fields with 400 (missing end date, a product's field), in English on request", async () => {
    const res = await postJson("/v1/financing/compare?lang=en", {
      need: "0",
      fromDate: "2026-03-02",
      until: "payout-arrives",
      products: [{ product: "factoring", invoiceAmount: "1000" }],
    });
    expect(res.status).toBe(400);
    expect(problemPointers(res).sort()).toEqual(["/need", "/products/0/recourse", "/untilDate"].sort());
    expect(res.body.title).toBe("The request has invalid fields");
  });
});

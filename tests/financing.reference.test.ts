import { beforeAll, describe, expect, it } from "vitest";
import { Decimal, dec } from "../src/domain/money";
import { call, postJson } from "./helpers";
import published from "./reference/annualized-rate-published.json";

/**
 * The annualized-rate route (中国人民银行公告〔2021〕第3号) against published loan-rate cases (each
 * names its source in tests/reference/annualized-rate-published.json), then against the common
 * Chinese repayment schemes worked by hand: 先息后本, 等额本金, 等额本息, 等本等息 and 砍头息. Where an
 * IRR has no closed form it was solved independently in Python's decimal module at 50 digits
 * (bisection of the NPV), as in tests/financing.api.test.ts.
 */

const rate = (body: unknown) => postJson("/v1/financing/annualized-rate", body);
const monthly = (principal: string, amounts: string[], upfrontFee?: string) =>
  rate({
    method: "periodic",
    principal,
    ...(upfrontFee ? { upfrontFee } : {}),
    payments: amounts.map((amount, i) => ({ period: i + 1, amount })),
    periodsPerYear: 12,
  });
const within = (got: string, want: string, tolerance: string) => dec(got).minus(want).abs().lte(tolerance);

// The Worker's first request loads the modules (seconds); keep that out of the tests' own timeouts.
beforeAll(() => call("GET", "/health"), 30_000);

describe("published cases", () => {
  for (const ex of published.dated) {
    it(`${ex.id}: ${ex.source.slice(0, 70)}...`, async () => {
      // The source's flows are the investor's; the borrower's (signs reversed) have the same rate.
      for (const sign of [1, -1]) {
        const flows = ex.flows.map((f) => ({ date: f.date, amount: dec(f.amount).times(sign).toFixed() }));
        const res = await rate({ method: "dated", dayCount: ex.dayCount, flows });
        expect(res.status).toBe(200);
        expect(res.body.dayCount).toBe(ex.dayCount);
        expect(within(res.body.periodicIrr, ex.published.xirr, ex.tolerance)).toBe(true);
        expect(res.body.xirr).toBe(dec(ex.published.xirr).toFixed(6));
      }
    });
  }

  for (const ex of published.periodic) {
    it(`${ex.id}: ${ex.source.slice(0, 70)}...`, async () => {
      const res = await monthly(ex.principal, Array(ex.periods).fill(ex.payment));
      expect(res.status).toBe(200);
      const want = { ...ex.published, ...("derived" in ex ? ex.derived : {}) } as Record<
        string,
        string | undefined
      >;
      for (const key of ["periodicIrr", "simple", "compound"]) {
        if (want[key] !== undefined) expect(within(res.body[key], want[key], ex.tolerance)).toBe(true);
      }
    });
  }

  for (const ex of published.equalPrincipal) {
    it(`${ex.id}: ${ex.source.slice(0, 70)}...`, async () => {
      const principal = dec(ex.principal);
      const r = dec(ex.annualRate).div(12);
      const each = principal.div(ex.periods);
      let interest = new Decimal(0);
      const payments: Decimal[] = [];
      for (let k = 0; k < ex.periods; k++) {
        const owed = principal.minus(each.times(k)).times(r);
        interest = interest.plus(owed);
        payments.push(each.plus(owed).toDecimalPlaces(2));
      }
      // The schedule is the source's: its first payment and total interest.
      expect(payments[0].toFixed(2)).toBe(ex.published.firstPayment);
      expect(interest.toFixed(2)).toBe(ex.published.totalInterest);
      const res = await monthly(
        ex.principal,
        payments.map((p) => p.toFixed(2)),
      );
      expect(res.status).toBe(200);
      expect(within(res.body.simple, ex.derived.simple, ex.tolerance)).toBe(true);
      expect(within(res.body.compound, ex.derived.compound, ex.tolerance)).toBe(true);
    });
  }
});

describe("Chinese repayment schemes, worked by hand", () => {
  it("先息后本 (interest monthly, principal at the end): the monthly rate exactly", async () => {
    // 100,000 at 1% a month for 12 months: 11 payments of 1,000, then 101,000. At r = 1% every
    // month's interest is exactly the payment's interest part, so the NPV is 0: IRR = 0.01,
    // simple 0.01 x 12 = 0.12, compound 1.01^12 - 1 = 0.126825030...
    const res = await monthly("100000", [...Array(11).fill("1000"), "101000"]);
    expect(res.body).toMatchObject({ periodicIrr: "0.0100000000", simple: "0.120000", compound: "0.126825" });
  });

  it("等额本金 (equal principal): interest on the declining balance gives the contract rate", async () => {
    // 12,000 over 12 months at 1% a month: principal 1,000 a month, interest 1% of the balance
    // before the payment: 120, 110, ..., 10. Payments 1,120, 1,110, ..., 1,010. Discounting at 1%
    // each payment retires exactly its balance: IRR = 0.01, simple 0.12, compound 0.126825.
    const payments = Array.from({ length: 12 }, (_, k) => String(1000 + 10 * (12 - k)));
    expect(payments[0]).toBe("1120");
    expect(payments[11]).toBe("1010");
    const res = await monthly("12000", payments);
    expect(res.body).toMatchObject({ periodicIrr: "0.0100000000", simple: "0.120000", compound: "0.126825" });
  });

  it("等额本息 at 2% a month (24% a year): 24.00% simple, the fen rounding of the payment adding 0.0008 points", async () => {
    // Payment = 12,000 x 0.02 / (1 - 1.02^-12) = 1,134.7151595 -> 1,134.72 (rounded up 0.0048 a month).
    // Python decimal: IRR 0.0200006946, simple 0.240008, compound 0.268252 (1.02^12 - 1 = 0.268242 unrounded).
    const payment = dec(12000)
      .times("0.02")
      .div(dec(1).minus(dec("1.02").pow(-12)))
      .toDecimalPlaces(2);
    expect(payment.toFixed(2)).toBe("1134.72");
    const res = await monthly("12000", Array(12).fill(payment.toFixed(2)));
    expect(res.body).toMatchObject({ periodicIrr: "0.0200006946", simple: "0.240008", compound: "0.268252" });
  });

  it("等额本息 at 3% a month: 8,000 in six payments of 1,476.78 is 36% a year", async () => {
    // Payment = 8,000 x 0.03 / (1 - 1.03^-6) = 1,476.7799... -> 1,476.78. Python decimal:
    // IRR 0.0299999993, simple 0.360000, compound 0.425761 (1.03^12 - 1 = 0.4257609).
    const res = await monthly("8000", Array(6).fill("1476.78"));
    expect(res.body).toMatchObject({ simple: "0.360000", compound: "0.425761" });
  });

  it("等本等息 (flat 1% a month on the original principal): about 21.46%, not 12%", async () => {
    // 12,000 over 12 months, 1% of 12,000 = 120 a month on top of 1,000 principal: 12 x 1,120.
    // The interest never falls with the balance. Python decimal: IRR 0.0178809869, simple 0.214572,
    // compound 0.236984.
    const res = await monthly("12000", Array(12).fill("1120"));
    expect(res.body).toMatchObject({ periodicIrr: "0.0178809869", simple: "0.214572", compound: "0.236984" });
  });

  it("砍头息 (interest deducted at drawdown): 10% on 10,000 is 1,000 / 9,000 = 11.11%", async () => {
    // 10,000 lent for a year, 1,000 of interest taken at once: 9,000 in hand, 10,000 repaid.
    // One period a year: IRR = 1,000 / 9,000 = 0.1111111111 = simple = compound.
    const res = await rate({
      method: "periodic",
      principal: "10000",
      upfrontFee: "1000",
      payments: [{ period: 1, amount: "10000" }],
      periodsPerYear: 1,
    });
    expect(res.body).toMatchObject({ periodicIrr: "0.1111111111", simple: "0.111111", compound: "0.111111" });
  });

  it("砍头息 through a quote: the same loan at 10% paid at maturity is 10.00%, deducted at drawdown 11.11%", async () => {
    // 10,000 x 10% x 365 / 365 (ACT/365F) = 1,000.00. At maturity: +10,000, -11,000: IRR 0.1.
    // Deducted: +10,000 - 1,000 at day 0, -10,000 at day 365: IRR 1,000 / 9,000.
    const loan = {
      product: "working-capital-loan",
      amount: "10000",
      annualRate: "0.1",
      dayCount: "ACT/365F",
      feeRate: "0",
      days: 365,
    };
    const atMaturity = await postJson("/v1/financing/quote", loan);
    expect(atMaturity.body.annualizedRate).toMatchObject({ periodicIrr: "0.1000000000", simple: "0.100000" });
    const upfront = await postJson("/v1/financing/quote", { ...loan, interestPaid: "upfront" });
    expect(upfront.body.interest).toBe("1000.00");
    expect(upfront.body.schedule.map((e: any) => [e.day, e.kind, e.amount])).toEqual([
      [0, "advance", "10000.00"],
      [0, "interest", "-1000.00"],
      [365, "repayment", "-10000.00"],
    ]);
    expect(upfront.body.annualizedRate).toMatchObject({
      periodsPerYear: "1.000000",
      periodicIrr: "0.1111111111",
      simple: "0.111111",
      compound: "0.111111",
    });
  });

  it("a bullet loan's fee counts in the rate: 5% plus 1% taken at drawdown is 6,000 / 99,000", async () => {
    // 100,000 for 365 days ACT/365F at 5%: interest 5,000.00 at maturity; fee 1% of the advance,
    // 1,000.00 at drawdown. Flows +99,000, -105,000: IRR = 6,000 / 99,000 = 0.0606060606.
    const res = await postJson("/v1/financing/quote", {
      product: "working-capital-loan",
      amount: "100000",
      annualRate: "0.05",
      feeRate: "0.01",
      dayCount: "ACT/365F",
      days: 365,
    });
    expect(res.body).toMatchObject({ interest: "5000.00", fees: "1000.00", totalCost: "6000.00" });
    expect(res.body.annualizedRate).toMatchObject({ periodicIrr: "0.0606060606", simple: "0.060606" });
  });
});

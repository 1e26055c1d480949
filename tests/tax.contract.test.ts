import { beforeAll, describe, expect, it } from "vitest";
import { getJson, postJson, problemPointers } from "./helpers";

/**
 * The tax routes through the Worker. Expected figures are worked by hand in the comments (own
 * examples from the formulas of shared/domain/tax.md); the published examples are in tax.reference.test.ts.
 */

// The Worker's first request pays its start-up, which can pass the 5 s test timeout on a busy machine.
beforeAll(() => getJson("/health"), 60_000);

const zone = { registered: true, platformRecorded: true, zoneCustoms: true };
const noZone = { registered: false, platformRecorded: false, zoneCustoms: false };

const manufacturer = {
  enterprise: { kind: "manufacturer", vatPayer: "general", pilotZone: noZone },
  customsCode: "0110",
  exportDate: "2026-05-01",
  purchase: { invoice: "special" },
};

const shaxiSeller = {
  enterprise: { kind: "trader", vatPayer: "general", pilotZone: zone },
  customsCode: "9610",
  exportDate: "2026-05-01",
  hsCode: "6109100000",
  fob: { amount: "120000", currency: "USD" },
  fxRate: "7.1",
  purchase: { invoice: "none" },
};

/** A small-scale trader without purchase vouchers outside any pilot zone: taxed as domestic. */
const smallScaleExport = {
  enterprise: { kind: "trader", vatPayer: "small_scale", pilotZone: noZone },
  customsCode: "9610",
  exportDate: "2026-05-01",
  vatRate: "0.13",
  refundRate: "0.13",
  fob: { amount: "10300", currency: "CNY" },
  purchase: { invoice: "none" },
};

describe("POST /v1/tax/export-vat: regime decisions", () => {
  it("a 9610 seller in the pilot zone without invoices is exempt under 财税〔2018〕103号", async () => {
    const res = await postJson("/v1/tax/export-vat", shaxiSeller);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.regime).toBe("exempt");
    expect(res.body.eligibility.basis).toBe("no-invoice-pilot-zone");
    const ground = res.body.eligibility.grounds.find((g: any) => g.id === "no-invoice-pilot-zone");
    expect(ground.source).toBe("财税〔2018〕103号 第一条");
    expect(ground.conditions.every((c: any) => c.met)).toBe(true);
    expect(res.body.figures).toEqual({ toCost: "0.00", vatDue: "0.00", carryForward: "0.00" });
    expect(res.body.summary.netCost).toBe("0.00");
    // Exempt: nothing to wait for, but the exemption is still filed in the window.
    expect(res.body.timing).toMatchObject({ refundExpected: false, expectedRefundDate: null });
    // The alternative without the exemption: 852,000 CNY FOB taxed as domestic:
    // 852,000 / 1.13 × 0.13 = 98,017.699… → 98,017.70.
    const taxed = res.body.alternatives.find((a: any) => a.regime === "taxed-as-domestic");
    expect(taxed.applies).toBe(false);
    expect(taxed.figures.outputVat).toBe("98017.70");
  });

  it("the same seller with the measure switched off, or outside the zone, is taxed, with the reason in zh and en", async () => {
    const off = await postJson("/v1/tax/export-vat", {
      ...shaxiSeller,
      measures: { noInvoiceExemption: false },
    });
    expect(off.body.regime).toBe("taxed-as-domestic");
    expect(off.body.figures.outputVat).toBe("98017.70");

    const outside = await postJson("/v1/tax/export-vat", {
      ...shaxiSeller,
      enterprise: { ...shaxiSeller.enterprise, pilotZone: noZone },
    });
    expect(outside.body.regime).toBe("taxed-as-domestic");
    const decision = outside.body.explain.find((s: any) => s.key === "regimeDecision");
    expect(decision.zh).toContain("在综试区注册");
    expect(decision.zh).toContain("视同内销征税");
    expect(decision.en).toContain("registered in a CBEC comprehensive pilot zone");
    const exempt = outside.body.alternatives.find((a: any) => a.regime === "exempt");
    expect(exempt.applies).toBe(false);
    const reasons = exempt.reasons.map((r: any) => r.fact);
    expect(reasons).toContain("/enterprise/pilotZone/registered");
    expect(exempt.reasons.find((r: any) => r.fact === "/enterprise/pilotZone/registered").source).toBe(
      "财税〔2018〕103号 第一条",
    );
  });

  it("refuses a requested regime whose conditions fail with 422 naming each condition, in both languages", async () => {
    const body = { ...shaxiSeller, regime: "exempt-refund" };
    const zh = await postJson("/v1/tax/export-vat", body);
    expect(zh.status).toBe(422);
    expect(problemPointers(zh)).toEqual(["/purchase/invoice"]);
    expect(zh.body.errors[0].message).toContain("不能适用免退税");
    const en = await postJson("/v1/tax/export-vat?lang=en", body);
    expect(en.body.errors[0].message).toContain("exempt-refund cannot apply");
  });

  it("computes a requested taxed-as-domestic treatment for an exporter entitled to more, with a warning", async () => {
    // 113,000 CNY FOB, 13%: 113,000 / 1.13 × 0.13 = 13,000.00; no domestic VAT, so all of it is due.
    const res = await postJson("/v1/tax/export-vat", {
      ...manufacturer,
      regime: "taxed-as-domestic",
      vatRate: "0.13",
      refundRate: "0.13",
      fob: { amount: "113000", currency: "CNY" },
    });
    expect(res.status).toBe(200);
    expect(res.body.figures).toMatchObject({ outputVat: "13000.00", vatDue: "13000.00" });
    expect(res.body.warnings[0].en).toContain("exempt-credit-refund");
  });

  it("goods whose refund and exemption were cancelled are taxed even for a manufacturer", async () => {
    const res = await postJson("/v1/tax/export-vat", {
      ...manufacturer,
      vatRate: "0.13",
      refundRate: "0",
      fob: { amount: "113000", currency: "CNY" },
      goodsExcludedFromExemption: true,
    });
    expect(res.body.regime).toBe("taxed-as-domestic");
    expect(res.body.eligibility.basis).toBe("excluded-goods");
  });

  it("market procurement (1039) is exempt, and from 2026 says its basis is unconfirmed", async () => {
    const res = await postJson("/v1/tax/export-vat", {
      enterprise: { kind: "trader", vatPayer: "general", pilotZone: noZone },
      customsCode: "1039",
      exportDate: "2026-05-01",
      hsCode: "9405",
      fob: { amount: "150000", currency: "USD" },
      fxRate: "7.1",
      purchase: { invoice: "none" },
    });
    expect(res.body.regime).toBe("exempt");
    expect(res.body.eligibility.basis).toBe("market-procurement");
    expect(res.body.warnings.map((w: any) => w.zh).join()).toContain("国家税务总局公告2015年第89号");
  });
});

describe("POST /v1/tax/export-vat: figures, surtaxes and timing", () => {
  it("converts FOB at the export-date rate and derives surtaxes from VAT paid plus the exempt-credit amount", async () => {
    // FOB USD 10,000 × 7.1 = 71,000.00 CNY. 13%/13%: nonCreditable 0; payable = 0 − 5,000 − 0 = −5,000;
    // eligibleRefund = 71,000 × 0.13 = 9,230.00; refund 5,000.00; exemptCredit 4,230.00.
    // Surtax base 4,230.00: 7% 296.10, 3% 126.90, 2% 84.60 = 507.60.
    const res = await postJson("/v1/tax/export-vat", {
      ...manufacturer,
      vatRate: "0.13",
      refundRate: "0.13",
      fob: { amount: "10000", currency: "USD" },
      fxRate: "7.1",
      inputVat: "5000",
    });
    expect(res.body.fobCny).toBe("71000.00");
    expect(res.body.figures).toMatchObject({
      nonCreditable: "0.00",
      payable: "-5000.00",
      eligibleRefund: "9230.00",
      refund: "5000.00",
      exemptCredit: "4230.00",
      carryForward: "0.00",
    });
    expect(res.body.surtax).toMatchObject({
      base: "4230.00",
      urbanConstruction: "296.10",
      education: "126.90",
      localEducation: "84.60",
      total: "507.60",
      factor: "1.00",
    });
  });

  it("halves surtaxes for a small low-profit enterprise (tax.json A1: exempt credit 130,000)", async () => {
    // Base 130,000 × 7% × 0.5 = 4,550; × 3% × 0.5 = 1,950; × 2% × 0.5 = 1,300; total 7,800.
    const res = await postJson("/v1/tax/export-vat", {
      ...manufacturer,
      exportDate: "2025-06-15",
      vatRate: "0.13",
      refundRate: "0.10",
      fob: { amount: "2000000", currency: "CNY" },
      domesticOutputVat: "130000",
      inputVat: "260000",
      surtax: { smallLowProfit: true },
    });
    expect(res.body.surtax).toMatchObject({ base: "130000.00", total: "7800.00", factor: "0.50" });
    expect(res.body.legalBasis.policy).toContain("财税〔2012〕39号");
    expect(res.body.timing.filingDeadline).toBeNull();
  });

  it("taxes a small-scale payer's deemed domestic sale at 3% outside 2023年第19号 (from 2028-01-01)", async () => {
    // 三、本公告执行至2027年12月31日: on 2028-01-01 the 3% levy, no monthly exemption.
    // 10,300 / 1.03 × 0.03 = 300.00; surtaxes at 12% in full (2023年第12号 also ended): 36.00.
    const res = await postJson("/v1/tax/export-vat", { ...smallScaleExport, exportDate: "2028-01-01" });
    expect(res.body.regime).toBe("taxed-as-domestic");
    expect(res.body.figures).toEqual({ vatDue: "300.00" });
    expect(res.body.surtax.total).toBe("36.00");
  });

  it("exempts a small-scale payer whose month's sales are at most 100,000 (含本数), 2023年第19号 第一条", async () => {
    // 一、对月销售额10万元以下（含本数）的增值税小规模纳税人，免征增值税. On 2027-12-31, the relief's last day:
    // FOB 101,000.00 at the 1% levy is 101,000 / 1.01 = 100,000.00 of sales, exactly the threshold: exempt.
    const res = await postJson("/v1/tax/export-vat", {
      ...smallScaleExport,
      exportDate: "2027-12-31",
      fob: { amount: "101000", currency: "CNY" },
    });
    expect(res.body.figures).toEqual({ vatDue: "0.00" });
    expect(res.body.surtax.total).toBe("0.00");
    const step = res.body.explain.find((s: any) => s.key === "vatDue");
    expect(step.source).toBe("财政部 税务总局公告2023年第19号 第一条");
    expect(step.inputs).toMatchObject({ salesExclVat: "100000.00", exemptThreshold: "100000.00" });
    // One fen more of FOB: 101,000.01 / 1.01 = 100,000.0099… → 100,000.01 of sales, over the threshold, so the
    // 1% levy applies to all of it (二、减按1%征收率): 101,000.01 / 1.01 × 0.01 = 1,000.0001 → 1,000.00.
    // Surtaxes 12% halved for a small-scale payer: 1,000 × 0.12 × 0.5 = 60.00.
    const over = await postJson("/v1/tax/export-vat", {
      ...smallScaleExport,
      exportDate: "2027-12-31",
      fob: { amount: "101000.01", currency: "CNY" },
    });
    expect(over.body.figures).toEqual({ vatDue: "1000.00" });
    expect(over.body.surtax.total).toBe("60.00");
    expect(over.body.explain.find((s: any) => s.key === "vatDue").source).toBe(
      "财政部 税务总局公告2023年第19号 第二条",
    );
  });

  it("measures the threshold on the whole month's sales, or 300,000 a quarter for a quarterly filer", async () => {
    // FOB 50,500 → 50,000.00 of sales; with 50,000.01 of other sales the month has 100,000.01: taxed at 1%:
    // 50,500 / 1.01 × 0.01 = 500.00.
    const month = await postJson("/v1/tax/export-vat", {
      ...smallScaleExport,
      fob: { amount: "50500", currency: "CNY" },
      smallScale: { filing: "monthly", otherSalesExclVat: "50000.01" },
    });
    expect(month.body.figures).toEqual({ vatDue: "500.00" });
    expect(month.body.warnings.map((w: any) => w.en).join(" ")).not.toContain("No other taxable sales");
    // The same month filed quarterly: 100,000.01 ≤ 300,000, exempt; 250,000 more of the quarter, 300,000.01: taxed.
    const quarter = await postJson("/v1/tax/export-vat", {
      ...smallScaleExport,
      fob: { amount: "50500", currency: "CNY" },
      smallScale: { filing: "quarterly", otherSalesExclVat: "50000.01" },
    });
    expect(quarter.body.figures).toEqual({ vatDue: "0.00" });
    const fullQuarter = await postJson("/v1/tax/export-vat", {
      ...smallScaleExport,
      fob: { amount: "50500", currency: "CNY" },
      smallScale: { filing: "quarterly", otherSalesExclVat: "250000.01" },
    });
    expect(fullQuarter.body.figures).toEqual({ vatDue: "500.00" });
  });

  it("cites the article of the regime applied in legalBasis (39号 第六条 exempt, 第七条 taxed, 第五条 refunds)", async () => {
    const exempt = await postJson("/v1/tax/export-vat", shaxiSeller);
    expect(exempt.body.legalBasis.policy).toContain("第六条");
    const taxed = await postJson("/v1/tax/export-vat", { ...smallScaleExport, exportDate: "2025-05-01" });
    expect(taxed.body.legalBasis.policy).toBe("财税〔2012〕39号 第七条第（二）项（视同内销销项税额计算）");
    const refund = await postJson("/v1/tax/export-vat", {
      ...manufacturer,
      exportDate: "2025-05-01",
      vatRate: "0.13",
      refundRate: "0.13",
      fob: { amount: "100000", currency: "CNY" },
    });
    expect(refund.body.legalBasis.policy).toBe("财税〔2012〕39号 第五条第（一）项（免抵退税计算）");
  });

  it("takes dated rates from the table: a battery exported on 2026-05-01 refunds 6%, in 2027 nothing", async () => {
    const body = {
      ...manufacturer,
      hsCode: "8507600090",
      fob: { amount: "100000", currency: "CNY" },
      inputVat: "20000",
    };
    const may = await postJson("/v1/tax/export-vat", body);
    expect(may.body.rates).toMatchObject({
      vatRate: "0.1300",
      refundRate: "0.0600",
      source: "mof-sta-2026-2",
    });
    // 100,000 × (13% − 6%) = 7,000 non-creditable; eligible 6,000; payable = −(20,000 − 7,000) = −13,000.
    expect(may.body.figures).toMatchObject({
      nonCreditable: "7000.00",
      eligibleRefund: "6000.00",
      refund: "6000.00",
    });
    const later = await postJson("/v1/tax/export-vat", { ...body, exportDate: "2027-02-01" });
    expect(later.body.rates.refundRate).toBe("0.0000");
    expect(later.body.regime).toBe("exempt-credit-refund");
    expect(later.body.warnings.map((w: any) => w.en).join()).toContain("does not cancel the exemption");
  });

  it("dates the 9810 refund on departure from 2025-01-27, and after sale without it", async () => {
    const body = {
      ...manufacturer,
      customsCode: "9810",
      vatRate: "0.13",
      refundRate: "0.13",
      fob: { amount: "100000", currency: "CNY" },
      inputVat: "8000",
    };
    const departure = await postJson("/v1/tax/export-vat", body);
    expect(departure.body.timing).toEqual({
      departureRefund: true,
      basisDate: "2026-05-01",
      claimableFrom: "2026-06-01",
      claimWindowEnd: "2027-04-30",
      filingDeadline: "2029-05-01",
      expectedFilingDate: "2026-06-15",
      expectedRefundDate: "2026-07-05",
      reconcileBy: "2027-04-30",
      refundExpected: true,
    });
    const noSale = await postJson("/v1/tax/export-vat", { ...body, measures: { departureRefund: false } });
    expect(noSale.status).toBe(422);
    expect(problemPointers(noSale)).toEqual(["/soldDate"]);
    const sold = await postJson("/v1/tax/export-vat", {
      ...body,
      measures: { departureRefund: false },
      soldDate: "2026-08-20",
    });
    expect(sold.body.timing).toMatchObject({
      departureRefund: false,
      claimableFrom: "2026-09-01",
      expectedRefundDate: "2026-10-05",
      reconcileBy: null,
    });
  });
});

describe("POST /v1/tax/export-vat: taxed as domestic and the surtax relief, worked by hand", () => {
  const taxedBody = {
    ...manufacturer,
    regime: "taxed-as-domestic",
    vatRate: "0.13",
    refundRate: "0.10",
    fob: { amount: "113000", currency: "CNY" },
    inputVat: "5000",
  };

  it("reverses a non-creditable amount already booked to cost back to input VAT (财税〔2012〕39号 第七条第（二）项)", async () => {
    // Output VAT 113,000 / 1.13 × 0.13 = 13,000.00. Booked earlier at the rate gap: 113,000 × 3% = 3,390.00,
    // reversed: creditable input 5,000 + 3,390 = 8,390; VAT due 13,000 − 8,390 = 4,610.00.
    const res = await postJson("/v1/tax/export-vat", { ...taxedBody, nonCreditableReversed: "3390" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.figures).toMatchObject({
      outputVat: "13000.00",
      nonCreditableReversed: "3390.00",
      vatDue: "4610.00",
      carryForward: "0.00",
    });
    // Without the reversal: 13,000 − 5,000 = 8,000.00.
    const plain = await postJson("/v1/tax/export-vat", taxedBody);
    expect(plain.body.figures.vatDue).toBe("8000.00");
    expect(plain.body.figures.nonCreditableReversed).toBeUndefined();
    // A small-scale payer never booked one.
    const small = await postJson("/v1/tax/export-vat", {
      ...taxedBody,
      enterprise: { ...manufacturer.enterprise, vatPayer: "small_scale" },
      nonCreditableReversed: "3390",
    });
    expect(small.status).toBe(400);
    expect(problemPointers(small)).toEqual(["/nonCreditableReversed"]);
  });

  it("takes the bonded imports of the planned allocation ratio off FOB when taxed, unless stated", async () => {
    // Ratio 0.5: bonded 113,000 × 0.5 = 56,500; (113,000 − 56,500) / 1.13 × 0.13 = 6,500.00; due 6,500 − 5,000.
    const res = await postJson("/v1/tax/export-vat", { ...taxedBody, plannedAllocationRatio: "0.5" });
    expect(res.body.figures).toMatchObject({ outputVat: "6500.00", vatDue: "1500.00" });
    // Stated outright it wins: (113,000 − 11,300) / 1.13 × 0.13 = 11,700.00.
    const stated = await postJson("/v1/tax/export-vat", {
      ...taxedBody,
      plannedAllocationRatio: "0.5",
      bondedMaterialsConsumed: "11300",
    });
    expect(stated.body.figures.outputVat).toBe("11700.00");
  });

  it("with VAT payable left after the credit, refunds nothing and counts the whole amount as exempt credit", async () => {
    // FOB 500,000, 13%/10%: nonCreditable 15,000; payable = 200,000 − (100,000 − 15,000) = 115,000 ≥ 0, so
    // VAT due 115,000, refund 0, exemptCredit = eligibleRefund = 50,000. Surtax base 165,000 × 12% = 19,800.
    const res = await postJson("/v1/tax/export-vat", {
      ...manufacturer,
      vatRate: "0.13",
      refundRate: "0.10",
      fob: { amount: "500000", currency: "CNY" },
      domesticOutputVat: "200000",
      inputVat: "100000",
    });
    expect(res.body.figures).toMatchObject({
      nonCreditable: "15000.00",
      payable: "115000.00",
      eligibleRefund: "50000.00",
      refund: "0.00",
      exemptCredit: "50000.00",
      carryForward: "0.00",
      vatDue: "115000.00",
    });
    expect(res.body.surtax).toMatchObject({ base: "165000.00", total: "19800.00" });
    expect(res.body.timing.refundExpected).toBe(false);
  });

  it("halves surtaxes for an individual business until 2027-12-31 and not after (2023年第12号 第二条)", async () => {
    // VAT due 8,000.00 (above); surtaxes 8,000 × (7% + 3% + 2%) = 960.00 in full, 480.00 halved.
    const individual = { ...manufacturer.enterprise, legalForm: "individual_business" };
    const company = await postJson("/v1/tax/export-vat", { ...taxedBody, exportDate: "2027-12-31" });
    expect(company.body.surtax).toMatchObject({ base: "8000.00", total: "960.00", factor: "1.00" });
    const halved = await postJson("/v1/tax/export-vat", {
      ...taxedBody,
      enterprise: individual,
      exportDate: "2027-12-31",
    });
    expect(halved.body.surtax).toMatchObject({ total: "480.00", factor: "0.50" });
    expect(halved.body.explain.find((s: any) => s.key === "surtaxFactor").zh).toContain("个体工商户");
    // The first day after the relief: in full, and the step says why.
    const after = await postJson("/v1/tax/export-vat?lang=en", {
      ...taxedBody,
      enterprise: individual,
      exportDate: "2028-01-01",
    });
    expect(after.body.surtax).toMatchObject({ total: "960.00", factor: "1.00" });
    expect(after.body.explain.find((s: any) => s.key === "surtaxFactor").en).toContain("2027-12-31");
    // The same cut-off for a small-scale payer: 10,300 / 1.03 × 3% = 300.00; 300 × 12% = 36.00 in 2028.
    const smallScale = await postJson("/v1/tax/export-vat", {
      enterprise: { kind: "trader", vatPayer: "small_scale", pilotZone: noZone },
      customsCode: "9610",
      exportDate: "2028-01-01",
      vatRate: "0.13",
      refundRate: "0.13",
      fob: { amount: "10300", currency: "CNY" },
      purchase: { invoice: "none" },
    });
    expect(smallScale.body.surtax.total).toBe("36.00");
  });

  it("before 2023 halves as the relief of the year did: small-scale payers from 2019, the others from 2022", async () => {
    // VAT due 8,000.00 as above; 960.00 in full, 480.00 halved.
    const slp = { ...taxedBody, surtax: { smallLowProfit: true } };
    const at = async (exportDate: string, body: object = slp) =>
      (await postJson("/v1/tax/export-vat", { ...body, exportDate })).body.surtax;
    // A small low-profit general payer: no relief in 2021 (财税〔2019〕13号 covered small-scale payers only).
    expect(await at("2021-12-31")).toMatchObject({ total: "960.00", factor: "1.00" });
    expect(await at("2022-01-01")).toMatchObject({ total: "480.00", factor: "0.50" });
    // A small-scale payer: 10,300 / 1.03 × 3% = 300.00 due; 36.00 in full, 18.00 halved.
    const small = {
      enterprise: { kind: "trader", vatPayer: "small_scale", pilotZone: noZone },
      customsCode: "9610",
      vatRate: "0.13",
      refundRate: "0.13",
      fob: { amount: "10300", currency: "CNY" },
      purchase: { invoice: "none" },
    };
    expect((await at("2018-12-31", small)).total).toBe("36.00");
    expect((await at("2019-01-01", small)).total).toBe("18.00");
  });
});

describe("POST /v1/tax/export-vat: consumption tax", () => {
  it("refunds a trader's consumption tax and counts it in the refund summary", async () => {
    // VAT: 100,000 × min(13%, 13%) = 13,000. Consumption tax: 100,000 × 10% + 500 × 2 = 11,000.
    const res = await postJson("/v1/tax/export-vat", {
      enterprise: { kind: "trader", vatPayer: "general", pilotZone: noZone },
      customsCode: "0110",
      exportDate: "2026-05-01",
      vatRate: "0.13",
      refundRate: "0.13",
      fob: { amount: "150000", currency: "CNY" },
      purchase: { invoice: "special", amountExclVat: "100000", invoiceVatRate: "0.13" },
      consumptionTax: { adValoremBase: "100000", adValoremRate: "0.10", quantity: "500", specificRate: "2" },
    });
    expect(res.body.regime).toBe("exempt-refund");
    expect(res.body.figures).toMatchObject({ refund: "13000.00", consumptionTaxRefund: "11000.00" });
    expect(res.body.summary).toMatchObject({
      refund: "24000.00",
      consumptionTax: "0.00",
      netCashToTaxOffice: "-24000.00",
    });
  });
});

describe("POST /v1/tax/export-vat: bad input", () => {
  it("names every malformed field (400) in the chosen language", async () => {
    const res = await postJson("/v1/tax/export-vat?lang=en", {
      enterprise: { kind: "maker", vatPayer: "general", pilotZone: zone },
      customsCode: "9999",
      exportDate: "2026-02-30",
      vatRate: "0.13",
      fob: { amount: "1e5", currency: "USD" },
    });
    expect(res.status).toBe(400);
    expect(problemPointers(res).sort()).toEqual(
      ["/customsCode", "/enterprise/kind", "/exportDate", "/fob/amount"].sort(),
    );
    const zh = await postJson("/v1/tax/export-vat", { ...shaxiSeller, fxRate: undefined });
    expect(problemPointers(zh)).toEqual(["/fxRate"]);
    expect(zh.body.errors[0].message).toContain("fxRate");
  });

  it("rejects a trader without purchase facts, both invoice amounts, or half the rates", async () => {
    const res = await postJson("/v1/tax/export-vat", {
      ...shaxiSeller,
      hsCode: undefined,
      vatRate: "0.13",
      purchase: { invoice: "special", amountExclVat: "100", amountInclVat: "113" },
    });
    expect(problemPointers(res).sort()).toEqual([
      "/purchase/amountInclVat",
      "/purchase/invoiceVatRate",
      "/refundRate",
    ]);
  });

  it("answers 422 for an HS code the table does not cover or a refund rate above the VAT rate", async () => {
    const unknown = await postJson("/v1/tax/export-vat", { ...shaxiSeller, hsCode: "0101210000" });
    expect(unknown.status).toBe(422);
    expect(problemPointers(unknown)).toEqual(["/hsCode"]);
    const above = await postJson("/v1/tax/export-vat", {
      ...shaxiSeller,
      hsCode: undefined,
      vatRate: "0.09",
      refundRate: "0.13",
    });
    expect(problemPointers(above)).toEqual(["/refundRate"]);
  });
});

describe("POST /v1/tax/income-tax", () => {
  const seller = {
    revenue: "10200000",
    profit: "600000",
    employees: 15,
    totalAssets: "2000000",
    taxYear: 2026,
    enterprise: { pilotZone: zone },
    customsCode: "9610",
    purchase: { invoice: "none" },
  };

  it("compares both methods and takes the lower eligible CIT (auto)", async () => {
    // Deemed: 10,200,000 × 4% = 408,000 → small low-profit → × 5% = 20,400.
    // Actual: 600,000 → small low-profit → × 5% = 30,000. Deemed is lower.
    const res = await postJson("/v1/tax/income-tax", seller);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      method: "deemed-profit",
      taxableIncome: "408000.00",
      cit: "20400.00",
      smallLowProfit: true,
      effectiveRate: "0.0500",
    });
    expect(res.body.comparison.map((c: any) => [c.method, c.cit, c.eligible])).toEqual([
      ["deemed-profit", "20400.00", true],
      ["actual-profit", "30000.00", true],
    ]);
    expect(res.body.deemedProfitEligibility.applies).toBe(true);
    expect(res.body.paymentDates).toEqual({
      year: 2026,
      quarters: [
        { quarter: 1, periodEnd: "2026-03-31", due: "2026-04-15" },
        { quarter: 2, periodEnd: "2026-06-30", due: "2026-07-15" },
        { quarter: 3, periodEnd: "2026-09-30", due: "2026-10-15" },
        { quarter: 4, periodEnd: "2026-12-31", due: "2027-01-15" },
      ],
      annualSettlementDue: "2027-05-31",
    });
  });

  it("falls back to actual profit when the deemed-profit conditions fail, and refuses a forced deemed profit", async () => {
    const outside = { ...seller, enterprise: { pilotZone: noZone } };
    const auto = await postJson("/v1/tax/income-tax", outside);
    expect(auto.body.method).toBe("actual-profit");
    expect(auto.body.comparison[0]).toMatchObject({ method: "deemed-profit", eligible: false });
    const forced = await postJson("/v1/tax/income-tax?lang=en", { ...outside, method: "deemed-profit" });
    expect(forced.status).toBe(422);
    expect(problemPointers(forced)).toEqual([
      "/enterprise/pilotZone/registered",
      "/enterprise/pilotZone/platformRecorded",
      "/enterprise/pilotZone/zoneCustoms",
    ]);
    expect(forced.body.errors[0].message).toContain("deemed profit cannot apply");
  });

  it("takes exempt income out of revenue before the 4%, and has no relief after 2027", async () => {
    // (25,000,000 − 1,000,000) × 4% = 960,000 → small low-profit → 48,000.
    const exempt = await postJson("/v1/tax/income-tax", {
      ...seller,
      method: "deemed-profit",
      revenue: "25000000",
      exemptIncome: "1000000",
    });
    expect(exempt.body).toMatchObject({
      taxableRevenue: "24000000.00",
      taxableIncome: "960000.00",
      cit: "48000.00",
    });
    // 2028: 408,000 × 25% = 102,000, and a warning says why.
    const later = await postJson("/v1/tax/income-tax", { ...seller, taxYear: 2028 });
    expect(later.body).toMatchObject({ cit: "102000.00", smallLowProfit: false, effectiveRate: "0.2500" });
    expect(later.body.smallLowProfitTests.find((t: any) => t.id === "relief-in-force").met).toBe(false);
    expect(later.body.warnings[0].en).toContain("2027-12-31");
  });

  it("applies the small low-profit relief of the tax year: in bands for 2019-2022, 5% of the whole from 2023", async () => {
    // Taxable income 2,800,000 (actual profit), 15 employees, assets 2,000,000: small low-profit every year.
    // 2020 (财税〔2019〕13号): 1,000,000 × 25% × 20% + 1,800,000 × 50% × 20% = 50,000 + 180,000 = 230,000.
    // 2021 (+ 2021年第12号, the first 1,000,000 at 12.5% × 20%): 25,000 + 180,000 = 205,000.
    // 2022 (+ 2022年第13号, the rest at 25% × 20%): 25,000 + 90,000 = 115,000.
    // 2023 (2023年第12号): 2,800,000 × 5% = 140,000.
    const year = (taxYear: number, profit = "2800000") =>
      postJson("/v1/tax/income-tax", {
        method: "actual-profit",
        revenue: "30000000",
        profit,
        employees: 15,
        totalAssets: "2000000",
        taxYear,
      });
    const expected: [number, string, string][] = [
      [2020, "230000.00", "0.0821"],
      [2021, "205000.00", "0.0732"],
      [2022, "115000.00", "0.0411"],
      [2023, "140000.00", "0.0500"],
    ];
    for (const [taxYear, cit, rate] of expected) {
      const res = await year(taxYear);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect([taxYear, res.body.cit, res.body.effectiveRate, res.body.smallLowProfit]).toEqual([
        taxYear,
        cit,
        rate,
        true,
      ]);
    }
    // Within the first band in 2021: 800,000 × 2.5% = 20,000.
    expect((await year(2021, "800000")).body.cit).toBe("20000.00");
    // The cliff holds in every year: 3,000,001 × 25% = 750,000.25.
    expect((await year(2022, "3000001")).body).toMatchObject({ cit: "750000.25", smallLowProfit: false });
    // Before 2019 the relief had other limits and rates and is not modelled: 25%, with a warning.
    const early = await year(2018);
    expect(early.body).toMatchObject({ cit: "700000.00", smallLowProfit: false });
    expect(early.body.warnings[0].en).toContain("not modelled");
  });

  it("refuses an individual business: it pays individual income tax, and deemed profit is for enterprises (422)", async () => {
    const individual = { ...seller, enterprise: { legalForm: "individual_business", pilotZone: zone } };
    for (const method of ["auto", "deemed-profit", "actual-profit"]) {
      const res = await postJson("/v1/tax/income-tax?lang=en", { ...individual, method });
      expect(res.status, method).toBe(422);
      expect(problemPointers(res)).toEqual(["/enterprise/legalForm"]);
      expect(res.body.errors[0].message).toContain("individual income tax");
    }
    // A company is the default and may be said outright: the auto result above (20,400.00).
    const company = await postJson("/v1/tax/income-tax", {
      ...seller,
      enterprise: { legalForm: "company", pilotZone: zone },
    });
    expect(company.body.cit).toBe("20400.00");
  });

  it("needs profit for auto and the exemption facts for deemed profit (400)", async () => {
    const res = await postJson("/v1/tax/income-tax", {
      revenue: "100",
      employees: 1,
      totalAssets: "100",
      taxYear: 2026,
    });
    expect(res.status).toBe(400);
    expect(problemPointers(res).sort()).toEqual(["/customsCode", "/enterprise", "/profit", "/purchase"]);
  });
});

describe("GET /v1/reference/refund-rates", () => {
  it("matches the longest prefix and the row in force on the date, with its source", async () => {
    const cases: [string, string, string, string][] = [
      ["8507600090", "2024-11-30", "0.1300", "mof-sta-gac-2019-39"],
      ["8507600090", "2024-12-01", "0.0900", "mof-sta-2024-15"],
      ["8507600090", "2026-05-01", "0.0600", "mof-sta-2026-2"],
      ["8507600090", "2027-01-01", "0.0000", "mof-sta-2026-2"],
      ["8541430000", "2026-04-01", "0.0000", "mof-sta-2026-2"],
      ["7606", "2025-01-01", "0.0000", "mof-sta-2024-15"],
      ["6204", "2026-05-01", "0.1300", "mof-sta-gac-2019-39"],
    ];
    for (const [hs, date, refundRate, measure] of cases) {
      const res = await getJson(`/v1/reference/refund-rates?hs=${hs}&date=${date}`);
      expect(res.status, `${hs} ${date}`).toBe(200);
      expect([hs, date, res.body.refundRate, res.body.measure]).toEqual([hs, date, refundRate, measure]);
    }
    const pv = await getJson("/v1/reference/refund-rates?hs=8541420000&date=2026-03-31");
    expect(pv.body).toMatchObject({ matchedPrefix: "854142", refundRate: "0.0900", validTo: "2026-03-31" });
    expect(pv.body.source).toContain("财政部 税务总局公告2024年第15号");
  });

  it("answers 404 for a code no row covers, 422 for a date outside the code's rows, 400 for a bad code", async () => {
    const unknown = await getJson("/v1/reference/refund-rates?hs=0101&date=2026-05-01&lang=en");
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain("No row");
    const early = await getJson("/v1/reference/refund-rates?hs=8507&date=2018-01-01");
    expect(early.status).toBe(422);
    expect(problemPointers(early)).toEqual(["/query/date"]);
    const bad = await getJson("/v1/reference/refund-rates?hs=85-07&date=2026-05-01");
    expect(bad.status).toBe(400);
    expect(problemPointers(bad)).toEqual(["/query/hs"]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { postJson, problemPointers } from "./helpers";

// 中商务电函〔2023〕10号 and 11号 (2023-06-29) report the Bank of China campaign of that year: "本年已有24家企业
// 在该行办理买入期权业务". The catalog's reportedUntil is 2023-12-31; after it the waiver is an assumption.
const put = {
  type: "put",
  style: "european",
  spot: "7.1000",
  strike: "7.0000",
  domesticRate: "0.0149",
  foreignRate: "0.0425",
  vol: "0.05",
  notional: "200000",
  firm: { size: "small", firstDerivativeWithBank: true },
};
const dated = (valuationDate: string, expiryDate: string) => ({ ...put, valuationDate, expiryDate });
const periodStep = (body: any) =>
  body.explain.find((s: any) => s.key === "reportedPeriod:zs-2023-option-fee-waiver");

const hedge = {
  valuationDate: "2026-05-04",
  spot: "7.1000",
  domesticRate: "0.015",
  foreignRate: "0.043",
  vol: "0.05",
  receipts: [{ date: "2026-06-30", amount: "50000" }],
  strategies: { hedgeRatio: "0.8", putStrike: "6.9500" },
  monteCarlo: { paths: 200, seed: 42 },
  firm: { size: "small", firstDerivativeWithBank: true },
};

beforeAll(async () => {
  await postJson("/v1/fx/forward", { spot: "7.1", domesticRate: "0.015", foreignRate: "0.043", days: 90 });
}, 60_000);

describe("the first-option waiver's dated status in the FX routes", () => {
  it("option-price: a 2023 trade is within the reported period", async () => {
    const res = await postJson("/v1/fx/option-price", dated("2023-09-01", "2023-12-01"));
    expect(res.status).toBe(200);
    expect(res.body.quote.waiverPeriod).toEqual({
      measure: "zs-2023-option-fee-waiver",
      source: expect.stringContaining("中商务电函〔2023〕10号"),
      reportedUntil: "2023-12-31",
      date: "2023-09-01",
      status: "reported",
    });
    expect(periodStep(res.body).zh).toContain("在报告期内");
  });

  it("option-price: a 2026 trade is assumed (continuation unconfirmed), in zh and en", async () => {
    const res = await postJson("/v1/fx/option-price", dated("2026-05-04", "2026-08-04"));
    expect(res.body.quote.waiverPeriod).toMatchObject({ date: "2026-05-04", status: "assumed" });
    const step = periodStep(res.body);
    expect(step.value).toBe("assumed");
    expect(step.zh).toContain("是否延续未经确认");
    expect(step.en).toContain("whether it continued is unconfirmed");
    // The waiver is still applied (the model's assumption), and labelled.
    expect(res.body.quote.applied).toEqual(["zs-2023-option-fee-waiver"]);
  });

  it("option-price: the bank's confirmation makes it bank-confirmed; years only is undated and assumed", async () => {
    const confirmed = await postJson("/v1/fx/option-price", {
      ...dated("2026-05-04", "2026-08-04"),
      waiverConfirmedByBank: true,
    });
    expect(confirmed.body.quote.waiverPeriod.status).toBe("bank-confirmed");
    expect(periodStep(confirmed.body).zh).toContain("银行确认延续");
    const undated = await postJson("/v1/fx/option-price", { ...put, years: "0.25" });
    expect(undated.body.quote.waiverPeriod).toMatchObject({ date: null, status: "assumed" });
    expect(periodStep(undated.body).en).toContain("no deal date was given");
  });

  it("option-price: no status without firm facts, and the confirmation needs a notional", async () => {
    const { firm: _firm, ...noFirm } = dated("2026-05-04", "2026-08-04");
    const res = await postJson("/v1/fx/option-price", noFirm);
    expect(res.body.quote).not.toHaveProperty("waiverPeriod");
    const { notional: _n, firm: _f, ...bare } = put;
    const bad = await postJson("/v1/fx/option-price", {
      ...bare,
      years: "0.25",
      waiverConfirmedByBank: true,
    });
    expect(bad.status).toBe(400);
    expect(problemPointers(bad)).toContain("/waiverConfirmedByBank");
  });

  it("hedge-compare: the valuation date's status, assumed in 2026 and reported in 2023", async () => {
    const late = await postJson("/v1/fx/hedge-compare", hedge);
    expect(late.status).toBe(200);
    expect(late.body.waiverPeriod).toMatchObject({ date: "2026-05-04", status: "assumed" });
    expect(periodStep(late.body).value).toBe("assumed");
    const early = await postJson("/v1/fx/hedge-compare", {
      ...hedge,
      valuationDate: "2023-05-04",
      receipts: [{ date: "2023-06-30", amount: "50000" }],
    });
    expect(early.body.waiverPeriod.status).toBe("reported");
    const confirmed = await postJson("/v1/fx/hedge-compare", { ...hedge, waiverConfirmedByBank: true });
    expect(confirmed.body.waiverPeriod.status).toBe("bank-confirmed");
    const without = await postJson("/v1/fx/hedge-compare", { ...hedge, waivers: [] });
    expect(without.body).not.toHaveProperty("waiverPeriod");
  });
});

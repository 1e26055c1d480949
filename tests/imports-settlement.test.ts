import { describe, expect, it } from "vitest";
import { EXAMPLE_SETTLEMENT, MAX_SETTLEMENT_BYTES } from "../src/api/imports";
import { categoryOf } from "../src/domain/imports/amazon-settlement";
import { call } from "./helpers";

const PATH = "/v1/imports/amazon-settlement";
const TSV = { "content-type": "text/tab-separated-values" };

async function post(body: string, headers: Record<string, string> = TSV, query = "") {
  const res = await call("POST", `${PATH}${query}`, body, headers);
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: (await res.json()) as any };
}

const HEADER = EXAMPLE_SETTLEMENT.split("\n")[0];

describe("POST /v1/imports/amazon-settlement: the documented two-period example, worked by hand", () => {
  /*
   * Report 11800000001, 2026-07-01 to 07-15, deposited 07-17 (lag 2 days), lines 3-11:
   *   LAMP-01 orders: principal 59.98 (2 units) + 89.97 (3 units); commission -9.00, -13.50;
   *   FBA fulfilment -10.40, -15.60; advertising -12.00; storage -2.40; reserve held -36.77.
   *   Sum: 149.95 - 48.50 - 12.00 - 2.40 - 36.77 = 50.28 = total-amount.
   * Report 11800000002, 2026-07-15 to 07-29, deposited 08-01 (lag 3 days), lines 14-23:
   *   reserve released +36.77; LAMP-01 order 29.99 (1 unit), commission -4.50, FBA -5.20;
   *   LAMP-01 refund -29.99, commission refunded +4.50, refund commission -0.90;
   *   CABLE-02 order 19.99 (1 unit), commission -3.00, FBA -3.42.
   *   Sum: 36.77 + 29.99 - 4.50 - 5.20 - 29.99 + 4.50 - 0.90 + 19.99 - 3.00 - 3.42 = 44.24.
   * Days covered: 14 + 14 = 28 (end dates exclusive).
   */
  it("gives the periods, deposits, payout lag and totals to the cent", async () => {
    const res = await post(EXAMPLE_SETTLEMENT);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const b = res.body;
    expect(b.currency).toBe("USD");
    expect(
      b.periods.map((p: any) => [p.settlementId, p.line, p.startDate, p.endDate, p.depositDate]),
    ).toEqual([
      ["11800000001", 1, "2026-07-01", "2026-07-15", "2026-07-17"],
      ["11800000002", 12, "2026-07-15", "2026-07-29", "2026-08-01"],
    ]);
    expect(
      b.periods.map((p: any) => [p.totalAmount, p.linesSum, p.reconciles, p.payoutLagDays, p.lines]),
    ).toEqual([
      ["50.28", "50.28", true, 2, 9],
      ["44.24", "44.24", true, 3, 10],
    ]);
    expect(b.covered).toEqual({ from: "2026-07-01", to: "2026-07-29", days: 28 });
    expect(b.totalAmount).toBe("94.52");
    expect(b.payoutLag).toEqual({ minDays: 2, maxDays: 3 });
    const totals = Object.fromEntries(
      b.totals.map((t: any) => [
        `${t.transactionType}|${t.amountType}|${t.amountDescription}`,
        [t.amount, t.lines],
      ]),
    );
    expect(totals).toEqual({
      "Order|ItemPrice|Principal": ["199.93", 4], // 59.98 + 89.97 + 29.99 + 19.99
      "Refund|ItemPrice|Principal": ["-29.99", 1],
      "Order|ItemFees|Commission": ["-30.00", 4], // 9.00 + 13.50 + 4.50 + 3.00
      "Refund|ItemFees|Commission": ["4.50", 1],
      "Refund|ItemFees|RefundCommission": ["-0.90", 1],
      "Order|ItemFees|FBAPerUnitFulfillmentFee": ["-34.62", 4], // 10.40 + 15.60 + 5.20 + 3.42
      "other-transaction|other-transaction|Storage Fee": ["-2.40", 1],
      "ServiceFee|Cost of Advertising|TransactionTotalAmount": ["-12.00", 1],
      "other-transaction|other-transaction|Current Reserve Amount": ["-36.77", 1],
      "other-transaction|other-transaction|Previous Reserve Amount Balance": ["36.77", 1],
    });
    expect(b.categories).toEqual([
      { category: "principal", amount: "199.93" },
      { category: "refund", amount: "-29.99" },
      { category: "commission", amount: "-26.40" }, // -30.00 + 4.50 - 0.90
      { category: "fbaFulfilment", amount: "-34.62" },
      { category: "storage", amount: "-2.40" },
      { category: "advertising", amount: "-12.00" },
      { category: "reserve", amount: "0.00" },
    ]);
  });

  it("gives units and sales per SKU and a product line per SKU", async () => {
    const b = (await post(EXAMPLE_SETTLEMENT)).body;
    expect(b.skus).toEqual([
      {
        sku: "CABLE-02",
        units: 1,
        sales: "19.99",
        refunds: "0.00",
        commission: "-3.00",
        fbaFulfilment: "-3.42",
        promotions: "0.00",
        tax: "0.00",
        shipping: "0.00",
        lines: 3,
      },
      {
        sku: "LAMP-01",
        units: 6,
        sales: "179.94",
        refunds: "-29.99",
        commission: "-23.40", // -9.00 - 13.50 - 4.50 + 4.50 - 0.90
        fbaFulfilment: "-31.20",
        promotions: "0.00",
        tax: "0.00",
        shipping: "0.00",
        lines: 12,
      },
    ]);
    const lamp = b.proposal.productLines.find((p: any) => p.sku === "LAMP-01");
    expect(lamp.patch).toEqual({
      name: "LAMP-01",
      currency: "USD",
      monthlyUnits: 7, // 6 x 365 / (12 x 28) = 6.518 -> 7
      sellingPrice: "29.99", // 179.94 / 6
      returnsRate: "0.1667", // 29.99 / 179.94
      overseasCosts: [
        { category: "platform", perUnit: "0", shareOfSales: "0.1300" }, // 23.40 / 179.94 = 0.13004
        { category: "logistics", perUnit: "5.20", shareOfSales: "0" }, // 31.20 / 6
      ],
    });
    expect(lamp.fees).toEqual({
      commission: { amount: "23.40", perUnit: "3.90", shareOfSales: "0.1300" },
      fbaFulfilment: { amount: "31.20", perUnit: "5.20", shareOfSales: "0.1734" }, // 31.20 / 179.94 = 0.17339
    });
    const cable = b.proposal.productLines.find((p: any) => p.sku === "CABLE-02");
    expect(cable.patch.monthlyUnits).toBe(1); // 365 / 336 = 1.086
    expect(cable.patch.returnsRate).toBe("0.0000");
    expect(cable.fees.commission.shareOfSales).toBe("0.1501"); // 3.00 / 19.99 = 0.150075
  });

  it("lists every line it could not place, none dropped, with the account-level costs as a share of sales", async () => {
    const b = (await post(EXAMPLE_SETTLEMENT, TSV, "?lang=en")).body;
    expect(b.unplaced.lines.map((u: any) => [u.line, u.category, u.amount, u.reason.en.slice(0, 9)])).toEqual(
      [
        [9, "advertising", "-12.00", "no SKU on"],
        [10, "storage", "-2.40", "no SKU on"],
        [11, "reserve", "-36.77", "no SKU on"],
        [14, "reserve", "36.77", "no SKU on"],
      ],
    );
    expect(b.unplaced.byCategory).toEqual([
      { category: "storage", amount: "-2.40", shareOfSales: "0.0120" }, // 2.40 / 199.93
      { category: "advertising", amount: "-12.00", shareOfSales: "0.0600" }, // 12.00 / 199.93
      { category: "reserve", amount: "0.00", shareOfSales: "0.0000" },
    ]);
    // Every line is either on a SKU or listed: 15 on SKUs + 4 unplaced = 19 amount lines.
    const placed = b.skus.reduce((n: number, s: any) => n + s.lines, 0);
    expect(placed + b.unplaced.lines.length).toBe(19);
  });

  it("reads text/plain, CRLF line ends, a BOM and EU dates and decimal commas", async () => {
    const eu = [
      HEADER,
      "9\t01.07.2026 00:00:00 UTC\t15.07.2026 00:00:00 UTC\t17.07.2026 00:00:00 UTC\t10,50\tEUR\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t",
      "9\t\t\t\t\t\tOrder\t1\t\t\t\tAmazon.de\tItemPrice\tPrincipal\t12,00\tAFN\t03.07.2026\t\t\t\t\tMUG\t1\t",
      "9\t\t\t\t\t\tOrder\t1\t\t\t\tAmazon.de\tItemFees\tCommission\t-1,50\tAFN\t03.07.2026\t\t\t\t\tMUG\t1\t",
    ].join("\r\n");
    const res = await post(`\uFEFF${eu}\r\n`, { "content-type": "text/plain; charset=utf-8" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.periods[0]).toMatchObject({
      startDate: "2026-07-01",
      totalAmount: "10.50",
      reconciles: true,
    });
    expect(res.body.skus[0]).toMatchObject({ sku: "MUG", sales: "12.00", commission: "-1.50" });
  });

  it("says when a report's lines do not add up to its total", async () => {
    const short = EXAMPLE_SETTLEMENT.split("\n")
      .filter((_, i) => i !== 9)
      .join("\n"); // drop line 10 (storage -2.40)
    const b = (await post(short)).body;
    expect(b.periods[0]).toMatchObject({ totalAmount: "50.28", linesSum: "52.68", reconciles: false });
  });
});

describe("malformed files: 400 problem+json naming the line and the column", () => {
  const lines = EXAMPLE_SETTLEMENT.split("\n");
  const withLine = (n: number, text: string) => lines.map((l, i) => (i === n - 1 ? text : l)).join("\n");

  it("names a bad amount by line and column, in both languages", async () => {
    const bad = withLine(4, lines[3].replace("-9.00", "-9.OO"));
    const en = await post(bad, TSV, "?lang=en");
    expect(en.status).toBe(400);
    expect(en.type).toContain("application/problem+json");
    expect(en.body.errors).toEqual([
      {
        pointer: "/line/4/amount",
        message:
          'line 4, column amount: "-9.OO" is not an amount (digits with at most two decimals, e.g. -12.34)',
      },
    ]);
    const zh = await post(bad);
    expect(zh.body.errors[0].message).toContain("第 4 行，amount 列");
  });

  it("names a bad date, a wrong column count, a missing header column and a CSV", async () => {
    const date = await post(
      withLine(2, lines[1].replace("2026-07-15 00:00:00 UTC", "2026-02-30")),
      TSV,
      "?lang=en",
    );
    expect(date.body.errors[0].pointer).toBe("/line/2/settlement-end-date");
    const short = await post(withLine(5, lines[4].split("\t").slice(0, 20).join("\t")), TSV, "?lang=en");
    expect(short.body.errors[0]).toEqual({
      pointer: "/line/5",
      message: "line 5: 20 tab-separated columns where the header (line 1) has 24",
    });
    const noSku = await post(EXAMPLE_SETTLEMENT.replace("\tsku\t", "\tseller-sku\t"), TSV, "?lang=en");
    expect(noSku.body.errors[0].pointer).toBe("/line/1/sku");
    expect(noSku.body.errors[0].message).toContain("not a settlement flat file V2");
    const csv = await post("settlement-id,settlement-start-date\n1,2\n", TSV, "?lang=en");
    expect(csv.status).toBe(400);
    expect(csv.body.errors[0].message).toContain("not a settlement flat file V2");
    const other = await post("order-id\tsku\n1\tA\n", TSV, "?lang=en");
    expect(other.body.errors[0].message).toContain("first line must be its header row");
    const empty = await post("", TSV, "?lang=en");
    expect(empty.status).toBe(400);
  });

  it("refuses JSON, reports in two currencies or posted twice, and a file over the cap", async () => {
    const json = await call("POST", PATH, { file: "x" });
    expect(json.status).toBe(415);
    const twice = await post(`${EXAMPLE_SETTLEMENT}${EXAMPLE_SETTLEMENT}`, TSV, "?lang=en");
    expect(twice.status).toBe(422);
    expect(twice.body.errors[0].message).toContain("settlement 11800000001 appears twice (lines 1 and 24)");
    const eur = EXAMPLE_SETTLEMENT.replace("44.24\tUSD", "44.24\tEUR");
    const mixed = await post(eur, TSV, "?lang=en");
    expect(mixed.status).toBe(422);
    expect(mixed.body.errors[0].message).toContain("post one currency's reports together");
    const huge = await post(`${HEADER}\n${"x".repeat(MAX_SETTLEMENT_BYTES)}`);
    expect(huge.status).toBe(413);
  });
});

describe("categoryOf: what each amount type and description feeds", () => {
  it("tells a refund's principal from an order's, and the fees apart", () => {
    const of = (transactionType: string, amountType: string, amountDescription: string) =>
      categoryOf({ transactionType, amountType, amountDescription });
    expect(of("Order", "ItemPrice", "Principal")).toBe("principal");
    expect(of("Refund", "ItemPrice", "Principal")).toBe("refund");
    expect(of("Order", "ItemPrice", "Tax")).toBe("tax");
    expect(of("Order", "ItemWithheldTax", "MarketplaceFacilitatorTax-Principal")).toBe("tax");
    expect(of("Order", "ItemFees", "FBAPerOrderFulfillmentFee")).toBe("fbaFulfilment");
    expect(of("Order", "Promotion", "Shipping")).toBe("promotion");
    expect(of("other-transaction", "other-transaction", "Subscription Fee")).toBe("subscription");
    expect(of("other-transaction", "FBA Inventory Reimbursement", "WAREHOUSE_DAMAGE")).toBe("reimbursement");
    expect(of("Order", "ItemFees", "SomethingNew")).toBe("other");
  });
});

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ExplainStep } from "../domain/explain";
import {
  AMOUNT_CATEGORIES,
  analyseSettlements,
  type FeeRates,
  proposeLines,
  type SettlementAnalysis,
} from "../domain/imports/amazon-settlement";
import { readSettlementFile, SettlementFileError } from "../domain/imports/settlement-file";
import { type Decimal, fen, fixed, ZERO } from "../domain/money";
import { RULESET } from "../policy/catalog";
import { KEY_OPTIONAL } from "./access";
import type { AppEnv } from "./env";
import { errorResponses, problemResponse } from "./problem";
import { bilingual, ExplainSchema, jsonOk, RulesetSchema } from "./schemas";

/** Largest settlement upload: a few months of a busy seller's reports (about 20,000 lines). */
export const MAX_SETTLEMENT_BYTES = 4 * 1024 * 1024;
export const SETTLEMENT_PATH = "/v1/imports/amazon-settlement";
/** Content types the route reads as the flat file. */
export const SETTLEMENT_TYPES = /^text\/(tab-separated-values|plain)\b/i;

const Amount = z.string().openapi({ description: "Decimal string in the report's currency, to the cent" });
const Rate = z.string().openapi({ description: "Fraction as a decimal string (0.15 = 15%), 4 decimals" });

const FeeSchema = z
  .object({
    amount: Amount.openapi({ description: "The fee paid over the periods (positive = a cost)" }),
    perUnit: Amount.nullable().openapi({ description: "Per unit sold, to the cent; null with no units" }),
    shareOfSales: Rate.nullable().openapi({ description: "As a share of sales; null with no sales" }),
  })
  .openapi({ description: "A marketplace fee as an amount per unit and as a fraction of sales" });

const ImportSchema = z
  .object({
    currency: z.string().openapi({ description: "The reports' currency (ISO 4217)", example: "USD" }),
    periods: z
      .array(
        z.object({
          settlementId: z.string().openapi({ description: "settlement-id" }),
          line: z.number().int().openapi({ description: "Line of the report's header row in the upload" }),
          startDate: z.string().openapi({ description: "settlement-start-date (YYYY-MM-DD)" }),
          endDate: z.string().openapi({ description: "settlement-end-date (YYYY-MM-DD)" }),
          depositDate: z.string().openapi({ description: "deposit-date (YYYY-MM-DD)" }),
          totalAmount: Amount.openapi({ description: "total-amount: what was deposited" }),
          linesSum: Amount.openapi({ description: "The sum of the report's amount lines" }),
          reconciles: z
            .boolean()
            .openapi({ description: "linesSum equals totalAmount (false: lines are missing from the file)" }),
          payoutLagDays: z
            .number()
            .int()
            .openapi({ description: "Calendar days from settlement end to deposit" }),
          lines: z.number().int().openapi({ description: "Amount lines in the report" }),
        }),
      )
      .openapi({ description: "Each settlement period covered, in the order posted" }),
    covered: z
      .object({
        from: z.string().openapi({ description: "Earliest settlement start" }),
        to: z.string().openapi({ description: "Latest settlement end" }),
        days: z.number().int().openapi({ description: "Calendar days inside the periods, each day once" }),
      })
      .openapi({ description: "What the periods cover" }),
    totalAmount: Amount.openapi({ description: "Sum of the periods' total-amount (the deposits)" }),
    payoutLag: z
      .object({
        minDays: z.number().int().openapi({ description: "Shortest lag seen" }),
        maxDays: z.number().int().openapi({ description: "Longest lag seen" }),
      })
      .openapi({ description: "Deposit date minus settlement end, over the periods" }),
    totals: z
      .array(
        z.object({
          transactionType: z
            .string()
            .openapi({ description: "transaction-type as in the file (Order, Refund, ServiceFee...)" }),
          amountType: z
            .string()
            .openapi({ description: "amount-type as in the file (ItemPrice, ItemFees...)" }),
          amountDescription: z
            .string()
            .openapi({ description: "amount-description as in the file (Principal, Commission...)" }),
          category: z
            .enum(AMOUNT_CATEGORIES)
            .openapi({ description: "What the amount is, for the scenario" }),
          amount: Amount,
          lines: z.number().int().openapi({ description: "Lines added up" }),
        }),
      )
      .openapi({
        description: "Totals by transaction type, amount type and description, every line counted",
      }),
    categories: z
      .array(z.object({ category: z.enum(AMOUNT_CATEGORIES), amount: Amount }))
      .openapi({ description: "Totals by category (principal, refund, tax, commission, fbaFulfilment...)" }),
    skus: z
      .array(
        z.object({
          sku: z.string().openapi({ description: "The seller's SKU" }),
          units: z
            .number()
            .int()
            .openapi({ description: "Units ordered (quantity-purchased on order principal lines)" }),
          sales: Amount.openapi({ description: "Order principal (ItemPrice / Principal), before refunds" }),
          refunds: Amount.openapi({ description: "Refunded principal (negative)" }),
          commission: Amount.openapi({
            description: "Referral and closing fees, net of refunded fees (negative)",
          }),
          fbaFulfilment: Amount.openapi({ description: "FBA fulfilment fees (negative)" }),
          promotions: Amount.openapi({ description: "Promotion rebates" }),
          tax: Amount.openapi({
            description: "Tax collected and withheld (nets to zero where the marketplace remits it)",
          }),
          shipping: Amount.openapi({ description: "Shipping and gift wrap charged to buyers" }),
          lines: z.number().int().openapi({ description: "Lines placed on the SKU" }),
        }),
      )
      .openapi({ description: "Units and sales per SKU" }),
    proposal: z
      .object({
        productLines: z
          .array(
            z.object({
              sku: z.string(),
              patch: z
                .object({
                  name: z.string().openapi({ description: "The SKU, as the line's name" }),
                  currency: z.string(),
                  monthlyUnits: z
                    .number()
                    .int()
                    .openapi({ description: "Units ordered x 365 / (12 x days covered), half-up" }),
                  sellingPrice: Amount.optional().openapi({ description: "Order principal / units" }),
                  returnsRate: Rate.optional().openapi({
                    description: "Refunded principal / order principal",
                  }),
                  overseasCosts: z
                    .array(
                      z.object({
                        category: z.string(),
                        perUnit: z.string(),
                        shareOfSales: z.string(),
                      }),
                    )
                    .openapi({
                      description:
                        "Referral fees as platform shareOfSales; FBA fulfilment as logistics perUnit (the form of the presets)",
                    }),
                })
                .openapi({
                  description:
                    "Fields to merge into a scenario product line (hsCode, costs and the rest stay yours)",
                }),
              fees: z
                .object({ commission: FeeSchema, fbaFulfilment: FeeSchema })
                .openapi({ description: "Both fees as per-unit amounts and as fractions of sales" }),
            }),
          )
          .openapi({ description: "One proposed product line per SKU with sales" }),
      })
      .openapi({ description: "A proposed patch to a scenario's product lines" }),
    unplaced: z
      .object({
        lines: z
          .array(
            z.object({
              line: z.number().int().openapi({ description: "Line in the upload" }),
              settlementId: z.string(),
              transactionType: z.string(),
              amountType: z.string(),
              amountDescription: z.string(),
              category: z.enum(AMOUNT_CATEGORIES),
              sku: z.string().openapi({ description: "The SKU, empty for account-level amounts" }),
              amount: Amount,
              reason: bilingual("Why it was not placed on a product line"),
            }),
          )
          .openapi({ description: "Every line not placed on a SKU's product line, none dropped" }),
        byCategory: z
          .array(
            z.object({
              category: z.enum(AMOUNT_CATEGORIES),
              amount: Amount,
              shareOfSales: Rate.nullable().openapi({
                description:
                  "-amount / all SKUs' sales: what the cost would be as a shareOfSales across lines",
              }),
            }),
          )
          .openapi({ description: "The unplaced lines by category" }),
      })
      .openapi({
        description: "Lines the proposal could not place (storage, advertising, reserves, transfers...)",
      }),
    explain: ExplainSchema,
    ruleset: RulesetSchema,
  })
  .openapi("AmazonSettlementImport");

/** A two-period example (worked by hand in tests/imports-settlement.test.ts). */
export const EXAMPLE_SETTLEMENT = [
  "settlement-id\tsettlement-start-date\tsettlement-end-date\tdeposit-date\ttotal-amount\tcurrency\ttransaction-type\torder-id\tmerchant-order-id\tadjustment-id\tshipment-id\tmarketplace-name\tamount-type\tamount-description\tamount\tfulfillment-id\tposted-date\tposted-date-time\torder-item-code\tmerchant-order-item-id\tmerchant-adjustment-item-id\tsku\tquantity-purchased\tpromotion-id",
  "11800000001\t2026-07-01 00:00:00 UTC\t2026-07-15 00:00:00 UTC\t2026-07-17 00:00:00 UTC\t50.28\tUSD\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t",
  "11800000001\t\t\t\t\t\tOrder\t111-0000001-0000001\t\t\t\tAmazon.com\tItemPrice\tPrincipal\t59.98\tAFN\t2026-07-03\t2026-07-03 10:00:00 UTC\t\t\t\tLAMP-01\t2\t",
  "11800000001\t\t\t\t\t\tOrder\t111-0000001-0000001\t\t\t\tAmazon.com\tItemFees\tCommission\t-9.00\tAFN\t2026-07-03\t2026-07-03 10:00:00 UTC\t\t\t\tLAMP-01\t2\t",
  "11800000001\t\t\t\t\t\tOrder\t111-0000001-0000001\t\t\t\tAmazon.com\tItemFees\tFBAPerUnitFulfillmentFee\t-10.40\tAFN\t2026-07-03\t2026-07-03 10:00:00 UTC\t\t\t\tLAMP-01\t2\t",
  "11800000001\t\t\t\t\t\tOrder\t111-0000002-0000002\t\t\t\tAmazon.com\tItemPrice\tPrincipal\t89.97\tAFN\t2026-07-08\t2026-07-08 10:00:00 UTC\t\t\t\tLAMP-01\t3\t",
  "11800000001\t\t\t\t\t\tOrder\t111-0000002-0000002\t\t\t\tAmazon.com\tItemFees\tCommission\t-13.50\tAFN\t2026-07-08\t2026-07-08 10:00:00 UTC\t\t\t\tLAMP-01\t3\t",
  "11800000001\t\t\t\t\t\tOrder\t111-0000002-0000002\t\t\t\tAmazon.com\tItemFees\tFBAPerUnitFulfillmentFee\t-15.60\tAFN\t2026-07-08\t2026-07-08 10:00:00 UTC\t\t\t\tLAMP-01\t3\t",
  "11800000001\t\t\t\t\t\tServiceFee\t\t\t\t\t\tCost of Advertising\tTransactionTotalAmount\t-12.00\t\t2026-07-10\t2026-07-10 00:00:00 UTC\t\t\t\t\t\t",
  "11800000001\t\t\t\t\t\tother-transaction\t\t\t\t\t\tother-transaction\tStorage Fee\t-2.40\t\t2026-07-12\t2026-07-12 00:00:00 UTC\t\t\t\t\t\t",
  "11800000001\t\t\t\t\t\tother-transaction\t\t\t\t\t\tother-transaction\tCurrent Reserve Amount\t-36.77\t\t2026-07-15\t2026-07-15 00:00:00 UTC\t\t\t\t\t\t",
  "settlement-id\tsettlement-start-date\tsettlement-end-date\tdeposit-date\ttotal-amount\tcurrency\ttransaction-type\torder-id\tmerchant-order-id\tadjustment-id\tshipment-id\tmarketplace-name\tamount-type\tamount-description\tamount\tfulfillment-id\tposted-date\tposted-date-time\torder-item-code\tmerchant-order-item-id\tmerchant-adjustment-item-id\tsku\tquantity-purchased\tpromotion-id",
  "11800000002\t2026-07-15 00:00:00 UTC\t2026-07-29 00:00:00 UTC\t2026-08-01 00:00:00 UTC\t44.24\tUSD\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t",
  "11800000002\t\t\t\t\t\tother-transaction\t\t\t\t\t\tother-transaction\tPrevious Reserve Amount Balance\t36.77\t\t2026-07-15\t2026-07-15 00:00:00 UTC\t\t\t\t\t\t",
  "11800000002\t\t\t\t\t\tOrder\t111-0000003-0000003\t\t\t\tAmazon.com\tItemPrice\tPrincipal\t29.99\tAFN\t2026-07-20\t2026-07-20 10:00:00 UTC\t\t\t\tLAMP-01\t1\t",
  "11800000002\t\t\t\t\t\tOrder\t111-0000003-0000003\t\t\t\tAmazon.com\tItemFees\tCommission\t-4.50\tAFN\t2026-07-20\t2026-07-20 10:00:00 UTC\t\t\t\tLAMP-01\t1\t",
  "11800000002\t\t\t\t\t\tOrder\t111-0000003-0000003\t\t\t\tAmazon.com\tItemFees\tFBAPerUnitFulfillmentFee\t-5.20\tAFN\t2026-07-20\t2026-07-20 10:00:00 UTC\t\t\t\tLAMP-01\t1\t",
  "11800000002\t\t\t\t\t\tRefund\t111-0000001-0000001\t\t\t\tAmazon.com\tItemPrice\tPrincipal\t-29.99\tAFN\t2026-07-22\t2026-07-22 10:00:00 UTC\t\t\t\tLAMP-01\t\t",
  "11800000002\t\t\t\t\t\tRefund\t111-0000001-0000001\t\t\t\tAmazon.com\tItemFees\tCommission\t4.50\tAFN\t2026-07-22\t2026-07-22 10:00:00 UTC\t\t\t\tLAMP-01\t\t",
  "11800000002\t\t\t\t\t\tRefund\t111-0000001-0000001\t\t\t\tAmazon.com\tItemFees\tRefundCommission\t-0.90\tAFN\t2026-07-22\t2026-07-22 10:00:00 UTC\t\t\t\tLAMP-01\t\t",
  "11800000002\t\t\t\t\t\tOrder\t111-0000004-0000004\t\t\t\tAmazon.com\tItemPrice\tPrincipal\t19.99\tAFN\t2026-07-25\t2026-07-25 10:00:00 UTC\t\t\t\tCABLE-02\t1\t",
  "11800000002\t\t\t\t\t\tOrder\t111-0000004-0000004\t\t\t\tAmazon.com\tItemFees\tCommission\t-3.00\tAFN\t2026-07-25\t2026-07-25 10:00:00 UTC\t\t\t\tCABLE-02\t1\t",
  "11800000002\t\t\t\t\t\tOrder\t111-0000004-0000004\t\t\t\tAmazon.com\tItemFees\tFBAPerUnitFulfillmentFee\t-3.42\tAFN\t2026-07-25\t2026-07-25 10:00:00 UTC\t\t\t\tCABLE-02\t1\t",
  "",
].join("\n");

const importRoute = createRoute({
  method: "post",
  path: SETTLEMENT_PATH,
  operationId: "importAmazonSettlement",
  tags: ["imports"],
  summary:
    "Read Amazon settlement reports (flat file V2) into totals, SKUs, the payout lag and product lines",
  description:
    "The body is one or more Seller Central settlement reports, flat file V2 (tab-separated, as downloaded: " +
    "Reports > Payments > All statements > Download flat file V2), one after another, each starting with its " +
    "header row; `Content-Type: text/tab-separated-values` or `text/plain`. Columns are found by name. " +
    `At most ${MAX_SETTLEMENT_BYTES / 1024 / 1024} MiB. The answer gives each period, its deposit and payout lag, ` +
    "totals by amount type and description to the cent in the report's currency, units and sales per SKU, a " +
    "proposed patch to a scenario's product lines, and every line it could not place on one. A file that is not " +
    "a settlement report, or is malformed, is answered 400 naming the line and the column (pointer " +
    "/line/{n}/{column}); reports in two currencies or a settlement posted twice, 422.",
  security: KEY_OPTIONAL,
  request: {
    body: {
      required: true,
      description: "The settlement reports, tab-separated",
      content: {
        "text/tab-separated-values": {
          schema: z.string().openapi({ description: "Settlement flat file V2, one report or several" }),
          example: EXAMPLE_SETTLEMENT,
        },
        "text/plain": { schema: z.string().openapi({ description: "The same, sent as text/plain" }) },
      },
    },
  },
  responses: {
    200: jsonOk(ImportSchema, "What the reports say"),
    ...errorResponses("validation", "unsupported-media-type", "payload-too-large", "unprocessable"),
  },
});

const money = (d: Decimal) => fen(d);
const rate = (d: Decimal) => fixed(d, 4);

function feeOut(fee: FeeRates) {
  return {
    amount: money(fee.amount),
    perUnit: fee.perUnit ? money(fee.perUnit) : null,
    shareOfSales: fee.shareOfSales ? rate(fee.shareOfSales) : null,
  };
}

function proposalOut(analysis: SettlementAnalysis) {
  return proposeLines(analysis).map((p) => ({
    sku: p.sku,
    patch: {
      name: p.sku,
      currency: analysis.currency,
      monthlyUnits: p.monthlyUnits,
      ...(p.sellingPrice ? { sellingPrice: money(p.sellingPrice) } : {}),
      ...(p.returnsRate ? { returnsRate: rate(p.returnsRate) } : {}),
      overseasCosts: [
        { category: "platform", perUnit: "0", shareOfSales: rate(p.commission.shareOfSales ?? ZERO) },
        { category: "logistics", perUnit: money(p.fulfilment.perUnit ?? ZERO), shareOfSales: "0" },
      ],
    },
    fees: { commission: feeOut(p.commission), fbaFulfilment: feeOut(p.fulfilment) },
  }));
}

function byCategory<T extends { category: (typeof AMOUNT_CATEGORIES)[number]; amount: Decimal }>(rows: T[]) {
  const out = new Map<string, Decimal>();
  for (const r of rows) out.set(r.category, (out.get(r.category) ?? ZERO).plus(r.amount));
  return AMOUNT_CATEGORIES.filter((c) => out.has(c)).map((category) => ({
    category,
    amount: out.get(category) as Decimal,
  }));
}

function explainOf(analysis: SettlementAnalysis, lines: number): ExplainStep[] {
  const lags = analysis.periods.map((p) => `${p.settlementId}: ${p.payoutLagDays}`).join("; ");
  return [
    {
      key: "lines",
      zh: `读取 ${analysis.periods.length} 份结算报告共 ${lines} 行金额；每行按金额类型和说明汇总，每行或归入某个 SKU，或列为未归入`,
      en: `Read ${analysis.periods.length} settlement report(s), ${lines} amount lines; each is totalled by amount type and description, and either placed on a SKU or listed as unplaced`,
      value: String(lines),
    },
    {
      key: "payoutLag",
      zh: "回款间隔 = 到账日 − 结算期结束日（日历天）",
      en: "Payout lag = deposit date - settlement end date (calendar days)",
      formula: "depositDate - endDate",
      inputs: { lags },
      value: lags,
    },
    {
      key: "monthlyUnits",
      zh: `月销量 = 结算期内订单件数 × 365 ÷（12 × 覆盖天数 ${analysis.daysCovered}），四舍五入到整数`,
      en: `Monthly units = units ordered x 365 / (12 x ${analysis.daysCovered} days covered), rounded half-up`,
      formula: "units x 365 / (12 x daysCovered)",
      inputs: { daysCovered: String(analysis.daysCovered) },
      value: String(analysis.daysCovered),
    },
    {
      key: "fees",
      zh: "销售佣金（含结算费，扣除退款时退回的佣金）÷ 订单货款 = 平台费率；FBA 配送费 ÷ 件数 = 每件物流费",
      en: "Referral and closing fees (net of those refunded) / order principal = platform share of sales; FBA fulfilment fees / units = logistics per unit",
      formula: "-commission / sales; -fbaFulfilment / units",
      value: String(analysis.skus.length),
    },
  ];
}

export const importsRoutes = [importRoute];

export const importsApi = new OpenAPIHono<AppEnv>();

function fileProblem(c: Context<AppEnv>, error: SettlementFileError) {
  const where = error.column ? `/line/${error.line}/${error.column}` : `/line/${error.line}`;
  const at = {
    en: `line ${error.line}${error.column ? `, column ${error.column}` : ""}`,
    zh: `第 ${error.line} 行${error.column ? `，${error.column} 列` : ""}`,
  };
  return problemResponse(
    c,
    "validation",
    {
      zh: `结算报告有误：${at.zh}：${error.zh}`,
      en: `The settlement report is malformed at ${at.en}: ${error.en}`,
    },
    [{ pointer: where, en: `${at.en}: ${error.en}`, zh: `${at.zh}：${error.zh}` }],
  );
}

importsApi.openapi(importRoute, async (c) => {
  let reports: ReturnType<typeof readSettlementFile>;
  try {
    reports = readSettlementFile(await c.req.text());
  } catch (error) {
    if (error instanceof SettlementFileError) return fileProblem(c, error) as never;
    throw error;
  }
  return c.json(importOut(analyseSettlements(reports)), 200);
});

/** The analysis as the response: periods (each reconciled), totals, SKUs, the proposal, what is unplaced. */
function importOut(analysis: SettlementAnalysis) {
  const lines = analysis.periods.reduce((n, p) => n + p.lines, 0);
  const lags = analysis.periods.map((p) => p.payoutLagDays);
  const starts = analysis.periods.map((p) => p.startDate).sort();
  const ends = analysis.periods.map((p) => p.endDate).sort();
  return {
    currency: analysis.currency,
    periods: analysis.periods.map((p) => ({
      ...p,
      totalAmount: money(p.totalAmount),
      linesSum: money(p.linesSum),
      reconciles: p.linesSum.eq(p.totalAmount),
    })),
    covered: { from: starts[0], to: ends[ends.length - 1], days: analysis.daysCovered },
    totalAmount: money(analysis.totalAmount),
    payoutLag: { minDays: Math.min(...lags), maxDays: Math.max(...lags) },
    totals: analysis.totals.map((t) => ({ ...t, amount: money(t.amount) })),
    categories: byCategory(analysis.totals).map((t) => ({ ...t, amount: money(t.amount) })),
    skus: analysis.skus.map(skuOut),
    proposal: { productLines: proposalOut(analysis) },
    unplaced: unplacedOut(analysis),
    explain: explainOf(analysis, lines),
    ruleset: RULESET,
  };
}

/** One SKU's units, sales and fees over the periods. */
function skuOut(s: SettlementAnalysis["skus"][number]) {
  return {
    sku: s.sku,
    units: s.units,
    sales: money(s.sales),
    refunds: money(s.refunds),
    commission: money(s.commission),
    fbaFulfilment: money(s.fulfilment),
    promotions: money(s.promotions),
    tax: money(s.tax),
    shipping: money(s.shipping),
    lines: s.lines,
  };
}

/** Amounts no SKU can carry, line by line and by category with their share of sales. */
function unplacedOut(analysis: SettlementAnalysis) {
  const sales = analysis.skus.reduce((s, k) => s.plus(k.sales), ZERO);
  return {
    lines: analysis.unplaced.map((u) => ({ ...u, amount: money(u.amount) })),
    byCategory: byCategory(analysis.unplaced).map((t) => ({
      category: t.category,
      amount: money(t.amount),
      shareOfSales: sales.gt(0) ? rate(t.amount.negated().div(sales)) : null,
    })),
  };
}

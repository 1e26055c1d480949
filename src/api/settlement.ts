import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { ZERO } from "../domain/money";
import { COST_CATEGORIES, compareSettlement, type SettlementInput } from "../domain/settlement/netting";
import { settlementReport } from "../domain/settlement/netting-report";
import { type PayoutRule, payoutScheduleReport } from "../domain/settlement/payout";
import { RULESET } from "../policy/catalog";
import {
  PAYOUT_RULE_PRESETS,
  PAYOUT_RULES_NOTE,
  payoutRulePreset,
  SETTLEMENT_RULES,
} from "../policy/settlement";
import type { AppEnv } from "./env";
import { errorResponses } from "./problem";
import {
  CurrencySchema,
  decimalIn,
  ExplainSchema,
  IsoDateSchema,
  jsonBody,
  jsonOk,
  MoneyOut,
  moneyIn,
  RateOut,
  RulesetSchema,
  rateIn,
} from "./schemas";
import { addProblem } from "./validation";

const CategorySchema = z.enum(COST_CATEGORIES).openapi({
  description:
    "Overseas cost category: warehousing (storage, fulfilment), logistics, tax (import duty, VAT abroad), platform (commissions), advertising, other",
  example: "warehousing",
});

const remittances = (description: string) =>
  z.number().int().min(1).max(1000).optional().openapi({ description, example: 1 });

const FeeSchema = z
  .strictObject({
    rate: rateIn("Fee as a fraction of each remittance's amount in CNY at the middle rate", "0.001"),
    min: moneyIn("Minimum fee per remittance in CNY (absent = 0)", "50").optional(),
    max: moneyIn("Maximum fee per remittance in CNY (absent = no cap)", "1000").optional(),
    fixed: moneyIn("Flat fee per remittance in CNY, such as a cable fee (absent = 0)", "150").optional(),
  })
  .openapi({ description: "Bank charge per remittance: clamp(rate x amount, min, max) + fixed, in CNY" });

const rate = (description: string, example: string) =>
  decimalIn(
    `${description}, CNY per one unit of the currency (a bank's per-100 quote divided by 100)`,
    example,
    {
      min: "0",
      exclusiveMin: true,
    },
  );

const SettlementRequest = z
  .strictObject({
    currency: CurrencySchema,
    declaredValue: moneyIn(
      "Customs-declared FOB value of the goods shipped to the warehouse, in the currency",
      "25500",
      {
        exclusiveMin: true,
      },
    ),
    salesProceeds: moneyIn(
      "What the marketplace or buyers paid abroad for those goods, in the currency",
      "89970",
    ),
    proceedsRemittances: remittances(
      "Inward remittances the proceeds arrive in, the same in both paths (absent = 1)",
    ),
    overseasCosts: z
      .array(
        z.strictObject({
          category: CategorySchema,
          amount: moneyIn("Cost in the currency", "15600"),
          remittances: remittances(
            "Outward remittances this cost is paid in when paid from China (absent = 1)",
          ),
          contracts: z.number().int().min(1).max(1000).optional().openapi({
            description:
              "Contracts those remittances pay, 1 to remittances (absent = 1): a contract paid in several remittances is filed once, before its first payment (国家税务总局 国家外汇管理局公告2021年第19号 第一条)",
            example: 1,
          }),
        }),
      )
      .max(200)
      .openapi({ description: "Costs incurred abroad for these sales" }),
    nettableCategories: z.array(CategorySchema).max(COST_CATEGORIES.length).optional().openapi({
      description: "Categories that may be netted (absent = the catalog's: warehousing, logistics, tax)",
    }),
    platformFeesNettable: z.boolean().optional().openapi({
      description:
        "Net platform commissions too (absent = catalog default false: unconfirmed, ask your bank)",
    }),
    fx: z.strictObject({
      mid: rate("Middle rate", "7.1000"),
      bid: rate("Bank buying rate (what converting proceeds gets)", "7.0858"),
      offer: rate("Bank selling rate (what buying currency for a cost costs)", "7.1142"),
      usdMid: rate(
        "CNY per USD middle rate, required when the currency is not USD: the USD 50,000 tax-filing threshold is tested on mid x amount / usdMid",
        "7.1000",
      ).optional(),
    }),
    fees: z.strictObject({ inward: FeeSchema, outward: FeeSchema }),
    deviationWarningRatio: rateIn(
      "Warn when |proceeds - declared| / declared exceeds this (absent = catalog default)",
      "0.30",
      { max: "100" },
    ).optional(),
    filingDelayDays: z.number().int().min(0).max(365).optional().openapi({
      description: "Days a tax filing holds up an outward payment (absent = catalog default)",
      example: 3,
    }),
    fundingRate: rateIn(
      "Annual CNY funding rate; when given, filing delays are also costed in CNY (ACT/365F)",
      "0.035",
    ).optional(),
    exportDate: IsoDateSchema.optional().openapi({
      description: "Export declaration date, to check receipt reports",
    }),
    receiptDate: IsoDateSchema.optional().openapi({ description: "Date the proceeds are received" }),
    advancedBy: z
      .strictObject({
        firm: z
          .string()
          .min(1)
          .max(100)
          .openapi({ description: "Logistics or platform firm advancing the costs" }),
        categories: z.array(CategorySchema).min(1).max(COST_CATEGORIES.length),
        feeRate: rateIn("Flat fee as a fraction of the advanced amount (or annualRate)", "0.005").optional(),
        annualRate: rateIn(
          "Interest per year on the advanced amount, ACT/365F (or feeRate)",
          "0.06",
        ).optional(),
        repaymentDays: z
          .number()
          .int()
          .min(0)
          .max(3650)
          .openapi({ description: "Days until repaid", example: 60 }),
      })
      .optional()
      .openapi({
        description: "A domestic firm paying overseas costs now, repaid from proceeds later (代垫)",
      }),
  })
  .openapi("SettlementRequest");

/** Preset 1 of the project notes (Guzhen LED lamps, Amazon US) for one quarter: 9,000 units. */
const exampleRequest = {
  currency: "USD",
  declaredValue: "76500",
  salesProceeds: "269910",
  proceedsRemittances: 6,
  overseasCosts: [
    { category: "warehousing", amount: "50400", remittances: 3 },
    { category: "logistics", amount: "60000" },
    { category: "tax", amount: "19125" },
    { category: "advertising", amount: "26991", remittances: 3 },
  ],
  fx: { mid: "7.1000", bid: "7.0858", offer: "7.1142" },
  fees: {
    inward: { rate: "0.001", min: "20", max: "200" },
    outward: { rate: "0.001", min: "50", max: "1000", fixed: "150" },
  },
  fundingRate: "0.035",
  exportDate: "2026-03-02",
  receiptDate: "2026-07-10",
};

const MoneyFx = z.string().openapi({ description: "Amount in the request's currency", example: "89970.00" });

const PathSchema = z
  .object({
    inward: z.object({
      amount: MoneyFx,
      remittances: z.number().int(),
      cny: MoneyOut.openapi({ description: "amount x bid, before fees" }),
      fxCost: MoneyOut,
      fees: MoneyOut,
    }),
    outward: z.object({
      amount: MoneyFx,
      remittances: z.number().int(),
      cny: MoneyOut.openapi({ description: "amount x offer, before fees" }),
      fxCost: MoneyOut,
      fees: MoneyOut,
    }),
    fxCost: MoneyOut.openapi({ description: "Loss against the middle rate, CNY" }),
    fees: MoneyOut,
    filings: z.array(
      z.object({
        cost: z.number().int().openapi({ description: "Index in overseasCosts" }),
        category: CategorySchema,
        remittanceAmount: MoneyFx,
        usdEquivalent: z.string(),
        contracts: z.number().int().openapi({ description: "Contracts the cost's remittances pay" }),
        count: z.number().int().openapi({
          description: "Filings: one per contract (2021年第19号), each before the contract's first payment",
        }),
      }),
    ),
    filingDelayDays: z.number().int(),
    filingFundingCost: MoneyOut.nullable().openapi({ description: "Only when fundingRate is given" }),
    totalCost: MoneyOut,
    netCny: MoneyOut.openapi({ description: "CNY left after converting, paying costs from China and fees" }),
  })
  .openapi("SettlementPath");

const SettlementResponse = z
  .object({
    currency: z.string(),
    nettableCategories: z.array(CategorySchema),
    nettedCosts: MoneyFx,
    notNettedCosts: MoneyFx,
    gross: PathSchema,
    netted: PathSchema,
    saving: z.object({
      cny: MoneyOut.openapi({
        description: "gross.totalCost - netted.totalCost, full precision then rounded",
      }),
      spread: MoneyOut.openapi({ description: "netted costs x (offer - bid)" }),
      fees: MoneyOut,
      filingFunding: MoneyOut.nullable(),
      days: z.number().int().openapi({ description: "Days of filing delay avoided" }),
    }),
    deviation: z.object({
      amount: MoneyFx,
      ratio: RateOut,
      permitted: z.literal(true),
      clause: z.string(),
      measure: z.string(),
      threshold: z.string(),
      warning: z.boolean(),
      receiptDays: z.number().int().nullable(),
      reportsOwed: z.array(
        z.object({
          key: z.enum(["restored-gross", "deferred-receipt", "advance-receipt"]),
          status: z.enum(["owed", "not-owed", "conditional"]),
          dueDate: z.string().optional(),
          zh: z.string(),
          en: z.string(),
        }),
      ),
    }),
    advance: z
      .object({
        firm: z.string(),
        categories: z.array(CategorySchema),
        amount: MoneyFx,
        amountCny: MoneyOut,
        cost: MoneyOut,
        basis: z.enum(["fee", "interest"]),
        annualizedRate: RateOut,
        repaymentDays: z.number().int(),
      })
      .nullable(),
    explain: ExplainSchema,
    ruleset: RulesetSchema,
  })
  .openapi("SettlementComparison");

const settlementRoute = createRoute({
  method: "post",
  path: "/v1/settlement/overseas-warehouse",
  operationId: "compareOverseasWarehouseSettlement",
  tags: ["settlement"],
  summary: "Overseas-warehouse netting settlement: gross versus netted cost, deviation and reports owed",
  description:
    "Compares repatriating all proceeds and paying every overseas cost from China (gross) with netting the nettable " +
    "costs abroad and repatriating the net (中府办函〔2024〕24号 第16条, 汇发〔2020〕11号). FX cost is the loss against the " +
    "middle rate; fees are per remittance; outward payments above USD 50,000 are flagged for tax filing.",
  request: { body: jsonBody(SettlementRequest, exampleRequest) },
  responses: {
    200: jsonOk(SettlementResponse, "The two paths, the saving and the deviation"),
    ...errorResponses("validation", "malformed-json", "unprocessable"),
  },
});

const PayoutRuleSchema = z
  .strictObject({
    reserveDaysAfterDelivery: z.number().int().min(0).max(365).openapi({ example: 7 }),
    cycleDays: z
      .number()
      .int()
      .min(1)
      .max(366)
      .openapi({ description: "Settlement every N days", example: 14 }),
    cycleAnchor: IsoDateSchema.openapi({ description: "One settlement day of the account" }),
    bankDays: z
      .number()
      .int()
      .min(0)
      .max(60)
      .openapi({ description: "Business days to the bank", example: 5 }),
    fallbackDaysAfterPickup: z.number().int().min(0).max(365).optional().openapi({ example: 45 }),
  })
  .openapi("PayoutRule");

const PresetSchema = z
  .object({
    id: z.string(),
    marketplace: z.string(),
    tier: z.string().optional(),
    name: z.object({ zh: z.string(), en: z.string() }),
    rule: PayoutRuleSchema,
    bankDaysRange: z.array(z.number().int()).optional(),
    since: z.string().optional(),
    provenance: z.enum(["document", "market-default", "unconfirmed"]),
    note: z.string(),
    sources: z.array(z.object({ title: z.string(), url: z.string().optional() })),
  })
  .openapi("PayoutRulePreset");

const payoutRulesRoute = createRoute({
  method: "get",
  path: "/v1/reference/payout-rules",
  operationId: "listPayoutRules",
  tags: ["settlement"],
  summary:
    "Marketplace payout rules (Amazon, TikTok Shop tiers, Temu) as presets of one generic rule, with sources",
  responses: {
    200: jsonOk(
      z.object({ note: z.string(), rules: z.array(PresetSchema), ruleset: RulesetSchema }),
      "The payout-rule presets",
    ),
  },
});

/** Keeps one schedule under ~20 ms of CPU (scripts/bench.ts measures it at the cap). */
export const MAX_DELIVERIES = 2000;

const PayoutScheduleRequest = z
  .strictObject({
    preset: z.string().max(100).optional().openapi({
      description: "A preset id from /v1/reference/payout-rules (or give rule)",
      example: "amazon-us",
    }),
    rule: PayoutRuleSchema.optional().openapi({ description: "A rule of your own (or give preset)" }),
    cycleAnchor: IsoDateSchema.optional().openapi({
      description: "Your account's settlement day, replacing the preset's placeholder anchor",
    }),
    bankDays: z
      .number()
      .int()
      .min(0)
      .max(60)
      .optional()
      .openapi({ description: "Replaces the preset's bank days" }),
    currency: CurrencySchema,
    deliveries: z
      .array(
        z.strictObject({
          date: IsoDateSchema.optional().openapi({ description: "Delivery (scan) date" }),
          pickupDate: IsoDateSchema.optional().openapi({
            description: "Pickup date, when there is no delivery scan",
          }),
          amount: moneyIn("Proceeds of the delivery, in the currency", "2999.00"),
        }),
      )
      .min(1)
      .max(MAX_DELIVERIES)
      .openapi({
        description: `1 to ${MAX_DELIVERIES} deliveries (the cap keeps one request cheap); deliveries on the same date may be given as one, summed`,
      }),
  })
  .superRefine((body, ctx) => {
    if ((body.preset === undefined) === (body.rule === undefined)) {
      addProblem(ctx, ["preset"], "give exactly one of preset or rule", "preset 与 rule 须且只能填一个");
    } else if (body.preset !== undefined && !payoutRulePreset(body.preset)) {
      addProblem(
        ctx,
        ["preset"],
        `no such preset; one of ${PAYOUT_RULE_PRESETS.map((p) => p.id).join(", ")}`,
        `没有该预设；可选 ${PAYOUT_RULE_PRESETS.map((p) => p.id).join("、")}`,
      );
    }
    if (body.rule && (body.cycleAnchor !== undefined || body.bankDays !== undefined)) {
      addProblem(
        ctx,
        ["rule"],
        "cycleAnchor and bankDays override a preset; put them inside rule instead",
        "cycleAnchor、bankDays 用于覆盖预设；自定义规则请写在 rule 内",
      );
    }
  })
  .openapi("PayoutScheduleRequest");

const payoutScheduleRoute = createRoute({
  method: "post",
  path: "/v1/settlement/payout-schedule",
  operationId: "payoutSchedule",
  tags: ["settlement"],
  summary: "Turns deliveries into dated marketplace payouts under a payout rule",
  request: {
    body: jsonBody(PayoutScheduleRequest, {
      preset: "amazon-us",
      cycleAnchor: "2026-03-12",
      currency: "USD",
      deliveries: [
        { date: "2026-03-02", amount: "2999.00" },
        { date: "2026-03-03", amount: "1499.50" },
        { date: "2026-03-20", amount: "4498.50" },
      ],
    }),
  },
  responses: {
    200: jsonOk(
      z
        .object({
          // A fresh object, not .extend(): extending the strict request schema documents an allOf of two
          // schemas that each forbid the other's fields, which no answer satisfies.
          rule: z
            .object({
              id: z
                .string()
                .openapi({ description: "The preset the rule came from, or custom", example: "amazon-us" }),
              ...PayoutRuleSchema.shape,
            })
            .openapi({ description: "The payout rule applied" }),
          currency: z.string(),
          deliveries: z.array(
            z.object({
              availableOn: z.string(),
              settledOn: z.string(),
              paidOn: z.string(),
              daysToCash: z.number().int(),
              amount: MoneyFx,
            }),
          ),
          payouts: z.array(z.object({ date: z.string(), amount: MoneyFx })),
          total: MoneyFx,
          averageDaysToCash: z.string().nullable(),
          explain: ExplainSchema,
          ruleset: RulesetSchema,
        })
        .openapi("PayoutSchedule"),
      "Dated payouts",
    ),
    ...errorResponses("validation", "malformed-json", "unprocessable"),
  },
});

export const settlementRoutes = [settlementRoute, payoutRulesRoute, payoutScheduleRoute];

export const settlementApi = new OpenAPIHono<AppEnv>()
  .openapi(settlementRoute, (c) => {
    const body = c.req.valid("json");
    const input: SettlementInput = {
      ...body,
      proceedsRemittances: body.proceedsRemittances ?? 1,
      overseasCosts: body.overseasCosts.map((cost) => ({ ...cost, remittances: cost.remittances ?? 1 })),
      fees: {
        inward: {
          ...body.fees.inward,
          min: body.fees.inward.min ?? ZERO,
          fixed: body.fees.inward.fixed ?? ZERO,
        },
        outward: {
          ...body.fees.outward,
          min: body.fees.outward.min ?? ZERO,
          fixed: body.fees.outward.fixed ?? ZERO,
        },
      },
    };
    const result = compareSettlement(input, SETTLEMENT_RULES);
    return c.json({ ...settlementReport(input, result, SETTLEMENT_RULES), ruleset: RULESET }, 200);
  })
  .openapi(payoutRulesRoute, (c) =>
    c.json({ note: PAYOUT_RULES_NOTE, rules: PAYOUT_RULE_PRESETS, ruleset: RULESET }, 200),
  )
  .openapi(payoutScheduleRoute, (c) => {
    const body = c.req.valid("json");
    const preset = body.preset === undefined ? undefined : payoutRulePreset(body.preset)!;
    const rule: PayoutRule = preset
      ? {
          ...preset.rule,
          cycleAnchor: body.cycleAnchor ?? preset.rule.cycleAnchor,
          bankDays: body.bankDays ?? preset.rule.bankDays,
        }
      : body.rule!;
    // The anchor only matters when settlement is not daily.
    const placeholder = preset !== undefined && body.cycleAnchor === undefined && rule.cycleDays > 1;
    const label = preset
      ? {
          id: preset.id,
          zh: `${preset.name.zh}${placeholder ? `（结算锚定日采用预设占位 ${rule.cycleAnchor}，请改为账户自己的结算日）` : ""}`,
          en: `${preset.name.en}${placeholder ? ` (settlement anchor: the preset's placeholder ${rule.cycleAnchor}; give your account's own)` : ""}`,
          source: preset.sources.map((s) => s.title).join("; "),
        }
      : { id: "custom", zh: "（自定义）", en: "(custom)" };
    const report = payoutScheduleReport(body.deliveries, rule, label);
    return c.json(
      { rule: { id: label.id, ...rule }, currency: body.currency, ...report, ruleset: RULESET },
      200,
    );
  });

import { z } from "@hono/zod-openapi";
import type { RulesetBehaviour } from "../domain/behaviour";
import {
  CUSTOMS_CODES,
  FINANCING_PRODUCTS,
  MEASURE_SWITCHES,
  type Scenario,
} from "../domain/cashflow/scenario";
import { moneyMarketDayCount } from "../domain/fx/forward";
import { FIRM_SIZES } from "../domain/fx/waiver";
import { WAIVER_READINGS } from "../domain/fx/waiverReadings";
import { programmesOf } from "../domain/grants/estimate";
import { COST_CATEGORIES } from "../domain/settlement/netting";
import { CASHFLOW_RULES } from "../policy/cashflow";
import { GRANT_RULES } from "../policy/grants";
import { FirmFactsSchema, firmFactsOf } from "./grant-facts-schema";
import { CurrencySchema, DayCountSchema, decimalIn, IsoDateSchema, moneyIn, rateIn } from "./schemas";
import { addProblem, msg, requireDayCountFor } from "./validation";

/** Caps that keep one request cheap: a projection is at most this big. */
export const SCENARIO_LIMITS = {
  horizonMonths: 60,
  productLines: 12,
  overseasCosts: 12,
  grants: 24,
  terms: 6,
};

/** The programmes a scenario's grant may name. */
export const GRANT_PROGRAMME_IDS = programmesOf(GRANT_RULES).map((p) => p.measure) as [string, ...string[]];

/** What a financing product's one-off fee is charged on. */
export const FEE_BASES = ["advance", "face"] as const;

const days = (description: string, example: number, max = 720) =>
  z.number().int().min(0).max(max).openapi({ description, example });

const TimingSchema = z
  .strictObject({
    supplierDepositShare: rateIn("Share of the supplier cost paid when the batch is ordered", "0.30"),
    supplierBalanceDays: days("Days after shipment the supplier balance is paid", 0),
    productionDays: days("Days from order to shipment (production or purchasing)", 25),
    transitDays: days("Days from shipment to arrival abroad", 35),
    checkInDays: days("Days from arrival to the first sale (warehouse check-in)", 7),
    sellThroughDays: days("Days over which a batch sells; 0 = sold on arrival (B2B delivery)", 60),
    refundDays: days("Days from filing a VAT refund claim to the money arriving", 20),
  })
  .openapi("Timing");

const OverseasCostSchema = z.strictObject({
  category: z
    .enum(COST_CATEGORIES)
    .openapi({ description: "Cost category (decides whether it may be netted)" }),
  perUnit: moneyIn("Cost per unit sold, in the line's currency", "5.20").prefault("0"),
  shareOfSales: rateIn("Cost as a share of sales", "0.15").prefault("0"),
  contracts: z.number().int().min(1).max(120).optional().openapi({
    description:
      "Contracts the cost is paid under over the horizon, one after another, at most the months it is paid in (absent: one). Each is filed once, before its first payment above USD 50,000 (国家税务总局 国家外汇管理局公告2021年第19号). From ruleset 2026.12.1",
    example: 1,
  }),
});

const ProductLineSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .max(80)
      .openapi({ description: "The product line's name, as the report shows it", example: "LED desk lamp" }),
    hsCode: z
      .string()
      .regex(/^\d{4,10}$/, { error: msg("hs-code") })
      .openapi({
        description: "HS code (4 to 10 digits); decides the VAT and refund rates",
        example: "940520",
      }),
    customsCode: z.enum(CUSTOMS_CODES).openapi({
      description:
        "Customs supervision mode: 0110 general trade, 9610 CBEC retail, 9710 B2B direct, 9810 overseas warehouse, 1039 market procurement",
      example: "9810",
    }),
    market: z.string().min(2).max(40).openapi({ description: "Destination market", example: "US" }),
    currency: CurrencySchema,
    monthlyUnits: z
      .union([
        z.number().int().min(0).max(10_000_000),
        z.array(z.number().int().min(0).max(10_000_000)).min(1).max(60),
      ])
      .openapi({
        description: "Units shipped per month: one number for every month, or one per month",
        example: 3000,
      }),
    unitCost: moneyIn("Purchase or production cost per unit in CNY, excluding VAT", "38"),
    purchaseInvoice: z.enum(["special", "ordinary", "none"]).openapi({
      description: "How the cost is invoiced: special VAT invoice (专票), ordinary (普票), none (无票)",
      example: "special",
    }),
    invoiceVatRate: rateIn("VAT rate on the supplier's invoice (0 when none)", "0.13"),
    declaredUnitValue: moneyIn("Customs FOB value per unit, in the line's currency", "8.50"),
    sellingPrice: moneyIn(
      "What the buyer or marketplace customer pays per unit, in the line's currency",
      "29.99",
    ),
    returnsRate: rateIn("Share of units returned and refunded", "0.04").prefault("0"),
    freightPerUnit: moneyIn("First-mile freight per unit in CNY, paid at shipment", "4.26").prefault("0"),
    overseasCosts: z.array(OverseasCostSchema).max(SCENARIO_LIMITS.overseasCosts).default([]).openapi({
      description:
        "Costs incurred abroad as units sell (fulfilment, storage, commission, advertising, duty): netted against proceeds when `measures.netting` is on, else bought and wired out",
    }),
    sales: z
      .discriminatedUnion("channel", [
        z.strictObject({
          channel: z
            .literal("marketplace")
            .openapi({ description: "Sold through a marketplace that pays out" }),
          payoutRule: z.string().min(1).max(60).openapi({
            description: "Payout rule id (GET /v1/reference/payout-rules)",
            example: "amazon-us",
          }),
        }),
        z.strictObject({
          channel: z.literal("b2b").openapi({ description: "Sold to a business buyer on payment terms" }),
          terms: z
            .array(
              z.strictObject({
                share: rateIn("Share of the invoice", "1"),
                daysAfterShipment: z
                  .number()
                  .int()
                  .min(-365)
                  .max(365)
                  .openapi({ description: "Days from shipment (negative = before)", example: 60 }),
              }),
            )
            .min(1)
            .max(SCENARIO_LIMITS.terms)
            .openapi({ description: "When the buyer pays: shares of the invoice that add up to 1" }),
        }),
      ])
      .openapi({ description: "How the money comes back: a marketplace payout rule or B2B payment terms" }),
    timing: TimingSchema.optional().openapi({
      description: "This line's own timing, when it differs from the scenario's",
    }),
    vatRate: rateIn("VAT rate; default from the dated refund-rate table by HS code", "0.13").optional(),
    refundRate: rateIn(
      "Export refund rate; default from the dated refund-rate table by HS code",
      "0.13",
    ).optional(),
  })
  .superRefine((line, ctx) => {
    if (line.sales.channel === "b2b") {
      const total = line.sales.terms.reduce(
        (s, t) => s.plus(t.share),
        line.sales.terms[0].share.minus(line.sales.terms[0].share),
      );
      if (!total.eq(1)) {
        addProblem(
          ctx,
          ["sales", "terms"],
          `payment term shares must add up to 1 (they add up to ${total.toString()})`,
          `付款条件的比例之和须为 1（现为 ${total.toString()}）`,
        );
      }
    }
    if (line.purchaseInvoice === "none" && !line.invoiceVatRate.isZero()) {
      addProblem(
        ctx,
        ["invoiceVatRate"],
        "a purchase without an invoice carries no invoice VAT rate: set it to 0",
        "无票采购没有发票税率，请填 0",
      );
    }
  });

const FeeSchema = z.strictObject({
  rate: rateIn("Fee as a share of the remitted amount", "0.001"),
  min: moneyIn("Minimum fee, CNY", "20"),
  max: moneyIn("Maximum fee, CNY", "200"),
  fixed: moneyIn("Fixed fee per remittance (cable), CNY", "0"),
});

export const ScenarioSchema = z
  .strictObject({
    horizonMonths: z.number().int().min(1).max(SCENARIO_LIMITS.horizonMonths).openapi({
      description: "Months projected, from `startDate`; batches are shipped in every month",
      example: 12,
    }),
    startDate: IsoDateSchema.openapi({ description: "First day of the first month", example: "2026-01-01" }),
    openingCash: moneyIn("Cash at the start, CNY", "2000000"),
    minimumCash: moneyIn("Cash the business keeps at least; financing covers any gap, CNY", "300000"),
    company: z
      .strictObject({
        kind: z.enum(["manufacturer", "trader"]).openapi({ description: "生产企业 or 外贸企业" }),
        vatPayer: z.enum(["general", "small_scale"]).openapi({ description: "一般纳税人 or 小规模纳税人" }),
        pilotZone: z
          .strictObject({
            registered: z
              .boolean()
              .openapi({ description: "Registered in a CBEC comprehensive pilot zone (综试区)" }),
            platformRecorded: z
              .boolean()
              .openapi({ description: "Exports recorded on the zone's online platform" }),
            zoneCustoms: z
              .boolean()
              .openapi({ description: "Declared as e-commerce exports through the zone city's customs" }),
          })
          .openapi({ description: "The facts of 财税〔2018〕103号 that decide the no-invoice exemption" }),
        employees: z.number().int().min(0).max(1_000_000).openapi({
          description: "Headcount (small low-profit enterprise test: at most 300)",
          example: 120,
        }),
        totalAssets: moneyIn("Total assets, CNY (small low-profit test)", "30000000"),
        size: z.enum(FIRM_SIZES).openapi({
          description: "Enterprise size class (the option-fee waiver is for small and micro firms)",
        }),
        firstTimeHedger: z
          .boolean()
          .openapi({ description: "Has never traded an FX derivative with its bank" }),
        waiverReading: z.enum(WAIVER_READINGS).optional().openapi({
          description:
            "The reading of the first-option waiver to apply: handling-fee (default; 减免其买入期权的办理费用 read as the bank's handling fee, an assumption) or premium (the words 减免期权费: the premium waived). From ruleset 2026.12.1",
        }),
        waiverConfirmedByBank: z.boolean().optional().openapi({
          description:
            "Your bank confirmed its first-option fee waiver still runs. The documents (中商务电函〔2023〕10号, 11号) report it for 2023 only; without this, months after 2023 assume it (from ruleset 2026.12.1)",
        }),
      })
      .openapi({ description: "The exporter: the facts that decide its VAT regime, income tax and waivers" }),
    productLines: z
      .array(ProductLineSchema)
      .min(1)
      .max(SCENARIO_LIMITS.productLines)
      .openapi({ description: "What the business exports: one batch per line per month" }),
    timing: TimingSchema.openapi({
      description: "The production-to-cash timing of every line without its own",
    }),
    fx: z
      .strictObject({
        rates: z
          .array(
            z.strictObject({
              currency: CurrencySchema,
              spot: decimalIn("Middle rate, CNY per unit", "7.1000", {
                min: "0",
                exclusiveMin: true,
                max: "1000",
              }),
              foreignRate: rateIn("The currency's money-market rate, on `dayCount`", "0.043", {
                min: "-0.05",
                max: "0.5",
              }),
              dayCount: DayCountSchema.optional().openapi({
                description:
                  "Day count of foreignRate; default the currency's money-market convention (ACT/360 for USD, EUR, JPY, CHF; ACT/365F for GBP, HKD, SGD, AUD ...); required for a currency outside that table",
              }),
              vol: rateIn("Annual volatility", "0.05", { max: "2" }),
            }),
          )
          .min(1)
          .max(8)
          .openapi({ description: "One rate set per currency the lines sell in" }),
        domesticRate: rateIn("CNY money-market rate (ACT/365F)", "0.015", { min: "-0.05", max: "0.5" }),
        bidSpread: rateIn("Bank buying rate below the middle rate, as a fraction", "0.0015", { max: "0.1" }),
        offerSpread: rateIn("Bank selling rate above the middle rate, as a fraction", "0.0015", {
          max: "0.1",
        }),
        inwardFee: FeeSchema.openapi({
          description: "Bank fee per inward remittance (each payout or payment)",
        }),
        outwardFee: FeeSchema.openapi({
          description: "Bank fee per outward remittance (each overseas cost paid gross)",
        }),
        hedge: z
          .strictObject({
            strategy: z.enum(["none", "forward", "put"]).openapi({
              description:
                "How receipts are hedged: none (sold at spot), forward (sold forward at covered interest parity), put (a bought put at `strikeRatio` of spot)",
            }),
            ratio: rateIn("Share of each receipt hedged", "1"),
            strikeRatio: decimalIn("Put strike as a fraction of the spot", "0.98", {
              min: "0.5",
              max: "1.5",
            }),
            handlingFeeRate: rateIn("Bank handling fee of an option, fraction of the CNY notional", "0.001", {
              max: "0.05",
            }),
          })
          .openapi({ description: "The hedge applied to each receipt" }),
      })
      .openapi({ description: "Exchange rates, bank spreads and fees, and the hedge" }),
    financing: z
      .strictObject({
        workingCapitalRate: rateIn("Working-capital loan rate (1-year LPR 3.00% plus spread)", "0.035", {
          max: "0.36",
        }),
        dayCount: DayCountSchema,
        products: z
          .array(
            z.strictObject({
              product: z.enum(FINANCING_PRODUCTS).openapi({
                description:
                  "Supply-chain product, lent against what it finances (receivables, orders, refunds, payouts)",
              }),
              annualRate: rateIn("Annual rate", "0.032", { max: "0.36" }),
              advanceRate: rateIn("Share of the receivable lent", "0.8"),
              feeRate: rateIn("One-off fee, a fraction of its fee base, paid out of each draw", "0", {
                max: "0.1",
              }),
              feeBase: z.enum(FEE_BASES).optional().openapi({
                description:
                  "What the fee is charged on: the amount drawn (advance) or the receivable, order, refund or payouts it is lent against (face = advance / advanceRate). Default as POST /v1/financing/quote: face for factoring, advance for the others. Read from ruleset 2026.12.1 on (earlier versions charge every fee on the amount drawn and refuse this field)",
              }),
            }),
          )
          .max(FINANCING_PRODUCTS.length)
          .openapi({
            description:
              "Supply-chain products on offer, drawn cheapest first before the loan when `measures.supplyChainFinance` is on",
          }),
      })
      .openapi({ description: "How a shortfall below the minimum cash is financed" }),
    grants: z
      .array(
        z.union([
          z.strictObject({
            name: z.string().min(1).max(80).openapi({ description: "What the grant is for" }),
            amount: moneyIn("Grant, CNY", "4000"),
            date: IsoDateSchema,
            measure: z.string().max(100).optional().openapi({ description: "Catalog measure id" }),
          }),
          z
            .strictObject({
              programme: z.enum(GRANT_PROGRAMME_IDS).openapi({
                description:
                  "A grant programme (catalog measure id): the engine estimates its awards from grantFacts",
                example: "zh-live-commerce-fund",
              }),
              date: IsoDateSchema.optional().openapi({
                description:
                  "Payment date, when known (absent: the award's own date, or the last day of its payable year)",
              }),
            })
            .openapi({ description: "A programme to estimate (ruleset 2026.12.1 on)" }),
        ]),
      )
      .max(SCENARIO_LIMITS.grants)
      .default([])
      .openapi({
        description:
          "Subsidies and rewards: an amount on a date, or (ruleset 2026.12.1 on) a programme whose awards the engine estimates from grantFacts",
      }),
    grantFacts: FirmFactsSchema.optional(),
    measures: z
      .strictObject(
        Object.fromEntries(
          MEASURE_SWITCHES.map((s) => [
            s,
            z.boolean().openapi({
              description: `${CASHFLOW_RULES.cite[s].title.en} (${CASHFLOW_RULES.cite[s].title.zh}): ${CASHFLOW_RULES.cite[s].source}; catalog measure ${CASHFLOW_RULES.cite[s].measure}`,
            }),
          ]),
        ) as Record<(typeof MEASURE_SWITCHES)[number], z.ZodBoolean>,
      )
      .openapi({ description: "One switch per measure (see /v1/measures, field `switch`)" }),
  })
  .superRefine((s, ctx) => {
    if (s.grants.some((g) => "programme" in g) && s.grantFacts === undefined) {
      addProblem(
        ctx,
        ["grantFacts"],
        "give the firm's facts (city and what the named programmes test) for the grants that name a programme",
        "按政策项目估算补贴时，请填写企业情况（所在城市及各项目需要的信息）",
      );
    }
    s.fx.rates.forEach((rate, i) => {
      if (rate.dayCount === undefined && moneyMarketDayCount(rate.currency) === undefined) {
        requireDayCountFor(ctx, ["fx", "rates", i, "dayCount"], rate.currency);
      }
    });
    const currencies = new Set(s.fx.rates.map((r) => r.currency));
    s.productLines.forEach((line, i) => {
      if (!currencies.has(line.currency)) {
        addProblem(
          ctx,
          ["productLines", i, "currency"],
          `no exchange rate for ${line.currency} in fx.rates`,
          `fx.rates 中没有 ${line.currency} 的汇率`,
        );
      }
      if (Array.isArray(line.monthlyUnits) && line.monthlyUnits.length !== s.horizonMonths) {
        addProblem(
          ctx,
          ["productLines", i, "monthlyUnits"],
          `give one figure for every month or exactly ${s.horizonMonths} (one per month)`,
          `请填一个数（每月相同）或恰好 ${s.horizonMonths} 个数（每月一个）`,
        );
      }
    });
  })
  .openapi("Scenario");

export type ScenarioInput = z.output<typeof ScenarioSchema>;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

/**
 * The scenario as 2026.11.0 read it: its contract stated foreignRate on ACT/360 and had no dayCount
 * field, so naming one is an unknown field and every rate, of any currency, is read on ACT/360.
 */
const ScenarioSchemaOnAct360 = z.preprocess((input, ctx) => {
  if (!isObject(input) || !isObject(input.fx) || !Array.isArray(input.fx.rates)) return input;
  const rates: unknown[] = input.fx.rates;
  rates.forEach((rate, i) => {
    if (isObject(rate) && "dayCount" in rate) {
      ctx.addIssue({ code: "unrecognized_keys", keys: ["dayCount"], path: ["fx", "rates", i], input: rate });
    }
  });
  const onAct360 = rates.map((rate) => (isObject(rate) ? { ...rate, dayCount: "ACT/360" } : rate));
  return { ...input, fx: { ...input.fx, rates: onAct360 } };
}, ScenarioSchema);

/**
 * Before 2026.12.1 a grant was an amount on a date: a grant naming a programme, and the firm's facts
 * for it, are unknown fields there.
 */
function withoutProgrammeGrants<T extends z.ZodType>(schema: T) {
  return z.preprocess((input, ctx) => {
    if (!isObject(input)) return input;
    if ("grantFacts" in input)
      ctx.addIssue({ code: "unrecognized_keys", keys: ["grantFacts"], path: [], input });
    if (Array.isArray(input.grants)) {
      input.grants.forEach((grant: unknown, i: number) => {
        if (isObject(grant) && "programme" in grant) {
          ctx.addIssue({ code: "unrecognized_keys", keys: ["programme"], path: ["grants", i], input: grant });
        }
      });
    }
    return input;
  }, schema);
}

const ScenarioSchemaWithoutProgrammes = withoutProgrammeGrants(ScenarioSchema);
const ScenarioSchemaOnAct360WithoutProgrammes = withoutProgrammeGrants(ScenarioSchemaOnAct360);

/**
 * The scenario schema of a ruleset version's behaviour: a saved scenario is read back the way the
 * version it was saved under read it (what it accepted then, it accepts now).
 */
export function scenarioSchemaUnder(behaviour: RulesetBehaviour) {
  if (behaviour.foreignRateDayCount === "ACT/360") {
    return withoutContracts(withoutWaiverConfirmation(ScenarioSchemaOnAct360WithoutProgrammes));
  }
  const schema = behaviour.programmeGrants ? ScenarioSchema : ScenarioSchemaWithoutProgrammes;
  const dated = behaviour.measureValiditySteps ? schema : withoutWaiverConfirmation(schema);
  return behaviour.outwardPaymentFilings ? dated : withoutContracts(dated);
}

/** Versions before 2026.12.1 counted no filings: an overseas cost's contracts is an unknown field there. */
function withoutContracts<T extends z.ZodType>(schema: T) {
  return z.preprocess((input, ctx) => {
    if (!isObject(input) || !Array.isArray(input.productLines)) return input;
    input.productLines.forEach((line: unknown, i: number) => {
      if (!isObject(line) || !Array.isArray(line.overseasCosts)) return;
      line.overseasCosts.forEach((cost: unknown, j: number) => {
        if (isObject(cost) && "contracts" in cost) {
          const path = ["productLines", i, "overseasCosts", j];
          ctx.addIssue({ code: "unrecognized_keys", keys: ["contracts"], path, input: cost });
        }
      });
    });
    return input;
  }, schema);
}

/** Versions before 2026.12.1 had no company.waiverConfirmedByBank or waiverReading: naming one is an unknown field. */
function withoutWaiverConfirmation<T extends z.ZodType>(schema: T) {
  return z.preprocess((input, ctx) => {
    if (!isObject(input) || !isObject(input.company)) return input;
    const company = input.company;
    const keys = ["waiverConfirmedByBank", "waiverReading"].filter((k) => k in company);
    if (keys.length > 0) {
      ctx.addIssue({ code: "unrecognized_keys", keys, path: ["company"], input: company });
    }
    return input;
  }, schema);
}

/** The validated request as the domain's Scenario (units spread to one figure per month). */
export function toScenario(input: ScenarioInput): Scenario {
  const { grantFacts, ...rest } = input;
  type Item = ScenarioInput["grants"][number];
  const named = (g: Item): g is Extract<Item, { programme: string }> => "programme" in g;
  const programmeGrants = input.grants.filter(named);
  return {
    ...rest,
    grants: input.grants.filter((g): g is Exclude<Item, { programme: string }> => !named(g)),
    ...(programmeGrants.length > 0 ? { programmeGrants } : {}),
    ...(grantFacts ? { grantFacts: firmFactsOf(grantFacts) } : {}),
    fx: {
      ...input.fx,
      // the schema has refused a currency outside the table without its day count
      rates: input.fx.rates.map((r) => ({ ...r, dayCount: r.dayCount ?? moneyMarketDayCount(r.currency)! })),
    },
    productLines: input.productLines.map((line) => ({
      ...line,
      monthlyUnits: Array.isArray(line.monthlyUnits)
        ? line.monthlyUnits
        : new Array<number>(input.horizonMonths).fill(line.monthlyUnits),
    })),
  };
}

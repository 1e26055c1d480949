/* POST /v1/fx/hedge-compare: unhedged, forward, bought put and zero-cost collar side by side. */

import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { ExplainStep } from "../../domain/explain";
import {
  compareHedges,
  HEDGE_LIMITS,
  type HedgeCompareInput,
  type ReceiptTerms,
  STRATEGIES,
  type StrategyResult,
} from "../../domain/fx/hedge";
import { Decimal, fen, fixed, fromFloat } from "../../domain/money";
import { RULESET } from "../../policy/catalog";
import { DEFAULT_FORWARD_MARGIN_RATE, DEFAULT_WAIVERS, hedgeRules } from "../../policy/fx";
import type { AppEnv } from "../env";
import { errorResponses } from "../problem";
import {
  DayCountSchema,
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
} from "../schemas";
import {
  ChargesSchema,
  chargesOut,
  dayCountDefault,
  decisionOut,
  FeesSchema,
  FirmSchema,
  ForeignCurrencySchema,
  feeTerms,
  refineForeignCurrency,
  spotIn,
  volIn,
  WaiverConfirmedSchema,
  WaiverDecisionSchema,
  WaiverPeriodSchema,
  WaiverReadingSchema,
  WaiversSchema,
  waiverPeriod,
} from "./shared";

const DEFAULT_SHOCKS = ["-0.1", "-0.05", "0", "0.05", "0.1"];
const DEFAULT_PATHS = 2000;
const DEFAULT_SEED = 20260501;

const HedgeCompareRequest = z
  .strictObject({
    valuationDate: IsoDateSchema,
    foreignCurrency: ForeignCurrencySchema,
    spot: spotIn(),
    domesticRate: rateIn("CNY money-market rate (simple, annual)", "0.015", { min: "-0.1" }),
    foreignRate: rateIn("Foreign-currency (default USD) money-market rate (simple, annual)", "0.043", {
      min: "-0.1",
    }),
    domesticDayCount: DayCountSchema.optional().openapi({ description: "Default ACT/365F" }),
    foreignDayCount: DayCountSchema.optional().openapi({
      description: "Default the currency's money-market convention (USD ACT/360, GBP ACT/365F)",
    }),
    vol: volIn(),
    receipts: z
      .array(
        z.strictObject({
          date: IsoDateSchema,
          amount: moneyIn("USD expected on that date", "50000", { min: "0", exclusiveMin: true }),
        }),
      )
      .min(1)
      .max(HEDGE_LIMITS.maxReceipts)
      .openapi({ description: `Expected USD receipts, 1 to ${HEDGE_LIMITS.maxReceipts}` }),
    strategies: z
      .strictObject({
        hedgeRatio: rateIn(
          "Share of each receipt hedged (forward, put and collar); default 1",
          "1",
        ).optional(),
        putStrike: decimalIn("Strike of the bought USD put, CNY per USD", "7.0000", {
          min: "0",
          exclusiveMin: true,
          max: "1000",
        }),
        collarPutStrike: decimalIn("Put strike of the zero-cost collar; default putStrike", "6.9500", {
          min: "0",
          exclusiveMin: true,
          max: "1000",
        }).optional(),
      })
      .openapi({ description: "The hedges to compare with staying unhedged" }),
    shocks: z
      .array(decimalIn("Relative move of the spot", "-0.05", { min: "-0.9", max: "2" }))
      .min(1)
      .max(HEDGE_LIMITS.maxShocks)
      .optional()
      .openapi({ description: `Spot shocks; default [${DEFAULT_SHOCKS.join(", ")}]` }),
    monteCarlo: z
      .strictObject({
        paths: z
          .number()
          .int()
          .min(100)
          .max(HEDGE_LIMITS.maxPaths)
          .optional()
          .openapi({
            description: `Default ${DEFAULT_PATHS}; paths x receipts at most ${HEDGE_LIMITS.maxPathReceipts}`,
          }),
        seed: z
          .number()
          .int()
          .min(0)
          .max(2 ** 31 - 1)
          .optional()
          .openapi({ description: `Default ${DEFAULT_SEED}` }),
      })
      .optional()
      .openapi({
        description: "The seeded Monte Carlo of the spot (geometric Brownian motion); defaults when absent",
      }),
    firm: FirmSchema,
    // A fresh strict object, not .extend(): extending the named FxFees documents an allOf of two
    // schemas that each forbid the other's fields, which no request satisfies.
    fees: z
      .strictObject({
        ...FeesSchema.shape,
        forwardMarginRate: rateIn("Margin on a forward as a fraction of the CNY notional", "0.05").optional(),
      })
      .optional()
      .openapi({
        description:
          "The bank's handling fee terms and the forward's margin; each missing one takes the catalog's market default (listed in the answer)",
      }),
    waivers: WaiversSchema.optional(),
    waiverReading: WaiverReadingSchema.optional(),
    waiverConfirmedByBank: WaiverConfirmedSchema.optional(),
  })
  .superRefine(refineForeignCurrency)
  .openapi("FxHedgeCompareRequest");

const DistributionSchema = z
  .object({ mean: MoneyOut, p5: MoneyOut, p50: MoneyOut, p95: MoneyOut, worst: MoneyOut })
  .openapi("FxDistribution", {
    description: "CNY received over the Monte Carlo paths, net of costs after waiver",
  });

const StrategySchema = z
  .object({
    id: z.enum(STRATEGIES).openapi({ description: "The strategy compared" }),
    hedgeCost: z
      .object({
        withoutWaiver: ChargesSchema,
        withWaiver: ChargesSchema,
        waiver: z
          .array(WaiverDecisionSchema)
          .openapi({ description: "Every waiver rule of the catalog, and whether it applied" }),
      })
      .openapi({ description: "What the hedge costs, before and after the first-option waiver" }),
    protectedFloor: MoneyOut.nullable().openapi({ description: "CNY received however low the rate goes" }),
    protectedFloorRate: RateOut.nullable().openapi({
      description: "protectedFloor per USD received, 4 decimals",
    }),
    breakevenRate: z
      .string()
      .nullable()
      .openapi({ description: "Highest flat rate at which this still does at least as well as unhedged" }),
    shocks: z
      .array(
        z.object({
          shock: z.string().openapi({ description: "Relative move of the spot at every receipt" }),
          rate: z.string().openapi({ description: "The shocked spot, CNY per unit of the foreign currency" }),
          cnyReceived: MoneyOut,
        }),
      )
      .openapi({ description: "CNY received under each deterministic spot shock" }),
    monteCarlo: DistributionSchema,
  })
  .openapi("FxHedgeStrategy");

const HedgeCompareResponse = z
  .object({
    foreignCurrency: z.string().openapi({ description: "The receipts' currency (ISO 4217)", example: "USD" }),
    domesticDayCount: DayCountSchema,
    foreignDayCount: DayCountSchema,
    receipts: z
      .array(
        z.object({
          date: z.string().openapi({ description: "Date of the receipt" }),
          amount: z.string().openapi({ description: "Amount expected, in the foreign currency" }),
          days: z.number().int().openapi({ description: "Days from the valuation date to the receipt" }),
          forward: z
            .string()
            .openapi({ description: "Outright forward to that date, CNY per unit, 4 decimals" }),
          putPremiumPerUnit: z.string().openapi({ description: "Premium of the bought put, CNY per unit" }),
          collarCallStrike: z.string().openapi({
            description: "Strike of the sold call that makes the collar cost nothing, 4 decimals",
          }),
          collarNetPremiumPerUnit: z.string().openapi({
            description: "What is left of the collar's premium after rounding its call strike, CNY per unit",
          }),
        }),
      )
      .openapi({ description: "Each receipt with the rates the strategies use" }),
    strategies: z
      .array(StrategySchema)
      .openapi({ description: "Unhedged, forward, put and collar, side by side" }),
    waiverPeriod: WaiverPeriodSchema.optional().openapi({
      description:
        "When the first-option waiver is evaluated: whether it is reported for the valuation date (2023) or assumed (continuation unconfirmed) unless waiverConfirmedByBank",
    }),
    monteCarlo: z
      .object({
        paths: z.number().int().openapi({ description: "Paths simulated" }),
        seed: z.number().int().openapi({ description: "Seed: the same seed gives the same figures" }),
        generator: z.string().openapi({ description: "The pseudo-random generator used" }),
      })
      .openapi({ description: "How the Monte Carlo was run" }),
    explain: ExplainSchema,
    ruleset: RulesetSchema,
  })
  .openapi("FxHedgeCompareResponse");

export const hedgeCompareRoute = createRoute({
  method: "post",
  path: "/v1/fx/hedge-compare",
  operationId: "fxHedgeCompare",
  tags: ["fx"],
  summary: "Compare unhedged, forward, bought put and zero-cost collar over expected USD receipts",
  description:
    "Deterministic spot shocks and a seeded Monte Carlo (geometric Brownian motion). Per strategy: CNY received (mean, p5, p50, p95, worst), hedge cost with and without the first-option waiver, protected floor, breakeven. The same seed gives byte-identical output.",
  request: {
    body: jsonBody(HedgeCompareRequest, {
      valuationDate: "2026-05-04",
      spot: "7.1000",
      domesticRate: "0.015",
      foreignRate: "0.043",
      vol: "0.05",
      receipts: [
        { date: "2026-06-30", amount: "50000" },
        { date: "2026-08-31", amount: "80000" },
        { date: "2026-10-30", amount: "60000" },
      ],
      strategies: { hedgeRatio: "0.8", putStrike: "6.9500" },
      monteCarlo: { paths: 2000, seed: 42 },
      firm: { size: "small", firstDerivativeWithBank: true },
    }),
  },
  responses: {
    200: jsonOk(HedgeCompareResponse, "The comparison"),
    ...errorResponses("validation", "malformed-json", "unprocessable"),
  },
});

export const hedgeCompareHandler: RouteHandler<typeof hedgeCompareRoute, AppEnv> = (c) => {
  const b = c.req.valid("json");
  const steps: ExplainStep[] = [];
  const input = hedgeCompareInput(b, steps);
  const waivers = b.waivers ?? [...DEFAULT_WAIVERS];
  const result = compareHedges(input, hedgeRules(waivers, b.waiverReading));
  const period = waiverPeriod(waivers, b.valuationDate, b.waiverConfirmedByBank ?? false);
  return c.json(
    {
      foreignCurrency: input.foreignCurrency,
      domesticDayCount: input.dcDomestic,
      foreignDayCount: input.dcForeign,
      receipts: result.receipts.map(receiptOut),
      strategies: result.strategies.map(strategyOut),
      ...(period ? { waiverPeriod: period.out } : {}),
      monteCarlo: { ...input.monteCarlo, generator: "xoroshiro128plus (pure-rand) + Box-Muller" },
      explain: [...steps, ...result.explain, ...(period ? [period.step] : [])],
      ruleset: RULESET,
    },
    200,
  );
};

type HedgeCompareBody = z.infer<typeof HedgeCompareRequest>;

/**
 * The comparison's input with every default filled in; the day-count defaults and then one step
 * listing the other defaults are appended to `steps`, so that none is silent.
 */
function hedgeCompareInput(b: HedgeCompareBody, steps: ExplainStep[]): HedgeCompareInput {
  const currency = b.foreignCurrency ?? "USD";
  const dcDomestic = dayCountDefault(b.domesticDayCount, "CNY", "domesticDayCount", steps);
  const dcForeign = dayCountDefault(b.foreignDayCount, currency, "foreignDayCount", steps);
  const { terms, defaulted } = feeTerms(b.fees);
  if (!b.fees?.forwardMarginRate) defaulted.push("forwardMarginRate");
  const applied = appliedDefaults(b, defaulted);
  if (applied.length > 0) {
    steps.push({
      key: "defaults",
      zh: `未填写的输入采用默认值：${applied.join("；")}`,
      en: `Inputs not given take defaults: ${applied.join("; ")}`,
      value: String(applied.length),
    });
  }
  return {
    valuationDate: b.valuationDate,
    foreignCurrency: currency,
    spot: b.spot,
    domesticRate: b.domesticRate,
    foreignRate: b.foreignRate,
    dcDomestic,
    dcForeign,
    vol: b.vol.toNumber(),
    receipts: b.receipts,
    hedgeRatio: b.strategies.hedgeRatio ?? new Decimal(1),
    putStrike: b.strategies.putStrike,
    collarPutStrike: b.strategies.collarPutStrike ?? b.strategies.putStrike,
    shocks: b.shocks ?? DEFAULT_SHOCKS.map((s) => new Decimal(s)),
    monteCarlo: { paths: b.monteCarlo?.paths ?? DEFAULT_PATHS, seed: b.monteCarlo?.seed ?? DEFAULT_SEED },
    firm: b.firm,
    handlingFee: terms,
    forwardMarginRate: b.fees?.forwardMarginRate ?? DEFAULT_FORWARD_MARGIN_RATE,
  };
}

/** The defaults the request relied on, in words, the catalog's fee defaults (`defaulted`) last. */
function appliedDefaults(b: HedgeCompareBody, defaulted: readonly string[]): string[] {
  const applied: string[] = [];
  if (!b.strategies.hedgeRatio) applied.push("hedgeRatio = 1");
  if (!b.strategies.collarPutStrike) applied.push(`collarPutStrike = putStrike (${b.strategies.putStrike})`);
  if (!b.shocks) applied.push(`shocks = [${DEFAULT_SHOCKS.join(", ")}]`);
  if (b.monteCarlo?.paths === undefined) applied.push(`paths = ${DEFAULT_PATHS}`);
  if (b.monteCarlo?.seed === undefined) applied.push(`seed = ${DEFAULT_SEED}`);
  if (!b.waivers) applied.push(`waivers = [${DEFAULT_WAIVERS.join(", ")}]`);
  for (const name of defaulted) applied.push(`${name}: catalog market default`);
  return applied;
}

function receiptOut(t: ReceiptTerms) {
  return {
    date: t.date,
    amount: fen(t.amount),
    days: t.days,
    forward: fixed(t.forward, 4),
    putPremiumPerUnit: fixed(t.putPremiumPerUnit, 8),
    collarCallStrike: fixed(t.collarCallStrike, 4),
    collarNetPremiumPerUnit: fixed(t.collarNetPremiumPerUnit, 8),
  };
}

/** A strategy's costs, floor and outcomes; the simulated CNY, computed in floats, rounded to the fen here. */
function strategyOut(s: StrategyResult) {
  const money = (x: number) => fromFloat(x, 2);
  return {
    id: s.id,
    hedgeCost: {
      withoutWaiver: chargesOut(s.costBefore),
      withWaiver: chargesOut(s.costAfter),
      waiver: s.waiver.map(decisionOut),
    },
    protectedFloor: s.floor === null ? null : fen(s.floor),
    protectedFloorRate: s.floorRate === null ? null : fixed(s.floorRate, 4),
    breakevenRate: s.breakevenRate === null ? null : fromFloat(s.breakevenRate, 4),
    shocks: s.shocks.map((x) => ({
      shock: x.shock.toString(),
      rate: fixed(x.rate, 4),
      cnyReceived: fen(x.cny),
    })),
    monteCarlo: {
      mean: money(s.monteCarlo.mean),
      p5: money(s.monteCarlo.p5),
      p50: money(s.monteCarlo.p50),
      p95: money(s.monteCarlo.p95),
      worst: money(s.monteCarlo.worst),
    },
  };
}

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { project } from "../domain/cashflow/engine";
import { INFLOWS, OUTFLOWS } from "../domain/cashflow/ledger";
import { horizonOf, rowCitation } from "../domain/cashflow/measureValidity";
import { MEASURE_SWITCHES } from "../domain/cashflow/scenario";
import { COST_CATEGORIES } from "../domain/settlement/netting";
import { RULESET } from "../policy/catalog";
import { findPreset, PRESETS } from "../policy/presets";
import { cashflowRulesFor } from "../policy/rulesets";
import type { AppEnv } from "./env";
import { AwardReportSchema } from "./grants";
import { langOf } from "./i18n";
import { errorResponses, problemResponse } from "./problem";
import { projectionWorkbook } from "./projection-workbook";
import { ScenarioSchema, toScenario } from "./scenario-schema";
import { bilingual, ExplainSchema, jsonBody, jsonOk, MoneyOut, RateOut, RulesetSchema } from "./schemas";
import { XLSX_TYPE } from "./xlsx";

const OutwardFilingsSchema = z
  .object({
    thresholdUsd: z.string().openapi({
      description:
        "A single outward payment above this USD equivalent (exclusive) is filed first (国家税务总局 国家外汇管理局公告2013年第40号 第一条)",
    }),
    delayDays: z.number().int().openapi({
      description:
        "Days a filing takes before the payment it precedes (market default). Payments are booked on their day, the filing made ahead: no figure moves and no cost is booked",
    }),
    costs: z
      .array(
        z.object({
          line: z.number().int().openapi({ description: "Index of the product line" }),
          name: z.string().openapi({ description: "The product line's name" }),
          cost: z.number().int().openapi({ description: "Index of the cost in the line's overseasCosts" }),
          category: z.enum(COST_CATEGORIES),
          contracts: z
            .number()
            .int()
            .openapi({ description: "Contracts the cost is paid under (1 unless given)" }),
          payments: z.number().int().openapi({ description: "Monthly payments in the horizon" }),
          largestPaymentUsd: z.string().nullable().openapi({
            description:
              "The largest single payment in USD, 2 decimals; null without a USD rate for the line's currency",
          }),
          filings: z.number().int().nullable().openapi({
            description:
              "Filings when wired out: one per contract before its first payment above the threshold (2021年第19号 第一条); null when the threshold cannot be judged (no USD rate)",
          }),
          nettable: z
            .boolean()
            .openapi({ description: "A payout may deduct it (netting removes its payments and filings)" }),
          netted: z
            .boolean()
            .openapi({ description: "Netted under the chosen measures: not wired out, not filed" }),
          filed: z
            .array(
              z.object({
                firstPayment: z.string().openapi({ description: "The first payment the filing precedes" }),
                fileBy: z.string().openapi({ description: "firstPayment - delayDays" }),
                waitCrossesMonth: z.boolean().openapi({
                  description:
                    "That payment, left to wait delayDays for the filing, would fall in a later month",
                }),
              }),
            )
            .openapi({ description: "One per filing contract" }),
        }),
      )
      .openapi({
        description: "Each overseas cost of each line, as one contract unless contracts says otherwise",
      }),
    withoutNetting: z.number().int().openapi({ description: "Filings with every cost wired out" }),
    chosen: z.number().int().openapi({ description: "Filings under the chosen measures" }),
    avoidedByNetting: z
      .number()
      .int()
      .openapi({ description: "Filings netting removes (the nettable costs are no longer wired out)" }),
    notJudged: z.number().int().openapi({ description: "Costs whose threshold could not be judged" }),
  })
  .openapi("OutwardFilings", {
    description:
      "The tax filings of the outward payments for overseas costs, per contract (国家税务总局 国家外汇管理局公告2021年第19号), with and without netting (from ruleset 2026.12.1)",
  });

const record = (keys: readonly string[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, MoneyOut])) as Record<string, typeof MoneyOut>);

const PeriodSchema = z
  .object({
    month: z.string().openapi({ description: "The calendar month (YYYY-MM)", example: "2026-01" }),
    index: z.number().int().openapi({ description: "0 for the first month of the horizon" }),
    openingBalance: MoneyOut.openapi({
      description: "Cash at the start of the month (the previous close), CNY",
    }),
    inflows: record(INFLOWS).openapi({ description: "Cash in by category, CNY" }),
    outflows: record(OUTFLOWS).openapi({ description: "Cash out by category, CNY (negative)" }),
    financing: z
      .object({
        drawn: MoneyOut.openapi({ description: "Financing drawn this month, CNY" }),
        repaid: MoneyOut.openapi({ description: "Principal repaid this month, CNY (negative)" }),
        interest: MoneyOut.openapi({ description: "Interest paid this month, CNY (negative)" }),
        fees: MoneyOut.openapi({ description: "Financing fees paid this month, CNY (negative)" }),
        outstanding: MoneyOut.openapi({ description: "Financing owed at the month's end, all sources, CNY" }),
      })
      .openapi({ description: "Financing this month: draws and repayments keep the cash at the minimum" }),
    net: MoneyOut.openapi({ description: "Sum of the month's inflows, outflows and financing, CNY" }),
    closingBalance: MoneyOut.openapi({ description: "openingBalance + net, CNY" }),
  })
  .openapi("Period");

const SummarySchema = z
  .object({
    revenue: MoneyOut.openapi({
      description: "Sales net of returns, CNY at the middle rate, batches shipped in the horizon",
    }),
    taxes: MoneyOut.openapi({ description: "VAT paid + surtaxes + income tax + input VAT not refunded" }),
    fxCost: MoneyOut.openapi({
      description: "What conversions at the bank's bid and offer lost against the middle rate",
    }),
    bankFees: MoneyOut.openapi({ description: "Inward and outward remittance fees" }),
    hedgingCost: MoneyOut.openapi({ description: "Option premiums and handling fees" }),
    financingCost: MoneyOut.openapi({
      description: "Interest and fees of the financing drawn in the horizon",
    }),
    totalCost: MoneyOut.openapi({ description: "taxes + fxCost + bankFees + hedgingCost + financingCost" }),
    peakFundingNeed: MoneyOut.openapi({
      description:
        "Most the business must borrow on its own credit (working-capital loan) to keep the minimum cash",
    }),
    peakFundingMonth: z
      .string()
      .nullable()
      .openapi({ description: "Month (YYYY-MM) of the peak funding need; null when nothing is borrowed" }),
    peakFinancingOutstanding: MoneyOut.openapi({
      description: "Most financing outstanding at once, all sources",
    }),
    cashConversionCycleDays: z
      .number()
      .int()
      .openapi({ description: "Days from paying suppliers to receiving sales money (amount-weighted)" }),
    endingCash: MoneyOut.openapi({
      description: "Cash at the end of the horizon (the last closing balance)",
    }),
    endingPosition: MoneyOut.openapi({
      description:
        "endingCash + receivablesAfterHorizon - payablesAfterHorizon - financing outstanding: not moved by the horizon's cut-off",
    }),
    receivablesAfterHorizon: MoneyOut.openapi({
      description: "Inflows of shipped batches that arrive after the horizon",
    }),
    payablesAfterHorizon: MoneyOut.openapi({
      description: "Outflows of shipped batches due after the horizon",
    }),
    peakFinancingMonth: z.string().nullable().optional().openapi({
      description:
        "Month (YYYY-MM) when the most is owed, all sources together; null when nothing is borrowed (from ruleset 2026.12.1)",
    }),
    peakFinancingBySource: z
      .array(
        z.object({
          product: z.string().openapi({
            description:
              "A supply-chain product of the scenario's financing, or working-capital-loan: the rest, which no chosen product covers",
          }),
          amount: MoneyOut.openapi({ description: "Outstanding in peakFinancingMonth, CNY" }),
        }),
      )
      .optional()
      .openapi({
        description:
          "What each source had outstanding in peakFinancingMonth; the amounts add up to peakFinancingOutstanding (from ruleset 2026.12.1)",
      }),
  })
  .openapi("ProjectionSummary");

const EffectSchema = z.object({
  totalCostChange: MoneyOut.openapi({ description: "Change in total cost (negative = the measure saves)" }),
  peakFundingNeedChange: MoneyOut.openapi({ description: "Change in the peak funding need" }),
  endingCashChange: MoneyOut.openapi({ description: "Change in ending cash" }),
  endingPositionChange: MoneyOut.openapi({
    description:
      "Change in the ending position; prefer it to endingCashChange when a measure only moves timing",
  }),
});

export const ProjectionSchema = z
  .object({
    periods: z.array(PeriodSchema).openapi({ description: "One per month of the horizon" }),
    summary: SummarySchema.openapi({ description: "The scenario with the measures as chosen" }),
    baseline: SummarySchema.openapi({ description: "The same scenario with every measure off" }),
    measures: z
      .array(
        z.object({
          switch: z.enum(MEASURE_SWITCHES).openapi({ description: "The switch in the request's `measures`" }),
          measure: z.string().openapi({ description: "Catalog measure id" }),
          source: z.string().openapi({
            description:
              "Document number and clause; from ruleset 2026.12.1, when a promoting document lapses before the horizon ends, the rules that grant the benefit (e.g. 汇发〔2020〕11号 for netting)",
          }),
          title: bilingual("The measure's name"),
          promotedBy: z
            .array(
              z.object({
                source: z.string().openapi({ description: "The promoting document and clause" }),
                validTo: z
                  .string()
                  .nullable()
                  .openapi({ description: "Its last day in force (YYYY-MM-DD); null: open-ended" }),
                lapsed: z.boolean().openapi({ description: "validTo falls before the horizon's last day" }),
              }),
            )
            .optional()
            .openapi({
              description:
                "When a promoting document lapses before the horizon ends (e.g. 中府办函〔2024〕24号, lapsed 2026-04-19): the documents that promoted the measure, with their dates, while source cites the granting rule (from ruleset 2026.12.1)",
            }),
          chosen: z.boolean().openapi({ description: "Switched on in the request" }),
          applies: z
            .boolean()
            .openapi({ description: "False when nothing in the scenario is touched by the measure" }),
          notApplicable: z
            .object({
              zh: z.string(),
              en: z.string(),
              source: z.string().openapi({ description: "The measure's document and clause" }),
            })
            .optional()
            .openapi({
              description:
                "When applies is false: why, and what would make the measure apply (from ruleset 2026.12.1)",
            }),
          alone: EffectSchema.openapi({
            description: "Baseline plus this measure alone, minus the baseline",
          }),
          marginal: EffectSchema.openapi({
            description: "With the measure minus without it, all other chosen measures as chosen",
          }),
        }),
      )
      .openapi({ description: "Per measure: what it gives alone and at the margin of the chosen set" }),
    lines: z
      .array(
        z.object({
          name: z.string().openapi({ description: "The product line's name" }),
          regime: z.string().openapi({
            description:
              "Export VAT regime of the line's batches: exempt-credit-refund, exempt-refund, exempt or taxed-as-domestic",
          }),
          vatRate: RateOut.openapi({ description: "VAT rate applied" }),
          refundRate: RateOut.openapi({ description: "Export refund rate applied" }),
          reason: bilingual("Why this regime applies"),
          source: z.string().optional().openapi({ description: "Document number and clause of the regime" }),
        }),
      )
      .openapi({ description: "Each product line's VAT regime and rates, and why" }),
    outwardFilings: OutwardFilingsSchema.optional(),
    grants: z
      .array(
        z.object({
          programme: z.string().openapi({ description: "Catalog measure id of the programme" }),
          title: bilingual("The programme's name"),
          source: z.string().openapi({ description: "Document number and clause" }),
          awards: z.array(AwardReportSchema),
          booked: z
            .object({
              amount: MoneyOut,
              upTo: z.boolean().openapi({ description: "Part of it is a ceiling ('up to')" }),
            })
            .openapi({
              description: "What its awards book as the firm's cash in the horizon (caps booked at the cap)",
            }),
          applies: z
            .boolean()
            .openapi({ description: "False when none of its awards is the firm's cash in the horizon" }),
          alone: EffectSchema.openapi({
            description: "Baseline plus this programme alone, minus the baseline",
          }),
          marginal: EffectSchema.openapi({
            description: "The chosen set minus the chosen set without this programme",
          }),
        }),
      )
      .optional()
      .openapi({
        description:
          "Per programme the scenario's grants name (ruleset 2026.12.1 on): its awards and effects",
      }),
    attribution: z
      .object({
        method: z.literal("sequential").openapi({
          description:
            "The chosen measures switched on one at a time, from the baseline, in an order where a measure that depends on another comes after it (netting, no-invoice exemption, deemed-profit tax, refund on departure, option waiver, supply-chain finance); each credited with what it adds",
        }),
        steps: z
          .array(
            z.object({
              switch: z.enum(MEASURE_SWITCHES).optional().openapi({ description: "The switch of this step" }),
              programme: z
                .string()
                .optional()
                .openapi({ description: "Or the grant programme of this step (programmes come first)" }),
              effect: EffectSchema.openapi({
                description:
                  "With this and the measures before it minus without it, as differences of reported figures: the steps add up to summary minus baseline to the fen",
              }),
            }),
          )
          .openapi({ description: "One per chosen measure, in the order switched on" }),
      })
      .optional()
      .openapi({
        description:
          "How the chosen measures' combined effect divides between them, with no interaction remainder (from ruleset 2026.12.1)",
      }),
    explain: ExplainSchema,
    ruleset: RulesetSchema,
  })
  .openapi("Projection");

const guzhen = findPreset("guzhen-led-9810-amazon");
const exampleScenario = { ...(PRESETS[1]?.scenario ?? {}) };

const projectionRoute = createRoute({
  method: "post",
  path: "/v1/cashflow/projection",
  operationId: "projectCashflow",
  tags: ["cashflow"],
  summary: "Month-by-month cash flow under the chosen measures, with each measure's effect",
  description:
    "Folds the tax, settlement, FX and financing calculators into months. Returns the periods, a summary, the " +
    "baseline with every measure off, and per measure its effect alone and its marginal effect. " +
    "`Accept: text/csv` or `?format=csv` returns the periods as CSV; `?format=xlsx` (or an Accept of the " +
    "spreadsheet type) a workbook: the months, the summary and each measure's effects alone and at the margin " +
    "with its document, and the explanation steps, headers in the request's language (?lang=, Accept-Language), " +
    "money as numbers shown to the fen.",
  request: {
    query: z.object({
      format: z
        .enum(["json", "csv", "xlsx"])
        .optional()
        .openapi({
          param: {
            name: "format",
            in: "query",
            description: "csv for the periods as CSV (like Accept: text/csv); xlsx for the workbook",
          },
        }),
    }),
    body: jsonBody(
      ScenarioSchema,
      exampleScenario,
      "The scenario (see GET /v1/presets for complete examples)",
    ),
  },
  responses: {
    200: {
      ...jsonOk(ProjectionSchema, "The projection"),
      content: {
        "application/json": { schema: ProjectionSchema },
        "text/csv": { schema: z.string().openapi({ description: "One row per month" }) },
        [XLSX_TYPE]: {
          schema: z.string().openapi({
            format: "binary",
            description: "Workbook: months, measures (alone and marginal, with documents), explanation",
          }),
        },
      },
    },
    ...errorResponses(
      "validation",
      "malformed-json",
      "unsupported-media-type",
      "unprocessable",
      "payload-too-large",
    ),
  },
});

const PresetSummarySchema = z.object({
  id: z.string().openapi({ description: "Preset id (GET /v1/presets/{id})" }),
  title: bilingual("The business in a few words"),
  story: bilingual("The business in one line, and what the measures do for it"),
  sources: z
    .string()
    .openapi({ description: "Where the figures come from (typical values: check before use)" }),
  rulesetNote: bilingual(
    "Why the preset differs under the ruleset in force from the published versions' (absent: it does not)",
  ).optional(),
});

const listPresetsRoute = createRoute({
  method: "get",
  path: "/v1/presets",
  operationId: "listPresets",
  tags: ["cashflow"],
  summary: "Starting scenarios for typical Zhongshan exporters",
  responses: {
    200: jsonOk(
      z.object({
        presets: z
          .array(PresetSummarySchema.extend({ scenario: ScenarioSchema }))
          .openapi({ description: "Every preset, each with a complete scenario to POST" }),
      }),
      "The presets",
    ),
  },
});

const getPresetRoute = createRoute({
  method: "get",
  path: "/v1/presets/{id}",
  operationId: "getPreset",
  tags: ["cashflow"],
  summary: "One preset with its complete scenario",
  request: {
    params: z.object({
      id: z
        .string()
        .max(100)
        .openapi({
          param: { name: "id", in: "path", description: "Preset id, from GET /v1/presets" },
          example: guzhen?.id ?? "guzhen-led-9810-amazon",
        }),
    }),
  },
  responses: {
    200: jsonOk(PresetSummarySchema.extend({ scenario: ScenarioSchema }), "The preset"),
    ...errorResponses("validation", "not-found"),
  },
});

function wantedFormat(c: Context<AppEnv>): "json" | "csv" | "xlsx" {
  const format = c.req.query("format");
  if (format === "csv" || format === "xlsx" || format === "json") return format;
  const accept = c.req.header("accept") ?? "";
  if (accept.includes(XLSX_TYPE)) return "xlsx";
  return accept.includes("text/csv") ? "csv" : "json";
}

/** The CSV's columns by their API names (the header the API answers with). */
export const CSV_COLUMNS = [
  "month",
  "openingBalance",
  ...INFLOWS,
  ...OUTFLOWS,
  "financingDrawn",
  "financingRepaid",
  "interest",
  "financingFees",
  "financingOutstanding",
  "net",
  "closingBalance",
] as const;

/** The months as CSV; `header` names the columns for people (the web page's language). */
export function csvOf(
  periods: ReturnType<typeof project>["periods"],
  header: readonly string[] = CSV_COLUMNS,
): string {
  const rows = periods.map((p) =>
    [
      p.month,
      p.openingBalance,
      ...INFLOWS.map((k) => p.inflows[k]),
      ...OUTFLOWS.map((k) => p.outflows[k]),
      p.financing.drawn,
      p.financing.repaid,
      p.financing.interest,
      p.financing.fees,
      p.financing.outstanding,
      p.net,
      p.closingBalance,
    ].join(","),
  );
  return `${[header.join(","), ...rows].join("\r\n")}\r\n`;
}

/**
 * The full projection response for a validated scenario, under a ruleset version (the one in force
 * unless a saved scenario names the one it was saved under). Also used by the pages.
 */
export function projectionResponse(input: z.output<typeof ScenarioSchema>, ruleset: string = RULESET) {
  const rules = cashflowRulesFor(ruleset);
  const scenario = toScenario(input);
  const result = project(scenario, rules);
  const horizon = horizonOf(scenario.startDate, scenario.horizonMonths);
  const measures = result.measures.map((row) => {
    const validity = rules.validity[row.switch];
    const cited =
      rules.behaviour.measureRowsCiteGrantingRule && validity ? rowCitation(validity, horizon) : null;
    return {
      ...row,
      source: cited?.source ?? rules.cite[row.switch].source,
      title: rules.cite[row.switch].title,
      ...(cited ? { promotedBy: cited.promotedBy } : {}),
    };
  });
  return { ...result, measures, ruleset };
}

export const cashflowRoutes = [projectionRoute, listPresetsRoute, getPresetRoute];

export const cashflowApi = new OpenAPIHono<AppEnv>();

cashflowApi.openapi(projectionRoute, (c) => {
  const body = projectionResponse(c.req.valid("json"));
  const format = wantedFormat(c);
  if (format === "xlsx") {
    return c.body(projectionWorkbook(body, langOf(c)), 200, {
      "content-type": XLSX_TYPE,
      "content-disposition": 'attachment; filename="cashflow.xlsx"',
    }) as never;
  }
  if (format === "csv") {
    return c.body(csvOf(body.periods), 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="cashflow.csv"',
    }) as never;
  }
  return c.json(body, 200);
});

cashflowApi.openapi(listPresetsRoute, (c) => c.json({ presets: PRESETS as never[] }, 200));

cashflowApi.openapi(getPresetRoute, (c) => {
  const preset = findPreset(c.req.valid("param").id);
  if (!preset) {
    return problemResponse(c, "not-found", {
      zh: "没有这个预设；预设列表见 /v1/presets",
      en: "No such preset; see /v1/presets for the list",
    }) as never;
  }
  return c.json(preset as never, 200);
});

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { CITIES } from "../domain/grants/award";
import {
  COST_SHARE_CATEGORIES,
  type CostShareCategory,
  type CostShareTerms,
} from "../domain/grants/cost-share";
import { estimateGrants, programmesOf } from "../domain/grants/estimate";
import { DEFAULT_GROWTH_READING } from "../domain/grants/guangzhou";
import { awardReport, payeeTotal } from "../domain/grants/report";
import { RULESET } from "../policy/catalog";
import { GRANT_PROGRAMMES, GRANT_RULES } from "../policy/grants";
import type { AppEnv } from "./env";
import { errorResponses } from "./problem";
import {
  bilingual,
  ExplainSchema,
  IsoDateSchema,
  jsonBody,
  jsonOk,
  MoneyOut,
  moneyIn,
  RulesetSchema,
  rateIn,
} from "./schemas";
import { addProblem } from "./validation";

const PROGRAMMES = new Map(programmesOf(GRANT_RULES).map((p) => [p.measure, p]));
const PROGRAMME_IDS = [...PROGRAMMES.keys()] as [string, ...string[]];
const ProgrammeSchema = z.enum(PROGRAMME_IDS).openapi({
  description: "Grant programme: its catalog measure id (see /v1/measures)",
  example: GRANT_PROGRAMMES.guangzhouTiers,
});
const year = (description: string) =>
  z.number().int().min(2000).max(2100).openapi({ description, example: 2025 });

const CostShareCategorySchema = z.enum(COST_SHARE_CATEGORIES).openapi({
  description:
    "Eligible spend: overseasWarehouse (中府办函〔2024〕24号 第12条), exhibition, platform (platforms and independent sites), rent (factory rent), loanInterest (interest paid), the last four from 中商务电函〔2023〕10号 五",
  example: "overseasWarehouse",
});

const CostShareTermsSchema = z
  .strictObject({
    share: rateIn("Share of the eligible spend paid back, from the call for applications (申报指南)", "0.3"),
    cap: moneyIn("Most paid for one claim, CNY (absent = the call states no cap)", "500000").optional(),
    paidAfterMonths: z
      .number()
      .int()
      .min(0)
      .max(60)
      .openapi({ description: "Months from the spend to the payment", example: 6 }),
  })
  .openapi({
    description: "The terms of a cost-share programme: the documents publish none, so they are yours",
  });

const DISTRICT_PAID = [GRANT_PROGRAMMES.zhuhaiFund, GRANT_PROGRAMMES.parkOperator] as const;

const GrantsRequest = z
  .strictObject({
    city: z.enum(CITIES).openapi({ description: "The city the firm is registered in", example: "Guangzhou" }),
    district: z
      .string()
      .min(1)
      .max(40)
      .optional()
      .openapi({ description: "District (区), as the firm names it", example: "白云区" }),
    programmes: z
      .array(ProgrammeSchema)
      .min(1)
      .max(PROGRAMME_IDS.length)
      .optional()
      .openapi({ description: "The programmes to test (absent = every programme of the firm's city)" }),
    onlineRetailSales: z
      .array(
        z.strictObject({
          year: year("Sales year"),
          amount: moneyIn("Annual 实物商品网上零售额, CNY", "3001000000"),
        }),
      )
      .max(20)
      .default([])
      .openapi({
        description:
          "Annual online retail sales of physical goods, one row a year (the years before the window feed the growth test)",
      }),
    growthReading: z
      .strictObject({
        average: z.enum(["compound", "arithmetic"]).openapi({
          description:
            "compound: (end / start)^(1/2) - 1 (national statistics' 水平法, the default); arithmetic: the mean of the two annual rates",
        }),
        years: z.enum(["before-break-year", "ending-break-year"]).openapi({
          description:
            "before-break-year: the two growth years before the year the tier is broken (突破每档前, the default); ending-break-year: the two ending with it",
        }),
      })
      .optional()
      .openapi({
        description:
          "How 平均增长率 is read; the clause does not say (default compound, before the break year)",
      }),
    honghu: z
      .strictObject({
        listedYear: year("The Honghu selection year the firm entered the list"),
        firstListing: z
          .boolean()
          .openapi({ description: "The firm was never on the list before", example: true }),
      })
      .optional()
      .openapi({ description: "The firm's listing as a Guangzhou 鸿鹄 live-commerce firm" }),
    trainees: z
      .array(
        z.strictObject({
          certificate: z.string().min(1).max(40).openapi({
            description: "Certificate (职业/工种), e.g. 网店美工, 网商运营, 电商数据分析, 互联网营销师",
            example: "网商运营",
          }),
          count: z
            .number()
            .int()
            .min(1)
            .max(100000)
            .openapi({ description: "Trainees certified", example: 5 }),
          year: year("Year the certificates are issued"),
          perTrainee: moneyIn(
            "Subsidy per trainee, CNY, from the current Guangdong list (absent = the document's own figures)",
            "800",
          ).optional(),
        }),
      )
      .max(50)
      .default([])
      .openapi({ description: "Employees certified in e-commerce skills (Zhongshan training subsidy)" }),
    trainingPaidTo: z.enum(["employees", "firm"]).default("employees").openapi({
      description:
        "Who receives the skill subsidy: the workers claim it themselves unless your arrangement pays the firm",
    }),
    spend: z
      .array(
        z.strictObject({
          category: CostShareCategorySchema,
          amount: moneyIn("Eligible spend, CNY", "200000"),
          date: IsoDateSchema.openapi({
            description: "Date of the spend (the programme must be in force then)",
          }),
        }),
      )
      .max(100)
      .default([])
      .openapi({ description: "Eligible spending, each one claim" }),
    costShareTerms: z.partialRecord(CostShareCategorySchema, CostShareTermsSchema).default({}).openapi({
      description: "Share, cap and payment lag of each category you spend on (required for each)",
    }),
    districtAwards: z
      .array(
        z.strictObject({
          programme: z.enum(DISTRICT_PAID).openapi({ description: "The programme the district paid under" }),
          amount: moneyIn("What the district paid or promised the firm, CNY", "500000"),
          year: year("Year the district pays"),
        }),
      )
      .max(20)
      .default([])
      .openapi({
        description:
          "Awards a district paid or promised under its own policy (Zhuhai live-commerce awards; Guangzhou park operators)",
      }),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<number>();
    body.onlineRetailSales.forEach((row, i) => {
      if (seen.has(row.year))
        addProblem(
          ctx,
          ["onlineRetailSales", i, "year"],
          `${row.year} is given twice`,
          `${row.year} 年重复填写`,
        );
      seen.add(row.year);
    });
  })
  .openapi("GrantsEstimateRequest");

const AwardSchema = z
  .object({
    programme: z.string().openapi({ description: "Catalog measure id of the programme" }),
    title: bilingual("Short name of the programme"),
    source: z.string().openapi({ description: "Document number and clause" }),
    eligible: z.boolean().openapi({ description: "Every test passed (see explain)" }),
    amount: MoneyOut.nullable().openapi({
      description:
        "CNY; when upTo, the document's ceiling (不超过), not a promise; null when another body sets it",
    }),
    upTo: z.boolean().openapi({ description: "The amount is a ceiling ('up to')" }),
    basisYear: z
      .number()
      .int()
      .optional()
      .openapi({ description: "The year of the sales, listing, training or spend the award is for" }),
    payableYear: z.number().int().optional().openapi({ description: "The year it is paid" }),
    date: z
      .string()
      .optional()
      .openapi({ description: "The payment date, where one is known (cost-share lags)" }),
    timing: z.enum(["document", "user", "assumed"]).openapi({
      description:
        "Where the year or date comes from: the document, your input, or an estimate (the document states none)",
    }),
    payee: z.enum(["firm", "employees", "district"]).openapi({ description: "Who receives the money" }),
    split: z
      .object({
        cityUpTo: MoneyOut.openapi({ description: "What the city pays the district back: up to this" }),
        districtAtLeast: MoneyOut.openapi({ description: "What the district bears itself: at least this" }),
      })
      .optional()
      .openapi({ description: "Zhuhai: how the district's award is funded (not more cash for the firm)" }),
    explain: ExplainSchema,
  })
  .openapi("GrantAward");

const total = (description: string) =>
  z
    .object({ amount: MoneyOut, upTo: z.boolean().openapi({ description: "Part of it is a ceiling" }) })
    .openapi({ description });

const GrantsResponse = z
  .object({
    city: z.enum(CITIES),
    growthReading: z
      .object({ average: z.string(), years: z.string() })
      .openapi({ description: "The reading of 平均增长率 applied" }),
    awards: z.array(AwardSchema),
    totals: z.object({
      firm: total("Eligible awards paid to the firm"),
      employees: total("Eligible awards paid to the employees (not the firm's cash)"),
    }),
    ruleset: RulesetSchema,
  })
  .openapi("GrantsEstimate");

const EXAMPLE = {
  city: "Guangzhou",
  district: "白云区",
  programmes: [GRANT_PROGRAMMES.guangzhouTiers, GRANT_PROGRAMMES.honghu],
  onlineRetailSales: [
    { year: 2022, amount: "2000000000" },
    { year: 2023, amount: "2200000000" },
    { year: 2024, amount: "2420000000" },
    { year: 2025, amount: "3001000000" },
  ],
  honghu: { listedYear: 2025, firstListing: true },
};

const estimateRoute = createRoute({
  method: "post",
  path: "/v1/grants/estimate",
  operationId: "estimateGrants",
  tags: ["grants"],
  summary:
    "Grants and rewards a firm can receive from Guangzhou, Zhuhai and Zhongshan programmes, each test explained",
  description:
    "Each programme is read from its own clause: Guangzhou's tier rewards (穗 三（一）2: sales above 30/100/200/500/1000亿 " +
    "in 2025-2027 with average growth of at least 10/6/4/3/2% over the two years before; up to 150/250/400/600/1000万 " +
    "the next year; a higher tier later pays the difference), 鸿鹄 (up to 100万) and park operators (三（一）1, the " +
    "district's amount); Zhuhai's district awards and the city's reimbursement of the district (四（三）, ≤80%); " +
    "Zhongshan's skill subsidy (中商务电函〔2023〕10号 三, paid to the worker) and cost-share programmes (your share, " +
    "cap and lag). Activities are tested against each programme's window; 422 when a spend lacks its terms.",
  request: { body: jsonBody(GrantsRequest, EXAMPLE) },
  responses: {
    200: jsonOk(GrantsResponse, "One or more awards per programme, eligible or refused with the failed test"),
    ...errorResponses("validation", "malformed-json", "unsupported-media-type", "unprocessable"),
  },
});

export const grantsRoutes = [estimateRoute];

export const grantsApi = new OpenAPIHono<AppEnv>().openapi(estimateRoute, (c) => {
  const body = c.req.valid("json");
  const growthReading = body.growthReading ?? DEFAULT_GROWTH_READING;
  const costShareTerms: Partial<Record<CostShareCategory, CostShareTerms>> = Object.fromEntries(
    Object.entries(body.costShareTerms).map(([k, t]) => [
      k,
      { share: t.share, cap: t.cap ?? null, paidAfterMonths: t.paidAfterMonths },
    ]),
  );
  const awards = estimateGrants({ ...body, growthReading, costShareTerms }, body.programmes, GRANT_RULES);
  return c.json(
    {
      city: body.city,
      growthReading,
      awards: awards.map((a) => ({
        ...awardReport(a),
        title: PROGRAMMES.get(a.programme)!.title,
        source: PROGRAMMES.get(a.programme)!.source,
      })),
      totals: { firm: payeeTotal(awards, "firm"), employees: payeeTotal(awards, "employees") },
      ruleset: RULESET,
    },
    200,
  );
});

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { CITIES } from "../domain/grants/award";
import { estimateGrants, programmesOf } from "../domain/grants/estimate";
import { awardReport, payeeTotal } from "../domain/grants/report";
import { RULESET } from "../policy/catalog";
import { GRANT_PROGRAMMES, GRANT_RULES } from "../policy/grants";
import type { AppEnv } from "./env";
import { FIRM_FACT_FIELDS, firmFactsOf, refineFacts } from "./grant-facts-schema";
import { errorResponses } from "./problem";
import { bilingual, ExplainSchema, jsonBody, jsonOk, MoneyOut, RulesetSchema } from "./schemas";

const PROGRAMMES = new Map(programmesOf(GRANT_RULES).map((p) => [p.measure, p]));
const PROGRAMME_IDS = [...PROGRAMMES.keys()] as [string, ...string[]];
const ProgrammeSchema = z.enum(PROGRAMME_IDS).openapi({
  description: "Grant programme: its catalog measure id (see /v1/measures)",
  example: GRANT_PROGRAMMES.guangzhouTiers,
});
const GrantsRequest = z
  .strictObject({
    ...FIRM_FACT_FIELDS,
    programmes: z
      .array(ProgrammeSchema)
      .min(1)
      .max(PROGRAMME_IDS.length)
      .optional()
      .openapi({ description: "The programmes to test (absent = every programme of the firm's city)" }),
  })
  .superRefine(refineFacts)
  .openapi("GrantsEstimateRequest");

/** One award as reported (the projection's grant rows carry the same). */
export const AwardReportSchema = z
  .object({
    programme: z.string().openapi({ description: "Catalog measure id of the programme" }),
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
  .openapi("GrantAwardReport");

const AwardSchema = AwardReportSchema.extend({
  title: bilingual("Short name of the programme"),
  source: z.string().openapi({ description: "Document number and clause" }),
}).openapi("GrantAward");

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
  const facts = firmFactsOf(body);
  const awards = estimateGrants(facts, body.programmes, GRANT_RULES);
  return c.json(
    {
      city: body.city,
      growthReading: facts.growthReading,
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

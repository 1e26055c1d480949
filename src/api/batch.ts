import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { type FieldProblem, InputError } from "../domain/errors";
import { RULESET } from "../policy/catalog";
import { PRESETS } from "../policy/presets";
import { countFurtherRequests, KEY_OPTIONAL } from "./access";
import { ProjectionSchema, projectionResponse } from "./cashflow";
import type { AppEnv } from "./env";
import { errorResponses, type Problem, ProblemSchema, problemBody } from "./problem";
import { ScenarioSchema } from "./scenario-schema";
import { jsonBody, jsonOk, RulesetSchema } from "./schemas";
import { addProblem, fieldProblems } from "./validation";

/** At most this many scenarios in one batch. */
export const MAX_BATCH_ITEMS = 100;
/** A batch's body may be this large (a single request's is 256 KB): 100 scenarios of ~4 KB fit. */
export const MAX_BATCH_BODY_BYTES = 1024 * 1024;
/**
 * What one batch may ask the engine for, in months x product lines over its items: 100 scenarios the
 * size of the largest preset (36 x 5). Items past it answer a problem of their own, so a batch stays
 * near a second of CPU whatever the caps of each scenario allow.
 */
export const MAX_BATCH_MONTH_LINES = 100 * 36 * 5;

export const BATCH_PATH = "/v1/cashflow/projections";

const BatchItemSchema = z.strictObject({
  id: z.string().min(1).max(100).openapi({
    description: "The caller's own id for this scenario, echoed in its result",
    example: "loan-8812",
  }),
  scenario: z
    .unknown()
    .optional()
    .openapi({
      description:
        "A scenario as POST /v1/cashflow/projection takes it (schema Scenario); checked on its own, so a bad or missing one fails only its item",
      allOf: [{ $ref: "#/components/schemas/Scenario" }],
    }),
});

const BatchRequestSchema = z
  .strictObject({
    items: z
      .array(BatchItemSchema)
      .min(1)
      .max(MAX_BATCH_ITEMS)
      .openapi({ description: `The scenarios, 1 to ${MAX_BATCH_ITEMS}, each with a distinct id` }),
    periods: z
      .boolean()
      .default(false)
      .openapi({ description: "Also answer each item's months (the projection's periods)", example: false }),
  })
  .superRefine((batch, ctx) => {
    const seen = new Map<string, number>();
    batch.items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        addProblem(
          ctx,
          ["items", i, "id"],
          `the id "${item.id}" is already used by item ${first}: each item needs its own id`,
          `编号“${item.id}”已被第 ${first} 项使用，每一项须有不同的编号`,
        );
      } else seen.set(item.id, i);
    });
  })
  .openapi("ProjectionBatchRequest");

const projectionShape = ProjectionSchema.shape;

const BatchResultSchema = z
  .object({
    id: z.string().openapi({ description: "The item's id, as sent" }),
    index: z.number().int().openapi({ description: "The item's position in `items`, from 0" }),
    status: z
      .enum(["ok", "problem"])
      .openapi({ description: "ok: summary and measures are given; problem: `problem` says what is wrong" }),
    summary: projectionShape.summary.optional().openapi({
      description: "Byte for byte the summary POST /v1/cashflow/projection gives for this scenario alone",
    }),
    measures: projectionShape.measures.optional(),
    periods: projectionShape.periods
      .optional()
      .openapi({ description: "The months, when the request asked for `periods`" }),
    problem: ProblemSchema.optional().openapi({
      description:
        "What is wrong with this item (400 shape, 422 cannot be computed); pointers are into the batch body",
    }),
  })
  .openapi("ProjectionBatchResult");

const BatchResponseSchema = z
  .object({
    results: z.array(BatchResultSchema).openapi({ description: "One per item, in the order sent" }),
    counts: z
      .object({
        ok: z.number().int().openapi({ description: "Items projected" }),
        problem: z.number().int().openapi({ description: "Items answered with a problem" }),
      })
      .openapi({ description: "How the items fared" }),
    ruleset: RulesetSchema,
  })
  .openapi("ProjectionBatch");

const [first, second] = PRESETS;
const exampleBatch = {
  items: [
    { id: "loan-8812", scenario: first?.scenario },
    { id: "loan-8813", scenario: second?.scenario },
  ],
  periods: false,
};

const batchRoute = createRoute({
  method: "post",
  path: BATCH_PATH,
  operationId: "projectCashflowBatch",
  tags: ["cashflow"],
  summary: "Many scenarios projected in one request, each answered on its own",
  description:
    `Up to ${MAX_BATCH_ITEMS} scenarios, each with the caller's id. Each item answers the summary and the ` +
    "measures' effects of POST /v1/cashflow/projection for that scenario alone (the same bytes), or a problem " +
    "naming the item: one bad item never fails the batch. The months come with `periods: true`. A batch counts " +
    `as one request per item for the rate limit and the usage. The body may be up to ${MAX_BATCH_BODY_BYTES / 1024} KB; ` +
    `over the whole batch at most ${MAX_BATCH_MONTH_LINES} months x product lines are projected (100 scenarios ` +
    "of 36 months and 5 lines), and items past that answer a problem of their own.",
  security: KEY_OPTIONAL,
  request: { body: jsonBody(BatchRequestSchema, exampleBatch, "The scenarios, each with its id") },
  responses: {
    200: jsonOk(BatchResponseSchema, "One result per item"),
    ...errorResponses(
      "validation",
      "malformed-json",
      "unsupported-media-type",
      "payload-too-large",
      "rate-limited",
    ),
  },
});

type BatchResult = z.infer<typeof BatchResultSchema>;

function itemProblem(id: string, index: number, problem: Problem): BatchResult {
  return { id, index, status: "problem", problem };
}

/** One item: validated and projected on its own, a problem of its own when it cannot be. */
function projectItem(
  c: Context<AppEnv>,
  item: { id: string; scenario?: unknown },
  index: number,
  withPeriods: boolean,
  budget: { monthLines: number },
): BatchResult {
  const parsed = ScenarioSchema.safeParse(item.scenario);
  if (!parsed.success) {
    return invalidItem(c, item, index, fieldProblems(parsed.error, item.scenario, itemPointer(index)));
  }
  const work = parsed.data.horizonMonths * parsed.data.productLines.length;
  if (work > budget.monthLines) return overBudgetItem(c, item.id, index);
  budget.monthLines -= work;
  return computedItem(c, item.id, index, parsed.data, withPeriods);
}

/** Where an item's scenario sits in the batch, the prefix of its problems' pointers. */
function itemPointer(index: number): string {
  return `/items/${index}/scenario`;
}

/** An item whose scenario fails the schema: every bad field named. */
function invalidItem(
  c: Context<AppEnv>,
  item: { id: string; scenario?: unknown },
  index: number,
  fields: FieldProblem[],
): BatchResult {
  return itemProblem(
    item.id,
    index,
    problemBody(
      c,
      "validation",
      {
        zh: `第 ${index} 项（${item.id}）有 ${fields.length} 个字段有误`,
        en: `item ${index} (${item.id}) has ${fields.length} invalid field(s)`,
      },
      fields,
    ),
  );
}

/** An item past the batch's months x product lines budget: sent back, to go in another batch. */
function overBudgetItem(c: Context<AppEnv>, id: string, index: number): BatchResult {
  return itemProblem(
    id,
    index,
    problemBody(c, "unprocessable", {
      zh: `第 ${index} 项（${id}）超出本批次的计算量上限（各项月数×产品线数之和不超过 ${MAX_BATCH_MONTH_LINES}），请放到下一批`,
      en: `item ${index} (${id}) is past the batch's work limit (months x product lines over the items at most ${MAX_BATCH_MONTH_LINES}); send it in another batch`,
    }),
  );
}

/** A valid item projected: POST /v1/cashflow/projection's summary and measures, or its 422 as the item's problem. */
function computedItem(
  c: Context<AppEnv>,
  id: string,
  index: number,
  scenario: z.output<typeof ScenarioSchema>,
  withPeriods: boolean,
): BatchResult {
  try {
    const projection = projectionResponse(scenario);
    return {
      id,
      index,
      status: "ok",
      summary: projection.summary,
      measures: projection.measures,
      ...(withPeriods ? { periods: projection.periods } : {}),
    };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const fields = error.problems.map((p) => ({ ...p, pointer: itemPointer(index) + p.pointer }));
    return itemProblem(
      id,
      index,
      problemBody(
        c,
        "unprocessable",
        {
          zh: `第 ${index} 项（${id}）的数值组合无法计算，见 errors`,
          en: `item ${index} (${id}) cannot be computed; see errors`,
        },
        fields,
      ),
    );
  }
}

export const batchRoutes = [batchRoute];

export const batchApi = new OpenAPIHono<AppEnv>();

batchApi.openapi(batchRoute, async (c) => {
  const batch = c.req.valid("json");
  await countFurtherRequests(c, batch.items.length - 1);
  const budget = { monthLines: MAX_BATCH_MONTH_LINES };
  const results = batch.items.map((item, i) => projectItem(c, item, i, batch.periods, budget));
  const ok = results.filter((r) => r.status === "ok").length;
  return c.json({ results, counts: { ok, problem: results.length - ok }, ruleset: RULESET }, 200);
});

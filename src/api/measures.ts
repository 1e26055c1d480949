import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { catalog, findMeasure, RULESET } from "../policy/catalog";
import type { AppEnv } from "./env";
import { errorResponses, problemResponse } from "./problem";
import { RulesetSchema } from "./schemas";

const ParameterSchema = z
  .object({
    name: z.string(),
    value: z.unknown().openapi({ description: "Default value; overridable in the calculator's input" }),
    unit: z.string().optional(),
    provenance: z.enum(["document", "market-default", "unconfirmed"]).openapi({
      description:
        "document: stated by the source; market-default: typical value you should override; unconfirmed: not verified",
    }),
    note: z.string().optional(),
  })
  .openapi("MeasureParameter");

export const MeasureSchema = z
  .object({
    id: z.string().openapi({ example: "zs-2024-24-m16-netting" }),
    jurisdiction: z.string(),
    document: z.object({ number: z.string(), title: z.string(), issuer: z.string(), date: z.string() }),
    clause: z.string(),
    summary: z.object({ zh: z.string(), en: z.string() }),
    calculators: z.array(z.string()),
    switch: z
      .string()
      .optional()
      .openapi({ description: "Name of the switch in the cash-flow projection's `measures`" }),
    basedOn: z.array(z.string()).optional(),
    parameters: z.array(ParameterSchema),
  })
  .openapi("Measure");

const listRoute = createRoute({
  method: "get",
  path: "/v1/measures",
  operationId: "listMeasures",
  tags: ["measures"],
  summary: "The measures catalog: every policy measure the calculators apply, with its source",
  request: {
    query: z.object({
      calculator: z
        .enum(["tax", "settlement", "fx", "financing", "cashflow"])
        .optional()
        .openapi({ description: "Only measures used by this calculator" }),
    }),
  },
  responses: {
    200: {
      description: "The catalog",
      content: {
        "application/json": {
          schema: z.object({
            ruleset: RulesetSchema,
            published: z.string(),
            measures: z.array(MeasureSchema),
          }),
        },
      },
    },
    ...errorResponses("validation"),
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/measures/{id}",
  operationId: "getMeasure",
  tags: ["measures"],
  summary: "One measure of the catalog",
  request: {
    params: z.object({
      id: z
        .string()
        .max(100)
        .openapi({ param: { name: "id", in: "path" }, example: "cs-2018-103" }),
    }),
  },
  responses: {
    200: {
      description: "The measure",
      content: { "application/json": { schema: MeasureSchema.extend({ ruleset: RulesetSchema }) } },
    },
    ...errorResponses("not-found"),
  },
});

export const measuresRoutes = [listRoute, getRoute];

export const measuresApi = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, (c) => {
    const { calculator } = c.req.valid("query");
    const measures = calculator
      ? catalog.measures.filter((m) => m.calculators.includes(calculator))
      : catalog.measures;
    return c.json({ ruleset: RULESET, published: catalog.published, measures }, 200);
  })
  .openapi(getRoute, (c) => {
    const { id } = c.req.valid("param");
    const m = findMeasure(id);
    if (!m) {
      return problemResponse(c, "not-found", {
        zh: `目录中没有编号为 ${id} 的措施`,
        en: `No measure with id ${id} in the catalog`,
      }) as never;
    }
    return c.json({ ...m, ruleset: RULESET }, 200);
  });

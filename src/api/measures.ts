import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { catalog, findMeasure, RULESET } from "../policy/catalog";
import type { AppEnv } from "./env";
import { errorResponses, problemResponse } from "./problem";
import { bilingual, RulesetSchema } from "./schemas";

const ParameterSchema = z
  .object({
    name: z.string().openapi({ description: "Parameter name, as the calculator's rules use it" }),
    value: z.unknown().openapi({ description: "Default value; overridable in the calculator's input" }),
    unit: z.string().optional().openapi({ description: "Unit of the value (fraction, CNY, days, ...)" }),
    provenance: z.enum(["document", "market-default", "unconfirmed"]).openapi({
      description:
        "document: stated by the source; market-default: typical value you should override; unconfirmed: not verified",
    }),
    note: z.string().optional().openapi({ description: "What the value means, or why it is unconfirmed" }),
  })
  .openapi("MeasureParameter");

export const MeasureSchema = z
  .object({
    id: z
      .string()
      .openapi({ description: "Measure id (GET /v1/measures/{id})", example: "zs-2024-24-m16-netting" }),
    jurisdiction: z.string().openapi({ description: "Where it applies (national, Guangdong, a city)" }),
    document: z
      .object({
        number: z.string().openapi({ description: "Document number (文号)", example: "财税〔2018〕103号" }),
        title: z.string().openapi({ description: "Document title" }),
        issuer: z.string().openapi({ description: "Issuing authority" }),
        date: z.string().openapi({ description: "Date issued (YYYY-MM-DD)" }),
      })
      .openapi({ description: "The document the measure comes from" }),
    clause: z.string().openapi({ description: "The article or clause within the document" }),
    summary: bilingual("What the measure does"),
    calculators: z.array(z.string()).openapi({ description: "The calculators that apply it" }),
    switch: z
      .string()
      .optional()
      .openapi({ description: "Name of the switch in the cash-flow projection's `measures`" }),
    basedOn: z
      .array(z.string())
      .optional()
      .openapi({ description: "Ids of the measures this one restates or builds on" }),
    parameters: z
      .array(ParameterSchema)
      .openapi({ description: "The figures the measure sets, with provenance" }),
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
            published: z.string().openapi({ description: "Date this catalog version was published" }),
            measures: z.array(MeasureSchema).openapi({ description: "The measures, in catalog order" }),
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
        .openapi({ param: { name: "id", in: "path", description: "Measure id" }, example: "cs-2018-103" }),
    }),
  },
  responses: {
    200: {
      description: "The measure",
      content: { "application/json": { schema: MeasureSchema.extend({ ruleset: RulesetSchema }) } },
    },
    ...errorResponses("validation", "not-found"),
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

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { validityOn } from "../domain/validity";
import { catalog, findMeasure, type Measure, RULESET } from "../policy/catalog";
import type { AppEnv } from "./env";
import { errorResponses, problemResponse } from "./problem";
import { bilingual, IsoDateSchema, RulesetSchema } from "./schemas";

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

const RuleRefSchema = z
  .object({
    measure: z.string().optional().openapi({ description: "The catalog measure, when the rule is one" }),
    source: z
      .string()
      .openapi({ description: "Document number and clause", example: "财税〔2018〕103号 第一条" }),
    kind: z.enum(["rule", "bank-product", "not-identified"]).openapi({
      description:
        "rule: a law, regulation or government document; bank-product: granted by a bank, not by a document; not-identified: the granting rule is not named",
    }),
  })
  .openapi("MeasureRuleRef");

export const MeasureSchema = z
  .object({
    id: z
      .string()
      .openapi({ description: "Measure id (GET /v1/measures/{id})", example: "zs-2024-24-m16-netting" }),
    jurisdiction: z.string().openapi({ description: "Where it applies (national, Guangdong, a city)" }),
    document: z
      .object({
        number: z.string().nullable().openapi({
          description: "Document number (文号); null: the document carries none",
          example: "财税〔2018〕103号",
        }),
        title: z.string().openapi({ description: "Document title" }),
        issuer: z
          .string()
          .nullable()
          .openapi({ description: "Issuing authority; null: not stated in the document (文件未载明)" }),
        date: z.string().nullable().openapi({
          description: "Date issued (YYYY-MM-DD); null: not stated in the document (文件未载明)",
        }),
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
    validFrom: z.string().nullable().openapi({
      description: "First day in force (inclusive); null: not stated in the document",
      example: "2024-04-20",
    }),
    validTo: z
      .string()
      .nullable()
      .openapi({ description: "Last day in force (inclusive); null: open-ended", example: "2026-04-19" }),
    validity: bilingual("Where the dates in force come from: the document's own words, or why they are open"),
    grantedBy: z.array(RuleRefSchema).openapi({
      description:
        "The rules that grant the benefit; a benefit keeps computing under these after a promoting local document lapses",
    }),
    promotedBy: z
      .array(RuleRefSchema)
      .openapi({ description: "The documents that promote the measure (a local document restating a rule)" }),
    sourceStatus: z.enum(["document", "unsourced-example"]).openapi({
      description:
        "document: from a seed document or a national rule; unsourced-example: from no document, an example only (never shown in a briefing)",
    }),
    unconfirmed: z
      .array(
        z.object({
          field: z
            .string()
            .openapi({ description: "The catalog field (document.date, clause, validTo, ...)" }),
          note: z.string().openapi({ description: "What could not be confirmed against the published text" }),
        }),
      )
      .openapi({ description: "Facts not confirmed against the published text; empty when all were" }),
    status: z.enum(["not-yet", "in-force", "lapsed"]).optional().openapi({
      description: "Only when the request gives `on`: whether the measure is in force on that date",
    }),
  })
  .openapi("Measure");

/**
 * A catalog measure as the API states it. Every measure of the current catalog carries its dates and
 * rules (a test checks it); the fallbacks only type the older catalogs' shape.
 */
function measureOut(m: Measure, on: string | undefined): z.infer<typeof MeasureSchema> {
  const validity = { validFrom: m.validFrom ?? null, validTo: m.validTo ?? null };
  return {
    ...m,
    ...validity,
    validity: m.validity ?? { zh: "文件未载明有效期", en: "Not stated in the document" },
    grantedBy: m.grantedBy ?? [],
    promotedBy: m.promotedBy ?? [],
    sourceStatus: m.sourceStatus ?? "document",
    unconfirmed: m.unconfirmed ?? [],
    ...(on ? { status: validityOn(validity, on) } : {}),
  };
}

const OnQuery = IsoDateSchema.optional().openapi({
  description: "A date (YYYY-MM-DD): each measure then says whether it is in force on it",
  example: "2026-12-01",
});

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
      on: OnQuery,
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
    query: z.object({ on: OnQuery }),
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
    const { calculator, on } = c.req.valid("query");
    const measures = calculator
      ? catalog.measures.filter((m) => m.calculators.includes(calculator))
      : catalog.measures;
    return c.json(
      { ruleset: RULESET, published: catalog.published, measures: measures.map((m) => measureOut(m, on)) },
      200,
    );
  })
  .openapi(getRoute, (c) => {
    const { id } = c.req.valid("param");
    const { on } = c.req.valid("query");
    const m = findMeasure(id);
    if (!m) {
      return problemResponse(c, "not-found", {
        zh: `目录中没有编号为 ${id} 的措施`,
        en: `No measure with id ${id} in the catalog`,
      }) as never;
    }
    return c.json({ ...measureOut(m, on), ruleset: RULESET }, 200);
  });

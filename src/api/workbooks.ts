import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { FieldProblem } from "../domain/errors";
import { BLANK_SCENARIO } from "../policy/blank-scenario";
import { findPreset } from "../policy/presets";
import { KEY_OPTIONAL } from "./access";
import type { AppEnv } from "./env";
import { langOf } from "./i18n";
import { errorResponses, problemResponse } from "./problem";
import { ScenarioSchema } from "./scenario-schema";
import { readScenarioWorkbook, scenarioWorkbook } from "./scenario-workbook";
import { jsonOk } from "./schemas";
import { fieldProblems } from "./validation";
import { readWorkbook, WorkbookError, XLSX_TYPE } from "./xlsx";

export const IMPORT_PATH = "/v1/scenarios/import";
/** A filled template is about 20 KB; 1 MiB leaves room for what a spreadsheet program adds. */
export const MAX_WORKBOOK_BYTES = 1024 * 1024;
export const WORKBOOK_TYPES =
  /^application\/(vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet|octet-stream)\b/i;
const EXAMPLE_PRESET = "guzhen-led-9810-amazon";

const templateRoute = createRoute({
  method: "get",
  path: "/v1/scenarios/template.xlsx",
  operationId: "getScenarioTemplate",
  tags: ["scenarios"],
  summary: "A scenario as an Excel workbook to fill in (blank, or a preset's)",
  description:
    "Sheets: the company and the measures; one row per product line (units by month on their own sheet, " +
    "overseas costs and B2B payment terms by line number); the timing; FX rates and hedging; financing and its " +
    "products; grants (an amount on a date, or a programme to estimate); the firm's facts for grant programmes " +
    "(city and district, online retail sales, trainees, eligible spend, cost-share terms, district awards); " +
    "notes. Drop-down lists for every enumeration. Figures are numeric cells whose number format shows the " +
    "decimals written (money with a thousands separator, rates as fractions), and import reads those decimals " +
    "back, so figures come back as written; an amount of more than 15 significant digits is a text cell (a " +
    "double would not carry it), named on the notes sheet. Chinese by default, English with `lang=en`. POST it " +
    "back to /v1/scenarios/import.",
  security: KEY_OPTIONAL,
  request: {
    query: z.object({
      preset: z
        .string()
        .max(100)
        .optional()
        .openapi({
          param: {
            name: "preset",
            in: "query",
            description: "A preset id (GET /v1/presets); blank form without",
          },
          example: EXAMPLE_PRESET,
        }),
      lang: z
        .enum(["zh", "en"])
        .optional()
        .openapi({
          param: { name: "lang", in: "query", description: "Language of the sheets (default zh)" },
        }),
    }),
  },
  responses: {
    200: {
      description: "The workbook",
      content: {
        [XLSX_TYPE]: { schema: z.string().openapi({ format: "binary", description: "An .xlsx workbook" }) },
      },
    },
    ...errorResponses("validation", "not-found"),
  },
});

const importRoute = createRoute({
  method: "post",
  path: IMPORT_PATH,
  operationId: "importScenarioWorkbook",
  tags: ["scenarios"],
  summary: "The scenario a filled-in workbook describes",
  description:
    "Reads a workbook from GET /v1/scenarios/template.xlsx (in either language) and answers the scenario, ready " +
    "to POST to /v1/cashflow/projection. The same workbook always gives the same scenario; a preset's workbook " +
    "gives back the preset's scenario exactly. Every problem names the sheet and the cell (pointer " +
    `/sheets/{sheet}/{cell}), in Chinese or English. At most ${MAX_WORKBOOK_BYTES / 1024} KB.`,
  security: KEY_OPTIONAL,
  request: {
    body: {
      required: true,
      description: "The .xlsx workbook (application/octet-stream is accepted too)",
      content: {
        [XLSX_TYPE]: {
          schema: z.string().openapi({ format: "binary", description: "An .xlsx workbook" }),
          examples: {
            preset: {
              summary: "The workbook of the preset guzhen-led-9810-amazon",
              externalValue: `/v1/scenarios/template.xlsx?preset=${EXAMPLE_PRESET}`,
            },
          },
        },
      },
    },
  },
  responses: {
    200: jsonOk(ScenarioSchema, "The scenario"),
    ...errorResponses("validation", "unsupported-media-type", "payload-too-large"),
  },
});

export const workbooksRoutes = [templateRoute, importRoute];

export const workbooksApi = new OpenAPIHono<AppEnv>();

workbooksApi.openapi(templateRoute, (c) => {
  const { preset: id } = c.req.valid("query");
  const preset = id ? findPreset(id) : undefined;
  if (id && !preset) {
    return problemResponse(c, "not-found", {
      zh: "没有这个预设；预设列表见 /v1/presets",
      en: "No such preset; see /v1/presets for the list",
    }) as never;
  }
  const lang = langOf(c);
  const name = `${preset?.id ?? "scenario"}${lang === "en" ? "-en" : ""}.xlsx`;
  return c.body(scenarioWorkbook(preset?.scenario ?? BLANK_SCENARIO, lang), 200, {
    "content-type": XLSX_TYPE,
    "content-disposition": `attachment; filename="${name}"`,
  }) as never;
});

function workbookProblem(c: Context<AppEnv>, fields: FieldProblem[]) {
  return problemResponse(
    c,
    "validation",
    {
      zh: `工作簿有 ${fields.length} 处有误，请逐一修改后重新上传`,
      en: `The workbook has ${fields.length} problem(s); correct each and upload it again`,
    },
    fields,
  );
}

/** Scenario problems moved onto the cells the values came from. */
function onCells(problems: FieldProblem[], cells: Map<string, string>): FieldProblem[] {
  return problems.map((p) => {
    const where = cells.get(p.pointer);
    if (!where) return p;
    return {
      pointer: `/sheets/${where.replace("!", "/")}`,
      en: `${where}: ${p.en}`,
      zh: `${where}：${p.zh}`,
    };
  });
}

workbooksApi.openapi(importRoute, async (c) => {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  let sheets: ReturnType<typeof readWorkbook>;
  try {
    sheets = readWorkbook(bytes);
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    return workbookProblem(c, [
      {
        pointer: "",
        en: `not an .xlsx workbook (${error.message}): save it as Excel Workbook (.xlsx)`,
        zh: "不是 .xlsx 工作簿：请另存为“Excel 工作簿 (.xlsx)”后上传",
      },
    ]) as never;
  }
  const located = readScenarioWorkbook(sheets);
  if (located.problems.length > 0) return workbookProblem(c, located.problems) as never;
  const parsed = ScenarioSchema.safeParse(located.scenario);
  if (!parsed.success) {
    return workbookProblem(c, onCells(fieldProblems(parsed.error, located.scenario), located.cells)) as never;
  }
  return c.json(located.scenario as never, 200);
});

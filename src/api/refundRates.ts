import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { reject } from "../domain/errors";
import { fixed } from "../domain/money";
import { findRefundRate } from "../domain/tax";
import { citation, RULESET } from "../policy/catalog";
import { REFUND_RATES_PUBLISHED, taxRules } from "../policy/tax";
import type { AppEnv } from "./env";
import { errorResponses, problemResponse } from "./problem";
import { bilingual, ExplainSchema, IsoDateSchema, jsonOk, RateOut, RulesetSchema } from "./schemas";
import { msg } from "./validation";

const RefundRateResponse = z
  .object({
    hsCode: z.string().openapi({ description: "The HS code asked about" }),
    date: z.string().openapi({ description: "The export date asked about" }),
    matchedPrefix: z.string().openapi({ description: "The longest HS prefix of the table that matches" }),
    group: bilingual("The product group of the table row"),
    vatRate: RateOut,
    refundRate: RateOut.openapi({ description: "0 = no refund (which alone does not cancel the exemption)" }),
    validFrom: z.string().openapi({ description: "First export date the rate applies to" }),
    validTo: z
      .string()
      .nullable()
      .openapi({ description: "Last export date it applies to; null while in force" }),
    measure: z.string().openapi({ description: "Measure id of the document that set the rate" }),
    source: z.string().openapi({ description: "Document number and clause" }),
    note: z.string().optional().openapi({ description: "What to check before relying on the rate" }),
    tablePublished: z.string().openapi({ description: "Date of the rate table the answer comes from" }),
    explain: ExplainSchema,
    ruleset: RulesetSchema,
  })
  .openapi("RefundRate");

const refundRateRoute = createRoute({
  method: "get",
  path: "/v1/reference/refund-rates",
  operationId: "getRefundRate",
  tags: ["tax"],
  summary: "The VAT and export-refund rate of an HS code on an export date (dated table, longest prefix)",
  description:
    "Rows cover the product groups typical of Zhongshan with their validity dates and source documents " +
    "(e.g. batteries 8507: 9% from 2024-12-01 by 公告2024年第15号, 6% from 2026-04-01 and 0 from 2027-01-01 by " +
    "公告2026年第2号). 404 when no row covers the code; 422 when the code's rows do not cover the date.",
  request: {
    query: z.object({
      hs: z
        .string()
        .regex(/^\d{2,10}$/, { error: msg("hs-prefix") })
        .openapi({ description: "HS code, 2 to 10 digits", example: "8507600090" }),
      date: IsoDateSchema.openapi({ description: "Export date on the declaration", example: "2026-05-01" }),
    }),
  },
  responses: {
    200: jsonOk(RefundRateResponse, "The row in force"),
    ...errorResponses("validation", "not-found", "unprocessable"),
  },
});

export const refundRatesRoutes = [refundRateRoute];

export const refundRatesApi = new OpenAPIHono<AppEnv>().openapi(refundRateRoute, (c) => {
  const { hs, date } = c.req.valid("query");
  const found = findRefundRate(taxRules.refundRates, hs, date);
  if (!found.found) {
    if (found.reason === "unknown-code") {
      return problemResponse(c, "not-found", {
        zh: `退税率表中没有覆盖 HS ${hs} 的税率行；请按出口退税率文库查询并在计算时直接提供税率`,
        en: `No row of the refund-rate table covers HS ${hs}; look it up in the refund-rate database and send the rates`,
      }) as never;
    }
    const spans = found.covered.map((s) => `${s.from}..${s.to ?? ""}`).join(", ");
    reject(
      "/query/date",
      `HS ${found.prefix} has rates only for ${spans}`,
      `HS ${found.prefix} 仅在以下期间有税率：${spans}`,
    );
  }
  return c.json(refundRateOut(hs, date, found.row), 200);
});

type RefundRateRow = Extract<ReturnType<typeof findRefundRate>, { found: true }>["row"];

/** The table row in force for the code on the date, with the step saying how it was matched. */
function refundRateOut(hs: string, date: string, row: RefundRateRow) {
  return {
    hsCode: hs,
    date,
    matchedPrefix: row.hsPrefix,
    group: row.group,
    vatRate: fixed(row.vatRate, 4),
    refundRate: fixed(row.refundRate, 4),
    validFrom: row.validFrom,
    validTo: row.validTo,
    measure: row.source,
    source: citation(row.source),
    ...(row.note ? { note: row.note } : {}),
    tablePublished: REFUND_RATES_PUBLISHED,
    explain: [
      {
        key: "refundRate",
        zh: `HS ${hs} 匹配 ${row.hsPrefix}（${row.group.zh}），${date} 适用 ${row.validFrom} 起的税率`,
        en: `HS ${hs} matches ${row.hsPrefix} (${row.group.en}); on ${date} the row from ${row.validFrom} applies`,
        formula: "longest HS prefix; the row whose dates cover the date",
        inputs: { hs, date },
        value: `${fixed(row.vatRate, 4)} / ${fixed(row.refundRate, 4)}`,
        measure: row.source,
        source: citation(row.source),
      },
    ],
    ruleset: RULESET,
  };
}

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { findTenant, usageSince } from "../store/tenants";
import { chinaDay, KEY_REQUIRED, requireTenant, storage } from "./access";
import { writeUsage } from "./access-cache";
import type { AppEnv } from "./env";
import { errorResponses } from "./problem";
import { jsonOk } from "./schemas";

const usageRoute = createRoute({
  method: "get",
  path: "/v1/usage",
  operationId: "getUsage",
  tags: ["tenancy"],
  summary: "The calling bank's requests per day",
  description:
    "Every request made with one of the bank's API keys and admitted by the rate limit counts on its " +
    "calendar day in China Standard Time (UTC+8). Days without requests are left out. Counting is at most " +
    "once: a request is never counted twice, but the counts an instance holds in memory (at most its last " +
    "second) are lost if it stops, and a batch whose write to the database fails is dropped. The figures are " +
    "for monitoring, not billing.",
  security: KEY_REQUIRED,
  request: {
    query: z.object({
      days: z.coerce
        .number()
        .int()
        .min(1)
        .max(366)
        .default(31)
        .openapi({ description: "How many days back, today included", example: 31 }),
    }),
  },
  responses: {
    200: jsonOk(
      z
        .object({
          tenant: z
            .object({
              id: z.string().openapi({ description: "Tenant id" }),
              name: z.string().openapi({ description: "Tenant name" }),
            })
            .openapi({ description: "The tenant the calling key belongs to" }),
          from: z.string().openapi({ description: "First day covered (UTC+8)", example: "2026-10-24" }),
          to: z.string().openapi({ description: "Today (UTC+8)", example: "2026-11-23" }),
          total: z.number().int().openapi({ description: "Requests over the days listed" }),
          days: z
            .array(
              z.object({
                day: z.string().openapi({ description: "The day (YYYY-MM-DD, UTC+8)" }),
                requests: z
                  .number()
                  .int()
                  .openapi({ description: "Requests with the tenant's keys that day" }),
              }),
            )
            .openapi({ description: "Days with requests, oldest first" }),
        })
        .openapi("Usage"),
      "Requests per day",
    ),
    ...errorResponses("validation", "unauthorized", "rate-limited", "not-configured", "storage-not-ready"),
  },
});

export const usageRoutes = [usageRoute];

export const usageApi = new OpenAPIHono<AppEnv>().openapi(usageRoute, async (c) => {
  const { tenantId } = requireTenant(c);
  const { days } = c.req.valid("query");
  const db = storage(c);
  // Counts wait in memory for up to a second: write this instance's (this request's included) first.
  await writeUsage(db);
  const now = Date.now();
  const from = chinaDay(new Date(now - (days - 1) * 86_400_000));
  // The key that authenticated this request references its tenant (foreign key), so it exists.
  const [tenant, rows] = await Promise.all([findTenant(db, tenantId), usageSince(db, tenantId, from)]);
  const total = rows.reduce((n, r) => n + r.requests, 0);
  return c.json(
    { tenant: { id: tenantId, name: tenant!.name }, from, to: chinaDay(new Date(now)), total, days: rows },
    200,
  );
});

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { canonicalJson } from "../domain/canonical";
import { InputError } from "../domain/errors";
import { RULESET } from "../policy/catalog";
import { findPreset } from "../policy/presets";
import { cashflowRulesFor, isLoadableRuleset } from "../policy/rulesets";
import {
  deletePublicScenario,
  deleteTenantScenario,
  EXPIRED_KEPT_DAYS,
  findScenario,
  insertScenario,
  isDuplicateKey,
  listScenarios,
  type StoredScenario,
} from "../store/scenarios";
import { ID_PATTERN, newDeleteToken, newId, sha256Hex } from "../store/secrets";
import { KEY_OPTIONAL, KEY_REQUIRED, limitByClient, requireTenant, scopeOf, storage } from "./access";
import { ProjectionSchema, projectionResponse } from "./cashflow";
import type { AppEnv } from "./env";
import { earlierSave, IdempotencyKeyHeader, keyedSave, recordOf } from "./idempotency";
import { errorResponses, ProblemError, ProblemSchema, problemResponse } from "./problem";
import { ScenarioSchema, scenarioSchemaUnder } from "./scenario-schema";
import { jsonBody, jsonOk, plainText, RulesetSchema } from "./schemas";
import { fieldProblems } from "./validation";

const NameSchema = plainText("A name people recognize the scenario by", "中山家居 2027 年海外仓方案", 120);

const IdSchema = z.string().openapi({
  description: "Scenario id: 32 lowercase hex digits (128 random bits)",
  pattern: ID_PATTERN.source,
  example: "3f9c2a7e5b1d4c8fa06e92b7d41c5e80",
});

const CreateScenarioSchema = z
  .strictObject({
    name: NameSchema,
    scenario: ScenarioSchema.openapi({
      description:
        "The scenario as POST /v1/cashflow/projection takes it; validated the same way. Stored as canonical " +
        "JSON (keys sorted, RFC 8785) and returned byte for byte. Send money as decimal strings.",
    }),
  })
  .openapi("CreateScenarioRequest");

/** How long a public share link stays readable after it is saved. */
export const PUBLIC_LINK_DAYS = 90;
/** The largest scenario saved without a key, in bytes of its canonical JSON (UTF-8). */
export const PUBLIC_SCENARIO_MAX_BYTES = 24 * 1024;

const SavedScenarioSchema = z
  .object({
    id: IdSchema,
    name: z.string().openapi({ description: "The name it was saved under" }),
    visibility: z.enum(["tenant", "public"]).openapi({
      description:
        "tenant: saved with an API key, visible only to that bank's keys; public: saved anonymously, " +
        "readable by anyone holding the id (a share link)",
    }),
    ruleset: RulesetSchema.openapi({
      description: "Catalog version in force when saved; the scenario's projection recomputes under it",
    }),
    createdAt: z.string().openapi({ description: "When it was saved (ISO 8601, UTC)", format: "date-time" }),
    expiresAt: z
      .string()
      .nullable()
      .openapi({
        description:
          `Public share links only: the link stops working ${PUBLIC_LINK_DAYS} days after it was saved (ISO 8601, ` +
          "UTC); reading it afterwards answers 410. null for a bank's scenarios, which do not expire.",
        format: "date-time",
      }),
    scenario: z.record(z.string(), z.unknown()).openapi({ description: "The scenario, as saved" }),
  })
  .openapi("SavedScenario");

const CreatedScenarioSchema = SavedScenarioSchema.extend({
  deleteToken: z
    .string()
    .optional()
    .openapi({
      description:
        "Public scenarios only, shown once: send it as X-Delete-Token to delete the scenario. Keep it private; " +
        "share only the id.",
    }),
}).openapi("CreatedScenario");

const example = {
  name: "沙溪T恤 2026 年无票免税方案",
  scenario: findPreset("shaxi-apparel-9610-no-invoice")?.scenario,
};

const scenarioPath = {
  params: z.object({
    id: IdSchema.openapi({
      param: { name: "id", in: "path", description: "Scenario id, as returned when saved" },
    }),
  }),
};

/**
 * Saves without a key draw on a budget of their own per client (RATE_LIMIT_SAVE, lower than the
 * general one), checked before the body is read.
 */
const publicSaveLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (scopeOf(c) === null) await limitByClient(c, c.env?.RATE_LIMIT_SAVE);
  return next();
};

const createRouteConfig = createRoute({
  method: "post",
  path: "/v1/scenarios",
  operationId: "createScenario",
  tags: ["scenarios"],
  summary: "Save a scenario; with an API key in the bank's scope, without one as a public share link",
  description:
    "Stores the scenario as canonical JSON together with the ruleset version in force, so its projection " +
    "reads the same later. The id is 128 random bits: it cannot be guessed, so it can serve as a share link. " +
    `Without a key (a public share link): at most ${PUBLIC_SCENARIO_MAX_BYTES / 1024} KB of scenario (413 ` +
    "beyond), a save limit per client lower than the general one (429), and the link expires " +
    `${PUBLIC_LINK_DAYS} days after saving (expiresAt; 410 afterwards, deleted ${EXPIRED_KEPT_DAYS} days later). ` +
    "Send an Idempotency-Key to make a retry safe.",
  security: KEY_OPTIONAL,
  middleware: [publicSaveLimit],
  request: {
    headers: z.object({ "idempotency-key": IdempotencyKeyHeader }),
    body: jsonBody(CreateScenarioSchema, example),
  },
  responses: {
    201: {
      description:
        "Saved; Location names it. A retry with the same Idempotency-Key and body answers the first save again, " +
        "with Idempotent-Replayed: true",
      headers: z.object({
        Location: z.string().openapi({ example: "/v1/scenarios/3f9c2a7e5b1d4c8fa06e92b7d41c5e80" }),
        "Idempotent-Replayed": z
          .string()
          .optional()
          .openapi({ description: "true when this is the answer of an earlier save with the same key" }),
      }),
      content: { "application/json": { schema: CreatedScenarioSchema } },
    },
    ...errorResponses(
      "validation",
      "unauthorized",
      "payload-too-large",
      "idempotency-key-reused",
      "rate-limited",
      "not-configured",
      "storage-not-ready",
    ),
  },
});

const CursorSchema = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f]{32})$/, {
    error: "not a cursor from a previous page",
  })
  .openapi({ description: "nextCursor of the previous page" });

const listRouteConfig = createRoute({
  method: "get",
  path: "/v1/scenarios",
  operationId: "listScenarios",
  tags: ["scenarios"],
  summary: "The calling bank's saved scenarios, newest first",
  security: KEY_REQUIRED,
  request: {
    query: z.object({
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(100)
        .default(20)
        .openapi({ description: "Page size", example: 20 }),
      cursor: CursorSchema.optional(),
    }),
  },
  responses: {
    200: jsonOk(
      z
        .object({
          scenarios: z
            .array(SavedScenarioSchema.omit({ scenario: true, visibility: true, expiresAt: true }))
            .openapi({ description: "One page of saved scenarios, newest first, without their contents" }),
          nextCursor: z
            .string()
            .nullable()
            .openapi({ description: "Pass as cursor for the next page; null at the end" }),
        })
        .openapi("ScenarioList"),
      "One page of the tenant's scenarios (without their contents)",
    ),
    ...errorResponses("validation", "unauthorized", "rate-limited", "not-configured", "storage-not-ready"),
  },
});

const getRouteConfig = createRoute({
  method: "get",
  path: "/v1/scenarios/{id}",
  operationId: "getScenario",
  tags: ["scenarios"],
  summary: "A saved scenario, exactly as saved",
  description:
    "With an API key: the bank's own scenarios only. Without: public scenarios only. Any other id, " +
    "malformed or another bank's, answers 404, so ids are never confirmed.",
  security: KEY_OPTIONAL,
  request: scenarioPath,
  responses: {
    200: jsonOk(SavedScenarioSchema, "The scenario"),
    ...errorResponses(
      "unauthorized",
      "not-found",
      "gone",
      "rate-limited",
      "not-configured",
      "storage-not-ready",
    ),
  },
});

const deleteRouteConfig = createRoute({
  method: "delete",
  path: "/v1/scenarios/{id}",
  operationId: "deleteScenario",
  tags: ["scenarios"],
  summary: "Delete a saved scenario",
  description:
    "With an API key: any of the bank's scenarios. Without: a public scenario, with the X-Delete-Token " +
    "returned when it was saved (holding the id lets anyone read a share link, not delete it).",
  security: KEY_OPTIONAL,
  request: {
    ...scenarioPath,
    headers: z.object({
      "x-delete-token": z.string().optional().openapi({
        description: "deleteToken from the creation of a public scenario",
        example: "q2L0yU1u0mF3oKc6fX8nV4tB9sR7eJ5hW2aZ1dG6pQ3",
      }),
    }),
  },
  responses: {
    204: { description: "Deleted" },
    ...errorResponses(
      "unauthorized",
      "forbidden",
      "not-found",
      "rate-limited",
      "not-configured",
      "storage-not-ready",
    ),
  },
});

/** The 422 of a saved scenario whose ruleset version this server no longer carries. */
const RulesetNotCarriedSchema = ProblemSchema.extend({
  savedRuleset: RulesetSchema.optional().openapi({
    description:
      "ruleset-not-carried: the version the scenario was saved under, which this server cannot compute",
    example: "2025.6.0",
  }),
  currentRuleset: RulesetSchema.optional().openapi({
    description: "ruleset-not-carried: the version in force, under which `recompute` computes",
  }),
  recompute: z.string().optional().openapi({
    description:
      "ruleset-not-carried: GET this path for the projection under the version in force (its `ruleset` says so)",
    example: "/v1/scenarios/3f9c2a7e5b1d4c8fa06e92b7d41c5e80/projection?ruleset=current",
  }),
}).openapi("SavedProjectionProblem");

const projectionRouteConfig = createRoute({
  method: "get",
  path: "/v1/scenarios/{id}/projection",
  operationId: "projectSavedScenario",
  tags: ["scenarios"],
  summary: "The cash-flow projection of a saved scenario, under the ruleset it was saved with",
  description:
    "Recomputes the saved scenario with the ruleset version recorded at saving, read and computed as that " +
    "version did, so a figure shown last month reads the same bytes today. A scenario saved under a version " +
    "this server no longer carries answers 422 `/problems/ruleset-not-carried`, naming the version and the " +
    "`recompute` path: `?ruleset=current` computes it under the version in force instead, and says so in " +
    "`ruleset`. Never different figures under the old label.",
  security: KEY_OPTIONAL,
  request: {
    ...scenarioPath,
    query: z.object({
      ruleset: z
        .enum(["saved", "current"])
        .default("saved")
        .openapi({
          param: {
            name: "ruleset",
            in: "query",
            description:
              "saved (default): under the version the scenario was saved with; current: under the version in force",
          },
          example: "saved",
        }),
    }),
  },
  responses: {
    200: jsonOk(ProjectionSchema, "The projection, as POST /v1/cashflow/projection returns it"),
    ...errorResponses(
      "validation",
      "unauthorized",
      "not-found",
      "gone",
      "rate-limited",
      "not-configured",
      "storage-not-ready",
    ),
    422: {
      description:
        "The saved version is no longer carried (ruleset-not-carried, with `recompute`), or the scenario " +
        "cannot be computed under the version asked for (unprocessable, every field named)",
      headers: z.object({
        Link: z.string().openapi({
          description: "ruleset-not-carried: the `recompute` path, rel=alternate",
          example:
            '</v1/scenarios/3f9c2a7e5b1d4c8fa06e92b7d41c5e80/projection?ruleset=current>; rel="alternate"',
        }),
      }),
      content: { "application/problem+json": { schema: RulesetNotCarriedSchema } },
    },
  },
});

export const scenariosRoutes = [
  createRouteConfig,
  listRouteConfig,
  getRouteConfig,
  deleteRouteConfig,
  projectionRouteConfig,
];

function notFound(id: string): ProblemError {
  return new ProblemError("not-found", {
    zh: `没有您可以访问的已保存方案 ${id.slice(0, 40)}`,
    en: `No saved scenario ${id.slice(0, 40)} is visible to you`,
  });
}

function expired(s: StoredScenario): ProblemError {
  return new ProblemError("gone", {
    zh: `该公开分享链接保存于 ${s.createdAt.slice(0, 10)}，已于 ${s.expiresAt?.slice(0, 10)} 过期（公开链接保存 ${PUBLIC_LINK_DAYS} 天）；请重新保存方案以获得新链接`,
    en: `This public share link was saved on ${s.createdAt.slice(0, 10)} and expired on ${s.expiresAt?.slice(0, 10)} (public links last ${PUBLIC_LINK_DAYS} days); save the scenario again for a new link`,
  });
}

/**
 * The saved scenario `id` in the caller's scope, or 404 problem+json (malformed, unknown and another
 * tenant's ids alike; a malformed id never reaches the database); an expired share link answers 410
 * unless `expiredToo` (deleting it). The projection route GET /v1/scenarios/{id}/projection starts
 * here and recomputes `JSON.parse(stored.scenario)` under `stored.ruleset`.
 */
export async function readScenario(
  c: Context<AppEnv>,
  id: string,
  expiredToo = false,
): Promise<StoredScenario> {
  const db = storage(c);
  if (!ID_PATTERN.test(id)) throw notFound(id);
  const found = await findScenario(db, id, scopeOf(c));
  if (!found) throw notFound(id);
  if (!expiredToo && found.expiresAt !== null && found.expiresAt <= new Date().toISOString())
    throw expired(found);
  return found;
}

/** 413 for a public save larger than PUBLIC_SCENARIO_MAX_BYTES, saying the limit. */
function refuseOversized(scenario: string): void {
  const bytes = new TextEncoder().encode(scenario).length;
  if (bytes <= PUBLIC_SCENARIO_MAX_BYTES) return;
  const limit = PUBLIC_SCENARIO_MAX_BYTES / 1024;
  throw new ProblemError("payload-too-large", {
    zh: `不带 API 密钥保存的方案最多 ${limit} KB，本方案为 ${(bytes / 1024).toFixed(1)} KB；请减少产品线或补贴条目`,
    en: `A scenario saved without an API key may be at most ${limit} KB; this one is ${(bytes / 1024).toFixed(1)} KB`,
  });
}

function addDays(at: Date, days: number): string {
  return new Date(at.getTime() + days * 86_400_000).toISOString();
}

/**
 * A saved scenario whose version this server cannot compute: named, with the path that recomputes it
 * under the version in force. Never today's figures under the old label.
 */
function rulesetNotCarried(c: Context<AppEnv>, stored: StoredScenario): Response {
  const recompute = `/v1/scenarios/${stored.id}/projection?ruleset=current`;
  return problemResponse(
    c,
    "ruleset-not-carried",
    {
      zh: `该方案保存于规则版本 ${stored.ruleset}，本服务已不再提供该版本，无法按原规则重算；如需按现行版本 ${RULESET} 重新计算，请访问 ${recompute}`,
      en: `The scenario was saved under ruleset ${stored.ruleset}, which this server no longer carries, so it cannot be recomputed as it was; GET ${recompute} recomputes it under the version in force, ${RULESET}`,
    },
    undefined,
    { link: `<${recompute}>; rel="alternate"` },
    { savedRuleset: stored.ruleset, currentRuleset: RULESET, recompute },
  );
}

/** The stored canonical text goes out verbatim, so the scenario's bytes never change on the way. */
function savedScenarioBody(s: StoredScenario, deleteToken?: string): string {
  const head = JSON.stringify({
    id: s.id,
    name: s.name,
    visibility: s.tenantId === null ? "public" : "tenant",
    ruleset: s.ruleset,
    createdAt: s.createdAt,
    expiresAt: s.expiresAt,
    ...(deleteToken ? { deleteToken } : {}),
  });
  return `${head.slice(0, -1)},"scenario":${s.scenario}}`;
}

/** A new save under the ruleset in force: a public one (no tenant) expires after PUBLIC_LINK_DAYS. */
function newSavedScenario(
  tenantId: string | null,
  name: string,
  scenario: string,
  now: Date,
): StoredScenario {
  return {
    id: newId(),
    tenantId,
    name,
    scenario,
    ruleset: RULESET,
    createdAt: now.toISOString(),
    expiresAt: tenantId === null ? addDays(now, PUBLIC_LINK_DAYS) : null,
  };
}

const JSON_TYPE = { "content-type": "application/json; charset=utf-8" };

export const scenariosApi = new OpenAPIHono<AppEnv>()
  .openapi(createRouteConfig, async (c) => {
    const { name } = c.req.valid("json");
    const idempotencyKey = c.req.valid("header")["idempotency-key"];
    const db = storage(c);
    // The body as sent (Hono caches the parse): stored whatever the schema's transforms produce.
    const raw = (await c.req.json()) as { scenario: unknown };
    const tenantId = scopeOf(c);
    const scenario = canonicalJson(raw.scenario);
    if (tenantId === null) refuseOversized(scenario);
    const now = new Date();
    const keyed = idempotencyKey ? await keyedSave(c, idempotencyKey, raw) : undefined;
    const answer = (s: StoredScenario, deleteToken: string | undefined, replayed: boolean) =>
      c.body(savedScenarioBody(s, deleteToken), 201, {
        ...JSON_TYPE,
        location: `/v1/scenarios/${s.id}`,
        ...(replayed ? { "idempotent-replayed": "true" } : {}),
      }) as never;
    const replay = async () => {
      const earlier = keyed && (await earlierSave(db, keyed, tenantId, now));
      return earlier ? answer(earlier.stored, earlier.deleteToken, true) : undefined;
    };
    const first = await replay();
    if (first) return first;

    const deleteToken = tenantId === null ? newDeleteToken() : undefined;
    const saved = newSavedScenario(tenantId, name, scenario, now);
    const tokenHash = deleteToken ? await sha256Hex(deleteToken) : null;
    try {
      await insertScenario(db, saved, tokenHash, keyed && (await recordOf(keyed, deleteToken, now)));
    } catch (err) {
      // A concurrent retry with the same key saved first: answer with its save.
      const theirs = isDuplicateKey(err) ? await replay() : undefined;
      if (theirs) return theirs;
      throw err;
    }
    return answer(saved, deleteToken, false);
  })
  .openapi(listRouteConfig, async (c) => {
    const { tenantId } = requireTenant(c);
    const { limit, cursor } = c.req.valid("query");
    const after = cursor
      ? { createdAt: cursor.slice(0, cursor.indexOf("_")), id: cursor.slice(cursor.indexOf("_") + 1) }
      : undefined;
    const rows = await listScenarios(storage(c), tenantId, limit + 1, after);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor = rows.length > limit ? `${last.createdAt}_${last.id}` : null;
    return c.json({ scenarios: page, nextCursor }, 200);
  })
  .openapi(projectionRouteConfig, async (c) => {
    const { id } = c.req.valid("param");
    const stored = await readScenario(c, id);
    const ruleset = c.req.valid("query").ruleset === "current" ? RULESET : stored.ruleset;
    if (!isLoadableRuleset(ruleset)) return rulesetNotCarried(c, stored) as never;
    const raw = JSON.parse(stored.scenario);
    const parsed = scenarioSchemaUnder(cashflowRulesFor(ruleset).behaviour).safeParse(raw);
    if (!parsed.success) throw new InputError(fieldProblems(parsed.error, raw, "/scenario"));
    return c.json(projectionResponse(parsed.data, ruleset), 200);
  })
  .openapi(getRouteConfig, async (c) => {
    const stored = await readScenario(c, c.req.valid("param").id);
    return c.body(savedScenarioBody(stored), 200, JSON_TYPE) as never;
  })
  .openapi(deleteRouteConfig, async (c) => {
    const { id } = c.req.valid("param");
    const stored = await readScenario(c, id, true);
    const db = storage(c);
    if (stored.tenantId !== null) {
      if (!(await deleteTenantScenario(db, id, stored.tenantId))) throw notFound(id);
      return c.body(null, 204);
    }
    const token = c.req.valid("header")["x-delete-token"];
    if (!token || !(await deletePublicScenario(db, id, await sha256Hex(token)))) {
      throw new ProblemError("forbidden", {
        zh: "删除公开方案需要保存时返回的 X-Delete-Token",
        en: "Deleting a public scenario needs the X-Delete-Token returned when it was saved",
      });
    }
    return c.body(null, 204);
  });

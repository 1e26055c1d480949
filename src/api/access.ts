import type { Context } from "hono";
import type { MiddlewareHandler } from "hono/types";
import { API_KEY_PATTERN, sameSecret, sha256Hex } from "../store/secrets";
import { activeKey, countUsage } from "./access-cache";
import type { AppEnv, Caller } from "./env";
import type { Bilingual } from "./i18n";
import { ProblemError } from "./problem";

/** The period of both [[ratelimits]] in wrangler.toml: a limited caller may retry after it. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

/** OpenAPI security schemes (registered in app.ts) and the requirements routes declare. */
export const SECURITY_SCHEMES = {
  apiKey: {
    type: "http",
    scheme: "bearer",
    description:
      "A bank's API key (`cbec_...`) as `Authorization: Bearer <key>`. It scopes saved scenarios to the " +
      "bank's tenant, counts usage per day and raises the rate limit from per-IP to per-key.",
  },
  apiKeyHeader: {
    type: "apiKey",
    in: "header",
    name: "X-Api-Key",
    description: "The same API key in an `X-Api-Key` header, for clients that cannot set Authorization.",
  },
  adminSecret: {
    type: "http",
    scheme: "bearer",
    description: "The operator's ADMIN_SECRET (a wrangler secret) as `Authorization: Bearer <secret>`.",
  },
} as const;

type SecurityRequirement = Record<string, string[]>;
/** A key is optional: with one the tenant's scope, without one the public scope. */
export const KEY_OPTIONAL: SecurityRequirement[] = [{ apiKey: [] }, { apiKeyHeader: [] }, {}];
/** A key is required. */
export const KEY_REQUIRED: SecurityRequirement[] = [{ apiKey: [] }, { apiKeyHeader: [] }];
export const ADMIN_ONLY: SecurityRequirement[] = [{ adminSecret: [] }];

const WWW_AUTHENTICATE = { "www-authenticate": 'Bearer realm="cbec-finance"' };

function unauthorized(detail: Bilingual): ProblemError {
  return new ProblemError("unauthorized", detail, WWW_AUTHENTICATE);
}

/** The D1 database, or 503 where none is bound (the Node entry). */
export function storage(c: Context<AppEnv>): D1Database {
  const db = c.env?.DB;
  if (!db) {
    throw new ProblemError("not-configured", {
      zh: "本服务器未配置存储（D1），无法保存或读取方案、密钥和用量；请使用 Workers 部署或 wrangler dev",
      en: "Storage (D1) is not configured on this server: saved scenarios, keys and usage need the Workers deployment or wrangler dev",
    });
  }
  return db;
}

/** The calling tenant; 401 for anonymous callers on routes that need a key. */
export function requireTenant(c: Context<AppEnv>): Extract<Caller, { kind: "tenant" }> {
  const caller = c.get("caller");
  if (caller?.kind === "tenant") return caller;
  throw unauthorized({
    zh: "该接口需要 API 密钥：Authorization: Bearer <密钥> 或 X-Api-Key",
    en: "This route needs an API key: Authorization: Bearer <key> or X-Api-Key",
  });
}

/** The tenant id of the caller, or null for the public scope. */
export function scopeOf(c: Context<AppEnv>): string | null {
  const caller = c.get("caller");
  return caller?.kind === "tenant" ? caller.tenantId : null;
}

/** The day usage is counted under: the calendar day in China Standard Time (UTC+8, no DST). */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

async function enforce(limiter: RateLimit | undefined, bucket: string): Promise<void> {
  if (!limiter) return;
  const { success } = await limiter.limit({ key: bucket });
  if (!success) {
    throw new ProblemError(
      "rate-limited",
      {
        zh: `请求过于频繁，请 ${RATE_LIMIT_PERIOD_SECONDS} 秒后重试`,
        en: `Too many requests; retry after ${RATE_LIMIT_PERIOD_SECONDS} seconds`,
      },
      { "retry-after": String(RATE_LIMIT_PERIOD_SECONDS) },
    );
  }
}

/**
 * Per-IP limit. Cloudflare's edge always sets CF-Connecting-IP (and overwrites a client's own); a
 * request without it did not come through the edge (in-process tests), and is not IP-limited.
 */
function limitByIp(c: Context<AppEnv>): Promise<void> {
  const ip = c.req.header("cf-connecting-ip");
  return ip ? enforce(c.env?.RATE_LIMIT_IP, `ip:${ip}`) : Promise.resolve();
}

/** The key a request presents, if any: `Authorization: Bearer <key>` first, else `X-Api-Key`. */
function presentedKey(c: Context<AppEnv>): string | undefined {
  const authorization = c.req.header("authorization");
  if (authorization !== undefined) {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!bearer) {
      throw unauthorized({
        zh: "Authorization 须为 “Bearer <API 密钥>”",
        en: "Authorization must be 'Bearer <API key>'",
      });
    }
    return bearer[1];
  }
  return c.req.header("x-api-key");
}

const INVALID_KEY: Bilingual = {
  zh: "API 密钥无效或已吊销",
  en: "The API key is not valid or has been revoked",
};

/**
 * Who is calling, and whether they may: runs on /v1/* before the body is read. Anonymous callers are
 * limited per IP; a presented key must be valid (a wrong key is an error, never a silent fall-back
 * to anonymous), is limited per key, and its request is counted for its tenant's day. Failed key
 * attempts count against the IP, so guessing costs the guesser. Admin routes check their own secret.
 */
export const accessControl: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.path.startsWith("/v1/admin/")) {
    await limitByIp(c);
    c.set("caller", { kind: "anonymous" });
    return next();
  }
  const key = presentedKey(c);
  if (key === undefined) {
    await limitByIp(c);
    c.set("caller", { kind: "anonymous" });
    return next();
  }
  if (!API_KEY_PATTERN.test(key)) {
    await limitByIp(c);
    throw unauthorized(INVALID_KEY);
  }
  const db = storage(c);
  const now = Date.now();
  const found = await activeKey(db, await sha256Hex(key), now);
  if (!found) {
    await limitByIp(c);
    throw unauthorized(INVALID_KEY);
  }
  await enforce(c.env?.RATE_LIMIT_KEY, `key:${found.keyId}`);
  countUsage(db, found.tenantId, chinaDay(new Date(now)), (work) => inBackground(c, work));
  c.set("caller", { kind: "tenant", ...found });
  return next();
};

/**
 * Counts `extra` more requests for the caller after the one accessControl counted: a batch of N
 * items is N requests for the rate limit and the usage, in the same bucket as the request itself.
 * Past the limit the whole batch is refused (429) and no further usage is counted.
 */
export async function countFurtherRequests(c: Context<AppEnv>, extra: number): Promise<void> {
  if (extra <= 0) return;
  const caller = c.get("caller");
  const ip = c.req.header("cf-connecting-ip");
  const [limiter, bucket] =
    caller?.kind === "tenant"
      ? [c.env?.RATE_LIMIT_KEY, `key:${caller.keyId}`]
      : [ip ? c.env?.RATE_LIMIT_IP : undefined, `ip:${ip}`];
  await Promise.all(Array.from({ length: extra }, () => enforce(limiter, bucket)));
  if (caller?.kind === "tenant") {
    const db = storage(c);
    countUsage(db, caller.tenantId, chinaDay(new Date()), (work) => inBackground(c, work), extra);
  }
}

/**
 * Lets `work` finish after the response is sent (Workers' waitUntil); where there is no execution
 * context (in-process requests) it simply runs on.
 */
function inBackground(c: Context<AppEnv>, work: Promise<void>): void {
  try {
    c.executionCtx.waitUntil(work);
  } catch {
    // Hono throws when the request came without an execution context: nothing to extend.
  }
}

/** Guards the admin routes with ADMIN_SECRET (503 when the server has none). */
export const adminOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  const secret = c.env?.ADMIN_SECRET;
  if (!secret) {
    throw new ProblemError("not-configured", {
      zh: "本服务器未设置 ADMIN_SECRET，管理接口已停用",
      en: "ADMIN_SECRET is not set on this server; the admin routes are disabled",
    });
  }
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "");
  if (!bearer || !(await sameSecret(bearer[1], secret))) {
    throw unauthorized({
      zh: "管理接口需要 Authorization: Bearer <ADMIN_SECRET>",
      en: "Admin routes need Authorization: Bearer <ADMIN_SECRET>",
    });
  }
  return next();
};

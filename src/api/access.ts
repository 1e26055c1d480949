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

/** The eight 16-bit groups of an IPv6 address (`::`, an embedded IPv4 tail and a zone allowed), or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase().replace(/%.*$/, "");
  const v4 = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(2).map(Number);
    if ([a, b, c, d].some((n) => n > 255)) return null;
    text = `${v4[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const part = (s: string) => (s === "" ? [] : s.split(":"));
  const head = part(halves[0]);
  const tail = halves.length === 2 ? part(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array(missing).fill("0"), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => Number.parseInt(g, 16));
}

/**
 * The rate-limit bucket of a client address. An IPv6 client is given a whole /64 (one subscriber's
 * network, RFC 6177), so rotating through its own addresses gains nothing; an IPv4-mapped IPv6 address
 * counts as its IPv4 address.
 */
export function clientBucket(address: string): string {
  const groups = address.includes(":") ? ipv6Groups(address) : null;
  if (!groups) return `ip:${address.trim().toLowerCase()}`;
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return `ip:${groups[6] >> 8}.${groups[6] & 255}.${groups[7] >> 8}.${groups[7] & 255}`;
  return `ip6:${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

/**
 * The calling client's bucket. Cloudflare's edge always sets CF-Connecting-IP (and overwrites a
 * client's own); a request without it did not come through the edge (in-process tests, the Node entry)
 * and has no bucket: it is not IP-limited.
 */
export function clientOf(c: Context<AppEnv>): string | null {
  const ip = c.req.header("cf-connecting-ip");
  return ip ? clientBucket(ip) : null;
}

/** Per-client limit for anonymous calls and failed authentication (the /64 for IPv6). */
export function limitByClient(c: Context<AppEnv>, limiter = c.env?.RATE_LIMIT_IP): Promise<void> {
  const client = clientOf(c);
  return client ? enforce(limiter, client) : Promise.resolve();
}

/** HTTP whitespace (space, tab) around a header's value, ignored alike in every credential header. */
function httpTrim(value: string): string {
  return value.replace(/^[ \t]+|[ \t]+$/g, "");
}

/** A credential as a request presents it: absent, a token, or an Authorization the server cannot read. */
type Credential = { kind: "none" } | { kind: "token"; token: string } | { kind: "malformed" };

/** `Authorization: Bearer <token>` (the scheme in any case, spaces or tabs after it). */
function bearer(authorization: string): Credential {
  const match = /^Bearer[ \t]+([^ \t]+)$/i.exec(httpTrim(authorization));
  return match ? { kind: "token", token: match[1] } : { kind: "malformed" };
}

/** The API key a request presents: `Authorization: Bearer <key>` first, else `X-Api-Key: <key>`. */
function presentedKey(c: Context<AppEnv>): Credential {
  const authorization = c.req.header("authorization");
  if (authorization !== undefined) return bearer(authorization);
  const header = c.req.header("x-api-key");
  return header === undefined ? { kind: "none" } : { kind: "token", token: httpTrim(header) };
}

const INVALID_KEY: Bilingual = {
  zh: "API 密钥无效或已吊销",
  en: "The API key is not valid or has been revoked",
};

const MALFORMED_AUTHORIZATION: Bilingual = {
  zh: "Authorization 须为 “Bearer <API 密钥>”",
  en: "Authorization must be 'Bearer <API key>'",
};

const ADMIN_CREDENTIAL: Bilingual = {
  zh: "管理接口需要 Authorization: Bearer <ADMIN_SECRET>",
  en: "Admin routes need Authorization: Bearer <ADMIN_SECRET>",
};

/**
 * Every failed authentication, whatever its cause (a wrong scheme, a malformed or unknown key, a wrong
 * admin secret), counts against the client's bucket before it is answered: 429 once the client is over
 * its limit, 401 until then. Guessing costs the guesser.
 */
async function failedAuthentication(c: Context<AppEnv>, detail: Bilingual): Promise<never> {
  await limitByClient(c);
  throw unauthorized(detail);
}

/** The operator's bucket in the per-key limiter: no API key can be named so (keys are `key:<id>`). */
export const OPERATOR_BUCKET = "operator";

/**
 * The operator: ADMIN_SECRET as a bearer token (503 when the server has none). Admitted calls are
 * limited in the operator's own bucket, so nobody sharing the operator's address (a NAT, an office)
 * can use up its budget; failed attempts count against the client's bucket like any failed key.
 */
async function admitOperator(c: Context<AppEnv>): Promise<void> {
  const secret = c.env?.ADMIN_SECRET;
  if (!secret) {
    await limitByClient(c);
    throw new ProblemError("not-configured", {
      zh: "本服务器未设置 ADMIN_SECRET，管理接口已停用",
      en: "ADMIN_SECRET is not set on this server; the admin routes are disabled",
    });
  }
  const authorization = c.req.header("authorization");
  const credential: Credential = authorization === undefined ? { kind: "none" } : bearer(authorization);
  if (credential.kind !== "token" || !(await sameSecret(credential.token, secret))) {
    await failedAuthentication(c, ADMIN_CREDENTIAL);
  }
  await enforce(c.env?.RATE_LIMIT_KEY, OPERATOR_BUCKET);
  c.set("caller", { kind: "operator" });
}

/**
 * Who is calling, and whether they may: runs on /v1/* before the body is read. Anonymous callers are
 * limited per client (IP, or IPv6 /64); a presented key must be valid (a wrong key is an error, never a
 * silent fall-back to anonymous), is limited per key, and its request is counted for its tenant's day.
 * Admin routes take the operator's secret instead of a key.
 */
export const accessControl: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.path.startsWith("/v1/admin/")) {
    await admitOperator(c);
    return next();
  }
  const credential = presentedKey(c);
  if (credential.kind === "none") {
    await limitByClient(c);
    c.set("caller", { kind: "anonymous" });
    return next();
  }
  if (credential.kind === "malformed") return failedAuthentication(c, MALFORMED_AUTHORIZATION);
  if (!API_KEY_PATTERN.test(credential.token)) return failedAuthentication(c, INVALID_KEY);
  const db = storage(c);
  const now = Date.now();
  const found = await activeKey(db, await sha256Hex(credential.token), now);
  if (!found) return failedAuthentication(c, INVALID_KEY);
  await enforce(c.env?.RATE_LIMIT_KEY, `key:${found.keyId}`);
  countUsage(db, found.tenantId, chinaDay(new Date(now)), (work) => inBackground(c, work));
  c.set("caller", { kind: "tenant", ...found });
  return next();
};

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

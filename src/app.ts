import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { MiddlewareHandler } from "hono/types";
import { accessControl, SECURITY_SCHEMES } from "./api/access";
import { BATCH_PATH, MAX_BATCH_BODY_BYTES } from "./api/batch";
import { contractDocument, JSON_MEDIA_TYPE } from "./api/contract";
import type { AppEnv } from "./api/env";
import { MAX_SETTLEMENT_BYTES, SETTLEMENT_PATH, SETTLEMENT_TYPES } from "./api/imports";
import { ProblemError, problemResponse } from "./api/problem";
import { apiModules } from "./api/registry";
import { VERSION } from "./api/system";
import { fieldProblems, malformedTextProblems } from "./api/validation";
import { IMPORT_PATH, MAX_WORKBOOK_BYTES, WORKBOOK_TYPES } from "./api/workbooks";
import { XLSX_TYPE } from "./api/xlsx";
import { InputError } from "./domain/errors";
import { RULESET } from "./policy/catalog";
import { apiReferencePage, webApp } from "./web/app";

/** Largest request body we read: a 60-month scenario with many product lines fits easily. */
export const MAX_BODY_BYTES = 256 * 1024;

/** Routes that read more than MAX_BODY_BYTES, each with its own cap (stated in its description). */
const LARGER_BODIES: Record<string, number> = {
  [BATCH_PATH]: MAX_BATCH_BODY_BYTES,
  [SETTLEMENT_PATH]: MAX_SETTLEMENT_BYTES,
  [IMPORT_PATH]: MAX_WORKBOOK_BYTES,
};

/** Routes that read a file rather than JSON: the content types each accepts. */
const FILE_BODIES: Record<string, { types: RegExp; names: string }> = {
  [SETTLEMENT_PATH]: { types: SETTLEMENT_TYPES, names: "text/tab-separated-values or text/plain" },
  [IMPORT_PATH]: { types: WORKBOOK_TYPES, names: `${XLSX_TYPE} (an .xlsx workbook)` },
};

const requireJson: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method === "POST" || c.req.method === "PUT") {
    const type = c.req.header("content-type") ?? "";
    const file = FILE_BODIES[c.req.path];
    if (file && !file.types.test(type.trim())) {
      return problemResponse(c, "unsupported-media-type", {
        zh: `收到的 Content-Type 为“${type || "空"}”，请发送 ${file.names}`,
        en: `Got Content-Type "${type || "none"}"; send ${file.names}`,
      });
    }
    if (!file && !JSON_MEDIA_TYPE.test(type.trim())) {
      return problemResponse(c, "unsupported-media-type", {
        zh: `收到的 Content-Type 为“${type || "空"}”，请发送 application/json`,
        en: `Got Content-Type "${type || "none"}"; send application/json`,
      });
    }
  }
  await next();
};

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Text arrives as well-formed Unicode or not at all: a body that is not UTF-8, or a JSON string with
 * a lone surrogate (`"\ud800"`), would be stored as U+FFFD and read back changed. 400 naming each
 * field. Reads the body once (Hono keeps it for the validators); malformed JSON is left to them.
 */
const wellFormedText: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== "POST" && c.req.method !== "PUT") return next();
  // A workbook is a zip, not text: its reader checks it.
  if (c.req.path === IMPORT_PATH) return next();
  let text: string;
  try {
    text = STRICT_UTF8.decode(await c.req.arrayBuffer());
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    const notUtf8 = { zh: "请求体不是有效的 UTF-8 文本", en: "The body is not valid UTF-8 text" };
    return problemResponse(c, "validation", notUtf8, [{ pointer: "", ...notUtf8 }]);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return next();
  }
  const problems = malformedTextProblems(body);
  if (problems.length === 0) return next();
  return problemResponse(
    c,
    "validation",
    {
      zh: `${problems.length} 个字段含有无效的 Unicode 文本`,
      en: `${problems.length} field(s) hold text that is not well-formed Unicode`,
    },
    problems,
  );
};

/**
 * The origins a browser may call from: CORS_ORIGINS for the API (comma-separated, or "*" for any),
 * ADMIN_CORS_ORIGINS for /v1/admin/* (named origins only, none by default: the operator's secret is
 * not for web pages). An empty list sends no CORS headers, so browsers refuse cross-origin calls.
 */
function corsOrigins(c: Context<AppEnv>): string[] | "*" {
  const admin = c.req.path.startsWith("/v1/admin/");
  const raw = (admin ? c.env?.ADMIN_CORS_ORIGINS : c.env?.CORS_ORIGINS) ?? (admin ? "" : "*");
  if (!admin && raw.trim() === "*") return "*";
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s && s !== "*");
}

/**
 * D1 without (all of) its migrations: SQLite's "no such table" or "no such column", which D1 reports
 * inside a D1_ERROR message (and its cause). The server's fault, and temporary: 503, not 500.
 */
function isStorageNotMigrated(err: unknown): boolean {
  const text = (e: unknown): string => (e instanceof Error ? `${e.message} ${text(e.cause)}` : "");
  return /no such (table|column)/i.test(text(err));
}

export function createApp() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationProblem });
  useResponseHeaders(app);
  useRequestGuards(app);
  for (const module of apiModules) app.route("/", module.api);
  serveContract(app);
  // The web form and reports (server-rendered pages), after the API so /v1 routes win.
  app.route("/", webApp);
  app.notFound((c) =>
    problemResponse(c, "not-found", {
      zh: `没有 ${c.req.method} ${new URL(c.req.url).pathname} 这个接口，接口列表见 /openapi.json`,
      en: `No route ${c.req.method} ${new URL(c.req.url).pathname}; see /openapi.json for the routes`,
    }),
  );
  app.onError(errorProblem);
  return app;
}

type ApiApp = OpenAPIHono<AppEnv>;
type AppOptions = NonNullable<ConstructorParameters<typeof OpenAPIHono<AppEnv>>[0]>;

/** A request zod refuses: 400 naming every bad field (in the query, path or body). */
const validationProblem: AppOptions["defaultHook"] = (result, c) => {
  if (result.success) return;
  const where = result.target === "json" ? "" : `/${result.target}`;
  return problemResponse(
    c,
    "validation",
    {
      zh: `${result.error.issues.length} 个字段有误，请逐一修改后重试`,
      en: `${result.error.issues.length} field(s) are invalid; correct each and retry`,
    },
    fieldProblems(result.error, (result as { data?: unknown }).data, where),
  );
};

/** Every answer's request id and ruleset, CORS for the origins allowed, and the security headers. */
function useResponseHeaders(app: ApiApp): void {
  app.use("*", requestId());
  app.use("*", async (c, next) => {
    await next();
    c.header("x-ruleset", RULESET);
  });
  app.use("*", (c, next) => {
    const allowed = corsOrigins(c);
    if (allowed.length === 0) return next();
    return cors({
      origin: allowed === "*" ? "*" : (origin) => (allowed.includes(origin) ? origin : null),
      allowMethods: ["GET", "POST", "DELETE", "OPTIONS"],
      allowHeaders: [
        "Content-Type",
        "Authorization",
        "Accept-Language",
        "X-Api-Key",
        "X-Delete-Token",
        "Idempotency-Key",
      ],
      exposeHeaders: ["X-Request-Id", "X-Ruleset", "Retry-After", "Location", "Idempotent-Replayed"],
      maxAge: 600,
    })(c, next);
  });
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        // No page may be framed (clickjacking), rebased, or post its form anywhere but here.
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
      },
      xFrameOptions: "DENY",
    }),
  );
}

/** Who is calling and the rate limits come before anything reads the body; then its size, type and text. */
function useRequestGuards(app: ApiApp): void {
  app.use("/v1/*", accessControl);
  app.use("/v1/*", (c, next) => {
    const maxSize = LARGER_BODIES[c.req.path] ?? MAX_BODY_BYTES;
    return bodyLimit({
      maxSize,
      onError: (c) =>
        problemResponse(c, "payload-too-large", {
          zh: `请求体超过 ${maxSize / 1024} KB 上限`,
          en: `The body exceeds the ${maxSize / 1024} KB limit`,
        }),
    })(c, next);
  });
  app.use("/v1/*", requireJson);
  app.use("/v1/*", wellFormedText);
}

/** The OpenAPI contract at /openapi.json and its reference page at /docs (built once, when first asked). */
function serveContract(app: ApiApp): void {
  for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) {
    app.openAPIRegistry.registerComponent("securitySchemes", name, scheme);
  }
  const contract = () => contractDocument(app, openApiConfig, { maxBodyBytes: MAX_BODY_BYTES });
  app.get("/openapi.json", (c) => c.json(contract()));
  let reference: ReturnType<typeof contract> | undefined;
  app.get("/docs", (c) => {
    reference ??= contract();
    return apiReferencePage(c, reference);
  });
}

/** Any error as problem+json: the caller's mistakes by kind, storage not migrated, else internal. */
function errorProblem(err: Error, c: Context<AppEnv>): Response | Promise<Response> {
  if (err instanceof ProblemError) return problemResponse(c, err.kind, err.detail, undefined, err.headers);
  if (err instanceof InputError) {
    return problemResponse(
      c,
      "unprocessable",
      { zh: "输入的数值组合无法计算，见 errors", en: "The values cannot be computed together; see errors" },
      err.problems,
    );
  }
  const http = err instanceof HTTPException ? httpProblem(err, c) : undefined;
  if (http) return http;
  if (isStorageNotMigrated(err)) {
    console.error(`request ${c.get("requestId")}: D1 is missing its migrations`, err);
    return problemResponse(c, "storage-not-ready", {
      zh: "存储尚未就绪：数据库还没有建好所需的表，请运维人员执行数据库迁移后重试",
      en: "Storage not ready: the database lacks its tables; the operator must apply the D1 migrations (migrations/)",
    });
  }
  // Unknown failure: log for operators, answer without internals.
  console.error(`request ${c.get("requestId")} failed`, err);
  return problemResponse(c, "internal", {
    zh: `服务内部错误，请把请求编号 ${c.get("requestId")} 告诉我们`,
    en: `Internal error; quote request id ${c.get("requestId")} when reporting it`,
  });
}

/** Hono's own refusals (malformed JSON, media type, size, not found) in our problem kinds. */
function httpProblem(err: HTTPException, c: Context<AppEnv>): Response | Promise<Response> | undefined {
  if (err.status === 400 && /json/i.test(err.message)) {
    return problemResponse(c, "malformed-json", {
      zh: "请求体无法解析为 JSON，请检查引号、逗号和括号",
      en: "The body could not be parsed as JSON; check quotes, commas and brackets",
    });
  }
  if (err.status === 415) {
    return problemResponse(c, "unsupported-media-type", {
      zh: "请求体须为 JSON（Content-Type: application/json）",
      en: "Send the body as JSON (Content-Type: application/json)",
    });
  }
  if (err.status === 413) {
    return problemResponse(c, "payload-too-large", { zh: "请求体过大", en: "The body is too large" });
  }
  if (err.status === 404)
    return problemResponse(c, "not-found", { zh: "找不到该资源", en: "No such resource" });
  return undefined;
}

export const openApiConfig = {
  openapi: "3.1.0",
  info: {
    title: "cbec-finance",
    version: VERSION,
    description:
      "Cash-flow calculator for Guangdong cross-border e-commerce exporters under the support measures " +
      "(netting settlement, no-invoice VAT exemption and deemed-profit CIT, FX option fee waivers, supply-chain " +
      "finance). Money and rates travel as decimal strings; every result carries `explain` and `ruleset`. " +
      "Errors are RFC 9457 problem details in zh-CN or en (?lang= or Accept-Language). Every /v1 route " +
      "accepts an API key (Authorization: Bearer cbec_..., or X-Api-Key): keyed calls count for the bank's " +
      "tenant with its own rate limit; anonymous calls are limited per client (its IP address, or its IPv6 " +
      "/64), and so is every failed authentication (429 with Retry-After). Usage is counted at most once. " +
      "Browsers may call from the origins the operator configures (CORS_ORIGINS), never the admin routes " +
      "unless ADMIN_CORS_ORIGINS names the origin. A database without its migrations answers 503 " +
      "(storage-not-ready).",
  },
  servers: [{ url: "http://localhost:8787", description: "wrangler dev" }],
  tags: [
    { name: "system", description: "Health and contract" },
    {
      name: "imports",
      description: "Bring your own numbers: Amazon settlement reports read into a scenario's product lines",
    },
    {
      name: "cashflow",
      description:
        "The month-by-month cash-flow projection under the measures, each measure's effect alone and at the margin, and the presets",
    },
    { name: "measures", description: "The catalog of policy measures and their sources" },
    {
      name: "settlement",
      description: "Overseas-warehouse netting settlement (海外仓轧差结算) and marketplace payout timing",
    },
    {
      name: "financing",
      description:
        "Supply-chain financing: product quotes, comparison, and the PBoC annualized rate (中国人民银行公告〔2021〕第3号)",
    },
    {
      name: "scenarios",
      description:
        "Saved scenarios: a bank's, scoped to its API key's tenant, or public share links saved without a key",
    },
    { name: "tenancy", description: "What a bank's API keys have used" },
    { name: "admin", description: "Tenants and API keys, for the operator (ADMIN_SECRET)" },
    {
      name: "fx",
      description:
        "FX hedging for exporters: forwards, option prices and greeks, implied vol, the first-option fee waiver, hedge comparison",
    },
    {
      name: "grants",
      description:
        "Grants and rewards of the Guangzhou, Zhuhai and Zhongshan documents: each test from its clause, caps as 'up to', the payee and the year",
    },
    {
      name: "tax",
      description:
        "Export VAT regimes (免抵退/免退/免税/视同内销), 无票免税 and deemed-profit CIT, surtaxes, dated refund rates, refund timing",
    },
  ],
};

export type App = ReturnType<typeof createApp>;

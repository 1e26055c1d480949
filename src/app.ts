import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { MiddlewareHandler } from "hono/types";
import { accessControl, SECURITY_SCHEMES } from "./api/access";
import type { AppEnv } from "./api/env";
import { ProblemError, problemResponse } from "./api/problem";
import { apiModules } from "./api/registry";
import { VERSION } from "./api/system";
import { fieldProblems, malformedTextProblems } from "./api/validation";
import { InputError } from "./domain/errors";
import { RULESET } from "./policy/catalog";
import { apiReferencePage, webApp } from "./web/app";

/** Largest request body we read: a 60-month scenario with many product lines fits easily. */
export const MAX_BODY_BYTES = 256 * 1024;

const requireJson: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method === "POST" || c.req.method === "PUT") {
    const type = c.req.header("content-type") ?? "";
    if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type.trim())) {
      return problemResponse(c, "unsupported-media-type", {
        zh: `收到的 Content-Type 为“${type || "空"}”，请发送 application/json`,
        en: `Got Content-Type "${type || "none"}"; send application/json`,
      });
    }
  }
  await next();
};

/**
 * The origins a browser may call from: CORS_ORIGINS for the API (comma-separated, or "*" for any),
 * ADMIN_CORS_ORIGINS for /v1/admin/* (named origins only, none by default: the operator's secret is
 * not for web pages). An empty list sends no CORS headers, so browsers refuse cross-origin calls.
 */
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Text arrives as well-formed Unicode or not at all: a body that is not UTF-8, or a JSON string with
 * a lone surrogate (`"\ud800"`), would be stored as U+FFFD and read back changed. 400 naming each
 * field. Reads the body once (Hono keeps it for the validators); malformed JSON is left to them.
 */
const wellFormedText: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== "POST" && c.req.method !== "PUT") return next();
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
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
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
      }
    },
  });

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
  // Who is calling and the rate limits come before anything reads the body.
  app.use("/v1/*", accessControl);
  app.use(
    "/v1/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        problemResponse(c, "payload-too-large", {
          zh: `请求体超过 ${MAX_BODY_BYTES / 1024} KB 上限`,
          en: `The body exceeds the ${MAX_BODY_BYTES / 1024} KB limit`,
        }),
    }),
  );
  app.use("/v1/*", requireJson);
  app.use("/v1/*", wellFormedText);

  for (const module of apiModules) app.route("/", module.api);

  for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) {
    app.openAPIRegistry.registerComponent("securitySchemes", name, scheme);
  }
  app.doc31("/openapi.json", openApiConfig);
  let contract: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  app.get("/docs", (c) => {
    contract ??= app.getOpenAPI31Document(openApiConfig);
    return apiReferencePage(c, contract);
  });

  // The web form and reports (server-rendered pages), after the API so /v1 routes win.
  app.route("/", webApp);

  app.notFound((c) =>
    problemResponse(c, "not-found", {
      zh: `没有 ${c.req.method} ${new URL(c.req.url).pathname} 这个接口，接口列表见 /openapi.json`,
      en: `No route ${c.req.method} ${new URL(c.req.url).pathname}; see /openapi.json for the routes`,
    }),
  );

  app.onError((err, c) => {
    if (err instanceof ProblemError) return problemResponse(c, err.kind, err.detail, undefined, err.headers);
    if (err instanceof InputError) {
      return problemResponse(
        c,
        "unprocessable",
        { zh: "输入的数值组合无法计算，见 errors", en: "The values cannot be computed together; see errors" },
        err.problems,
      );
    }
    if (err instanceof HTTPException) {
      if (err.status === 400 && /json/i.test(err.message)) {
        return problemResponse(c, "malformed-json", {
          zh: "请求体无法解析为 JSON，请检查引号、逗号和括号",
          en: "The body could not be parsed as JSON; check quotes, commas and brackets",
        });
      }
      if (err.status === 413) {
        return problemResponse(c, "payload-too-large", { zh: "请求体过大", en: "The body is too large" });
      }
      if (err.status === 404)
        return problemResponse(c, "not-found", { zh: "找不到该资源", en: "No such resource" });
    }
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
  });

  return app;
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
      name: "tax",
      description:
        "Export VAT regimes (免抵退/免退/免税/视同内销), 无票免税 and deemed-profit CIT, surtaxes, dated refund rates, refund timing",
    },
  ],
};

export type App = ReturnType<typeof createApp>;

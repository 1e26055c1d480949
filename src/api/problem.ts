import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { FieldProblem } from "../domain/errors";
import { type Bilingual, type Lang, langOf, pick } from "./i18n";

/** The kinds of problem we answer with; `type` is a stable URI reference per kind. */
export const PROBLEMS = {
  validation: {
    status: 400,
    title: { zh: "请求内容有误", en: "The request has invalid fields" },
  },
  "malformed-json": {
    status: 400,
    title: { zh: "请求体不是有效的 JSON", en: "The request body is not valid JSON" },
  },
  "unsupported-media-type": {
    status: 415,
    title: { zh: "请求体须为 application/json", en: "The request body must be application/json" },
  },
  "payload-too-large": {
    status: 413,
    title: { zh: "请求体过大", en: "The request body is too large" },
  },
  unauthorized: {
    status: 401,
    title: { zh: "需要有效的凭据", en: "Valid credentials are required" },
  },
  forbidden: {
    status: 403,
    title: { zh: "无权执行该操作", en: "Not allowed" },
  },
  "not-found": {
    status: 404,
    title: { zh: "找不到该资源", en: "No such resource" },
  },
  "method-not-allowed": {
    status: 405,
    title: { zh: "不支持该请求方法", en: "Method not allowed" },
  },
  gone: {
    status: 410,
    title: { zh: "分享链接已过期", en: "The share link has expired" },
  },
  unprocessable: {
    status: 422,
    title: { zh: "输入无法计算", en: "The input cannot be computed" },
  },
  "idempotency-key-reused": {
    status: 422,
    title: {
      zh: "该幂等键已用于另一个请求",
      en: "The Idempotency-Key was used for a different request",
    },
  },
  "ruleset-not-carried": {
    status: 422,
    title: {
      zh: "方案保存时的规则版本本服务已不再提供",
      en: "The ruleset version the scenario was saved under is no longer carried",
    },
  },
  "rate-limited": {
    status: 429,
    title: { zh: "请求过于频繁", en: "Too many requests" },
  },
  internal: {
    status: 500,
    title: { zh: "服务内部错误", en: "Internal error" },
  },
  "not-configured": {
    status: 503,
    title: { zh: "本服务器未启用该功能", en: "This feature is not configured on this server" },
  },
  "storage-not-ready": {
    status: 503,
    title: { zh: "存储尚未就绪", en: "Storage not ready" },
  },
} as const satisfies Record<string, { status: number; title: Bilingual }>;

export type ProblemKind = keyof typeof PROBLEMS;

export const ProblemSchema = z
  .object({
    type: z.string().openapi({
      description: "The kind of problem (stable; switch on it)",
      example: "/problems/validation",
    }),
    title: z.string().openapi({ description: "Short title of the kind of problem" }),
    status: z.number().int().openapi({ description: "The HTTP status", example: 400 }),
    detail: z.string().openapi({ description: "What went wrong with this request" }),
    instance: z.string().openapi({ description: "The request path and request id" }),
    requestId: z.string().optional().openapi({ description: "Quote it when reporting a problem" }),
    errors: z
      .array(
        z.object({
          pointer: z
            .string()
            .openapi({ description: "RFC 6901 JSON pointer into the request", example: "/fob/amount" }),
          message: z.string().openapi({ description: "What is wrong with the field and how to correct it" }),
        }),
      )
      .optional()
      .openapi({ description: "Every offending field, for validation problems" }),
  })
  .openapi("Problem", {
    description: "RFC 9457 problem details, in the language chosen by ?lang= or Accept-Language",
  });

export type Problem = z.infer<typeof ProblemSchema>;

export function problemResponse(
  c: Context,
  kind: ProblemKind,
  detail: Bilingual,
  fields?: FieldProblem[],
  headers?: Record<string, string>,
  /** RFC 9457 extension members: what a client needs to act on this kind of problem. */
  extensions?: Record<string, string>,
): Response {
  const lang: Lang = langOf(c);
  const spec = PROBLEMS[kind];
  const requestId = c.get("requestId") as string | undefined;
  const body: Problem = {
    type: `/problems/${kind}`,
    title: pick(spec.title, lang),
    status: spec.status,
    detail: pick(detail, lang),
    instance: `${new URL(c.req.url).pathname}${requestId ? `#${requestId}` : ""}`,
    ...(requestId ? { requestId } : {}),
    ...(fields ? { errors: fields.map((f) => ({ pointer: f.pointer, message: pick(f, lang) })) } : {}),
    ...extensions,
  };
  return new Response(JSON.stringify(body), {
    status: spec.status,
    headers: { "content-type": "application/problem+json; charset=utf-8", ...headers },
  });
}

/**
 * A problem a handler or middleware answers with by throwing (auth, missing storage, unknown ids);
 * app.onError turns it into problem+json.
 */
export class ProblemError extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly detail: Bilingual,
    readonly headers?: Record<string, string>,
  ) {
    super(detail.en);
    this.name = "ProblemError";
  }
}

/** The named error responses every route declares in the OpenAPI document. */
export function errorResponses(...kinds: ProblemKind[]) {
  const out: Record<
    number,
    { description: string; content: { "application/problem+json": { schema: typeof ProblemSchema } } }
  > = {};
  for (const kind of kinds) {
    const spec = PROBLEMS[kind];
    const prior = out[spec.status];
    out[spec.status] = {
      description: prior ? `${prior.description}; ${spec.title.en}` : spec.title.en,
      content: { "application/problem+json": { schema: ProblemSchema } },
    };
  }
  return out;
}

import type { OpenAPIHono } from "@hono/zod-openapi";
import { KEY_OPTIONAL, RATE_LIMIT_PERIOD_SECONDS } from "./access";
import type { AppEnv } from "./env";

/**
 * The contract as served at /openapi.json and committed as openapi/openapi.json: each route's own
 * declaration, plus what the /v1 gates in app.ts answer before any route runs (access control and
 * rate limits, the body-size limit, the JSON media-type check). The gates guard every /v1 route
 * alike, so what they answer is documented here once, for every operation they guard.
 */

type Document = ReturnType<OpenAPIHono<AppEnv>["getOpenAPI31Document"]>;
type Operation = NonNullable<NonNullable<Document["paths"]>[string]["post"]>;
type Responses = NonNullable<Operation["responses"]>;

/**
 * The media types the JSON gate lets through, the same set the route validators read as JSON
 * (@hono/zod-openapi's media-type check and hono's JSON validator): `application/json` or
 * `application/<suffix>+json`, with `name=value` parameters only. Anything else is a 415 at the gate,
 * never an exception further in.
 */
export const JSON_MEDIA_TYPE = /^application\/([a-z.-]+\+)?json(;\s*[a-z0-9-]+=[^;]+)*$/i;

const JSON_BODY_METHODS = new Set(["post", "put"]);

const problem = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** What the /v1 gates may answer for one operation, by status. */
function gateResponses(path: string, method: string, maxBodyBytes: number): Responses {
  const admin = path.startsWith("/v1/admin/");
  const out: Responses = {
    401: problem(
      admin
        ? "Authorization: Bearer <ADMIN_SECRET> is missing or wrong"
        : "The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' " +
            "(a call without a key is anonymous and never gets this)",
    ),
    429: problem(
      `Too many requests from this ${admin ? "client" : "API key (or, anonymous, this client)"}; retry after ` +
        "the Retry-After seconds",
      {
        "Retry-After": {
          description: "Seconds to wait before retrying",
          schema: { type: "integer", example: RATE_LIMIT_PERIOD_SECONDS },
        },
      },
    ),
    // The limit reads any body a request carries, whatever its method.
    413: problem(`The request body exceeds ${maxBodyBytes / 1024} KB`),
    503: problem(
      "Storage (D1) is not configured or not ready on this server: it is needed to check an API key, " +
        "save or read scenarios, and for the admin routes",
    ),
  };
  if (JSON_BODY_METHODS.has(method)) {
    out[415] = problem(
      "The body is not sent as JSON: Content-Type must be application/json (parameters such as charset allowed)",
    );
  }
  return out;
}

/**
 * The OpenAPI 3.1 document of `app`: every /v1 operation also lists the statuses its gates answer
 * (a route's own description of a status wins), and routes that declare no security take the
 * optional API key.
 */
export function contractDocument(
  app: OpenAPIHono<AppEnv>,
  config: Parameters<OpenAPIHono<AppEnv>["getOpenAPI31Document"]>[0],
  limits: { maxBodyBytes: number },
): Document {
  const doc = app.getOpenAPI31Document(config);
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (!path.startsWith("/v1/")) continue;
    for (const method of ["get", "post", "put", "patch", "delete"] as const) {
      const operation = item[method];
      if (!operation) continue;
      operation.security ??= KEY_OPTIONAL;
      // Status keys are integer-like, so the merged object lists them in ascending order.
      operation.responses = { ...gateResponses(path, method, limits.maxBodyBytes), ...operation.responses };
    }
  }
  return doc;
}

/** Bindings and variables the Worker receives (all optional so the Node entry can run without them). */
export interface Bindings {
  /** Origins a browser may call the API from (comma-separated, or "*"); admin routes excluded. */
  CORS_ORIGINS?: string;
  /** Origins a browser may call /v1/admin/* from (comma-separated, never "*"); none when unset. */
  ADMIN_CORS_ORIGINS?: string;
  /** Saved scenarios, tenants, API keys, usage (D1). Without it those routes answer 503. */
  DB?: D1Database;
  /** Requests per minute per API key (wrangler.toml [[ratelimits]]). */
  RATE_LIMIT_KEY?: RateLimit;
  /** Requests per minute per client IP for anonymous callers, lower than per key. */
  RATE_LIMIT_IP?: RateLimit;
  /** Saves without a key per minute per client, lower again (each one is stored). */
  RATE_LIMIT_SAVE?: RateLimit;
  /** Guards /v1/admin/* (a wrangler secret; locally from .dev.vars). Without it admin answers 503. */
  ADMIN_SECRET?: string;
}

/**
 * Who is calling: a bank's API key (its tenant), the operator (ADMIN_SECRET, admin routes only), or
 * nobody in particular (the public web form).
 */
export type Caller =
  | { kind: "tenant"; tenantId: string; keyId: string }
  | { kind: "operator" }
  | { kind: "anonymous" };

export interface AppEnv {
  Bindings: Bindings;
  Variables: { requestId: string; caller: Caller };
}

/** Bindings and variables the Worker receives (all optional so the Node entry can run without them). */
export interface Bindings {
  CORS_ORIGINS?: string;
  /** Saved scenarios, tenants, API keys, usage (D1). Without it those routes answer 503. */
  DB?: D1Database;
  /** Requests per minute per API key (wrangler.toml [[ratelimits]]). */
  RATE_LIMIT_KEY?: RateLimit;
  /** Requests per minute per client IP for anonymous callers, lower than per key. */
  RATE_LIMIT_IP?: RateLimit;
  /** Guards /v1/admin/* (a wrangler secret; locally from .dev.vars). Without it admin answers 503. */
  ADMIN_SECRET?: string;
}

/** Who is calling: a bank's API key (its tenant), or nobody in particular (the public web form). */
export type Caller = { kind: "tenant"; tenantId: string; keyId: string } | { kind: "anonymous" };

export interface AppEnv {
  Bindings: Bindings;
  Variables: { requestId: string; caller: Caller };
}

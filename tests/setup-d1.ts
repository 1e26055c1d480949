import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

// Idempotent: the migrations table records what is applied.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);

declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import("../src/index");
  }
  interface Env {
    DB: D1Database;
    UNMIGRATED_DB: D1Database;
    RATE_LIMIT_KEY: RateLimit;
    RATE_LIMIT_IP: RateLimit;
    RATE_LIMIT_SAVE: RateLimit;
    ADMIN_SECRET: string;
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
}

import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: "./wrangler.toml" },
      // Hermetic: never reach Cloudflare's network for bindings.
      remoteBindings: false,
      miniflare: {
        // A second D1 that no migration is applied to: how a deployment answers before `migrations apply`.
        d1Databases: { UNMIGRATED_DB: "unmigrated-db" },
        bindings: {
          ADMIN_SECRET: "test-admin-secret-not-used-anywhere-else",
          // Applied to the test D1 by tests/setup-d1.ts, the same files `npm start` applies.
          TEST_MIGRATIONS: await readD1Migrations("./migrations"),
        },
      },
    })),
  ],
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["./tests/setup-d1.ts"],
  },
});

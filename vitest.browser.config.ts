import { defineConfig } from "vitest/config";

/**
 * The browser test: Node (not the Workers pool), because it starts `wrangler dev` and drives
 * Debian's chromium through playwright-core. One file, run after the Workers tests by `npm test`.
 */
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.e2e.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});

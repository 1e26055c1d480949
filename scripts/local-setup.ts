import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";

/**
 * What `npm start` does before `wrangler dev`, so a fresh clone needs no manual step:
 * 1. .dev.vars (gitignored; wrangler dev reads it) gets a random ADMIN_SECRET if the file is missing,
 *    printed once here; 2. the local D1 (.wrangler/state) gets every migration in migrations/.
 */
const devVars = new URL("../.dev.vars", import.meta.url);
if (!existsSync(devVars)) {
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(
    devVars,
    `# Local secrets for wrangler dev (never commit). Admin routes: Authorization: Bearer <ADMIN_SECRET>\nADMIN_SECRET=${secret}\n`,
    { mode: 0o600 },
  );
  console.log(
    `Created .dev.vars with a new local ADMIN_SECRET (shown once; it stays in .dev.vars):\n  ${secret}\n`,
  );
}

// stdin not a terminal: wrangler takes its non-interactive default ("yes") instead of asking.
const migrate = spawnSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local"], {
  stdio: ["ignore", "inherit", "inherit"],
  shell: process.platform === "win32",
});
if (migrate.status !== 0) {
  console.error("Applying the local D1 migrations failed; see above.");
  process.exit(migrate.status ?? 1);
}

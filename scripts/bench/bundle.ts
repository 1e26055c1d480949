import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";

/** The deployable bundle (`wrangler deploy --dry-run`) and its startup time (`wrangler check startup`). */

const WRANGLER = "node_modules/.bin/wrangler";
const OUT = "bench/tmp/dist";
/** The deployable Worker as built by measureBundle(), which the bench also serves without wrangler. */
export const BUNDLE_SCRIPT = `${OUT}/index.js`;
const PROFILE = "bench/tmp/worker-startup.cpuprofile";

function wrangler(args: string[]): void {
  const run = spawnSync(WRANGLER, args, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (run.status !== 0) throw new Error(`wrangler ${args.join(" ")} failed:\n${run.stdout}\n${run.stderr}`);
}

export interface BundleFacts {
  bytes: number;
  gzipBytes: number;
  /** Wall time of the startup phase (parse and run the global scope) in the CPU profile, locally. */
  startupMs: number;
}

export function measureBundle(): BundleFacts {
  rmSync(OUT, { recursive: true, force: true });
  wrangler(["deploy", "--dry-run", "--outdir", OUT]);
  const code = readFileSync(BUNDLE_SCRIPT);
  // Offline: workerd runs the bundle's global scope locally and writes a CPU profile of it.
  wrangler(["check", "startup", "--outfile", PROFILE]);
  const profile = JSON.parse(readFileSync(PROFILE, "utf8")) as { startTime: number; endTime: number };
  return {
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    startupMs: (profile.endTime - profile.startTime) / 1000,
  };
}

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import autocannon from "autocannon";
import { summarize } from "./stats";

/**
 * The HTTP part of `npm run bench`, on loopback with a fresh D1 under bench/tmp/state and a random
 * admin secret, so the developer's local state is never touched. Two servers of the same Worker:
 * - `wrangler dev --env bench` (wrangler.toml: rate limits high enough for a load test), which puts
 *   its own proxy (a Node process and a ProxyWorker) in front of workerd;
 * - the built bundle (`wrangler deploy --dry-run`, made by bench/bundle.ts) served by Miniflare
 *   directly: workerd with the same bindings and nothing in front, the closest to a deployed Worker
 *   this machine can run.
 */

const WRANGLER = "node_modules/.bin/wrangler";
const STATE = "bench/tmp/state";
/** The bench environment's bindings (wrangler.toml [env.bench]), for the server without wrangler. */
const BENCH_DB_ID = "00000000-0000-4000-8000-00000000cbec";
const BENCH_RATE_LIMIT = { simple: { limit: 1_000_000, period: 60 as const } };

export interface Server {
  kind: "wrangler dev" | "workerd (Miniflare, no proxy)";
  origin: string;
  adminSecret: string;
  /** The process whose workerd descendants hold the Worker (for their memory). */
  rootPid: number;
  stop(): Promise<void>;
}

function applyMigrations(): void {
  const migrate = spawnSync(
    WRANGLER,
    ["d1", "migrations", "apply", "DB", "--local", "--env", "bench", "--persist-to", STATE],
    { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" },
  );
  if (migrate.status !== 0) throw new Error(`applying migrations failed:\n${migrate.stderr}`);
}

async function waitForHealth(origin: string, failed: () => string | undefined): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const why = failed();
    if (why) throw new Error(why);
    try {
      if ((await fetch(`${origin}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${origin} did not answer /health within 60 s`);
}

export async function startWrangler(port: number): Promise<Server> {
  applyMigrations();
  const adminSecret = randomBytes(24).toString("base64url");
  const args = ["dev", "--env", "bench", "--port", String(port), "--ip", "127.0.0.1", "--persist-to", STATE];
  // Its own process group, so stop() can end wrangler and every workerd it started.
  const child: ChildProcess = spawn(WRANGLER, [...args, "--var", `ADMIN_SECRET:${adminSecret}`], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // wrangler's own output, kept in bench/tmp/wrangler.log for when a run shows errors.
  const logFile = createWriteStream("bench/tmp/wrangler.log");
  let log = "";
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on("data", (d) => {
      log += d;
      logFile.write(d);
    });
  }
  const stop = async () => {
    if (child.pid === undefined || child.exitCode !== null) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(origin, () =>
      child.exitCode !== null ? `wrangler dev exited early:\n${log}` : undefined,
    );
  } catch (err) {
    await stop();
    throw err;
  }
  return { kind: "wrangler dev", origin, adminSecret, rootPid: child.pid!, stop };
}

/** The built Worker in wrangler's own Miniflare (the version `wrangler dev` runs), without its proxy. */
export async function startDirect(port: number, scriptPath: string): Promise<Server> {
  applyMigrations();
  const fromWrangler = createRequire(createRequire(import.meta.url).resolve("wrangler/package.json"));
  const { Miniflare } = await import(fromWrangler.resolve("miniflare"));
  const adminSecret = randomBytes(24).toString("base64url");
  const mf = new Miniflare({
    host: "127.0.0.1",
    port,
    modules: true,
    scriptPath,
    compatibilityDate: readFileSync("wrangler.toml", "utf8").match(/compatibility_date = "([^"]+)"/)![1],
    compatibilityFlags: ["nodejs_compat"],
    d1Databases: { DB: BENCH_DB_ID },
    d1Persist: `${STATE}/v3/d1`,
    ratelimits: {
      RATE_LIMIT_KEY: { namespace_id: "1001", ...BENCH_RATE_LIMIT },
      RATE_LIMIT_IP: { namespace_id: "1002", ...BENCH_RATE_LIMIT },
      RATE_LIMIT_SAVE: { namespace_id: "1003", ...BENCH_RATE_LIMIT },
    },
    bindings: { ADMIN_SECRET: adminSecret, CORS_ORIGINS: "*" },
  });
  const origin = new URL(await mf.ready).origin;
  await waitForHealth(origin, () => undefined);
  return {
    kind: "workerd (Miniflare, no proxy)",
    origin,
    adminSecret,
    rootPid: process.pid,
    stop: () => mf.dispose(),
  };
}

/** A tenant and API key through the admin route, as a bank gets one. */
export async function createApiKey(server: Server): Promise<string> {
  const res = await fetch(`${server.origin}/v1/admin/tenants`, {
    method: "POST",
    headers: { authorization: `Bearer ${server.adminSecret}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "bench" }),
  });
  if (res.status !== 201) throw new Error(`creating the bench tenant: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { key: { key: string } }).key.key;
}

/** Resident memory of every workerd process wrangler started (the Worker and its local services). */
export function workerdRssBytes(server: Server): number {
  const root = server.rootPid;
  const children = new Map<number, number[]>();
  const names = new Map<number, string>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const fields = stat.slice(close + 2).split(" ");
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      names.set(pid, stat.slice(stat.indexOf("(") + 1, close));
      rss.set(pid, Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // the process ended while we read
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    if (names.get(pid) === "workerd") total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface HttpRun {
  name: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  medianMs: number;
  p99Ms: number;
  /** Responses that were not 2xx, and connection errors or timeouts. */
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
}

export interface Target {
  name: string;
  path: string;
  method?: "GET" | "POST";
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * One autocannon run. Latencies come from each response's own timer (autocannon's histogram
 * rounds to whole milliseconds, too coarse for a sub-millisecond /health).
 */
export async function load(server: Server, target: Target, connections: number, seconds: number) {
  const latencies: number[] = [];
  const instance = autocannon({
    url: `${server.origin}${target.path}`,
    method: target.method ?? "GET",
    connections,
    duration: seconds,
    // Generous: a slow route queues requests; errors should mean failures, not a short client timer.
    timeout: 30,
    headers: {
      ...(target.body === undefined ? {} : { "content-type": "application/json" }),
      ...target.headers,
    },
    body: target.body === undefined ? undefined : JSON.stringify(target.body),
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await instance;
  const timing = summarize(latencies);
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {}) as [
    string,
    { count: number },
  ][])
    statusCodes[code] = Number(count);
  const requests = latencies.length;
  const run: HttpRun = {
    name: target.name,
    connections,
    seconds: result.duration,
    requests,
    requestsPerSecond: requests / result.duration,
    medianMs: timing.medianMs,
    p99Ms: timing.p99Ms,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statusCodes,
  };
  return run;
}

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";
import { summarize } from "./stats";

/**
 * The HTTP part of `npm run bench`: its own `wrangler dev --env bench` (wrangler.toml: the same
 * Worker with rate limits high enough for a load test) on loopback, with a fresh D1 under
 * bench/tmp/state and a random admin secret, so the developer's local state is never touched.
 */

const WRANGLER = "node_modules/.bin/wrangler";
const STATE = "bench/tmp/state";

export interface Server {
  origin: string;
  adminSecret: string;
  process: ChildProcess;
}

export async function startWrangler(port: number): Promise<Server> {
  const migrate = spawnSync(
    WRANGLER,
    ["d1", "migrations", "apply", "DB", "--local", "--env", "bench", "--persist-to", STATE],
    { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" },
  );
  if (migrate.status !== 0) throw new Error(`applying migrations failed:\n${migrate.stderr}`);
  const adminSecret = randomBytes(24).toString("base64url");
  const args = ["dev", "--env", "bench", "--port", String(port), "--ip", "127.0.0.1", "--persist-to", STATE];
  // Its own process group, so stopWrangler can end wrangler and every workerd it started.
  const child = spawn(WRANGLER, [...args, "--var", `ADMIN_SECRET:${adminSecret}`], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // wrangler's own output, kept in bench/tmp/wrangler.log for when a run shows errors.
  const logFile = createWriteStream("bench/tmp/wrangler.log");
  let log = "";
  child.stdout?.on("data", (d) => {
    log += d;
    logFile.write(d);
  });
  child.stderr?.on("data", (d) => {
    log += d;
    logFile.write(d);
  });
  const origin = `http://127.0.0.1:${port}`;
  const server = { origin, adminSecret, process: child };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${log}`);
    try {
      if ((await fetch(`${origin}/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stopWrangler(server);
  throw new Error(`wrangler dev did not answer /health within 60 s:\n${log}`);
}

export function stopWrangler(server: Server): void {
  const pid = server.process.pid;
  if (pid === undefined || server.process.exitCode !== null) return;
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    // already gone
  }
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
  const root = server.process.pid;
  if (root === undefined) return Number.NaN;
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

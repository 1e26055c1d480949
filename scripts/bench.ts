import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { BUNDLE_SCRIPT, measureBundle } from "./bench/bundle";
import { timeFxPricing } from "./bench/fx";
import {
  createApiKey,
  type HttpRun,
  load,
  type Server,
  startDirect,
  startWrangler,
  type Target,
  workerdRssBytes,
} from "./bench/http";
import {
  largestPreset,
  timeLargestProjection,
  timeRouteExamples,
  timeWorstCases,
  worstCases,
} from "./bench/inprocess";
import { ms } from "./bench/stats";

/**
 * `npm run bench`: speed and robustness on this machine, bounded to about three minutes.
 * (a) in-process timings of every route's example, the largest preset's projection and the
 *     heaviest request each cap allows; (b) the bundle's gzip size and startup time; (c) HTTP, on two
 *     servers of the same Worker, the built bundle in workerd without a proxy (the budgets) and
 *     `wrangler dev --env bench` (reported beside it): /health and the projection at 1 and 32
 *     connections, then a 30 s load at 64 connections with workerd's memory sampled.
 * Prints a table, checks the budgets (README "Performance"), writes bench/results.json and the
 * README's table. Exits 1 when a budget is missed.
 */

const PORT = Number(process.env.BENCH_PORT ?? 8807);
const RUN_SECONDS = 5;
const LOAD = { connections: 64, seconds: 30 };
const MIB = 1024 * 1024;

/** The budgets the project holds (README "Performance"). */
export const BUDGETS = {
  projectionMedianMs: 5,
  httpProjectionOverHealth: 4,
  bundleGzipBytes: 1 * MIB,
  /** Workers refuse a Worker whose global scope takes over 1 s to start; "well under" is 40% of it. */
  startupMs: 400,
  /** The heaviest request a cap allows (Monte Carlo paths, lattice steps, months x lines...). */
  worstCaseMedianMs: 50,
  loadErrors: 0,
  /** workerd's resident memory may grow this much over the load run (allocator noise, not a leak). */
  loadRssGrowthBytes: 32 * MIB,
};

interface Check {
  budget: string;
  measured: string;
  ok: boolean;
  why?: string;
}

function table(header: string[], rows: string[][]): string {
  const lines = [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`);
  return lines.join("\n");
}

interface HttpPart {
  server: Server["kind"];
  runs: HttpRun[];
  loadRun: HttpRun;
  rss: number[];
}

async function httpPart(server: Server): Promise<HttpPart> {
  try {
    const key = await createApiKey(server);
    const projection = largestPreset().scenario;
    const targets: Target[] = [
      { name: "GET /health", path: "/health" },
      {
        name: `POST /v1/cashflow/projection (${largestPreset().id}, API key)`,
        path: "/v1/cashflow/projection",
        method: "POST",
        body: projection,
        headers: { authorization: `Bearer ${key}` },
      },
    ];
    const runs: HttpRun[] = [];
    for (const target of targets) {
      for (const connections of [1, 32]) {
        runs.push(await load(server, target, connections, RUN_SECONDS));
        console.error(`  ${server.kind}: ${target.name} x${connections}: done`);
      }
    }
    const rss = [workerdRssBytes(server)];
    const sampler = setInterval(() => rss.push(workerdRssBytes(server)), 5000);
    const loadRun = await load(server, targets[1], LOAD.connections, LOAD.seconds).finally(() =>
      clearInterval(sampler),
    );
    rss.push(workerdRssBytes(server));
    return { server: server.kind, runs, loadRun, rss };
  } finally {
    await server.stop();
  }
}

const rssGrowthOf = (part: HttpPart) => part.rss[part.rss.length - 1] - part.rss[0];
const loadErrorsOf = (part: HttpPart) => part.loadRun.non2xx + part.loadRun.errors;
const rssTrail = (part: HttpPart) => part.rss.map((b) => (b / MIB).toFixed(0)).join(" -> ");

function writeReadmeTable(markdown: string): void {
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  const readme = readFileSync("README.md", "utf8");
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} ... ${end} markers`);
  writeFileSync("README.md", `${readme.slice(0, from + start.length)}\n${markdown}\n${readme.slice(to)}`);
}

async function main() {
  const startedAt = new Date();
  mkdirSync("bench/tmp", { recursive: true });

  console.error("in-process: route examples...");
  const routes = await timeRouteExamples();
  console.error("in-process: the largest preset's projection...");
  const projection = await timeLargestProjection();
  console.error("in-process: the heaviest request each cap allows...");
  const worst = await timeWorstCases(worstCases());
  console.error("in-process: FX option pricing...");
  const fxPricing = await timeFxPricing();
  console.error("bundle and startup...");
  const bundle = measureBundle();
  console.error(`HTTP: the built Worker in workerd without a proxy on 127.0.0.1:${PORT + 1}...`);
  const http = await httpPart(await startDirect(PORT + 1, BUNDLE_SCRIPT));
  console.error(`HTTP: wrangler dev on 127.0.0.1:${PORT}...`);
  const dev = await httpPart(await startWrangler(PORT));

  const health1 = http.runs.find((r) => r.name === "GET /health" && r.connections === 1)!;
  const proj1 = http.runs.find((r) => r.name !== "GET /health" && r.connections === 1)!;
  const ratio = proj1.medianMs / health1.medianMs;
  const rssGrowth = rssGrowthOf(http);
  const loadErrors = loadErrorsOf(http);
  const slowest = [...worst].sort((a, b) => b.medianMs - a.medianMs)[0];

  const checks: Check[] = [
    {
      budget: `project() of the largest preset <= ${BUDGETS.projectionMedianMs} ms median`,
      measured: `${ms(projection.medianMs)} ms (${projection.months} months x ${projection.lines} lines)`,
      ok: projection.medianMs <= BUDGETS.projectionMedianMs,
    },
    {
      budget: `HTTP projection median <= ${BUDGETS.httpProjectionOverHealth}x /health median (1 connection)`,
      measured: `${ratio.toFixed(1)}x (${ms(proj1.medianMs)} / ${ms(health1.medianMs)} ms)`,
      ok: ratio <= BUDGETS.httpProjectionOverHealth,
    },
    {
      budget: `bundle <= ${BUDGETS.bundleGzipBytes / MIB} MiB gzip`,
      measured: `${(bundle.gzipBytes / 1024).toFixed(0)} KiB gzip (${(bundle.bytes / 1024).toFixed(0)} KiB raw)`,
      ok: bundle.gzipBytes <= BUDGETS.bundleGzipBytes,
    },
    {
      budget: `startup <= ${BUDGETS.startupMs} ms (Workers limit 1 s)`,
      measured: `${ms(bundle.startupMs)} ms`,
      ok: bundle.startupMs <= BUDGETS.startupMs,
    },
    ...worst.map((w) => ({
      budget: `${w.name} at its caps <= ${BUDGETS.worstCaseMedianMs} ms median`,
      measured: `${ms(w.medianMs)} ms (${w.caps})`,
      ok: w.status < 300 && w.medianMs <= BUDGETS.worstCaseMedianMs,
      ...(w.status >= 300 ? { why: `answered ${w.status}` } : {}),
    })),
    {
      budget: `load ${LOAD.seconds} s x ${LOAD.connections} connections (workerd, no proxy): ${BUDGETS.loadErrors} errors`,
      measured: `${loadErrors} errors in ${http.loadRun.requests} requests`,
      ok: loadErrors <= BUDGETS.loadErrors,
    },
    {
      budget: `load (workerd, no proxy): RSS growth <= ${BUDGETS.loadRssGrowthBytes / MIB} MiB`,
      measured: `${(rssGrowth / MIB).toFixed(1)} MiB (${rssTrail(http)} MiB)`,
      ok: rssGrowth <= BUDGETS.loadRssGrowthBytes,
    },
  ];

  const machine = `${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, Node ${process.version}`;
  const markdown = [
    `Measured ${startedAt.toISOString().slice(0, 16)}Z on ${machine} by \`npm run bench\`.`,
    "",
    table(
      ["budget", "measured", ""],
      checks.map((c) => [c.budget, c.measured + (c.why ? ` — ${c.why}` : ""), c.ok ? "ok" : "**missed**"]),
    ),
    "",
    table(
      [
        `load ${LOAD.seconds} s x ${LOAD.connections} connections, side by side`,
        "requests",
        "req/s",
        "p50 ms",
        "p99 ms",
        "errors (non-2xx + failed)",
        "workerd RSS MiB",
      ],
      [http, dev].map((part) => [
        part.server,
        String(part.loadRun.requests),
        part.loadRun.requestsPerSecond.toFixed(0),
        ms(part.loadRun.medianMs),
        ms(part.loadRun.p99Ms),
        String(loadErrorsOf(part)),
        `${rssTrail(part)} (${(rssGrowthOf(part) / MIB).toFixed(1)} growth)`,
      ]),
    ),
    "",
    table(
      ["HTTP (loopback)", "server", "connections", "req/s", "p50 ms", "p99 ms", "non-2xx", "errors"],
      [http, dev].flatMap((part) =>
        [...part.runs, part.loadRun].map((r) => [
          r.name,
          part.server,
          String(r.connections),
          r.requestsPerSecond.toFixed(0),
          ms(r.medianMs),
          ms(r.p99Ms),
          String(r.non2xx),
          String(r.errors),
        ]),
      ),
    ),
    "",
    table(
      ["in-process (Node, documented example)", "median ms", "p99 ms", "samples"],
      [
        [
          `project() ${projection.preset}`,
          ms(projection.medianMs),
          ms(projection.p99Ms),
          String(projection.n),
        ],
        ...routes.timed.map((t) => [t.name, ms(t.medianMs), ms(t.p99Ms), String(t.n)]),
        ...worst.map((w) => [`${w.name} at caps: ${w.caps}`, ms(w.medianMs), ms(w.p99Ms), String(w.n)]),
      ],
    ),
    "",
    table(
      ["FX option model (in-process, domain only)", "median ms", "p99 ms", "samples"],
      fxPricing.map((f) => [f.name, ms(f.medianMs), ms(f.p99Ms), String(f.n)]),
    ),
  ].join("\n");
  console.log(markdown);

  const missed = checks.filter((c) => !c.ok);
  const results = {
    startedAt: startedAt.toISOString(),
    machine,
    budgets: BUDGETS,
    checks,
    inProcess: {
      projection,
      routes: routes.timed,
      needStorage: routes.needStorage,
      worstCases: worst,
      fxPricing,
    },
    http: [http, dev].map((part) => ({
      server: part.server,
      runs: part.runs,
      load: { ...part.loadRun, rssBytes: part.rss, rssGrowthBytes: rssGrowthOf(part) },
    })),
    bundle,
    slowestAtCaps: slowest?.name,
  };
  writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
  writeReadmeTable(markdown);
  console.log(
    missed.length === 0
      ? "\nEvery budget met."
      : `\nMissed: ${missed.map((c) => `${c.budget} (measured ${c.measured})`).join("; ")}`,
  );
  process.exitCode = missed.length === 0 ? 0 : 1;
}

await main();

import type { RouteConfig } from "@hono/zod-openapi";
import committed from "../../openapi/openapi.json";
import { BATCH_PATH, MAX_BATCH_ITEMS } from "../../src/api/batch";
import { apiModules } from "../../src/api/registry";
import { SCENARIO_LIMITS, ScenarioSchema, toScenario } from "../../src/api/scenario-schema";
import { MAX_DELIVERIES } from "../../src/api/settlement";
import { createApp } from "../../src/app";
import { project } from "../../src/domain/cashflow/engine";
import { HEDGE_LIMITS } from "../../src/domain/fx/hedge";
import { LATTICE_MAX_STEPS } from "../../src/domain/fx/options";
import { CASHFLOW_RULES } from "../../src/policy/cashflow";
import { PRESETS, type Preset } from "../../src/policy/presets";
import { summarize, type TimeBudget, type Timing, time } from "./stats";

/**
 * In-process timings under Node: each route's documented example through `createApp().request()`
 * (routing, zod, the calculation, JSON), and the heaviest request each cap allows (the CPU ceiling
 * of one request). Node runs the same V8 as workerd, so these approximate a Worker's CPU time.
 */

export interface RouteTiming extends Timing {
  name: string;
  status: number;
}

export const app = createApp();

export function bodyExample(route: RouteConfig): unknown {
  const body = route.request?.body as { content?: Record<string, { example?: unknown }> } | undefined;
  return Object.values(body?.content ?? {}).find((m) => m.example !== undefined)?.example;
}

/** The content type of the route's documented example (a file route's is text). */
function bodyType(route: RouteConfig): string {
  const body = route.request?.body as { content?: Record<string, { example?: unknown }> } | undefined;
  const entries = Object.entries(body?.content ?? {});
  return (entries.find(([, m]) => m.example !== undefined) ?? entries[0])?.[0] ?? "application/json";
}

/** The route's required query parameters filled with their documented examples. */
function queryExample(route: RouteConfig): string {
  const paths = committed.paths as Record<string, Record<string, { parameters?: any[] }>>;
  const params = paths[route.path]?.[route.method]?.parameters ?? [];
  const pairs = params
    .filter((p) => p.in === "query" && p.required)
    .map(
      (p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(String(p.schema?.example ?? p.example))}`,
    );
  return pairs.length ? `?${pairs.join("&")}` : "";
}

/** A binary example named by its OpenAPI externalValue (an .xlsx this API serves), fetched once. */
async function externalExample(route: RouteConfig): Promise<Uint8Array | undefined> {
  const body = route.request?.body as
    | { content?: Record<string, { examples?: Record<string, { externalValue?: string }> }> }
    | undefined;
  const url = Object.values(body?.content ?? {})
    .flatMap((m) => Object.values(m.examples ?? {}))
    .find((e) => e.externalValue)?.externalValue;
  return url ? new Uint8Array(await (await app.request(`http://localhost${url}`)).arrayBuffer()) : undefined;
}

export function requestOf(route: RouteConfig, body = bodyExample(route)): () => Promise<Response> {
  const url = `http://localhost${route.path}${queryExample(route)}`;
  if (body === undefined && route.method === "post") {
    const bytes = externalExample(route);
    return async () =>
      app.request(url, { method: "POST", headers: { "content-type": bodyType(route) }, body: await bytes });
  }
  const init: RequestInit =
    body === undefined
      ? { method: route.method.toUpperCase() }
      : {
          method: route.method.toUpperCase(),
          headers: { "content-type": bodyType(route) },
          body: typeof body === "string" ? body : JSON.stringify(body),
        };
  return async () => app.request(url, init);
}

/** Few samples for requests that take tens or hundreds of milliseconds, so the bench stays bounded. */
export const HEAVY_BUDGET: TimeBudget = { warmupMs: 0, sampleMs: 1000, minSamples: 5, maxSamples: 200 };

/**
 * The projection budget is a steady-state figure: V8 needs about 100-150 projections before its
 * optimising compiler has settled on the engine's code (earlier runs take 2-4 times longer), so
 * the warm-up is long enough for that and the samples come after it.
 */
const PROJECTION_BUDGET: TimeBudget = { warmupMs: 2000, sampleMs: 1500, minSamples: 100, maxSamples: 2000 };

async function timeRequest(
  name: string,
  send: () => Promise<Response>,
  budget?: TimeBudget,
): Promise<RouteTiming> {
  const started = performance.now();
  const first = await send();
  await first.arrayBuffer();
  const heavy = performance.now() - started > 20;
  const timing = await time(
    async () => (await send()).arrayBuffer(),
    budget ?? (heavy ? HEAVY_BUDGET : undefined),
  );
  return { name, status: first.status, ...timing };
}

export function findRoute(method: string, path: string): RouteConfig {
  const route = apiModules.flatMap((m) => m.routes).find((r) => r.method === method && r.path === path);
  if (!route) throw new Error(`no route ${method} ${path} in src/api/registry.ts`);
  return route;
}

/** True when every security requirement of the route names a credential (an API key or the admin secret). */
function needsCredentials(route: RouteConfig): boolean {
  const security = route.security ?? [];
  return security.length > 0 && security.every((req) => Object.keys(req).length > 0);
}

/**
 * Every route's documented example that runs without storage. Routes on D1 (saved scenarios,
 * keys, tenants, usage) answer 503 or 401 in-process; the HTTP part measures the server as a whole.
 */
export async function timeRouteExamples(): Promise<{ timed: RouteTiming[]; needStorage: string[] }> {
  const timed: RouteTiming[] = [];
  const needStorage: string[] = [];
  for (const route of apiModules.flatMap((m) => m.routes)) {
    if (route.path.includes("{")) continue;
    const name = `${route.method.toUpperCase()} ${route.path}`;
    const send = requestOf(route);
    const probe = needsCredentials(route) ? undefined : await send();
    if (!probe || probe.status === 503) {
      needStorage.push(name);
      continue;
    }
    if (probe.status >= 300) {
      throw new Error(`${name}: the documented example answered ${probe.status}: ${await probe.text()}`);
    }
    timed.push(await timeRequest(name, send));
  }
  return { timed, needStorage };
}

/** `example` with `patch` applied at the top level (a shallow override is all the caps need). */
function withExample(method: string, path: string, patch: Record<string, unknown>) {
  const route = findRoute(method, path);
  return requestOf(route, { ...(bodyExample(route) as Record<string, unknown>), ...patch });
}

/** A request at every cap its route has: the most CPU one request can ask for. */
export interface WorstCase {
  name: string;
  caps: string;
  send: () => Promise<Response>;
}

/** The largest preset (most months x product lines): the projection budget is measured on it. */
export function largestPreset(): Preset {
  const size = (p: Preset) =>
    (p.scenario.horizonMonths as number) * (p.scenario.productLines as unknown[]).length;
  return [...PRESETS].sort((a, b) => size(b) - size(a))[0];
}

/** The largest preset stretched to every cap of a scenario: the most months and product lines. */
function projectionAtCaps(): Record<string, unknown> {
  const scenario = largestPreset().scenario;
  const lines = scenario.productLines as Record<string, unknown>[];
  return {
    ...scenario,
    horizonMonths: SCENARIO_LIMITS.horizonMonths,
    productLines: Array.from({ length: SCENARIO_LIMITS.productLines }, (_, i) => ({
      ...lines[i % lines.length],
      name: `line ${i + 1}`,
      monthlyUnits: 3000,
    })),
  };
}

export function worstCases(): WorstCase[] {
  const receipts = HEDGE_LIMITS.maxPathReceipts / HEDGE_LIMITS.maxPaths;
  const monthEnds = Array.from({ length: receipts }, (_, i) => {
    const end = new Date(Date.UTC(2026, 5 + i + 1, 0));
    return end.toISOString().slice(0, 10);
  });
  const lattice = {
    style: "american",
    model: "lattice",
    latticeSteps: LATTICE_MAX_STEPS,
    years: "30",
    valuationDate: undefined,
    expiryDate: undefined,
  };
  return [
    {
      name: "POST /v1/cashflow/projection",
      caps: `${SCENARIO_LIMITS.horizonMonths} months x ${SCENARIO_LIMITS.productLines} product lines, every measure run`,
      send: requestOf(findRoute("post", "/v1/cashflow/projection"), projectionAtCaps()),
    },
    {
      name: "POST /v1/fx/hedge-compare",
      caps: `${HEDGE_LIMITS.maxPaths} paths x ${receipts} receipts, ${HEDGE_LIMITS.maxShocks} shocks`,
      send: withExample("post", "/v1/fx/hedge-compare", {
        receipts: monthEnds.map((date) => ({ date, amount: "50000" })),
        strategies: { hedgeRatio: "0.8", putStrike: "6.5000" },
        monteCarlo: { paths: HEDGE_LIMITS.maxPaths, seed: 1 },
        shocks: Array.from({ length: HEDGE_LIMITS.maxShocks }, (_, i) => ((i - 10) / 20).toString()),
      }),
    },
    {
      name: "POST /v1/fx/option-price",
      caps: `american, lattice ${LATTICE_MAX_STEPS} steps, greeks`,
      send: withExample("post", "/v1/fx/option-price", lattice),
    },
    {
      name: "POST /v1/fx/implied-vol",
      caps: `american, lattice ${LATTICE_MAX_STEPS} steps, Brent`,
      send: withExample("post", "/v1/fx/implied-vol", { ...lattice, price: "3.5" }),
    },
    {
      name: "POST /v1/settlement/payout-schedule",
      caps: `${MAX_DELIVERIES} deliveries`,
      send: withExample("post", "/v1/settlement/payout-schedule", {
        deliveries: Array.from({ length: MAX_DELIVERIES }, (_, i) => ({
          date: new Date(Date.UTC(2026, 0, 1 + (i % 365))).toISOString().slice(0, 10),
          amount: "2999.00",
        })),
      }),
    },
  ];
}

export async function timeWorstCases(cases: WorstCase[]): Promise<(RouteTiming & { caps: string })[]> {
  const out: (RouteTiming & { caps: string })[] = [];
  for (const c of cases) out.push({ caps: c.caps, ...(await timeRequest(c.name, c.send, HEAVY_BUDGET)) });
  return out;
}

/** `project()` itself (the domain call, no HTTP or zod) on the largest preset: the 5 ms budget. */
export async function timeLargestProjection(): Promise<
  Timing & { preset: string; months: number; lines: number }
> {
  const preset = largestPreset();
  const scenario = toScenario(ScenarioSchema.parse(preset.scenario));
  const timing = await time(() => project(scenario, CASHFLOW_RULES), PROJECTION_BUDGET);
  return {
    preset: preset.id,
    months: scenario.horizonMonths,
    lines: scenario.productLines.length,
    ...timing,
  };
}

/** The batch the README's batch figure is for: 100 copies of the largest preset, one request. */
export function presetBatch(): { items: { id: string; scenario: unknown }[] } {
  const { scenario } = largestPreset();
  return { items: Array.from({ length: MAX_BATCH_ITEMS }, (_, i) => ({ id: `item-${i}`, scenario })) };
}

/**
 * POST /v1/cashflow/projections with presetBatch(), through the app (JSON parse, zod, 100
 * projections, JSON out). Each sample is the process's CPU time (user + system) for one request,
 * after two warm-up requests; the budget is CPU, not wall time, so a busy machine does not inflate it.
 */
export async function timePresetBatch(samples = 7): Promise<Timing & { items: number; bodyBytes: number }> {
  const batch = presetBatch();
  const send = requestOf(findRoute("post", BATCH_PATH), batch);
  for (let i = 0; i < 2; i++) {
    const res = await send();
    if (res.status !== 200) throw new Error(`the preset batch answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  }
  const cpuMs: number[] = [];
  for (let i = 0; i < samples; i++) {
    const before = process.cpuUsage();
    await (await send()).arrayBuffer();
    const used = process.cpuUsage(before);
    cpuMs.push((used.user + used.system) / 1000);
  }
  return { items: batch.items.length, bodyBytes: JSON.stringify(batch).length, ...summarize(cpuMs) };
}

import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { MAX_BATCH_ITEMS, MAX_BATCH_MONTH_LINES } from "../src/api/batch";
import { createApp } from "../src/app";
import { PRESETS } from "../src/policy/presets";
import { call, getJson, newTenant, postJson, problemPointers } from "./helpers";

const BATCH = "/v1/cashflow/projections";
const presetScenario = (i: number) => structuredClone(PRESETS[i % PRESETS.length].scenario);

/** The same app as the Worker with a limiter a test controls. */
function appWith(overrides: Record<string, unknown>) {
  const app = createApp();
  return (path: string, init: RequestInit = {}) => app.request(path, init, { ...env, ...overrides });
}

function countingLimiter(allowed: number) {
  const seen: string[] = [];
  return {
    seen,
    limit: async ({ key }: { key: string }) => {
      seen.push(key);
      return { success: seen.filter((k) => k === key).length <= allowed };
    },
  };
}

describe("POST /v1/cashflow/projections", () => {
  it("answers each item's summary byte for byte as projecting it alone, and a bad item only in its place", async () => {
    const items = PRESETS.map((p, i) => ({ id: `bank-${i}`, scenario: p.scenario }));
    const broken = { ...presetScenario(0), horizonMonths: 0, openingCash: "lots" };
    const unknownRule = presetScenario(1) as any;
    unknownRule.productLines[0].sales = { channel: "marketplace", payoutRule: "no-such-rule" };
    const batch = [
      ...items.slice(0, 2),
      { id: "broken", scenario: broken },
      { id: "no-rule", scenario: unknownRule },
      { id: "missing" },
      ...items.slice(2),
    ];
    const res = await call("POST", `${BATCH}?lang=en`, { items: batch });
    const text = await res.text();
    expect(res.status, text).toBe(200);
    const body = JSON.parse(text);
    expect(body.counts).toEqual({ ok: PRESETS.length, problem: 3 });
    expect(body.results.map((r: any) => [r.id, r.index, r.status])).toEqual(
      batch.map((item, i) => [
        item.id,
        i,
        "scenario" in item && item.id.startsWith("bank") ? "ok" : "problem",
      ]),
    );
    for (const result of body.results.filter((r: any) => r.status === "ok")) {
      const alone = await call("POST", "/v1/cashflow/projection", batch[result.index].scenario);
      const single = JSON.parse(await alone.text());
      // the exact bytes: serialised the same way the single route serialises them
      expect(JSON.stringify(result.summary)).toBe(JSON.stringify(single.summary));
      expect(JSON.stringify(result.measures)).toBe(JSON.stringify(single.measures));
      expect(result.periods).toBeUndefined();
    }
    const [broke, noRule, missing] = body.results.slice(2, 5);
    expect(broke.problem.status).toBe(400);
    expect(broke.problem.detail).toBe("item 2 (broken) has 2 invalid field(s)");
    expect(broke.problem.errors.map((e: any) => e.pointer).sort()).toEqual([
      "/items/2/scenario/horizonMonths",
      "/items/2/scenario/openingCash",
    ]);
    expect(noRule.problem.status).toBe(422);
    expect(noRule.problem.errors[0].pointer).toBe("/items/3/scenario/productLines/0/sales/payoutRule");
    expect(missing.problem.errors).toEqual([
      { pointer: "/items/4/scenario", message: "required field is missing (expected object)" },
    ]);
  });

  it("gives the months on request, in Chinese by default", async () => {
    const res = await postJson(BATCH, {
      items: [
        { id: "a", scenario: presetScenario(0) },
        { id: "b", scenario: { ...presetScenario(0), startDate: "2026-02-30" } },
      ],
      periods: true,
    });
    expect(res.status).toBe(200);
    const months = (PRESETS[0].scenario.horizonMonths as number) ?? 0;
    expect(res.body.results[0].periods).toHaveLength(months);
    expect(res.body.results[1].problem.detail).toBe("第 1 项（b）有 1 个字段有误");
  });

  it("refuses the batch itself when it is malformed: duplicate ids, too many items, no items", async () => {
    const dup = await postJson(`${BATCH}?lang=en`, {
      items: [
        { id: "x", scenario: presetScenario(0) },
        { id: "x", scenario: presetScenario(1) },
      ],
    });
    expect(dup.status).toBe(400);
    expect(problemPointers(dup)).toEqual(["/items/1/id"]);
    expect(dup.body.errors[0].message).toContain("already used by item 0");
    const many = await postJson(BATCH, {
      items: Array.from({ length: MAX_BATCH_ITEMS + 1 }, (_, i) => ({ id: String(i), scenario: {} })),
    });
    expect(many.status).toBe(400);
    expect(problemPointers(many)).toEqual(["/items"]);
    expect(problemPointers(await postJson(BATCH, { items: [] }))).toEqual(["/items"]);
  });

  it("reads a body over the single request's 256 KB, up to 1 MB", async () => {
    // 100 copies of the largest preset: about 400 KB of JSON, 100 x 36 x 5 = MAX_BATCH_MONTH_LINES.
    const largest = PRESETS.find((p) => p.scenario.horizonMonths === 36)!;
    const items = Array.from({ length: 100 }, (_, i) => ({ id: `n${i}`, scenario: largest.scenario }));
    const bytes = JSON.stringify({ items }).length;
    expect(bytes).toBeGreaterThan(256 * 1024);
    const res = await postJson(BATCH, { items });
    expect(res.status).toBe(200);
    expect(res.body.counts).toEqual({ ok: 100, problem: 0 });
    const tooBig = await call("POST", BATCH, `{"items":[],"pad":"${"x".repeat(1024 * 1024)}"}`);
    expect(tooBig.status).toBe(413);
  }, 30_000);

  it("projects at most MAX_BATCH_MONTH_LINES months x lines; items past it answer a problem of their own", async () => {
    // 60 months x 12 lines = 720 each: 18000 / 720 = 25 items fit, the 26th does not.
    const big = presetScenario(0) as any;
    const line = big.productLines[0];
    big.horizonMonths = 60;
    big.productLines = Array.from({ length: 12 }, (_, i) => ({
      ...line,
      name: `line ${i}`,
      monthlyUnits: 100,
    }));
    expect(MAX_BATCH_MONTH_LINES / 720).toBe(25);
    const items = Array.from({ length: 26 }, (_, i) => ({ id: `big${i}`, scenario: big }));
    const res = await postJson(`${BATCH}?lang=en`, { items });
    expect(res.body.counts).toEqual({ ok: 25, problem: 1 });
    expect(res.body.results[25].problem.status).toBe(422);
    expect(res.body.results[25].problem.detail).toContain("send it in another batch");
  }, 30_000);

  it("counts one request per item for the key's rate limit and usage", async () => {
    const bank = await newTenant("批量银行");
    const items = [0, 1, 2].map((i) => ({ id: `s${i}`, scenario: presetScenario(i) }));
    const limiter = countingLimiter(3);
    const request = appWith({ RATE_LIMIT_KEY: limiter });
    const post = () =>
      request(BATCH, {
        method: "POST",
        body: JSON.stringify({ items }),
        headers: { ...bank.auth, "content-type": "application/json" },
      });
    expect((await post()).status).toBe(200);
    expect(limiter.seen).toEqual(Array(3).fill(`key:${bank.keyId}`));
    const refused = await post(); // the minute's 4th request: refused, and counted nowhere
    expect(refused.status).toBe(429);
    const usage = await getJson("/v1/usage", bank.auth);
    expect(usage.body.total).toBe(3 + 1); // the three items and this usage request
  });

  it("refuses a batch whose items exceed what is left of the minute, per IP for anonymous callers", async () => {
    const limiter = countingLimiter(2);
    const request = appWith({ RATE_LIMIT_IP: limiter });
    const items = [0, 1, 2].map((i) => ({ id: `s${i}`, scenario: presetScenario(i) }));
    const res = await request(BATCH, {
      method: "POST",
      body: JSON.stringify({ items }),
      headers: { "content-type": "application/json", "cf-connecting-ip": "203.0.113.77" },
    });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("60");
    expect(limiter.seen).toEqual(Array(3).fill("ip:203.0.113.77"));
  });
});

import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { IDEMPOTENCY_KEY_HOURS } from "../src/api/idempotency";
import { PUBLIC_LINK_DAYS, PUBLIC_SCENARIO_MAX_BYTES } from "../src/api/scenarios";
import { createApp } from "../src/app";
import { canonicalJson } from "../src/domain/canonical";
import { findPreset } from "../src/policy/presets";
import { EXPIRED_KEPT_DAYS } from "../src/store/scenarios";
import { call, getJson, newTenant } from "./helpers";

const preset = findPreset("guzhen-led-9810-amazon")!.scenario as any;
const small = findPreset("shaxi-apparel-9610-no-invoice")!.scenario;

/** Twelve product lines (the most a scenario may have) of 60 months each: a large but ordinary scenario. */
function twelveLines(extra: boolean) {
  const line = preset.productLines[0];
  const grant = (small as any).grants[0];
  return {
    ...preset,
    horizonMonths: 60,
    productLines: Array.from({ length: 12 }, (_, i) => ({
      ...line,
      name: `${"灯具".repeat(39)}${i}`,
      monthlyUnits: Array.from({ length: 60 }, (_, m) => 9_000_000 + m),
      ...(extra
        ? {
            market: "M".repeat(40),
            overseasCosts: Array.from(
              { length: 12 },
              (_, k) => line.overseasCosts[k % line.overseasCosts.length],
            ),
          }
        : {}),
    })),
    grants: extra
      ? Array.from({ length: 24 }, (_, i) => ({ ...grant, name: `${"补贴".repeat(39)}${i}` }))
      : [],
  };
}

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

async function save(body: unknown, headers: Record<string, string> = {}) {
  const res = await call("POST", "/v1/scenarios?lang=en", body, headers);
  return { res, text: await res.text() };
}

describe("public share links expire", () => {
  it(`states the expiry in the answer: ${PUBLIC_LINK_DAYS} days after saving; a bank's scenarios have none`, async () => {
    const { res, text } = await save({ name: "公开", scenario: small });
    expect(res.status).toBe(201);
    const created = JSON.parse(text);
    // 90 days of 86 400 000 ms each, counted from the creation instant (UTC has no DST).
    expect(Date.parse(created.expiresAt) - Date.parse(created.createdAt)).toBe(90 * 86_400_000);
    const read = await getJson(`/v1/scenarios/${created.id}`);
    expect(read.body.expiresAt).toBe(created.expiresAt);

    const bank = await newTenant();
    const keyed = JSON.parse((await save({ name: "银行", scenario: small }, bank.auth)).text);
    expect(keyed.expiresAt).toBeNull();
  });

  it("answers 410 problem+json for an expired link, in both languages, and still lets its owner delete it", async () => {
    const created = JSON.parse((await save({ name: "过期", scenario: small })).text);
    await env.DB.prepare("UPDATE scenarios SET expires_at = ? WHERE id = ?")
      .bind("2026-12-01T00:00:00.000Z", created.id)
      .run();
    const en = await getJson(`/v1/scenarios/${created.id}?lang=en`);
    expect(en.status).toBe(410);
    expect(en.type).toContain("application/problem+json");
    expect(en.body).toMatchObject({ type: "/problems/gone", title: "The share link has expired" });
    expect(en.body.detail).toContain("expired on 2026-12-01");
    expect(en.body.detail).toContain("90 days");
    const zh = await getJson(`/v1/scenarios/${created.id}/projection`);
    expect(zh.status).toBe(410);
    expect(zh.body.detail).toContain("已于 2026-12-01 过期");
    const del = await call("DELETE", `/v1/scenarios/${created.id}`, undefined, {
      "x-delete-token": created.deleteToken,
    });
    expect(del.status).toBe(204);
  });

  it(`deletes expired links ${EXPIRED_KEPT_DAYS} days after expiry, on later saves; until then they answer 410`, async () => {
    const old = JSON.parse((await save({ name: "久", scenario: small })).text);
    const recent = JSON.parse((await save({ name: "近", scenario: small })).text);
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
    const expire = (id: string, at: string) =>
      env.DB.prepare("UPDATE scenarios SET expires_at = ? WHERE id = ?").bind(at, id).run();
    await expire(old.id, daysAgo(EXPIRED_KEPT_DAYS + 1));
    await expire(recent.id, daysAgo(EXPIRED_KEPT_DAYS - 1));
    expect((await save({ name: "触发", scenario: small })).res.status).toBe(201);
    expect((await getJson(`/v1/scenarios/${old.id}`)).status).toBe(404);
    expect((await getJson(`/v1/scenarios/${recent.id}`)).status).toBe(410);
  });
});

describe("the size of a public save", () => {
  it(`refuses more than ${PUBLIC_SCENARIO_MAX_BYTES / 1024} KB without a key with 413 saying the limit; a bank may save it`, async () => {
    const large = twelveLines(true);
    expect(new TextEncoder().encode(canonicalJson(large)).length).toBeGreaterThan(PUBLIC_SCENARIO_MAX_BYTES);
    const refused = await save({ name: "大", scenario: large });
    expect(refused.res.status).toBe(413);
    expect(JSON.parse(refused.text).detail).toContain("at most 24 KB");
    const bank = await newTenant();
    expect((await save({ name: "大", scenario: large }, bank.auth)).res.status).toBe(201);
  });

  it("takes twelve 60-month product lines without a key", async () => {
    const ordinary = twelveLines(false);
    expect(new TextEncoder().encode(canonicalJson(ordinary)).length).toBeLessThan(PUBLIC_SCENARIO_MAX_BYTES);
    expect((await save({ name: "十二条", scenario: ordinary })).res.status).toBe(201);
  });
});

describe("the save limit without a key", () => {
  it("limits public saves per client in their own bucket, before the body is read; a bank's saves are not in it", async () => {
    const saves = countingLimiter(1);
    const request = appWith({ RATE_LIMIT_SAVE: saves });
    const post = (body: string, headers: Record<string, string> = {}) =>
      request("/v1/scenarios", {
        method: "POST",
        body,
        headers: { "cf-connecting-ip": "2001:db8:5::1", "content-type": "application/json", ...headers },
      });
    const body = JSON.stringify({ name: "一", scenario: small });
    expect((await post(body)).status).toBe(201);
    const refused = await post("{ not json");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    const bank = await newTenant();
    expect((await post(body, bank.auth)).status).toBe(201);
    expect(saves.seen).toEqual(["ip6:2001:db8:5:0::/64", "ip6:2001:db8:5:0::/64"]);
  });

  it("binds the save limiter in the Workers runtime", () => {
    expect(typeof env.RATE_LIMIT_SAVE.limit).toBe("function");
  });
});

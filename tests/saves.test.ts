import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { chinaDay } from "../src/api/access";
import { countUsage, writeUsage } from "../src/api/access-cache";
import { IDEMPOTENCY_KEY_HOURS } from "../src/api/idempotency";
import { PUBLIC_LINK_DAYS, PUBLIC_SCENARIO_MAX_BYTES } from "../src/api/scenarios";
import { canonicalJson } from "../src/domain/canonical";
import { findPreset } from "../src/policy/presets";
import { EXPIRED_KEPT_DAYS } from "../src/store/scenarios";
import { usageSince } from "../src/store/tenants";
import { appWith, call, countingLimiter, getJson, newTenant } from "./helpers";

const preset = findPreset("guzhen-led-9810-amazon")!.scenario as any;
const small = findPreset("shaxi-apparel-9610-no-invoice")!.scenario;

/** Twelve product lines (the most a scenario may have) of 60 months each: a large but ordinary scenario. */
function twelveLines(extra: boolean) {
  const line = preset.productLines[0];
  const grant = { amount: "4000", date: "2026-04-15" };
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

describe("Idempotency-Key on POST /v1/scenarios", () => {
  const body = { name: "重试", scenario: small };
  /** The same body with its members in another order: the same JSON, so the same request. */
  const reordered = { scenario: Object.fromEntries(Object.entries(small).reverse()), name: "重试" };
  const keyHeader = () => ({ "idempotency-key": crypto.randomUUID() });

  it("answers a public save's retry with the first 201, delete token included, and stores one scenario", async () => {
    const key = keyHeader();
    const first = await save(body, key);
    expect(first.res.status).toBe(201);
    expect(first.res.headers.get("idempotent-replayed")).toBeNull();
    const retry = await save(reordered, key);
    expect(retry.res.status).toBe(201);
    expect(retry.text).toBe(first.text);
    expect(retry.res.headers.get("location")).toBe(first.res.headers.get("location"));
    expect(retry.res.headers.get("idempotent-replayed")).toBe("true");
    const { id, deleteToken } = JSON.parse(first.text);
    const rows = await env.DB.prepare("SELECT count(*) AS n FROM scenarios WHERE name = ? AND created_at = ?")
      .bind("重试", JSON.parse(first.text).createdAt)
      .first();
    expect(rows).toEqual({ n: 1 });
    // The token is kept only sealed: the table never holds it in clear.
    const record = await env.DB.prepare("SELECT * FROM idempotency_keys WHERE scenario_id = ?")
      .bind(id)
      .first();
    expect(JSON.stringify(record)).not.toContain(deleteToken);
    expect(JSON.stringify(record)).not.toContain(key["idempotency-key"]);
    // The replayed token is the real one.
    expect(
      (await call("DELETE", `/v1/scenarios/${id}`, undefined, { "x-delete-token": deleteToken })).status,
    ).toBe(204);
  });

  it("answers the same key with a different body with 422 problem+json, in both languages", async () => {
    const key = keyHeader();
    expect((await save(body, key)).res.status).toBe(201);
    const en = await save({ ...body, name: "另一个" }, key);
    expect(en.res.status).toBe(422);
    expect(en.res.headers.get("content-type")).toContain("application/problem+json");
    expect(JSON.parse(en.text)).toMatchObject({ type: "/problems/idempotency-key-reused", status: 422 });
    expect(JSON.parse(en.text).detail).toContain(`${IDEMPOTENCY_KEY_HOURS} hours`);
    const zh = await call("POST", "/v1/scenarios", { ...body, name: "另一个" }, key);
    expect((await zh.json<any>()).title).toBe("该幂等键已用于另一个请求");
  });

  it("scopes keys per tenant and per anonymous client", async () => {
    const key = keyHeader();
    const a = await newTenant();
    const b = await newTenant();
    const savedA = JSON.parse((await save(body, { ...a.auth, ...key })).text);
    expect(savedA.visibility).toBe("tenant");
    const retryA = JSON.parse((await save(body, { ...a.auth, ...key })).text);
    expect(retryA.id).toBe(savedA.id);
    const savedB = JSON.parse((await save(body, { ...b.auth, ...key })).text);
    expect(savedB.id).not.toBe(savedA.id);
    const fromHere = JSON.parse((await save(body, { ...key, "cf-connecting-ip": "192.0.2.61" })).text);
    const fromThere = JSON.parse((await save(body, { ...key, "cf-connecting-ip": "192.0.2.62" })).text);
    expect(new Set([savedA.id, savedB.id, fromHere.id, fromThere.id]).size).toBe(4);
    // The same client in another address of its /64 is the same client.
    const sameNet1 = JSON.parse((await save(body, { ...key, "cf-connecting-ip": "2001:db8:7::1" })).text);
    const sameNet2 = JSON.parse((await save(body, { ...key, "cf-connecting-ip": "2001:db8:7::2" })).text);
    expect(sameNet2.id).toBe(sameNet1.id);
    expect(sameNet2.deleteToken).toBe(sameNet1.deleteToken);
    // A scenario saved with a key deletes like any other (its key's record goes with it).
    expect((await call("DELETE", `/v1/scenarios/${savedA.id}`, undefined, a.auth)).status).toBe(204);
  });

  it("saves once when two retries race", async () => {
    const key = keyHeader();
    const [x, y] = await Promise.all([save(body, key), save(body, key)]);
    expect([x.res.status, y.res.status]).toEqual([201, 201]);
    expect(x.text).toBe(y.text);
  });

  it(`forgets a key after ${IDEMPOTENCY_KEY_HOURS} hours, and when its scenario is deleted`, async () => {
    const key = keyHeader();
    const first = JSON.parse((await save(body, key)).text);
    await env.DB.prepare("UPDATE idempotency_keys SET expires_at = ? WHERE scenario_id = ?")
      .bind(new Date(Date.now() - 1000).toISOString(), first.id)
      .run();
    const later = JSON.parse((await save(body, key)).text);
    expect(later.id).not.toBe(first.id);
    const deleted = await call("DELETE", `/v1/scenarios/${later.id}`, undefined, {
      "x-delete-token": later.deleteToken,
    });
    expect(deleted.status).toBe(204);
    const afterDelete = await save(body, key);
    expect(afterDelete.res.status).toBe(201);
    expect(afterDelete.res.headers.get("idempotent-replayed")).toBeNull();
    expect(JSON.parse(afterDelete.text).id).not.toBe(later.id);
  });

  it("records the key for a day", async () => {
    const key = keyHeader();
    const first = JSON.parse((await save(body, key)).text);
    const record = await env.DB.prepare(
      "SELECT expires_at AS expiresAt FROM idempotency_keys WHERE scenario_id = ?",
    )
      .bind(first.id)
      .first<{ expiresAt: string }>();
    expect(Date.parse(record!.expiresAt) - Date.parse(first.createdAt)).toBe(24 * 3_600_000);
  });

  it("takes the key bare or as a quoted string, and refuses a malformed one with 400 naming the header", async () => {
    const key = crypto.randomUUID();
    const bare = JSON.parse((await save(body, { "idempotency-key": key })).text);
    const quoted = JSON.parse((await save(body, { "idempotency-key": `"${key}"` })).text);
    expect(quoted.id).toBe(bare.id);
    for (const bad of ["has space", "x".repeat(256), '"unclosed']) {
      const res = await save(body, { "idempotency-key": bad });
      expect(res.res.status, bad).toBe(400);
      expect(JSON.parse(res.text).errors.map((e: any) => e.pointer)).toEqual(["/header/idempotency-key"]);
    }
  });
});

describe("a database without its migrations", () => {
  it("answers 503 problem+json 'storage not ready' in both languages on every storage path, never 500", async () => {
    const request = appWith({ DB: env.UNMIGRATED_DB });
    const bank = await newTenant(); // in the migrated DB: its key is unknown to the unmigrated one
    const paths: [string, RequestInit][] = [
      [`/v1/scenarios/${"a".repeat(32)}`, {}],
      ["/v1/scenarios", { method: "POST", body: JSON.stringify({ name: "x", scenario: small }) }],
      ["/v1/measures", { headers: { "x-api-key": bank.key } }],
      ["/v1/admin/tenants", { headers: { authorization: `Bearer ${env.ADMIN_SECRET}` } }],
    ];
    for (const [path, init] of paths) {
      const headers = { "content-type": "application/json", ...(init.headers as Record<string, string>) };
      const en = await request(`${path}${path.includes("?") ? "&" : "?"}lang=en`, { ...init, headers });
      expect(en.status, path).toBe(503);
      expect(en.headers.get("content-type")).toContain("application/problem+json");
      const problem = await en.json<any>();
      expect(problem).toMatchObject({
        type: "/problems/storage-not-ready",
        title: "Storage not ready",
        status: 503,
      });
      expect(problem.detail).not.toMatch(/SQLITE|D1_ERROR/);
    }
    const zh = await request(`/v1/scenarios/${"a".repeat(32)}`);
    expect((await zh.json<any>()).title).toBe("存储尚未就绪");
  });

  it("answers 503 too when only the newest migration is missing (a column it adds)", async () => {
    await env.UNMIGRATED_DB.exec(
      "CREATE TABLE IF NOT EXISTS scenarios (id TEXT PRIMARY KEY, tenant_id TEXT, name TEXT, scenario TEXT, ruleset TEXT, created_at TEXT, delete_token_hash TEXT)",
    );
    const res = await appWith({ DB: env.UNMIGRATED_DB })(`/v1/scenarios/${"b".repeat(32)}`);
    expect(res.status).toBe(503);
  });
});

describe("usage counting is at most once", () => {
  it("drops a batch whose write fails instead of writing it again later", async () => {
    const bank = await newTenant();
    const day = chinaDay(new Date());
    let scheduled: Promise<void> | undefined;
    for (let i = 0; i < 3; i++) countUsage(env.DB, bank.tenantId, day, (work) => (scheduled = work));
    await writeUsage(env.UNMIGRATED_DB); // fails: the three counts are dropped
    await writeUsage(env.DB);
    await scheduled;
    expect(await usageSince(env.DB, bank.tenantId, day)).toEqual([]);
  });
});

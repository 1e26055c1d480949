import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { chinaDay, RATE_LIMIT_PERIOD_SECONDS } from "../src/api/access";
import { findPreset } from "../src/policy/presets";
import { keyPrefix, newApiKey, newId, sha256Hex } from "../src/store/secrets";
import { createTenantWithKey } from "../src/store/tenants";
import {
  adminHeaders,
  appWith,
  call,
  countingLimiter,
  getJson,
  newTenant,
  postJson,
  problemPointers,
} from "./helpers";

describe("trusting a valid key for up to KEY_TRUST_SECONDS (src/api/access-cache.ts)", () => {
  it("keeps a key this instance found valid until it revokes the key itself", async () => {
    const bank = await newTenant("丁银行");
    expect((await getJson("/v1/usage", bank.auth)).status).toBe(200); // found valid, now trusted
    // Another instance revokes it: this one goes on trusting the key for the rest of its 30 seconds.
    await env.DB.prepare("UPDATE api_keys SET revoked_at = ? WHERE id = ?")
      .bind(new Date().toISOString(), bank.keyId)
      .run();
    expect((await getJson("/v1/usage", bank.auth)).status).toBe(200);
    // Revoked through this instance, it is refused at once.
    await call("DELETE", `/v1/admin/keys/${bank.keyId}`, undefined, adminHeaders());
    expect((await getJson("/v1/usage", bank.auth)).status).toBe(401);
  });
});

describe("admin routes (ADMIN_SECRET)", () => {
  it("refuse a missing or wrong secret with 401, and answer 503 where no secret is configured", async () => {
    const none = await postJson("/v1/admin/tenants?lang=en", { name: "x" });
    expect(none.status).toBe(401);
    expect(none.body.detail).toContain("ADMIN_SECRET");
    const wrong = await postJson("/v1/admin/tenants", { name: "x" }, { authorization: "Bearer guess" });
    expect(wrong.status).toBe(401);
    const unset = await appWith({ ADMIN_SECRET: undefined })("/v1/admin/tenants", {
      headers: { authorization: "Bearer anything" },
    });
    expect(unset.status).toBe(503);
    expect(unset.headers.get("content-type")).toContain("application/problem+json");
  });

  it("show a key once, keep only its hash and prefix, list and revoke keys", async () => {
    const bank = await newTenant("丙银行");
    expect(bank.key).toMatch(/^cbec_[A-Za-z0-9_-]{43}$/);
    const row = await env.DB.prepare("SELECT key_hash, prefix FROM api_keys WHERE id = ?")
      .bind(bank.keyId)
      .first<{ key_hash: string; prefix: string }>();
    expect(row).toEqual({ key_hash: await sha256Hex(bank.key), prefix: bank.key.slice(0, 12) });

    const second = await postJson(
      `/v1/admin/tenants/${bank.tenantId}/keys`,
      { label: "轮换" },
      adminHeaders(),
    );
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ tenantId: bank.tenantId, label: "轮换", revokedAt: null });
    const listed = await getJson(`/v1/admin/tenants/${bank.tenantId}/keys`, adminHeaders());
    expect(listed.body.keys.map((k: any) => k.label)).toEqual(["default", "轮换"]);
    expect(JSON.stringify(listed.body)).not.toContain(bank.key);
    expect(JSON.stringify(listed.body)).not.toContain("hash");

    const revoked = await call("DELETE", `/v1/admin/keys/${bank.keyId}`, undefined, adminHeaders());
    const revokedAt = (await revoked.json<any>()).revokedAt;
    expect(revokedAt).toMatch(/Z$/);
    const twice = await call("DELETE", `/v1/admin/keys/${bank.keyId}`, undefined, adminHeaders());
    expect((await twice.json<any>()).revokedAt).toBe(revokedAt);
    expect((await getJson("/v1/usage", bank.auth)).status).toBe(401);
    expect((await getJson("/v1/usage", { authorization: `Bearer ${second.body.key}` })).status).toBe(200);
  });

  it("answer 404 for an unknown or malformed tenant or key id, 400 for a bad body", async () => {
    const unknown = "f".repeat(32);
    expect((await postJson(`/v1/admin/tenants/${unknown}/keys`, { label: "x" }, adminHeaders())).status).toBe(
      404,
    );
    expect((await getJson(`/v1/admin/tenants/${unknown}/keys`, adminHeaders())).status).toBe(404);
    expect((await getJson("/v1/admin/tenants/nope/keys", adminHeaders())).status).toBe(404);
    expect((await call("DELETE", `/v1/admin/keys/${unknown}`, undefined, adminHeaders())).status).toBe(404);
    const bad = await postJson("/v1/admin/tenants?lang=en", { name: "", keyLabel: 3 }, adminHeaders());
    expect(bad.status).toBe(400);
    expect(problemPointers(bad).sort()).toEqual(["/keyLabel", "/name"]);
  });
});

describe("a failed write leaves no half record", () => {
  it("rolls back the tenant when its first key cannot be stored (one D1 batch)", async () => {
    const existing = await newTenant();
    const tenant = { id: newId(), name: "半途银行", createdAt: new Date().toISOString() };
    const clash = {
      id: newId(),
      tenantId: tenant.id,
      keyHash: await sha256Hex(existing.key), // UNIQUE: the key insert fails after the tenant insert
      prefix: keyPrefix(newApiKey()),
      label: "default",
      createdAt: tenant.createdAt,
    };
    await expect(createTenantWithKey(env.DB, tenant, clash)).rejects.toThrow(/UNIQUE/);
    const left = await env.DB.prepare("SELECT count(*) AS n FROM tenants WHERE id = ?")
      .bind(tenant.id)
      .first();
    expect(left).toEqual({ n: 0 });
  });
});

describe("usage per tenant and day", () => {
  it("counts each keyed request once under today's date in China Standard Time, per tenant", async () => {
    const a = await newTenant();
    const b = await newTenant();
    for (let i = 0; i < 3; i++) await getJson("/v1/measures", a.auth);
    await getJson("/v1/measures"); // anonymous: counted for nobody
    await getJson("/v1/measures", b.auth);
    const usage = await getJson("/v1/usage?days=7", a.auth);
    expect(usage.status).toBe(200);
    const today = chinaDay(new Date());
    // 3 reads + this usage request itself; B's request is B's.
    expect(usage.body).toMatchObject({ tenant: { id: a.tenantId }, to: today, total: 4 });
    expect(usage.body.days).toEqual([{ day: today, requests: 4 }]);
    expect((await getJson("/v1/usage", b.auth)).body.total).toBe(2);
  });

  it("uses the calendar day of UTC+8", () => {
    expect(chinaDay(new Date("2026-11-23T15:59:59.999Z"))).toBe("2026-11-23");
    expect(chinaDay(new Date("2026-11-23T16:00:00.000Z"))).toBe("2026-11-24");
  });
});

describe("rate limits", () => {
  it("binds both Workers rate limiters in the test runtime", () => {
    expect(typeof env.RATE_LIMIT_IP.limit).toBe("function");
    expect(typeof env.RATE_LIMIT_KEY.limit).toBe("function");
  });

  it("exhausts the real per-IP binding: 429 problem+json with Retry-After, other IPs unaffected", async () => {
    // wrangler.toml: 60 per 60 s. Windows may roll over mid-test, so send 2 x 60 + 1: whatever the
    // rollover, one window receives more than 60 and answers 429.
    const ip = "198.51.100.77"; // used by no other test
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 121; i++) {
      const res = await call("GET", "/v1/measures/cs-2018-103?lang=en", undefined, {
        "cf-connecting-ip": ip,
      });
      statuses.push(res.status);
      if (res.status === 429 && !limited) limited = res;
      else await res.body?.cancel();
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(limited!.headers.get("retry-after")).toBe(String(RATE_LIMIT_PERIOD_SECONDS));
    expect(limited!.headers.get("content-type")).toContain("application/problem+json");
    expect(await limited!.json()).toMatchObject({ status: 429, title: "Too many requests" });
    const other = await call("GET", "/v1/measures/cs-2018-103", undefined, {
      "cf-connecting-ip": "192.0.2.1",
    });
    expect(other.status).toBe(200);
  });

  it("limits a key in its own bucket, before the body is read, and counts no usage for refused requests", async () => {
    const bank = await newTenant();
    const limiter = countingLimiter(2);
    const request = appWith({ RATE_LIMIT_KEY: limiter });
    const post = (body: string) =>
      request("/v1/scenarios?lang=zh", {
        method: "POST",
        body,
        headers: { ...bank.auth, "content-type": "application/json" },
      });
    const scenario = JSON.stringify(findPreset("shaxi-apparel-9610-no-invoice")!.scenario);
    expect((await post(`{"name":"一","scenario":${scenario}}`)).status).toBe(201);
    expect((await post(`{"name":"二","scenario":${scenario}}`)).status).toBe(201);
    const refused = await post("{ not json");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect((await refused.json<any>()).detail).toContain("请求过于频繁");
    expect(limiter.seen).toEqual(Array(3).fill(`key:${bank.keyId}`));
    const usage = await getJson("/v1/usage", bank.auth);
    expect(usage.body.total).toBe(3); // two admitted saves and this usage request
  });

  it("limits anonymous callers per IP and wrong keys against the IP too", async () => {
    const limiter = countingLimiter(1);
    const request = appWith({ RATE_LIMIT_IP: limiter });
    const ip = { "cf-connecting-ip": "203.0.113.9" };
    expect((await request("/v1/measures", { headers: ip })).status).toBe(200);
    const guess = { ...ip, authorization: `Bearer cbec_${"B".repeat(43)}` };
    expect((await request("/v1/measures", { headers: guess })).status).toBe(429);
    expect(limiter.seen).toEqual(["ip:203.0.113.9", "ip:203.0.113.9"]);
  });
});

describe("without D1 (the Node entry)", () => {
  it("answers 503 problem+json for storage routes and a presented key, and still computes anonymously", async () => {
    const request = appWith({ DB: undefined });
    const read = await request(`/v1/scenarios/${"a".repeat(32)}?lang=en`);
    expect(read.status).toBe(503);
    expect(read.headers.get("content-type")).toContain("application/problem+json");
    expect((await read.json<any>()).detail).toContain("Storage (D1) is not configured");
    const keyed = await request("/v1/measures", { headers: { "x-api-key": newApiKey() } });
    expect(keyed.status).toBe(503);
    expect((await request("/v1/measures")).status).toBe(200);
  });
});

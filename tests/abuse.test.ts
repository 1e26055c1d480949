import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { clientBucket, OPERATOR_BUCKET } from "../src/api/access";
import { findPreset } from "../src/policy/presets";
import { adminHeaders, appWith, call, countingLimiter, newTenant } from "./helpers";

describe("client buckets: an IPv6 client is one /64", () => {
  it("groups every address of a /64 however it is written, and keeps IPv4 addresses apart", () => {
    // RFC 5952 section 4 forms of one address, and others in the same /64 (2001:db8::/32 is documentation space).
    const same = [
      "2001:db8:0:1::1",
      "2001:0DB8:0000:0001:0000:0000:0000:0001",
      "2001:db8:0:1:ffff:ffff:ffff:fffe",
      "2001:db8:0:1:a:b:c:d%eth0",
      "2001:db8:0:1::192.0.2.1",
    ];
    for (const address of same) expect(clientBucket(address), address).toBe("ip6:2001:db8:0:1::/64");
    expect(clientBucket("2001:db8:0:2::1")).toBe("ip6:2001:db8:0:2::/64");
    expect(clientBucket("::1")).toBe("ip6:0:0:0:0::/64");
    expect(clientBucket("::ffff:192.0.2.7")).toBe("ip:192.0.2.7"); // IPv4-mapped: the IPv4 client
    expect(clientBucket("192.0.2.7")).toBe("ip:192.0.2.7");
    expect(clientBucket("192.0.2.8")).toBe("ip:192.0.2.8");
  });

  it("limits two addresses of one /64 in one bucket, and another /64 in its own", async () => {
    const limiter = countingLimiter(1);
    const request = appWith({ RATE_LIMIT_IP: limiter });
    const from = (ip: string) => request("/v1/measures", { headers: { "cf-connecting-ip": ip } });
    expect((await from("2001:db8:aa:1::1")).status).toBe(200);
    expect((await from("2001:db8:aa:1:dead:beef:0:2")).status).toBe(429);
    expect((await from("2001:db8:aa:2::1")).status).toBe(200);
    expect(limiter.seen).toEqual([
      "ip6:2001:db8:aa:1::/64",
      "ip6:2001:db8:aa:1::/64",
      "ip6:2001:db8:aa:2::/64",
    ]);
  });
});

describe("failed authentication is counted, whatever its kind", () => {
  const ip = { "cf-connecting-ip": "203.0.113.40" };

  for (const [what, headers] of [
    ["a wrong scheme", { authorization: "Basic dXNlcjpwYXNz" }],
    ["an empty Authorization", { authorization: "" }],
    ["a malformed key", { "x-api-key": "not-a-key" }],
    ["an unknown key", { authorization: `Bearer cbec_${"C".repeat(43)}` }],
  ] as const) {
    it(`counts ${what} against the client before answering 401, and answers 429 once over`, async () => {
      const limiter = countingLimiter(1);
      const request = appWith({ RATE_LIMIT_IP: limiter });
      const first = await request("/v1/measures?lang=en", { headers: { ...ip, ...headers } });
      expect(first.status).toBe(401);
      expect(first.headers.get("www-authenticate")).toContain("Bearer");
      const second = await request("/v1/measures?lang=en", { headers: { ...ip, ...headers } });
      expect(second.status).toBe(429);
      expect(second.headers.get("retry-after")).toBe("60");
      expect(limiter.seen).toEqual(["ip:203.0.113.40", "ip:203.0.113.40"]);
    });
  }
});

describe("the API key is read alike from Authorization and X-Api-Key", () => {
  it("ignores spaces and tabs around it in both headers", async () => {
    const bank = await newTenant();
    const request = appWith({});
    const forms: Record<string, string>[] = [
      { authorization: `Bearer ${bank.key}` },
      { authorization: `  bearer \t ${bank.key} \t ` },
      { "x-api-key": bank.key },
      { "x-api-key": ` \t${bank.key}\t ` },
    ];
    for (const headers of forms) {
      const res = await request("/v1/usage", { headers });
      expect(res.status, JSON.stringify(headers)).toBe(200);
    }
  });

  it("refuses other whitespace (a vertical tab) in both headers alike", async () => {
    const bank = await newTenant();
    const request = appWith({});
    const vt = "\u000b";
    const forms: Record<string, string>[] = [
      { authorization: `Bearer${vt}${bank.key}` },
      { "x-api-key": `${vt}${bank.key}` },
    ];
    for (const headers of forms) {
      expect((await request("/v1/usage", { headers })).status, JSON.stringify(headers)).toBe(401);
    }
  });
});

describe("the operator's own bucket", () => {
  it("keeps admin open to the secret's holder when the shared address is over its limit", async () => {
    const perClient = countingLimiter(1);
    const perKey = countingLimiter(100);
    const request = appWith({ RATE_LIMIT_IP: perClient, RATE_LIMIT_KEY: perKey });
    const office = { "cf-connecting-ip": "198.51.100.20" };
    // Someone else behind the same NAT uses up the address's budget, then guesses the secret.
    expect((await request("/v1/measures", { headers: office })).status).toBe(200);
    expect((await request("/v1/measures", { headers: office })).status).toBe(429);
    const guess = await request("/v1/admin/tenants", {
      headers: { ...office, authorization: "Bearer guess" },
    });
    expect(guess.status).toBe(429);
    const wrongScheme = await request("/v1/admin/tenants", {
      headers: { ...office, authorization: `Basic ${btoa(`admin:${env.ADMIN_SECRET}`)}` },
    });
    expect(wrongScheme.status).toBe(429);
    // The operator, behind the same address, is limited only in its own bucket.
    const operator = await request("/v1/admin/tenants", { headers: { ...office, ...adminHeaders() } });
    expect(operator.status).toBe(200);
    expect(perKey.seen).toEqual([OPERATOR_BUCKET]);
    expect(perClient.seen).toEqual(Array(4).fill("ip:198.51.100.20"));
  });

  it("refuses a key as the admin secret, and an admin secret in X-Api-Key", async () => {
    const bank = await newTenant();
    const request = appWith({});
    expect((await request("/v1/admin/tenants", { headers: bank.auth })).status).toBe(401);
    expect((await request("/v1/admin/tenants", { headers: { "x-api-key": env.ADMIN_SECRET } })).status).toBe(
      401,
    );
  });
});

describe("pages that run projections are limited like the API", () => {
  it("answers each page's second request from one client with 429 (a page in the reader's language)", async () => {
    for (const path of [
      "/",
      "/report?preset=shaxi-apparel-9610-no-invoice",
      "/compare",
      "/measures/cs-2018-103",
    ]) {
      const limiter = countingLimiter(1);
      const request = appWith({ RATE_LIMIT_IP: limiter });
      const headers = { "cf-connecting-ip": "192.0.2.50", "accept-language": "en" };
      const first = await request(path, { headers });
      expect(first.status, path).toBeLessThan(400);
      const second = await request(path, { headers });
      expect(second.status, path).toBe(429);
      expect(second.headers.get("retry-after")).toBe("60");
      expect(second.headers.get("content-type")).toContain("text/html");
      expect(await second.text()).toContain("Too many requests");
      expect(limiter.seen).toEqual(["ip:192.0.2.50", "ip:192.0.2.50"]);
    }
  });

  it("limits the CSV and the form's check, the check answering problem+json", async () => {
    const limiter = countingLimiter(0);
    const request = appWith({ RATE_LIMIT_IP: limiter });
    const headers = { "cf-connecting-ip": "192.0.2.51" };
    const check = await request("/form/check?preset=shaxi-apparel-9610-no-invoice", { headers });
    expect(check.status).toBe(429);
    expect(check.headers.get("content-type")).toContain("application/problem+json");
    expect((await request("/report.csv?s=x", { headers })).status).toBe(429);
    // Static assets and the measures index compute nothing and are not limited.
    expect((await request("/assets/app.css", { headers })).status).toBe(200);
    expect((await request("/measures", { headers })).status).toBe(200);
    expect(limiter.seen).toEqual(["ip:192.0.2.51", "ip:192.0.2.51"]);
  });
});

describe("CORS", () => {
  const origin = { origin: "https://elsewhere.example" };

  it("lets any origin call the API by default, and no origin call admin", async () => {
    const request = appWith({});
    const api = await request("/v1/measures", { headers: origin });
    expect(api.headers.get("access-control-allow-origin")).toBe("*");
    const admin = await request("/v1/admin/tenants", { headers: { ...origin, ...adminHeaders() } });
    expect(admin.status).toBe(200);
    expect(admin.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await request("/v1/admin/tenants", {
      method: "OPTIONS",
      headers: {
        ...origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.headers.get("access-control-allow-headers")).toBeNull();
  });

  it("takes both lists of origins from configuration, never '*' for admin", async () => {
    const request = appWith({
      CORS_ORIGINS: "https://bank.example, https://form.example",
      ADMIN_CORS_ORIGINS: "*, https://ops.example",
    });
    const allowed = await request("/v1/measures", { headers: { origin: "https://bank.example" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://bank.example");
    const other = await request("/v1/measures", { headers: origin });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const ops = await request("/v1/admin/tenants", {
      headers: { origin: "https://ops.example", ...adminHeaders() },
    });
    expect(ops.headers.get("access-control-allow-origin")).toBe("https://ops.example");
    const any = await request("/v1/admin/tenants", { headers: { ...origin, ...adminHeaders() } });
    expect(any.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("Content-Security-Policy", () => {
  it("forbids framing, <base> and form posts elsewhere", async () => {
    const res = await appWith({})("/measures");
    const csp = res.headers.get("content-security-policy") ?? "";
    const directives = Object.fromEntries(
      csp.split(";").map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(" ")];
      }),
    );
    expect(directives).toMatchObject({
      "frame-ancestors": "'none'",
      "base-uri": "'none'",
      "form-action": "'self'",
      "default-src": "'self'",
    });
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });
});

describe("text that is not well-formed Unicode", () => {
  const scenario = JSON.stringify(findPreset("shaxi-apparel-9610-no-invoice")!.scenario);

  it("refuses a lone surrogate with 400 naming each field, and stores nothing", async () => {
    // The JSON escapes stay escapes on the wire: the body itself is plain ASCII.
    const body = `{"name":"方案\\ud800","scenario":${scenario.replace('"name":"', '"name":"\\udfff')}}`;
    const res = await call("POST", "/v1/scenarios?lang=en", body);
    expect(res.status).toBe(400);
    const problem = await res.json<any>();
    const pointers = problem.errors.map((e: any) => e.pointer).sort();
    expect(pointers).toEqual(["/name", "/scenario/productLines/0/name"]);
    expect(problem.errors[0].message).toMatch(/lone surrogate U\+(D800|DFFF)/);
  });

  it("refuses a lone surrogate in a member name, and in an admin tenant's name", async () => {
    const res = await call("POST", "/v1/cashflow/projection?lang=en", `{"x\\udbff":1}`);
    expect(res.status).toBe(400);
    expect((await res.json<any>()).errors[0].pointer).toBe("/x\udbff");
    const admin = await call("POST", "/v1/admin/tenants", `{"name":"银行\\ud83d"}`, adminHeaders());
    expect(admin.status).toBe(400);
    expect((await admin.json<any>()).errors.map((e: any) => e.pointer)).toEqual(["/name"]);
  });

  it("keeps a well-formed pair (an emoji escaped as two \\u escapes) and U+FFFD itself", async () => {
    const res = await call(
      "POST",
      "/v1/scenarios",
      `{"name":"方案 \\ud83d\\ude80 \\ufffd","scenario":${scenario}}`,
    );
    expect(res.status).toBe(201);
    expect((await res.json<any>()).name).toBe("方案 🚀 \ufffd");
  });

  it("refuses a body that is not UTF-8 instead of reading it as U+FFFD", async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"name":"'),
      0xe6,
      0x96,
      ...new TextEncoder().encode('"}'),
    ]);
    const res = await appWith({})("/v1/admin/tenants?lang=en", {
      method: "POST",
      body: bytes,
      headers: { ...adminHeaders(), "content-type": "application/json" },
    });
    expect(res.status).toBe(400);
    expect((await res.json<any>()).detail).toContain("not valid UTF-8");
  });
});

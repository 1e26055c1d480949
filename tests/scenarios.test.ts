/// <reference types="vite/client" />
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../src/domain/canonical";
import { RULESET } from "../src/policy/catalog";
import { findPreset } from "../src/policy/presets";
import { insertScenario } from "../src/store/scenarios";
import { newId } from "../src/store/secrets";
import { GOLDEN_CASES, scenarioOf } from "./golden/cases";
import { adminHeaders, call, getJson, newTenant, postJson, problemPointers } from "./helpers";

/** A complete scenario (a preset) whose keys arrive in reverse order at every level. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversed(v)]),
    );
  }
  return value;
}
const sent = reversed(findPreset("shaxi-apparel-9610-no-invoice")!.scenario);
// The canonical form (keys sorted at every level) is checked by hand in canonical.test.ts.
const canonical = canonicalJson(sent);

async function save(headers: Record<string, string>, name = "方案", scenario: unknown = sent) {
  const res = await call("POST", "/v1/scenarios", { name, scenario }, headers);
  return { res, text: await res.text() };
}

function withoutRequest(problem: any) {
  const { requestId: _r, instance: _i, ...rest } = problem;
  return rest;
}

describe("saved scenarios with an API key", () => {
  it("saves, reads back byte for byte in canonical form, and deletes", async () => {
    const bank = await newTenant();
    const { res, text } = await save(bank.auth, "  中山家居 2027  ");
    expect(res.status, text).toBe(201);
    const created = JSON.parse(text);
    expect(created).toMatchObject({ name: "中山家居 2027", visibility: "tenant", ruleset: RULESET });
    expect(created.id).toMatch(/^[0-9a-f]{32}$/);
    expect(created.deleteToken).toBeUndefined();
    expect(res.headers.get("location")).toBe(`/v1/scenarios/${created.id}`);
    expect(text.endsWith(`"scenario":${canonical}}`)).toBe(true);

    const first = await call("GET", `/v1/scenarios/${created.id}`, undefined, bank.auth);
    const firstText = await first.text();
    expect(first.status).toBe(200);
    expect(firstText).toBe(text);
    const again = await call("GET", `/v1/scenarios/${created.id}`, undefined, { "x-api-key": bank.key });
    expect(await again.text()).toBe(text);

    const del = await call("DELETE", `/v1/scenarios/${created.id}`, undefined, bank.auth);
    expect(del.status).toBe(204);
    const gone = await getJson(`/v1/scenarios/${created.id}?lang=en`, bank.auth);
    expect(gone.status).toBe(404);
    problemPointers(gone);
    const delAgain = await call("DELETE", `/v1/scenarios/${created.id}`, undefined, bank.auth);
    expect(delAgain.status).toBe(404);
  });

  it("gives ids that differ and carry 128 random bits", async () => {
    const bank = await newTenant();
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add(JSON.parse((await save(bank.auth)).text).id);
    expect(ids.size).toBe(5);
  });

  it("lists the tenant's scenarios newest first, a page at a time", async () => {
    const bank = await newTenant();
    const names = ["一", "二", "三"];
    const ids: string[] = [];
    for (const name of names) ids.push(JSON.parse((await save(bank.auth, name)).text).id);
    const page1 = await getJson("/v1/scenarios?limit=2", bank.auth);
    expect(page1.status).toBe(200);
    expect(page1.body.scenarios.map((s: any) => s.name)).toEqual(["三", "二"]);
    expect(page1.body.scenarios[0]).toEqual({
      id: ids[2],
      name: "三",
      ruleset: RULESET,
      createdAt: expect.stringMatching(/Z$/),
    });
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await getJson(`/v1/scenarios?limit=2&cursor=${page1.body.nextCursor}`, bank.auth);
    expect(page2.body.scenarios.map((s: any) => s.name)).toEqual(["一"]);
    expect(page2.body.nextCursor).toBeNull();

    const bad = await getJson("/v1/scenarios?limit=0&cursor=nope&lang=en", bank.auth);
    expect(bad.status).toBe(400);
    expect(problemPointers(bad).sort()).toEqual(["/query/cursor", "/query/limit"]);
  });
});

describe("tenant isolation", () => {
  it("lets no bank read, delete or list another's scenario, and answers exactly as for an unknown id", async () => {
    const a = await newTenant("甲银行");
    const b = await newTenant("乙银行");
    const id = JSON.parse((await save(a.auth)).text).id;

    const asB = await getJson(`/v1/scenarios/${id}?lang=en`, b.auth);
    const unknown = await getJson(`/v1/scenarios/${"0".repeat(32)}?lang=en`, b.auth);
    expect(asB.status).toBe(404);
    problemPointers(asB);
    expect(withoutRequest(asB.body)).toEqual({
      ...withoutRequest(unknown.body),
      detail: unknown.body.detail.replace("0".repeat(32), id),
    });
    expect((await call("DELETE", `/v1/scenarios/${id}`, undefined, b.auth)).status).toBe(404);
    expect((await getJson(`/v1/scenarios/${id}`)).status).toBe(404);
    expect((await getJson("/v1/scenarios", b.auth)).body.scenarios).toEqual([]);
    // Still A's, untouched.
    expect((await getJson(`/v1/scenarios/${id}`, a.auth)).status).toBe(200);
    expect((await getJson("/v1/scenarios", a.auth)).body.scenarios.map((s: any) => s.id)).toEqual([id]);
  });
});

describe("keys", () => {
  it("refuses a wrong, malformed or revoked key with 401 problem+json, never falling back to anonymous", async () => {
    const bank = await newTenant();
    const wrong = `cbec_${"A".repeat(43)}`;
    const attempts: Record<string, string>[] = [
      { authorization: `Bearer ${wrong}` },
      { "x-api-key": wrong },
      { authorization: "Bearer not-a-key" },
      { authorization: `Basic ${bank.key}` },
    ];
    for (const headers of attempts) {
      const res = await call("POST", "/v1/scenarios?lang=en", { name: "x", scenario: sent }, headers);
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(res.headers.get("www-authenticate")).toContain("Bearer");
    }
    const zh = await getJson("/v1/measures", { authorization: `Bearer ${wrong}` });
    expect(zh.body.detail).toBe("API 密钥无效或已吊销");

    const revoked = await call("DELETE", `/v1/admin/keys/${bank.keyId}`, undefined, adminHeaders());
    expect(revoked.status).toBe(200);
    expect((await getJson("/v1/scenarios", bank.auth)).status).toBe(401);
  });

  it("asks for a key where one is required, in both languages", async () => {
    for (const path of ["/v1/scenarios", "/v1/usage"]) {
      const zh = await getJson(path);
      expect(zh.status).toBe(401);
      expect(zh.body.detail).toContain("需要 API 密钥");
      const en = await getJson(`${path}?lang=en`);
      expect(en.body.detail).toContain("needs an API key");
    }
  });
});

describe("malformed ids", () => {
  it("answers 404 problem+json without touching the database", async () => {
    const bank = await newTenant();
    const id = JSON.parse((await save(bank.auth)).text).id;
    for (const bad of [
      "abc",
      id.toUpperCase(),
      `${id}0`,
      id.slice(1),
      encodeURIComponent("' OR 1=1 --"),
      "%00",
    ]) {
      const res = await getJson(`/v1/scenarios/${bad}`, bank.auth);
      expect(res.status, bad).toBe(404);
      problemPointers(res);
      expect((await call("DELETE", `/v1/scenarios/${bad}`, undefined, bank.auth)).status).toBe(404);
    }
  });
});

describe("public scenarios (saved without a key: share links)", () => {
  it("are readable by id, deletable only with the delete token shown once", async () => {
    const { res, text } = await save({});
    expect(res.status).toBe(201);
    const created = JSON.parse(text);
    expect(created.visibility).toBe("public");
    expect(created.deleteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const read = await call("GET", `/v1/scenarios/${created.id}`);
    const readText = await read.text();
    expect(read.status).toBe(200);
    expect(JSON.parse(readText).deleteToken).toBeUndefined();
    expect(readText.endsWith(`"scenario":${canonical}}`)).toBe(true);
    // A bank's key reads its own scope only.
    const bank = await newTenant();
    expect((await getJson(`/v1/scenarios/${created.id}`, bank.auth)).status).toBe(404);

    const noToken = await getJson(`/v1/scenarios/${created.id}?lang=en`);
    expect(noToken.status).toBe(200);
    const forbidden = await call("DELETE", `/v1/scenarios/${created.id}?lang=en`);
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json<any>()).detail).toContain("X-Delete-Token");
    const wrong = await call("DELETE", `/v1/scenarios/${created.id}`, undefined, {
      "x-delete-token": `${created.deleteToken.slice(0, -1)}x`,
    });
    expect(wrong.status).toBe(403);
    const right = await call("DELETE", `/v1/scenarios/${created.id}`, undefined, {
      "x-delete-token": created.deleteToken,
    });
    expect(right.status).toBe(204);
    expect((await getJson(`/v1/scenarios/${created.id}`)).status).toBe(404);
  });
});

describe("what a scenario may be", () => {
  it("is what the projection takes: every bad field named by pointer, in both languages", async () => {
    expect(JSON.stringify(sent)).not.toBe(canonical);
    const zh = await postJson("/v1/scenarios", { scenario: [1, 2], extra: 1 });
    expect(zh.status).toBe(400);
    expect(problemPointers(zh).sort()).toEqual(["/extra", "/name", "/scenario"]);
    const tooBig = { ...(sent as object), openingCash: 2 ** 60 };
    const en = await postJson("/v1/scenarios?lang=en", { name: "x", scenario: tooBig });
    expect(problemPointers(en)).toEqual(["/scenario/openingCash"]);
    expect(en.body.errors[0].message).toBe("value is too large");
    // A misspelt field is refused, never silently ignored.
    const typo = await postJson("/v1/scenarios", {
      name: "x",
      scenario: { ...(sent as object), openingCach: "1" },
    });
    expect(problemPointers(typo)).toEqual(["/scenario/openingCach"]);
    expect(typo.body.errors[0].message).toBe("未知字段");
  });

  it("refuses an empty or control-character name", async () => {
    const res = await postJson("/v1/scenarios", { name: "  ", scenario: sent });
    expect(problemPointers(res)).toEqual(["/name"]);
    const ctl = await postJson("/v1/scenarios", { name: "a\u0007b", scenario: sent });
    expect(problemPointers(ctl)).toEqual(["/name"]);
  });
});

describe("the projection of a saved scenario", () => {
  it("reads the same bytes as projecting the scenario directly, under the ruleset it was saved with", async () => {
    const bank = await newTenant();
    const { res, text } = await save(bank.auth, "沙溪");
    expect(res.status, text).toBe(201);
    const { id } = JSON.parse(text);
    const saved = await call("GET", `/v1/scenarios/${id}/projection`, undefined, bank.auth);
    const direct = await call("POST", "/v1/cashflow/projection", sent);
    const savedText = await saved.text();
    expect(saved.status, savedText.slice(0, 200)).toBe(200);
    expect(savedText).toBe(await direct.text());
    expect(JSON.parse(savedText).ruleset).toBe(RULESET);
    const other = await newTenant();
    expect((await call("GET", `/v1/scenarios/${id}/projection`, undefined, other.auth)).status).toBe(404);
  });
});

/** A row as an older server saved it: the scenario's canonical JSON under `ruleset`. */
async function savedUnder(ruleset: string, scenario: unknown): Promise<string> {
  const id = newId();
  await insertScenario(
    env.DB,
    {
      id,
      tenantId: null,
      name: "旧方案",
      scenario: canonicalJson(scenario),
      ruleset,
      createdAt: "2026-11-20T00:00:00.000Z",
      expiresAt: "2099-12-31T00:00:00.000Z", // the link itself still open: only its version is in question
    },
    "0".repeat(64),
  );
  return id;
}

const goldenOf = (file: string) =>
  import.meta.glob<string>("./golden/*/*.json", { query: "?raw", import: "default", eager: true })[
    `./golden/${file}`
  ];

describe("a scenario saved under a ruleset this server no longer carries", () => {
  it("answers 422 ruleset-not-carried naming the version and the path that recomputes it, never today's figures", async () => {
    const id = await savedUnder("2000.1.0", sent);
    const recompute = `/v1/scenarios/${id}/projection?ruleset=current`;
    for (const lang of ["en", "zh"]) {
      const res = await call("GET", `/v1/scenarios/${id}/projection?lang=${lang}`);
      expect(res.status).toBe(422);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(res.headers.get("link")).toBe(`<${recompute}>; rel="alternate"`);
      const body = (await res.json()) as any;
      expect(body).toMatchObject({
        type: "/problems/ruleset-not-carried",
        status: 422,
        savedRuleset: "2000.1.0",
        currentRuleset: RULESET,
        recompute,
      });
      expect(body.detail).toContain("2000.1.0");
      expect(body.detail).toContain(recompute);
      expect(body.detail).toMatch(lang === "en" ? /no longer carries/ : /不再提供/);
      expect(body).not.toHaveProperty("periods");
    }
  });

  it("recomputes under the version in force when asked, and says so in `ruleset`", async () => {
    const id = await savedUnder("2000.1.0", sent);
    const res = await call("GET", `/v1/scenarios/${id}/projection?ruleset=current`);
    const text = await res.text();
    expect(res.status, text.slice(0, 200)).toBe(200);
    expect(JSON.parse(text).ruleset).toBe(RULESET);
    expect(text).toBe(await (await call("POST", "/v1/cashflow/projection", sent)).text());
    expect((await call("GET", `/v1/scenarios/${id}/projection?ruleset=old`)).status).toBe(400);
  });
});

describe("a scenario saved under 2026.11.0 reads back as 2026.11.0 computed it", () => {
  it("issue 18's GBP forward: every foreign rate on ACT/360, no hedging step (the golden bytes of that code)", async () => {
    const c = GOLDEN_CASES.find((g) => g.name === "issue-18-probe-gbp-forward-led")!;
    const id = await savedUnder("2026.11.0", scenarioOf(c));
    const res = await call("GET", `/v1/scenarios/${id}/projection`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toBe(goldenOf("2026.11.0/issue-18-probe-gbp-forward-led.json"));
    expect(JSON.parse(text)).toMatchObject({ ruleset: "2026.11.0", summary: { endingCash: "14470981.31" } });
  });

  it("an MXN forward without a day count, accepted then, still opens; under the version in force it needs one", async () => {
    const c = GOLDEN_CASES.find((g) => g.name === "fx-mxn-forward")!;
    const id = await savedUnder("2026.11.0", scenarioOf(c));
    const res = await call("GET", `/v1/scenarios/${id}/projection`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(goldenOf("2026.11.0/fx-mxn-forward.json"));
    const now = await getJson(`/v1/scenarios/${id}/projection?ruleset=current&lang=en`);
    expect(now.status).toBe(422);
    expect(problemPointers(now)).toEqual(["/scenario/fx/rates/0/dayCount"]);
  });
});

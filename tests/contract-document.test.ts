import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { adminHeaders, call, newTenant, postJson } from "./helpers";
import { contract, operations, requestValidator, validatorAt } from "./openapi-check";

/**
 * The committed OpenAPI document read as a bank's generator reads it (ajv 2020, not our zod): its
 * schemas can be satisfied, its patterns mean the same everywhere, its examples validate, and the
 * statuses the gates answer are listed. The responses themselves are checked by every API test
 * (tests/helpers.ts `call`).
 */

type Node = Record<string, unknown>;
const schemas = contract.components.schemas as Record<string, Node>;

/** Every schema object in the document with its JSON pointer. */
function* schemaNodes(value: unknown, at = ""): Generator<[string, Node]> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* schemaNodes(v, `${at}/${i}`);
  } else if (value && typeof value === "object") {
    const node = value as Node;
    if ("type" in node || "$ref" in node || "allOf" in node || "anyOf" in node || "oneOf" in node)
      yield [at, node];
    for (const [k, v] of Object.entries(node)) {
      if (k === "example" || k === "examples") continue;
      yield* schemaNodes(v, `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    }
  }
}
const nodes = [...schemaNodes(contract)];

const target = (ref: string) => schemas[ref.replace("#/components/schemas/", "")];

describe("contract document: schemas a response can satisfy", () => {
  it("no allOf joins a schema that forbids other fields with one that adds fields", () => {
    const broken = nodes
      .filter(([, n]) => Array.isArray(n.allOf))
      .filter(([, n]) => {
        const parts = (n.allOf as Node[]).map((p) => (typeof p.$ref === "string" ? target(p.$ref) : p));
        const closed = parts.some((p) => p.additionalProperties === false);
        const addsFields = parts.filter((p) => p.properties).length > 1;
        return closed && addsFields;
      })
      .map(([at]) => at);
    expect(broken).toEqual([]);
  });

  it("every named schema compiles under ajv's strict mode (no unknown keyword, no ignored type keyword)", () => {
    // Union types ([string, number] for decimals) are JSON Schema; `example` is OpenAPI's keyword.
    const strict = new Ajv2020({ strict: true, allowUnionTypes: true });
    addFormats(strict);
    strict.addKeyword("example");
    strict.addKeyword("components");
    strict.addSchema({ $id: "strict.json", components: contract.components });
    for (const name of Object.keys(schemas)) {
      expect(() => strict.compile({ $ref: `strict.json#/components/schemas/${name}` }), name).not.toThrow();
    }
  });

  it("no allOf makes a named schema nullable (null never satisfies the referenced object)", () => {
    const broken = nodes
      .filter(([, n]) => Array.isArray(n.allOf))
      .filter(([, n]) => (n.allOf as Node[]).some((p) => Array.isArray(p.type) && p.type.includes("null")))
      .map(([at]) => at);
    expect(broken).toEqual([]);
  });

  it("every pattern is a plain ECMA-262 pattern: no leaked flags, the same with and without the u flag", () => {
    const patterns = nodes
      .filter(([, n]) => typeof n.pattern === "string")
      .map(([at, n]) => [at, n.pattern as string]);
    expect(patterns.length).toBeGreaterThan(10);
    for (const [at, pattern] of patterns) {
      expect(pattern, at).not.toMatch(/\/[a-z]*$/);
      expect(pattern, at).not.toMatch(/\\p\{/);
      expect(() => new RegExp(pattern), at).not.toThrow();
      expect(() => new RegExp(pattern, "u"), at).not.toThrow();
    }
  });

  it("names and labels refuse control characters and take the documented examples", () => {
    const name = validatorAt("/components/schemas/CreateTenantRequest/properties/name");
    expect(name("某银行广东省分行 跨境金融部")).toBe(true);
    expect(name("Bank\u0007")).toBe(false);
    expect(name("Bank\u0085")).toBe(false);
    expect(name("Bank\u007f")).toBe(false);
  });
});

describe("contract document: decimals take strings or numbers, with their places", () => {
  const periodsPerYear = "/components/schemas/AnnualizedRateRequest/oneOf/0/properties/periodsPerYear";

  it("the annualized-rate example's periodsPerYear: 12 validates, and so does '12'", () => {
    expect(validatorAt(periodsPerYear)(12)).toBe(true);
    expect(validatorAt(periodsPerYear)("12")).toBe(true);
    expect(validatorAt(periodsPerYear)("1e1")).toBe(false);
    expect(validatorAt(periodsPerYear)(0)).toBe(false);
  });

  it("a money field says 6 decimal places and its pattern holds them; a rate says 10", () => {
    const request = schemas.AnnualizedRateRequest as { oneOf: { properties: Record<string, Node> }[] };
    const money = request.oneOf[0].properties.principal;
    expect(money.type).toEqual(["string", "number"]);
    expect(money.description).toContain("at most 6 decimal places");
    const pattern = new RegExp(money.pattern as string);
    expect(pattern.test("100000.123456")).toBe(true);
    expect(pattern.test("100000.1234567")).toBe(false);
    const rate = request.oneOf[0].properties.periodsPerYear;
    expect(rate.description).toContain("at most 10 decimal places");
    expect(new RegExp(rate.pattern as string).test("12.0000000001")).toBe(true);
    expect(new RegExp(rate.pattern as string).test("12.00000000001")).toBe(false);
  });

  it("a refused value names the limit and how to send it, in both languages", async () => {
    const body = {
      method: "periodic",
      principal: "100000.1234567",
      payments: [{ period: 1, amount: "101000" }],
      periodsPerYear: 12,
    };
    const en = await postJson("/v1/financing/annualized-rate?lang=en", body);
    expect(en.status).toBe(400);
    expect(en.body.errors).toEqual([
      {
        pointer: "/principal",
        message: "at most 6 digits after the decimal point: round the value to 6 places before sending it",
      },
    ]);
    const zh = await postJson("/v1/financing/annualized-rate", body);
    expect(zh.body.errors[0].message).toBe("小数点后最多 6 位：请先四舍五入到 6 位再发送");
  });
});

describe("years given as a fraction computed in floating point", () => {
  const example = () => {
    const op = operations.find((o) => o.operation.operationId === "fxOptionPrice");
    const body = {
      ...(op?.operation.requestBody?.content["application/json"].example as Record<string, unknown>),
    };
    delete body.valuationDate;
    delete body.expiryDate;
    return body;
  };

  it("1/12 as a JSON number is taken as sent: the same answer as its decimal string", async () => {
    expect(1 / 12).toBe(0.08333333333333333);
    const asNumber = await postJson("/v1/fx/option-price", { ...example(), years: 1 / 12 });
    expect(asNumber.status, JSON.stringify(asNumber.body)).toBe(200);
    const asString = await postJson("/v1/fx/option-price", { ...example(), years: "0.08333333333333333" });
    expect(asString.body).toEqual(asNumber.body);
    // The answer states the time it priced with, as sent.
    expect(JSON.stringify(asNumber.body)).toContain('"0.08333333333333333"');
  });

  it("past 20 decimal places it is refused with the limit, in both languages", async () => {
    const years = `0.${"0".repeat(3)}${"1".repeat(18)}`;
    const en = await postJson("/v1/fx/option-price?lang=en", { ...example(), years });
    expect(en.status).toBe(400);
    expect(en.body.errors).toEqual([
      {
        pointer: "/years",
        message: "at most 20 digits after the decimal point: round the value to 20 places before sending it",
      },
    ]);
    const zh = await postJson("/v1/fx/option-price", { ...example(), years });
    expect(zh.body.errors[0].message).toBe("小数点后最多 20 位：请先四舍五入到 20 位再发送");
  });
});

describe("contract document: examples validate against their own schemas", () => {
  it("every request body example", () => {
    let checked = 0;
    for (const op of operations) {
      const validate = requestValidator(op);
      if (!validate) continue;
      const example = op.operation.requestBody?.content["application/json"].example;
      expect(example, op.operation.operationId).toBeDefined();
      expect(validate(example), `${op.operation.operationId}: ${JSON.stringify(validate.errors)}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  });

  it("every example a schema node carries (field examples included)", () => {
    const failures: string[] = [];
    let checked = 0;
    for (const [at, node] of nodes) {
      if (!("example" in node) || "$ref" in node) continue;
      const validate = validatorAt(at);
      if (!validate(node.example))
        failures.push(`${at}: ${JSON.stringify(node.example)} ${JSON.stringify(validate.errors)}`);
      checked++;
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});

describe("contract document: what the gates answer is listed on every operation", () => {
  const v1 = operations.filter((op) => op.path.startsWith("/v1/"));

  it("401, 413 and 429 on every /v1 operation; 415 on every one with a JSON body", () => {
    for (const op of v1) {
      const listed = Object.keys(op.operation.responses);
      const what = `${op.method.toUpperCase()} ${op.path}`;
      for (const status of ["401", "413", "429"]) expect(listed, what).toContain(status);
      if (op.operation.requestBody) expect(listed, what).toContain("415");
    }
  });

  it("the calculation routes declare the optional API key (either scheme, or none)", () => {
    for (const op of v1.filter(
      (o) => !o.path.startsWith("/v1/admin/") && !o.path.startsWith("/v1/scenarios"),
    )) {
      if (op.path === "/v1/usage") continue;
      expect(op.operation.security, op.path).toEqual([{ apiKey: [] }, { apiKeyHeader: [] }, {}]);
    }
  });

  it("a wrong key on a calculation route is a documented 401, an over-long id a documented 400", async () => {
    const badKey = await call("POST", "/v1/tax/income-tax", {}, { "x-api-key": "cbec_not-a-real-key" });
    expect(badKey.status).toBe(401);
    for (const path of ["/v1/measures/", "/v1/presets/"]) {
      const res = await call("GET", `${path}${"x".repeat(101)}`);
      expect(res.status, path).toBe(400);
    }
  });

  it("a valid key works on a calculation route", async () => {
    const { auth } = await newTenant("契约文件测试银行");
    const example = operations.find((o) => o.operation.operationId === "incomeTax")?.operation.requestBody
      ?.content["application/json"].example;
    expect((await call("POST", "/v1/tax/income-tax", example, auth)).status).toBe(200);
  });
});

describe("content types the JSON validators refuse", () => {
  const posts = operations.filter((op) => op.method === "post");
  const types = [
    "application/json-seq",
    "application/json;x",
    "application/json+x",
    "application/json, text/plain",
    "application/jsonx",
    "application/json; charset",
  ];

  it("are 415 problem+json on every POST route, never a 500", async () => {
    for (const op of posts) {
      const example = op.operation.requestBody?.content["application/json"]?.example ?? {};
      const path = op.path.replace(/\{[^}]+\}/g, "0123456789abcdef0123456789abcdef");
      for (const type of types) {
        // The operator's routes check the secret first: present it, so the media type is what is judged.
        const auth = op.path.startsWith("/v1/admin/") ? adminHeaders() : {};
        const res = await call("POST", `${path}?lang=en`, JSON.stringify(example), {
          ...auth,
          "content-type": type,
        });
        expect(res.status, `${op.path} ${type}`).toBe(415);
        expect(res.headers.get("content-type"), `${op.path} ${type}`).toContain("application/problem+json");
        expect(((await res.json()) as { type: string }).type).toBe("/problems/unsupported-media-type");
      }
    }
  });

  it("while application/json with a charset, and a +json suffix, are read", async () => {
    const op = operations.find((o) => o.operation.operationId === "incomeTax");
    const example = op?.operation.requestBody?.content["application/json"].example;
    for (const type of [
      "application/json; charset=utf-8",
      "application/json;charset=UTF-8",
      "application/vnd.api+json",
    ]) {
      expect(
        (await call("POST", "/v1/tax/income-tax", JSON.stringify(example), { "content-type": type })).status,
        type,
      ).toBe(200);
    }
  });
});

/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { RULESET } from "../src/policy/catalog";
import { loadableRulesets } from "../src/policy/rulesets";
import { GOLDEN_CASES, scenarioOf } from "./golden/cases";
import { type GoldenFiles, goldenFiles } from "./golden/compute";
import { call } from "./helpers";

/** Every file under tests/golden/<ruleset>/, as bytes (text), keyed by "<ruleset>/<file>". */
const STORED = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>("./golden/*/*", { query: "?raw", import: "default", eager: true }),
  ).map(([path, text]) => [path.slice("./golden/".length), text]),
) as Record<string, string>;

/** The first place two JSON texts differ, as a JSON pointer (or the line, for text). */
function firstDifference(expected: string, actual: string): string {
  let a: unknown;
  let b: unknown;
  try {
    a = JSON.parse(expected);
    b = JSON.parse(actual);
  } catch {
    const el = expected.split("\n");
    const al = actual.split("\n");
    const i = el.findIndex((line, n) => line !== al[n]);
    const at = i === -1 ? el.length : i;
    return `line ${at + 1}: expected ${JSON.stringify(el[at])}, got ${JSON.stringify(al[at])}`;
  }
  const walk = (x: unknown, y: unknown, path: string): string | null => {
    if (typeof x !== typeof y || Array.isArray(x) !== Array.isArray(y) || (x === null) !== (y === null)) {
      return `${path || "/"}: expected ${JSON.stringify(x)}, got ${JSON.stringify(y)}`;
    }
    if (x && typeof x === "object") {
      const xo = x as Record<string, unknown>;
      const yo = y as Record<string, unknown>;
      const xk = Object.keys(xo);
      const yk = Object.keys(yo);
      for (let i = 0; i < Math.max(xk.length, yk.length); i++) {
        if (xk[i] !== yk[i])
          return `${path}/${xk[i] ?? yk[i]}: key order or presence (expected ${xk[i]}, got ${yk[i]})`;
        const inner = walk(xo[xk[i]], yo[xk[i]], `${path}/${xk[i]}`);
        if (inner) return inner;
      }
      return null;
    }
    return x === y ? null : `${path || "/"}: expected ${JSON.stringify(x)}, got ${JSON.stringify(y)}`;
  };
  return walk(a, b, "") ?? "same values, different bytes (spacing or number form)";
}

function expectSameBytes(file: string, actual: string): void {
  const expected = STORED[file];
  if (expected === undefined) throw new Error(`tests/golden/${file} is missing: run npm run golden`);
  if (expected !== actual) {
    throw new Error(`tests/golden/${file} differs at ${firstDifference(expected, actual)}`);
  }
}

function filesOf(version: string, name: string, out: GoldenFiles): [string, string][] {
  if ("problem" in out) return [[`${version}/${name}.problem.json`, out.problem]];
  return [
    [`${version}/${name}.json`, out.json],
    [`${version}/${name}.csv`, out.csv],
  ];
}

describe("golden files: every case under every ruleset the server carries, byte for byte", () => {
  for (const version of loadableRulesets()) {
    it.each(GOLDEN_CASES.map((c) => [c.name, c] as const))(`${version}: %s`, (_name, c) => {
      for (const [file, actual] of filesOf(version, c.name, goldenFiles(c, version))) {
        expectSameBytes(file, actual);
      }
    });
  }

  it("holds no file for a case or ruleset that is gone (run npm run golden)", () => {
    const expected = new Set(
      loadableRulesets()
        .flatMap((v) => GOLDEN_CASES.flatMap((c) => filesOf(v, c.name, goldenFiles(c, v))))
        .map(([f]) => f),
    );
    expect(Object.keys(STORED).filter((f) => !expected.has(f))).toEqual([]);
  });

  it("are the bytes the route answers with under the ruleset in force (JSON and CSV)", async () => {
    for (const c of GOLDEN_CASES) {
      const scenario = scenarioOf(c);
      const json = await call("POST", "/v1/cashflow/projection", scenario);
      if (STORED[`${RULESET}/${c.name}.problem.json`] !== undefined) {
        expect(json.status, c.name).toBe(400);
        continue;
      }
      expect(json.status, c.name).toBe(200);
      expectSameBytes(`${RULESET}/${c.name}.json`, await json.text());
      const csv = await call("POST", "/v1/cashflow/projection?format=csv", scenario);
      expectSameBytes(`${RULESET}/${c.name}.csv`, await csv.text());
    }
  });
});

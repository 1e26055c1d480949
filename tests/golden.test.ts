/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { RULESET } from "../src/policy/catalog";
import { loadableRulesets } from "../src/policy/rulesets";
import { GOLDEN_CASES, scenarioOf } from "./golden/cases";
import { type GoldenFiles, goldenFiles, problemRecord } from "./golden/compute";
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
  if (expected === undefined) {
    const refused = file.endsWith(".problem.json");
    const other = refused
      ? file.replace(/\.problem\.json$/, ".json")
      : file.replace(/\.(json|csv)$/, ".problem.json");
    if (STORED[other] !== undefined) {
      throw new Error(
        `tests/golden/${other}: the golden ${refused ? "computes" : "refuses"} this case, the code now ${refused ? "refuses" : "computes"} it`,
      );
    }
    throw new Error(`tests/golden/${file} is missing: run npm run golden`);
  }
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
  /** Every file the code computes, by name (filled by the per-case tests, read by the stray check). */
  const computed = new Map<string, string>();
  const done = new Set<string>();
  const compute = (version: string, name: string, c: (typeof GOLDEN_CASES)[number]) => {
    done.add(`${version}/${name}`);
    const files = filesOf(version, name, goldenFiles(c, version));
    for (const [file, text] of files) computed.set(file, text);
    return files;
  };

  for (const version of loadableRulesets()) {
    it.each(GOLDEN_CASES.map((c) => [c.name, c] as const))(`${version}: %s`, (name, c) => {
      for (const [file, actual] of compute(version, name, c)) expectSameBytes(file, actual);
    });
  }

  it("holds no file for a case or ruleset that is gone (run npm run golden)", () => {
    for (const version of loadableRulesets()) {
      for (const c of GOLDEN_CASES) if (!done.has(`${version}/${c.name}`)) compute(version, c.name, c);
    }
    expect(Object.keys(STORED).filter((f) => !computed.has(f))).toEqual([]);
  });

  it("are the bytes the route answers with under the ruleset in force (JSON and CSV)", async () => {
    for (const c of GOLDEN_CASES) {
      const scenario = scenarioOf(c);
      const json = await call("POST", "/v1/cashflow/projection", scenario);
      if (json.status !== 200) {
        const [en, zh] = await Promise.all(
          ["en", "zh"].map(async (lang) => {
            const res = await call("POST", `/v1/cashflow/projection?lang=${lang}`, scenario);
            return ((await res.json()) as { errors: { pointer: string; message: string }[] }).errors;
          }),
        );
        const errors = en.map((e, i) => ({ pointer: e.pointer, en: e.message, zh: zh[i].message }));
        expectSameBytes(`${RULESET}/${c.name}.problem.json`, problemRecord(json.status, errors));
        continue;
      }
      expect(json.status, c.name).toBe(200);
      expectSameBytes(`${RULESET}/${c.name}.json`, await json.text());
      const csv = await call("POST", "/v1/cashflow/projection?format=csv", scenario);
      expectSameBytes(`${RULESET}/${c.name}.csv`, await csv.text());
    }
  });

  it("hold what issue 18's probe read: the GBP forward's ending cash 14470981.31 under 2026.11.0, 14478351.97 since", () => {
    // The probe saved the LED preset in GBP, all sold forward, under 2026.11.0 with the code of that time
    // (ACT/360 for every foreign rate), and read it back when GBP had moved to ACT/365F.
    const endingCash = (version: string) =>
      JSON.parse(STORED[`${version}/issue-18-probe-gbp-forward-led.json`]).summary.endingCash;
    expect(endingCash("2026.11.0")).toBe("14470981.31");
    expect(endingCash("2026.12.0")).toBe("14478351.97");
    // "The USD-forward and Nantou scenarios keep their figures but not their bytes (a new explain step)."
    for (const name of ["fx-usd-forward", "nantou-appliance-9710-first-option"]) {
      const [before, after] = ["2026.11.0", "2026.12.0"].map((v) => JSON.parse(STORED[`${v}/${name}.json`]));
      expect(after.summary, name).toEqual(before.summary);
      expect(after.explain.map((s: { key: string }) => s.key)).toContain("hedging");
      expect(before.explain.map((s: { key: string }) => s.key)).not.toContain("hedging");
    }
  });
});

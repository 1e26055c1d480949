import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, jsonBoundsProblems } from "../src/domain/canonical";

/** Rebuilds a JSON value with every object's keys inserted in reverse order. */
function reversedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversedKeys);
  if (v !== null && typeof v === "object") {
    return Object.fromEntries(
      Object.entries(v)
        .reverse()
        .map(([k, x]) => [k, reversedKeys(x)]),
    );
  }
  return v;
}

const json = fc.jsonValue({ maxDepth: 6 });

describe("canonical JSON", () => {
  it("sorts keys by UTF-16 code units at every level, without whitespace (RFC 8785 ordering)", () => {
    // Worked by hand: "A" (0x41) < "a" (0x61) < "é" (0xE9); "10" < "9" as strings.
    expect(canonicalJson({ b: [{ z: 1, y: null }], a: "中", A: true, é: 1.5, "10": 0, "9": -2 })).toBe(
      '{"10":0,"9":-2,"A":true,"a":"中","b":[{"y":null,"z":1}],"é":1.5}',
    );
  });

  it("property: the same value in any key order gives the same bytes", () => {
    fc.assert(
      fc.property(json, (v) => {
        expect(canonicalJson(reversedKeys(v))).toBe(canonicalJson(v));
      }),
    );
  });

  it("property: parsing the canonical text and serializing again changes nothing", () => {
    fc.assert(
      fc.property(json, (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });

  it("refuses what JSON cannot carry", () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/non-finite/);
    expect(() => canonicalJson({ a: undefined })).toThrow(/not JSON/);
  });
});

describe("bounds of a stored JSON value", () => {
  const bounds = { maxDepth: 3, maxBytes: 40 };

  it("locates every number a double cannot keep exactly", () => {
    expect(
      jsonBoundsProblems({ ok: [2 ** 53 - 1, 0.1], bad: [1, -(2 ** 53)] }, bounds).map((p) => p.path),
    ).toEqual([["bad", 1]]);
  });

  it("counts depth from the value itself and stops descending past the limit", () => {
    expect(jsonBoundsProblems({ a: [{}] }, bounds)).toEqual([]);
    expect(jsonBoundsProblems({ a: [{ b: [] }] }, bounds).map((p) => p.path)).toEqual([["a", 0, "b"]]);
  });

  it("measures the canonical form in UTF-8 bytes", () => {
    // {"s":"…"} is 8 bytes of punctuation and key; each 中 is 3 bytes in UTF-8: 8 + 3 x 11 = 41.
    expect(jsonBoundsProblems({ s: "中".repeat(10) }, bounds)).toEqual([]);
    expect(jsonBoundsProblems({ s: "中".repeat(11) }, bounds)[0].en).toBe(
      "41 bytes as JSON; at most 40 are stored",
    );
  });
});

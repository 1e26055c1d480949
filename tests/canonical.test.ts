import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../src/domain/canonical";

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

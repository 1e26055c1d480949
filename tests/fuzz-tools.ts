import fc from "fast-check";

/** Shared by the fuzz runs (tests/fuzz.test.ts, tests/contract-fuzz.test.ts): hostile values and mutations of a JSON document. */

const deep = (depth: number) => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`);

/** Values nobody should send: huge and tiny numbers, number-like strings, long strings, nesting. */
export const hostile = fc.oneof(
  fc.constantFrom(
    1e308,
    -1e308,
    1e21,
    Number.MAX_SAFE_INTEGER,
    -1,
    0,
    -0,
    0.1,
    1e-7,
    "1e400",
    "9".repeat(400),
    `0.${"1".repeat(400)}`,
    "NaN",
    "Infinity",
    "-0",
    " 1",
    "",
    "\u0000",
    "٣",
    "2026-02-30",
    "9999-12-31",
    "0001-01-01",
    "x".repeat(100_000),
    null,
    true,
    [],
    {},
    { __proto__: { polluted: true } },
  ),
  fc.constant(deep(500)),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.jsonValue({ maxDepth: 3 }),
);

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path (as keys) to a value inside a JSON document, the root included. */
export function pathsIn(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value))
      out.push(...pathsIn(v, [...at, Array.isArray(value) ? Number(k) : k]));
  }
  return out;
}

export type Mutation = "replace" | "delete" | "add-field" | "wrap-in-array" | "duplicate";

/** A mutation to apply, replacements weighted three to one. */
export const MUTATIONS = fc.constantFrom<Mutation>(
  "replace",
  "replace",
  "replace",
  "delete",
  "add-field",
  "wrap-in-array",
  "duplicate",
);

/** A copy of `doc` with one mutation at `path`. */
export function mutate(doc: Json, path: (string | number)[], how: Mutation, value: unknown): unknown {
  const copy = structuredClone(doc);
  if (path.length === 0) return how === "wrap-in-array" ? [copy] : value;
  let parent: any = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1];
  if (how === "replace") parent[last] = value;
  else if (how === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (how === "add-field") {
    if (parent[last] && typeof parent[last] === "object" && !Array.isArray(parent[last]))
      parent[last].unexpectedField = value;
    else parent[last] = { unexpectedField: value };
  } else if (how === "wrap-in-array") parent[last] = [parent[last]];
  else if (Array.isArray(parent[last])) parent[last] = Array.from({ length: 200 }, () => parent[last][0]);
  else parent[last] = value;
  return copy;
}

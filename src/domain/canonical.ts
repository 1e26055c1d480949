/**
 * Canonical JSON (RFC 8785 ordering): object keys sorted by UTF-16 code units, no whitespace, numbers
 * and strings as ECMAScript serializes them. Two equal JSON values give the same bytes, so a stored
 * scenario reads back byte for byte and can be compared or hashed.
 * Call `jsonBoundsProblems` first: this recursion trusts the depth to be bounded.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("canonicalJson: non-finite number");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(",")}}`;
  }
  throw new Error(`canonicalJson: ${typeof value} is not JSON`);
}

export interface JsonBounds {
  /** Deepest nesting allowed; the value itself is depth 1. */
  maxDepth: number;
  /** Largest canonical serialization, in UTF-8 bytes. */
  maxBytes: number;
}

/** Something that keeps a JSON value from being stored faithfully, located by its path in the value. */
export interface JsonProblem {
  path: (string | number)[];
  en: string;
  zh: string;
}

/**
 * Everything that keeps a parsed JSON value from being stored faithfully: nesting too deep, numbers a
 * double cannot hold exactly (integers past 2^53; a money amount belongs in a decimal string), and
 * a size over the limit.
 */
export function jsonBoundsProblems(value: unknown, bounds: JsonBounds): JsonProblem[] {
  const problems: JsonProblem[] = [];
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (typeof node === "number" && !(Number.isFinite(node) && Math.abs(node) <= Number.MAX_SAFE_INTEGER)) {
      problems.push({
        path,
        en: "number too large to keep exactly; send it as a decimal string",
        zh: "数字过大，无法精确保存，请以十进制字符串发送",
      });
    }
    if (node === null || typeof node !== "object") continue;
    if (path.length + 1 > bounds.maxDepth) {
      problems.push({
        path,
        en: `nested deeper than ${bounds.maxDepth} levels`,
        zh: `嵌套层数超过 ${bounds.maxDepth} 层`,
      });
      continue;
    }
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((v, i) => [i, v])
      : Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i--) {
      stack.push({ node: entries[i][1], path: [...path, entries[i][0]] });
    }
  }
  if (problems.length > 0) return problems;
  const bytes = new TextEncoder().encode(canonicalJson(value)).length;
  if (bytes > bounds.maxBytes) {
    problems.push({
      path: [],
      en: `${bytes} bytes as JSON; at most ${bounds.maxBytes} are stored`,
      zh: `JSON 长度为 ${bytes} 字节，最多保存 ${bounds.maxBytes} 字节`,
    });
  }
  return problems;
}

/**
 * Canonical JSON (RFC 8785 ordering): object keys sorted by UTF-16 code units, no whitespace, numbers
 * and strings as ECMAScript serializes them. Two equal JSON values give the same bytes, so a stored
 * scenario reads back byte for byte and can be compared or hashed.
 * The recursion trusts the depth to be bounded: callers pass values a schema has validated.
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

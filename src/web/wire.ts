/** The scenario as JSON before the API's schema has read it (what the form edits), and its helpers. */

export type Wire = Record<string, unknown>;

export const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

export function isWire(value: unknown): value is Wire {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function getAt(root: unknown, pointer: string): unknown {
  let cur = root;
  for (const key of pointer.split("/").slice(1)) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

export function setAt(root: Wire, pointer: string, value: unknown): void {
  const keys = pointer.split("/").slice(1);
  let cur: Record<string, unknown> = root;
  for (const key of keys.slice(0, -1)) {
    if (cur[key] === null || typeof cur[key] !== "object") cur[key] = {};
    cur = cur[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete cur[last];
  else cur[last] = value;
}

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function lines(scenario: Wire): Wire[] {
  return Array.isArray(scenario.productLines) ? (scenario.productLines as Wire[]) : [];
}

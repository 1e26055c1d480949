import { env, exports } from "cloudflare:workers";
import { createApp } from "../src/app";

/** Sends a request to the Worker under test, inside the Workers runtime. */
export async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === "string" ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)["content-type"] ??= "application/json";
  }
  return exports.default.fetch(new Request(`http://localhost${path}`, init));
}

export async function postJson<T = any>(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await call("POST", path, body, headers);
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: (await res.json()) as T };
}

export async function getJson<T = any>(path: string, headers: Record<string, string> = {}) {
  const res = await call("GET", path, undefined, headers);
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: (await res.json()) as T };
}

/** Asserts a problem+json answer and returns its field pointers. */
export function problemPointers(res: { status: number; type: string; body: any }): string[] {
  if (!res.type.startsWith("application/problem+json")) {
    throw new Error(`expected problem+json, got ${res.type}: ${JSON.stringify(res.body)}`);
  }
  return (res.body.errors ?? []).map((e: { pointer: string }) => e.pointer);
}

/** Headers that pass the admin routes (ADMIN_SECRET is a test binding in vitest.config.ts). */
export function adminHeaders(): Record<string, string> {
  return { authorization: `Bearer ${env.ADMIN_SECRET}` };
}

/** A new tenant through the admin route, with its first API key and the headers that present it. */
export async function newTenant(name = "测试银行") {
  const res = await postJson("/v1/admin/tenants", { name }, adminHeaders());
  if (res.status !== 201) throw new Error(`creating a tenant: ${res.status} ${JSON.stringify(res.body)}`);
  const key: string = res.body.key.key;
  return {
    tenantId: res.body.tenant.id as string,
    keyId: res.body.key.id as string,
    key,
    auth: { authorization: `Bearer ${key}` } as Record<string, string>,
  };
}

/** The same app as the Worker, run with bindings a test chooses (a limiter it controls, another D1...). */
export function appWith(overrides: Record<string, unknown>) {
  const app = createApp();
  return (path: string, init: RequestInit = {}) => app.request(path, init, { ...env, ...overrides });
}

/** A limiter with the binding's shape that records its buckets and admits `allowed` calls per bucket. */
export function countingLimiter(allowed: number) {
  const seen: string[] = [];
  return {
    seen,
    limit: async ({ key }: { key: string }) => {
      seen.push(key);
      return { success: seen.filter((k) => k === key).length <= allowed };
    },
  };
}

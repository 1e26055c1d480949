import { countRequests, findActiveKey } from "../store/tenants";

/**
 * What an instance of the Worker remembers between requests so that a request with an API key
 * does not wait on the database twice: which key hashes are valid, and the requests it has not yet
 * written to the usage table. Both live in the isolate's memory only: usage is counted at most once,
 * and the last second of an instance that stops is lost.
 */

/** How long a key found valid is trusted without asking D1 again: a revocation takes this long at most. */
export const KEY_TRUST_SECONDS = 30;
/** Requests are written to the usage table in one batch at most this long after the first of them. */
export const USAGE_FLUSH_MS = 1_000;

type ActiveKey = { keyId: string; tenantId: string };

const trusted = new Map<string, ActiveKey & { until: number }>();

/** The active key with this hash, from memory when it was found valid in the last 30 seconds. */
export async function activeKey(db: D1Database, keyHash: string, now: number): Promise<ActiveKey | null> {
  const known = trusted.get(keyHash);
  if (known && known.until > now) return { keyId: known.keyId, tenantId: known.tenantId };
  trusted.delete(keyHash);
  const found = await findActiveKey(db, keyHash);
  // Only valid keys are remembered: a wrong key always asks D1 (and counts against its IP).
  if (found) trusted.set(keyHash, { ...found, until: now + KEY_TRUST_SECONDS * 1000 });
  return found;
}

/** Forgets a revoked key here at once (other instances stop trusting it within KEY_TRUST_SECONDS). */
export function forgetKey(keyId: string): void {
  for (const [hash, key] of trusted) if (key.keyId === keyId) trusted.delete(hash);
}

/** Requests counted here and not yet written, by tenant and day. */
const unwritten = new Map<string, { tenantId: string; day: string; requests: number }>();
let flushScheduled = false;

/**
 * Counts one request for a tenant's day. The first count after a write schedules the next write
 * USAGE_FLUSH_MS later, inside `keepAlive` (the request's waitUntil) so the Worker stays up for it.
 */
export function countUsage(
  db: D1Database,
  tenantId: string,
  day: string,
  keepAlive: (work: Promise<void>) => void,
): void {
  const key = `${tenantId}|${day}`;
  const entry = unwritten.get(key);
  if (entry) entry.requests++;
  else unwritten.set(key, { tenantId, day, requests: 1 });
  if (flushScheduled) return;
  flushScheduled = true;
  keepAlive(
    new Promise<void>((resolve) => setTimeout(resolve, USAGE_FLUSH_MS)).then(() => {
      flushScheduled = false;
      return writeUsage(db);
    }),
  );
}

/**
 * Writes every request counted here so far (one D1 batch). The usage route calls it before reading,
 * so a tenant's figures include its requests on this instance up to and including the current one.
 * At most once: a batch whose write fails is dropped, not retried, since D1 may have committed it
 * before the failure reached us, and a retry would then count those requests twice.
 */
export async function writeUsage(db: D1Database): Promise<void> {
  if (unwritten.size === 0) return;
  const counts = [...unwritten.values()];
  unwritten.clear();
  try {
    await countRequests(db, counts);
  } catch (error) {
    const requests = counts.reduce((n, c) => n + c.requests, 0);
    console.error(`usage: ${requests} request count(s) dropped (at most once)`, error);
  }
}

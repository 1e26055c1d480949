import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { canonicalJson } from "../domain/canonical";
import {
  findIdempotentSave,
  findScenario,
  type IdempotentSave,
  type StoredScenario,
} from "../store/scenarios";
import { seal, sha256Hex, unseal } from "../store/secrets";
import { clientOf, scopeOf } from "./access";
import type { AppEnv } from "./env";
import { ProblemError } from "./problem";

/**
 * Idempotency-Key on POST /v1/scenarios (draft-ietf-httpapi-idempotency-key-header): a client that
 * did not see the answer to a save retries with the same key and the same body, and receives the first
 * answer again (the same id, and for a public save the same delete token) instead of a second save.
 */

/** How long a key is remembered after its save; a retry later than this saves anew. */
export const IDEMPOTENCY_KEY_HOURS = 24;

/** Visible ASCII except `"` and `\`, bare or as a structured-field string ("..."), as the draft writes it. */
const KEY_TEXT = /^(?:"[\x21\x23-\x5b\x5d-\x7e]{1,255}"|[\x21\x23-\x5b\x5d-\x7e]{1,255})$/;

export const IdempotencyKeyHeader = z
  .string()
  .regex(KEY_TEXT, {
    error: "1 to 255 visible ASCII characters without quotes or backslashes (a UUID is a good key)",
  })
  .optional()
  .openapi({
    description:
      `Makes a retried save safe: the same key with the same body within ${IDEMPOTENCY_KEY_HOURS} hours answers ` +
      "the first save's 201 again (same id, same deleteToken, header Idempotent-Replayed: true) instead of " +
      "saving twice; the same key with a different body answers 422. Keys are scoped to the bank's tenant " +
      "(with an API key) or to the calling client's address (without). Use a new random key (a UUID) per save.",
    example: "5f0c7d1e-3b2a-4c9d-8e6f-0a1b2c3d4e5f",
  });

/** A save that carries an Idempotency-Key: where the key lives and what it was sent with. */
export interface KeyedSave {
  scope: string;
  key: string;
  keyHash: string;
  requestHash: string;
}

/** The key's scope: the bank's tenant, or without a key the client's address bucket (hashed). */
async function scopeOfKey(c: Context<AppEnv>): Promise<string> {
  const tenantId = scopeOf(c);
  if (tenantId !== null) return `tenant:${tenantId}`;
  const client = clientOf(c);
  return `client:${client === null ? "unknown" : await sha256Hex(client)}`;
}

export async function keyedSave(c: Context<AppEnv>, header: string, body: unknown): Promise<KeyedSave> {
  const key = header.startsWith('"') ? header.slice(1, -1) : header;
  return {
    scope: await scopeOfKey(c),
    key,
    keyHash: await sha256Hex(key),
    requestHash: await sha256Hex(canonicalJson(body)),
  };
}

/** The delete token is sealed under the key and its scope: only that client, presenting it, reopens it. */
function sealingSecret(save: KeyedSave): string {
  return `${save.scope}\n${save.key}`;
}

/** The record stored with the save, remembered for IDEMPOTENCY_KEY_HOURS. */
export async function recordOf(
  save: KeyedSave,
  deleteToken: string | undefined,
  now: Date,
): Promise<IdempotentSave> {
  return {
    scope: save.scope,
    keyHash: save.keyHash,
    requestHash: save.requestHash,
    sealedDeleteToken: deleteToken === undefined ? null : await seal(deleteToken, sealingSecret(save)),
    expiresAt: new Date(now.getTime() + IDEMPOTENCY_KEY_HOURS * 3_600_000).toISOString(),
  };
}

/**
 * The first save made with this key, to answer again, or null when the key is new (or its scenario
 * has been deleted since). The same key with another body is the client's mistake: 422.
 */
export async function earlierSave(
  db: D1Database,
  save: KeyedSave,
  tenantId: string | null,
  now: Date,
): Promise<{ stored: StoredScenario; deleteToken?: string } | null> {
  const record = await findIdempotentSave(db, save.scope, save.keyHash, now.toISOString());
  if (!record) return null;
  if (record.requestHash !== save.requestHash) {
    throw new ProblemError("idempotency-key-reused", {
      zh: `该幂等键在 ${IDEMPOTENCY_KEY_HOURS} 小时内已用于保存另一个请求体；重试请发送与首次完全相同的内容，新的保存请换一个新键`,
      en: `This Idempotency-Key saved a different body within the last ${IDEMPOTENCY_KEY_HOURS} hours; retry with the first body unchanged, or use a new key for a new save`,
    });
  }
  const stored = await findScenario(db, record.scenarioId, tenantId);
  if (!stored) return null;
  if (record.sealedDeleteToken === null) return { stored };
  return { stored, deleteToken: await unseal(record.sealedDeleteToken, sealingSecret(save)) };
}

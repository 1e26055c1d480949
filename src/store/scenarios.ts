/** Saved scenarios in D1. A scenario belongs to a tenant, or (tenantId null) to the public scope. */

export interface StoredScenario {
  id: string;
  tenantId: string | null;
  name: string;
  /** Canonical JSON text, exactly as stored. */
  scenario: string;
  /** Catalog version in force when it was saved: a projection of it recomputes under this version. */
  ruleset: string;
  createdAt: string;
  /** When a public share link stops being readable; null for a tenant's scenarios (they do not expire). */
  expiresAt: string | null;
}

export type ScenarioSummary = Omit<StoredScenario, "scenario" | "tenantId" | "expiresAt">;

const COLUMNS =
  "id, tenant_id AS tenantId, name, scenario, ruleset, created_at AS createdAt, expires_at AS expiresAt";

/** How long after it expires an expired share link's row is kept (it answers 410 meanwhile, then 404). */
export const EXPIRED_KEPT_DAYS = 30;
/** Expired rows deleted by each save, so that clearing them never makes one save slow. */
const PURGE_PER_SAVE = 20;

/** A retried save's record: the request it answered and how to answer it again (migrations/0002). */
export interface IdempotentSave {
  scope: string;
  keyHash: string;
  requestHash: string;
  /** The delete token of a public save, encrypted under the Idempotency-Key. */
  sealedDeleteToken: string | null;
  expiresAt: string;
}

function daysBefore(iso: string, days: number): string {
  return new Date(Date.parse(iso) - days * 86_400_000).toISOString();
}

/**
 * Stores a scenario in one D1 batch (one transaction: whole or not at all): with its Idempotency-Key
 * record when the client sent one, after clearing a few rows whose time is up (share links expired
 * EXPIRED_KEPT_DAYS ago, idempotency records past their day, this key's own expired record). Public
 * scenarios carry a delete-token hash. A concurrent save with the same key makes the batch fail on the
 * key's primary key, and nothing is stored.
 */
export async function insertScenario(
  db: D1Database,
  s: StoredScenario,
  deleteTokenHash: string | null,
  idempotent?: IdempotentSave,
): Promise<void> {
  const statements = [
    ...purgeExpired(db, s.createdAt),
    db
      .prepare(
        `INSERT INTO scenarios (id, tenant_id, name, scenario, ruleset, created_at, delete_token_hash, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(s.id, s.tenantId, s.name, s.scenario, s.ruleset, s.createdAt, deleteTokenHash, s.expiresAt),
  ];
  if (idempotent) statements.push(...recordIdempotentSave(db, idempotent, s.id, s.createdAt));
  await db.batch(statements);
}

/** A few rows whose time is up: share links expired EXPIRED_KEPT_DAYS ago, idempotency records past their day. */
function purgeExpired(db: D1Database, now: string): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `DELETE FROM scenarios WHERE id IN
           (SELECT id FROM scenarios WHERE expires_at IS NOT NULL AND expires_at <= ? LIMIT ?)`,
      )
      .bind(daysBefore(now, EXPIRED_KEPT_DAYS), PURGE_PER_SAVE),
    db
      .prepare(
        `DELETE FROM idempotency_keys WHERE rowid IN
           (SELECT rowid FROM idempotency_keys WHERE expires_at <= ? LIMIT ?)`,
      )
      .bind(now, PURGE_PER_SAVE),
  ];
}

/** The Idempotency-Key's record of this save, after clearing the key's own expired record. */
function recordIdempotentSave(
  db: D1Database,
  idempotent: IdempotentSave,
  scenarioId: string,
  now: string,
): D1PreparedStatement[] {
  return [
    db
      .prepare("DELETE FROM idempotency_keys WHERE scope = ? AND key_hash = ? AND expires_at <= ?")
      .bind(idempotent.scope, idempotent.keyHash, now),
    db
      .prepare(
        `INSERT INTO idempotency_keys
           (scope, key_hash, request_hash, scenario_id, sealed_delete_token, expires_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        idempotent.scope,
        idempotent.keyHash,
        idempotent.requestHash,
        scenarioId,
        idempotent.sealedDeleteToken,
        idempotent.expiresAt,
      ),
  ];
}

/** The unexpired record of an Idempotency-Key in a scope, with the scenario it saved. */
export async function findIdempotentSave(
  db: D1Database,
  scope: string,
  keyHash: string,
  now: string,
): Promise<{ requestHash: string; scenarioId: string; sealedDeleteToken: string | null } | null> {
  return db
    .prepare(
      `SELECT request_hash AS requestHash, scenario_id AS scenarioId, sealed_delete_token AS sealedDeleteToken
       FROM idempotency_keys WHERE scope = ? AND key_hash = ? AND expires_at > ?`,
    )
    .bind(scope, keyHash, now)
    .first();
}

/** Whether a failed insert failed because the same key's record was written first (a concurrent retry). */
export function isDuplicateKey(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed: idempotency_keys\./.test(String(error.message));
}

/** The scenario with this id in this scope (`IS` matches the public scope's NULL too). */
export async function findScenario(
  db: D1Database,
  id: string,
  tenantId: string | null,
): Promise<StoredScenario | null> {
  return db
    .prepare(`SELECT ${COLUMNS} FROM scenarios WHERE id = ? AND tenant_id IS ?`)
    .bind(id, tenantId)
    .first<StoredScenario>();
}

/** Deletes a tenant's scenario; false when the tenant has none with this id. */
export async function deleteTenantScenario(db: D1Database, id: string, tenantId: string): Promise<boolean> {
  // RETURNING, not meta.changes: D1 counts the rows a foreign key's ON DELETE CASCADE removes too.
  const deleted = await db
    .prepare("DELETE FROM scenarios WHERE id = ? AND tenant_id = ? RETURNING id")
    .bind(id, tenantId)
    .first();
  return deleted !== null;
}

/** Deletes a public scenario if the delete token's hash matches; false otherwise. */
export async function deletePublicScenario(db: D1Database, id: string, tokenHash: string): Promise<boolean> {
  const deleted = await db
    .prepare(
      "DELETE FROM scenarios WHERE id = ? AND tenant_id IS NULL AND delete_token_hash = ? RETURNING id",
    )
    .bind(id, tokenHash)
    .first();
  return deleted !== null;
}

/** Where a page of a listing ends: the last row's creation time and id. */
export interface ListPosition {
  createdAt: string;
  id: string;
}

/** A tenant's scenarios, newest first, `limit` at a time, starting after `after`. */
export async function listScenarios(
  db: D1Database,
  tenantId: string,
  limit: number,
  after?: ListPosition,
): Promise<ScenarioSummary[]> {
  const page = after
    ? db
        .prepare(
          `SELECT id, name, ruleset, created_at AS createdAt FROM scenarios
           WHERE tenant_id = ? AND (created_at, id) < (?, ?)
           ORDER BY created_at DESC, id DESC LIMIT ?`,
        )
        .bind(tenantId, after.createdAt, after.id, limit)
    : db
        .prepare(
          `SELECT id, name, ruleset, created_at AS createdAt FROM scenarios
           WHERE tenant_id = ? ORDER BY created_at DESC, id DESC LIMIT ?`,
        )
        .bind(tenantId, limit);
  const { results } = await page.all<ScenarioSummary>();
  return results;
}

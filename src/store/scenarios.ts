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
}

export type ScenarioSummary = Omit<StoredScenario, "scenario" | "tenantId">;

const COLUMNS = "id, tenant_id AS tenantId, name, scenario, ruleset, created_at AS createdAt";

/** One INSERT: it is stored whole or not at all. Public scenarios carry a delete-token hash. */
export async function insertScenario(
  db: D1Database,
  s: StoredScenario,
  deleteTokenHash: string | null,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO scenarios (id, tenant_id, name, scenario, ruleset, created_at, delete_token_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(s.id, s.tenantId, s.name, s.scenario, s.ruleset, s.createdAt, deleteTokenHash)
    .run();
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
  const result = await db
    .prepare("DELETE FROM scenarios WHERE id = ? AND tenant_id = ?")
    .bind(id, tenantId)
    .run();
  return result.meta.changes === 1;
}

/** Deletes a public scenario if the delete token's hash matches; false otherwise. */
export async function deletePublicScenario(db: D1Database, id: string, tokenHash: string): Promise<boolean> {
  const result = await db
    .prepare("DELETE FROM scenarios WHERE id = ? AND tenant_id IS NULL AND delete_token_hash = ?")
    .bind(id, tokenHash)
    .run();
  return result.meta.changes === 1;
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

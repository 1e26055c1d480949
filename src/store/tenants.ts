/** Tenants (banks), their API keys and their daily usage, in D1. */

export interface Tenant {
  id: string;
  name: string;
  createdAt: string;
}

/** A key as listed: never the key itself, only its hash is stored. */
export interface ApiKeyInfo {
  id: string;
  tenantId: string;
  prefix: string;
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface NewApiKey extends Omit<ApiKeyInfo, "revokedAt"> {
  keyHash: string;
}

export interface UsageDay {
  day: string;
  requests: number;
}

const KEY_COLUMNS =
  "id, tenant_id AS tenantId, prefix, label, created_at AS createdAt, revoked_at AS revokedAt";

function insertKey(db: D1Database, key: NewApiKey): D1PreparedStatement {
  return db
    .prepare(
      "INSERT INTO api_keys (id, tenant_id, key_hash, prefix, label, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(key.id, key.tenantId, key.keyHash, key.prefix, key.label, key.createdAt);
}

/** A tenant and its first key in one transaction: a tenant without a key is never left behind. */
export async function createTenantWithKey(db: D1Database, tenant: Tenant, key: NewApiKey): Promise<void> {
  await db.batch([
    db
      .prepare("INSERT INTO tenants (id, name, created_at) VALUES (?, ?, ?)")
      .bind(tenant.id, tenant.name, tenant.createdAt),
    insertKey(db, key),
  ]);
}

export async function findTenant(db: D1Database, id: string): Promise<Tenant | null> {
  return db
    .prepare("SELECT id, name, created_at AS createdAt FROM tenants WHERE id = ?")
    .bind(id)
    .first<Tenant>();
}

export async function listTenants(db: D1Database): Promise<Tenant[]> {
  const { results } = await db
    .prepare("SELECT id, name, created_at AS createdAt FROM tenants ORDER BY created_at, id")
    .all<Tenant>();
  return results;
}

/** Adds a key to an existing tenant; false when there is no such tenant. */
export async function addKey(db: D1Database, key: NewApiKey): Promise<boolean> {
  const result = await db
    .prepare(
      `INSERT INTO api_keys (id, tenant_id, key_hash, prefix, label, created_at)
       SELECT ?, id, ?, ?, ?, ? FROM tenants WHERE id = ?`,
    )
    .bind(key.id, key.keyHash, key.prefix, key.label, key.createdAt, key.tenantId)
    .run();
  return result.meta.changes === 1;
}

export async function listKeys(db: D1Database, tenantId: string): Promise<ApiKeyInfo[]> {
  const { results } = await db
    .prepare(`SELECT ${KEY_COLUMNS} FROM api_keys WHERE tenant_id = ? ORDER BY created_at, id`)
    .bind(tenantId)
    .all<ApiKeyInfo>();
  return results;
}

/** Revokes a key (kept for the record); a second revocation keeps the first date. Null: no such key. */
export async function revokeKey(db: D1Database, keyId: string, at: string): Promise<ApiKeyInfo | null> {
  return db
    .prepare(`UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? RETURNING ${KEY_COLUMNS}`)
    .bind(at, keyId)
    .first<ApiKeyInfo>();
}

/** The tenant a presented key belongs to, if the key exists and is not revoked. */
export async function findActiveKey(
  db: D1Database,
  keyHash: string,
): Promise<{ keyId: string; tenantId: string } | null> {
  return db
    .prepare(
      "SELECT id AS keyId, tenant_id AS tenantId FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL",
    )
    .bind(keyHash)
    .first<{ keyId: string; tenantId: string }>();
}

/** Adds request counts to tenants' days (one upsert each, in one batch). */
export async function countRequests(
  db: D1Database,
  counts: readonly { tenantId: string; day: string; requests: number }[],
): Promise<void> {
  const upsert = db.prepare(
    `INSERT INTO usage (tenant_id, day, requests) VALUES (?, ?, ?)
     ON CONFLICT (tenant_id, day) DO UPDATE SET requests = requests + excluded.requests`,
  );
  await db.batch(counts.map((c) => upsert.bind(c.tenantId, c.day, c.requests)));
}

/** A tenant's daily request counts from `fromDay` on, oldest first. */
export async function usageSince(db: D1Database, tenantId: string, fromDay: string): Promise<UsageDay[]> {
  const { results } = await db
    .prepare("SELECT day, requests FROM usage WHERE tenant_id = ? AND day >= ? ORDER BY day")
    .bind(tenantId, fromDay)
    .all<UsageDay>();
  return results;
}

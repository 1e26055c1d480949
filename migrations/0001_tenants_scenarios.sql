-- Banks (tenants), their API keys, saved scenarios and daily usage.
-- Times are ISO 8601 UTC strings with milliseconds; days are YYYY-MM-DD in China Standard Time (UTC+8).

CREATE TABLE tenants (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Keys are stored only as SHA-256 hashes; `prefix` (the first characters) lets people tell keys apart.
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  key_hash TEXT NOT NULL UNIQUE,
  prefix TEXT NOT NULL,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX api_keys_by_tenant ON api_keys(tenant_id, created_at);

-- tenant_id NULL: saved anonymously (the public web form); readable by whoever holds the id and
-- deletable only with the delete token handed out at creation (stored hashed).
CREATE TABLE scenarios (
  id TEXT PRIMARY KEY,
  tenant_id TEXT REFERENCES tenants(id),
  name TEXT NOT NULL,
  scenario TEXT NOT NULL,          -- canonical JSON (RFC 8785 key order), returned byte for byte
  ruleset TEXT NOT NULL,           -- the catalog version in force when it was saved
  created_at TEXT NOT NULL,
  delete_token_hash TEXT,
  CHECK ((tenant_id IS NULL) = (delete_token_hash IS NOT NULL))
);
CREATE INDEX scenarios_by_tenant ON scenarios(tenant_id, created_at, id);

CREATE TABLE usage (
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  day TEXT NOT NULL,
  requests INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, day)
) WITHOUT ROWID;

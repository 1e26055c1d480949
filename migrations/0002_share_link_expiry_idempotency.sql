-- Public share links expire, and a retried save replays its first answer (Idempotency-Key).

-- When a public scenario (saved without a key) stops being readable; NULL for a tenant's scenarios,
-- which do not expire. Reading an expired link answers 410; the row is deleted some days later
-- (src/store/scenarios.ts).
ALTER TABLE scenarios ADD COLUMN expires_at TEXT;
-- Links saved before links expired run from their own creation, like new ones (PUBLIC_LINK_DAYS = 90).
UPDATE scenarios SET expires_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+90 days')
 WHERE tenant_id IS NULL;
CREATE INDEX scenarios_by_expiry ON scenarios(expires_at) WHERE expires_at IS NOT NULL;

-- One row per Idempotency-Key a client used on POST /v1/scenarios, for a day (expires_at). The key is
-- scoped: `tenant:<id>` for a bank's keys, `client:<SHA-256 of the client's address bucket>` without
-- one. A public save's delete token is kept encrypted under the Idempotency-Key, which only the client
-- holds, so a retry can show it again while the table alone reveals nothing usable.
CREATE TABLE idempotency_keys (
  scope TEXT NOT NULL,
  key_hash TEXT NOT NULL,                 -- SHA-256 of the Idempotency-Key
  request_hash TEXT NOT NULL,             -- SHA-256 of the request body in canonical JSON
  scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
  sealed_delete_token TEXT,               -- public saves only
  expires_at TEXT NOT NULL,
  PRIMARY KEY (scope, key_hash)
);
CREATE INDEX idempotency_keys_by_scenario ON idempotency_keys(scenario_id);
CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys(expires_at);

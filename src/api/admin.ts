import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { ID_PATTERN, keyPrefix, newApiKey, newId, sha256Hex } from "../store/secrets";
import {
  addKey,
  createTenantWithKey,
  listKeys,
  listTenants,
  type NewApiKey,
  revokeKey,
} from "../store/tenants";
import { ADMIN_ONLY, storage } from "./access";
import { forgetKey } from "./access-cache";
import type { AppEnv } from "./env";
import { errorResponses, ProblemError } from "./problem";
import { jsonBody, jsonOk } from "./schemas";

/**
 * The operator's routes: tenants (banks) and their API keys. Guarded by ADMIN_SECRET. A key is shown
 * once, when created; only its SHA-256 hash and a short prefix are kept.
 */

const TextSchema = (description: string, example: string, max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, { error: "no control characters" })
    .openapi({ description, example });

const TenantSchema = z
  .object({
    id: z.string().openapi({ description: "Tenant id", example: "8d2f0c4b6a1e4f3d9b7c5a2e1f0d3c4b" }),
    name: z.string().openapi({ description: "The bank or team the tenant is" }),
    createdAt: z
      .string()
      .openapi({ description: "When it was created (ISO 8601, UTC)", format: "date-time" }),
  })
  .openapi("Tenant");

const ApiKeyInfoSchema = z
  .object({
    id: z.string().openapi({ description: "Key id (to revoke it); not the key itself" }),
    tenantId: z.string().openapi({ description: "The tenant the key belongs to" }),
    prefix: z
      .string()
      .openapi({ description: "The key's first characters, to tell keys apart", example: "cbec_Xq3v9Tz" }),
    label: z.string().openapi({ description: "What the key is for" }),
    createdAt: z
      .string()
      .openapi({ description: "When it was created (ISO 8601, UTC)", format: "date-time" }),
    revokedAt: z
      .string()
      .nullable()
      .openapi({ description: "When it was revoked; null while it is valid", format: "date-time" }),
  })
  .openapi("ApiKeyInfo");

const NewKeySchema = ApiKeyInfoSchema.extend({
  key: z.string().openapi({
    description: "The API key. Shown only now: store it in the bank's secret store; it cannot be recovered.",
    example: "cbec_Xq3v9Tz0bV4mK8wR2yN6pL1sD5fH7jA3cE9gU0iO2kM",
  }),
}).openapi("NewApiKey");

const LabelSchema = TextSchema("What the key is for", "production", 60);

const tenantPath = {
  params: z.object({
    id: z.string().openapi({
      param: { name: "id", in: "path", description: "Tenant id" },
      example: "8d2f0c4b6a1e4f3d9b7c5a2e1f0d3c4b",
    }),
  }),
};

const createTenantRoute = createRoute({
  method: "post",
  path: "/v1/admin/tenants",
  operationId: "createTenant",
  tags: ["admin"],
  summary: "Create a tenant (a bank) with its first API key",
  description: "The tenant and its key are written in one transaction. The key is in the answer, once.",
  security: ADMIN_ONLY,
  request: {
    body: jsonBody(
      z
        .strictObject({
          name: TextSchema("The bank or team", "某银行广东省分行 跨境金融部", 120),
          keyLabel: LabelSchema.optional().openapi({
            description: 'Label of the first key; default "default"',
          }),
        })
        .openapi("CreateTenantRequest"),
      { name: "某银行广东省分行 跨境金融部", keyLabel: "production" },
    ),
  },
  responses: {
    201: {
      description: "Created",
      content: {
        "application/json": {
          schema: z.object({ tenant: TenantSchema, key: NewKeySchema }).openapi("CreatedTenant"),
        },
      },
    },
    ...errorResponses("validation", "unauthorized", "rate-limited", "not-configured", "storage-not-ready"),
  },
});

const listTenantsRoute = createRoute({
  method: "get",
  path: "/v1/admin/tenants",
  operationId: "listTenants",
  tags: ["admin"],
  summary: "Every tenant",
  security: ADMIN_ONLY,
  responses: {
    200: jsonOk(
      z.object({ tenants: z.array(TenantSchema).openapi({ description: "Every tenant" }) }),
      "The tenants, oldest first",
    ),
    ...errorResponses("unauthorized", "rate-limited", "not-configured", "storage-not-ready"),
  },
});

const createKeyRoute = createRoute({
  method: "post",
  path: "/v1/admin/tenants/{id}/keys",
  operationId: "createApiKey",
  tags: ["admin"],
  summary: "Issue another API key for a tenant (rotation: issue, switch, then revoke the old one)",
  security: ADMIN_ONLY,
  request: {
    ...tenantPath,
    body: jsonBody(z.strictObject({ label: LabelSchema }).openapi("CreateApiKeyRequest"), {
      label: "rotation 2027-01",
    }),
  },
  responses: {
    201: { description: "Issued", content: { "application/json": { schema: NewKeySchema } } },
    ...errorResponses(
      "validation",
      "unauthorized",
      "not-found",
      "rate-limited",
      "not-configured",
      "storage-not-ready",
    ),
  },
});

const listKeysRoute = createRoute({
  method: "get",
  path: "/v1/admin/tenants/{id}/keys",
  operationId: "listApiKeys",
  tags: ["admin"],
  summary: "A tenant's API keys (prefixes only), revoked ones included",
  security: ADMIN_ONLY,
  request: tenantPath,
  responses: {
    200: jsonOk(
      z.object({
        keys: z.array(ApiKeyInfoSchema).openapi({ description: "The tenant's keys, revoked ones included" }),
      }),
      "The keys, oldest first",
    ),
    ...errorResponses("unauthorized", "not-found", "rate-limited", "not-configured", "storage-not-ready"),
  },
});

const revokeKeyRoute = createRoute({
  method: "delete",
  path: "/v1/admin/keys/{id}",
  operationId: "revokeApiKey",
  tags: ["admin"],
  summary: "Revoke an API key: it answers 401 within 30 seconds",
  description:
    "The key is kept, marked revoked, for the record. Revoking twice keeps the first date. The " +
    "instance that revokes it refuses it at once; other instances trust a key they found valid for " +
    "up to 30 seconds, so that requests with a key do not each wait on the database.",
  security: ADMIN_ONLY,
  request: {
    params: z.object({
      id: z.string().openapi({
        param: { name: "id", in: "path", description: "Key id (from the key list), not the key itself" },
        example: "5a0e8c3d2b7f4e6a9c1d0b8f7e6a5d4c",
      }),
    }),
  },
  responses: {
    200: jsonOk(ApiKeyInfoSchema, "The revoked key"),
    ...errorResponses("unauthorized", "not-found", "rate-limited", "not-configured", "storage-not-ready"),
  },
});

export const adminRoutes = [
  createTenantRoute,
  listTenantsRoute,
  createKeyRoute,
  listKeysRoute,
  revokeKeyRoute,
];

function noSuch(what: "tenant" | "key", id: string): ProblemError {
  const zh = what === "tenant" ? "租户" : "API 密钥";
  return new ProblemError("not-found", {
    zh: `没有编号为 ${id.slice(0, 40)} 的${zh}`,
    en: `No ${what} with id ${id.slice(0, 40)}`,
  });
}

async function issueKey(tenantId: string, label: string): Promise<{ row: NewApiKey; key: string }> {
  const key = newApiKey();
  const row: NewApiKey = {
    id: newId(),
    tenantId,
    keyHash: await sha256Hex(key),
    prefix: keyPrefix(key),
    label,
    createdAt: new Date().toISOString(),
  };
  return { row, key };
}

function shownOnce({ row, key }: { row: NewApiKey; key: string }) {
  const { keyHash: _hash, ...info } = row;
  return { ...info, revokedAt: null, key };
}

function validId(what: "tenant" | "key", id: string): string {
  if (!ID_PATTERN.test(id)) throw noSuch(what, id);
  return id;
}

/** ADMIN_SECRET is checked for every /v1/admin/* request by accessControl, before the body is read. */
export const adminApi = new OpenAPIHono<AppEnv>();
adminApi
  .openapi(createTenantRoute, async (c) => {
    const { name, keyLabel } = c.req.valid("json");
    const db = storage(c);
    const tenant = { id: newId(), name, createdAt: new Date().toISOString() };
    const issued = await issueKey(tenant.id, keyLabel ?? "default");
    await createTenantWithKey(db, tenant, issued.row);
    return c.json({ tenant, key: shownOnce(issued) }, 201);
  })
  .openapi(listTenantsRoute, async (c) => c.json({ tenants: await listTenants(storage(c)) }, 200))
  .openapi(createKeyRoute, async (c) => {
    const tenantId = validId("tenant", c.req.valid("param").id);
    const issued = await issueKey(tenantId, c.req.valid("json").label);
    if (!(await addKey(storage(c), issued.row))) throw noSuch("tenant", tenantId);
    return c.json(shownOnce(issued), 201);
  })
  .openapi(listKeysRoute, async (c) => {
    const tenantId = validId("tenant", c.req.valid("param").id);
    const keys = await listKeys(storage(c), tenantId);
    // A tenant always has its first key, so no keys means no tenant.
    if (keys.length === 0) throw noSuch("tenant", tenantId);
    return c.json({ keys }, 200);
  })
  .openapi(revokeKeyRoute, async (c) => {
    const keyId = validId("key", c.req.valid("param").id);
    const revoked = await revokeKey(storage(c), keyId, new Date().toISOString());
    if (!revoked) throw noSuch("key", keyId);
    forgetKey(keyId);
    return c.json(revoked, 200);
  });

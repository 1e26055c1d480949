import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import committed from "../openapi/openapi.json";

/**
 * The committed OpenAPI document read by an independent JSON Schema 2020-12 validator (ajv 8,
 * ajv-formats), not by the zod schemas it was generated from: what a bank's generator and validator
 * see is what is checked. ajv compiles validators with `new Function`, which the Workers runtime
 * refuses while serving a request but allows in the vitest-pool-workers test context, where this runs.
 */

type Operation = {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: Record<string, unknown> }[];
  requestBody?: { content: Record<string, { schema: unknown; example?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
  security?: Record<string, string[]>[];
};

export const contract = committed as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
};

const DOC_ID = "openapi.json";
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(contract as object, DOC_ID);

const pointer = (...keys: string[]) =>
  keys.map((k) => `/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");

const compiled = new Map<string, ValidateFunction>();
/** The validator of the schema at `at` (a JSON pointer into the document), compiled once. */
export function validatorAt(at: string): ValidateFunction {
  let validate = compiled.get(at);
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOC_ID}#${at}` });
    compiled.set(at, validate);
  }
  return validate;
}

export interface OperationRef {
  path: string;
  method: string;
  operation: Operation;
}

export const operations: OperationRef[] = Object.entries(contract.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
);

const matchers = operations.map((op) => ({
  op,
  pattern: new RegExp(`^${op.path.replace(/\{[^}]+\}/g, "[^/]+")}$`),
}));

/** The documented operation a request goes to, if any (literal paths win over templated ones). */
export function operationOf(method: string, url: string): OperationRef | undefined {
  const path = new URL(url, "http://localhost").pathname;
  const candidates = matchers.filter((m) => m.op.method === method.toLowerCase() && m.pattern.test(path));
  return candidates.find((m) => !m.op.path.includes("{"))?.op ?? candidates[0]?.op;
}

/** Why a response breaks the contract of its operation, or [] when it keeps it. */
export function contractViolations(op: OperationRef, status: number, type: string, body: string): string[] {
  const where = `${op.method.toUpperCase()} ${op.path} → ${status}`;
  const response = op.operation.responses[String(status)];
  if (!response) return [`${where}: status not documented (${body.slice(0, 200)})`];
  const media = type.split(";")[0].trim().toLowerCase();
  if (!response.content) return body === "" ? [] : [`${where}: documented without a body, got ${media}`];
  if (!(media in response.content)) {
    return [`${where}: content type ${media} not documented (${Object.keys(response.content).join(", ")})`];
  }
  if (!media.endsWith("json")) return [];
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return [`${where}: body is not JSON`];
  }
  const validate = validatorAt(
    pointer("paths", op.path, op.method, "responses", String(status), "content", media, "schema"),
  );
  if (validate(value)) return [];
  return (validate.errors ?? [])
    .slice(0, 8)
    .map((e) => `${where}: ${e.instancePath || "/"} ${e.message} (${JSON.stringify(e.params)})`);
}

/**
 * Checks a response against the contract when it answers a documented operation; throws on a
 * violation. Returns the response unread (a clone is checked).
 */
export async function checkAgainstContract(method: string, url: string, res: Response): Promise<Response> {
  const op = operationOf(method, url);
  if (!op) return res;
  const body = await res.clone().text();
  const problems = contractViolations(op, res.status, res.headers.get("content-type") ?? "", body);
  if (problems.length > 0) throw new Error(`response breaks the OpenAPI contract:\n${problems.join("\n")}`);
  return res;
}

/** The request body schema's validator of an operation (application/json). */
export function requestValidator(op: OperationRef): ValidateFunction | undefined {
  if (!op.operation.requestBody?.content["application/json"]) return undefined;
  return validatorAt(
    pointer("paths", op.path, op.method, "requestBody", "content", "application/json", "schema"),
  );
}

import { readFileSync, writeFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";

/**
 * The TypeScript types of the contract, generated from openapi/openapi.json by openapi-typescript
 * (what a bank's TypeScript client starts from), for the openapi-fetch client in
 * tests/client.test.ts. `npm run openapi` writes them; `--check` (run by `npm test`) fails when the
 * committed file is not what the committed document generates.
 */
const document = new URL("../openapi/openapi.json", import.meta.url);
const target = new URL("../tests/client/openapi.d.ts", import.meta.url);

const header =
  "// Generated from openapi/openapi.json by scripts/generate-client.ts (openapi-typescript). Do not edit.\n";
/**
 * The document without examples given by `externalValue` (a workbook the server makes): they are
 * paths on the server, which the bundler would try to read as files, and types do not depend on them.
 */
function withoutExternalExamples(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutExternalExamples);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).filter(
    ([key, v]) => !(key === "examples" && Object.values(v ?? {}).some((e: any) => e?.externalValue)),
  );
  return Object.fromEntries(entries.map(([k, v]) => [k, withoutExternalExamples(v)]));
}

const ast = await openapiTS(withoutExternalExamples(JSON.parse(readFileSync(document, "utf8"))) as never);
const generated = header + astToString(ast);

if (process.argv.includes("--check")) {
  if (readFileSync(target, "utf8") !== generated) {
    console.error("tests/client/openapi.d.ts is stale: run npm run openapi and commit it");
    process.exit(1);
  }
  console.log("tests/client/openapi.d.ts matches openapi/openapi.json");
} else {
  writeFileSync(target, generated);
  console.log("tests/client/openapi.d.ts written");
}

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
const ast = await openapiTS(JSON.parse(readFileSync(document, "utf8")));
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

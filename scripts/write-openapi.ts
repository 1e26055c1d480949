import { writeFileSync } from "node:fs";
import { contractDocument } from "../src/api/contract";
import { createApp, MAX_BODY_BYTES, openApiConfig } from "../src/app";

/** Writes the contract served at /openapi.json to openapi/openapi.json (committed; CI checks drift). */
const doc = contractDocument(createApp(), openApiConfig, { maxBodyBytes: MAX_BODY_BYTES });
writeFileSync(new URL("../openapi/openapi.json", import.meta.url), `${JSON.stringify(doc, null, 2)}\n`);
console.log(`openapi/openapi.json: ${Object.keys(doc.paths ?? {}).length} paths`);

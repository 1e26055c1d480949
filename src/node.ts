import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { serve } from "@hono/node-server";
import { DOCS_ASSETS } from "./api/system";
import { createApp } from "./app";

/** The Node entry for banks that host the service themselves: same app, same behaviour. */
const assetsDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
const TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};

const app = createApp({
  docsAssets: async (_c, file) => {
    if (!(DOCS_ASSETS as readonly string[]).includes(file)) return null;
    const body = await readFile(join(assetsDir, file));
    return new Response(body, { headers: { "content-type": TYPES[file.slice(file.lastIndexOf("."))] } });
  },
});

const port = Number(process.env.PORT ?? 8787);
serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? "127.0.0.1" }, (info) => {
  console.log(`cbec-finance listening on http://${info.address}:${info.port}`);
});

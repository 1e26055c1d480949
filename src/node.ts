import { serve } from "@hono/node-server";
import { createApp } from "./app";

/** The Node entry for banks that host the service themselves: same app, same behaviour. */
const app = createApp();

const port = Number(process.env.PORT ?? 8787);
serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? "127.0.0.1" }, (info) => {
  console.log(`cbec-finance listening on http://${info.address}:${info.port}`);
});

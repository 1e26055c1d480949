import { createApp } from "./app";

/** The Workers entry: static assets (the API reference's files) come from the ASSETS binding. */
const app = createApp({
  docsAssets: async (c, file) => {
    if (!c.env.ASSETS) return null;
    const res = await c.env.ASSETS.fetch(new URL(`/${file}`, c.req.url));
    return res.ok ? res : null;
  },
});

export default app;

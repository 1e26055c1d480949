import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { inflateRawSync } from "node:zlib";
import { type Browser, chromium, type Page } from "playwright-core";

/**
 * What the browser tests share: the site under `wrangler dev` (the workerd runtime it runs on) on a
 * free port, Debian's chromium, axe-core, and the scenario a report URL carries.
 */

/** Screenshots for a person to look at. */
export const SHOTS = "test-results/web";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export interface Site {
  origin: string;
  browser: Browser;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

async function waitUntilUp(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`wrangler dev did not answer ${url} in time`);
}

/** The Worker under `wrangler dev` on a free port, and chromium; `stop` ends both. */
export async function startSite(): Promise<Site> {
  mkdirSync(SHOTS, { recursive: true });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const worker: ChildProcess = spawn(
    "npx",
    ["wrangler", "dev", "--port", String(port), "--ip", "127.0.0.1"],
    {
      detached: true,
      stdio: "ignore",
      env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    },
  );
  await waitUntilUp(`${origin}/health`, Date.now() + 60_000);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
  });
  return {
    origin,
    browser,
    async stop() {
      await browser.close();
      // wrangler starts workerd as a child: end the whole process group we started.
      if (worker.pid) process.kill(-worker.pid, "SIGTERM");
    },
  };
}

/** axe-core's engine, injected into a page (the pages' CSP allows no inline script, so the context bypasses it). */
const AXE_SOURCE = readFileSync("node_modules/axe-core/axe.min.js", "utf8");

export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result: any = await page.evaluate(() => (globalThis as any).axe.run());
  return result.violations.map(
    (v: any) => `${v.impact} ${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")}`,
  );
}

/** The scenario a report URL carries, decoded independently of the site's code. */
export function scenarioOf(reportUrl: string): any {
  const s = new URL(reportUrl).searchParams.get("s")!;
  return JSON.parse(inflateRawSync(Buffer.from(s, "base64url")).toString("utf8"));
}

import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** `npm test` starts with scripts/preflight.mjs: on a machine without the browser, it says what to run. */
describe("the test command's preflight on a machine without Chromium", () => {
  it("names the missing browser and the one command that installs it, before any test runs", () => {
    const run = spawnSync("bash", ["scripts/demo-fresh-machine.sh"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const [withoutApt, withApt] = run.stdout.split("== 2.");
    expect(withoutApt).toContain("The browser test needs Chromium at /nonexistent/chromium");
    expect(withoutApt).toContain("sudo apt-get install -y chromium fonts-wqy-zenhei");
    expect(withoutApt).toContain("(exit code 1)");
    expect(withApt).toContain("[stand-in] apt-get install -y -qq chromium fonts-wqy-zenhei");
    expect(withApt).toContain("(exit code 1)");
  });

  it("passes here, where the browser test's Chromium and font are installed", () => {
    const run = spawnSync("node", ["scripts/preflight.mjs", "test"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^preflight: Node\.js \d+\.\d+\.\d+/);
  });
});

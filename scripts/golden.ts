import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { RULESET } from "../src/policy/catalog";
import { loadableRulesets } from "../src/policy/rulesets";
import { GOLDEN_CASES, scenarioOf } from "../tests/golden/cases";
import { type GoldenFiles, goldenFiles, problemRecord } from "../tests/golden/compute";

/**
 * `npm run golden`: writes tests/golden/<ruleset in force>/ from today's code (`-- --ruleset X` for
 * another version the server carries). Only the version being written should ever move: a published
 * version's files are its users' answers, and the test compares today's code with them.
 *
 * `npm run golden -- --from-checkout DIR`: the same cases through the POST route of the code checked
 * out in DIR (a `git worktree` of an older commit, npm installed), written under the ruleset that code
 * answers with. This is how a published version's files were made: by the code of its time.
 */
const { values } = parseArgs({
  options: { ruleset: { type: "string" }, "from-checkout": { type: "string" } },
});
const root = new URL("../tests/golden/", import.meta.url).pathname;

function writeGolden(version: string, files: Map<string, GoldenFiles>): void {
  const dir = join(root, version);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, out] of files) {
    if ("problem" in out) writeFileSync(join(dir, `${name}.problem.json`), out.problem);
    else {
      writeFileSync(join(dir, `${name}.json`), out.json);
      writeFileSync(join(dir, `${name}.csv`), out.csv);
    }
  }
  console.log(`tests/golden/${version}: ${readdirSync(dir).length} files`);
}

/** One case through another checkout's app: JSON, CSV, or the refusal in both languages. */
async function throughApp(app: { request: (path: string, init: RequestInit) => Promise<Response> }) {
  const post = (query: string, body: unknown) =>
    app.request(`/v1/cashflow/projection${query}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  let version = "";
  const files = new Map<string, GoldenFiles>();
  for (const c of GOLDEN_CASES) {
    const scenario = scenarioOf(c);
    const res = await post("", scenario);
    version ||= res.headers.get("x-ruleset") ?? "";
    if (res.status === 200) {
      const csv = await (await post("?format=csv", scenario)).text();
      files.set(c.name, { json: await res.text(), csv });
      continue;
    }
    const en = (await (await post("?lang=en", scenario)).json()) as {
      errors?: { pointer: string; message: string }[];
    };
    const zh = (await (await post("?lang=zh", scenario)).json()) as typeof en;
    const errors = (en.errors ?? []).map((e, i) => ({
      pointer: e.pointer,
      en: e.message,
      zh: zh.errors![i].message,
    }));
    files.set(c.name, { problem: problemRecord(res.status, errors) });
  }
  return { version, files };
}

const checkout = values["from-checkout"];
if (checkout) {
  const { createApp } = await import(resolve(checkout, "src/app.ts"));
  const { version, files } = await throughApp(createApp());
  if (!version) throw new Error(`${checkout} answered without an x-ruleset header`);
  writeGolden(version, files);
} else {
  const carried = loadableRulesets();
  if (values.ruleset && !carried.includes(values.ruleset)) {
    console.error(`ruleset ${values.ruleset} is not carried here (${carried.join(", ")})`);
    process.exit(1);
  }
  const version = values.ruleset ?? RULESET;
  writeGolden(version, new Map(GOLDEN_CASES.map((c) => [c.name, goldenFiles(c, version)])));
}

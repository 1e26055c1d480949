import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { RULESET } from "../src/policy/catalog";
import { rulesetHash } from "../src/policy/ruleset-hash";
import { CURRENT_SEEDS } from "../src/policy/rulesets";

/**
 * `npm run ruleset-lock`: pins the hash of the current ruleset's seeds in seeds/ruleset-lock.json.
 * A version once pinned never changes: if the seeds changed, give the catalog a new `ruleset`
 * (and archive the old seeds, see src/policy/rulesets.ts) instead.
 */
const path = new URL("../seeds/ruleset-lock.json", import.meta.url);
const lock: Record<string, string> = existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : {};
const hash = await rulesetHash(CURRENT_SEEDS);
if (lock[RULESET] && lock[RULESET] !== hash) {
  console.error(`ruleset ${RULESET} is pinned to other seeds: give the catalog a new ruleset version`);
  process.exit(1);
}
lock[RULESET] = hash;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`seeds/ruleset-lock.json: ${RULESET} = ${hash}`);

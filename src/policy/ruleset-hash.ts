import { canonicalJson } from "../domain/canonical";
import type { RulesetSeeds } from "./rulesets";

/** SHA-256 (hex) of a ruleset's seeds in canonical JSON: what seeds/ruleset-lock.json pins per version. */
export async function rulesetHash(seeds: RulesetSeeds): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(seeds));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

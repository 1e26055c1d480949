import presetsJson from "../../seeds/presets.json";
import { RULESET } from "./catalog";

/** A starting scenario for a typical business, in wire form (decimal strings), with its story. */
export interface Preset {
  id: string;
  title: { zh: string; en: string };
  story: { zh: string; en: string };
  sources: string;
  scenario: Record<string, unknown>;
  /** Why this ruleset's preset differs from the published versions' (absent: it does not). */
  rulesetNote?: { zh: string; en: string };
}

/**
 * A preset as a ruleset shows it. Presets are shared by every ruleset, and a published version's
 * answers must not move, so a change a newer ruleset needs is a variant: from that version on, JSON
 * pointers (RFC 6901) into the scenario and the values to put there. The base scenario stays the
 * published bytes (tests/golden/ computes it under every version).
 */
interface PresetVariant {
  from: string;
  why: { zh: string; en: string };
  patch: Record<string, unknown>;
}

type Lang = "zh" | "en";

/**
 * The product lines' names in each language, kept beside the scenario (not in it): the scenario is
 * what the API serves and the golden files project, so it keeps the English names it always had.
 */
type LineNames = Record<Lang, string[]>;

type PresetSeed = Omit<Preset, "rulesetNote"> & { rulesetVariants?: PresetVariant[]; lineNames: LineNames };

const SEEDS = (presetsJson as { presets: PresetSeed[] }).presets;

const LINE_NAMES = new Map(SEEDS.map((p) => [p.id, p.lineNames]));

const notAfter = (from: string, ruleset: string) => from.localeCompare(ruleset, "en", { numeric: true }) <= 0;

/** The scenario with each pointer's value put in place (the parent must exist; the last key may be new). */
function patched(scenario: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out = structuredClone(scenario);
  for (const [pointer, value] of Object.entries(patch)) {
    const keys = pointer.split("/").slice(1);
    const last = keys.pop();
    let at: unknown = out;
    for (const key of keys) at = (at as Record<string, unknown> | undefined)?.[key];
    if (last === undefined || typeof at !== "object" || at === null)
      throw new Error(`preset patch ${pointer}: no such place`);
    (at as Record<string, unknown>)[last] = structuredClone(value);
  }
  return out;
}

/** A preset under a ruleset version: the base scenario with the variants in force from that version on. */
function presetUnder(seed: PresetSeed, ruleset: string): Preset {
  const { rulesetVariants = [], lineNames: _, ...preset } = seed;
  const variants = rulesetVariants.filter((v) => notAfter(v.from, ruleset));
  if (variants.length === 0) return preset;
  const scenario = variants.reduce((s, v) => patched(s, v.patch), preset.scenario);
  const last = variants[variants.length - 1];
  return { ...preset, scenario, rulesetNote: last.why };
}

/** The presets as the ruleset in force shows them (what the API and the web form load). */
export const PRESETS: readonly Preset[] = SEEDS.map((s) => presetUnder(s, RULESET));

/** A preset under the ruleset in force, or under the version named. */
export function findPreset(id: string, ruleset: string = RULESET): Preset | undefined {
  const seed = SEEDS.find((p) => p.id === id);
  if (!seed) return undefined;
  return ruleset === RULESET ? PRESETS.find((p) => p.id === id) : presetUnder(seed, ruleset);
}

/** A preset's scenario with its product lines named in the reader's language (for the web pages). */
export function presetScenarioIn(preset: Preset, lang: Lang): Record<string, unknown> {
  const names = LINE_NAMES.get(preset.id)?.[lang];
  const lines = preset.scenario.productLines;
  if (!names || !Array.isArray(lines)) return preset.scenario;
  return {
    ...preset.scenario,
    productLines: lines.map((line, i) => ({
      ...(line as object),
      name: names[i] ?? (line as { name: unknown }).name,
    })),
  };
}

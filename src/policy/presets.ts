import presetsJson from "../../seeds/presets.json";

/** A starting scenario for a typical business, in wire form (decimal strings), with its story. */
export interface Preset {
  id: string;
  title: { zh: string; en: string };
  story: { zh: string; en: string };
  sources: string;
  scenario: Record<string, unknown>;
}

/**
 * The product lines' names in each language, kept beside the scenario (not in it): the scenario is
 * what the API serves and the golden files project, so it keeps the English names it always had.
 */
type Lang = "zh" | "en";
type LineNames = Record<Lang, string[]>;

const RAW = (presetsJson as { presets: (Preset & { lineNames: LineNames })[] }).presets;

export const PRESETS: readonly Preset[] = RAW.map(({ lineNames: _, ...preset }) => preset);

const LINE_NAMES = new Map(RAW.map((p) => [p.id, p.lineNames]));

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
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

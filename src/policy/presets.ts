import presetsJson from "../../seeds/presets.json";

/** A starting scenario for a typical business, in wire form (decimal strings), with its story. */
export interface Preset {
  id: string;
  title: { zh: string; en: string };
  story: { zh: string; en: string };
  sources: string;
  scenario: Record<string, unknown>;
}

export const PRESETS: readonly Preset[] = (presetsJson as { presets: Preset[] }).presets;

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

import { projectionResponse } from "../src/api/cashflow";
import { ScenarioSchema } from "../src/api/scenario-schema";
import { PRESETS } from "../src/policy/presets";

for (const p of PRESETS) {
  const parsed = ScenarioSchema.safeParse(p.scenario);
  if (!parsed.success) {
    console.log(p.id, JSON.stringify(parsed.error.issues).slice(0, 500));
    continue;
  }
  const t = performance.now();
  const r = projectionResponse(parsed.data);
  const ms = performance.now() - t;
  console.log(p.id, ms.toFixed(1) + "ms", JSON.stringify(r.summary));
  console.log("  lines", r.lines.map((l) => `${l.name}:${l.regime}`).join(", "));
  for (const m of r.measures)
    console.log("  ", m.switch, m.chosen, m.applies, JSON.stringify(m.alone), JSON.stringify(m.marginal));
}

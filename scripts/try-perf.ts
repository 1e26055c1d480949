import { projectionResponse } from "../src/api/cashflow";
import { ScenarioSchema } from "../src/api/scenario-schema";
import { PRESETS } from "../src/policy/presets";

const input = ScenarioSchema.parse(PRESETS[0].scenario);
for (let i = 0; i < 3; i++) projectionResponse(input);
const times: number[] = [];
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  projectionResponse(input);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log("median", times[5].toFixed(1), "ms");

import { ScenarioSchema, toScenario } from "../src/api/scenario-schema";
import { project } from "../src/domain/cashflow/engine";
import { CASHFLOW_RULES } from "../src/policy/cashflow";
import { largestPreset } from "./bench/inprocess";
import { ms, summarize, time } from "./bench/stats";

/**
 * `npm run bench:projection`: the projection budget alone (README "Performance"), in seconds rather
 * than the full bench's three minutes. The same warm-up and samples as `npm run bench` for the wall
 * median, then CPU time (user + system) per call over blocks of calls: on a machine shared with other
 * work the wall figure grows with the load and the CPU figure much less. `--rounds N` repeats both.
 */

const BLOCK = 50;
const BLOCKS = 20;

function cpuPerCallMs(run: () => unknown): number[] {
  const perCall: number[] = [];
  for (let b = 0; b < BLOCKS; b++) {
    const before = process.cpuUsage();
    for (let i = 0; i < BLOCK; i++) run();
    const used = process.cpuUsage(before);
    perCall.push((used.user + used.system) / 1000 / BLOCK);
  }
  return perCall;
}

async function main() {
  const roundsArg = process.argv.indexOf("--rounds");
  const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 1;
  const preset = largestPreset();
  const scenario = toScenario(ScenarioSchema.parse(preset.scenario));
  const run = () => project(scenario, CASHFLOW_RULES);
  console.log(
    `project() ${preset.id}: ${scenario.horizonMonths} months x ${scenario.productLines.length} lines`,
  );
  for (let r = 0; r < rounds; r++) {
    const wall = await time(run, { warmupMs: 2000, sampleMs: 1500, minSamples: 100, maxSamples: 2000 });
    const cpu = summarize(cpuPerCallMs(run));
    console.log(
      `wall median ${ms(wall.medianMs)} ms (p99 ${ms(wall.p99Ms)}, n ${wall.n}); ` +
        `CPU per call median ${ms(cpu.medianMs)} ms (${BLOCKS} blocks of ${BLOCK})`,
    );
  }
}

await main();

/** Timing statistics shared by the in-process and HTTP parts of `npm run bench`. */

export interface Timing {
  /** Samples taken after the warm-up. */
  n: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
}

/** The q-quantile (0..1) of ascending-sorted samples, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    medianMs: quantile(sorted, 0.5),
    p99Ms: quantile(sorted, 0.99),
    maxMs: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

export interface TimeBudget {
  /** Warm-up before sampling (lets V8 optimize the hot paths), in ms of wall time. */
  warmupMs: number;
  /** Sampling stops after this much wall time... */
  sampleMs: number;
  /** ...once at least this many samples were taken (p99 needs some), or at this many. */
  minSamples: number;
  maxSamples: number;
}

export const DEFAULT_BUDGET: TimeBudget = { warmupMs: 300, sampleMs: 800, minSamples: 30, maxSamples: 2000 };

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

/** Times `run` after a warm-up: every call is one sample (wall time, single-threaded, so ~CPU time). */
export async function time(run: () => unknown, budget: TimeBudget = DEFAULT_BUDGET): Promise<Timing> {
  const warmEnd = nowMs() + budget.warmupMs;
  do await run();
  while (nowMs() < warmEnd);
  const samples: number[] = [];
  const end = nowMs() + budget.sampleMs;
  while (samples.length < budget.maxSamples && (samples.length < budget.minSamples || nowMs() < end)) {
    const start = nowMs();
    await run();
    samples.push(nowMs() - start);
  }
  return summarize(samples);
}

/** Milliseconds with a precision that suits their size. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return "-";
  if (value < 1) return value.toFixed(3);
  if (value < 100) return value.toFixed(2);
  return value.toFixed(0);
}

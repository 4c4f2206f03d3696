/**
 * Benchmark helpers: every measurement is compared with a bare baseline measured in the same
 * run on the same machine, so the ratios mean something on any hardware.
 */
export interface BenchResult {
  name: string;
  unit: 'ms';
  value: number;
  baseline: number | null;
  ratio: number | null;
  /** The target: an absolute limit in ms, or a ratio limit against the baseline. */
  target: { maxMs?: number; maxRatio?: number };
  pass: boolean;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function timeIt(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * Medians of `run` and `baseline`, measured alternately after one warm-up of each, so that a
 * slow spell of a shared 2-core machine weighs on both sides alike instead of on one.
 */
export async function medianPair(
  run: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  times = 5,
): Promise<[number, number]> {
  await run();
  await baseline();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < times; i++) {
    a.push(await timeIt(run));
    b.push(await timeIt(baseline));
  }
  return [percentile(a, 50), percentile(b, 50)];
}

export function result(
  name: string,
  value: number,
  baseline: number | null,
  target: BenchResult['target'],
): BenchResult {
  const ratio = baseline ? value / baseline : null;
  const pass =
    (target.maxMs === undefined || value <= target.maxMs) &&
    (target.maxRatio === undefined || (ratio !== null && ratio <= target.maxRatio));
  return { name, unit: 'ms', value, baseline, ratio, target, pass };
}

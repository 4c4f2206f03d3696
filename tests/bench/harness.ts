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

/** Median of `times` runs after one warm-up run. */
export async function median(run: () => Promise<unknown>, times = 3): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) samples.push(await timeIt(run));
  return percentile(samples, 50);
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

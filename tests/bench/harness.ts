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
  /** The lowest and highest ratio of single pairs of runs: how much the machine wandered. */
  spread?: [number, number];
  pass: boolean;
}

export interface PairedTimes {
  value: number;
  baseline: number;
  spread: [number, number];
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Set by `npm run bench` (node --expose-gc). */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

export async function timeIt(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * Medians of `run` and `baseline`, measured alternately after one warm-up of each, so that a
 * slow spell of a shared 2-core machine weighs on both sides alike instead of on one. The
 * ratios of single pairs show how far one run can be trusted.
 */
export async function medianPair(
  run: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  times = 5,
): Promise<PairedTimes> {
  const { value, baselines } = await medianRounds(run, [baseline], times);
  return { value, ...baselines[0]! };
}

/**
 * medianPair with more than one baseline: each round runs `run`, then every baseline, so all
 * of them are compared with the same runs of `run`.
 */
export async function medianRounds(
  run: () => Promise<unknown>,
  baselines: (() => Promise<unknown>)[],
  times = 5,
): Promise<{ value: number; baselines: Omit<PairedTimes, 'value'>[] }> {
  await run();
  for (const baseline of baselines) await baseline();
  const a: number[] = [];
  const b: number[][] = baselines.map(() => []);
  // Each run starts from a clean heap, so that it does not pay for the garbage the one before
  // it left behind (a 10,000-row workbook is a lot of it).
  for (let i = 0; i < times; i++) {
    collectGarbage?.();
    a.push(await timeIt(run));
    for (const [k, baseline] of baselines.entries()) {
      collectGarbage?.();
      b[k]!.push(await timeIt(baseline));
    }
  }
  return {
    value: percentile(a, 50),
    baselines: b.map((ms) => {
      const ratios = a.map((value, i) => value / ms[i]!);
      return { baseline: percentile(ms, 50), spread: [Math.min(...ratios), Math.max(...ratios)] };
    }),
  };
}

export function result(
  name: string,
  value: number,
  baseline: number | null,
  target: BenchResult['target'],
  spread?: [number, number],
): BenchResult {
  const ratio = baseline ? value / baseline : null;
  const pass =
    (target.maxMs === undefined || value <= target.maxMs) &&
    (target.maxRatio === undefined || (ratio !== null && ratio <= target.maxRatio));
  return { name, unit: 'ms', value, baseline, ratio, target, ...(spread ? { spread } : {}), pass };
}

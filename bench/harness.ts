import { performance } from 'node:perf_hooks';

export interface BenchResult {
  name: string;
  ms: number;
  baseline?: string;
  baselineMs?: number;
  note?: string;
  /** Peak resident memory of the measured process, MB (memory benches). */
  peakMb?: number;
}

/** Median wall time of `runs` calls after one warm-up call. */
export async function timeMedian(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

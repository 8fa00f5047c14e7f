/**
 * Timing for the benchmarks: the best of several runs, each after a garbage collection when
 * node runs with --expose-gc (as `npm run bench` does), so one run does not pay for the last
 * one's garbage. On a shared machine the best time is the cost; the others measure the load.
 */

/** The fastest of `runs` calls of `run`, in milliseconds. */
export function bestMs(runs: number, run: () => unknown): number {
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = process.hrtime.bigint();
    run();
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return min;
}

/**
 * Time-complexity checks for the hardening tests: ratios of CPU times at growing sizes, never an
 * absolute time, so that they hold on any machine. Linear work takes about k times as long for
 * k times the input; quadratic work k^2 times.
 */
import { expect } from 'vitest';

/** CPU time of a call, in milliseconds: what the process spent, whatever else the machine runs. */
export function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Asserts that `run` takes time linear in the size: at each of `sizes` (each k times the one
 * before) it may take at most 4k times as long as at the size before (k for linear time, with
 * slack for noise and for n log n; a quadratic path takes k^2 times, and fails at the first step
 * where it dominates, in seconds rather than the hours the largest size would take). `prepare`
 * builds each input outside the measured time. Noise only ever helps the check pass: the time at
 * a size is the larger of two counts when it divides, the smallest of up to three when it is
 * divided; times under a millisecond count as one.
 */
export function expectLinearGrowth<T>(label: string, sizes: readonly number[], prepare: (size: number) => T, run: (input: T) => unknown): void {
  let previous: { size: number; ms: number } | undefined;
  for (const [i, size] of sizes.entries()) {
    const input = prepare(size);
    let ms = cpuMs(() => run(input));
    if (previous !== undefined) {
      const growth = size / previous.size;
      for (let retry = 0; retry < 2 && ms > 4 * growth * previous.ms; retry++) ms = Math.min(ms, cpuMs(() => run(input)));
      ms = Math.max(ms, 1);
      expect(ms / previous.ms, `${label}: ${ms.toFixed(0)} ms at ${size} against ${previous.ms.toFixed(0)} ms at ${previous.size} (${growth} times the size)`).toBeLessThanOrEqual(4 * growth);
    }
    if (i < sizes.length - 1) ms = Math.max(ms, cpuMs(() => run(input)), 1);
    previous = { size, ms };
  }
}

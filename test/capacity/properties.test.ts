/**
 * Property tests: the broker count moves the right way with every input, and every figure is
 * finite and positive for any valid input. Runs are bounded and seeded so failures replay.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { planCapacity } from '../../src/capacity/plan.js';
import { CapacityInputError } from '../../src/capacity/input.js';
import type { BrokerInput, CapacityInput } from '../../src/capacity/input.js';

const RUNS = { numRuns: 150, seed: 20261122 };

const validInput: fc.Arbitrary<CapacityInput> = fc
  .record({
    avg: fc.double({ min: 1e3, max: 2e9, noNaN: true }),
    peakFactor: fc.double({ min: 1, max: 5, noNaN: true }),
    retentionMs: fc.integer({ min: 3_600_000, max: 365 * 86_400_000 }),
    retentionBytes: fc.option(fc.double({ min: 1e6, max: 5e12, noNaN: true }), { nil: undefined }),
    bytesOnly: fc.boolean(),
    rf: fc.integer({ min: 1, max: 5 }),
    fanout: fc.double({ min: 0, max: 10, noNaN: true }),
    lagReadShare: fc.double({ min: 0, max: 1, noNaN: true }),
    partitions: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined }),
    compressionRatio: fc.double({ min: 0.1, max: 1, noNaN: true }),
    disk: fc.double({ min: 1e11, max: 3e13, noNaN: true }),
    nicBits: fc.double({ min: 1e9, max: 1e11, noNaN: true }),
    diskThroughput: fc.double({ min: 1e8, max: 5e9, noNaN: true }),
    cores: fc.option(fc.integer({ min: 2, max: 96 }), { nil: undefined }),
    memory: fc.option(fc.double({ min: 4 * 2 ** 30, max: 1024 * 2 ** 30, noNaN: true }), { nil: undefined }),
    maxPartitions: fc.integer({ min: 10, max: 10_000 }),
    racks: fc.integer({ min: 1, max: 4 }),
    brokerFailures: fc.integer({ min: 0, max: 2 }),
    tieredShare: fc.option(fc.double({ min: 0.01, max: 1, noNaN: true }), { nil: undefined }),
  })
  .map((v) => {
    const input: CapacityInput = {
      write: { avgBytesPerSec: v.avg, peakBytesPerSec: v.avg * v.peakFactor },
      compressionRatio: v.compressionRatio,
      readFanout: v.fanout,
      lagReadShare: v.lagReadShare,
      retention:
        v.retentionBytes === undefined ? { ms: v.retentionMs } : v.bytesOnly ? { bytesPerPartition: v.retentionBytes } : { ms: v.retentionMs, bytesPerPartition: v.retentionBytes },
      replicationFactor: v.rf,
      partitions: v.partitions ?? 100,
      broker: { diskBytes: v.disk, nicBitsPerSec: v.nicBits, diskThroughputBytesPerSec: v.diskThroughput, maxPartitions: v.maxPartitions, ...(v.cores ? { cores: v.cores } : {}), ...(v.memory ? { memoryBytes: v.memory } : {}) },
      racks: v.racks,
      tolerate: { brokerFailures: Math.min(v.brokerFailures, v.rf - 1) },
    };
    if (v.tieredShare !== undefined && input.retention!.ms !== undefined) input.tiered = { localRetentionMs: Math.max(1, Math.floor(v.retentionMs * v.tieredShare)) };
    return input;
  });

/** The broker count, or Infinity when the plan is refused for needing more than 10,000 brokers. */
function brokers(input: CapacityInput): number {
  try {
    return planCapacity(input).brokers;
  } catch (e) {
    if (e instanceof CapacityInputError && /more than the 10,000 this planner sizes/.test(e.message)) return Infinity;
    throw e;
  }
}
const factor = fc.double({ min: 1, max: 10, noNaN: true });

describe('the broker count is monotone', () => {
  it('more retention never needs fewer brokers', () => {
    fc.assert(
      fc.property(validInput, factor, (input, k) => {
        const r = input.retention! as { ms?: number; bytesPerPartition?: number };
        const more: CapacityInput = {
          ...input,
          retention: {
            ...(r.ms !== undefined ? { ms: Math.round(r.ms * k) } : {}),
            ...(r.bytesPerPartition !== undefined ? { bytesPerPartition: r.bytesPerPartition * k } : {}),
          },
        };
        expect(brokers(more)).toBeGreaterThanOrEqual(brokers(input));
      }),
      RUNS,
    );
  });

  it('more traffic never needs fewer brokers', () => {
    fc.assert(
      fc.property(validInput, factor, (input, k) => {
        const w = input.write as { avgBytesPerSec: number; peakBytesPerSec: number };
        const more: CapacityInput = { ...input, write: { avgBytesPerSec: w.avgBytesPerSec * k, peakBytesPerSec: w.peakBytesPerSec * k } };
        expect(brokers(more)).toBeGreaterThanOrEqual(brokers(input));
      }),
      RUNS,
    );
  });

  it('more fan-out never needs fewer brokers', () => {
    fc.assert(
      fc.property(validInput, fc.double({ min: 0, max: 20, noNaN: true }), (input, extra) => {
        expect(brokers({ ...input, readFanout: (input.readFanout ?? 1) + extra })).toBeGreaterThanOrEqual(brokers(input));
      }),
      RUNS,
    );
  });

  it('a higher replication factor never needs fewer brokers', () => {
    fc.assert(
      fc.property(validInput, fc.integer({ min: 1, max: 3 }), (input, extra) => {
        const rf = input.replicationFactor + extra;
        fc.pre(rf <= ((input.broker as BrokerInput).maxPartitions ?? 4000));
        expect(brokers({ ...input, replicationFactor: rf })).toBeGreaterThanOrEqual(brokers(input));
      }),
      RUNS,
    );
  });

  it('more disk per broker never needs more brokers', () => {
    fc.assert(
      fc.property(validInput, factor, (input, k) => {
        const broker = input.broker as BrokerInput;
        const bigger: CapacityInput = { ...input, broker: { ...broker, diskBytes: (broker.diskBytes as number) * k } };
        expect(brokers(bigger)).toBeLessThanOrEqual(brokers(input));
      }),
      RUNS,
    );
  });
});

function finiteNumbers(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) out.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => finiteNumbers(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) finiteNumbers(v, `${path}.${k}`, out);
}

describe('results are finite and positive for any valid input', () => {
  it('every number in the plan is finite and not negative; counts are positive whole numbers', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        fc.pre(brokers(input) !== Infinity);
        const plan = planCapacity(input);
        const bad: string[] = [];
        finiteNumbers({ ...plan, input: undefined }, 'plan', bad);
        expect(bad).toEqual([]);
        expect(Number.isInteger(plan.brokers) && plan.brokers >= 1).toBe(true);
        expect(plan.brokers).toBeGreaterThanOrEqual(input.replicationFactor);
        expect(plan.brokers % (input.racks ?? 1)).toBe(0);
        expect(plan.storage.totalLocal).toBeGreaterThan(0);
        expect(plan.partitions.count).toBe(input.partitions);
        expect(plan.partitions.suggested % plan.brokers).toBe(0);
        expect(plan.partitions.suggested).toBeGreaterThanOrEqual(plan.partitions.count);
        for (const c of plan.constraints) expect(c.brokersNeeded).toBeLessThanOrEqual(plan.brokers);
        expect(plan.explanation.length).toBeGreaterThan(0);
        expect(plan.explanation.join(' ')).not.toMatch(/-\d+%|NaN|Infinity/);
      }),
      RUNS,
    );
  });
});

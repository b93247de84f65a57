/**
 * Property tests of planCapacity over valid input of every kind (aggregate or per-topic writes,
 * compacted topics, tiered storage, recovery, catch-up, growth, racks and zones, hardware
 * profiles and candidates): every figure is finite, the answer comes in milliseconds, and the
 * broker count moves the right way with every input. Runs are bounded and seeded so failures
 * replay (FUZZ_SEED overrides the seed, PROPERTY_RUNS the runs).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { planCapacity } from '../../src/capacity/plan.js';
import { CapacityInputError } from '../../src/capacity/input.js';
import type { BrokerInput, CapacityInput, TopicInput } from '../../src/capacity/input.js';
import { BROKER_PROFILES } from '../../src/capacity/hardware.js';

const RUNS = { numRuns: Number(process.env['PROPERTY_RUNS'] ?? 150), seed: Number(process.env['FUZZ_SEED'] ?? 20261202) };
const DAY = 86_400_000;
const PROFILES = BROKER_PROFILES.map((p) => p.name);

const rate = fc.double({ min: 1e3, max: 2e9, noNaN: true });
const topic: fc.Arbitrary<TopicInput> = fc
  .record({
    avg: rate,
    peakFactor: fc.double({ min: 1, max: 5, noNaN: true }),
    retentionMs: fc.integer({ min: 3_600_000, max: 90 * DAY }),
    retentionBytes: fc.option(fc.double({ min: 1e6, max: 1e12, noNaN: true }), { nil: undefined }),
    partitions: fc.option(fc.integer({ min: 1, max: 5_000 }), { nil: undefined }),
    rf: fc.option(fc.integer({ min: 2, max: 5 }), { nil: undefined }),
    fanout: fc.option(fc.double({ min: 0, max: 8, noNaN: true }), { nil: undefined }),
    compacted: fc.option(fc.record({ keys: fc.integer({ min: 1, max: 1e9 }), recordBytes: fc.integer({ min: 10, max: 1e6 }), ratio: fc.double({ min: 0.05, max: 0.95, noNaN: true }) }), { nil: undefined }),
    localShare: fc.option(fc.double({ min: 0.01, max: 1, noNaN: true }), { nil: undefined }),
  })
  .map((t) => {
    const out: TopicInput = { name: 'x', write: { avgBytesPerSec: t.avg, peakBytesPerSec: t.avg * t.peakFactor } };
    const partitions = t.partitions ?? (t.retentionBytes !== undefined ? 12 : undefined);
    if (partitions !== undefined) out.partitions = partitions;
    if (t.rf !== undefined) out.replicationFactor = t.rf;
    if (t.fanout !== undefined) out.readFanout = t.fanout;
    if (t.compacted) Object.assign(out, { compacted: true, keys: { count: t.compacted.keys, recordBytes: t.compacted.recordBytes }, minCleanableDirtyRatio: t.compacted.ratio });
    else {
      out.retention = t.retentionBytes !== undefined ? { ms: t.retentionMs, bytesPerPartition: t.retentionBytes } : { ms: t.retentionMs };
      if (t.localShare !== undefined) out.localRetentionMs = Math.max(1, Math.floor(t.retentionMs * t.localShare));
    }
    return out;
  });

const validInput: fc.Arbitrary<CapacityInput> = fc
  .record({
    avg: rate,
    peakFactor: fc.double({ min: 1, max: 5, noNaN: true }),
    retentionMs: fc.integer({ min: 3_600_000, max: 365 * DAY }),
    retentionBytes: fc.option(fc.double({ min: 1e6, max: 5e12, noNaN: true }), { nil: undefined }),
    bytesOnly: fc.boolean(),
    topics: fc.option(fc.array(topic, { minLength: 1, maxLength: 6 }), { nil: undefined }),
    alsoAggregate: fc.boolean(),
    rf: fc.integer({ min: 1, max: 5 }),
    fanout: fc.double({ min: 0, max: 10, noNaN: true }),
    lagReadShare: fc.double({ min: 0, max: 1, noNaN: true }),
    partitions: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined }),
    compressionRatio: fc.double({ min: 0.1, max: 1, noNaN: true }),
    hardware: fc.oneof(
      fc.record({ disk: fc.double({ min: 1e11, max: 3e13, noNaN: true }), nicBits: fc.double({ min: 1e9, max: 1e11, noNaN: true }), diskThroughput: fc.double({ min: 1e8, max: 5e9, noNaN: true }), maxPartitions: fc.integer({ min: 10, max: 10_000 }), cores: fc.option(fc.integer({ min: 2, max: 96 }), { nil: undefined }), memory: fc.option(fc.double({ min: 4 * 2 ** 30, max: 1024 * 2 ** 30, noNaN: true }), { nil: undefined }) }),
      fc.constantFrom(...PROFILES),
    ),
    racks: fc.integer({ min: 1, max: 4 }),
    failures: fc.oneof(fc.record({ brokers: fc.integer({ min: 0, max: 2 }) }), fc.record({ zones: fc.integer({ min: 1, max: 2 }) })),
    tieredShare: fc.option(fc.double({ min: 0.01, max: 1, noNaN: true }), { nil: undefined }),
    recoveryHours: fc.option(fc.double({ min: 0.5, max: 240, noNaN: true }), { nil: undefined }),
    catchUp: fc.option(fc.record({ backlogH: fc.double({ min: 0.1, max: 48, noNaN: true }), withinMin: fc.double({ min: 1, max: 600, noNaN: true }), groups: fc.integer({ min: 1, max: 4 }) }), { nil: undefined }),
    growth: fc.option(fc.record({ monthlyRate: fc.double({ min: 0, max: 10, noNaN: true }), horizonMonths: fc.integer({ min: 1, max: 600 }) }), { nil: undefined }),
    followerFetching: fc.boolean(),
  })
  .map((v) => {
    const rf = v.rf;
    const input: CapacityInput = {
      compressionRatio: v.compressionRatio,
      readFanout: v.fanout,
      lagReadShare: v.lagReadShare,
      replicationFactor: rf,
      racks: v.racks,
      followerFetching: v.followerFetching,
      broker: typeof v.hardware === 'string' ? v.hardware : { diskBytes: v.hardware.disk, nicBitsPerSec: v.hardware.nicBits, diskThroughputBytesPerSec: v.hardware.diskThroughput, maxPartitions: Math.max(v.hardware.maxPartitions, 5), ...(v.hardware.cores ? { cores: v.hardware.cores } : {}), ...(v.hardware.memory ? { memoryBytes: v.hardware.memory } : {}) },
    };
    const minRF = Math.min(rf, ...(v.topics ?? []).map((t) => t.replicationFactor ?? rf));
    if ('zones' in v.failures) {
      const z = Math.min(v.failures.zones, v.racks - 1, minRF - 1);
      input.tolerate = z > 0 ? { zoneFailures: z } : { brokerFailures: 0 };
    } else input.tolerate = { brokerFailures: Math.min(v.failures.brokers, minRF - 1) };
    if (!v.topics || v.alsoAggregate) {
      input.write = { avgBytesPerSec: v.avg, peakBytesPerSec: v.avg * v.peakFactor };
      input.retention = v.retentionBytes === undefined ? { ms: v.retentionMs } : v.bytesOnly ? { bytesPerPartition: v.retentionBytes } : { ms: v.retentionMs, bytesPerPartition: v.retentionBytes };
      input.partitions = v.partitions ?? 100;
      if (v.tieredShare !== undefined && input.retention.ms !== undefined) input.tiered = { localRetentionMs: Math.max(1, Math.floor(v.retentionMs * v.tieredShare)) };
    }
    if (v.topics) input.topics = v.topics.map((t, i) => ({ ...t, name: `topic-${i}` }));
    if (v.recoveryHours !== undefined) input.recovery = { within: v.recoveryHours * 3_600_000 };
    if (v.catchUp) input.catchUp = { backlog: v.catchUp.backlogH * 3_600_000, within: v.catchUp.withinMin * 60_000, groups: v.catchUp.groups };
    if (v.growth) input.growth = v.growth;
    return input;
  });

/** Candidates beside a valid input: a few profiles to choose from instead of one broker. */
const withCandidates: fc.Arbitrary<CapacityInput> = fc.tuple(validInput, fc.uniqueArray(fc.constantFrom(...PROFILES), { minLength: 1, maxLength: 4 })).map(([input, candidates]) => ({ ...input, broker: undefined, candidates }));

/** The broker count, or Infinity when the plan is refused for needing more than 10,000 brokers. */
function brokers(input: CapacityInput): number {
  try {
    return planCapacity(input).brokers;
  } catch (e) {
    if (e instanceof CapacityInputError && /more than the 10,000 this planner sizes/.test(e.message)) return Infinity;
    throw e;
  }
}

/** Every number reachable in `value` that is not finite or is negative, with its path. */
function badNumbers(value: unknown, path: string, out: string[]): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) out.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => badNumbers(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) badNumbers(v, `${path}.${k}`, out);
  return out;
}

/** Median wall time of `n` calls, ms, after one warm-up call. */
function medianMs(run: () => unknown, n: number): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[n >> 1]!;
}

const scaleWrite = <T extends { write?: CapacityInput['write'] }>(x: T, k: number): T => {
  const w = x.write as { avgBytesPerSec: number; peakBytesPerSec: number } | undefined;
  return w ? { ...x, write: { avgBytesPerSec: w.avgBytesPerSec * k, peakBytesPerSec: w.peakBytesPerSec * k } } : x;
};
const scaleRetention = <T extends { retention?: CapacityInput['retention'] }>(x: T, k: number): T => {
  const r = x.retention as { ms?: number; bytesPerPartition?: number } | undefined;
  if (!r) return x;
  return { ...x, retention: { ...(r.ms !== undefined ? { ms: Math.round(r.ms * k) } : {}), ...(r.bytesPerPartition !== undefined ? { bytesPerPartition: r.bytesPerPartition * k } : {}) } };
};
const factor = fc.double({ min: 1, max: 10, noNaN: true });

describe('acceptance: for any valid input', () => {
  it('every figure of the plan is finite and not negative, or the plan is refused naming a constraint beyond 10,000 brokers', () => {
    fc.assert(
      fc.property(fc.oneof(validInput, withCandidates), (input) => {
        let plan;
        try {
          plan = planCapacity(input);
        } catch (e) {
          expect(e).toBeInstanceOf(CapacityInputError);
          expect((e as CapacityInputError).issues.map((i) => i.message).join('\n')).toMatch(/would need .* more than the 10,000 this planner sizes|none fits: .*more than the 10,000/);
          return;
        }
        expect(badNumbers(plan, 'plan', [])).toEqual([]);
        expect(JSON.stringify(plan)).not.toMatch(/NaN|Infinity/);
        expect(Number.isInteger(plan.brokers) && plan.brokers >= 1 && plan.brokers <= 10_000).toBe(true);
        expect(plan.brokers % plan.input.racks).toBe(0);
        for (const c of plan.constraints) expect(c.brokersNeeded).toBeLessThanOrEqual(plan.brokers);
        expect(plan.partitions.suggested % plan.brokers).toBe(0);
        expect(plan.explanation.join(' ')).not.toMatch(/-\d+%|NaN|Infinity|undefined/);
      }),
      RUNS,
    );
  });

  it('the answer comes in under 50 ms (median of 5 calls; once more, of 9, after a load spike)', () => {
    let slowest = 0;
    fc.assert(
      fc.property(fc.oneof(validInput, withCandidates), (input) => {
        // The machine is shared: a median over 50 ms is measured again before it counts.
        let ms = medianMs(() => brokers(input), 5);
        if (ms >= 50) ms = medianMs(() => brokers(input), 9);
        slowest = Math.max(slowest, ms);
        expect(ms).toBeLessThan(50);
      }),
      { ...RUNS, numRuns: Math.ceil(RUNS.numRuns / 3) },
    );
    console.log(`planCapacity: slowest median ${slowest.toFixed(2)} ms`);
  });
});

describe('acceptance: the broker count is monotone (one broker type; candidates pick by cost)', () => {
  it('more traffic never needs fewer brokers', () => {
    fc.assert(
      fc.property(validInput, factor, (input, k) => {
        const more: CapacityInput = { ...scaleWrite(input, k), ...(input.topics ? { topics: input.topics.map((t) => scaleWrite(t, k)) } : {}) };
        expect(brokers(more)).toBeGreaterThanOrEqual(brokers(input));
      }),
      RUNS,
    );
  });

  it('more retention never needs fewer brokers', () => {
    fc.assert(
      fc.property(validInput, factor, (input, k) => {
        const more: CapacityInput = { ...scaleRetention(input, k), ...(input.topics ? { topics: input.topics.map((t) => scaleRetention(t, k)) } : {}) };
        expect(brokers(more)).toBeGreaterThanOrEqual(brokers(input));
      }),
      RUNS,
    );
  });

  it('a higher replication factor never needs fewer brokers', () => {
    fc.assert(
      fc.property(validInput, fc.integer({ min: 1, max: 3 }), (input, extra) => {
        const more: CapacityInput = { ...input, replicationFactor: input.replicationFactor + extra, ...(input.topics ? { topics: input.topics.map((t) => (t.replicationFactor ? { ...t, replicationFactor: t.replicationFactor + extra } : t)) } : {}) };
        const limit = typeof input.broker === 'object' ? (input.broker.maxPartitions ?? 4000) : (BROKER_PROFILES.find((p) => p.name === input.broker)!.maxPartitions ?? 4000);
        fc.pre(Math.max(more.replicationFactor, ...(more.topics ?? []).map((t) => t.replicationFactor ?? 0)) <= limit);
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

  it('more disk per broker never needs more brokers', () => {
    fc.assert(
      fc.property(validInput, factor, (input, k) => {
        fc.pre(typeof input.broker === 'object');
        const broker = input.broker as BrokerInput;
        expect(brokers({ ...input, broker: { ...broker, diskBytes: (broker.diskBytes as number) * k } })).toBeLessThanOrEqual(brokers(input));
      }),
      RUNS,
    );
  });
});

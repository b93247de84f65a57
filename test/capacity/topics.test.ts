/**
 * Per-topic workloads: each topic's partitions, retention.bytes and share of disk and network,
 * and compacted topics sized from their key space. Expected figures are worked by hand in the
 * comments (docs/capacity.md, "Per-topic workloads", has the same example).
 */
import { describe, it, expect } from 'vitest';
import { planCapacity } from '../../src/capacity/plan.js';
import type { CapacityInput } from '../../src/capacity/input.js';
import { issuesOf } from './support.js';


const threeTopics: CapacityInput = {
  topics: [
    { name: 'orders', write: { avgBytesPerSec: '50 MB/s', peakBytesPerSec: '100 MB/s' }, retention: { ms: '7d' }, partitions: 60, readFanout: 2 },
    { name: 'logs', write: { avgBytesPerSec: '100 MB/s', peakBytesPerSec: '100 MB/s' }, retention: { ms: '1d' }, replicationFactor: 2, partitions: 24 },
    { name: 'users', write: { avgBytesPerSec: '1 MB/s', peakBytesPerSec: '1 MB/s' }, compacted: true, keys: { count: 10_000_000, recordBytes: '1 kB' }, partitions: 12 },
  ],
  replicationFactor: 3,
  readFanout: 1,
  tolerate: { brokerFailures: 0 },
  broker: { diskBytes: '8 TB', nicBitsPerSec: '10 Gbit/s' },
};

describe('per-topic workloads', () => {
  const plan = planCapacity(threeTopics);
  const topic = (name: string) => plan.topics!.find((t) => t.name === name)!;

  it('sums the topics: 118.9 TB on disks of 5.6 TB usable needs 22 brokers', () => {
    // orders 50 MB/s × 7 d = 30.24 TB + 10% = 33.26 TB × RF 3 = 99.79 TB;
    // logs 100 MB/s × 1 d = 8.64 TB + 10% = 9.50 TB × RF 2 = 19.01 TB;
    // users 10 M keys × 1 kB ÷ (1 − 0.5) = 20 GB + index and 12 segments of 1 GiB = 32.98 GB × 3 = 98.9 GB.
    expect(plan.storage.totalLocal).toBeCloseTo(99.792e12 + 19.008e12 + 98.944e9, -9);
    expect(plan.brokers).toBe(22);
    expect(plan.binding).toBe('disk-capacity');
    expect(plan.constraints.find((c) => c.name === 'network-in')!.demand).toBe(503e6);
    expect(plan.constraints.find((c) => c.name === 'network-out')!.demand).toBe(603e6);
    expect(plan.constraints.find((c) => c.name === 'partitions')!.demand).toBe(60 * 3 + 24 * 2 + 12 * 3);
  });

  it('reports each topic: partitions kept, a multiple suggested, shares of disk and network', () => {
    expect(topic('orders')).toMatchObject({ partitions: 60, partitionBasis: 'input', suggestedPartitions: 66, replicationFactor: 3 });
    expect(topic('orders').storedBytes).toBeCloseTo(99.792e12, -6);
    expect(topic('orders').diskShare).toBeCloseTo(99.792 / 118.899, 3);
    // orders moves 300 MB/s in and 400 MB/s out of 1,106 MB/s.
    expect(topic('orders').networkBytesPerSec).toBe(700e6);
    expect(topic('orders').networkShare).toBeCloseTo(700 / 1106, 9);
    expect(topic('logs')).toMatchObject({ partitions: 24, suggestedPartitions: 44, replicationFactor: 2 });
    expect(plan.topics!.reduce((s, t) => s + t.diskShare, 0)).toBeCloseTo(1, 12);
    expect(plan.topics!.reduce((s, t) => s + t.networkShare, 0)).toBeCloseTo(1, 12);
  });

  it('sizes a compacted topic from its key space and counts the cleaner in disk throughput', () => {
    expect(topic('users').compaction).toEqual({ liveBytesPerCopy: 20e9, cleanerBytesPerSec: 12e6 });
    // orders 300 + 50, logs 200 + 25, users 3 + 0.25 + 12 (cleaner: 2 × 1 MB/s × RF 3 ÷ 0.5).
    expect(plan.constraints.find((c) => c.name === 'disk-throughput')!.demand).toBeCloseTo(590.25e6, 0);
    expect(plan.assumptions).toContain('topics.2.minCleanableDirtyRatio = 0.5 (Kafka default min.cleanable.dirty.ratio (log.cleaner.min.cleanable.ratio))');
  });

  it('a compacted topic with a retention too (compact,delete) keeps the smaller of the two', () => {
    const both = planCapacity({ ...threeTopics, topics: [{ name: 'users', write: { avgBytesPerSec: '1 MB/s' }, compacted: true, keys: { count: 10_000_000, recordBytes: '1 kB' }, retention: { ms: '1h' }, partitions: 12 }] });
    expect(both.storage.dataPerCopy).toBe(3.6e9);
  });

  it('one topic plans as the same aggregate write', () => {
    const aggregate = planCapacity({ write: { avgBytesPerSec: '50 MB/s', peakBytesPerSec: '100 MB/s' }, retention: { ms: '7d' }, partitions: 60, readFanout: 2, replicationFactor: 3, racks: 3, broker: { diskBytes: '8 TB' } });
    const oneTopic = planCapacity({ topics: [{ name: 'orders', write: { avgBytesPerSec: '50 MB/s', peakBytesPerSec: '100 MB/s' }, retention: { ms: '7d' }, partitions: 60, readFanout: 2 }], replicationFactor: 3, racks: 3, broker: { diskBytes: '8 TB' } });
    expect(oneTopic.brokers).toBe(aggregate.brokers);
    expect(oneTopic.storage).toEqual(aggregate.storage);
    expect(oneTopic.constraints).toEqual(aggregate.constraints);
  });

  it('the aggregate write beside topics is the traffic of the other topics', () => {
    const mixed = planCapacity({ ...threeTopics, write: { avgBytesPerSec: '10 MB/s' }, retention: { ms: '1d' } });
    expect(mixed.topics!.map((t) => t.name)).toEqual(['(other topics)', 'orders', 'logs', 'users']);
    expect(mixed.input.writeAvg).toBe(161e6);
  });

  it('warns when a compacted partition holds more keys than one cleaner pass', () => {
    const big = planCapacity({ ...threeTopics, topics: [{ name: 'users', write: { avgBytesPerSec: '1 MB/s' }, compacted: true, keys: { count: 60_000_000, recordBytes: '100 B' }, partitions: 6 }] });
    expect(big.warnings.find((w) => w.code === 'compaction-needs-several-passes')?.message).toMatch(/^users: 10,000,000 keys per partition exceed the 5,033,164 one cleaner pass can hold/);
  });

  it('prints a topic table', async () => {
    const { renderPlanText, renderPlanMarkdown } = await import('../../src/capacity/render.js');
    expect(renderPlanText(plan)).toMatch(/orders +60 \(input\) +3 +99\.8 TB \(84%\) +700 MB\/s \(63%\) +66 would be a multiple of the brokers/);
    expect(renderPlanMarkdown(plan)).toContain('| users | 12 (input) | 3 | 98.9 GB (0%) | 6 MB/s (1%) | 22 would be a multiple of the brokers; compacted: 20 GB live per copy, cleaner 12 MB/s |');
  });
});

describe('per-topic input is checked', () => {
  it.each<[string, Partial<CapacityInput>, string, RegExp]>([
    ['neither write nor topics', { topics: undefined }, 'write', /is required \(or give topics\)/],
    ['a name twice', { topics: [{ name: 'a', write: { avgBytesPerSec: 1e6 }, retention: { ms: '1d' } }, { name: 'a', write: { avgBytesPerSec: 1e6 }, retention: { ms: '1d' } }] }, 'topics.1.name', /listed twice/],
    ['a bad topic name', { topics: [{ name: 'a b', write: { avgBytesPerSec: 1e6 }, retention: { ms: '1d' } }] }, 'topics.0.name', /must be a Kafka topic name/],
    ['no retention', { topics: [{ name: 'a', write: { avgBytesPerSec: 1e6 } }] }, 'topics.0.retention', /required unless the topic is compacted/],
    ['compacted without keys', { topics: [{ name: 'a', write: { avgBytesPerSec: 1e6 }, compacted: true }] }, 'topics.0.keys', /required for a compacted topic/],
    ['keys without a record size', { topics: [{ name: 'a', write: { avgBytesPerSec: 1e6 }, compacted: true, keys: { count: 10 } }] }, 'topics.0.keys.recordBytes', /the size of one record/],
    ['keys on a topic that is not compacted', { topics: [{ name: 'a', write: { avgBytesPerSec: 1e6 }, retention: { ms: '1d' }, keys: { count: 10, recordBytes: 100 } }] }, 'topics.0.keys', /add compacted: true/],
    ['a compacted topic tiered', { topics: [{ name: 'a', write: { avgBytesPerSec: 1e6 }, compacted: true, keys: { count: 10, recordBytes: 100 }, localRetentionMs: '1h' }] }, 'topics.0.localRetentionMs', /does not tier compacted topics/],
    ['retention.bytes without partitions', { topics: [{ name: 'a', write: { avgBytesPerSec: 1e6 }, retention: { bytesPerPartition: '1 GB' } }] }, 'topics.0.partitions', /retention.bytes is per partition/],
    ['partitions without the aggregate', { partitions: 10 }, 'partitions', /give partitions per topic/],
    ['a dirty ratio of 1', { topics: [{ name: 'a', write: { avgBytesPerSec: 1e6 }, compacted: true, keys: { count: 10, recordBytes: 100 }, minCleanableDirtyRatio: 1 }] }, 'topics.0.minCleanableDirtyRatio', /above 0 and below 1/],
  ])('%s', (_name, change, path, message) => {
    const issue = issuesOf({ ...threeTopics, ...change }).find((i) => i.path === path);
    expect(issue?.message).toMatch(message);
  });
});

/**
 * The sizing figures of the seed notes (../shared/seeds/README.md), reproduced exactly.
 * Each test names the seed file the figure comes from.
 */
import { describe, it, expect } from 'vitest';
import { planCapacity } from '../../src/capacity/plan.js';
import type { CapacityInput } from '../../src/capacity/input.js';

const DAY_MS = 86_400_000;
const quiet: Omit<CapacityInput, 'write' | 'retention' | 'replicationFactor' | 'broker'> = {
  tolerate: { brokerFailures: 0 },
  racks: 1,
};

describe('seed 004 (notes on Kafka: The Definitive Guide, ch. 2)', () => {
  it('1 TB/day kept 7 days needs 7 TB, plus about 10% overhead', () => {
    const plan = planCapacity({ ...quiet, write: { avgBytesPerSec: '1 TB/d' }, retention: { ms: '7d' }, replicationFactor: 1, partitions: 8, broker: { diskBytes: '2 TB' } });
    expect(plan.storage.dataPerCopy).toBeCloseTo(7e12, -3);
    expect(plan.storage.retainedBytes).toBeCloseTo(7e12, -3);
    expect(plan.storage.overheadPerCopy).toBeCloseTo(0.7e12, -3);
    expect(plan.storage.totalLocal).toBeCloseTo(7.7e12, -3);
  });

  // "10 TB to keep" is the stored total: retained data plus the 10% allowance.
  const tenTerabytes = (replicationFactor: number): CapacityInput => ({
    ...quiet,
    write: { avgBytesPerSec: 10e12 / 1.1 / (7 * DAY_MS / 1000) },
    retention: { ms: '7d' },
    replicationFactor,
    partitions: 10,
    broker: { diskBytes: '2 TB' },
    headroom: { diskFill: 1 },
  });

  it('10 TB to keep at 2 TB per broker needs 5 brokers', () => {
    const plan = planCapacity(tenTerabytes(1));
    expect(plan.storage.totalLocal).toBeCloseTo(10e12, -3);
    expect(plan.brokers).toBe(5);
    expect(plan.binding).toBe('disk-capacity');
  });

  it('... and 10 brokers with replication factor 2', () => {
    const plan = planCapacity(tenTerabytes(2));
    expect(plan.storage.totalLocal).toBeCloseTo(20e12, -3);
    expect(plan.brokers).toBe(10);
    expect(plan.binding).toBe('disk-capacity');
  });

  it('num.recovery.threads.per.data.dir is per directory: 8 threads × 3 dirs = 24', () => {
    const plan = planCapacity({ ...quiet, write: { avgBytesPerSec: '10 MB/s' }, retention: { ms: '7d' }, replicationFactor: 3, broker: { diskBytes: '4 TB', logDirs: 3, recoveryThreadsPerDataDir: 8 } });
    expect(plan.threads.recovery).toEqual({ perDataDir: 8, logDirs: 3, total: 24 });
  });

  it('retention.bytes is per partition: 1 GB on 8 partitions is 8 GB for the topic', () => {
    const plan = planCapacity({ ...quiet, write: { avgBytesPerSec: '10 MB/s' }, retention: { bytesPerPartition: '1 GB' }, replicationFactor: 2, partitions: 8, broker: { diskBytes: '4 TB' } });
    expect(plan.partitions.count).toBe(8);
    expect(plan.partitions.retentionBytes).toEqual({ perPartition: 1e9, perCopy: 8e9, worstCasePerCopy: 8 * (1e9 + 2 ** 30), allCopies: 16e9 });
    expect(plan.storage.dataPerCopy).toBe(8e9);
  });

  it('num.partitions: a multiple of the broker count', () => {
    const plan = planCapacity({ write: { avgBytesPerSec: '300 MB/s' }, retention: { ms: '3d' }, replicationFactor: 3, partitions: 50, racks: 3, broker: { diskBytes: '10 TB', nicBitsPerSec: '10 Gbit/s' } });
    expect(plan.partitions.count).toBe(50);
    expect(plan.partitions.suggested % plan.brokers).toBe(0);
    expect(plan.partitions.suggested).toBeGreaterThanOrEqual(50);
  });
});

describe('seed 002 (Kafka overview): the broker heap never goes above 5 GB', () => {
  it.each([
    ['8 GiB', 2 * 2 ** 30, '-Xms2g -Xmx2g'],
    ['16 GiB', 4 * 2 ** 30, '-Xms4g -Xmx4g'],
    ['64 GiB', 5 * 2 ** 30, '-Xms5g -Xmx5g'],
    ['512 GiB', 5 * 2 ** 30, '-Xms5g -Xmx5g'],
  ])('RAM %s gives a heap of %d bytes (%s)', (memoryBytes, heap, flags) => {
    const plan = planCapacity({ ...quiet, write: { avgBytesPerSec: '10 MB/s' }, retention: { ms: '1d' }, replicationFactor: 3, broker: { diskBytes: '4 TB', memoryBytes } });
    expect(plan.memory.heapBytes).toBe(heap);
    expect(plan.memory.jvmOptions).toBe(flags);
  });
});

describe('seed 001 (Docker Compose): ZooKeeper throughput by ensemble size', () => {
  const zk = (requestsPerSec: number) =>
    planCapacity({ write: { avgBytesPerSec: '10 MB/s' }, retention: { ms: '1d' }, replicationFactor: 3, broker: { diskBytes: '4 TB' }, metadata: { mode: 'zookeeper', requestsPerSec } });
  it('3 servers handle about 80,000 requests/s', () => {
    expect(zk(50_000).quorum).toMatchObject({ mode: 'zookeeper', servers: 3, approxRequestsPerSec: 80_000 });
  });
  it('5 servers handle about 140,000 requests/s', () => {
    expect(zk(100_000).quorum).toMatchObject({ servers: 5, approxRequestsPerSec: 140_000 });
  });
  it('beyond that, more servers would slow writes: a warning, not 7 servers', () => {
    const plan = zk(200_000);
    expect(plan.quorum.servers).toBe(5);
    expect(plan.warnings.map((w) => w.code)).toContain('zookeeper-throughput');
  });
});

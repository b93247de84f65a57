/**
 * KRaft controllers: how many, the memory for the metadata of N partitions, and the partition
 * ceiling of a KRaft cluster.
 */
import { describe, it, expect } from 'vitest';
import { planCapacity } from '../../src/capacity/plan.js';
import type { CapacityInput } from '../../src/capacity/input.js';

const GiB = 2 ** 30;
const input = (over: Partial<CapacityInput>): CapacityInput => ({ write: { avgBytesPerSec: '10 MB/s' }, retention: { ms: '1d' }, replicationFactor: 3, broker: { diskBytes: '4 TB', maxPartitions: 1_000_000 }, ...over });

describe('KRaft controllers', () => {
  it('3 survive one failure; 5 above 30 brokers or for two failures', () => {
    expect(planCapacity(input({ partitions: 120 })).quorum).toMatchObject({ mode: 'kraft', servers: 3, toleratesFailures: 1 });
    expect(planCapacity(input({ partitions: 120, tolerate: { brokerFailures: 2 } })).quorum.servers).toBe(5);
    const large = planCapacity(input({ partitions: 120, write: { avgBytesPerSec: '10 GB/s' }, retention: { ms: '1h' } }));
    expect(large.brokers).toBeGreaterThan(30);
    expect(large.quorum.servers).toBe(5);
  });

  it('memory for the metadata of N partitions: 1 KiB a partition, doubled, at least a 1 GiB heap and 4 GiB of RAM', () => {
    expect(planCapacity(input({ partitions: 120 })).quorum.controllerMemory).toEqual({ partitions: 120, heapBytes: GiB, jvmOptions: '-Xms1g -Xmx1g', memoryBytes: 4 * GiB });
    // 2,000,000 partitions × 2 KiB = 3.8 GiB: a 4 GiB heap and 6 GiB of RAM.
    expect(planCapacity(input({ partitions: 2_000_000, replicationFactor: 1 })).quorum.controllerMemory).toEqual({ partitions: 2_000_000, heapBytes: 4 * GiB, jvmOptions: '-Xms4g -Xmx4g', memoryBytes: 6 * GiB });
  });

  it('the partition ceiling: 2,000,000 on KRaft, 200,000 in ZooKeeper mode, with a warning beyond', () => {
    expect(planCapacity(input({ partitions: 120 })).quorum.partitionCeiling.partitions).toBe(2_000_000);
    expect(planCapacity(input({ partitions: 120, metadata: { mode: 'zookeeper' } })).quorum.partitionCeiling.partitions).toBe(200_000);
    const over = planCapacity(input({ partitions: 2_500_000, replicationFactor: 1 }));
    expect(over.warnings.find((w) => w.code === 'partitions-beyond-kraft-tested')?.message).toMatch(/^2,500,000 partitions are more than the 2,000,000 a KRaft cluster has been shown to run/);
    expect(planCapacity(input({ partitions: 2_000_000, replicationFactor: 1 })).warnings.map((w) => w.code)).not.toContain('partitions-beyond-kraft-tested');
  });
});

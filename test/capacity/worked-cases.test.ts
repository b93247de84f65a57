/**
 * Worked cases from the public sizing methods surveyed in
 * ../shared/reference/capacity-anchors.md (A1 to A16). Each test names the method and
 * the anchor its expected figure comes from; the figure is computed by that method's own
 * formula, and the planner must agree (or, for a known defect, must not repeat it).
 */
import { describe, it, expect } from 'vitest';
import { planCapacity } from '../../src/capacity/plan.js';
import type { BrokerInput, CapacityInput } from '../../src/capacity/input.js';
import type { ConstraintName } from '../../src/capacity/model.js';

/** One constraint isolated: no failures, one rack, a large disk, no overhead allowance. */
function input(over: Partial<CapacityInput>): CapacityInput {
  return {
    write: { avgBytesPerSec: '10 MB/s' },
    retention: { ms: '1d' },
    replicationFactor: 1,
    tolerate: { brokerFailures: 0 },
    racks: 1,
    ...over,
    broker: { diskBytes: '1 PB', nicBitsPerSec: '100 Gbit/s', diskThroughputBytesPerSec: '100 GB/s', ...(over.broker as BrokerInput) },
  };
}
const c = (plan: ReturnType<typeof planCapacity>, name: ConstraintName) => plan.constraints.find((x) => x.name === name)!;

describe('A1 Apache Kafka documentation (ops.html, config docs)', () => {
  it('KD-1: page cache for 30 s of writes: 50 MB/s × RF 3 over 3 brokers × 30 s = 1.5 GB per broker', () => {
    const plan = planCapacity(input({ write: { avgBytesPerSec: '50 MB/s' }, replicationFactor: 3 }));
    expect(plan.brokers).toBe(3);
    expect(plan.memory.pageCacheBytes).toBeCloseTo(1.5e9, 0);
  });

  it('KD-2: open files = segments × files per segment + connections, at least 100,000', () => {
    // 999 partitions × RF 3 on 3 brokers: 999 replicas each; each under one segment of data,
    // kept 7 d and rolled every 7 d: one closed segment plus the active one.
    const plan = planCapacity(input({ write: { avgBytesPerSec: '1 MB/s' }, partitions: 999, replicationFactor: 3, retention: { ms: '7d' }, broker: { diskBytes: '1 PB', connections: 100_000 } }));
    expect(plan.osLimits.partitionReplicasPerBroker).toBe(999);
    expect(plan.osLimits.segmentsPerBroker).toBe(1998);
    expect(plan.osLimits.openFiles).toBe(1998 * 3 + 100_000);
    const small = planCapacity(input({ partitions: 10 }));
    expect(small.osLimits.openFiles).toBe(100_000);
  });

  it('KD-3: vm.max_map_count: each segment maps 2 areas, so 50,000 partitions pass the ~65,530 default', () => {
    const plan = planCapacity(input({ partitions: 50_000, broker: { diskBytes: '1 PB', maxPartitions: 50_000 } }));
    expect(plan.brokers).toBe(1);
    // The docs' minimum is 100,000 areas for single-segment partitions; we count the active
    // segment and the one awaiting deletion, and keep 50% headroom.
    expect(plan.osLimits.segmentsPerBroker).toBe(100_000);
    expect(plan.osLimits.vmMaxMapCount).toBe(100_000 * 2 * 1.5);
    expect(plan.osLimits.vmMaxMapCount).toBeGreaterThan(65_530);
  });

  it('KD-4: num.network.threads is one pool per listener: 3 × 2 listeners = 6', () => {
    const plan = planCapacity(input({ broker: { diskBytes: '1 PB', listeners: 2 } }));
    expect(plan.threads.network).toEqual({ perListener: 3, listeners: 2, total: 6 });
    expect(plan.threads.io).toBe(8);
  });

  it('KD-5: retention.bytes is per partition: 100 partitions × 10 GB = 1 TB per copy, 3 TB at RF 3', () => {
    const plan = planCapacity(input({ partitions: 100, replicationFactor: 3, retention: { bytesPerPartition: '10 GB' }, write: { avgBytesPerSec: '100 MB/s' } }));
    expect(plan.brokers).toBe(3);
    expect(plan.partitions.count).toBe(100);
    expect(plan.partitions.suggested).toBe(102);
    expect(plan.partitions.retentionBytes!.perCopy).toBe(100 * 10e9);
    const exact = planCapacity(input({ partitions: 99, replicationFactor: 3, retention: { bytesPerPartition: '10 GB' } }));
    expect(exact.partitions.retentionBytes).toMatchObject({ perCopy: 990e9, allCopies: 2970e9 });
  });

  it('KD-6: KRaft: 3 controllers, or 5 for a large cluster', () => {
    expect(planCapacity(input({})).quorum).toMatchObject({ mode: 'kraft', servers: 3 });
    const large = planCapacity(input({ partitions: 200_000, replicationFactor: 3 }));
    expect(large.brokers).toBeGreaterThan(30);
    expect(large.quorum.servers).toBe(5);
  });
});

describe('A2 Jun Rao (Confluent), partitions >= max(t/p, t/c)', () => {
  it('JR-7: t = 200 MB/s, p = 20 MB/s, c = 50 MB/s gives max(10, 4) = 10 partitions', () => {
    const plan = planCapacity(input({ write: { avgBytesPerSec: '200 MB/s' }, partitionThroughput: { producerBytesPerSec: '20 MB/s', consumerBytesPerSec: '50 MB/s' } }));
    expect(plan.partitions.count).toBe(10);
    expect(plan.partitions.basis).toBe('throughput');
  });
  it('JR-8: about 4,000 partition replicas per broker: 10,000 partitions at RF 2 need 5 brokers', () => {
    const plan = planCapacity(input({ partitions: 10_000, replicationFactor: 2 }));
    expect(c(plan, 'partitions').brokersNeeded).toBe(5);
    expect(plan.binding).toBe('partitions');
  });
});

describe('A13 Cloudera sizing page', () => {
  it('CL-9: 1,000 MB/s with 50 MB/s per consumer gives 20 partitions', () => {
    const plan = planCapacity(input({ write: { avgBytesPerSec: '1000 MB/s' }, partitionThroughput: { producerBytesPerSec: '100 MB/s', consumerBytesPerSec: '50 MB/s' } }));
    expect(plan.partitions.count).toBe(20);
  });
  it('CL-10: cache window = M / (W × R): 32 GB at 50 MB/s holds 640 s (about 10 min)', () => {
    const ram = 32e9 + 5 * 2 ** 30 + 2 * 2 ** 30; // 32 GB free after a 5 GiB heap and the 2 GiB OS reserve
    const plan = planCapacity(input({ write: { avgBytesPerSec: '50 MB/s' }, broker: { diskBytes: '1 PB', memoryBytes: ram } }));
    expect(plan.memory.cacheWindowSeconds).toBeCloseTo(640, 6);
  });
});

describe('A4 Pere Urbon, Kafka Cluster Sizing Calculator', () => {
  it('PU-11: storage = size × msgs/day × days × RF: 1 kB × 864 M/day × 3 d × 3 = 7.776 TB', () => {
    const plan = planCapacity(input({ write: { messagesPerSec: 10_000, messageBytes: '1 kB' }, retention: { ms: '3d' }, replicationFactor: 3 }));
    expect(plan.storage.retainedBytes).toBeCloseTo(7.776e12, -3);
  });
  it('PU-12: nodes by disk = max(ceil(storage / (disk × fill)), RF): 7.776 TB on 1 TB at 80% gives 10', () => {
    const plan = planCapacity(input({ write: { messagesPerSec: 10_000, messageBytes: '1 kB' }, retention: { ms: '3d' }, replicationFactor: 3, storageOverhead: 0, headroom: { diskFill: 0.8 }, broker: { diskBytes: '1 TB' } }));
    expect(c(plan, 'disk-capacity').brokersNeeded).toBe(10);
  });
  it('PU-13 (defect): a 1 Gb/s NIC is 125 MB/s, not 1,024 MB/s: 100 MB/s × 3 subscribers needs 3 brokers, not 1', () => {
    const plan = planCapacity(input({ write: { avgBytesPerSec: '100 MB/s' }, readFanout: 3, headroom: { network: 1 }, broker: { diskBytes: '1 PB', nicBitsPerSec: '1 Gbit/s' } }));
    expect(c(plan, 'network-out').demand).toBe(300e6);
    expect(c(plan, 'network-out').brokersNeeded).toBe(3);
    expect(plan.warnings.map((w) => w.code)).toContain('slow-nic-limits');
  });
  it('PU-14 (defect): disk fill defaults to 70%, not 100%', () => {
    const plan = planCapacity(input({ broker: { diskBytes: '1 TB' } }));
    expect(c(plan, 'disk-capacity').capacityPerBroker).toBe(0.7e12);
  });
});

describe('A5 AWS MSK best practices and msk_sizing.py', () => {
  it('MSK-15: 6,000 partitions × RF 3 at 4,000 per broker needs 5, rounded to 6 for 3 AZs', () => {
    const plan = planCapacity(input({ partitions: 6000, replicationFactor: 3, racks: 3 }));
    expect(c(plan, 'partitions').brokersNeeded).toBe(5);
    expect(plan.brokers).toBe(6);
    expect(plan.partitions.count).toBe(6000);
    expect(plan.explanation.join(' ')).toMatch(/multiple of 3 racks/);
  });
  it('MSK-16: one AZ down: fan-out demand × Z/(Z−1) = 1.5, so 4 brokers of traffic need 6', () => {
    const plan = planCapacity(input({ write: { avgBytesPerSec: '125 MB/s' }, retention: { ms: '1h' }, readFanout: 3, replicationFactor: 2, racks: 3, tolerate: { zoneFailures: 1 }, headroom: { network: 1 }, broker: { diskBytes: '1 PB', nicBitsPerSec: '1 Gbit/s' } }));
    expect(c(plan, 'network-out').brokersNeeded).toBe(4);
    expect(c(plan, 'failure-headroom').brokersNeeded).toBe(6);
    expect(plan.brokers).toBe(6);
    expect(plan.binding).toBe('failure-headroom');
  });
  it('MSK-17: min.insync.replicas must be at most RF − 1', () => {
    const plan = planCapacity(input({ replicationFactor: 3, minInsyncReplicas: 3 }));
    expect(plan.warnings.find((w) => w.code === 'min-isr-equals-rf')?.message).toMatch(/Use 2\./);
  });
  it('MSK-18: on larger brokers num.io.threads = vCPU and num.network.threads = vCPU / 2 (16 → 16 / 8)', () => {
    const plan = planCapacity(input({ broker: { diskBytes: '1 PB', cores: 16 } }));
    expect(plan.threads.io).toBe(16);
    expect(plan.threads.network.perListener).toBe(8);
  });
});

describe('A6 AWS Big Data blog, Equation 1', () => {
  it('EQ1-19: storage throughput × B / r: 3 brokers, RF 3, 1,000 MB/s disks at 80% sustain 800 MB/s', () => {
    const at = (rate: string) =>
      planCapacity(input({ write: { avgBytesPerSec: rate }, replicationFactor: 3, readFanout: 2, lagReadShare: 0, headroom: { diskThroughput: 0.8 }, broker: { diskBytes: '1 PB', diskThroughputBytesPerSec: '1000 MB/s' } }));
    expect(c(at('800 MB/s'), 'disk-throughput').brokersNeeded).toBe(3);
    expect(c(at('801 MB/s'), 'disk-throughput').brokersNeeded).toBe(4);
  });
  it('EQ1-20: network × B / (C + r − 1): 10 Gbit/s, 3 brokers, RF 3, 2 groups sustain 937.5 MB/s', () => {
    const at = (rate: string) =>
      planCapacity(input({ write: { avgBytesPerSec: rate }, replicationFactor: 3, readFanout: 2, headroom: { network: 1 }, broker: { diskBytes: '1 PB', nicBitsPerSec: '10 Gbit/s' } }));
    expect(c(at('937.5 MB/s'), 'network-out').brokersNeeded).toBe(3);
    expect(c(at('938 MB/s'), 'network-out').brokersNeeded).toBe(4);
  });
});

describe('A7 Google Cloud Managed Service for Apache Kafka, "Plan cluster size"', () => {
  it('G-21: 100 MB/s in, 2 groups, RF 3: write 300 + read 400 / 4 = 400 MB/s; / 20 MB/s / 50% = 40 vCPU', () => {
    const plan = planCapacity(input({ write: { avgBytesPerSec: '100 MB/s' }, readFanout: 2, replicationFactor: 3, headroom: { cpu: 0.5 }, broker: { diskBytes: '1 PB', cores: 8 } }));
    const cpu = c(plan, 'cpu');
    expect(cpu.demand).toBe(400e6);
    expect(cpu.brokersNeeded * 8).toBe(40);
  });
});

describe('A8 Netflix service-capacity-modeling (Kafka)', () => {
  it('NF-22: network = max(W × RF, R + W × (RF − 1)) with 1/1.4 kept free: 100 MB/s, RF 3, 200 MB/s read', () => {
    const plan = planCapacity(input({ write: { avgBytesPerSec: '100 MB/s' }, readFanout: 2, replicationFactor: 3, headroom: { network: 1 / 1.4 }, broker: { diskBytes: '1 PB', nicBitsPerSec: '10 Gbit/s' } }));
    expect(c(plan, 'network-in').demand).toBe(300e6);
    expect(c(plan, 'network-out').demand).toBe(400e6);
    expect(c(plan, 'network-out').capacityPerBroker).toBeCloseTo(1.25e9 / 1.4, 3);
  });
});

describe('A9 LinkedIn Cruise Control', () => {
  it('CC-23: add ceil((load − capacity × 0.8) / (broker × 0.8)): 900 MB/s in on 6 × 125 MB/s brokers adds 3, so 9', () => {
    const plan = planCapacity(input({ write: { avgBytesPerSec: '300 MB/s' }, replicationFactor: 3, headroom: { network: 0.8 }, broker: { diskBytes: '1 PB', nicBitsPerSec: '1 Gbit/s' } }));
    expect(c(plan, 'network-in').demand).toBe(900e6);
    expect(c(plan, 'network-in').brokersNeeded).toBe(6 + 3);
  });
});

describe('A10 Red Hat AMQ Streams calculator and Strimzi', () => {
  it('AMQ-24: ZooKeeper nodes = 3 + 2 × extra tolerance: 3 for one failure, 5 for two', () => {
    const zk = (brokerFailures: number) => planCapacity(input({ replicationFactor: 3, metadata: { mode: 'zookeeper' }, tolerate: { brokerFailures } })).quorum.servers;
    expect(zk(1)).toBe(3);
    expect(zk(2)).toBe(5);
  });
  it('ST-25: Strimzi caps the heap at 5 GiB; we also cap it at 25% of RAM (kcpilot)', () => {
    const heap = (memoryBytes: string) => planCapacity(input({ broker: { diskBytes: '1 PB', memoryBytes } })).memory.heapBytes;
    expect(heap('64 GiB')).toBe(5 * 2 ** 30);
    expect(heap('8 GiB')).toBe(2 * 2 ** 30);
  });
});

describe('A11 Redpanda sizing docs', () => {
  it('RP-26: 75 MB/s at RF 3 is 75 in + 150 replication, and 75 out + 150 replication', () => {
    const plan = planCapacity(input({ write: { avgBytesPerSec: '75 MB/s' }, replicationFactor: 3 }));
    expect(c(plan, 'network-in').demand).toBe(225e6);
    expect(c(plan, 'network-out').demand).toBe(225e6);
  });
  it('RP-27: tiered storage adds about one consumer of bandwidth', () => {
    const local = planCapacity(input({ write: { avgBytesPerSec: '75 MB/s' }, replicationFactor: 3, retention: { ms: '30d' } }));
    const tiered = planCapacity(input({ write: { avgBytesPerSec: '75 MB/s' }, replicationFactor: 3, retention: { ms: '30d' }, tiered: { localRetentionMs: '1d' } }));
    expect(c(tiered, 'network-out').demand - c(local, 'network-out').demand).toBe(75e6);
    expect(tiered.storage.remote).toBeCloseTo(75e6 * 30 * 86_400, -3);
    expect(tiered.storage.dataPerCopy).toBeCloseTo(75e6 * 86_400, -3);
  });
});

describe('A12 AKalculator (2minutestreaming)', () => {
  it('AK-28: 25% of reads are historical: 100 MB/s, RF 3, 4 groups → 300 written + 100 read from disk', () => {
    const plan = planCapacity(input({ write: { avgBytesPerSec: '100 MB/s' }, replicationFactor: 3, readFanout: 4 }));
    expect(c(plan, 'disk-throughput').demand).toBe(400e6);
  });
});

describe('A15 community rules, and their defects', () => {
  it('AX-29 (AxonOps defect): partitions per broker count replicas: 6,000 × RF 3 / 4,000 is 5 brokers, not 2', () => {
    const plan = planCapacity(input({ partitions: 6000, replicationFactor: 3 }));
    expect(c(plan, 'partitions').demand).toBe(18_000);
    expect(c(plan, 'partitions').brokersNeeded).toBe(5);
  });
  it('AR-30 (arika.dev defect): 259.2 brokers is 260, never 259', () => {
    const plan = planCapacity(input({ write: { avgBytesPerSec: '324000 MB/s' }, headroom: { network: 1 }, broker: { diskBytes: '1 PB', nicBitsPerSec: '10 Gbit/s', diskThroughputBytesPerSec: '10 TB/s' } }));
    expect(c(plan, 'network-in').demand / c(plan, 'network-in').capacityPerBroker).toBeCloseTo(259.2, 9);
    expect(plan.brokers).toBe(260);
  });
});

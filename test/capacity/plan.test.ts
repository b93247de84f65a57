import { describe, it, expect } from 'vitest';
import { planCapacity } from '../../src/capacity/plan.js';
import type { CapacityInput } from '../../src/capacity/input.js';
import { renderPlanMarkdown, renderPlanText } from '../../src/capacity/render.js';
import { issuesOf } from './support.js';

const base: CapacityInput = {
  write: { avgBytesPerSec: '50 MB/s', peakBytesPerSec: '150 MB/s' },
  readFanout: 3,
  retention: { ms: '7d' },
  replicationFactor: 3,
  minInsyncReplicas: 2,
  partitions: 120,
  broker: { diskBytes: '8 TB', nicBitsPerSec: '10 Gbit/s', cores: 16, memoryBytes: '64 GiB', logDirs: 2 },
  racks: 3,
};


describe('invalid input throws one CapacityInputError listing every bad field', () => {
  it('lists each field with what is allowed', () => {
    const issues = issuesOf({ write: { avgBytesPerSec: '50 mb/s' }, retention: { ms: '7m' }, replicationFactor: 0, broker: { diskBytes: 'big', nicBitsPerSec: '1 Gb/s' }, racks: 1.5, extra: 1 });
    expect(issues).toEqual([
      { path: 'write.avgBytesPerSec', message: '"50 mb/s": "mb" could be bits or bytes: write MB for bytes or Mbit for bits' },
      { path: 'retention.ms', message: '"7m": "m" could be minutes or months: write min for minutes, or a number of days (d)' },
      { path: 'replicationFactor', message: 'must be at least 1' },
      { path: 'broker.diskBytes', message: expect.stringMatching(/^"big" is not a number followed by a unit; write e\.g\. "2 TiB"/) as unknown as string },
      { path: 'broker.nicBitsPerSec', message: '"1 Gb/s": "Gb" could be bits or bytes: write GB for bytes or Gbit for bits' },
      { path: 'racks', message: 'must be a whole number of at least 1' },
      { path: '', message: expect.stringMatching(/^unknown field "extra"; allowed: write, topics, compressionRatio, /) as unknown as string },
    ]);
  });

  it('names missing required fields and a non-object input', () => {
    expect(issuesOf({}).map((i) => i.path)).toEqual(['write', 'retention', 'replicationFactor', 'broker']);
    expect(issuesOf('plan')).toEqual([{ path: '', message: expect.stringMatching(/^expected an object with fields: write, /) as unknown as string }]);
  });

  it('has a readable message', () => {
    expect(() => planCapacity({ ...base, readFanout: -1 })).toThrow(/invalid capacity input:\n {2}readFanout: must be 0 or more/);
  });

  it.each<[string, Partial<CapacityInput>, string, RegExp]>([
    ['both write forms', { write: { avgBytesPerSec: 1e6, messagesPerSec: 10 } }, 'write', /either a byte rate .* or a message rate/],
    ['no write rate', { write: {} }, 'write', /needs avgBytesPerSec/],
    ['peak without average', { write: { peakBytesPerSec: 1e6 } }, 'write.avgBytesPerSec', /storage is sized from the average/],
    ['message rate without size', { write: { messagesPerSec: 1000 } }, 'write.messageBytes', /average message size/],
    ['peak below average', { write: { avgBytesPerSec: '50 MB/s', peakBytesPerSec: '40 MB/s' } }, 'write.peakBytesPerSec', /at least the average/],
    ['no retention', { retention: {} }, 'retention', /needs ms .* and\/or bytesPerPartition/],
    ['retention.bytes without partitions', { retention: { bytesPerPartition: '1 GB' }, partitions: undefined }, 'partitions', /retention\.bytes is per partition/],
    ['partitions and partition throughput', { partitionThroughput: { producerBytesPerSec: '10 MB/s', consumerBytesPerSec: '10 MB/s' } }, 'partitionThroughput', /not both/],
    ['local retention above retention', { tiered: { localRetentionMs: '8d' } }, 'tiered.localRetentionMs', /must not exceed retention\.ms/],
    ['min.insync.replicas above RF', { minInsyncReplicas: 4 }, 'minInsyncReplicas', /must not exceed replicationFactor \(3\)/],
    ['max partitions below RF', { broker: { diskBytes: '8 TB', maxPartitions: 2 } }, 'broker.maxPartitions', /at least the replication factor \(3 at replicationFactor\)/],
    ['zone failures without a surviving zone', { tolerate: { zoneFailures: 3 } }, 'tolerate.zoneFailures', /less than racks \(3\)/],
    ['both failure kinds', { tolerate: { zoneFailures: 1, brokerFailures: 1 } }, 'tolerate', /not both/],
  ])('cross-field: %s', (_name, change, path, message) => {
    const issue = issuesOf({ ...base, ...change }).find((i) => i.path === path);
    expect(issue?.message).toMatch(message);
  });
});

describe('planCapacity', () => {
  const plan = planCapacity(base);

  it('takes the maximum over the constraints, rounded to the racks', () => {
    const top = Math.max(...plan.constraints.map((c) => c.brokersNeeded));
    expect(plan.brokers).toBe(Math.ceil(top / 3) * 3);
    expect(plan.constraints.map((c) => c.name)).toEqual(['disk-capacity', 'disk-throughput', 'network-in', 'network-out', 'partitions', 'cpu', 'failure-headroom', 'recovery', 'replication-factor']);
    expect(plan.binding).toBe('disk-capacity');
    expect(plan.brokers).toBe(18);
  });

  it('reports utilization at the plan', () => {
    const disk = plan.constraints.find((c) => c.name === 'disk-capacity')!;
    expect(disk.utilizationAtPlan).toBeCloseTo(disk.demand / (18 * 8e12), 12);
    expect(plan.storage.diskFillAtPlan).toBeCloseTo(disk.utilizationAtPlan, 12);
  });

  it('explains what binds, what comes second and what would change the answer', () => {
    expect(plan.explanation[0]).toBe('Disk capacity decides: 99.8 TB stored (30.2 TB retained × RF 3, plus 9.07 TB overhead) against 5.6 TB (8 TB × 70%) per broker needs 18 brokers.');
    expect(plan.explanation[1]).toMatch(/^Next comes recovery and rebalance: 9 brokers/);
    expect(plan.explanation[2]).toMatch(/^15 brokers would do with 16% less stored data \(shorter retention, better compression, or tiered storage\), or 19% more disk per broker\.$/);
  });

  it('leaves the CPU constraint out when cores are not known', () => {
    const noCores = planCapacity({ ...base, broker: { diskBytes: '8 TB' } });
    expect(noCores.constraints.map((c) => c.name)).not.toContain('cpu');
  });

  it('reports ties and says relieving one constraint alone would not help', () => {
    const tie = planCapacity({
      write: { avgBytesPerSec: '400 MB/s' },
      retention: { ms: '1h' },
      replicationFactor: 1,
      lagReadShare: 0,
      tolerate: { brokerFailures: 0 },
      headroom: { network: 1, diskThroughput: 1 },
      broker: { diskBytes: '100 TB', nicBitsPerSec: '800 Mbit/s', diskThroughputBytesPerSec: '100 MB/s' },
    });
    expect(tie.brokers).toBe(4);
    expect(tie.binding).toBe('disk-throughput');
    expect(tie.ties).toEqual(['network-in', 'network-out']);
    expect(tie.explanation.join('\n')).toMatch(/Network in and network out need as many brokers \(4\): relieving disk throughput alone would not change the answer/);
  });

  it('explains failure headroom with the surviving brokers', () => {
    const f = planCapacity({
      write: { avgBytesPerSec: '125 MB/s' },
      readFanout: 4,
      retention: { ms: '1h' },
      replicationFactor: 3,
      racks: 3,
      tolerate: { zoneFailures: 1 },
      broker: { diskBytes: '20 TB', nicBitsPerSec: '1 Gbit/s' },
    });
    expect(f.explanation).toEqual([
      'Failure headroom decides: network out still within headroom with 1 zone of 3 down, 750 MB/s against 87.5 MB/s (125 MB/s × 70%) per broker needs 13 brokers.',
      'Rounded up to 15 brokers: a multiple of 3 racks keeps brokers per rack equal.',
      'Next comes network out: 9 brokers (40% used at 15).',
      // 12 brokers leave 8 with a zone down: 8 × 87.5 = 700 MB/s for 750 MB/s.
      '12 brokers would do with 7% less peak traffic (tolerating fewer failures), or 7% more capacity per broker.',
      'At 15 brokers, peak traffic can grow 17% before failure headroom needs another broker.',
    ]);
  });

  it('says when relieving the binding constraint alone would not help', () => {
    const p = planCapacity({ write: { avgBytesPerSec: '100 MB/s' }, retention: { ms: '1d' }, replicationFactor: 3, partitions: 6000, racks: 3, broker: { diskBytes: '20 TB' } });
    expect(p.binding).toBe('partitions');
    expect(p.explanation[0]).toBe('Partitions per broker decide: 6,000 partitions × RF 3 = 18,000 replicas against 4,000 replicas per broker needs 5 brokers.');
    expect(p.explanation).toContain('Recovery and rebalance needs as many brokers (5): relieving partitions per broker alone would not change the answer.');
  });

  it('accepts a message rate and applies compression to everything stored and sent', () => {
    const m = planCapacity({ ...base, write: { messagesPerSec: 50_000, messageBytes: '1 kB', peakMessagesPerSec: 100_000 }, compressionRatio: 0.5 });
    expect(m.input.writeAvg).toBe(25e6);
    expect(m.input.writePeak).toBe(50e6);
    expect(m.constraints.find((c) => c.name === 'network-in')!.demand).toBe(150e6);
  });

  it('splits tiered storage into local and remote', () => {
    const t = planCapacity({ ...base, retention: { ms: '30d' }, tiered: { localRetentionMs: '1d' } });
    expect(t.storage.dataPerCopy).toBeCloseTo(50e6 * 86_400, -3);
    expect(t.storage.remote).toBeCloseTo(50e6 * 30 * 86_400, -3);
    expect(t.brokers).toBeLessThan(plan.brokers);
  });

  it('finds the month each constraint runs out', () => {
    const g = planCapacity({
      write: { avgBytesPerSec: '62.5 MB/s' },
      retention: { ms: '1h' },
      replicationFactor: 3,
      partitions: 6,
      tolerate: { brokerFailures: 0 },
      headroom: { network: 1 },
      growth: { monthlyRate: 0.1, horizonMonths: 12 },
      broker: { diskBytes: '100 TB', nicBitsPerSec: '1 Gbit/s', diskThroughputBytesPerSec: '10 GB/s' },
    });
    expect(g.brokers).toBe(3);
    // 187.5 MB/s of 375 MB/s: 1.1^7 = 1.95 still fits, 1.1^8 = 2.14 does not.
    expect(g.growth!.runsOut.find((r) => r.name === 'network-in')!.month).toBe(8);
    expect(g.growth!.runsOut.find((r) => r.name === 'replication-factor')!.month).toBeNull();
    expect(g.growth!.brokersAtHorizon).toBe(Math.ceil((187.5e6 * 1.1 ** 12) / 125e6));
    expect(g.explanation.at(-1)).toMatch(/^Growing 10% a month, network in runs out first, in month 8; 12 months out the plan would be 5 brokers\.$/);
  });

  it('lists the defaults it used', () => {
    expect(plan.assumptions).toContain('headroom.diskFill = 0.7 (community rule: never fill disks past 70%)');
    expect(plan.assumptions.some((a) => a.startsWith('broker.nicBitsPerSec'))).toBe(false);
  });

  it('plans threads, memory, OS limits and the quorum', () => {
    expect(plan.threads).toEqual({
      recovery: { perDataDir: 2, logDirs: 2, total: 4 },
      io: 16,
      network: { perListener: 8, listeners: 1, total: 8 },
      replicaFetchers: { perSourceBroker: 1, total: 17 },
    });
    expect(plan.memory.heapBytes).toBe(5 * 2 ** 30);
    expect(plan.memory.pageCacheBytes).toBeCloseTo(((150e6 * 3) / 18) * 30, 3);
    expect(plan.osLimits.openFiles).toBeGreaterThanOrEqual(100_000);
    expect(plan.quorum).toMatchObject({ mode: 'kraft', servers: 3, toleratesFailures: 1 });
  });
});

describe('warnings', () => {
  const codes = (input: CapacityInput) => planCapacity(input).warnings.map((w) => w.code);
  it.each<[string, Partial<CapacityInput>]>([
    ['min-isr-equals-rf', { minInsyncReplicas: 3 }],
    ['min-isr-blocks-writes-on-failure', { tolerate: { brokerFailures: 2 } }],
    ['no-replication', { replicationFactor: 1, minInsyncReplicas: 1 }],
    ['no-peak-rate', { write: { avgBytesPerSec: '50 MB/s' } }],
    ['memory-short', { broker: { diskBytes: '8 TB', memoryBytes: '3 GiB' } }],
    ['partition-larger-than-log-dir', { partitions: 3, broker: { diskBytes: '8 TB', logDirs: 8 } }],
    ['zookeeper-removed', { metadata: { mode: 'zookeeper' } }],
    ['too-many-partitions-for-zookeeper', { metadata: { mode: 'zookeeper' }, partitions: 100_000 }],
    ['two-zones-lose-quorum', { racks: 2, tolerate: { zoneFailures: 1 }, minInsyncReplicas: 1 }],
    ['retention-needs-hundreds-of-brokers', { retention: { ms: '365d' } }],
    ['slow-nic-limits', { retention: { ms: '1h' }, broker: { diskBytes: '8 TB', nicBitsPerSec: '1 Gbit/s' } }],
    ['partitions-not-a-multiple', { partitions: 100 }],
  ])('%s', (code, change) => {
    expect(codes({ ...base, ...change })).toContain(code);
  });
  it('none of those for the base plan, whose 120 partitions are not a multiple of its 18 brokers', () => {
    expect(codes(base)).toEqual(['partitions-not-a-multiple']);
  });
});

describe('renderers', () => {
  const plan = planCapacity(base);
  it('prints a table with the binding constraint marked', () => {
    const text = renderPlanText(plan);
    expect(text).toMatch(/^Capacity plan: 18 brokers \(disk capacity decides\)\n/);
    expect(text).toMatch(/disk capacity \* +99\.8 TB +5\.6 TB \(8 TB × 70%\) +18 +69%/);
    expect(text).toContain('Recovery threads');
  });
  it('prints Markdown tables', () => {
    const md = renderPlanMarkdown(plan);
    expect(md).toMatch(/^# Capacity plan: 18 brokers \(disk capacity decides\)/);
    expect(md).toContain('| Constraint | Demand | Per broker (usable) | Brokers | Used at plan |');
    expect(md).toContain('## Why');
  });
});

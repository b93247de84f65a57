/**
 * The bugs of issue 15, one test each; every one failed before its fix.
 */
import { describe, it, expect } from 'vitest';
import { planCapacity } from '../../src/capacity/plan.js';
import type { CapacityInput } from '../../src/capacity/input.js';
import { run } from '../../src/cli/commands/plan.js';
import type { CliIo } from '../../src/cli/io.js';
import { issuesOf } from './support.js';


async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: process.cwd(), env: {}, isTTY: false, readStdin: () => Promise.resolve(Buffer.from('')) };
  const code = await run(argv, io);
  return { code, out, err };
}

describe("the user's partition count is kept", () => {
  // 8 partitions × 1 TB retention.bytes × RF 3 + 10% = 26.4 TB on disks of 6.4 TB × 70% = 4.48 TB:
  // 5.9, so 6 brokers. Rounding 8 partitions to a multiple of the brokers would add data.
  const input: CapacityInput = {
    write: { avgBytesPerSec: '10 MB/s' },
    retention: { bytesPerPartition: '1 TB' },
    replicationFactor: 3,
    partitions: 8,
    tolerate: { brokerFailures: 0 },
    broker: { diskBytes: '6.4 TB' },
  };

  it('sizes with 8 partitions, not a rounded count, and suggests a multiple of the brokers apart', () => {
    const plan = planCapacity(input);
    expect(plan.brokers).toBe(6);
    expect(plan.binding).toBe('disk-capacity');
    expect(plan.partitions.count).toBe(8);
    expect(plan.partitions.suggested).toBe(12);
    expect(plan.partitions.retentionBytes).toMatchObject({ perPartition: 1e12, perCopy: 8e12, allCopies: 24e12 });
    expect(plan.storage.dataPerCopy).toBe(8e12);
    expect(plan.constraints.find((c) => c.name === 'partitions')!.demand).toBe(24);
  });

  it('says the rounded count would need more brokers, not that 6 do while planning 9', () => {
    const plan = planCapacity(input);
    expect(plan.explanation[0]).toMatch(/ needs 6 brokers\.$/);
    expect(plan.warnings.find((w) => w.code === 'partitions-not-a-multiple')?.message).toBe(
      '8 partitions on 6 brokers put more leaders on some brokers than on others (Kafka: The Definitive Guide, ch. 2: make num.partitions a multiple of the brokers). The plan keeps 8; 12 would spread them evenly and need 9 brokers.',
    );
  });
});

describe('every valid input answers with finite numbers, or is refused naming the constraint', () => {
  it('disks of 1e-300 B are refused naming disk capacity, not planned as Infinity brokers', () => {
    const issues = issuesOf({ write: { avgBytesPerSec: 1e15 }, retention: { ms: '1d' }, replicationFactor: 3, broker: { diskBytes: 1e-300 }, growth: { monthlyRate: 10, horizonMonths: 600 } });
    expect(issues).toEqual([{ path: 'broker.diskBytes', message: expect.stringMatching(/^disk capacity would need more brokers than can be counted, more than the 10,000 this planner sizes/) as unknown as string }]);
  });

  it('a write rate of 1e300 B/s is refused as out of range', () => {
    expect(issuesOf({ write: { avgBytesPerSec: 1e300 }, retention: { ms: '1d' }, replicationFactor: 3, broker: { diskBytes: '4 TB' } })).toEqual([{ path: 'write.avgBytesPerSec', message: 'must be at most 1e18 (1 EB/s)' }]);
  });

  it('the CLI exits 2 for them', async () => {
    const r = await cli(['--write-avg', '1e15', '--retention', '1d', '--rf', '3', '--disk', '1e-300']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/broker.diskBytes \(--disk\): disk capacity would need more brokers than can be counted, more than the 10,000 this planner sizes/);
  });

  it('a plan beyond 10,000 brokers names the constraint that drove it', () => {
    const issues = issuesOf({ write: { avgBytesPerSec: '1 TB/s' }, retention: { ms: '1h' }, replicationFactor: 3, broker: { diskBytes: '100 PB', nicBitsPerSec: '1 Gbit/s', diskThroughputBytesPerSec: '1 PB/s' }, tolerate: { brokerFailures: 0 } });
    expect(issues).toEqual([{ path: 'broker.nicBitsPerSec', message: expect.stringMatching(/^network in would need 34,286 brokers, more than the 10,000 this planner sizes/) as unknown as string }]);
  });

  it('partitions up to 2^53 answer at once: no scan over the partition count', { timeout: 5_000 }, () => {
    // Each partition's retention.bytes needs 0.9 of a broker: rounding 2^53 − 1 partitions to a
    // multiple of each candidate count made the old search try about 10^15 counts.
    const issues = issuesOf({
      write: { avgBytesPerSec: '10 MB/s' },
      retention: { bytesPerPartition: '1 GB' },
      replicationFactor: 1,
      partitions: Number.MAX_SAFE_INTEGER,
      storageOverhead: 0,
      tolerate: { brokerFailures: 0 },
      broker: { diskBytes: 1e9 / 0.9 / 0.7, maxPartitions: Number.MAX_SAFE_INTEGER },
    });
    expect(issues[0]!.message).toMatch(/^disk capacity would need [\d,]{20,} brokers, more than the 10,000 this planner sizes/);
    const plan = planCapacity({
      write: { avgBytesPerSec: '10 MB/s' },
      retention: { ms: '1h' },
      replicationFactor: 1,
      partitions: Number.MAX_SAFE_INTEGER,
      tolerate: { brokerFailures: 0 },
      broker: { diskBytes: '1 PB', maxPartitions: Number.MAX_SAFE_INTEGER },
    });
    expect(plan.brokers).toBe(1);
    expect(plan.partitions.count).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('growth beyond the bounds reports no broker count at the horizon, with a warning, instead of Infinity', () => {
    const plan = planCapacity({ write: { avgBytesPerSec: '10 MB/s' }, retention: { ms: '1d' }, replicationFactor: 3, broker: { diskBytes: '4 TB' }, growth: { monthlyRate: 10, horizonMonths: 600 } });
    expect(plan.growth!.brokersAtHorizon).toBeNull();
    expect(plan.warnings.find((w) => w.code === 'growth-beyond-bounds')?.message).toMatch(/more than 10,000 brokers by month \d+/);
    expect(JSON.stringify(plan)).not.toMatch(/Infinity|NaN/);
  });
});

describe('the NIC speed is read in bits, and a unit slip is refused', () => {
  it('the CLI takes a unit for --nic and refuses a bare number', async () => {
    const r = await cli(['--write-avg', '50 MB/s', '--retention', '7d', '--rf', '3', '--disk', '8 TB', '--nic', '10']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('broker.nicBitsPerSec (--nic): "10" has no unit; write the NIC speed with its unit, e.g. "10 Gbit/s"');
    const ok = await cli(['--write-avg', '50 MB/s', '--retention', '7d', '--rf', '3', '--disk', '8 TB', '--nic', '10 Gbit/s', '--format', 'json']);
    expect(ok.code).toBe(0);
  });

  it('the API refuses NIC speeds below 100 Mbit/s as a probable unit slip', () => {
    expect(issuesOf({ write: { avgBytesPerSec: '50 MB/s' }, retention: { ms: '7d' }, replicationFactor: 3, broker: { diskBytes: '8 TB', nicBitsPerSec: 10 } })).toEqual([
      { path: 'broker.nicBitsPerSec', message: '10 bit/s is below 100 Mbit/s, so probably a unit slip: a number here is bits per second; write e.g. 10e9 or "10 Gbit/s"' },
    ]);
    expect(planCapacity({ write: { avgBytesPerSec: '50 MB/s' }, retention: { ms: '7d' }, replicationFactor: 3, broker: { diskBytes: '8 TB', nicBitsPerSec: 10e9 } }).input.broker.nicBytesPerSec).toBe(1.25e9);
  });
});

describe('small inputs that gave nonsense', () => {
  it('memoryBytes: 1 is refused, not planned as -Xms0g -Xmx0g', () => {
    expect(issuesOf({ write: { avgBytesPerSec: '10 MB/s' }, retention: { ms: '1d' }, replicationFactor: 3, broker: { diskBytes: '4 TB', memoryBytes: 1 } })).toEqual([
      { path: 'broker.memoryBytes', message: 'must be at least 512 MiB: below that no broker heap fits beside the page cache and the OS (Kafka\'s start script alone asks for a 1 GiB heap)' },
    ]);
  });

  it('a 1 GB VM (seed 002) gets a heap in MiB, never 0', () => {
    const plan = planCapacity({ write: { avgBytesPerSec: '1 MB/s' }, retention: { ms: '1d' }, replicationFactor: 1, broker: { diskBytes: '100 GB', memoryBytes: '1 GB' } });
    expect(plan.memory.jvmOptions).toBe('-Xms238m -Xmx238m');
  });

  it('RF 1 with the default failure tolerance adds no broker that cannot help', () => {
    const rf1: CapacityInput = { write: { avgBytesPerSec: '200 MB/s' }, retention: { ms: '1h' }, replicationFactor: 1, broker: { diskBytes: '4 TB', nicBitsPerSec: '1 Gbit/s' } };
    const plan = planCapacity(rf1);
    expect(plan.brokers).toBe(planCapacity({ ...rf1, tolerate: { brokerFailures: 0 } }).brokers);
    expect(plan.assumptions).toContain('tolerate.brokerFailures = 0 (replication factor 1: a lost broker takes its partitions with it, so no spare broker can carry their traffic)');
  });

  it('tolerating as many broker failures as there are replicas is refused', () => {
    expect(issuesOf({ write: { avgBytesPerSec: '10 MB/s' }, retention: { ms: '1d' }, replicationFactor: 1, tolerate: { brokerFailures: 1 }, broker: { diskBytes: '4 TB' } })).toEqual([
      { path: 'tolerate.brokerFailures', message: 'must be less than the replication factor (1): with 1 broker down some partitions have no replica left, and no broker count carries their traffic' },
    ]);
  });

  it('RF 32767 names the replication factor, not broker.maxPartitions which was never set', () => {
    expect(issuesOf({ write: { avgBytesPerSec: '10 MB/s' }, retention: { ms: '1d' }, replicationFactor: 32767, broker: { diskBytes: '4 TB' } })).toEqual([
      { path: 'replicationFactor', message: 'must be at most 4,000, the partition replicas one broker holds by default (broker.maxPartitions): with 32,767 copies each broker holds a replica of every partition' },
    ]);
    expect(issuesOf({ write: { avgBytesPerSec: '10 MB/s' }, retention: { ms: '1d' }, replicationFactor: 3, broker: { diskBytes: '4 TB', maxPartitions: 2 } })[0]!.path).toBe('broker.maxPartitions');
  });
});

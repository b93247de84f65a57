/**
 * Consumer catch-up: a backlog read back within a deadline, from disk, on top of peak traffic;
 * with tiered storage the local tier keeps at least the backlog.
 */
import { describe, it, expect } from 'vitest';
import { planCapacity } from '../../src/capacity/plan.js';
import type { CapacityInput } from '../../src/capacity/input.js';

const input: CapacityInput = {
  write: { avgBytesPerSec: '50 MB/s', peakBytesPerSec: '50 MB/s' },
  retention: { ms: '7d' },
  replicationFactor: 3,
  broker: { diskBytes: '16 TB' },
  tolerate: { brokerFailures: 0 },
};
const demand = (plan: ReturnType<typeof planCapacity>, name: string) => plan.constraints.find((c) => c.name === name)!.demand;

describe('consumer catch-up', () => {
  it('a 2 h backlog read within 15 min adds 400 MB/s of disk reads and network out', () => {
    const without = planCapacity(input);
    const plan = planCapacity({ ...input, catchUp: { backlog: '2h', within: '15min' } });
    // 50 MB/s × 7,200 s = 360 GB, read in 900 s: 400 MB/s.
    expect(plan.catchUp).toEqual({ groups: 1, backlogBytes: 360e9, readBytesPerSec: 400e6 });
    expect(demand(plan, 'disk-throughput') - demand(without, 'disk-throughput')).toBeCloseTo(400e6, 0);
    expect(demand(plan, 'network-out') - demand(without, 'network-out')).toBeCloseTo(400e6, 0);
    expect(demand(plan, 'network-in')).toBe(demand(without, 'network-in'));
    // 150 MB/s written + 12.5 MB/s of lagging reads + 400 MB/s caught up on 209.7 MB/s disks: 3 brokers.
    expect(plan.constraints.find((c) => c.name === 'disk-throughput')!.brokersNeeded).toBe(3);
    expect(plan.constraints.find((c) => c.name === 'disk-throughput')!.formula).toMatch(/\+ catch-up reads$/);
  });

  it('counts every group catching up at once', () => {
    expect(planCapacity({ ...input, catchUp: { backlog: '2h', within: '15min', groups: 3 } }).catchUp!.readBytesPerSec).toBe(1.2e9);
  });

  it('keeps the backlog on the local tier with tiered storage (the lag allowance)', () => {
    const tiered: CapacityInput = { ...input, tiered: { localRetentionMs: '1h' } };
    const plan = planCapacity({ ...tiered, catchUp: { backlog: '6h', within: '1h' } });
    expect(plan.input.workloads[0]!.localRetentionMs).toBe(6 * 3_600_000);
    expect(plan.storage.dataPerCopy).toBe(50e6 * 6 * 3600);
    expect(plan.assumptions).toContain('local retention of write = 6 h (the catch-up backlog, so consumers catching up read local disks: set local.retention.ms to at least this)');
    expect(planCapacity({ ...tiered, catchUp: { backlog: '30min', within: '5min' } }).input.workloads[0]!.localRetentionMs).toBe(3_600_000);
  });

  it('refuses "15m", which could be minutes or months', () => {
    expect(() => planCapacity({ ...input, catchUp: { backlog: '2h', within: '15m' } })).toThrow(/catchUp.within: "15m": "m" could be minutes or months/);
  });
});

/**
 * Recovery and rebalancing: every broker keeps room, on top of peak traffic, to refill or move
 * its share of the stored data within recovery.within, and at least a reassignment throttle when
 * one is given. Expected figures are worked in the comments.
 */
import { describe, it, expect } from 'vitest';
import { planCapacity } from '../../src/capacity/plan.js';
import type { CapacityInput } from '../../src/capacity/input.js';

// 100 MB/s kept 3 days at RF 3: 25.92 TB + 10% = 28.51 TB a copy, 85.54 TB on disk.
// Steady disk traffic: 300 MB/s of writes + 25 MB/s of reads from disk = 325 MB/s.
const input: CapacityInput = {
  write: { avgBytesPerSec: '100 MB/s', peakBytesPerSec: '100 MB/s' },
  retention: { ms: '3d' },
  replicationFactor: 3,
  broker: { diskBytes: '16 TB' },
  recovery: { within: '12h' },
};
const usableDisk = 250 * 2 ** 20 * 0.8;

describe('recovery and rebalance reserve', () => {
  it('decides when a broker must refill 1/B of 85.5 TB within 12 h on top of peak disk traffic', () => {
    const plan = planCapacity(input);
    const recovery = plan.constraints.find((c) => c.name === 'recovery')!;
    // (325 MB/s + 85.54 TB / 43,200 s) / 209.7 MB/s = 10.99: 11 brokers; disk capacity needs 8.
    expect(recovery.brokersNeeded).toBe(Math.ceil((325e6 + 85.536e12 / 43_200) / usableDisk));
    expect(recovery.brokersNeeded).toBe(11);
    expect(plan.constraints.find((c) => c.name === 'disk-capacity')!.brokersNeeded).toBe(8);
    expect(plan.brokers).toBe(11);
    expect(plan.binding).toBe('recovery');
    expect(plan.explanation[0]).toBe(
      "Recovery and rebalance decides: disk throughput must carry peak traffic plus each broker's share of 85.5 TB stored within 12 h, 2.31 GB/s against 210 MB/s (262 MB/s × 80%) per broker, which needs 11 brokers.",
    );
    expect(plan.explanation).toContain('10 brokers would do with 9% less traffic plus data to move (a longer recovery.within, shorter local retention or tiered storage), or 10% more throughput per broker.');
  });

  it('is on by default when failures are tolerated, with a 24 h target, and off when none are', () => {
    const byDefault = planCapacity({ ...input, recovery: undefined });
    expect(byDefault.assumptions.some((a) => a.startsWith('recovery.within = 24 h ('))).toBe(true);
    // (325 MB/s + 85.54 TB / 86,400 s) / 209.7 MB/s = 6.27: 7, below disk capacity's 8.
    expect(byDefault.constraints.find((c) => c.name === 'recovery')!.brokersNeeded).toBe(7);
    expect(byDefault.binding).toBe('disk-capacity');
    const none = planCapacity({ ...input, recovery: undefined, tolerate: { brokerFailures: 0 } });
    expect(none.constraints.map((c) => c.name)).not.toContain('recovery');
    expect(planCapacity({ ...input, recovery: undefined, racks: 3, tolerate: { zoneFailures: 1 } }).constraints.map((c) => c.name)).toContain('recovery');
  });

  it('keeps a reassignment throttle free on every broker when one is given', () => {
    const plan = planCapacity({ ...input, recovery: { within: '7d', rebalanceBytesPerSec: '150 MB/s' } });
    // 325 MB/s ÷ (209.7 − 150 MB/s) = 5.44: 6 brokers from the throttle; the 7-day refill needs 3.
    expect(plan.constraints.find((c) => c.name === 'recovery')!.brokersNeeded).toBe(6);
  });

  it('a longer target or tiered storage lowers it', () => {
    const need = (over: Partial<CapacityInput>) => planCapacity({ ...input, ...over }).constraints.find((c) => c.name === 'recovery')!.brokersNeeded;
    expect(need({ recovery: { within: '48h' } })).toBeLessThan(need({}));
    expect(need({ tiered: { localRetentionMs: '6h' } })).toBeLessThan(need({}));
  });
});

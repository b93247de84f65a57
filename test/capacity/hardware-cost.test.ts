/**
 * Hardware profiles (the built-in table, `broker: 'm7g.2xlarge'`), candidates (the cheapest that
 * fits, and why the others lose) and the monthly cost with its breakdown. Expected costs are
 * recomputed here from the published prices in the table, line by line.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planCapacity } from '../../src/capacity/plan.js';
import { CapacityInputError } from '../../src/capacity/input.js';
import type { CapacityInput } from '../../src/capacity/input.js';
import { BROKER_PROFILES, brokerProfile } from '../../src/capacity/hardware.js';
import { renderPlanMarkdown, renderPlanText } from '../../src/capacity/render.js';

const MiB = 2 ** 20;
const GiB = 2 ** 30;
const gibPerMonth = (bytesPerSec: number) => (bytesPerSec * 3600 * 730) / GiB;
const base: CapacityInput = {
  write: { avgBytesPerSec: '50 MB/s', peakBytesPerSec: '100 MB/s' },
  retention: { ms: '1d' },
  replicationFactor: 3,
  racks: 3,
  broker: 'm7g.2xlarge',
};

describe('the built-in hardware table', () => {
  it('holds every family the issue names, each dated and cited, with a price', () => {
    const names = BROKER_PROFILES.map((p) => p.name);
    for (const family of ['m5.', 'm6i.', 'm7g.', 'r6i.', 'i3en.', 'kafka.m5.', 'kafka.m7g.', 'n2-standard-', 'c3-standard-', 'Standard_D', 'Standard_E'])
      expect(names.some((n) => n.startsWith(family)), family).toBe(true);
    for (const p of BROKER_PROFILES) {
      expect(p.source, p.name).toMatch(/20\d\d-\d\d-\d\d/);
      expect(p.pricePerHour, p.name).toBeGreaterThan(0);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it('docs/capacity.md lists every profile', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'capacity.md'), 'utf8');
    expect(BROKER_PROFILES.filter((p) => !doc.includes(`| \`${p.name}\` | ${p.provider} | ${p.vcpus} |`)).map((p) => p.name)).toEqual([]);
  });

  it('EBS instances carry a baseline below their burst; MSK sizes carry partition limits and a 16 TiB cap', () => {
    const m7g = brokerProfile('m7g.2xlarge')!;
    expect(m7g.storage).toMatchObject({ kind: 'block', baselineBytesPerSec: 312.5e6, burstBytesPerSec: 1.25e9, includedBytesPerSec: 125 * MiB });
    expect(brokerProfile('kafka.m5.large')).toMatchObject({ maxPartitions: 1000, storage: { maxBytes: 16 * 2 ** 40 } });
    expect(brokerProfile('kafka.m7g.4xlarge')!.maxPartitions).toBe(4000);
  });
});

describe("broker: 'm7g.2xlarge'", () => {
  const plan = planCapacity(base);

  it('takes vCPUs, memory, sustained network and disk throughput from the profile, and sizes the volume', () => {
    const b = plan.input.broker;
    expect(b).toMatchObject({ cores: 8, memoryBytes: 32 * GiB, nicBytesPerSec: 3.75e9 / 8, diskSizedToFit: true, maxPartitions: 4000 });
    // gp3 includes 125 MiB/s; the instance sustains 312.5 MB/s to EBS: the volume is the limit.
    expect(b.diskThroughputBytesPerSec).toBe(125 * MiB);
    expect(plan.assumptions.find((a) => a.startsWith('broker = m7g.2xlarge: '))).toMatch(/^broker = m7g\.2xlarge: 8 vCPUs, 34\.4 GB RAM, 469 MB\/s sustained network \(1\.88 GB\/s in bursts, not counted\), volumes of 131 MB\/s \(the throughput the storage price includes\), 313 MB\/s sustained to its volumes \(1\.25 GB\/s in bursts, not counted\), up to 17\.6 TB a broker, sized to fit \(AWS EC2/);
    expect(plan.storage.provisionedPerBroker % GiB).toBe(0);
    expect(plan.storage.diskFillAtPlan).toBeLessThanOrEqual(0.7);
    expect(plan.storage.diskFillAtPlan).toBeGreaterThan(0.69);
  });

  it('caps a provisioned throughput above what the instance sustains', () => {
    const capped = planCapacity({ ...base, broker: { profile: 'm7g.large', diskThroughputBytesPerSec: '500 MiB/s' } });
    expect(capped.input.broker.diskThroughputBytesPerSec).toBe(78.75e6);
    expect(capped.assumptions).toContain('broker.diskThroughputBytesPerSec = 78.8 MB/s (the m7g.large sustains no more to its volumes than 78.8 MB/s; more is bought for nothing)');
  });

  it('names the closest profiles for an unknown one', () => {
    try {
      planCapacity({ ...base, broker: 'm7g.2xl' });
      throw new Error('expected an error');
    } catch (e) {
      expect(e).toBeInstanceOf(CapacityInputError);
      expect((e as CapacityInputError).issues).toEqual([{ path: 'broker.profile', message: '"m7g.2xl" is not a built-in broker profile; did you mean m7g.large, m7g.xlarge, m7g.2xlarge, m7g.4xlarge, m7g.8xlarge, m7g.12xlarge, kafka.m7g.large, kafka.m7g.xlarge? (docs/capacity.md lists them all)' }]);
    }
  });
});

describe('monthly cost', () => {
  it('adds instances, block storage, provisioned throughput and cross-zone traffic, each with its arithmetic', () => {
    const plan = planCapacity({ ...base, broker: { profile: 'm7g.2xlarge', diskThroughputBytesPerSec: '250 MiB/s' } });
    const B = plan.brokers;
    const gib = plan.storage.provisionedPerBroker / GiB;
    const line = (item: string) => plan.cost!.lines.find((l) => l.item === item)!.monthly;
    expect(line('brokers')).toBeCloseTo(B * 0.3264 * 730, 6);
    expect(line('block storage')).toBeCloseTo(B * gib * 0.08, 6);
    expect(line('provisioned throughput')).toBeCloseTo(B * 125 * 0.04, 6);
    // 50 MB/s: 2/3 crosses zones to the leader, 2 followers of 3 sit in other zones, consumers read 2/3 across.
    expect(line('cross-zone: producers')).toBeCloseTo(gibPerMonth((50e6 * 2) / 3) * 0.02, 6);
    expect(line('cross-zone: replication')).toBeCloseTo(gibPerMonth(100e6) * 0.02, 6);
    expect(line('cross-zone: consumers')).toBeCloseTo(gibPerMonth((50e6 * 2) / 3) * 0.02, 6);
    expect(plan.cost!.monthly).toBeCloseTo(plan.cost!.lines.reduce((s, l) => s + l.monthly, 0), 9);
    // With RF 3 in 3 zones every zone holds a replica: follower fetching keeps all reads in the zone.
    expect(plan.cost!.followerFetchingSaves).toBeCloseTo(line('cross-zone: consumers'), 9);
    expect(plan.cost!.lines.find((l) => l.item === 'brokers')!.basis).toBe(`${B} × m7g.2xlarge at $0.3264/h × 730 h`);
  });

  it('follower fetching (KIP-392) removes the consumers line where every zone holds a replica', () => {
    const plan = planCapacity({ ...base, followerFetching: true });
    expect(plan.cost!.lines.map((l) => l.item)).not.toContain('cross-zone: consumers');
    expect(plan.cost!.followerFetchingSaves).toBeUndefined();
  });

  it('on MSK, replication between brokers is not billed and storage is $0.10/GiB-month', () => {
    const plan = planCapacity({ ...base, broker: 'kafka.m7g.2xlarge' });
    expect(plan.cost!.lines.map((l) => l.item)).toEqual(['brokers', 'block storage', 'cross-zone: producers', 'cross-zone: consumers']);
    expect(plan.cost!.lines[1]!.monthly).toBeCloseTo(plan.brokers * (plan.storage.provisionedPerBroker / GiB) * 0.1, 6);
    expect(plan.input.broker.maxPartitions).toBe(2000);
  });

  it('prices are inputs: given ones override the defaults; no profile and no price means no cost', () => {
    const priced = planCapacity({ ...base, prices: { instancePerHour: 1, crossZonePerGiB: 0 } });
    expect(priced.cost!.lines.find((l) => l.item === 'brokers')!.monthly).toBe(priced.brokers * 730);
    expect(priced.cost!.lines.some((l) => l.item.startsWith('cross-zone'))).toBe(false);
    expect(planCapacity({ ...base, broker: { diskBytes: '8 TB' } }).cost).toBeUndefined();
    expect(planCapacity({ ...base, broker: { diskBytes: '8 TB' }, prices: { instancePerHour: 0.5 } }).cost!.lines[0]!.monthly).toBeGreaterThan(0);
  });

  it('local NVMe costs nothing beyond the instance; tiered storage is priced per GiB-month of one copy', () => {
    const local = planCapacity({ ...base, broker: 'i3en.3xlarge' });
    expect(local.cost!.lines.map((l) => l.item)).not.toContain('block storage');
    const tiered = planCapacity({ ...base, retention: { ms: '30d' }, tiered: { localRetentionMs: '1d' } });
    expect(tiered.cost!.lines.find((l) => l.item === 'tiered storage')!.monthly).toBeCloseTo((50e6 * 30 * 86_400 / GiB) * 0.023, 6);
  });
});

describe('candidates', () => {
  const input: CapacityInput = { ...base, broker: undefined, candidates: ['m5.2xlarge', 'm7g.2xlarge', 'm6i.2xlarge', 'r6i.2xlarge'] };

  it('plans with the cheapest that fits and says why each other loses', () => {
    const plan = planCapacity(input);
    const costs = plan.candidates!.map((c) => c.monthlyCost!);
    const chosen = plan.candidates!.find((c) => c.chosen)!;
    expect(chosen.monthlyCost).toBe(Math.min(...costs));
    expect(plan.input.broker.profile!.name).toBe(chosen.broker);
    expect(chosen.why).toMatch(/^the cheapest that fits: \d+ brokers \(.+ decides\) at \$[\d,]+ a month$/);
    for (const c of plan.candidates!.filter((x) => !x.chosen)) expect(c.why).toMatch(new RegExp(`^\\$[\\d,]+ a month more than ${chosen.broker.replace('.', '\\.')}: `));
    expect(plan.explanation[0]).toMatch(new RegExp(`^Of 4 candidates, ${chosen.broker.replace('.', '\\.')} is the cheapest that fits, at \\$[\\d,]+ a month; `));
  });

  it('says which do not fit', () => {
    const plan = planCapacity({ ...input, partitions: 4_000_000, candidates: ['kafka.m5.large', 'kafka.m5.4xlarge'] });
    const m5large = plan.candidates!.find((c) => c.broker === 'kafka.m5.large')!;
    expect(m5large).toMatchObject({ brokers: null, monthlyCost: null, chosen: false });
    expect(m5large.why).toMatch(/^does not fit: partitions per broker would need 12,000 brokers/);
    expect(plan.input.broker.profile!.name).toBe('kafka.m5.4xlarge');
  });

  it('prints the candidates and the cost breakdown', () => {
    const plan = planCapacity(input);
    expect(renderPlanText(plan)).toMatch(/\nCandidate +Brokers +Decides +USD a month +Why\n/);
    expect(renderPlanText(plan)).toMatch(/\ntotal +\$[\d,]+\.\d\d +follower fetching \(KIP-392\) would save \$[\d,]+\.\d\d a month\n/);
    expect(renderPlanMarkdown(plan)).toContain('## Cost');
    expect(renderPlanMarkdown(plan)).toContain('| Candidate | Brokers | Decides | USD a month | Why |');
  });

  it('refuses a broker profile beside candidates, and unknown candidates', () => {
    expect(() => planCapacity({ ...input, broker: 'm5.large' })).toThrow(/candidates: give a broker profile or candidates to choose from, not both/);
    expect(() => planCapacity({ ...input, candidates: ['m5.huge'] })).toThrow(/candidates\.0: "m5\.huge" is not a built-in broker profile/);
  });
});

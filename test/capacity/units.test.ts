import { describe, it, expect } from 'vitest';
import { formatBytes, formatDuration, formatRate, formatUsd, parseByteRate, parseBytes, parseDuration, UnitError } from '../../src/capacity/units.js';
import { planCapacity } from '../../src/capacity/plan.js';

describe('parseBytes', () => {
  it.each([
    ['400 B', 400],
    ['1 kB', 1e3],
    ['1 MB', 1e6],
    ['1.5 GB', 1.5e9],
    ['2 TB', 2e12],
    ['1 KiB', 1024],
    ['1 MiB', 1_048_576],
    ['1 GiB', 1_073_741_824],
    ['2 TiB', 2_199_023_255_552],
    ['2TiB', 2_199_023_255_552],
    [' 8 GB ', 8e9],
  ])('%s = %d bytes', (text, bytes) => {
    expect(parseBytes(text)).toBe(bytes);
  });

  it.each([
    ['1 KB', /kB \(1000 B\) or KiB \(1024 B\)/],
    ['10 gb', /could be bits or bytes: write GB for bytes or Gbit for bits/],
    ['10 Gb', /could be bits or bytes/],
    ['5 b', /write B for bytes or bit for bits/],
    ['5 GIB', /write binary units as KiB, MiB, GiB, TiB or PiB/],
    ['5 g', /alone is not a unit/],
    ['5 furlongs', /unknown unit "furlongs"/],
    ['5', /has no unit/],
    ['-5 GB', /negative/],
    ['1,000 MB', /not a number followed by a unit/],
  ])('refuses %s', (text, message) => {
    expect(() => parseBytes(text)).toThrow(UnitError);
    expect(() => parseBytes(text)).toThrow(message);
  });
});

describe('parseByteRate', () => {
  it.each([
    ['50 MB/s', 50e6],
    ['50 MiB/s', 50 * 2 ** 20],
    ['1 TB/d', 1e12 / 86_400],
    ['1 TB/day', 1e12 / 86_400],
    ['3.6 GB/h', 1e6],
    ['60 MB/min', 1e6],
    ['1 Gbit/s', 125e6],
    ['10 Gbit/s', 1.25e9],
    ['10 Gbps', 1.25e9],
    ['100 Mbps', 12.5e6],
    ['8 bit/s', 1],
  ])('%s = %d bytes/s', (text, rate) => {
    expect(parseByteRate(text)).toBeCloseTo(rate, 6);
  });

  it.each([
    ['1 Gb/s', /could be bits or bytes: write GB for bytes or Gbit for bits/],
    ['50 mb/s', /could be bits or bytes/],
    ['50 KB/s', /kB \(1000 B\) or KiB/],
    ['50 MB', /is a size, not a rate/],
    ['50 MB/fortnight', /unknown time/],
    ['50 GBps', /unknown unit/],
    ['fast', /not a number followed by a unit/],
  ])('refuses %s', (text, message) => {
    expect(() => parseByteRate(text)).toThrow(message);
  });
});

describe('parseDuration', () => {
  it.each([
    ['7d', 604_800_000],
    ['36h', 129_600_000],
    ['30 min', 1_800_000],
    ['30 s', 30_000],
    ['500 ms', 500],
    ['2w', 1_209_600_000],
  ])('%s = %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });
  it.each([
    ['5m', /could be minutes or months/],
    ['1y', /write days \(d\)/],
    ['3 months', /write days \(d\)/],
    ['7', /has no unit/],
  ])('refuses %s', (text, message) => {
    expect(() => parseDuration(text)).toThrow(message);
  });
});

describe('formatting prints decimal units only', () => {
  it('formats sizes, rates and durations', () => {
    expect(formatBytes(7.7e12)).toBe('7.7 TB');
    expect(formatBytes(400)).toBe('400 B');
    expect(formatBytes(2 ** 30)).toBe('1.07 GB');
    expect(formatRate(125e6)).toBe('125 MB/s');
    expect(formatDuration(604_800_000)).toBe('7 d');
    expect(formatDuration(640_000)).toBe('10.7 min');
    expect(formatDuration(250)).toBe('250 ms');
  });
});

// The unit guards the issue asks for: the anchors' most common defect (Pere Urbon's sheet
// takes 1 Gb/s as 1,024 MB/s) and MB/MiB mixing.
describe('unit guards', () => {
  const base = {
    write: { avgBytesPerSec: '100 MB/s' },
    retention: { ms: '1d' },
    replicationFactor: 1,
    broker: { diskBytes: '100 TB' },
    tolerate: { brokerFailures: 0 },
    headroom: { network: 1 },
  } as const;

  it('a 1 Gbit/s NIC is 125 MB/s, never 1,024 MB/s (nor 128 MiB/s)', () => {
    expect(parseByteRate('1 Gbit/s')).toBe(125_000_000);
    const plan = planCapacity({ ...base, broker: { diskBytes: '100 TB', nicBitsPerSec: '1 Gbit/s' } });
    const out = plan.constraints.find((c) => c.name === 'network-out')!;
    expect(out.rawCapacityPerBroker).toBe(125_000_000);
    expect(out.rawCapacityPerBroker).not.toBe(1024e6);
    expect(out.rawCapacityPerBroker).not.toBe(128 * 2 ** 20);
  });

  it('a plain number for nicBitsPerSec is bits per second', () => {
    const plan = planCapacity({ ...base, broker: { diskBytes: '100 TB', nicBitsPerSec: 1e9 } });
    expect(plan.input.broker.nicBytesPerSec).toBe(125_000_000);
  });

  it('MB and MiB are never mixed: 100 MB/s and 100 MiB/s give different demands, each exact', () => {
    const mb = planCapacity(base);
    const mib = planCapacity({ ...base, write: { avgBytesPerSec: '100 MiB/s' } });
    expect(mb.constraints.find((c) => c.name === 'network-in')!.demand).toBe(100e6);
    expect(mib.constraints.find((c) => c.name === 'network-in')!.demand).toBe(100 * 2 ** 20);
  });

  it('a number and the same figure as a string give the same plan', () => {
    const a = planCapacity({ ...base, write: { avgBytesPerSec: 100e6 }, retention: { ms: 86_400_000 }, broker: { diskBytes: 100e12 } });
    const b = planCapacity(base);
    expect(a.brokers).toBe(b.brokers);
    expect(a.storage.totalLocal).toBe(b.storage.totalLocal);
  });

  it('the report prints decimal units only, never MiB or GiB (except the JVM heap flag)', () => {
    const plan = planCapacity({ ...base, broker: { diskBytes: '4 TiB', memoryBytes: '64 GiB' } });
    const words = JSON.stringify([plan.explanation, plan.warnings]);
    expect(words).not.toMatch(/[KMGTP]iB/);
  });
});

describe('formatUsd', () => {
  it('prints amounts in cents, rounded amounts whole, and unit prices with up to four decimals', () => {
    expect(formatUsd(12989.744, 'cents')).toBe('$12,989.74');
    expect(formatUsd(12989.744, 'whole')).toBe('$12,990');
    expect(formatUsd(0.1, 'price')).toBe('$0.10');
    expect(formatUsd(0.3264, 'price')).toBe('$0.3264');
    expect(formatUsd(2.304, 'price')).toBe('$2.30');
  });
});

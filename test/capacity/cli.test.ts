/**
 * `kafka-lint plan`: the command function with a fake CliIo, and end to end by spawning the
 * built CLI (the bundle package.json's `bin` names; test/cli/harness.ts builds it when missing).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/commands/plan.js';
import { spawnCli } from '../cli/harness.js';
import type { CliIo } from '../../src/cli/io.js';

interface Captured {
  io: CliIo;
  out: () => string;
  err: () => string;
}

function fakeIo(cwd: string, stdin = ''): Captured {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      cwd,
      env: {},
      isTTY: false,
      readStdin: () => Promise.resolve(Buffer.from(stdin)),
    },
    out: () => out,
    err: () => err,
  };
}

const FLAGS = ['--write-avg', '50 MB/s', '--write-peak', '150 MB/s', '--fanout', '3', '--retention', '7d', '--rf', '3', '--min-isr', '2', '--partitions', '120', '--disk', '8 TB', '--racks', '3', '--cores', '16'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kafka-lint-plan-'));
  writeFileSync(join(dir, 'plan.json'), JSON.stringify({ write: { avgBytesPerSec: '50 MB/s', peakBytesPerSec: '150 MB/s' }, readFanout: 3, retention: { ms: '7d' }, replicationFactor: 3, partitions: 120, broker: { diskBytes: '8 TB' }, racks: 3 }));
  writeFileSync(join(dir, 'plan.yaml'), 'write:\n  avgBytesPerSec: 50 MB/s\n  peakBytesPerSec: 150 MB/s\nreadFanout: 3\nretention:\n  ms: 7d\nreplicationFactor: 3\npartitions: 120\nbroker:\n  diskBytes: 8 TB\nracks: 3\n');
  writeFileSync(join(dir, 'bad.json'), '{ "write": ');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kafka-lint plan (command function)', () => {
  it('prints a table by default', async () => {
    const c = fakeIo(dir);
    expect(await run(FLAGS, c.io)).toBe(0);
    expect(c.out()).toMatch(/^Capacity plan: 18 brokers \(disk capacity decides\)/);
    expect(c.err()).toBe('');
  });

  it('prints JSON with --format json', async () => {
    const c = fakeIo(dir);
    expect(await run([...FLAGS, '--format', 'json'], c.io)).toBe(0);
    const plan = JSON.parse(c.out()) as { brokers: number; binding: string; constraints: unknown[] };
    expect(plan.brokers).toBe(18);
    expect(plan.binding).toBe('disk-capacity');
    expect(plan.constraints).toHaveLength(9);
  });

  it('prints Markdown with --format markdown', async () => {
    const c = fakeIo(dir);
    expect(await run([...FLAGS, '--format', 'markdown'], c.io)).toBe(0);
    expect(c.out()).toMatch(/^# Capacity plan: 18 brokers/);
  });

  it('reads every input from --input plan.json, and flags override it', async () => {
    const c = fakeIo(dir);
    expect(await run(['--input', 'plan.json', '--format', 'json'], c.io)).toBe(0);
    expect((JSON.parse(c.out()) as { brokers: number }).brokers).toBe(18);
    const o = fakeIo(dir);
    expect(await run(['--input', 'plan.json', '--disk', '16 TB', '--format', 'json'], o.io)).toBe(0);
    expect((JSON.parse(o.out()) as { brokers: number }).brokers).toBe(9);
  });

  it('reads YAML from --input plan.yaml and from stdin', async () => {
    const c = fakeIo(dir);
    expect(await run(['--input', 'plan.yaml', '--format', 'json'], c.io)).toBe(0);
    expect((JSON.parse(c.out()) as { brokers: number }).brokers).toBe(18);
    const s = fakeIo(dir, 'write: { avgBytesPerSec: 10 MB/s }\nretention: { ms: 1d }\nreplicationFactor: 3\nbroker: { diskBytes: 4 TB }\n');
    expect(await run(['--input', '-', '--format', 'json'], s.io)).toBe(0);
    expect((JSON.parse(s.out()) as { brokers: number }).brokers).toBe(3);
  });

  it('exits 2 and lists every invalid field, with its flag', async () => {
    const c = fakeIo(dir);
    expect(await run(['--write-avg', '50 mb/s', '--retention', '7m', '--rf', 'three', '--disk', '8 TB', '--nic', '1 Gb/s'], c.io)).toBe(2);
    expect(c.err()).toBe(
      [
        'kafka-lint plan: invalid input (4 problems):',
        '  write.avgBytesPerSec (--write-avg): "50 mb/s": "mb" could be bits or bytes: write MB for bytes or Mbit for bits',
        '  retention.ms (--retention): "7m": "m" could be minutes or months: write min for minutes, or a number of days (d)',
        '  replicationFactor (--rf): must be a whole number of at least 1',
        '  broker.nicBitsPerSec (--nic): "1 Gb/s": "Gb" could be bits or bytes: write GB for bytes or Gbit for bits',
        '',
      ].join('\n'),
    );
    expect(c.out()).toBe('');
  });

  it('exits 2 for an unknown flag, a bad format, or an unreadable file', async () => {
    const unknown = fakeIo(dir);
    expect(await run(['--bogus', '1'], unknown.io)).toBe(2);
    expect(unknown.err()).toBe('kafka-lint plan: unknown option --bogus (see kafka-lint plan --help)\n');
    const format = fakeIo(dir);
    expect(await run([...FLAGS, '--format', 'xml'], format.io)).toBe(2);
    expect(format.err()).toBe('kafka-lint plan: --format must be table, json, markdown or html, not "xml"\n');
    const missing = fakeIo(dir);
    expect(await run(['--input', 'nope.json'], missing.io)).toBe(2);
    expect(missing.err()).toMatch(/^kafka-lint plan: cannot read nope\.json: ENOENT/);
    const bad = fakeIo(dir);
    expect(await run(['--input', 'bad.json'], bad.io)).toBe(2);
    expect(bad.err()).toMatch(/^kafka-lint plan: cannot read bad\.json: /);
  });

  it('takes a broker profile, candidates, recovery, catch-up and follower fetching as flags', async () => {
    const base = ['--write-avg', '50 MB/s', '--retention', '1d', '--rf', '3', '--racks', '3', '--format', 'json'];
    const one = fakeIo(dir);
    expect(await run([...base, '--broker', 'm7g.2xlarge', '--recovery-within', '12h', '--catch-up-backlog', '2h', '--catch-up-within', '15min'], one.io)).toBe(0);
    const p = JSON.parse(one.out()) as { input: { broker: { cores: number }; recovery: { withinMs: number } }; catchUp: { readBytesPerSec: number }; cost: { followerFetchingSaves: number } };
    expect(p.input.broker.cores).toBe(8);
    expect(p.input.recovery.withinMs).toBe(12 * 3_600_000);
    expect(p.catchUp.readBytesPerSec).toBe(400e6);
    expect(p.cost.followerFetchingSaves).toBeGreaterThan(0);
    const ff = fakeIo(dir);
    expect(await run([...base, '--broker', 'm7g.2xlarge', '--follower-fetching'], ff.io)).toBe(0);
    expect((JSON.parse(ff.out()) as { cost: { followerFetchingSaves?: number } }).cost.followerFetchingSaves).toBeUndefined();
    const pick = fakeIo(dir);
    expect(await run([...base, '--candidates', 'm5.2xlarge, m7g.2xlarge'], pick.io)).toBe(0);
    expect((JSON.parse(pick.out()) as { candidates: { broker: string }[] }).candidates.map((c) => c.broker)).toEqual(['m5.2xlarge', 'm7g.2xlarge']);
    const bad = fakeIo(dir);
    expect(await run([...base, '--broker', 'm7g.huge'], bad.io)).toBe(2);
    expect(bad.err()).toMatch(/broker\.profile \(--broker\): "m7g\.huge" is not a built-in broker profile/);
  });

  it('keeps a profile named in the input file when a flag sets a broker field', async () => {
    writeFileSync(join(dir, 'profile.json'), JSON.stringify({ write: { avgBytesPerSec: '50 MB/s' }, retention: { ms: '1d' }, replicationFactor: 3, broker: 'm7g.2xlarge' }));
    const c = fakeIo(dir);
    expect(await run(['--input', 'profile.json', '--disk', '4 TB', '--format', 'json'], c.io)).toBe(0);
    expect((JSON.parse(c.out()) as { input: { broker: { cores: number; diskBytes: number } } }).input.broker).toMatchObject({ cores: 8, diskBytes: 4e12 });
  });

  it('prints help', async () => {
    const c = fakeIo(dir);
    expect(await run(['--help'], c.io)).toBe(0);
    expect(c.out()).toMatch(/^Usage: kafka-lint plan \[options\]/);
    expect(c.out()).toContain('--write-avg VALUE');
  });
});

describe('kafka-lint plan (built CLI, end to end)', () => {
  const cli = (args: string[]) => {
    const r = spawnCli(['plan', ...args], { cwd: dir });
    return { status: r.code, stdout: r.stdout, stderr: r.stderr };
  };

  it('prints the table and exits 0', () => {
    const r = cli(FLAGS);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Capacity plan: 18 brokers \(disk capacity decides\)/);
  });

  it('prints one self-contained HTML page with --format html', () => {
    const r = cli([...FLAGS, '--format', 'html']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(r.stdout).toContain('<title>Capacity plan: 18 brokers (disk capacity decides)</title>');
    expect(r.stdout).toMatch(/<\/html>\n$/);
  });

  it('prints JSON from a YAML input file', () => {
    const r = cli(['--input', 'plan.yaml', '--format', 'json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { brokers: number }).brokers).toBe(18);
  });

  it('exits 2 with the list of invalid fields', () => {
    const r = cli(['--write-avg', '1 Gb/s', '--retention', '7d', '--rf', '3', '--disk', '8 TB']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('write.avgBytesPerSec (--write-avg): "1 Gb/s": "Gb" could be bits or bytes');
  });
});

describe('kafka-lint plan --topics', () => {
  const base = ['plan', '--topics', 'test/fixtures/topics', '--rf', '3', '--disk', '4 TB', '--retention', '7d', '-f', 'json'];

  it('plans the topics the files define, with their partitions, replication and retention', () => {
    const r = spawnCli([...base, '--write-avg', '60 MB/s']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { topics: { name: string; partitions: number; replicationFactor: number; networkBytesPerSec: number }[] };
    expect(plan.topics.map((t) => [t.name, t.partitions, t.replicationFactor])).toEqual([
      ['clicks', 6, 2],
      ['orders', 4, 3],
      ['payments', 12, 1],
      ['shop.web.checkout.orders', 6, 3],
      ['shop.web.checkout.carts.avro', 3, 1],
    ]);
    expect(r.stderr).toBe('kafka-lint plan: left out a topic whose name a template fills in: ${var.env}-events (test/fixtures/topics/terraform/kafka_topics.tf:22); give it in --input topics[] by its real name\n' +
      'kafka-lint plan: the 5 topics of test/fixtures/topics with no rate in --input share the write rate equally (assumed: 12 MB/s each); give topics[].write by name in --input for their real rates\n');
  });

  it('without any write rate, says what to give and exits 2', () => {
    const r = spawnCli(base);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kafka-lint plan: left out a topic whose name a template fills in: ${var.env}-events (test/fixtures/topics/terraform/kafka_topics.tf:22); give it in --input topics[] by its real name\n' +
      'kafka-lint plan: 5 of the topics in test/fixtures/topics have no write rate: give --write-avg (shared equally among them) or topics[].write by name in --input\n');
  });

  it('a path with no topic definitions exits 2', () => {
    const r = spawnCli([...base.slice(0, 1), '--topics', 'examples', ...base.slice(3), '--write-avg', '1 MB/s']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kafka-lint plan: no topic definitions in examples (KafkaTopic resources of Strimzi or Confluent for Kubernetes, JulieOps topologies, Terraform kafka_topic resources)\n');
  });
});

/**
 * Hostile files, given to the built executable (the `bin` of package.json): each gets a clear
 * diagnostic or a documented limit, the documented exit code, no stack trace, and bounded
 * memory. The files are generated in a temporary directory at test time. Limits (docs/cli.md):
 * files above 10 MiB are skipped with a notice naming the file and the limit; binary files
 * (with a NUL byte) are skipped; anything that is not a regular file is skipped.
 *
 * Peak memory is the child's own `process.resourceUsage().maxRSS`, written at exit by a
 * preloaded script; the figures are printed for the release notes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtCli, repoRoot, runInProcess } from '../cli/harness.js';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';

/** Peak resident memory any of these runs may use. */
const MAX_RSS_MB = 512;

let dir = '';
const peaks: string[] = [];

interface HostileRun {
  code: number | null;
  stdout: string;
  stderr: string;
  rssMb: number;
  timedOut: boolean;
}

/** Runs the built CLI in `dir` with a time limit, and measures its peak memory. */
function hostile(label: string, argv: string[]): HostileRun {
  const rssFile = join(dir, `rss-${peaks.length}`);
  const r = spawnSync(process.execPath, ['--require', join(dir, 'rss.cjs'), builtCli, ...argv], {
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '', RSS_FILE: rssFile },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 512 * 1024 * 1024,
    input: '',
  });
  const rssMb = existsSync(rssFile) ? Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024) : NaN;
  const timedOut = r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
  peaks.push(`${label}: exit ${r.status}${timedOut ? ' (timed out)' : ''}, peak ${rssMb} MB, stderr ${JSON.stringify((r.stderr ?? '').split('\n')[0]?.slice(0, 160))}`);
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', rssMb, timedOut };
}

/** The checks every hostile run must pass: it ends, within memory, without a stack trace. */
function expectSane(run: HostileRun, codes: number[]): void {
  expect(run.timedOut, 'the run did not end within 60 s').toBe(false);
  expect(codes, run.stderr).toContain(run.code);
  expect(run.rssMb).toBeLessThan(MAX_RSS_MB);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toContain('internal error');
}

beforeAll(() => {
  if (!existsSync(builtCli)) spawnSync('npm', ['run', 'build:cli'], { cwd: repoRoot, stdio: 'ignore' });
  dir = mkdtempSync(join(tmpdir(), 'kafka-lint-hostile-'));
  writeFileSync(join(dir, 'rss.cjs'), "process.on('exit', () => require('fs').writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
  const make = (path: string, content: string | Buffer): void => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  make('big/server.properties', Buffer.alloc(50 * 1024 * 1024, 'a.b=1\n'));
  make('big/zoo.cfg', 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n');
  make('longline/server.properties', `broker.id=1\nlog.dirs=/data/${'x'.repeat(1024 * 1024)}\n`);
  make('manykeys/server.properties', `broker.id=1\nlog.dirs=/data\n${Array.from({ length: 100_000 }, (_, i) => `custom.key.${i}=${i}`).join('\n')}\n`);
  make('binary/server.properties', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  make('latin1/server.properties', Buffer.concat([Buffer.from('broker.id=1\nlog.dirs=/data/'), Buffer.from([0xff, 0xfe, 0xe9]), Buffer.from('\n')]));
  make('nul/server.properties', 'broker.id=1\n\0\0\nlog.dirs=/data\n');
  // Billion laughs: nine levels of nine aliases, 9^9 "lol"s if anything expanded them.
  const laughs = ['x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  'bcdefghi'.split('').forEach((n, i) => laughs.push(`x-${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`));
  make('bomb/docker-compose.yml', `${laughs.join('\n')}\nservices:\n  kafka:\n    image: bitnami/kafka:3.7\n    environment: *i\n    command: *i\n    labels: *i\n`);
  make('mergebomb/docker-compose.yml', `x-a: &a {KAFKA_CFG_NODE_ID: 1}\n${'bcdefghijklmnopqrst'.split('').map((n, i) => `x-${n}: &${n}\n  <<: [${Array(9).fill(`*${'abcdefghijklmnopqrst'[i]}`).join(',')}]`).join('\n')}\nservices:\n  kafka:\n    image: bitnami/kafka:3.7\n    environment:\n      <<: *t\n`);
  make('nested-flow/docker-compose.yml', `services:\n  kafka:\n    image: bitnami/kafka:3.7\n    environment: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
  make('nested-block/docker-compose.yml', `services:\n  kafka:\n    image: bitnami/kafka:3.7\n    labels:\n${Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i + 3)}k${i}:`).join('\n')} end\n`);
  make('loop/kafka/server.properties', 'broker.id=1\nlog.dirs=/data\n');
  symlinkSync('..', join(dir, 'loop', 'kafka', 'up'));
  symlinkSync('.', join(dir, 'loop', 'self'));
  symlinkSync(join(dir, 'nowhere', 'server.properties'), join(dir, 'gone.properties'));
  mkdirSync(join(dir, 'dir-named', 'server.properties'), { recursive: true });
  mkdirSync(join(dir, 'fifo'));
  spawnSync('mkfifo', [join(dir, 'fifo', 'server.properties')]);
});

afterAll(() => {
  console.log(`hostile files:\n  ${peaks.join('\n  ')}`);
  rmSync(dir, { recursive: true, force: true });
});

describe('hostile files given to the built executable', () => {
  it('a 50 MB file is skipped with a notice naming it and the limit; the other files are linted', () => {
    const run = hostile('50 MB file in a directory', ['big']);
    expectSane(run, [0, 1]);
    expect(run.stderr).toMatch(/skipped big\/server\.properties: \d+ bytes is above the \d+-byte limit/);
    expect(run.stdout).toContain('big/zoo.cfg');
    const alone = hostile('50 MB file alone', ['big/server.properties']);
    expectSane(alone, [2]);
    expect(alone.stderr).toContain('skipped big/server.properties');
  });
  it('a 1 MB line is linted', () => {
    expectSane(hostile('1 MB line', ['longline']), [0, 1]);
  });
  it('100,000 keys are linted: the first 1000 unknown keys listed, then how many more', () => {
    const run = hostile('100,000 unknown keys', ['manykeys', '--format', 'json']);
    // Keys with no near known key may be a plugin's: warnings, so the run passes.
    expectSane(run, [0]);
    const findings = (JSON.parse(run.stdout) as { messages: { ruleId: string; messageId: string; message: string }[] }[])[0]?.messages ?? [];
    const unknown = findings.filter((f) => f.ruleId === 'broker/unknown-key');
    expect(unknown).toHaveLength(1001);
    expect(unknown.at(-1)).toMatchObject({ messageId: 'more-not-listed' });
    expect(unknown.at(-1)?.message).toMatch(/^broker\/unknown-key found 99000 more problems in this file that are not listed/);
  });
  it('a binary file, or one with NUL bytes, is skipped with a notice', () => {
    for (const [label, path] of [['binary file', 'binary/server.properties'], ['NUL bytes', 'nul/server.properties']] as const) {
      const run = hostile(label, [path]);
      expectSane(run, [2]);
      expect(run.stderr).toContain(`skipped ${path}: a binary file`);
    }
  });
  it('invalid UTF-8 is read as Latin-1, as Java reads .properties', () => {
    expectSane(hostile('invalid UTF-8', ['latin1']), [0, 1]);
  });
  it('a YAML alias bomb (billion laughs, and nested merge keys) is not expanded', () => {
    expectSane(hostile('YAML alias bomb', ['bomb']), [0, 1, 2]);
    expectSane(hostile('YAML merge-key bomb', ['mergebomb']), [0, 1, 2]);
  });
  it('deeply nested YAML gives a diagnostic, not a crash', () => {
    const flow = hostile('YAML nested 20,000 flow levels', ['nested-flow']);
    expectSane(flow, [1]);
    expect(flow.stdout).toMatch(/nested-flow\/docker-compose\.yml:4:\d+ +error +docker compose refuses this file: it is not valid YAML .*deploy\/syntax/);
    expectSane(hostile('YAML nested 2,000 block levels', ['nested-block']), [0, 1, 2]);
  });
  it('a directory with symbolic-link loops is walked once', () => {
    const run = hostile('symlink loop', ['loop', '--format', 'json']);
    expectSane(run, [0, 1]);
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((f) => f.filePath).filter((p) => p.endsWith('server.properties'))).toHaveLength(1);
  });
  it('a path that is gone (a dangling link) exits 2 with one line', () => {
    const run = hostile('dangling symlink', ['gone.properties']);
    expectSane(run, [2]);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('cannot read gone.properties');
  });
  it('a directory named like a config is walked, and a FIFO named like one is not read', () => {
    const named = hostile('directory named server.properties', ['dir-named/server.properties']);
    expectSane(named, [2]);
    expect(named.stderr).toContain('no Kafka or ZooKeeper config files found');
    const fifo = hostile('FIFO named server.properties', ['fifo/server.properties']);
    expectSane(fifo, [2]);
    expect(fifo.stderr).toContain('fifo/server.properties');
    expectSane(hostile('FIFO in a directory', ['fifo']), [2]);
  });
});

describe('internal failures', () => {
  const failingIo = (): { io: CliIo; err: () => string } => {
    let err = '';
    const io: CliIo = {
      stdout: () => {
        throw new Error('disk on fire\nsecond line');
      },
      stderr: (t) => void (err += t),
      cwd: repoRoot,
      env: {},
      isTTY: false,
      readStdin: async () => Buffer.from(''),
    };
    return { io, err: () => err };
  };
  it('exit 2 with a one-line message, and a stack trace only with --debug', async () => {
    const plain = failingIo();
    expect(await runCli(['examples/'], plain.io)).toBe(2);
    expect(plain.err().trim().split('\n')).toEqual(['kafka-lint: internal error: disk on fire (run with --debug for the stack trace; please report it)']);
    const debug = failingIo();
    expect(await runCli(['examples/', '--debug'], debug.io)).toBe(2);
    expect(debug.err()).toMatch(/^\s+at /m);
  });
  it('a usage error is one line too', async () => {
    const run = await runInProcess(['--no-such-option']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

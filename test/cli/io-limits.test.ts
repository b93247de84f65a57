/**
 * Issue 17: every file or stream the CLI reads gets the same checks, and every write error is one
 * line with exit 2. Through the built executable, as a user runs it.
 */
import { describe, expect, it } from 'vitest';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtCli, repoRoot } from './harness.js';

/** Runs the CLI with the given stdin bytes and stdout descriptor. */
function run(argv: string[], options: { input?: Buffer; stdout?: number } = {}): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [builtCli, ...argv], {
    cwd: repoRoot,
    input: options.input ?? Buffer.alloc(0),
    stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stderr: r.stderr };
}

describe('reads are bounded and checked', () => {
  it('standard input above 10 MiB stops with one line, exit 2', () => {
    expect(run(['-', '--type', 'broker'], { input: Buffer.alloc(11 * 1024 * 1024) })).toEqual({
      code: 2,
      stderr: 'kafka-lint: cannot read standard input: it is above the 10485760-byte limit for a config file\n',
    });
  });
  it('standard input of the limit or less is read', () => {
    expect(run(['-', '--type', 'broker'], { input: Buffer.from('num.partitions=3\n') }).code).toBe(0);
  });
  it.skipIf(!existsSync('/dev/zero'))('--print-config and plan --input refuse a device instead of reading it', () => {
    expect(run(['--print-config', '/dev/zero'])).toEqual({ code: 2, stderr: 'kafka-lint: cannot read /dev/zero: not a regular file (a FIFO, socket or device), so not read\n' });
    expect(run(['plan', '--input', '/dev/zero'])).toEqual({ code: 2, stderr: 'kafka-lint plan: cannot read /dev/zero: not a regular file (a FIFO, socket or device), so not read\n' });
  });
  it('--print-config refuses a FIFO instead of blocking on it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-lint-fifo-'));
    try {
      const fifo = join(dir, 'server.properties');
      execFileSync('mkfifo', [fifo]);
      expect(run(['--print-config', fifo])).toEqual({ code: 2, stderr: `kafka-lint: cannot read ${fifo}: not a regular file (a FIFO, socket or device), so not read\n` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('write errors are one line and exit 2', () => {
  it.skipIf(!existsSync('/dev/full'))('a full disk on standard output', () => {
    const full = openSync('/dev/full', 'w');
    try {
      expect(run(['examples/'], { stdout: full })).toEqual({ code: 2, stderr: 'kafka-lint: cannot write to standard output: ENOSPC\n' });
    } finally {
      closeSync(full);
    }
  });
  it.skipIf(!existsSync('/proc/self'))('-o under /proc fails at once instead of looping in mkdir', () => {
    expect(run(['examples/', '-f', 'sarif', '-o', '/proc/nope/x.sarif'])).toEqual({ code: 2, stderr: 'kafka-lint: cannot write /proc/nope/x.sarif: ENOENT\n' });
    expect(run(['upgrade-check', '--to', '4.4', 'examples/', '-o', '/proc/nope/x.txt'])).toMatchObject({ code: 2 });
  });
});

/**
 * Progress on stderr: only on a terminal, never in CI, and only for runs that take a while
 * (unit test with a fake clock) or steps too large to be quick (through the built CLI).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { progressOn, LARGE_STEP_FILES } from '../../src/cli/progress.js';
import type { CliIo } from '../../src/cli/io.js';
import { canSpawnOnTty, spawnCli, spawnCliOnTty } from './harness.js';

const fakeIo = (stderrIsTTY: boolean, env: Record<string, string> = {}): { io: CliIo; err: string[] } => {
  const err: string[] = [];
  return { err, io: { stdout: () => {}, stderr: (t) => void err.push(String(t)), cwd: '/', env, isTTY: false, stderrIsTTY, readStdin: async () => Buffer.alloc(0) } };
};

describe('progressOn', () => {
  it('shows nothing for the first 2 seconds, then redraws at most every 100 ms, and clears its line', () => {
    let now = 0;
    const { io, err } = fakeIo(true);
    const progress = progressOn(io, () => now);
    progress.update('read 10 config files');
    now = 2000;
    progress.update('read 20 config files');
    now = 2050;
    progress.update('read 30 config files');
    now = 2100;
    progress.update('read 40 config files');
    progress.clear();
    progress.clear();
    expect(err).toEqual(['\r\x1b[Kkafka-lint: read 20 config files', '\r\x1b[Kkafka-lint: read 40 config files', '\r\x1b[K']);
  });
  it('a large step is shown at once', () => {
    const { io, err } = fakeIo(true);
    progressOn(io, () => 0).update('linting fleet: 5000 files', true);
    expect(err).toEqual(['\r\x1b[Kkafka-lint: linting fleet: 5000 files']);
  });
  it('never when stderr is not a terminal, or in CI', () => {
    for (const { io, err } of [fakeIo(false), fakeIo(true, { CI: 'true' })]) {
      const progress = progressOn(io, () => 10_000);
      progress.update('linting', true);
      progress.clear();
      expect(err).toEqual([]);
    }
  });
});

describe('progress of the built CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kafka-lint-progress-'));
    for (let i = 1; i <= LARGE_STEP_FILES; i++) {
      mkdirSync(join(dir, `kafka${i}`));
      writeFileSync(join(dir, `kafka${i}`, 'server.properties'), `broker.id=${i}\nlog.dirs=/var/lib/kafka/data\n`);
    }
    return () => rmSync(dir, { recursive: true, force: true });
  });
  const argv = ['.', '-f', 'json', '-o', 'report.json'];
  it.skipIf(!canSpawnOnTty)('on a terminal, a run over 1,000 files says what it is doing, then clears the line', () => {
    const run = spawnCliOnTty(argv, { cwd: dir });
    // On a slow machine reading the files may pass 2 seconds and show a "read" line first.
    expect(run.stdout).toMatch(new RegExp(`^(\\r\\x1b\\[Kkafka-lint: read \\d+ config files)*\\r\\x1b\\[Kkafka-lint: linting \\.: ${LARGE_STEP_FILES} files\\r\\x1b\\[K$`));
  });
  it.skipIf(!canSpawnOnTty)('on a terminal in CI, nothing', () => {
    expect(spawnCliOnTty(argv, { cwd: dir, env: { CI: 'true' } }).stdout).toBe('');
  });
  it('with stderr not a terminal, nothing', () => {
    expect(spawnCli(argv, { cwd: dir }).stderr).toBe('');
  });
});

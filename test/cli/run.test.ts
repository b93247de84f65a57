import { describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';
import { runInProcess } from './harness.js';

describe('internal failures', () => {
  const io = (err: unknown, out: string[]): CliIo => ({
    stdout: (t) => void out.push(String(t)),
    stderr: (t) => void out.push(String(t)),
    cwd: process.cwd(),
    env: {},
    isTTY: false,
    readStdin: () => Promise.reject(err),
  });
  it('exit 2 with one line, a stack trace only with --debug', async () => {
    const out: string[] = [];
    expect(await runCli(['-', '--type', 'broker'], io(new Error('boom\nsecond line'), out))).toBe(2);
    expect(out).toEqual(['kafka-lint: internal error: boom (run with --debug for the stack trace; please report it)\n']);
    const debug: string[] = [];
    expect(await runCli(['-', '--type', 'broker', '--debug'], io(new Error('boom'), debug))).toBe(2);
    expect(debug[0]).toBe('kafka-lint: internal error: boom\n');
    expect(debug[1]).toMatch(/^Error: boom\n\s+at /);
  });
});

describe('hostile inputs', () => {
  it('a symlink loop, a binary file and a non-config file are survived', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-lint-hostile-'));
    try {
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'a', 'server.properties'), 'broker.id=1\nlog.dirs=/var/lib/kafka\n');
      symlinkSync(dir, join(dir, 'a', 'loop'));
      writeFileSync(join(dir, 'a', 'zoo.cfg'), Buffer.from([0x74, 0x69, 0x00, 0xff, 0x00]));
      writeFileSync(join(dir, 'notes.properties'), 'greeting=hello\n');
      const run = await runInProcess(['.', '--show-clusters', '--format', 'json'], { cwd: dir });
      expect(run.stderr).toMatch(/^cluster \.:\n  a\/server\.properties\n  facts:\n/);
      expect(JSON.parse(run.stdout).map((f: { filePath: string }) => f.filePath)).toEqual(['a/server.properties']);
      const explicit = await runInProcess(['notes.properties', 'a/zoo.cfg', 'a/server.properties'], { cwd: dir });
      expect(explicit.stderr).toBe(
        'kafka-lint: skipped notes.properties: not a Kafka or ZooKeeper config file kafka-lint recognises (use --type for standard input)\n' +
          'kafka-lint: skipped a/zoo.cfg: a binary file, not a config\n',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

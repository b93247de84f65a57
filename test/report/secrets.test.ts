import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess, repoRoot } from '../cli/harness.js';
import { FORMAT_NAMES } from '../../src/report/types.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'secrets');
/** Every secret in the fixtures is written as WORD-SECRET-hex, so the test can find them all. */
const secrets = [
  ...new Set(
    readdirSync(fixtures, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .flatMap((d) => readFileSync(join(d.parentPath, d.name), 'utf8').match(/[A-Z]+-SECRET-[0-9a-f]+/g) ?? []),
  ),
];

function expectNoSecret(text: string): void {
  for (const s of secrets) expect(text, `output shows ${s}`).not.toContain(s);
}

describe('no output shows a secret', () => {
  it('the fixtures hold secrets, and findings point at their lines', async () => {
    expect(secrets.length).toBeGreaterThanOrEqual(9);
    const { stdout } = await runInProcess(['test/fixtures/secrets', '--format', 'json']);
    const lines = (JSON.parse(stdout) as { messages: { line: number }[] }[]).flatMap((f) => f.messages.map((m) => m.line));
    expect(lines).toContain(4); // ssl.keystore.password, set twice
    expect(lines).toContain(11); // a listener's sasl.jaas.config, set twice
  });
  it.each(FORMAT_NAMES.map((f) => [f]))('--format %s', async (format) => {
    const run = await runInProcess(['test/fixtures/secrets', '--format', format, '--show-clusters']);
    expect(run.code).toBe(1);
    expectNoSecret(run.stdout + run.stderr);
  });
  it('--fix-dry-run diffs and --print-config', async () => {
    const dry = await runInProcess(['test/fixtures/secrets', '--fix-dry-run']);
    expectNoSecret(dry.stdout + dry.stderr);
    for (const file of ['test/fixtures/secrets/kafka/server.properties', 'test/fixtures/secrets/zk/zoo.cfg']) {
      const printed = await runInProcess(['--print-config', file]);
      expectNoSecret(printed.stdout + printed.stderr);
    }
  });
  it('the baseline file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kafka-lint-secrets-'));
    try {
      cpSync(fixtures, join(dir, 'secrets'), { recursive: true });
      const run = await runInProcess(['secrets', '--update-baseline'], { cwd: dir });
      expect(run.code).toBe(0);
      expectNoSecret(readFileSync(join(dir, 'kafka-lint-baseline.json'), 'utf8') + run.stdout + run.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

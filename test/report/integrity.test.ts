/**
 * Issue 17, output integrity: nothing a linted file holds can act on a terminal or a CI log, and
 * every format builds its output linearly (no spread of all findings into one call).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCli } from '../cli/harness.js';
import { loadFormatter } from '../../src/report/index.js';
import { allRules } from '../../rules/index.js';
import { clusterReport, printable } from '../../src/report/files.js';
import { lintFiles } from '../../src/index.js';
import type { LintReport } from '../../src/report/types.js';
import type { Finding } from '../../src/engine/finding.js';

const KRAFT = 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@localhost:9093\nlisteners=PLAINTEXT://:9092,CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\nlog.dirs=/var/lib/kafka\n';

function lintDir(files: Record<string, string>, argv: string[], env: Record<string, string> = {}): { stdout: string; code: number } {
  const dir = mkdtempSync(join(tmpdir(), 'kafka-lint-integrity-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return spawnCli(['.', ...argv], { cwd: dir, env: { GITHUB_WORKSPACE: dir, ...env } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('content of linted files cannot act on the output', () => {
  it('printable shows control characters and line breaks as text', () => {
    expect(printable('a\u001b[2Jb\r\nc\u0085d\te\rf')).toBe('a\\x1B[2Jb\\nc\\x85d\te\\rf');
  });

  it('stylish: a key holding ESC[2J is printed as text, not sent to the terminal', () => {
    const run = lintDir({ 'server.properties': `${KRAFT}foo\u001b[2J.bar=1\n` }, ['--kafka-version', '4.4']);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain("Unknown key 'foo\\x1B[2J.bar'");
  });

  it('github: past the annotation limit, no linted content starts a workflow command of its own', () => {
    // Eleven unknown keys whose names carry a line break and a forged command: more than GitHub annotates.
    const keys = Array.from({ length: 12 }, (_, i) => `custom.key${i}\\n::error file=x::forged${i}=1`).join('\n');
    const run = lintDir({ 'server.properties': `${KRAFT}${keys}\n` }, ['--kafka-version', '4.4', '-f', 'github']);
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(12);
    for (const line of lines) {
      expect(line.startsWith('::') ? /^::(error|warning|notice) [^:]*::/.test(line) : line.startsWith('kafka-lint: ')).toBe(true);
      expect(line).not.toMatch(/\n::error file=x::/);
    }
    expect(lines.filter((l) => l.includes('::error file=x::forged')).every((l) => !l.startsWith('::error file=x'))).toBe(true);
  });
});

describe('formats build their output linearly', () => {
  /** A report of one file with n findings. */
  function report(n: number): LintReport {
    const findings: Finding[] = Array.from({ length: n }, (_, i) => ({
      ruleId: 'broker/unknown-key', messageId: 'unknown', severity: i % 3 === 0 ? 'error' : 'warning', message: `Unknown key 'k${i}'`, file: 'server.properties', line: i + 1, column: 1,
    }));
    const cluster = clusterReport(lintFiles([{ file: 'server.properties', text: KRAFT }]).clusters[0]!, 'c');
    cluster.findings = findings;
    return { rules: allRules, toolVersion: '0.0.0', clusters: [cluster] };
  }

  it.each(['stylish', 'github', 'junit', 'json'] as const)('%s formats 200,000 findings of one file without overflowing the stack', async (name) => {
    const format = await loadFormatter(name);
    const out = format(report(200_000), { color: false, warningsFail: false, env: {}, cwd: '.' });
    expect(out.length).toBeGreaterThan(200_000);
  });
});

describe('a dense file reports a bounded number of findings', () => {
  it('one rule lists at most 1000 findings per file, then says how many more it found', () => {
    const text = `broker.id=1\n${'x=1\n'.repeat(5000)}`;
    const findings = lintFiles([{ file: 'server.properties', text }], { kafkaVersion: '4.4' }).clusters[0]!.findings.filter((f) => f.ruleId === 'properties/duplicate-key');
    expect(findings).toHaveLength(1001);
    expect(findings.at(-1)).toMatchObject({
      messageId: 'more-not-listed',
      severity: 'warning',
      line: 1002,
      message: 'properties/duplicate-key found 3999 more problems in this file that are not listed: kafka-lint lists at most 1000 findings of one rule in one file. Fix the ones listed and run again.',
    });
  });

  it('SARIF of a 4 MiB file of a million duplicate lines stays small (it ran out of memory at 1.3 million findings)', () => {
    const run = lintDir({ 'server.properties': `${KRAFT}${'x=1\n'.repeat(1_000_000)}` }, ['--kafka-version', '4.4', '-f', 'sarif']);
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeLessThan(2_000_000);
    expect(JSON.parse(run.stdout).runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'properties/duplicate-key')).toHaveLength(1001);
    expect(run.stdout).toContain('998999 more problems');
  }, 120_000);
});

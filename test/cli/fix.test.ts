import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEdits, fixesFor } from '../../src/engine/fix.js';
import { decodeConfigBytes } from '../../src/parse/decode.js';
import { unifiedDiff } from '../../src/cli/diff.js';
import { lintFiles } from '../../src/index.js';
import type { Finding } from '../../src/engine/finding.js';
import type { TextEdit } from '../../src/core/text.js';
import { spawnCli, repoRoot } from './harness.js';

const edit = (start: number, end: number, text: string): TextEdit => ({ file: 'f', start, end, text });
const target = (bytes: Buffer) => ({ bytes, ...decodeConfigBytes(bytes) });

describe('applyEdits', () => {
  it('changes only the edited bytes: CRLF endings and UTF-8 before the edit stay as they were', () => {
    const bytes = Buffer.from('# café\r\nclientport=2181\r\ntickTime=2000\r\n', 'utf8');
    const t = target(bytes);
    const start = t.text.indexOf('clientport');
    const out = applyEdits(t, [[edit(start, start + 'clientport'.length, 'clientPort')]]);
    expect(out.applied).toBe(1);
    expect(Buffer.from(out.bytes).toString('utf8')).toBe('# café\r\nclientPort=2181\r\ntickTime=2000\r\n');
  });
  it('writes a Latin-1 file back as Latin-1, and refuses characters Latin-1 cannot hold', () => {
    const bytes = Buffer.from('# \xe9t\xe9\nclientport=1\n', 'latin1');
    const t = target(bytes);
    expect(t.encoding).toBe('latin1');
    const start = t.text.indexOf('clientport');
    const ok = applyEdits(t, [[edit(start, start + 10, 'clientPort')]]);
    expect(Buffer.compare(Buffer.from(ok.bytes), Buffer.from('# \xe9t\xe9\nclientPort=1\n', 'latin1'))).toBe(0);
    expect(applyEdits(t, [[edit(start, start + 10, 'clientPort\u20ac')]])).toMatchObject({ applied: 0, rejected: 1 });
  });
  it('rejects a fix that overlaps one already taken, whole', () => {
    const t = target(Buffer.from('abcdef'));
    const out = applyEdits(t, [[edit(1, 3, 'X')], [edit(2, 4, 'Y'), edit(5, 6, 'Z')], [edit(4, 5, 'W')]]);
    expect(out).toMatchObject({ applied: 2, rejected: 1 });
    expect(Buffer.from(out.bytes).toString()).toBe('aXdWf');
  });
  it('keeps a byte-order mark', () => {
    const t = target(Buffer.from('\ufeffclientport=1\n', 'utf8'));
    const out = applyEdits(t, [[edit(1, 11, 'clientPort')]]);
    expect(Buffer.from(out.bytes).toString('utf8')).toBe('\ufeffclientPort=1\n');
  });
  it('fixesFor takes each finding\'s edits for one file', () => {
    const findings: Finding[] = [
      { ruleId: 'a', messageId: 'm', severity: 'error', message: 'm', fix: [edit(0, 1, 'x')] },
      { ruleId: 'b', messageId: 'm', severity: 'error', message: 'm', fix: [{ ...edit(0, 1, 'y'), file: 'other' }] },
      { ruleId: 'c', messageId: 'm', severity: 'error', message: 'm' },
    ];
    expect(fixesFor(findings, 'f')).toEqual([[edit(0, 1, 'x')]]);
  });
});

describe('unifiedDiff', () => {
  it('shows changed lines with context, and hides secret values on both sides', () => {
    const before = 'a=1\nb=2\nssl.truststore.pasword=TS-SECRET-1\nc=3\n';
    const after = 'a=1\nb=2\nssl.truststore.password=TS-SECRET-1\nc=3\n';
    expect(unifiedDiff('server.properties', before, after)).toBe(
      [
        '--- a/server.properties',
        '+++ b/server.properties',
        '@@ -1,4 +1,4 @@',
        ' a=1',
        ' b=2',
        '-ssl.truststore.pasword=(hidden)',
        '+ssl.truststore.password=(hidden)',
        ' c=3',
        '',
      ].join('\n'),
    );
  });
  it('marks carriage returns and a missing final newline', () => {
    expect(unifiedDiff('zoo.cfg', 'clientport=1\r\nx=1', 'clientPort=1\r\nx=1')).toBe(
      '--- a/zoo.cfg\n+++ b/zoo.cfg\n@@ -1,2 +1,2 @@\n-clientport=1\u240d\n+clientPort=1\u240d\n x=1\n\\ No newline at end of file\n',
    );
  });
});

describe('kafka-lint --fix (built CLI)', () => {
  const fixtureDir = join(repoRoot, 'test', 'fixtures', 'cli', 'fix');
  const files = ['zoo.cfg', 'server.properties'];
  it('fixes with byte-exact edits, and the fixed files re-lint without those findings', () => {
    const before = new Map(files.map((f) => [f, readFileSync(join(fixtureDir, f))]));
    const fixable = files.flatMap((f) => {
      const bytes = before.get(f) as Buffer;
      const { findings } = lintFiles([{ file: f, ...decodeConfigBytes(bytes) }]);
      return findings.filter((x) => x.fix).map((x) => ({ file: f, finding: x }));
    });
    expect(fixable.length, 'some rule gives a fix for the fixtures (broker/unknown-key, zookeeper/unknown-key, broker/zookeeper-connect-format)').toBeGreaterThan(0);

    const dir = mkdtempSync(join(tmpdir(), 'kafka-lint-fix-'));
    try {
      cpSync(fixtureDir, dir, { recursive: true });
      const dry = spawnCli(['--fix-dry-run', '.'], { cwd: dir });
      expect(dry.stdout).toMatch(/^--- a\//m);
      for (const f of files) expect(Buffer.compare(readFileSync(join(dir, f)), before.get(f) as Buffer), 'dry run changes nothing').toBe(0);

      const run = spawnCli(['--fix', '--format', 'json', '.'], { cwd: dir });
      expect(run.stderr).toMatch(/fixed \d+ problems? in \d+ files?/);
      const remaining = (JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; key: string | null }[] }[]).flatMap((r) =>
        r.messages.map((m) => `${r.filePath} ${m.ruleId} ${m.key}`),
      );
      for (const { file, finding } of fixable) expect(remaining).not.toContain(`${file} ${finding.ruleId} ${finding.key}`);

      // Every byte outside the fixed ranges is unchanged: splice the edits into the original
      // bytes independently of applyEdits and compare.
      for (const f of files) {
        const original = before.get(f) as Buffer;
        const text = decodeConfigBytes(original).text;
        const edits = fixable.filter((x) => x.file === f).flatMap((x) => x.finding.fix ?? []).sort((a, b) => b.start - a.start);
        let expected = original;
        for (const e of edits) {
          const s = Buffer.byteLength(text.slice(0, e.start));
          const end = Buffer.byteLength(text.slice(0, e.end));
          expected = Buffer.concat([expected.subarray(0, s), Buffer.from(e.text), expected.subarray(end)]);
        }
        expect(readFileSync(join(dir, f)).toString('latin1')).toBe(expected.toString('latin1'));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEdits, fixesByFile } from '../../src/engine/fix.js';
import { decodeConfigBytes } from '../../src/parse/decode.js';
import { unifiedDiff } from '../../src/cli/diff.js';
import { maskSecretValues } from '../../src/engine/redact.js';
import { loadCluster } from '../../src/engine/load.js';
import { lintFiles } from '../../src/index.js';
import type { Finding } from '../../src/engine/finding.js';
import type { TextEdit } from '../../src/core/text.js';
import { builtCli, spawnCli, repoRoot } from './harness.js';

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
  it('fixesByFile groups each finding\'s edits under the file they edit', () => {
    const findings: Finding[] = [
      { ruleId: 'a', messageId: 'm', severity: 'error', message: 'm', fix: [edit(0, 1, 'x')] },
      { ruleId: 'b', messageId: 'm', severity: 'error', message: 'm', fix: [{ ...edit(0, 1, 'y'), file: 'other' }] },
      { ruleId: 'c', messageId: 'm', severity: 'error', message: 'm' },
      { ruleId: 'd', messageId: 'm', severity: 'error', message: 'm', fix: [edit(2, 3, 'z'), { ...edit(0, 1, 'y'), file: 'other' }] },
      { ruleId: 'e', messageId: 'm', severity: 'error', message: 'm', fix: [edit(4, 5, 'w')] },
    ];
    expect(fixesByFile(findings)).toEqual(new Map([['f', [[edit(0, 1, 'x')], [edit(4, 5, 'w')]]], ['other', [[{ ...edit(0, 1, 'y'), file: 'other' }]]]]));
  });
  it('an edit that touches one taken before is held back, wherever it lies among many', () => {
    const t = target(Buffer.from('abcdefghij', 'utf8'));
    const out = applyEdits(t, [[edit(8, 9, 'I')], [edit(2, 4, 'CD')], [edit(3, 5, 'no')], [edit(4, 4, '+')], [edit(2, 2, 'no')], [edit(0, 1, 'A')], [edit(9, 10, 'J')], [edit(7, 9, 'no')]]);
    expect(Buffer.from(out.bytes).toString('utf8')).toBe('AbCD+efghIJ');
    expect(out).toMatchObject({ applied: 5, rejected: 3 });
  });
});

describe('unifiedDiff', () => {
  // Each side as the pipeline gives it: bytes, decoded text, and the text with secret values masked.
  const side = (file: string, text: string, encoding: BufferEncoding) => {
    const bytes = Buffer.from(text, encoding);
    const decoded = decodeConfigBytes(bytes).text;
    return { bytes, text: decoded, masked: maskSecretValues(decoded, loadCluster([{ file, text: decoded }]), file) };
  };
  const diff = (file: string, before: string, after: string, encoding: BufferEncoding = 'utf8') => {
    const { patch, withheld } = unifiedDiff(file, side(file, before, encoding), side(file, after, encoding));
    return { patch: patch.toString(encoding), withheld };
  };
  it('shows changed lines with three lines of context', () => {
    expect(diff('zoo.cfg', 'a=1\nb=2\nc=3\nclientport=1\nd=4\ne=5\nf=6\ng=7\n', 'a=1\nb=2\nc=3\nclientPort=1\nd=4\ne=5\nf=6\ng=7\n')).toEqual({
      patch: '--- a/zoo.cfg\n+++ b/zoo.cfg\n@@ -1,7 +1,7 @@\n a=1\n b=2\n c=3\n-clientport=1\n+clientPort=1\n d=4\n e=5\n f=6\n',
      withheld: [],
    });
  });
  it('keeps carriage returns and the bytes of a Latin-1 file; marks a missing final newline', () => {
    expect(diff('zoo.cfg', '# \xe9t\xe9\r\nclientport=1\r\nx=1', '# \xe9t\xe9\r\nclientPort=1\r\nx=1', 'latin1')).toEqual({
      patch: '--- a/zoo.cfg\n+++ b/zoo.cfg\n@@ -1,3 +1,3 @@\n # \xe9t\xe9\r\n-clientport=1\r\n+clientPort=1\r\n x=1\n\\ No newline at end of file\n',
      withheld: [],
    });
  });
  it('never prints a secret: a change on a secret line, or one whose only following context is secret, is withheld', () => {
    const before = 'a=1\nssl.truststore.pasword=TS-SECRET-1\nc=3\nclientport=1\nssl.key.password=K-SECRET-2\nz=9\n';
    const after = 'a=1\nssl.truststore.password=TS-SECRET-1\nc=3\nclientPort=1\nssl.key.password=K-SECRET-2\nz=9\n';
    expect(diff('server.properties', before, after)).toEqual({ patch: '', withheld: [2, 4] });
  });
  it('stops context at a secret line and numbers later hunks as if only the shown ones applied', () => {
    const before = 'clientport=1\nb=2\nKAFKA_OPTS="-Djavax.net.ssl.keyStorePassword=S3CRET"\nd=4\ninitlimit=5\nf=6\n';
    const after = 'clientPort=1\nb=2\nKAFKA_OPTS="-Djavax.net.ssl.keyStorePassword=S3CRET"\nd=4\ninitLimit=5\nf=6\n';
    expect(diff('zoo.cfg', before, after)).toEqual({
      patch: '--- a/zoo.cfg\n+++ b/zoo.cfg\n@@ -1,2 +1,2 @@\n-clientport=1\n+clientPort=1\n b=2\n@@ -4,3 +4,3 @@\n d=4\n-initlimit=5\n+initLimit=5\n f=6\n',
      withheld: [],
    });
  });
  it('C-quotes a path as git does', () => {
    expect(diff('conf/"zoo".cfg', 'clientport=1\n', 'clientPort=1\n').patch).toMatch(/^--- "a\/conf\/\\"zoo\\"\.cfg"\n\+\+\+ "b\/conf\/\\"zoo\\"\.cfg"\n/);
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

describe('kafka-lint --fix-dry-run (built CLI): a patch git apply accepts, apart from the report', () => {
  const zoo = (lines: string[], eol: string): string => lines.join(eol) + eol;
  const zooLines = ['tickTime=2000', 'initLimit=10', 'syncLimit=5', 'dataDir=/var/lib/zookeeper', 'clientport=2181', 'autopurge.purgeInterval=24', 'admin.enableServer=false'];
  const files: Record<string, Buffer> = {
    'bom/zoo.cfg': Buffer.from(`\ufeff${zoo(zooLines, '\n')}`, 'utf8'),
    'latin1/zoo.cfg': Buffer.from(zoo(['# ZooKeeper, caf\xe9 r\xe9seau (Latin-1)', ...zooLines], '\r\n'), 'latin1'),
    'kafka dir/server.properties': readFileSync(join(repoRoot, 'test', 'fixtures', 'cli', 'fix', 'server.properties')),
    'secrets/server.properties': Buffer.from(
      'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@localhost:9093\nlisteners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093\n' +
        'controller.listener.names=CONTROLLER\nlog.dirs=/var/lib/kafka/data\nssl.truststore.pasword=TS-SECRET-1\n',
    ),
  };
  const spawnBytes = (argv: string[], cwd: string) => spawnSync(process.execPath, [builtCli, ...argv], { cwd, env: { PATH: process.env['PATH'] ?? '' }, input: '' });
  const git = (args: string[], cwd: string) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', ...args], { cwd, encoding: 'utf8' });
  const hasGit = git(['--version'], repoRoot).status === 0;
  if (!hasGit) console.warn('git apply tests skipped: git is not installed');

  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kafka-lint-patch-'));
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(join(dir, 'repo', name, '..'), { recursive: true });
      writeFileSync(join(dir, 'repo', name), bytes);
    }
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it('-f json and -f sarif keep stdout for the report; the patch and notices go to stderr and hide secrets', () => {
    const repo = join(dir, 'repo');
    for (const format of ['json', 'sarif']) {
      const run = spawnBytes(['--fix-dry-run', '-f', format, '.'], repo);
      expect(() => JSON.parse(run.stdout.toString('utf8')), `${format} on stdout parses`).not.toThrow();
      const stderr = run.stderr.toString('latin1');
      expect(stderr).toMatch(/^--- a\/bom\/zoo\.cfg$/m);
      expect(stderr).toContain('kafka-lint: secrets/server.properties:7: a fix on or next to a line that holds a secret is left out of the diff; --fix applies it\n');
      expect(`${run.stdout.toString('latin1')}${stderr}`).not.toContain('TS-SECRET-1');
    }
    for (const f of Object.keys(files)) expect(Buffer.compare(readFileSync(join(repo, f)), files[f] as Buffer), `${f} unchanged`).toBe(0);
  });

  it.skipIf(!hasGit)('git apply --check accepts what 2> wrote, with a byte-order mark, Latin-1, CRLF and a space in a path; applied, it equals --fix', () => {
    const repo = join(dir, 'repo');
    expect(git(['init', '-q'], repo).status).toBe(0);
    writeFileSync(join(dir, 'fix.patch'), spawnBytes(['--fix-dry-run', '-f', 'json', '.'], repo).stderr);
    const check = git(['apply', '--check', join(dir, 'fix.patch')], repo);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(git(['apply', join(dir, 'fix.patch')], repo).status).toBe(0);

    const fixed = join(dir, 'fixed');
    cpSync(join(dir, 'repo'), fixed, { recursive: true });
    for (const f of Object.keys(files)) writeFileSync(join(fixed, f), files[f] as Buffer);
    expect(spawnBytes(['--fix', '.'], fixed).stderr.toString()).toMatch(/fixed \d+ problems in 4 files/);
    for (const f of ['bom/zoo.cfg', 'latin1/zoo.cfg', 'kafka dir/server.properties']) {
      expect(readFileSync(join(repo, f)).toString('latin1'), f).toBe(readFileSync(join(fixed, f)).toString('latin1'));
      expect(readFileSync(join(repo, f)).toString('latin1'), `${f} was fixed`).not.toBe((files[f] as Buffer).toString('latin1'));
    }
  });

  it('with stylish on stdout the patch comes first, and with every format in a file stdout is the patch alone', () => {
    const repo = join(dir, 'stylish');
    cpSync(join(dir, 'repo'), repo, { recursive: true });
    for (const f of Object.keys(files)) writeFileSync(join(repo, f), files[f] as Buffer);
    expect(spawnBytes(['--fix-dry-run', '.'], repo).stdout.toString('utf8')).toMatch(/^--- a\/bom\/zoo\.cfg\n[^]*\n✖ \d+ problems/);
    const alone = spawnBytes(['--fix-dry-run', '-f', 'json', '-o', join(dir, 'report.json'), '.'], repo).stdout.toString('latin1');
    expect(alone).toMatch(/^--- a\/bom\/zoo\.cfg\n/);
    expect(alone.split('\n').filter((l) => l !== '' && !/^([-+ @\\]|--- |\+\+\+ )/.test(l))).toEqual([]);
  });
});

describe('kafka-lint --fix and standard input (built CLI)', () => {
  const stdin = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientport=2181\n';
  it('--fix with - is refused: exit 2, one line, nothing on stdout', () => {
    expect(spawnCli(['--fix', '-', '--stdin-filename', 'zoo.cfg'], { stdin })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kafka-lint: --fix cannot write to standard input; use --fix-dry-run to see the fixes as a diff\n',
    });
  });
  it('--fix-dry-run with - prints the patch and keeps the exit code of a run without it', () => {
    const plain = spawnCli(['-', '--stdin-filename', 'zoo.cfg', '-f', 'json'], { stdin });
    expect(plain.code).toBe(1);
    const dry = spawnCli(['--fix-dry-run', '-', '--stdin-filename', 'zoo.cfg', '-f', 'json'], { stdin });
    expect(dry.code).toBe(1);
    expect(dry.stderr).toContain('--- a/zoo.cfg\n+++ b/zoo.cfg\n@@ -2,4 +2,4 @@\n initLimit=10\n syncLimit=5\n dataDir=/var/lib/zookeeper\n-clientport=2181\n+clientPort=2181\n');
    expect(JSON.parse(dry.stdout)).toEqual(JSON.parse(plain.stdout));
  });
});

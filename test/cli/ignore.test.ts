/**
 * The gitignore-syntax matcher of `.kafka-lintignore` and `--ignore-pattern`, against git's own
 * `git check-ignore` as the oracle; ignored and unmatched paths through the built CLI.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ignoreMatcher } from '../../src/cli/ignore.js';
import { repoRoot, spawnCli, type CliRun } from './harness.js';

const hasGit = spawnSync('git', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasGit) console.warn('the git check-ignore oracle test is skipped: git is not installed');

/** A tree: directories end with `/`. */
const TREE = [
  'zoo.cfg', 'server.properties', 'notes.bak', '.env', '#hash.cfg', '!bang.cfg', 'zy', 'xy',
  'build/', 'build/zoo.cfg', 'build/keep.cfg',
  'abc/', 'abc/x', 'abc/keep/', 'abc/keep/f',
  'd/', 'd/e/', 'd/e/f',
  'a/', 'a/b', 'a/x/', 'a/x/b', 'a/x/y/', 'a/x/y/b',
  'clusters/', 'clusters/prod/', 'clusters/prod/server.properties', 'clusters/prod/zoo.cfg', 'clusters/test/', 'clusters/test/server.properties',
  'deep/', 'deep/build/', 'deep/build/zoo.cfg', 'deep/build.cfg',
  'space dir/', 'space dir/zoo.cfg ',
];

const CASES: Record<string, string[]> = {
  'a name matches at any depth; a trailing / only directories': ['build/', 'zoo.cfg', '# a comment', '', 'notes.bak/'],
  'a / at the start or in the middle anchors': ['/zoo.cfg', 'clusters/test', 'build.cfg'],
  'negation re-includes, but not under an ignored directory': ['*.cfg', '!zoo.cfg', 'd/', '!d/e/f', 'abc/**', '!abc/keep/'],
  'globs: *, ?, classes, **': ['a/**/b', '**/prod/*.properties', '[!x]y', 'deep/*/zoo.?fg', 'clusters/**'],
  'escapes and dot files': ['\\#hash.cfg', '\\!bang.cfg', '.env', 'zoo.cfg\\ '],
  'the last matching line decides': ['clusters/', '!clusters/', '*.properties', '!server.properties', 'server.properties'],
};

describe('ignoreMatcher', () => {
  it('reads gitignore syntax', () => {
    const ignored = ignoreMatcher(['build/', '*.bak', '!keep.bak', '/top.cfg', 'conf/*.cfg']);
    expect(ignored('build', true)).toBe(true);
    expect(ignored('build', false)).toBe(false);
    expect(ignored('x/build/zoo.cfg', false)).toBe(true);
    expect(ignored('x/a.bak', false)).toBe(true);
    expect(ignored('x/keep.bak', false)).toBe(false);
    expect(ignored('top.cfg', false)).toBe(true);
    expect(ignored('x/top.cfg', false)).toBe(false);
    expect(ignored('conf/zoo.cfg', false)).toBe(true);
    expect(ignored('x/conf/zoo.cfg', false)).toBe(false);
    expect(ignored('../outside/zoo.cfg', false)).toBe(false);
  });

  describe.skipIf(!hasGit)('agrees with git check-ignore', () => {
    let repo: string;
    beforeAll(() => {
      repo = mkdtempSync(join(tmpdir(), 'kafka-lint-ignore-'));
      spawnSync('git', ['init', '-q'], { cwd: repo });
      for (const p of TREE) {
        if (p.endsWith('/')) mkdirSync(join(repo, p), { recursive: true });
        else writeFileSync(join(repo, p), '');
      }
      return () => rmSync(repo, { recursive: true, force: true });
    });
    it.each(Object.entries(CASES))('%s', (_name, lines) => {
      writeFileSync(join(repo, '.gitignore'), lines.join('\n') + '\n');
      const paths = TREE.map((p) => p.replace(/\/$/, ''));
      const r = spawnSync('git', ['check-ignore', '--stdin', '-v', '-n', '--no-index'], { cwd: repo, input: paths.join('\n') + '\n', encoding: 'utf8' });
      const byGit = Object.fromEntries(
        r.stdout
          .split('\n')
          .filter(Boolean)
          .map((line) => {
            const [source, path] = line.split('\t') as [string, string];
            const pattern = source.slice(source.indexOf(':', source.indexOf(':') + 1) + 1);
            return [path.replace(/^"|"$/g, ''), source !== '::' && !pattern.startsWith('!')];
          }),
      );
      const ignored = ignoreMatcher(lines);
      const ours = Object.fromEntries(TREE.map((p) => [p.replace(/\/$/, ''), ignored(p.replace(/\/$/, ''), p.endsWith('/'))]));
      expect(ours).toEqual(byGit);
    });
  });
});

describe('ignored and unmatched paths (built CLI)', () => {
  const broker = readFileSync(join(repoRoot, 'test', 'fixtures', 'cli', 'dup', 'server.properties'));
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kafka-lint-ignored-'));
    for (const f of ['build/server.properties', 'conf/server.properties', 'conf/old/server.properties', 'conf/old/keep/server.properties', 'generated/server.properties', 'nested/build/server.properties']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), broker);
    }
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'README.md'), '# not a config\n');
    writeFileSync(join(dir, 'kafka-lint.config.json'), JSON.stringify({ ignores: ['generated/**'] }));
    return () => rmSync(dir, { recursive: true, force: true });
  });
  const files = (run: CliRun): string[] => (JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath);

  it('a file named on the command line that ignores match: a notice, an empty report, exit 0', () => {
    const run = spawnCli(['generated/server.properties', '-f', 'json'], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: '[]\n', stderr: 'kafka-lint: skipped generated/server.properties: ignored by the "ignores" of the config file\n' });
    const stylish = spawnCli(['generated/server.properties'], { cwd: dir });
    expect(stylish.code).toBe(0);
  });

  it('--ignore-pattern (repeatable, gitignore syntax) and .kafka-lintignore (negation, directories, anchoring)', () => {
    const all = spawnCli(['.', '-f', 'json'], { cwd: dir });
    expect(files(all)).toEqual(['build/server.properties', 'conf/old/keep/server.properties', 'conf/old/server.properties', 'conf/server.properties', 'nested/build/server.properties']);
    const patterns = spawnCli(['.', '-f', 'json', '--ignore-pattern', 'build/', '--ignore-pattern', '/conf/old/'], { cwd: dir });
    expect(files(patterns)).toEqual(['conf/server.properties']);
    writeFileSync(join(dir, '.kafka-lintignore'), '# anchored: only the top build/\n/build/\nconf/old/*\n!conf/old/keep/\n');
    try {
      expect(files(spawnCli(['.', '-f', 'json'], { cwd: dir }))).toEqual(['conf/old/keep/server.properties', 'conf/server.properties', 'nested/build/server.properties']);
      expect(spawnCli(['build/server.properties', '-f', 'json'], { cwd: dir })).toEqual({ code: 0, stdout: '[]\n', stderr: 'kafka-lint: skipped build/server.properties: ignored by .kafka-lintignore\n' });
      expect(JSON.parse(spawnCli(['--print-config', 'build/server.properties'], { cwd: dir }).stdout)).toMatchObject({ ignored: true });
    } finally {
      rmSync(join(dir, '.kafka-lintignore'));
    }
  });

  it('.gitignore is not read', () => {
    writeFileSync(join(dir, '.gitignore'), 'conf/\n');
    try {
      expect(files(spawnCli(['conf', '-f', 'json'], { cwd: dir }))).toContain('conf/server.properties');
    } finally {
      rmSync(join(dir, '.gitignore'));
    }
  });

  it('a path with no config file is exit 2, and exit 0 with --no-error-on-unmatched-pattern', () => {
    expect(spawnCli(['docs'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'kafka-lint: no Kafka or ZooKeeper config files found in docs\n' });
    expect(spawnCli(['docs', 'missing/zoo.cfg', '--no-error-on-unmatched-pattern', '-f', 'json'], { cwd: dir })).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr: 'kafka-lint: cannot read missing/zoo.cfg: no such file or directory\n',
    });
    expect(spawnCli(['missing/zoo.cfg'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'kafka-lint: cannot read missing/zoo.cfg: no such file or directory\n' });
  });
});

/**
 * No output shows a secret: across every format (stylish, json, sarif, github, junit), from the
 * built executable and from the src/report formatters, neither the fixtures with known secrets
 * (test/fixtures/secrets: password keys, listener-prefixed passwords, sasl.jaas.config, PEM keys,
 * in .properties, zoo.cfg, compose environment and systemd Environment=) nor the real-world
 * corpus print a password-type value or a secret inside sasl.jaas.config.
 * (test/report/secrets.test.ts covers --fix-dry-run, --print-config and the baseline file.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadCluster, type SourceFile } from '../src/engine/load.js';
import { lintFiles } from '../src/index.js';
import { isSecretKey } from '../src/model/secrets.js';
import { decodeConfigBytes } from '../src/parse/decode.js';
import { loadFormatter } from '../src/report/index.js';
import { clusterReport } from '../src/report/files.js';
import { FORMAT_NAMES, type Formatter, type LintReport } from '../src/report/types.js';
import { allRules } from '../rules/index.js';
import { repoRoot, spawnCli } from './cli/harness.js';
import { corpusDir, corpusPresent, corpusRepositories } from './hardening/corpus.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'secrets');
const fixtureFiles: SourceFile[] = readdirSync(fixtures, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => join(d.parentPath, d.name))
  .sort()
  .map((p) => ({ file: relative(repoRoot, p), text: decodeConfigBytes(readFileSync(p)).text }));
/** Every secret in the fixtures is written as WORD-SECRET-hex. */
const fixtureSecrets = [...new Set(fixtureFiles.flatMap((f) => f.text.match(/[A-Z]+-SECRET-[0-9a-f]+/g) ?? []))];

/** Quoted values inside a JAAS config that are secrets: password=, user_<name>=, and the like. */
const JAAS_SECRET = /\b(?:password|user_[\w.-]+|secret|token|apikey|api_key|clientSecret)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/gi;
/** A value that only points at a secret kept elsewhere: a config provider, a variable, a template. */
const REFERENCE = /^\s*(\$\{[^}]*\}|\$\w+|\{\{.*\}\}|<%.*%>|__\w+__)\s*$/;

/**
 * The secret values a cluster holds: the value of every entry whose key holds a secret, and the
 * secrets inside JAAS configs. Values of three characters or fewer, references to secrets kept
 * elsewhere, and words any output prints anyway (in the rules' texts or the file paths, as a
 * password equal to the project's name) are left out.
 */
function secretsOf(files: SourceFile[]): string[] {
  const cluster = loadCluster(files.map((f) => ({ ...f })));
  const found = new Set<string>();
  const seen = new Set<object>();
  const visit = (x: unknown): void => {
    if (typeof x !== 'object' || x === null || seen.has(x)) return;
    seen.add(x);
    const entry = x as { key?: unknown; value?: unknown };
    if (typeof entry.key === 'string' && typeof entry.value === 'string' && isSecretKey(entry.key)) {
      if (/jaas/i.test(entry.key) || /LoginModule/.test(entry.value)) {
        for (const m of entry.value.matchAll(JAAS_SECRET)) found.add(m[1] ?? m[2] ?? m[3] ?? '');
      } else {
        found.add(entry.value.trim());
      }
    }
    for (const v of x instanceof Map ? x.values() : Object.values(x)) visit(v);
  };
  visit(cluster);
  const shownAnyway = JSON.stringify(allRules.map((r) => r.meta)) + files.map((f) => f.file).join('\n');
  return [...found].filter((s) => s.length > 3 && !REFERENCE.test(s) && !shownAnyway.includes(s));
}

function expectNoSecret(text: string, secrets: readonly string[], where: string): void {
  for (const s of secrets) expect(text.includes(s), `${where} shows the secret ${JSON.stringify(s)}`).toBe(false);
}

const formatters = new Map<string, Formatter>();
beforeAll(async () => {
  for (const name of FORMAT_NAMES) formatters.set(name, await loadFormatter(name));
});

/** Every format's output for files linted as one cluster, through the src/report formatters. */
function formatted(files: SourceFile[], name: string): Map<string, string> {
  const result = lintFiles(files.map((f) => ({ ...f })), {}, name);
  const report: LintReport = {
    clusters: result.clusters.map((c) => clusterReport(c, name)),
    rules: allRules,
    toolVersion: '0.0.0-test',
  };
  return new Map([...formatters].map(([format, render]) => [format, render(report, { color: false, warningsFail: true, env: { GITHUB_WORKSPACE: repoRoot }, cwd: repoRoot })]));
}

describe('the fixtures with known secrets', () => {
  it('hold secrets of every kind, and the secret finder finds them all', () => {
    expect(fixtureSecrets.length).toBeGreaterThanOrEqual(30);
    const found = secretsOf(fixtureFiles);
    // Not secret keys to kafka-lint, yet checked in every output below: JVM system properties
    // (-D...Password=, not config entries), misspelt keys (ssl.truststore.pasword, ssl.key.passwd)
    // and bitnami's KAFKA_CLIENT_PASSWORDS.
    const notKeys = fixtureSecrets.filter((s) => /^(CJVM|SZK|TS|TYPO|BCLI)-/.test(s));
    expect(fixtureSecrets.filter((s) => !notKeys.includes(s) && !found.some((f) => f.includes(s)))).toEqual([]);
  });
  it.each(FORMAT_NAMES.map((f) => [f]))('the src/report %s format shows none of them', (format) => {
    expectNoSecret(formatted(fixtureFiles, 'secrets').get(format) as string, fixtureSecrets, format);
  });
  it.each(FORMAT_NAMES.map((f) => [f]))('the built executable with --format %s shows none of them', (format) => {
    const run = spawnCli(['test/fixtures/secrets', '--format', format, '--show-clusters']);
    expect(run.code, run.stderr).toBe(1);
    expectNoSecret(run.stdout + run.stderr, fixtureSecrets, `kafka-lint --format ${format}`);
  });
});

describe.skipIf(!corpusPresent)('the real-world corpus', () => {
  if (!corpusPresent) console.warn(`secrets: corpus checks skipped, ${corpusDir} is absent.`);
  const repos = corpusPresent ? corpusRepositories() : new Map<string, SourceFile[]>();
  const secrets = [...repos.values()].flatMap((files) => secretsOf(files));
  let dir = '';
  beforeAll(() => {
    // The corpus laid out as ../shared/corpus/clusters.sh lays it out, for the executable.
    dir = mkdtempSync(join(tmpdir(), 'kafka-lint-corpus-'));
    for (const files of repos.values()) {
      for (const f of files) {
        mkdirSync(join(dir, f.file, '..'), { recursive: true });
        writeFileSync(join(dir, f.file), f.text);
      }
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds secrets to look for', () => {
    expect(secrets.length).toBeGreaterThanOrEqual(10);
  });
  it('no src/report format shows one, for any repository', () => {
    for (const [repo, files] of repos) {
      const own = secretsOf(files);
      for (const [format, text] of formatted(files, repo)) expectNoSecret(text, own, `${format} of ${repo}`);
    }
  });
  it.each(FORMAT_NAMES.map((f) => [f]))('the built executable with --format %s shows none', (format) => {
    const run = spawnCli(['--cluster-per-dir', '--format', format, '.'], { cwd: dir });
    expect([0, 1], run.stderr).toContain(run.code);
    expectNoSecret(run.stdout + run.stderr, secrets, `kafka-lint --format ${format} on the corpus`);
  });
});

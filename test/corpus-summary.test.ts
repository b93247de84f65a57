/**
 * Lints the whole real-world corpus (../shared/corpus), each source repository as one cluster,
 * grouped as SOURCES.tsv and ../shared/corpus/clusters.sh group them (clusters.sh copies each file
 * to DEST/<owner>__<repo>/<file name>; test/hardening/corpus.ts builds the same names in memory).
 * Files are read and linted as the CLI does it: decodeConfigBytes, then lintFiles.
 *
 * Checks: no rule fails, every finding in a file has a line, and the counts of findings per rule
 * and severity, and per repository, equal test/corpus-summary.json, so a behaviour change shows in
 * review. After an intended change, rewrite the summary with
 *
 *     UPDATE_CORPUS_SUMMARY=1 npx vitest run test/corpus-summary.test.ts
 *
 * and commit it with the change. Skipped, with a notice, when the corpus is absent.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCluster } from '../src/engine/load.js';
import { corpusDir as corpus, corpusPresent as present, corpusRepositories as repositories } from './hardening/corpus.js';
import { lintFiles } from '../src/index.js';
import type { Finding, Severity } from '../src/engine/finding.js';

const summaryFile = join(import.meta.dirname, 'corpus-summary.json');
if (!present) console.warn(`corpus-summary: skipped, ${corpus} is absent (it sits beside the repository in the development setup).`);

/**
 * The findings allowed no line: those about a whole cluster (they name no file), and those about
 * a node that a deployment file (docker-compose, Strimzi) declares without writing any of the
 * keys the finding is about, e.g. a ZooKeeper service with no environment at all, where the
 * rule has no line to point at. The latter are listed in the summary (`withoutLine`), so each
 * one is seen in review.
 */
const DEPLOYMENT_FILE = /\.(ya?ml|m4)$/;

type Counts = Record<Severity, number>;
interface Summary {
  $comment: string;
  repositories: number;
  files: number;
  filesRead: number;
  findings: Counts;
  byRule: Record<string, Counts>;
  byRepository: Record<string, { files: number; filesRead: number; findings: Record<string, number> }>;
  /** Findings in a deployment file without a line: `rule-id file`. */
  withoutLine: string[];
}

function summarise(): { summary: Summary; failures: Finding[]; lineless: Finding[] } {
  const zero = (): Counts => ({ error: 0, warning: 0, info: 0 });
  const summary: Summary = {
    $comment: 'Findings of kafka-lint on ../shared/corpus, one cluster per repository. Written by test/corpus-summary.test.ts: UPDATE_CORPUS_SUMMARY=1 npx vitest run test/corpus-summary.test.ts',
    repositories: 0,
    files: 0,
    filesRead: 0,
    findings: zero(),
    byRule: {},
    byRepository: {},
    withoutLine: [],
  };
  const failures: Finding[] = [];
  const lineless: Finding[] = [];
  for (const [repo, files] of repositories()) {
    const cluster = loadCluster(files, repo);
    const read = new Set([...cluster.brokers, ...cluster.zookeeper, ...cluster.myids, ...(cluster.deployments ?? [])].map((d) => d.file));
    const { findings } = lintFiles(files, {}, repo);
    const perRule: Record<string, number> = {};
    for (const f of findings) {
      if (f.ruleId === 'internal/rule-failure') failures.push(f);
      if (f.line === undefined && f.file !== undefined) {
        if (DEPLOYMENT_FILE.test(f.file)) summary.withoutLine.push(`${f.ruleId} ${f.file}`);
        else lineless.push(f);
      }
      summary.findings[f.severity]++;
      (summary.byRule[f.ruleId] ??= zero())[f.severity]++;
      perRule[f.ruleId] = (perRule[f.ruleId] ?? 0) + 1;
    }
    summary.repositories++;
    summary.files += files.length;
    summary.filesRead += files.filter((f) => read.has(f.file)).length;
    summary.byRepository[repo] = { files: files.length, filesRead: files.filter((f) => read.has(f.file)).length, findings: Object.fromEntries(Object.entries(perRule).sort()) };
  }
  summary.byRule = Object.fromEntries(Object.entries(summary.byRule).sort());
  return { summary, failures, lineless };
}

describe.skipIf(!present)('the real-world corpus, one cluster per repository', () => {
  const { summary, failures, lineless } = present ? summarise() : { summary: undefined, failures: [], lineless: [] };

  it('lints without a rule failure', () => {
    expect(failures).toEqual([]);
  });

  it('gives every finding in a .properties, zoo.cfg, myid, unit or env file its line', () => {
    expect(lineless.map((f) => `${f.ruleId} ${f.file}: ${f.message}`)).toEqual([]);
  });

  it('matches the committed summary (UPDATE_CORPUS_SUMMARY=1 rewrites it)', () => {
    const text = JSON.stringify(summary, null, 2) + '\n';
    if (process.env['UPDATE_CORPUS_SUMMARY'] === '1') writeFileSync(summaryFile, text);
    expect(existsSync(summaryFile), 'test/corpus-summary.json is missing: run UPDATE_CORPUS_SUMMARY=1 npx vitest run test/corpus-summary.test.ts').toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(summaryFile, 'utf8')));
  });
});

/**
 * The reviewed list of every error kafka-lint prints on the real-world corpus
 * (test/data/corpus-errors.json): each with the facts it rests on and why it is true.
 *
 * Checks that the list is exactly what kafka-lint reports (a new error fails until someone
 * reviews it and adds it), and that none rests on an assumed fact: every fact its message
 * declares is known for the cluster, except a Kafka version whose check holds in every release
 * kafka-lint knows (the pipeline re-runs the rule under each) and which the entry says so for.
 * Skipped, with a notice, when ../shared/corpus is absent.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, corpusPresent, corpusRepositories } from './hardening/corpus.js';
import { lintFiles } from '../src/index.js';
import { allRules } from '../rules/index.js';
import type { FactName } from '../src/engine/facts.js';

interface ReviewedError {
  repo: string;
  file: string;
  line: number;
  /** `rule-id/message-id` */
  rule: string;
  /** Each fact the error rests on, in words with its source; `files` for what the files say. */
  restsOn: Partial<Record<FactName | 'files', string>>;
  review: string;
}

const reviewed = (JSON.parse(readFileSync(join(import.meta.dirname, 'data', 'corpus-errors.json'), 'utf8')) as { errors: ReviewedError[] }).errors;
if (!corpusPresent) console.warn(`corpus-errors: skipped, ${corpusDir} is absent.`);

const keyOf = (e: { repo: string; file: string; line: number | undefined; rule: string }): string => `${e.repo} ${e.file}:${e.line ?? '-'} ${e.rule}`;

describe.skipIf(!corpusPresent)('every error on the real-world corpus is reviewed, and rests on known facts', () => {
  const printed: { key: string; assumed: FactName[]; versionBound: boolean }[] = [];
  for (const [repo, files] of corpusPresent ? corpusRepositories() : []) {
    const result = lintFiles(files, {}, repo);
    for (const f of result.findings.filter((x) => x.severity === 'error')) {
      const rule = allRules.find((r) => r.meta.id === f.ruleId);
      const message = rule?.meta.messages[f.messageId ?? ''];
      const cluster = result.clusters.find((c) => f.file === undefined || c.files.includes(f.file)) ?? result.clusters[0];
      const facts = message?.facts ?? rule?.meta.facts ?? [];
      printed.push({
        key: keyOf({ repo, file: (f.file ?? '').slice(repo.length + 1), line: f.line, rule: `${f.ruleId}/${f.messageId}` }),
        assumed: cluster ? facts.filter((n) => !cluster.facts[n].known) : facts,
        versionBound: message?.versionBound === true,
      });
    }
  }

  it('lists exactly the errors kafka-lint prints', () => {
    expect(printed.map((p) => p.key).sort()).toEqual(reviewed.map(keyOf).sort());
  });

  it('has a review and the facts for each', () => {
    for (const e of reviewed) {
      expect(e.review, keyOf(e)).toMatch(/^True\b.{20,}/);
      expect(e.restsOn.files, keyOf(e)).toBeTruthy();
    }
  });

  it('rests no error on an assumed fact', () => {
    for (const p of printed) {
      const entry = reviewed.find((e) => keyOf(e) === p.key);
      for (const fact of p.assumed) {
        // Only an assumed Kafka version may stand, where the check is the same in every release.
        expect(fact, p.key).toBe('kafkaVersion');
        expect(p.versionBound, p.key).toBe(false);
        expect(entry?.restsOn.kafkaVersion, p.key).toMatch(/every release/);
      }
    }
  });
});

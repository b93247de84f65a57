/**
 * Issue 17: findings do not depend on the order of files inside a cluster. Each cluster of the
 * examples, the fixtures and the corpus is linted in shuffled orders, and must give the same
 * findings as in sorted order.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintFiles } from '../../src/index.js';
import { corpusPresent, corpusRepositories } from './corpus.js';
import { repoRoot, runs } from '../fuzz/support.js';

/** The files under a folder, as lintFiles takes them. */
function filesUnder(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push({ file: relative(repoRoot, path), text: readFileSync(path, 'latin1') });
    }
  };
  walk(dir);
  return out;
}

const clusters: [string, { file: string; text: string }[]][] = [
  ['examples', filesUnder(join(repoRoot, 'examples'))],
  ['cli deployments', filesUnder(join(repoRoot, 'test', 'fixtures', 'cli', 'deployments'))],
  ['cli fleet', filesUnder(join(repoRoot, 'test', 'fixtures', 'cli', 'fleet'))],
  ...(corpusPresent ? [...corpusRepositories()].filter(([, files]) => files.length >= 3).slice(0, 12) : []),
];

/** Findings as comparable text, in a fixed order. */
const seen = (files: { file: string; text: string }[]): string[] =>
  lintFiles(files)
    .findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}/${f.messageId} ${f.message}`)
    .sort();

describe('findings do not depend on the order of files', () => {
  it.each(clusters.map(([name, files]) => [name, files] as const))('%s', (_name, files) => {
    const expected = seen(files);
    fc.assert(
      fc.property(fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }), (shuffled) => {
        expect(seen(shuffled)).toEqual(expected);
      }),
      runs('order: shuffled clusters', 8),
    );
  });
});

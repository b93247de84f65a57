import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { allRules } from '../rules/index.js';
import { renderRuleDoc, renderRuleIndex } from '../src/docs/rule-doc.js';
import { ruleDocPath } from '../src/docs/rule-url.js';
import { exampleOptions, lintFiles } from '../src/engine/lint-files.js';
import type { RuleExample } from '../src/engine/rule.js';

const docsDir = join(import.meta.dirname, '..', 'docs', 'rules');
// `npm run docs:rules` sets UPDATE_DOCS=1: the pages are written instead of compared.
const update = process.env['UPDATE_DOCS'] === '1';
function checkPage(path: string, want: string): void {
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, want);
  }
  expect(existsSync(path)).toBe(true);
  expect(readFileSync(path, 'utf8')).toBe(want);
}
const filesOf = (e: RuleExample) => [{ file: e.file, text: e.text }, ...(e.cluster ?? [])];

describe('rule docs', () => {
  it('docs/rules/README.md is current (npm run docs:rules)', () => {
    checkPage(join(docsDir, 'README.md'), renderRuleIndex(allRules));
  });
  for (const rule of allRules) {
    describe(rule.meta.id, () => {
      it('has a current docs page (npm run docs:rules)', () => {
        checkPage(join(docsDir, ruleDocPath(rule.meta.id)), renderRuleDoc(rule));
      });
      it('has at least one flagged and one clean example', () => {
        expect(rule.meta.examples.bad.length).toBeGreaterThan(0);
        expect(rule.meta.examples.good.length).toBeGreaterThan(0);
        expect(rule.meta.references.length).toBeGreaterThan(0);
      });
      it.each(rule.meta.examples.bad.map((e, i) => [i, e] as const))('flagged example %i fires the rule', (_i, e) => {
        const ids = lintFiles(filesOf(e), { ...exampleOptions(e), ruleSet: [rule] }).findings.map((f) => f.ruleId);
        expect(ids).toContain(rule.meta.id);
      });
      it.each(rule.meta.examples.good.map((e, i) => [i, e] as const))('clean example %i does not fire the rule', (_i, e) => {
        const ids = lintFiles(filesOf(e), { ...exampleOptions(e), ruleSet: [rule] }).findings.map((f) => f.ruleId);
        expect(ids).not.toContain(rule.meta.id);
      });
    });
  }
});

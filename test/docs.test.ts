import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../rules/index.js';
import { renderRuleDoc, renderRuleIndex, ruleDocPath } from '../src/docs/rule-doc.js';
import { lintFiles } from '../src/engine/lint-files.js';
import type { RuleExample } from '../src/engine/rule.js';

const docsDir = join(import.meta.dirname, '..', 'docs', 'rules');
const filesOf = (e: RuleExample) => [{ file: e.file, text: e.text }, ...(e.cluster ?? [])];

describe('rule docs', () => {
  it('docs/rules/README.md is current (npm run docs:rules)', () => {
    expect(readFileSync(join(docsDir, 'README.md'), 'utf8')).toBe(renderRuleIndex(allRules));
  });
  for (const rule of allRules) {
    describe(rule.meta.id, () => {
      it('has a current docs page (npm run docs:rules)', () => {
        const path = join(docsDir, ruleDocPath(rule.meta.id));
        expect(existsSync(path)).toBe(true);
        expect(readFileSync(path, 'utf8')).toBe(renderRuleDoc(rule));
      });
      it('has at least one flagged and one clean example', () => {
        expect(rule.meta.examples.bad.length).toBeGreaterThan(0);
        expect(rule.meta.examples.good.length).toBeGreaterThan(0);
        expect(rule.meta.references.length).toBeGreaterThan(0);
      });
      it.each(rule.meta.examples.bad.map((e, i) => [i, e] as const))('flagged example %i fires the rule', (_i, e) => {
        const ids = lintFiles(filesOf(e), { ...e.options, ruleSet: [rule] }).findings.map((f) => f.ruleId);
        expect(ids).toContain(rule.meta.id);
      });
      it.each(rule.meta.examples.good.map((e, i) => [i, e] as const))('clean example %i does not fire the rule', (_i, e) => {
        const ids = lintFiles(filesOf(e), { ...e.options, ruleSet: [rule] }).findings.map((f) => f.ruleId);
        expect(ids).not.toContain(rule.meta.id);
      });
    });
  }
});

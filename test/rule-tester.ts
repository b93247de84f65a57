/**
 * Table-driven rule tests in the style of ESLint's RuleTester: each valid case must give no
 * finding of the rule, each invalid case exactly the listed findings (rule id, line, message),
 * and, when the findings carry fixes, the text those fixes produce (`output`).
 */
import { describe, it, expect } from 'vitest';
import { lintFiles } from '../src/engine/lint-files.js';
import type { LintOptions } from '../src/engine/lint.js';
import type { Rule } from '../src/engine/rule.js';
import type { Finding } from '../src/engine/finding.js';
import { applyEdits, fixesFor } from '../src/engine/fix.js';

/** A test case: one file (`text`, named `file`) or several (`files`), and lint options. */
export interface RuleCase {
  name?: string;
  file?: string;
  text?: string;
  files?: { file: string; text: string }[];
  options?: Omit<LintOptions, 'ruleSet'>;
}

/** An expected finding: the message exactly (or a RegExp), and where. */
export interface ExpectedFinding {
  message: string | RegExp;
  line?: number;
  column?: number;
  file?: string;
  severity?: Finding['severity'];
  key?: string;
}

/** An invalid case lists every finding the rule must give. */
export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
  /**
   * The file's text after `--fix` applies the findings' fixes once (single-file cases). Required
   * when a finding carries a fix; give the unchanged text to say that no fix is offered.
   */
  output?: string;
}

function filesOf(c: RuleCase, defaultFile: string): { file: string; text: string }[] {
  if (c.files) return c.files;
  return [{ file: c.file ?? defaultFile, text: c.text ?? '' }];
}

/** The case's text with the fixes of `findings` applied, as `--fix` writes them in one pass. */
function fixedText(c: RuleCase, defaultFile: string, findings: Finding[]): string {
  const [only, ...others] = filesOf(c, defaultFile);
  if (!only || others.length > 0) throw new Error('output is only supported for single-file cases');
  const bytes = Buffer.from(only.text, 'utf8');
  const { bytes: fixed } = applyEdits({ bytes, text: only.text, encoding: 'utf-8' }, fixesFor(findings, only.file));
  return Buffer.from(fixed).toString('utf8');
}

/** Runs `rule` alone over a case and returns its findings. */
export function runRule(rule: Rule, c: RuleCase, defaultFile = 'server.properties'): Finding[] {
  return lintFiles(filesOf(c, defaultFile), { ...c.options, ruleSet: [rule] }).findings;
}

/** Registers a describe block with one test per case. */
export function ruleTester(
  rule: Rule,
  cases: { valid: RuleCase[]; invalid: InvalidCase[]; defaultFile?: string },
): void {
  const defaultFile = cases.defaultFile ?? (rule.meta.fileKinds[0] === 'zookeeper' ? 'zoo.cfg' : 'server.properties');
  describe(rule.meta.id, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    cases.valid.forEach((c, i) => {
      it(`valid: ${c.name ?? `#${i + 1}`}`, () => {
        expect(runRule(rule, c, defaultFile)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid: ${c.name ?? `#${i + 1}`}`, () => {
        const found = runRule(rule, c, defaultFile);
        expect(found.map((f) => f.ruleId)).toEqual(c.findings.map(() => rule.meta.id));
        c.findings.forEach((want, k) => {
          const got = found[k] as Finding;
          if (typeof want.message === 'string') expect(got.message).toBe(want.message);
          else expect(got.message).toMatch(want.message);
          if (want.line !== undefined) expect(got.line).toBe(want.line);
          if (want.column !== undefined) expect(got.column).toBe(want.column);
          if (want.file !== undefined) expect(got.file).toBe(want.file);
          if (want.severity !== undefined) expect(got.severity).toBe(want.severity);
          if (want.key !== undefined) expect(got.key).toBe(want.key);
        });
        if (c.output !== undefined) expect(fixedText(c, defaultFile, found)).toBe(c.output);
        else expect(found.filter((f) => f.fix).length, 'the findings carry fixes: give the fixed text as output').toBe(0);
      });
    });
  });
}

/**
 * Table-driven rule tests in the style of ESLint's RuleTester: each valid case must give no
 * finding of the rule, each invalid case exactly the listed findings, each with its message id,
 * line, column and exact message. Cases must differ from each other; a fixable finding's case
 * gives the fixed text, and fixing that text again must change nothing.
 */
import { describe, it, expect } from 'vitest';
import { lintFiles } from '../src/engine/lint-files.js';
import type { LintFilesOptions } from '../src/engine/lint-files.js';
import type { Rule } from '../src/engine/rule.js';
import type { Finding } from '../src/engine/finding.js';

/** A test case: one file (`text`, named `file`) or several (`files`), and lint options. */
export interface RuleCase {
  name?: string;
  file?: string;
  text?: string;
  files?: { file: string; text: string }[];
  options?: Omit<LintFilesOptions, 'ruleSet' | 'fix' | 'baseline'>;
}

/** An expected finding: its message id, where, and the exact message. */
export interface ExpectedFinding {
  messageId: string;
  /** 1-based line; `null` for a finding without a position (a plain object, a whole cluster). */
  line: number | null;
  /** 1-based column; `null` with `line: null`. */
  column: number | null;
  /** The message, exactly. */
  message: string;
  file?: string;
  severity?: Finding['severity'];
  key?: string;
}

/** An invalid case lists every finding the rule must give. */
export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
  /**
   * The file's text after `--fix` (single-file cases). Required when a finding carries a fix;
   * give the unchanged text to say that no fix is offered.
   */
  output?: string;
}

function filesOf(c: RuleCase, defaultFile: string): { file: string; text: string }[] {
  if (c.files) return c.files;
  return [{ file: c.file ?? defaultFile, text: c.text ?? '' }];
}

/**
 * Runs `rule` over a case, with `companions` beside it (rules whose findings it needs, as
 * kafka-lint/unused-directive needs a rule that reports), and returns the rule's own findings.
 */
export function runRule(rule: Rule, c: RuleCase, defaultFile = 'server.properties', companions: readonly Rule[] = []): Finding[] {
  return lintFiles(filesOf(c, defaultFile), { ...c.options, ruleSet: [rule, ...companions] }).findings.filter((f) => f.ruleId === rule.meta.id);
}

/** The case's text after the pipeline's fix loop (single-file cases). */
function fixedText(rule: Rule, c: RuleCase, defaultFile: string): string {
  const [only, ...others] = filesOf(c, defaultFile);
  if (!only || others.length > 0) throw new Error('output is only supported for single-file cases');
  const result = lintFiles([only], { ...c.options, ruleSet: [rule], fix: true });
  return result.fixed.find((f) => f.file === only.file)?.after ?? only.text;
}

function caseKey(c: RuleCase, defaultFile: string): string {
  return JSON.stringify([filesOf(c, defaultFile), c.options ?? {}]);
}

/** Registers a describe block with one test per case. */
export function ruleTester(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[]; defaultFile?: string; companions?: readonly Rule[] }): void {
  const companions = cases.companions ?? [];
  const defaultFile = cases.defaultFile ?? (rule.meta.fileKinds[0] === 'zookeeper' ? 'zoo.cfg' : 'server.properties');
  describe(rule.meta.id, () => {
    it('has at least one valid and one invalid case, each different', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
      const seen = new Map<string, string>();
      [...cases.valid, ...cases.invalid].forEach((c, i) => {
        const key = caseKey(c, defaultFile);
        const name = c.name ?? `#${i + 1}`;
        expect(seen.get(key), `case "${name}" repeats case "${seen.get(key)}"`).toBeUndefined();
        seen.set(key, name);
      });
    });
    it('reports only its own message ids', () => {
      const ids = new Set(Object.keys(rule.meta.messages));
      for (const c of cases.invalid) for (const f of c.findings) expect(ids.has(f.messageId), `${f.messageId} is not a message of ${rule.meta.id}`).toBe(true);
    });
    cases.valid.forEach((c, i) => {
      it(`valid: ${c.name ?? `#${i + 1}`}`, () => {
        expect(runRule(rule, c, defaultFile, companions)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid: ${c.name ?? `#${i + 1}`}`, () => {
        const found = runRule(rule, c, defaultFile, companions);
        const got = found.map((f) => {
          const g: ExpectedFinding = { messageId: f.messageId, line: f.line ?? null, column: f.column ?? null, message: f.message };
          return g;
        });
        const want = c.findings.map((w) => ({ messageId: w.messageId, line: w.line, column: w.column, message: w.message }));
        expect(got).toEqual(want);
        expect(found.every((f) => f.ruleId === rule.meta.id)).toBe(true);
        c.findings.forEach((w, k) => {
          const f = found[k] as Finding;
          if (w.file !== undefined) expect(f.file).toBe(w.file);
          if (w.severity !== undefined) expect(f.severity).toBe(w.severity);
          if (w.key !== undefined) expect(f.key).toBe(w.key);
        });
        if (c.output !== undefined) {
          const once = fixedText(rule, c, defaultFile);
          expect(once).toBe(c.output);
          const [only] = filesOf(c, defaultFile);
          const twice = fixedText(rule, { ...c, files: [{ file: (only as { file: string }).file, text: once }] }, defaultFile);
          expect(twice, 'fixing the fixed text again must change nothing').toBe(once);
        } else {
          expect(found.filter((f) => f.fix).length, 'the findings carry fixes: give the fixed text as output').toBe(0);
        }
      });
    });
  });
}

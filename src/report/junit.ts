import type { Finding } from '../engine/finding.js';
import type { Formatter } from './types.js';
import { fileReports } from './files.js';

/** Characters XML 1.0 does not allow, even escaped. */
const XML_INVALID = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xml(s: string): string {
  return s
    .replace(XML_INVALID, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function line(f: Finding, filePath: string): string {
  return `${filePath}${f.line !== undefined ? `:${f.line}:${f.column ?? 1}` : ''} ${f.severity} ${f.message} ${f.ruleId}`;
}

/**
 * JUnit XML for CI test views (GitLab, Jenkins, Azure, Buildkite): one test case per file and
 * rule that reported, failing when it holds an error (or a warning, when warnings fail the run),
 * and one passing test case per clean file.
 *
 * @example
 * ```ts
 * writeFileSync('kafka-lint.xml', junit(report, options));
 * ```
 */
export const junit: Formatter = (report, options) => {
  const cases: string[] = [];
  let failures = 0;
  for (const file of fileReports(report)) {
    const path = xml(file.filePath);
    if (file.findings.length === 0) {
      cases.push(`    <testcase classname="${path}" name="kafka-lint" file="${path}" time="0"/>`);
      continue;
    }
    const byRule = new Map<string, Finding[]>();
    for (const f of file.findings) {
      const same = byRule.get(f.ruleId);
      if (same) same.push(f);
      else byRule.set(f.ruleId, [f]);
    }
    for (const [ruleId, findings] of byRule) {
      const first = findings[0] as Finding;
      const fails = findings.some((f) => f.severity === 'error' || (f.severity === 'warning' && options.warningsFail));
      const text = xml(findings.map((f) => line(f, file.filePath)).join('\n'));
      const lineAttr = first.line !== undefined ? ` line="${first.line}"` : '';
      const open = `    <testcase classname="${path}" name="${xml(ruleId)}" file="${path}"${lineAttr} time="0">`;
      if (fails) {
        failures++;
        const severity = findings.some((f) => f.severity === 'error') ? 'error' : 'warning';
        cases.push(open, `      <failure type="${severity}" message="${xml(first.message)}">${text}</failure>`, '    </testcase>');
      } else {
        cases.push(open, `      <system-out>${text}</system-out>`, '    </testcase>');
      }
    }
  }
  const tests = cases.filter((c) => c.startsWith('    <testcase')).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="kafka-lint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    `  <testsuite name="kafka-lint" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};

import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Severity } from '../engine/finding.js';
import type { Rule } from '../engine/rule.js';
import { ruleDocUrl } from '../docs/rule-url.js';
import type { Formatter } from './types.js';
import { fileReports } from './files.js';
import { pathFromRoot, reportRoot } from './root.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'recommendation' };

function ruleName(id: string): string {
  return id.replace(/(^|[/-])(\w)/g, (_m, _sep: string, c: string) => c.toUpperCase());
}

function describeRule(rule: Rule): Record<string, unknown> {
  const m = rule.meta;
  return {
    id: m.id,
    name: ruleName(m.id),
    shortDescription: { text: m.description },
    fullDescription: { text: m.rationale },
    helpUri: ruleDocUrl(m.id),
    help: { text: m.fix, markdown: `${m.fix}\n\n[Docs](${ruleDocUrl(m.id)})` },
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: { tags: [m.category], precision: 'very-high', 'problem.severity': PROBLEM_SEVERITY[m.severity] },
  };
}

// A lone surrogate (possible in names given to lint() from code) cannot be percent-encoded.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Relative path as a URI reference (each segment percent-encoded). */
function uriOf(path: string): string {
  return path.replace(LONE_SURROGATE, '\uFFFD').split('/').map(encodeURIComponent).join('/');
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, `tool.driver.rules` from rule metadata (helpUri
 * is the rule's docs page), each file's URI relative to `%SRCROOT%`, the report root
 * (`GITHUB_WORKSPACE` when set, else the working directory, as for the github format: see
 * `reportRoot`), a region per finding, fingerprints from the finding's own (rule, message id,
 * key and line content, not the line number), suppressed findings as results with
 * `suppressions`, and the facts each cluster was judged on in `run.properties.clusters`.
 *
 * @example
 * ```ts
 * writeFileSync('kafka-lint.sarif', sarif(report, options));
 * ```
 */
export const sarif: Formatter = (report, options) => {
  const rules = [...report.rules];
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const extraRules: Record<string, unknown>[] = [];
  const ruleIndex = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      // A finding of no listed rule (internal/rule-failure): describe it so the ruleIndex holds.
      i = rules.length + extraRules.length;
      index.set(id, i);
      extraRules.push({ id, name: ruleName(id), shortDescription: { text: 'kafka-lint could not run a rule on this input.' }, defaultConfiguration: { level: 'error' } });
    }
    return i;
  };
  const seen = new Map<string, number>();
  const result = (f: Finding, filePath: string): Record<string, unknown> => {
    const fromRoot = pathFromRoot(filePath, options);
    // Root-relative, so a run from a subfolder gives the same fingerprints.
    const basis = [f.ruleId, f.messageId, fromRoot ?? filePath, f.key ?? '', f.fingerprint ?? ''].join('\u0000');
    const occurrence = (seen.get(basis) ?? 0) + 1;
    seen.set(basis, occurrence);
    // A file outside the root is named by its absolute URI: a relative one would resolve wrongly.
    const artifactLocation = fromRoot !== undefined ? { uri: uriOf(fromRoot), uriBaseId: '%SRCROOT%' } : { uri: pathToFileURL(resolve(options.cwd, filePath)).href };
    const physicalLocation: Record<string, unknown> = { artifactLocation };
    if (f.line !== undefined) {
      physicalLocation['region'] = {
        startLine: f.line,
        startColumn: f.column ?? 1,
        ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
        ...(f.endColumn !== undefined ? { endColumn: Math.max(f.endColumn, 1) } : {}),
      };
    }
    const out: Record<string, unknown> = {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation }],
      properties: { messageId: f.messageId },
      partialFingerprints: { 'kafkaLint/v2': createHash('sha256').update(`${basis}\u0000${occurrence}`).digest('hex').slice(0, 32) },
    };
    if (f.suppression) {
      out['suppressions'] = [
        { kind: f.suppression.kind, ...(f.suppression.justification !== undefined ? { justification: f.suppression.justification } : {}) },
      ];
    }
    return out;
  };
  const results = fileReports(report).flatMap((file) => [
    ...file.findings.map((f) => result(f, file.filePath)),
    ...file.suppressed.map((f) => result(f, file.filePath)),
  ]);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kafka-lint',
            version: report.toolVersion,
            informationUri: 'https://github.com/kafka-lint/kafka-lint',
            rules: [...rules.map(describeRule), ...extraRules],
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(reportRoot(options)).href.replace(/\/?$/, '/') } },
        results,
        columnKind: 'utf16CodeUnits',
        properties: {
          clusters: report.clusters.map((c) => ({
            name: c.name,
            files: c.files,
            facts: c.facts,
          })),
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

import type { Finding, Severity } from '../engine/finding.js';
import type { Formatter } from './types.js';
import { contextText, fileReports, printable, withoutControls } from './files.js';
import { pathFromRoot } from './root.js';

/** GitHub shows at most this many annotations of each type per step (actions/toolkit#734). */
export const GITHUB_ANNOTATIONS_PER_TYPE = 10;

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a workflow command's message as `@actions/core` does. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (`:` and `,` separate properties). */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A plain log line: it starts with `kafka-lint: ` and holds no line break or control character,
 * so nothing a linted file contains can start a workflow command (`::error ...::`) of its own.
 */
function logLine(text: string): string {
  return `kafka-lint: ${printable(text)}`;
}

function annotation(f: Finding, file: string): string {
  const props = [`file=${escapeProperty(file)}`];
  if (f.line !== undefined) {
    props.push(`line=${f.line}`);
    if (f.endLine !== undefined) props.push(`endLine=${f.endLine}`);
    // GitHub accepts columns only on single-line annotations.
    if (f.endLine === undefined || f.endLine === f.line) {
      if (f.column !== undefined) props.push(`col=${f.column}`);
      if (f.endColumn !== undefined) props.push(`endColumn=${f.endColumn}`);
    }
  }
  props.push(`title=${escapeProperty(`kafka-lint ${f.ruleId}`)}`);
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(withoutControls(f.message))}`;
}

/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding,
 * files relative to `GITHUB_WORKSPACE` (see `reportRoot`, shared with SARIF). GitHub shows only 10 annotations of each type per step,
 * so at most that many are emitted; a notice then says how many more there are, and they are
 * printed as plain log lines.
 *
 * @example
 * ```ts
 * process.stdout.write(github(report, { ...options, env: process.env }));
 * ```
 */
export const github: Formatter = (report, options) => {
  // GitHub resolves annotation paths in GITHUB_WORKSPACE; a file outside it keeps its displayed path.
  const pathOf = (p: string): string => pathFromRoot(p, options) ?? p;
  const all = fileReports(report).flatMap((file) => file.findings.map((f) => ({ f, file: pathOf(file.filePath) })));
  const shown: string[] = [];
  const hidden: string[] = [];
  const total = { error: 0, warning: 0, info: 0 };
  for (const { f } of all) total[f.severity]++;
  // The summary is a notice itself, so it takes one notice slot when anything is held back.
  const holdsBack = total.error > GITHUB_ANNOTATIONS_PER_TYPE || total.warning > GITHUB_ANNOTATIONS_PER_TYPE || total.info >= GITHUB_ANNOTATIONS_PER_TYPE;
  const limit: Record<Severity, number> = {
    error: GITHUB_ANNOTATIONS_PER_TYPE,
    warning: GITHUB_ANNOTATIONS_PER_TYPE,
    info: holdsBack ? GITHUB_ANNOTATIONS_PER_TYPE - 1 : GITHUB_ANNOTATIONS_PER_TYPE,
  };
  const used = { error: 0, warning: 0, info: 0 };
  for (const severity of ['error', 'warning', 'info'] as const) {
    for (const { f, file } of all) {
      if (f.severity !== severity) continue;
      if (used[severity] < limit[severity]) {
        used[severity]++;
        shown.push(annotation(f, file));
      } else {
        hidden.push(logLine(`${file}${f.line !== undefined ? `:${f.line}:${f.column ?? 1}` : ''} ${f.severity} ${f.message} ${f.ruleId}`));
      }
    }
  }
  const lines = shown;
  if (hidden.length > 0) {
    lines.push(
      `::notice title=kafka-lint::${escapeData(`${hidden.length} more finding${hidden.length === 1 ? ' is' : 's are'} not annotated: GitHub shows at most ${GITHUB_ANNOTATIONS_PER_TYPE} annotations of each type per step. They are listed in this log; upload the SARIF output to see them all in code scanning.`)}`,
    );
    for (const l of hidden) lines.push(l);
  }
  for (const cluster of report.clusters) {
    const context = contextText(cluster);
    if (context) lines.push(logLine(`${cluster.name} ${context}`));
  }
  return lines.join('\n') + '\n';
};

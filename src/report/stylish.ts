import type { Finding, Severity } from '../engine/finding.js';
import type { Formatter } from './types.js';
import { allFindings, contextText, countSeverities, fileReports, printable } from './files.js';

const ANSI = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2, bold: 1, underline: 4 } as const;

function painter(color: boolean): (style: keyof typeof ANSI, text: string) => string {
  return (style, text) => (color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text);
}

const SEVERITY_STYLE: Record<Severity, keyof typeof ANSI> = { error: 'red', warning: 'yellow', info: 'cyan' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function location(f: Finding, filePath: string): string {
  return f.line === undefined ? filePath : `${filePath}:${f.line}:${f.column ?? 1}`;
}

/**
 * The default format: findings grouped by file, one per line as
 * `file:line:col  severity  message  rule-id`, the Kafka version each cluster was judged
 * against, and a summary line. Colour only when `options.color`.
 *
 * @example
 * ```ts
 * process.stdout.write(stylish(report, { color: false, warningsFail: false, env: {}, cwd: '.' }));
 * ```
 */
export const stylish: Formatter = (report, options) => {
  const paint = painter(options.color);
  const lines: string[] = [];
  for (const file of fileReports(report)) {
    if (file.findings.length === 0) continue;
    const filePath = printable(file.filePath);
    lines.push(paint('underline', filePath));
    // A loop, not Math.max(...): a spread of 125,000 findings overflows the stack.
    let width = 0;
    for (const f of file.findings) width = Math.max(width, location(f, filePath).length);
    for (const f of file.findings) {
      const where = location(f, filePath).padEnd(width);
      lines.push(`  ${paint('dim', where)}  ${paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7))}  ${printable(f.message)}  ${paint('dim', f.ruleId)}`);
    }
    lines.push('');
  }
  for (const cluster of report.clusters) {
    const hidden = cluster.suppressed.length > 0 ? `; ${plural(cluster.suppressed.length, 'finding')} suppressed` : '';
    const context = contextText(cluster);
    lines.push(paint('dim', printable(`${cluster.name}: ${plural(cluster.files.length, 'file')}${context ? `, ${context}` : ''}${hidden}`)));
  }
  const { errorCount, warningCount, infoCount } = countSeverities(allFindings(report));
  const total = errorCount + warningCount + infoCount;
  const fileCount = report.clusters.reduce((n, c) => n + c.files.length, 0);
  if (total === 0) lines.push(paint('green', `✔ No problems in ${plural(fileCount, 'file')}.`));
  else {
    const summary = `✖ ${plural(total, 'problem')} (${plural(errorCount, 'error')}, ${plural(warningCount, 'warning')}, ${infoCount} info) in ${plural(fileCount, 'file')}`;
    lines.push(paint('bold', paint(errorCount > 0 ? 'red' : 'yellow', summary)));
  }
  return lines.join('\n') + '\n';
};

import { detectFileKind, loadCluster, type SourceFile } from '../model/load.js';
import { clusterGroups } from '../deploy/load.js';
import { lint, type LintOptions } from './lint.js';
import { compareFindings, type Finding, type LintResult } from './finding.js';

/**
 * Lints files that form one cluster (named `name` in the output): each is recognised by name and content, parsed, and
 * judged together with the others. Several compose files are alternative deployments, not one
 * (see `clusterGroups`; likewise several Strimzi Kafka resources): each is judged with the other, non-compose files, and the findings merged.
 *
 * @example
 * ```ts
 * const result = lintFiles([
 *   { file: 'zk1/zoo.cfg', text: zooCfg },
 *   { file: 'broker1/server.properties', text: serverProperties },
 * ]);
 * ```
 */
export function lintFiles(files: SourceFile[], options: LintOptions = {}, name?: string): LintResult {
  // Detect each file's kind once; grouping and loading both need it.
  const kinded = files.map((f) => (f.kind !== undefined ? f : { ...f, kind: detectFileKind(f.file, f.text) }));
  const groups = clusterGroups(kinded, (f) => f.kind);
  if (groups.length === 1) return lint(loadCluster(kinded, name), options);
  // One compose file is one cluster (src/deploy/load.ts): lint each, report the union once.
  const results = groups.map((group) => lint(loadCluster(group, name), options));
  const unique = (list: Finding[]) => [...new Map(list.map((f) => [JSON.stringify(f), f])).values()].sort(compareFindings);
  const findings = unique(results.flatMap((r) => r.findings));
  const suppressed = unique(results.flatMap((r) => r.suppressed ?? []));
  const first = results[0] as LintResult;
  return {
    ...first,
    findings,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    infoCount: findings.filter((f) => f.severity === 'info').length,
    ...(suppressed.length > 0 ? { suppressed } : {}),
  };
}

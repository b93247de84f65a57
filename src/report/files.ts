import type { Finding } from '../engine/finding.js';
import type { ClusterReport, LintReport } from './types.js';

/** One file's findings in a report, with the cluster it belongs to. */
export interface FileReport {
  filePath: string;
  cluster: ClusterReport;
  findings: Finding[];
  suppressed: Finding[];
}

/**
 * The report per file, in cluster and file order: every linted file (clean ones too), then any
 * file a finding names that is not in the cluster's list. Findings without a file (about the
 * cluster as a whole) go under the cluster's name.
 *
 * @example
 * ```ts
 * for (const { filePath, findings } of fileReports(report)) console.log(filePath, findings.length);
 * ```
 */
export function fileReports(report: LintReport): FileReport[] {
  const out: FileReport[] = [];
  for (const cluster of report.clusters) {
    const byFile = new Map<string, FileReport>();
    const entry = (filePath: string): FileReport => {
      let r = byFile.get(filePath);
      if (!r) {
        r = { filePath, cluster, findings: [], suppressed: [] };
        byFile.set(filePath, r);
      }
      return r;
    };
    for (const file of cluster.files) entry(file);
    for (const f of cluster.findings) entry(f.file ?? cluster.name).findings.push(f);
    for (const f of cluster.suppressed) entry(f.file ?? cluster.name).suppressed.push(f);
    out.push(...byFile.values());
  }
  return out;
}

/**
 * Counts of findings by severity.
 *
 * @example
 * ```ts
 * countSeverities(result.findings); // { errorCount: 1, warningCount: 2, infoCount: 0 }
 * ```
 */
export function countSeverities(findings: readonly Finding[]): { errorCount: number; warningCount: number; infoCount: number } {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const f of findings) {
    if (f.severity === 'error') errorCount++;
    else if (f.severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { errorCount, warningCount, infoCount };
}

/**
 * The Kafka version a cluster was judged against and how it was chosen, in words.
 *
 * @example
 * ```ts
 * versionText(cluster); // 'Kafka 3.9 (inferred; --kafka-version sets it)'
 * ```
 */
export function versionText(cluster: ClusterReport): string {
  return `Kafka ${cluster.kafkaVersion} (${cluster.kafkaVersionInferred ? 'inferred; --kafka-version sets it' : 'as configured'})`;
}

/**
 * The reported findings of every cluster of a report (suppressed ones left out).
 *
 * @example
 * ```ts
 * const errors = allFindings(report).filter((f) => f.severity === 'error').length;
 * ```
 */
export function allFindings(report: LintReport): Finding[] {
  return report.clusters.flatMap((c) => c.findings);
}

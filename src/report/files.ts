import { countSeverities, type ClusterResult } from '../engine/finding.js';
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
    for (const r of byFile.values()) out.push(r);
  }
  return out;
}


export { countSeverities };

/**
 * A cluster of a lint result as the formats show it.
 *
 * @example
 * ```ts
 * const report: LintReport = { clusters: result.clusters.map((c) => clusterReport(c, 'config/')), rules: allRules, toolVersion };
 * ```
 */
export function clusterReport(cluster: ClusterResult, fallbackName: string): ClusterReport {
  return {
    name: cluster.name ?? fallbackName,
    files: cluster.files,
    facts: cluster.facts,
    hasKafka: cluster.nodes.kafka > 0,
    findings: cluster.findings,
    suppressed: cluster.suppressed,
  };
}

/**
 * What a cluster was judged on, in words: the Kafka version (for clusters with Kafka nodes) and
 * the broker count, each with where it came from or how to state it.
 *
 * @example
 * ```ts
 * contextText(cluster); // 'judged against Kafka 3.9 (assumed: ZooKeeper mode, last supported by Kafka 3.9; --kafka-version states it), at least 3 brokers in view (--brokers states it)'
 * ```
 */
export function contextText(cluster: ClusterReport): string {
  const parts: string[] = [];
  const v = cluster.facts.kafkaVersion;
  if (cluster.hasKafka) {
    const how = v.known ? v.origin.detail : `assumed: ${v.origin.detail}; --kafka-version states it`;
    const release = v.release !== undefined && v.release !== v.judged ? `, the files say ${v.release}` : '';
    parts.push(`judged against Kafka ${v.judged} (${how}${release})`);
    const b = cluster.facts.brokerCount;
    if (b.value !== undefined) parts.push(b.known ? `${b.value} broker${b.value === 1 ? '' : 's'} (${b.origin.detail})` : `at least ${b.value} broker${b.value === 1 ? '' : 's'} in view (--brokers states the count)`);
  }
  const j = cluster.facts.javaVersion;
  if (j.known && j.value !== undefined) parts.push(`Java ${j.value} (${j.origin.detail})`);
  return parts.join(', ');
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

/** C0 and C1 control characters and DEL but tab and line breaks: a terminal or a log viewer may act on them. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Text from a linted file with its control characters (an ESC that starts a terminal sequence)
 * shown as `\xNN`; tabs and line breaks stay.
 *
 * @example
 * ```ts
 * withoutControls('a\u001b[2Jb'); // 'a\\x1B[2Jb'
 * ```
 */
export function withoutControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Text from a linted file made safe to print as one line: control characters (an ESC that starts
 * a terminal sequence, a carriage return that rewrites the line) are shown as `\xNN`, and line
 * breaks as `\n`, so a file's content cannot clear a screen or forge a line of output.
 *
 * @example
 * ```ts
 * printable('a\u001b[2Jb'); // 'a\\x1B[2Jb'
 * ```
 */
export function printable(text: string): string {
  return withoutControls(text).replace(/\r?\n/g, '\\n').replace(/\r/g, '\\r');
}


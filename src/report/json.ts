import type { Formatter } from './types.js';
import type { ClusterFacts } from '../engine/facts.js';
import { countSeverities, fileReports } from './files.js';

/** One message of the JSON format; positions are null when the finding has none. */
export interface JsonMessage {
  ruleId: string;
  /** The rule's message id; `<ruleId>/<messageId>` sets its level alone. */
  messageId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  key: string | null;
  /** Stable across edits elsewhere in the file (baselines match on it). */
  fingerprint: string | null;
}

/** One file of the JSON format (docs/cli.md documents it; its shape is a semver surface). */
export interface JsonFileResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** The cluster the file was linted in, and the Kafka version it was judged against. */
  cluster: string;
  kafkaVersion: string;
  /** True when the Kafka version was assumed rather than stated or read from the files. */
  kafkaVersionInferred: boolean;
  /** Every fact the cluster was judged on, with where it came from (`known: false` = assumed). */
  facts: ClusterFacts;
}

/**
 * The JSON format: an array with one object per linted file, clean files included.
 *
 * @example
 * ```ts
 * const files: JsonFileResult[] = JSON.parse(json(report, options));
 * ```
 */
export const json: Formatter = (report) => {
  const files: JsonFileResult[] = fileReports(report).map((file) => ({
    filePath: file.filePath,
    messages: file.findings.map((f) => ({
      ruleId: f.ruleId,
      messageId: f.messageId,
      severity: f.severity,
      message: f.message,
      line: f.line ?? null,
      column: f.column ?? null,
      endLine: f.endLine ?? null,
      endColumn: f.endColumn ?? null,
      key: f.key ?? null,
      fingerprint: f.fingerprint ?? null,
    })),
    ...countSeverities(file.findings),
    cluster: file.cluster.name,
    kafkaVersion: file.cluster.facts.kafkaVersion.judged,
    kafkaVersionInferred: !file.cluster.facts.kafkaVersion.known,
    facts: file.cluster.facts,
  }));
  return JSON.stringify(files, null, 2) + '\n';
};

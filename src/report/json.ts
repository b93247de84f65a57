import type { Formatter } from './types.js';
import { countSeverities, fileReports } from './files.js';

/** One message of the JSON format; positions are null when the finding has none. */
export interface JsonMessage {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  key: string | null;
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
  kafkaVersionInferred: boolean;
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
      severity: f.severity,
      message: f.message,
      line: f.line ?? null,
      column: f.column ?? null,
      endLine: f.endLine ?? null,
      endColumn: f.endColumn ?? null,
      key: f.key ?? null,
    })),
    ...countSeverities(file.findings),
    cluster: file.cluster.name,
    kafkaVersion: file.cluster.kafkaVersion,
    kafkaVersionInferred: file.cluster.kafkaVersionInferred,
  }));
  return JSON.stringify(files, null, 2) + '\n';
};

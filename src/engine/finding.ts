import { compareText, type TextEdit } from '../core/text.js';
import type { KafkaVersion } from '../core/version.js';
import type { ClusterFacts } from './facts.js';

/** How serious a finding is. `error`: Kafka or ZooKeeper refuses or misreads the config, or data is at risk. */
export type Severity = 'error' | 'warning' | 'info';

/** A severity, or `off` to disable a rule. */
export type RuleLevel = Severity | 'off';

/** The severities from most to least serious. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * One problem kafka-lint found. Positions are 1-based; columns count UTF-16 code units.
 *
 * @example
 * ```ts
 * const finding: Finding = {
 *   ruleId: 'broker/unknown-key', messageId: 'typo', severity: 'error', file: 'server.properties',
 *   line: 12, column: 1, endLine: 12, endColumn: 21, key: 'advertised.listners',
 *   message: "Unknown key 'advertised.listners': Kafka ignores it. Did you mean advertised.listeners?",
 * };
 * ```
 */
export interface Finding {
  /** The rule that found it, e.g. `broker/unknown-key`. */
  ruleId: string;
  /** Which of the rule's messages, e.g. `typo`; `<ruleId>/<messageId>` sets its level alone. */
  messageId: string;
  /** The configured severity. */
  severity: Severity;
  /** What is wrong, why it matters, and what to write instead. */
  message: string;
  /** The file, as displayed; absent for findings about a whole cluster. */
  file?: string;
  /** 1-based line where it starts. */
  line?: number;
  /** 1-based column where it starts. */
  column?: number;
  /** 1-based line where it ends. */
  endLine?: number;
  /** 1-based column where it ends. */
  endColumn?: number;
  /** The config key the finding is about, when there is one. */
  key?: string;
  /** Edits that fix the finding safely; only rules marked fixable give them. */
  fix?: TextEdit[];
  /**
   * What stays the same when lines move: a hash of the rule, message id, key and the content of
   * the line the finding points at (secrets hidden first). Baselines and SARIF match on it.
   */
  fingerprint?: string;
  /** Set on suppressed findings only: why the finding is not reported. */
  suppression?: Suppression;
}

/**
 * Why a finding is suppressed: an inline directive in the file (`inSource`, as SARIF calls it)
 * or the baseline file (`external`).
 */
export interface Suppression {
  /** `inSource` for an inline directive, `external` for the baseline. */
  kind: 'inSource' | 'external';
  /** The reason written after `--` in the directive, when there is one. */
  justification?: string;
}

/** The findings of one cluster, and the facts it was judged on. */
export interface ClusterResult {
  /** The cluster's name (path argument, directory or configured name), when it has one. */
  name?: string;
  /** The files that formed it, as displayed. */
  files: string[];
  /** How many Kafka nodes (brokers and controllers) and ZooKeeper servers it has. */
  nodes: {
    /** Brokers and controllers. */
    kafka: number;
    /** ZooKeeper servers. */
    zookeeper: number;
  };
  /** How many topics its files define (Strimzi and CFK KafkaTopic, JulieOps, Terraform), when they define any. */
  topics?: number;
  /** What kafka-lint knew and assumed about the cluster, with where each fact came from. */
  facts: ClusterFacts;
  /** Findings sorted by file, line and column. */
  findings: Finding[];
  /** Findings hidden by inline directives or the baseline, each with its `suppression`. */
  suppressed: Finding[];
}

/** What `lint()` and `lintFiles()` return. */
export interface LintResult {
  /** Findings of every cluster, sorted by file, line and column. */
  findings: Finding[];
  /** Findings of severity `error`. */
  errorCount: number;
  /** Findings of severity `warning`. */
  warningCount: number;
  /** Findings of severity `info`. */
  infoCount: number;
  /** The Kafka version the (first) cluster was judged against. */
  kafkaVersion: KafkaVersion;
  /** Whether `kafkaVersion` was assumed rather than stated or read from the files. */
  kafkaVersionInferred: boolean;
  /** Findings hidden by inline directives or the baseline, each with its `suppression`. */
  suppressed: Finding[];
  /** Each cluster the input formed, with the facts it was judged on. */
  clusters: ClusterResult[];
}

/**
 * Counts findings by severity.
 *
 * @example
 * ```ts
 * countSeverities(findings).errorCount; // 2
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
 * Orders findings by file, line, column, then rule id and message (deterministic output). Text
 * compares by code units, not `localeCompare`: that would depend on the machine's locale, and its
 * first call sets up an ICU collator, which costs more than the rest of a small lint run.
 *
 * @example
 * ```ts
 * result.findings.sort(compareFindings);
 * ```
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

/** How serious a finding is. `error`: Kafka or ZooKeeper refuses or misreads the config, or data is at risk. */
export type Severity = 'error' | 'warning' | 'info';

/** A severity, or `off` to disable a rule. */
export type RuleLevel = Severity | 'off';

/** The severities from most to least serious. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A byte-exact replacement in one file's text: `text` replaces offsets `[start, end)`. */
export interface TextEdit {
  /** The file to edit. */
  file: string;
  /** 0-based offset of the first character replaced. */
  start: number;
  /** 0-based offset just past the text replaced. */
  end: number;
  /** The replacement text. */
  text: string;
}

/**
 * One problem kafka-lint found. Positions are 1-based; columns count UTF-16 code units.
 *
 * @example
 * ```ts
 * const finding: Finding = {
 *   ruleId: 'broker/unknown-key', severity: 'error', file: 'server.properties',
 *   line: 12, column: 1, endLine: 12, endColumn: 21, key: 'advertised.listners',
 *   message: "Unknown key 'advertised.listners': Kafka ignores it. Did you mean advertised.listeners?",
 * };
 * ```
 */
export interface Finding {
  /** The rule that found it, e.g. `broker/unknown-key`. */
  ruleId: string;
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

/** What `lint()` returns. */
export interface LintResult {
  /** Findings sorted by file, line and column. */
  findings: Finding[];
  /** Findings of severity `error`. */
  errorCount: number;
  /** Findings of severity `warning`. */
  warningCount: number;
  /** Findings of severity `info`. */
  infoCount: number;
  /** The Kafka version the cluster was judged against, and whether it was inferred. */
  kafkaVersion: KafkaVersion;
  /** Whether `kafkaVersion` was inferred from the configs. */
  kafkaVersionInferred: boolean;
  /** Findings hidden by inline directives, each with its `suppression`. */
  suppressed?: Finding[];
}

/**
 * The Kafka versions kafka-lint knows the configuration of, oldest first. `npm run catalog`
 * writes this line from scripts/catalog/releases.json.
 */
export const KAFKA_VERSIONS = ['3.9', '4.0', '4.1', '4.2', '4.3', '4.4'] as const;

/** A Kafka version kafka-lint can judge against. */
export type KafkaVersion = (typeof KAFKA_VERSIONS)[number];

/** The newest Kafka version kafka-lint knows: the last of {@link KAFKA_VERSIONS}. */
export const NEWEST_KAFKA_VERSION: KafkaVersion = KAFKA_VERSIONS[KAFKA_VERSIONS.length - 1] as KafkaVersion;

/**
 * Whether `s` names a version kafka-lint knows.
 *
 * @example
 * ```ts
 * isKafkaVersion('3.9'); // true
 * isKafkaVersion('2.8'); // false
 * ```
 */
export function isKafkaVersion(s: unknown): s is KafkaVersion {
  return typeof s === 'string' && (KAFKA_VERSIONS as readonly string[]).includes(s);
}

/**
 * Compares two known versions: negative when `a` is older.
 *
 * @example
 * ```ts
 * compareVersions('3.9', '4.0') < 0; // true
 * ```
 */
export function compareVersions(a: KafkaVersion, b: KafkaVersion): number {
  return KAFKA_VERSIONS.indexOf(a) - KAFKA_VERSIONS.indexOf(b);
}

/**
 * Orders strings by UTF-16 code units: the same on every machine, whatever its locale.
 *
 * @example
 * ```ts
 * ['b', 'a'].sort(compareText); // ['a', 'b']
 * ```
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

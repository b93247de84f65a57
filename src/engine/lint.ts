import {
  compareFindings,
  isKafkaVersion,
  NEWEST_KAFKA_VERSION,
  type Finding,
  type KafkaVersion,
  type LintResult,
  type RuleLevel,
} from './finding.js';
import type { Report, Rule, RuleContext } from './rule.js';
import type { BrokerConfig, Cluster, MyidFile, ZooKeeperConfig } from '../model/types.js';
import type { ConfigEntry } from '../model/entry.js';
import { buildBrokerConfig } from '../model/broker.js';
import { attachMyids } from '../model/load.js';
import { buildZooKeeperConfig } from '../model/zookeeper.js';
import { isSetTrue } from '../model/kraft.js';
import { parseJvmOptions } from '../deploy/jvm.js';
import { allRules } from '../../rules/index.js';
import { applyDirectives, directiveSources, parseDirectives, UNUSED_DIRECTIVE_RULE_ID } from './directives.js';

/** A plain object of key to value, as users hold configs in code. */
export type PlainConfig = Record<string, string | number | boolean | null | undefined>;

/**
 * A node given from code with its JVM options beside its config, so the `jvm/*` rules judge it
 * too: `jvm` is the java command-line flags as one string (as in KAFKA_HEAP_OPTS) or as a list.
 *
 * @example
 * ```ts
 * lint({ brokers: [{ config: { 'node.id': 1, 'process.roles': 'broker' }, jvm: '-Xmx8g -Xms8g' }] });
 * ```
 */
export interface NodeInput {
  /** The node's config. */
  config: PlainConfig | BrokerConfig | ZooKeeperConfig;
  /** The java command-line flags. */
  jvm?: string | readonly string[];
}

function isNodeInput(x: unknown): x is NodeInput {
  const config = (x as { config?: unknown } | null)?.config;
  return typeof config === 'object' && config !== null;
}

/** A cluster as `lint()` accepts it: parsed documents or plain objects. */
export interface ClusterInput {
  /** The cluster's name, for output. */
  name?: string;
  /** Brokers and controllers. */
  brokers?: (BrokerConfig | PlainConfig | NodeInput)[];
  /** ZooKeeper servers. */
  zookeeper?: (ZooKeeperConfig | PlainConfig | NodeInput)[];
  /**
   * myid files; each is attached to the zoo.cfg in its directory or whose dataDir holds it
   * (configs without a file, from plain objects, take them in order).
   */
  myids?: MyidFile[];
}

/** What `lint()` accepts: one parsed document, one plain object, or a cluster. */
export type LintInput = BrokerConfig | ZooKeeperConfig | PlainConfig | ClusterInput | Cluster;

/** A rule's level, or its level and options. */
export type RuleSetting = RuleLevel | [RuleLevel, Record<string, unknown>?];

/** Options of `lint()`. */
export interface LintOptions {
  /** The Kafka version to judge against; inferred per cluster when absent. */
  kafkaVersion?: KafkaVersion;
  /** The number of brokers, when linting fewer files than the cluster has. */
  brokerCount?: number;
  /** Per-rule level (and options), by rule id. */
  rules?: Record<string, RuleSetting>;
  /** The rules to run; defaults to all of kafka-lint's rules. */
  ruleSet?: readonly Rule[];
  /**
   * Whether `# kafka-lint-disable…` comments in the files suppress findings (default true);
   * false ignores them all, as `--no-inline-config` does.
   */
  inlineConfig?: boolean;
}

const ZOOKEEPER_HINTS = /^(dataDir|dataLogDir|clientPort|tickTime|initLimit|syncLimit|server\.\d+|autopurge\.)/;

function isDocument(x: unknown): x is BrokerConfig | ZooKeeperConfig {
  const kind = (x as { kind?: unknown } | null)?.kind;
  return kind === 'broker' || kind === 'zookeeper';
}

function isClusterInput(x: unknown): x is ClusterInput {
  if (typeof x !== 'object' || x === null || isDocument(x)) return false;
  const c = x as Record<string, unknown>;
  return Array.isArray(c['brokers']) || Array.isArray(c['zookeeper']) || Array.isArray(c['myids']);
}

function plainEntries(obj: PlainConfig): ConfigEntry[] {
  const entries: ConfigEntry[] = [];
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined || value === null) continue;
    entries.push({ key, value: String(value), syntax: 'object' });
  }
  return entries;
}

function toBroker(x: BrokerConfig | PlainConfig | NodeInput): BrokerConfig {
  if (isNodeInput(x)) {
    const broker = toBroker(x.config as BrokerConfig | PlainConfig);
    return x.jvm === undefined ? broker : { ...broker, jvm: parseJvmOptions(x.jvm) };
  }
  return isDocument(x) && x.kind === 'broker' ? x : buildBrokerConfig(plainEntries(x as PlainConfig));
}

function toZooKeeper(x: ZooKeeperConfig | PlainConfig | NodeInput): ZooKeeperConfig {
  if (isNodeInput(x)) {
    const zk = toZooKeeper(x.config as ZooKeeperConfig | PlainConfig);
    return x.jvm === undefined ? zk : { ...zk, jvm: parseJvmOptions(x.jvm) };
  }
  return isDocument(x) && x.kind === 'zookeeper' ? x : buildZooKeeperConfig(plainEntries(x as PlainConfig));
}

/**
 * Turns any accepted input into a cluster.
 *
 * @example
 * ```ts
 * toCluster({ tickTime: 2000, dataDir: '/var/lib/zookeeper' }).zookeeper.length; // 1
 * ```
 */
export function toCluster(input: LintInput): Cluster {
  if (isClusterInput(input)) {
    const cluster: Cluster = {
      brokers: (input.brokers ?? []).map(toBroker),
      // Shallow copies: attaching myids must not change the caller's documents.
      zookeeper: (input.zookeeper ?? []).map((z) => ({ ...toZooKeeper(z) })),
      myids: [],
    };
    attachMyids(cluster, input.myids ?? []);
    if (input.name !== undefined) cluster.name = input.name;
    // A Cluster from loadCluster keeps its deployment files and declared broker count.
    const loaded = input as Partial<Cluster>;
    if (loaded.deployments) cluster.deployments = loaded.deployments;
    if (loaded.declaredBrokerCount !== undefined) cluster.declaredBrokerCount = loaded.declaredBrokerCount;
    return cluster;
  }
  if (isDocument(input)) {
    return input.kind === 'broker'
      ? { brokers: [input], zookeeper: [], myids: [] }
      : { brokers: [], zookeeper: [input], myids: [] };
  }
  const plain = input as PlainConfig;
  const keys = Object.keys(plain);
  const looksZk = keys.length > 0 && keys.filter((k) => ZOOKEEPER_HINTS.test(k)).length * 2 >= keys.length;
  return looksZk
    ? { brokers: [], zookeeper: [toZooKeeper(plain)], myids: [] }
    : { brokers: [toBroker(plain)], zookeeper: [], myids: [] };
}

/**
 * The version a cluster is judged against when none is given: a broker in ZooKeeper mode
 * (`zookeeper.connect` without a role in `process.roles`) or a node with
 * `zookeeper.metadata.migration.enable=true` (a migration, which 4.0 no longer runs) means 3.9,
 * the last version with ZooKeeper; otherwise the newest version kafka-lint knows.
 *
 * @example
 * ```ts
 * inferKafkaVersion(toCluster({ 'broker.id': 1, 'zookeeper.connect': 'zk1:2181' })); // '3.9'
 * inferKafkaVersion(toCluster({ 'process.roles': 'broker', 'node.id': 1 })); // '4.4'
 * ```
 */
export function inferKafkaVersion(cluster: Cluster): KafkaVersion {
  const zkEra = cluster.brokers.some((b) => b.mode === 'zookeeper' || isSetTrue(b, 'zookeeper.metadata.migration.enable'));
  return zkEra ? '3.9' : NEWEST_KAFKA_VERSION;
}

function brokerRoleCount(cluster: Cluster): number {
  return cluster.brokers.filter((b) => b.roles.length === 0 || b.roles.includes('broker')).length;
}

function resolveSetting(setting: RuleSetting | undefined): { level?: RuleLevel; options: Record<string, unknown> } {
  if (setting === undefined) return { options: {} };
  if (Array.isArray(setting)) return { level: setting[0], options: setting[1] ?? {} };
  return { level: setting, options: {} };
}

function toFinding(rule: Rule, report: Report, level: RuleLevel | undefined): Finding {
  const severity = level && level !== 'off' ? level : (report.severity ?? rule.meta.severity);
  const finding: Finding = { ruleId: rule.meta.id, severity, message: report.message };
  const entry = report.entry;
  const file = report.file ?? entry?.file;
  if (file !== undefined) finding.file = file;
  const span =
    report.span ??
    (entry &&
      (report.part === 'value'
        ? entry.valueSpan
        : report.part === 'entry' && entry.keySpan && entry.valueSpan
          ? { ...entry.keySpan, endLine: entry.valueSpan.endLine, endColumn: entry.valueSpan.endColumn }
          : (entry.keySpan ?? entry.valueSpan)));
  if (span) {
    finding.line = span.line;
    finding.column = span.column;
    finding.endLine = span.endLine;
    finding.endColumn = span.endColumn;
  }
  const key = report.key ?? entry?.key;
  if (key !== undefined) finding.key = key;
  if (report.fix && rule.meta.fixable) finding.fix = report.fix;
  return finding;
}

/**
 * Lints a config, a plain object, or a whole cluster. Synchronous; never throws on config
 * content (a rule that fails is reported as an `internal/rule-failure` finding).
 *
 * @example
 * ```ts
 * import { lint } from 'kafka-lint';
 * const result = lint({ 'broker.id': 1, 'advertised.listners': 'PLAINTEXT://kafka1:9092' });
 * result.findings[0]?.ruleId; // 'broker/unknown-key'
 * ```
 */
export function lint(input: LintInput, options: LintOptions = {}): LintResult {
  const cluster = toCluster(input);
  const kafkaVersionInferred = !isKafkaVersion(options.kafkaVersion);
  const kafkaVersion = isKafkaVersion(options.kafkaVersion) ? options.kafkaVersion : inferKafkaVersion(cluster);
  const counted = brokerRoleCount(cluster);
  const brokerCount = options.brokerCount ?? cluster.declaredBrokerCount ?? (counted > 1 ? counted : undefined);
  const findings: Finding[] = [];
  const ruleSet = options.ruleSet ?? allRules;
  for (const rule of ruleSet) {
    const { level, options: ruleOptions } = resolveSetting(options.rules?.[rule.meta.id]);
    if (level === 'off') continue;
    const context: RuleContext = {
      cluster,
      kafkaVersion,
      kafkaVersionInferred,
      options: ruleOptions,
      report: (r) => findings.push(toFinding(rule, r, level)),
    };
    if (brokerCount !== undefined) context.brokerCount = brokerCount;
    try {
      rule.check(context);
    } catch (err) {
      findings.push({
        ruleId: 'internal/rule-failure',
        severity: 'error',
        message: `Rule ${rule.meta.id} failed on this input (${err instanceof Error ? err.message : String(err)}); please report it.`,
      });
    }
  }
  const { kept, suppressed } = applyInlineDirectives(cluster, findings, ruleSet, options);
  kept.sort(compareFindings);
  return {
    findings: kept,
    errorCount: kept.filter((f) => f.severity === 'error').length,
    warningCount: kept.filter((f) => f.severity === 'warning').length,
    infoCount: kept.filter((f) => f.severity === 'info').length,
    kafkaVersion,
    kafkaVersionInferred,
    suppressed,
  };
}

/**
 * Suppresses the findings that `# kafka-lint-disable…` comments cover, and reports directives
 * that silence nothing as `kafka-lint/unused-directive` findings when that rule runs.
 */
function applyInlineDirectives(
  cluster: Cluster,
  findings: Finding[],
  ruleSet: readonly Rule[],
  options: LintOptions,
): { kept: Finding[]; suppressed: Finding[] } {
  const directives = options.inlineConfig === false ? [] : directiveSources(cluster).flatMap(parseDirectives);
  if (directives.length === 0) return { kept: findings, suppressed: [] };
  const known = new Set([...allRules, ...ruleSet].map((r) => r.meta.id));
  const outcome = applyDirectives(findings, directives, known);
  const unusedRule = ruleSet.find((r) => r.meta.id === UNUSED_DIRECTIVE_RULE_ID);
  const { level } = resolveSetting(options.rules?.[UNUSED_DIRECTIVE_RULE_ID]);
  if (unusedRule && level !== 'off') {
    for (const report of outcome.unused) outcome.kept.push(toFinding(unusedRule, report, level));
  }
  return { kept: outcome.kept, suppressed: outcome.suppressed };
}

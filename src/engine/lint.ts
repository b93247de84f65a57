import type { LintResult } from './finding.js';
import { isKafkaVersion, KAFKA_VERSIONS, type KafkaVersion } from '../core/version.js';
import type { Rule } from './rule.js';
import type { BrokerConfig, Cluster, MyidFile, ZooKeeperConfig } from '../model/types.js';
import type { ConfigEntry } from '../parse/entry.js';
import { buildBrokerConfig } from '../model/broker.js';
import { attachMyids, buildZooKeeperConfig } from '../model/zookeeper.js';
import { parseJvmOptions } from '../deploy/jvm.js';
import type { RuleSetting } from './rule-settings.js';
import type { StatedFacts } from './context.js';
import { runOnCluster, type RunOptions } from './pipeline.js';

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

/** Options of `lint()` and `lintFiles()`. */
export interface LintOptions {
  /** The Kafka version to judge against; read from the files (image tags, Strimzi) or assumed when absent. */
  kafkaVersion?: KafkaVersion;
  /** The Java feature release the nodes run on (8, 11, 17, 21); read from the files or unknown when absent. */
  javaVersion?: number;
  /** The ZooKeeper release (`3.8`); read from the files or unknown when absent. */
  zookeeperVersion?: string;
  /** The number of brokers, when linting fewer files than the cluster has. */
  brokerCount?: number;
  /** Per-rule or per-message level (and rule options), by id: `broker/startup-constraints`, `broker/startup-constraints/listener-keystore-missing`. */
  rules?: Record<string, RuleSetting>;
  /** The rules to run; `lint()` and `lintFiles()` of the package default to all of kafka-lint's rules. */
  ruleSet?: readonly Rule[];
  /**
   * Whether `# kafka-lint-disable…` comments in the files suppress findings (default true);
   * false ignores them all, as `--no-inline-config` does.
   */
  inlineConfig?: boolean;
  /**
   * Report each `# kafka-lint-disable…` comment that gives no reason after `--`
   * (`kafka-lint/unused-directive/missing-reason`); default false, as the config file's
   * `requireDirectiveReason`.
   */
  requireDirectiveReason?: boolean;
}

/**
 * Input `lint()` cannot read: not a config object, a cluster or a parsed document. Thrown before
 * anything is judged; config content itself never makes `lint()` throw.
 */
export class LintInputError extends Error {
  /** Always `LintInputError`, so callers can tell it from other errors. */
  override name = 'LintInputError';
}

/** The facts an options object states, for the pipeline. */
export function statedFacts(options: Pick<LintOptions, 'kafkaVersion' | 'javaVersion' | 'zookeeperVersion' | 'brokerCount'>, source: 'option' | 'config-file' = 'option'): StatedFacts {
  const facts: StatedFacts = {};
  if (options.kafkaVersion !== undefined) {
    if (!isKafkaVersion(options.kafkaVersion)) throw new LintInputError(`kafkaVersion must be one of ${KAFKA_VERSIONS.join(', ')}, not ${JSON.stringify(options.kafkaVersion)}`);
    facts.kafkaVersion = { value: options.kafkaVersion, source };
  }
  if (options.javaVersion !== undefined) {
    if (!Number.isInteger(options.javaVersion) || options.javaVersion < 6 || options.javaVersion > 99) throw new LintInputError(`javaVersion must be a Java feature release such as 8, 11, 17 or 21, not ${JSON.stringify(options.javaVersion)}`);
    facts.javaVersion = { value: options.javaVersion, source };
  }
  if (options.zookeeperVersion !== undefined) {
    if (typeof options.zookeeperVersion !== 'string' || !/^3\.\d{1,2}$/.test(options.zookeeperVersion)) throw new LintInputError(`zookeeperVersion must be a ZooKeeper release such as "3.8", not ${JSON.stringify(options.zookeeperVersion)}`);
    facts.zookeeperVersion = { value: options.zookeeperVersion, source };
  }
  if (options.brokerCount !== undefined) {
    if (!Number.isInteger(options.brokerCount) || options.brokerCount < 1) throw new LintInputError(`brokerCount must be a whole number of 1 or more, not ${JSON.stringify(options.brokerCount)}`);
    facts.brokerCount = { value: options.brokerCount, source };
  }
  return facts;
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

function describe(x: unknown): string {
  return x === null ? 'null' : Array.isArray(x) ? 'an array' : typeof x === 'object' ? 'an object' : `a ${typeof x}`;
}

function plainEntries(obj: PlainConfig, where: string): ConfigEntry[] {
  const entries: ConfigEntry[] = [];
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined || value === null) continue;
    const type = typeof value;
    if (type !== 'string' && type !== 'number' && type !== 'boolean' && type !== 'bigint') {
      throw new LintInputError(`${where}["${key}"] is ${describe(value)}; a config value must be a string, number or boolean`);
    }
    entries.push({ key, value: String(value), syntax: 'object' });
  }
  return entries;
}

/** Checks that `x` is a config object (not null, an array or a primitive). */
function configObject(x: unknown, where: string): object {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) {
    throw new LintInputError(`${where} is ${describe(x)}; lint() takes a config object, a parsed document or { brokers, zookeeper, myids }`);
  }
  if (isDocument(x) && (!Array.isArray((x as { entries?: unknown }).entries) || !((x as { settings?: unknown }).settings instanceof Map))) {
    throw new LintInputError(`${where} says kind '${(x as { kind: string }).kind}' but is not a parsed document; build it with parseServerProperties() or parseZooCfg(), or pass a plain object`);
  }
  return x;
}

function jvmOf(x: NodeInput, where: string): string | readonly string[] | undefined {
  const jvm = x.jvm as unknown;
  if (jvm === undefined || jvm === null) return undefined;
  if (typeof jvm === 'string' || (Array.isArray(jvm) && jvm.every((f) => typeof f === 'string'))) return jvm as string | string[];
  throw new LintInputError(`${where}.jvm is ${describe(jvm)}; give the JVM flags as one string or a list of strings`);
}

function toBroker(x: BrokerConfig | PlainConfig | NodeInput, where: string): BrokerConfig {
  configObject(x, where);
  if (isNodeInput(x)) {
    const broker = toBroker(x.config as BrokerConfig | PlainConfig, `${where}.config`);
    const jvm = jvmOf(x, where);
    return jvm === undefined ? broker : { ...broker, jvm: parseJvmOptions(jvm) };
  }
  return isDocument(x) && x.kind === 'broker' ? x : buildBrokerConfig(plainEntries(x as PlainConfig, where));
}

function toZooKeeper(x: ZooKeeperConfig | PlainConfig | NodeInput, where: string): ZooKeeperConfig {
  configObject(x, where);
  if (isNodeInput(x)) {
    const zk = toZooKeeper(x.config as ZooKeeperConfig | PlainConfig, `${where}.config`);
    const jvm = jvmOf(x, where);
    return jvm === undefined ? zk : { ...zk, jvm: parseJvmOptions(jvm) };
  }
  return isDocument(x) && x.kind === 'zookeeper' ? x : buildZooKeeperConfig(plainEntries(x as PlainConfig, where));
}

function listOf<T>(x: unknown, where: string): T[] {
  if (x === undefined) return [];
  if (!Array.isArray(x)) throw new LintInputError(`${where} is ${describe(x)}; it must be a list`);
  return x as T[];
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
  configObject(input, 'the input');
  if (isClusterInput(input)) {
    const cluster: Cluster = {
      brokers: listOf<BrokerConfig | PlainConfig | NodeInput>(input.brokers, 'brokers').map((b, i) => toBroker(b, `brokers[${i}]`)),
      // Shallow copies: attaching myids must not change the caller's documents.
      zookeeper: listOf<ZooKeeperConfig | PlainConfig | NodeInput>(input.zookeeper, 'zookeeper').map((z, i) => ({ ...toZooKeeper(z, `zookeeper[${i}]`) })),
      myids: [],
    };
    const myids = listOf<MyidFile>(input.myids, 'myids');
    myids.forEach((m, i) => {
      if (typeof m !== 'object' || m === null || m.kind !== 'myid' || typeof m.file !== 'string') throw new LintInputError(`myids[${i}] is not a myid file; build it with parseMyid()`);
    });
    attachMyids(cluster, myids);
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
    ? { brokers: [], zookeeper: [toZooKeeper(plain, 'the input')], myids: [] }
    : { brokers: [toBroker(plain, 'the input')], zookeeper: [], myids: [] };
}

/**
 * Lints a config, a plain object, or a whole cluster. Synchronous; never throws on config
 * content (a rule that fails is reported as an `internal/rule-failure` finding). Throws
 * `LintInputError` for input that is not a config at all, and `RuleSettingsError` for rule
 * settings that name no rule or give options the rule refuses.
 *
 * @example
 * ```ts
 * import { lint } from 'kafka-lint';
 * const result = lint({ 'broker.id': 1, 'advertised.listners': 'PLAINTEXT://kafka1:9092' });
 * result.findings[0]?.ruleId; // 'broker/unknown-key'
 * ```
 */
export function lint(input: LintInput, options: LintOptions & { ruleSet: readonly Rule[] }): LintResult {
  const cluster = toCluster(input);
  return runOnCluster(cluster, runOptions(options));
}

/** Pipeline options from `lint()` options. */
export function runOptions(options: LintOptions & { ruleSet: readonly Rule[] }): RunOptions {
  if (typeof options !== 'object' || options === null) throw new LintInputError('the options of lint() must be an object');
  const run: RunOptions = { rules: options.ruleSet, facts: statedFacts(options) };
  if (options.rules !== undefined) run.settings = options.rules;
  if (options.inlineConfig !== undefined) run.inlineConfig = options.inlineConfig;
  if (options.requireDirectiveReason !== undefined) run.requireDirectiveReason = options.requireDirectiveReason;
  return run;
}

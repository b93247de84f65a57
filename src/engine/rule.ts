import type { Severity } from './finding.js';
import type { KafkaVersion } from '../core/version.js';
import type { TextEdit } from '../core/text.js';
import type { BrokerConfig, Cluster, DocumentKind, ZooKeeperConfig } from '../model/types.js';
import type { ConfigEntry } from '../parse/entry.js';
import type { Span } from '../parse/source.js';
import type { SettingRead } from '../model/settings.js';
import type { BrokerCountFact, ClusterFacts, FactName, JavaVersionFact } from './facts.js';

/**
 * What a finding means for the cluster. `startup-failure`: the process refuses to start;
 * `misread`: the process starts but reads the setting differently from what was written;
 * `outage-risk`, `data-loss-risk`, `security`: it starts, but fails or loses or exposes data
 * later; `advice`: best practice, not a failure.
 */
export type RuleCategory = 'startup-failure' | 'misread' | 'outage-risk' | 'data-loss-risk' | 'security' | 'performance' | 'advice';

/** A source a rule's facts come from. */
export interface RuleReference {
  /** The source, naming the version its facts hold for. */
  title: string;
  /** A link to it, when it has one. */
  url?: string;
}

/** An example for a rule's docs page; `bad` examples must fire the rule, `good` ones must not. */
export interface RuleExample {
  /** The file name the example stands for, e.g. `server.properties`, `zoo.cfg`. */
  file: string;
  /** The file's text. */
  text: string;
  /** Other files of the same cluster, when the rule compares files. */
  cluster?: {
    /** The file name. */
    file: string;
    /** Its text. */
    text: string;
  }[];
  /** Options to lint the example with. */
  options?: {
    /** The version to judge against. */
    kafkaVersion?: KafkaVersion;
    /** The cluster's broker count. */
    brokerCount?: number;
    /** The Java version the nodes run on. */
    javaVersion?: number;
    /** The ZooKeeper release the ensemble runs (`3.8`). */
    zookeeperVersion?: string;
  };
  /** The topics of a running cluster linted beside the files (`--bootstrap-server`), for rules that compare them. */
  liveTopics?: {
    /** The topic's name. */
    name: string;
    /** Its partitions. */
    partitions: number;
    /** Its replication factor. */
    replicationFactor: number;
    /** The configs set on the topic. */
    configs?: Record<string, string>;
  }[];
}

/**
 * One message a rule reports, as ESLint's `meta.messages`: a text with `{name}` placeholders that
 * the report's `data` fills in, and the severity findings with this message get by default.
 * Placeholders are the only way user content reaches a message, so the engine can hide secrets
 * in them before anything is printed.
 */
export interface RuleMessage {
  /** What is wrong, why, and what to write instead; `{name}` is replaced by `data.name`. */
  text: string;
  /** The severity of findings with this message, before the user's settings. */
  severity: Severity;
  /**
   * The facts this message rests on, when they differ from the rule's `meta.facts` (a rule may
   * read the ZooKeeper version for one check only): these replace the rule's for this message.
   */
  facts?: FactName[];
  /**
   * True when the finding holds only from some Kafka release on (a removal, a new requirement), so
   * a release older than every version kafka-lint knows would accept what it reports: with the
   * Kafka version assumed, an error with this message is a warning even when every known version
   * agrees.
   */
  versionBound?: boolean;
}

/**
 * The schema of a rule's options, built from the zod module it is given (so a rule module does
 * not load zod at start-up; the engine loads it only when a user gives the rule options).
 */
export type RuleOptionsSchema = (z: typeof import('zod')) => import('zod').ZodType<Record<string, unknown>>;

/** What a rule's author writes: metadata (pure data) and messages. */
export interface RuleMetaDefinition<M extends string = string> {
  /** Stable id, `group/name`; the file is `rules/<group>/<name>.ts`. */
  id: string;
  /** What a finding means for the cluster. */
  category: RuleCategory;
  /** Document kinds it reads. */
  fileKinds: DocumentKind[];
  /** One sentence: what it finds. */
  description: string;
  /** Why it matters; for advice rules, the reason and who gives it. */
  rationale: string;
  /** What to write instead. */
  fix: string;
  /** Where its facts come from. */
  references: RuleReference[];
  /** Its messages by id (kebab-case); a user can set each one's level as `<rule-id>/<message-id>`. */
  messages: Record<M, RuleMessage>;
  /**
   * The facts about the cluster its findings rest on, besides the files: an error that rests on
   * a fact kafka-lint only assumed is reported as a warning that says what it assumed.
   */
  facts?: FactName[];
  /** The schema of its options; absent when it takes none. */
  options?: RuleOptionsSchema;
  /** Examples for the docs page, checked by the tests. */
  examples: {
    /** Configs the rule must report. */
    bad: RuleExample[];
    /** Configs the rule must not report. */
    good: RuleExample[];
  };
  /** True when `--fix` can apply its edits. */
  fixable?: boolean;
}

/** A rule's metadata, from which docs, `kafka-lint rules` and SARIF are built. */
export interface RuleMeta<M extends string = string> extends RuleMetaDefinition<M> {
  /** The most serious severity among its messages: the rule's default level. */
  severity: Severity;
}

/** A value a message placeholder takes. */
export type MessageValue = string | number | boolean;

/** What a rule reports; the engine adds the rule id, the severity and the words. */
export interface Report<M extends string = string> {
  /** Which of the rule's messages. */
  messageId: M;
  /** The values of the message's placeholders. */
  data?: Record<string, MessageValue>;
  /** Where: an entry (key or value part), or a span in a file. */
  entry?: ConfigEntry;
  /** Which part of the entry to point at (the key by default). */
  part?: 'key' | 'value' | 'entry';
  /** The file, when there is no entry. */
  file?: string;
  /** Where in `file`, when there is no entry. */
  span?: Pick<Span, 'line' | 'column' | 'endLine' | 'endColumn'>;
  /** The key it is about, when there is no entry. */
  key?: string;
  /** Safe edits that fix it (only for rules with `fixable`). */
  fix?: TextEdit[];
}

/** A node of the cluster whose settings a rule reads. */
export type ConfigNode = BrokerConfig | ZooKeeperConfig;

/** What a rule's check sees. */
export interface RuleContext<M extends string = string, O = Record<string, unknown>> {
  /** The cluster to judge. */
  cluster: Cluster;
  /** The Kafka version to judge against (known or assumed: see `facts`). */
  kafkaVersion: KafkaVersion;
  /** The Java version the nodes run on, when known. */
  javaVersion: JavaVersionFact;
  /** The number of brokers: known, at least a number, or unknown. */
  brokerCount: BrokerCountFact;
  /** Every resolved fact with where it came from. */
  facts: ClusterFacts;
  /** The rule's options from the user's configuration, checked against its schema. */
  options: O;
  /**
   * A setting as the node runs with it under {@link RuleContext.kafkaVersion}: set (typed), the
   * version's default, unset, templated (not judged) or invalid. The one way rules read values.
   */
  setting(node: ConfigNode, key: string): SettingRead;
  /** Reports a finding. */
  report(report: Report<M>): void;
}

/** A rule as its module defines it. */
export interface RuleDefinition<M extends string = string, O = Record<string, unknown>> {
  /** The rule's metadata. */
  meta: RuleMetaDefinition<M>;
  /** Judges the cluster in `context` and reports what it finds; never throws on config content. */
  check(context: RuleContext<M, O>): void;
}

/** A lint rule: metadata and a pure check over the model. Rules never read files. */
export interface Rule<M extends string = string, O = Record<string, unknown>> {
  /** The rule's metadata. */
  meta: RuleMeta<M>;
  /** Judges the cluster in `context` and reports what it finds; never throws on config content. */
  check(context: RuleContext<M, O>): void;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The most serious of some severities.
 *
 * @example
 * ```ts
 * mostSerious(['info', 'error']); // 'error'
 * ```
 */
export function mostSerious(severities: Iterable<Severity>): Severity {
  let best: Severity = 'info';
  for (const s of severities) if (RANK[s] < RANK[best]) best = s;
  return best;
}

/**
 * Declares a rule: gives its module its type and derives the rule's default level (its most
 * serious message).
 *
 * @example
 * ```ts
 * export default defineRule({
 *   meta: { id: 'broker/auto-create-topics', messages: { enabled: { severity: 'info', text: '...' } }, ... },
 *   check(ctx) {
 *     for (const broker of ctx.cluster.brokers) { ... ctx.report({ messageId: 'enabled', entry }); }
 *   },
 * });
 * ```
 */
export function defineRule<M extends string, O = Record<string, unknown>>(rule: RuleDefinition<M, O>): Rule<M, O> {
  const messages = Object.values(rule.meta.messages) as RuleMessage[];
  return { meta: { ...rule.meta, severity: mostSerious(messages.map((m) => m.severity)) }, check: rule.check };
}

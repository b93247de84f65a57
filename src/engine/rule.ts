import type { Severity } from './finding.js';
import type { TextEdit } from '../core/text.js';
import type { KafkaVersion } from '../core/version.js';
import type { Cluster, DocumentKind } from '../model/types.js';
import type { ConfigEntry } from '../model/entry.js';
import type { Span } from '../parse/source.js';

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
  };
}

/** A rule's metadata: pure data, from which docs, `kafka-lint rules` and SARIF are built. */
export interface RuleMeta {
  /** Stable id, `group/name`; the file is `rules/<group>/<name>.ts`. */
  id: string;
  /** Default severity (the most serious it reports when a rule has several). */
  severity: Severity;
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

/** What a rule reports; the engine adds the rule id and the configured severity. */
export interface Report {
  /** What is wrong, why, and what to write instead. */
  message: string;
  /** Defaults to the rule's severity; a rule may report less serious cases lower. */
  severity?: Severity;
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

/** What a rule's check sees. */
export interface RuleContext {
  /** The cluster to judge. */
  cluster: Cluster;
  /** The Kafka version to judge against. */
  kafkaVersion: KafkaVersion;
  /** Whether the version was inferred rather than given. */
  kafkaVersionInferred: boolean;
  /** Broker count from options, or the number of broker-role nodes in the cluster. */
  brokerCount?: number;
  /** Rule options from the user's configuration. */
  options: Record<string, unknown>;
  /** Reports a finding. */
  report(report: Report): void;
}

/** A lint rule: metadata and a pure check over the model. Rules never read files. */
export interface Rule {
  /** The rule's metadata. */
  meta: RuleMeta;
  /** Judges the cluster in `context` and reports what it finds; never throws on config content. */
  check(context: RuleContext): void;
}

/**
 * Declares a rule. Identity function that gives the rule object its type.
 *
 * @example
 * ```ts
 * export default defineRule({
 *   meta: { id: 'broker/auto-create-topics', severity: 'info', ... },
 *   check(ctx) {
 *     for (const broker of ctx.cluster.brokers) { ... ctx.report({ message, entry }); }
 *   },
 * });
 * ```
 */
export function defineRule(rule: Rule): Rule {
  return rule;
}

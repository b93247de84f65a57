import type { ConfigEntry } from '../parse/entry.js';
import type { Span } from '../parse/source.js';
import type { Parsed } from './types.js';
import { hasTemplate } from '../parse/template.js';

/**
 * The tools a topic definition in git comes from: Strimzi's `KafkaTopic`
 * (kafka.strimzi.io/v1beta2 and v1), Confluent for Kubernetes' `KafkaTopic`
 * (platform.confluent.io/v1beta1), a JulieOps topology file, a Terraform `kafka_topic` resource
 * (the Mongey/kafka provider).
 */
export type TopicSourceKind = 'strimzi' | 'cfk' | 'julieops' | 'terraform';

/**
 * One topic as a file defines it, with the position of each field. A field a template fills in
 * (`${...}`, `{{ ... }}`, `var.x`) is `templated`: unknown, never judged. A field the tool would
 * refuse (a partition count that is not a number) has `error`.
 *
 * @example
 * ```ts
 * const topic: TopicDefinition = parseStrimziFile(text, 'topics.yaml').topics[0]!;
 * topic.name; // 'orders'
 * topic.partitions?.value; // 4
 * topic.partitions?.entry.valueSpan?.line; // 9
 * ```
 */
export interface TopicDefinition {
  /**
   * The topic's name as the tool creates it (Strimzi: spec.topicName, else metadata.name; CFK:
   * spec.name, else metadata.name; JulieOps: the full name of its default naming). Absent when
   * the file does not give one.
   */
  name?: string;
  /** Where the name is written (for a JulieOps topic: its `name:`). */
  nameSpan?: Span;
  /** The entry that holds the name, for findings about it. */
  nameEntry?: ConfigEntry;
  /** True when a template fills in the name (or a part of it): it is not judged. */
  templatedName?: true;
  /** The partition count, when written. */
  partitions?: Parsed<number>;
  /** The replication factor, when written. */
  replicationFactor?: Parsed<number>;
  /** The topic-level configs (`retention.ms`, `min.insync.replicas`, ...), each at its position. */
  configs: ConfigEntry[];
  /** The file that defines it. */
  file: string;
  /** The tool whose format it is written in. */
  kind: TopicSourceKind;
  /** Where the definition starts (the resource's `kind:` line, the topic item), for findings about the whole topic. */
  span?: Span;
  /** The Kafka cluster a Strimzi topic names (label strimzi.io/cluster) or a CFK topic (spec.kafkaClusterRef.name), when written. */
  cluster?: string;
}

/**
 * A whole number of a topic field, as the tool reads it: a template makes it unknown, anything
 * but an integer is an error.
 *
 * @example
 * ```ts
 * topicNumber({ key: 'partitions', value: '4', syntax: 'yaml' }).value; // 4
 * topicNumber({ key: 'partitions', value: '${P}', syntax: 'yaml' }).templated; // true
 * ```
 */
export function topicNumber(entry: ConfigEntry, isTemplate: (value: string) => boolean): Parsed<number> {
  const text = entry.value.trim();
  if (isTemplate(entry.value)) return { entry, templated: true };
  if (!/^-?\d{1,10}$/.test(text)) return { entry, error: `"${text}" is not a whole number` };
  return { entry, value: Number(text) };
}

/**
 * The topic configs a definition sets, by name (the last one written wins).
 *
 * @example
 * ```ts
 * topicConfig(topic, 'min.insync.replicas')?.value; // '2'
 * ```
 */
export function topicConfig(topic: TopicDefinition, key: string): ConfigEntry | undefined {
  for (let i = topic.configs.length - 1; i >= 0; i--) {
    const e = topic.configs[i] as ConfigEntry;
    if (e.key === key) return e;
  }
  return undefined;
}

/**
 * A whole-number topic config, as Kafka reads it: unknown when a template fills it in, an error
 * when it is not a whole number; undefined when the topic does not set it.
 *
 * @example
 * ```ts
 * topicConfigNumber(topic, 'min.insync.replicas')?.value; // 2
 * ```
 */
export function topicConfigNumber(topic: TopicDefinition, key: string): Parsed<number> | undefined {
  const entry = topicConfig(topic, key);
  return entry ? topicNumber(entry, hasTemplate) : undefined;
}

/**
 * The `file:line` of a topic's definition, for messages that name where it is.
 *
 * @example
 * ```ts
 * topicPlace(topic); // 'topics/orders.yaml:5'
 * ```
 */
export function topicPlace(topic: TopicDefinition): string {
  const line = topic.nameSpan?.line ?? topic.span?.line;
  return line === undefined ? topic.file : `${topic.file}:${line}`;
}

/** Where a finding about a whole topic points: its name, else where its definition starts. */
export type TopicAnchor = { entry: ConfigEntry; part: 'value' } | { file: string; span?: Span };

/**
 * Where a finding about a whole topic points: the value of its name, else the start of its
 * definition (the resource's `kind:` line, the topology item).
 *
 * @example
 * ```ts
 * ctx.report({ ...topicAnchor(topic), messageId: 'duplicate' });
 * ```
 */
export function topicAnchor(topic: TopicDefinition): TopicAnchor {
  if (topic.nameEntry) return { entry: topic.nameEntry, part: 'value' };
  return topic.span ? { file: topic.file, span: topic.span } : { file: topic.file };
}

/**
 * The topic's name for a message: the name, or `(unnamed, file:line)` when the file gives none.
 *
 * @example
 * ```ts
 * topicLabel(topic); // 'orders'
 * ```
 */
export function topicLabel(topic: TopicDefinition): string {
  return topic.name ?? `(unnamed, ${topicPlace(topic)})`;
}

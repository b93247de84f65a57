import type { ConfigEntry } from '../parse/entry.js';
import type { DeploymentNotice, TopicDefinition, TopicsFile } from '../model/types.js';
import { SourceText } from '../parse/source.js';
import { hasTemplate } from '../parse/template.js';
import { configMapEntries, kubernetesScalarText, mapGet, mapPairs, pairEntry, scalarText, seqItems, yamlCommentLines, yamlErrorNotice, yamlModule, type YamlSource } from './yaml.js';
import { parseTerraformTopics } from './terraform.js';
import { topic } from './topic-definition.js';

/** A `kind: KafkaTopic` of Strimzi (kafka.strimzi.io) or Confluent for Kubernetes (platform.confluent.io). */
export const KAFKA_TOPIC_KIND = /^kind:[ \t]*["']?KafkaTopic["']?[ \t]*(#.*)?$/m;
/** The API groups of the two operators' KafkaTopic resources. */
export const TOPIC_OPERATOR_API = /(kafka\.strimzi\.io|platform\.confluent\.io)\//;
/** A JulieOps topology: a top-level `context:` and `projects:`. */
export const JULIEOPS_TOPOLOGY = /^context:[ \t]*\S/m;
const JULIEOPS_PROJECTS = /^projects:[ \t]*(#.*)?$/m;

/**
 * Whether a YAML file defines topics: a KafkaTopic of either operator, or a JulieOps topology.
 *
 * @example
 * ```ts
 * definesTopics('apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\n'); // true
 * ```
 */
export function definesTopics(text: string): boolean {
  return (KAFKA_TOPIC_KIND.test(text) && TOPIC_OPERATOR_API.test(text)) || (JULIEOPS_TOPOLOGY.test(text) && JULIEOPS_PROJECTS.test(text));
}

/**
 * A Strimzi `KafkaTopic` (v1beta2 and v1: `spec.topicName`, else `metadata.name`; `spec.partitions`,
 * `spec.replicas`, `spec.config`) or a Confluent for Kubernetes `KafkaTopic` (`spec.name`, else
 * `metadata.name`; `spec.partitionCount`, `spec.replicas`, `spec.configs`).
 */
function kafkaTopicOf(src: YamlSource, doc: unknown): TopicDefinition | undefined {
  const kind = scalarText(src, mapGet(src, doc, 'kind'));
  const apiVersion = scalarText(src, mapGet(src, doc, 'apiVersion')) ?? '';
  if (kind !== 'KafkaTopic') return undefined;
  const strimzi = /^kafka\.strimzi\.io\//.test(apiVersion);
  const cfk = /^platform\.confluent\.io\//.test(apiVersion);
  if (!strimzi && !cfk) return undefined;
  const metadata = mapGet(src, doc, 'metadata');
  const spec = mapGet(src, doc, 'spec');
  const nameEntry = pairEntry(src, spec, strimzi ? 'topicName' : 'name', kubernetesScalarText) ?? pairEntry(src, metadata, 'name', kubernetesScalarText);
  if (!nameEntry) return undefined;
  const fields: Omit<TopicDefinition, 'partitionCount' | 'replicationFactor'> = {
    name: nameEntry.value,
    nameEntry,
    source: strimzi ? 'strimzi' : 'cfk',
    file: src.file,
    configs: configMapEntries(src, mapGet(src, spec, strimzi ? 'config' : 'configs'), { read: kubernetesScalarText }),
  };
  const partitions = pairEntry(src, spec, strimzi ? 'partitions' : 'partitionCount', kubernetesScalarText);
  const replicas = pairEntry(src, spec, 'replicas', kubernetesScalarText);
  if (partitions) fields.partitions = partitions;
  if (replicas) fields.replicas = replicas;
  const cluster = scalarText(src, mapGet(src, mapGet(src, metadata, 'labels'), 'strimzi.io/cluster'));
  if (strimzi && cluster !== undefined) fields.cluster = cluster;
  return topic(fields);
}

/** Keys of a JulieOps topology header that are not naming attributes. */
const JULIEOPS_NOT_ATTRIBUTES = new Set(['context', 'projects', 'platform', 'special_topics']);
/** Keys of a JulieOps topic's `config` that JulieOps reads itself rather than passing on as topic configs. */
const JULIEOPS_TOPIC_FIELDS = new Set(['replication.factor', 'num.partitions', 'partitions']);

/**
 * The topics of a JulieOps topology: `projects[].topics[]` with `name`, `dataType` and `config`
 * (`replication.factor` and `num.partitions` are read by JulieOps, the rest are topic configs).
 * Names follow JulieOps' default naming: the context, the header's other attributes in order,
 * the project, the topic and its data type, joined by dots.
 */
function julieOpsTopics(src: YamlSource, doc: unknown): TopicDefinition[] {
  const context = scalarText(src, mapGet(src, doc, 'context'));
  const projects = seqItems(src, mapGet(src, doc, 'projects'));
  if (context === undefined || projects.length === 0) return [];
  const attributes = mapPairs(src, doc)
    .filter((p) => !JULIEOPS_NOT_ATTRIBUTES.has(String(p.key.value)))
    .map((p) => scalarText(src, p.value))
    .filter((v): v is string => v !== undefined);
  const out: TopicDefinition[] = [];
  for (const project of projects) {
    const projectName = scalarText(src, mapGet(src, project, 'name'));
    for (const item of seqItems(src, mapGet(src, project, 'topics'))) {
      const written = pairEntry(src, item, 'name');
      if (!written || projectName === undefined) continue;
      const dataType = scalarText(src, mapGet(src, item, 'dataType'));
      const name = [context, ...attributes, projectName, written.value, ...(dataType !== undefined ? [dataType] : [])].join('.');
      const config = mapGet(src, item, 'config');
      const fields: Omit<TopicDefinition, 'partitionCount' | 'replicationFactor'> = {
        name,
        nameEntry: { ...written, value: name },
        source: 'julieops',
        file: src.file,
        configs: configMapEntries(src, config, { skip: JULIEOPS_TOPIC_FIELDS }),
        namingAssumed: true,
      };
      const partitions = pairEntry(src, config, 'num.partitions') ?? pairEntry(src, config, 'partitions');
      const replicas = pairEntry(src, config, 'replication.factor');
      if (partitions) fields.partitions = partitions;
      if (replicas) fields.replicas = replicas;
      out.push(topic(fields));
    }
  }
  return out;
}

/**
 * The topics the YAML documents of a file define (KafkaTopic resources of either operator, JulieOps
 * topologies), for a file read as topics or as Strimzi resources.
 */
export function topicsOfDocuments(src: Omit<YamlSource, 'doc'>, docs: readonly YamlSource['doc'][]): TopicDefinition[] {
  return docs.flatMap((doc) => {
    const one: YamlSource = { ...src, doc };
    const resource = kafkaTopicOf(one, doc.contents);
    return resource ? [resource] : julieOpsTopics(one, doc.contents);
  });
}

/**
 * Reads a YAML file of topic definitions. Never throws; a file with template syntax is read as far
 * as it is YAML, with a notice.
 *
 * @example
 * ```ts
 * const file = parseTopicsFile('apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 4\n', 'topics.yaml');
 * file.topics[0]?.partitionCount; // 4
 * ```
 */
export function parseTopicsFile(text: string, file: string): TopicsFile {
  // Terraform's kafka_topic resources, read by the HCL scanner.
  if (/\.tf$/i.test(file)) return parseTerraformTopics(text, file);
  const notices: DeploymentNotice[] = [];
  const source = new SourceText(text);
  const parsed = yamlModule().parseAllDocuments(text, { merge: true, uniqueKeys: false, prettyErrors: false });
  const docs = Array.isArray(parsed) ? parsed : [];
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) notices.push(yamlErrorNotice(error, { source, file, text }, 'kubernetes'));
  }
  return { kind: 'topics', file, topics: topicsOfDocuments({ source, file }, docs), notices, commentLines: yamlCommentLines(source, docs) };
}

/**
 * A topic config written as a whole number, unless a template fills it in.
 *
 * @example
 * ```ts
 * topicConfigNumber(topic, 'min.insync.replicas')?.value; // 2
 * ```
 */
export function topicConfigNumber(topic: TopicDefinition, key: string): { entry: ConfigEntry; value: number } | undefined {
  const entry = topic.configs.findLast((e) => e.key === key);
  // LONG configs (retention.bytes, retention.ms) go past nine digits; 15 stay exact in a double.
  const text = entry && !hasTemplate(entry.value) ? entry.value.trim() : '';
  const value = /^-?\d{1,15}$/.test(text) ? Number(text) : undefined;
  return entry && value !== undefined ? { entry, value } : undefined;
}

/**
 * The topic's cleanup policies as written, trimmed; Kafka's default (`delete`) when it sets none.
 *
 * @example
 * ```ts
 * cleanupPolicies(topic); // ['compact', 'delete'] for cleanup.policy: compact,delete
 * ```
 */
export function cleanupPolicies(topic: TopicDefinition): string[] {
  return topic.configs.findLast((e) => e.key === 'cleanup.policy')?.value.split(',').map((p) => p.trim()) ?? ['delete'];
}

/**
 * Whether the topic turns tiered storage on (`remote.storage.enable=true`, any case, as a BOOLEAN is read).
 *
 * @example
 * ```ts
 * isTiered(topic); // true for remote.storage.enable: "true"
 * ```
 */
export function isTiered(topic: TopicDefinition): boolean {
  return topic.configs.findLast((e) => e.key === 'remote.storage.enable')?.value.trim().toLowerCase() === 'true';
}

/**
 * The topic configs whose names are written out (a template may fill in any name).
 *
 * @example
 * ```ts
 * writtenConfigs(topic).map((e) => e.key); // ['retention.ms', 'cleanup.policy']
 * ```
 */
export function writtenConfigs(topic: TopicDefinition): ConfigEntry[] {
  return topic.configs.filter((e) => !hasTemplate(e.key));
}

/**
 * Whether the topic's name is written out rather than filled in by a template.
 *
 * @example
 * ```ts
 * nameIsWritten(topic); // false for name: "{{ .Values.topic }}"
 * ```
 */
export function nameIsWritten(topic: TopicDefinition): boolean {
  return !hasTemplate(topic.name);
}

/**
 * A topic as a running cluster holds it: file `topic:<name>` (no positions), source `cluster`,
 * its partition count and replication factor (the most replicas of any partition) when the
 * metadata lists it, and the configs set on the topic.
 *
 * @example
 * ```ts
 * liveTopic('orders', { partitions: 12, replicationFactor: 3 }, [['retention.ms', '86400000']]);
 * ```
 */
export function liveTopic(name: string, layout: { partitions: number; replicationFactor: number } | undefined, configs: readonly (readonly [string, string])[]): TopicDefinition {
  const file = `topic:${name}`;
  const topic: TopicDefinition = { name, nameEntry: { key: 'name', value: name, file, syntax: 'object' }, source: 'cluster', file, configs: configs.map(([key, value]) => ({ key, value, file, syntax: 'object' })) };
  if (layout) {
    topic.partitions = { key: 'partitions', value: String(layout.partitions), file, syntax: 'object' };
    topic.partitionCount = layout.partitions;
    topic.replicas = { key: 'replication.factor', value: String(layout.replicationFactor), file, syntax: 'object' };
    topic.replicationFactor = layout.replicationFactor;
  }
  return topic;
}

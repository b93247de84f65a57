/**
 * Readers of topic definitions kept in git: Strimzi `KafkaTopic` resources (read with the rest of
 * a Strimzi file, see strimzi.ts), Confluent for Kubernetes `KafkaTopic` resources and JulieOps
 * topology files. Every field keeps its position; a field a template fills in is unknown.
 */
import type { ConfigEntry } from '../parse/entry.js';
import type { DeploymentNotice, Parsed, TopicFile } from '../model/types.js';
import { topicNumber, type TopicDefinition, type TopicSourceKind } from '../model/topic.js';
import { hasTemplate } from '../parse/template.js';
import { SourceText } from '../parse/source.js';
import { parseTerraformTopics } from './terraform.js';
import { mapGet, mapPairs, nodeSpan, scalarText, seqItems, yamlCommentLines, yamlConfigEntries, yamlErrorNotice, yamlModule, yamlPairEntry, type YamlSource } from './yaml.js';

/** A whole-number field of a topic, when written. */
function numberField(entry: ConfigEntry | undefined): Parsed<number> | undefined {
  return entry ? topicNumber(entry, hasTemplate) : undefined;
}

/** Sets a topic's name from the entry that holds it. */
function setName(topic: TopicDefinition, entry: ConfigEntry | undefined, full?: string): void {
  if (!entry) return;
  topic.nameEntry = entry;
  topic.name = full ?? entry.value;
  if (entry.valueSpan) topic.nameSpan = entry.valueSpan;
  if (hasTemplate(topic.name)) topic.templatedName = true;
}

/** A `kind: KafkaTopic` resource of one operator's API group, as a topic. */
function kubernetesTopic(
  src: YamlSource,
  doc: unknown,
  kind: TopicSourceKind,
  api: RegExp,
  fields: { name: string; partitions: string; configs: string },
): TopicDefinition | undefined {
  const kindNode = mapGet(src, doc, 'kind');
  const apiVersion = scalarText(src, mapGet(src, doc, 'apiVersion')) ?? '';
  if (scalarText(src, kindNode) !== 'KafkaTopic' || !api.test(apiVersion)) return undefined;
  const metadata = mapGet(src, doc, 'metadata');
  const spec = mapGet(src, doc, 'spec');
  const topic: TopicDefinition = { configs: yamlConfigEntries(src, mapGet(src, spec, fields.configs)), file: src.file, kind };
  setName(topic, yamlPairEntry(src, spec, fields.name) ?? yamlPairEntry(src, metadata, 'name'));
  const partitions = numberField(yamlPairEntry(src, spec, fields.partitions));
  if (partitions) topic.partitions = partitions;
  const replicas = numberField(yamlPairEntry(src, spec, 'replicas'));
  if (replicas) topic.replicationFactor = replicas;
  const span = nodeSpan(src, kindNode);
  if (span) topic.span = span;
  const cluster =
    kind === 'strimzi'
      ? scalarText(src, mapGet(src, mapGet(src, metadata, 'labels'), 'strimzi.io/cluster'))
      : scalarText(src, mapGet(src, mapGet(src, spec, 'kafkaClusterRef'), 'name'));
  if (cluster !== undefined) topic.cluster = cluster;
  return topic;
}

/**
 * A Strimzi `KafkaTopic` (kafka.strimzi.io/v1beta2 or v1): the name is spec.topicName, else
 * metadata.name; spec.partitions, spec.replicas, spec.config. Undefined for any other document.
 *
 * @example
 * ```ts
 * strimziTopicOf(src, doc.contents)?.partitions?.value; // 12
 * ```
 */
export function strimziTopicOf(src: YamlSource, doc: unknown): TopicDefinition | undefined {
  return kubernetesTopic(src, doc, 'strimzi', /^kafka\.strimzi\.io\//, { name: 'topicName', partitions: 'partitions', configs: 'config' });
}

/**
 * A Confluent for Kubernetes `KafkaTopic` (platform.confluent.io/v1beta1): the name is spec.name,
 * else metadata.name; spec.partitionCount, spec.replicas, spec.configs.
 *
 * @example
 * ```ts
 * cfkTopicOf(src, doc.contents)?.replicationFactor?.value; // 3
 * ```
 */
export function cfkTopicOf(src: YamlSource, doc: unknown): TopicDefinition | undefined {
  return kubernetesTopic(src, doc, 'cfk', /^platform\.confluent\.io\//, { name: 'name', partitions: 'partitionCount', configs: 'configs' });
}

/** Top-level keys of a topology that are not parts of topic names (JulieOps TopologyCustomDeserializer). */
const JULIE_NOT_NAME_PARTS = new Set(['context', 'projects', 'platform', 'special_topics']);

/** The topic-config keys JulieOps reads as the partition count and replication factor (TopicManager). */
export const JULIE_PARTITIONS_KEY = 'num.partitions';
/** See {@link JULIE_PARTITIONS_KEY}. */
export const JULIE_REPLICATION_KEY = 'replication.factor';

/**
 * The topics of a JulieOps topology: `projects[].topics[]`, each named by JulieOps' default
 * naming, `context`, then every other top-level scalar in file order, the project's name, the
 * topic's name and its `dataType` when set, joined with `.` (ProjectImpl.buildNamePrefix and
 * TopicImpl.defaultTopicStructureString, with topic.prefix.separator's default). The partition
 * count and replication factor are the topic configs `num.partitions` and `replication.factor`,
 * which JulieOps takes out of the configs it passes to Kafka.
 *
 * @example
 * ```ts
 * julieOpsTopics(src, doc.contents)[0]?.name; // 'context.source.foo.foo'
 * ```
 */
export function julieOpsTopics(src: YamlSource, doc: unknown): TopicDefinition[] {
  const context = scalarText(src, mapGet(src, doc, 'context'));
  if (context === undefined) return [];
  const parts = [context];
  for (const { key, value } of mapPairs(src, doc)) {
    if (JULIE_NOT_NAME_PARTS.has(String(key.value))) continue;
    parts.push(scalarText(src, value) ?? '');
  }
  const topics: TopicDefinition[] = [];
  for (const project of seqItems(src, mapGet(src, doc, 'projects'))) {
    const projectName = scalarText(src, mapGet(src, project, 'name')) ?? '';
    for (const item of seqItems(src, mapGet(src, project, 'topics'))) {
      const all = yamlConfigEntries(src, mapGet(src, item, 'config'));
      const topic: TopicDefinition = { configs: all.filter((e) => e.key !== JULIE_PARTITIONS_KEY && e.key !== JULIE_REPLICATION_KEY), file: src.file, kind: 'julieops' };
      const nameEntry = yamlPairEntry(src, item, 'name');
      const dataType = scalarText(src, mapGet(src, item, 'dataType'));
      if (nameEntry) setName(topic, nameEntry, [...parts, projectName, nameEntry.value, ...(dataType !== undefined ? [dataType] : [])].join('.'));
      const partitions = numberField(all.findLast((e) => e.key === JULIE_PARTITIONS_KEY));
      if (partitions) topic.partitions = partitions;
      const replicas = numberField(all.findLast((e) => e.key === JULIE_REPLICATION_KEY));
      if (replicas) topic.replicationFactor = replicas;
      const span = nodeSpan(src, item);
      if (span) topic.span = span;
      topics.push(topic);
    }
  }
  return topics;
}

/**
 * Reads a YAML file of Confluent for Kubernetes `KafkaTopic` resources, or a JulieOps topology
 * (a `.tf` file: Terraform `kafka_topic` resources, see `parseTerraformTopics`)
 * (top-level `context` and `projects`). Never throws; a file with template syntax that is not
 * YAML yet gets a notice.
 *
 * @example
 * ```ts
 * const file = parseTopicFile(text, 'topology.yaml');
 * file.format; // 'julieops'
 * file.topics.map((t) => t.name); // ['context.source.foo.foo', 'context.source.foo.bar.avro']
 * ```
 */
export function parseTopicFile(text: string, file: string): TopicFile {
  if (/\.tf$/i.test(file)) return parseTerraformTopics(text, file);
  const notices: DeploymentNotice[] = [];
  const source = new SourceText(text);
  const topics: TopicDefinition[] = [];
  let format: TopicFile['format'] = 'julieops';
  const parsed = yamlModule().parseAllDocuments(text, { merge: true, uniqueKeys: false, prettyErrors: false });
  const docs = Array.isArray(parsed) ? parsed : [];
  const tool = /platform\.confluent\.io\//.test(text) ? 'kubernetes' : 'julieops';
  for (const doc of docs) {
    const src: YamlSource = { source, file, doc };
    const error = doc.errors[0];
    if (error) notices.push(yamlErrorNotice(error, { source, file, text }, tool));
    const cfk = cfkTopicOf(src, doc.contents);
    if (cfk) {
      format = 'cfk';
      topics.push(cfk);
    } else topics.push(...julieOpsTopics(src, doc.contents));
  }
  return { kind: 'topics', file, format, topics, notices, commentLines: yamlCommentLines(source, docs) };
}

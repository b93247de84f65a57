/**
 * The topic readers: Strimzi and Confluent for Kubernetes `KafkaTopic` resources and JulieOps
 * topologies become topics of the cluster, each field at its line; templated fields are unknown.
 */
import { describe, it, expect } from 'vitest';
import { detectFileKind, loadCluster, groupFiles } from '../../src/engine/load.js';
import { parseTopicFile } from '../../src/deploy/topics.js';
import { parseStrimziFile } from '../../src/deploy/strimzi.js';
import { fixtureFiles } from '../fixture-files.js';
import { lintFiles } from '../../src/engine/lint-files.js';
import underReplicated from '../../rules/topic/under-replicated.js';

/** A topic's fields in one line: kind, name, name line, partitions, replication factor, configs. */
const summary = (files: { file: string; text: string }[]) =>
  loadCluster(files).topics.map((t) => ({
    kind: t.kind,
    name: t.name,
    line: t.nameSpan?.line,
    partitions: t.partitions?.templated ? 'templated' : t.partitions?.value,
    partitionsLine: t.partitions?.entry.valueSpan?.line,
    rf: t.replicationFactor?.templated ? 'templated' : t.replicationFactor?.value,
    configs: t.configs.map((e) => `${e.key}=${e.value}:${e.keySpan?.line}`),
  }));

describe('file kinds of topic definitions', () => {
  it.each([
    ['topics/orders.yaml', 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\n', 'strimzi'],
    ['topics/orders.yaml', 'apiVersion: kafka.strimzi.io/v1\nkind: "KafkaTopic"\n', 'strimzi'],
    ['topics/clicks.yaml', 'apiVersion: platform.confluent.io/v1beta1\nkind: KafkaTopic\n', 'topics'],
    ['topology.yml', 'context: "ctx"\nprojects:\n  - name: p\n', 'topics'],
    // A KafkaTopic of another API group, a context without projects: not topic files.
    ['topics/other.yaml', 'apiVersion: example.com/v1\nkind: KafkaTopic\n', undefined],
    ['values.yaml', 'context: prod\nreplicas: 3\n', undefined],
  ])('%s is %s', (file, text, kind) => {
    expect(detectFileKind(file, text)).toBe(kind);
  });
});

describe('Strimzi KafkaTopic', () => {
  it('reads v1beta2 and v1 topics beside the Kafka resource, spec.topicName over metadata.name, lists of config values joined', () => {
    expect(summary(fixtureFiles('topics/strimzi'))).toEqual([
      { kind: 'strimzi', name: 'orders', line: 5, partitions: 4, partitionsLine: 9, rf: 3, configs: ['retention.ms=604800000:12', 'min.insync.replicas=2:13'] },
      { kind: 'strimzi', name: 'Payments.V1', line: 22, partitions: 6, partitionsLine: 23, rf: 1, configs: ['cleanup.policy=compact,delete:26'] },
      { kind: 'strimzi', name: 'templated', line: 33, partitions: 'templated', partitionsLine: 37, rf: 'templated', configs: [] },
    ]);
  });

  it('keeps the strimzi.io/cluster label; a topic of another Kafka resource in view is not this cluster\'s', () => {
    const files = fixtureFiles('topics/strimzi');
    const other = { file: 'strimzi/other.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: elsewhere\n  labels:\n    strimzi.io/cluster: other-cluster\nspec:\n  partitions: 1\n' };
    const cluster = loadCluster([...files, other]);
    expect(cluster.topics.map((t) => t.cluster)).toEqual(['my-cluster', 'my-cluster', 'my-cluster']);
    // Without a Kafka resource in view, every topic is judged.
    expect(loadCluster([other]).topics.map((t) => t.name)).toEqual(['elsewhere']);
  });

  it('a KafkaTopic-only file is shared by every cluster group, and builds no broker', () => {
    const topics = parseStrimziFile(fixtureFiles('topics/strimzi').find((f) => f.file === 'topics.yaml')?.text ?? '', 'topics.yaml');
    expect(topics.resources).toEqual([]);
    expect(topics.topics).toHaveLength(3);
    const groups = groupFiles([
      { file: 'a/docker-compose.yml', text: 'services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_NODE_ID: 1\n' },
      { file: 'b/docker-compose.yml', text: 'services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_NODE_ID: 1\n' },
      { file: 'topics/clicks.yaml', text: 'apiVersion: platform.confluent.io/v1beta1\nkind: KafkaTopic\nmetadata:\n  name: clicks\n' },
    ]);
    expect(groups.map((g) => g.files.map((f) => f.file))).toEqual([
      ['a/docker-compose.yml', 'topics/clicks.yaml'],
      ['b/docker-compose.yml', 'topics/clicks.yaml'],
    ]);
  });
});

describe('Confluent for Kubernetes KafkaTopic', () => {
  it('reads spec.name over metadata.name, spec.partitionCount, spec.replicas and spec.configs', () => {
    expect(summary(fixtureFiles('topics/cfk'))).toEqual([
      { kind: 'cfk', name: 'clicks', line: 4, partitions: 12, partitionsLine: 8, rf: 3, configs: ['cleanup.policy=delete:10', 'retention.ms=86400000:11'] },
      { kind: 'cfk', name: 'audit_log', line: 20, partitions: 3, partitionsLine: 22, rf: 2, configs: [] },
    ]);
    expect(loadCluster(fixtureFiles('topics/cfk')).topics[0]?.cluster).toBe('kafka');
  });
});

describe('JulieOps topology', () => {
  it('names topics context.<other top-level fields>.project.topic[.dataType] and reads num.partitions and replication.factor out of the configs', () => {
    expect(summary(fixtureFiles('topics/julieops'))).toEqual([
      { kind: 'julieops', name: 'context.source.foo.foo', line: 8, partitions: 6, partitionsLine: 11, rf: 3, configs: [] },
      { kind: 'julieops', name: 'context.source.foo.bar.avro', line: 12, partitions: 4, partitionsLine: 16, rf: 1, configs: ['retention.ms=3600000:17'] },
      { kind: 'julieops', name: 'context.source.bar.bar', line: 20, partitions: undefined, partitionsLine: undefined, rf: undefined, configs: [] },
    ]);
  });

  it('a templated field is unknown, a field that is not a number is an error, and broken YAML is a JulieOps syntax notice', () => {
    const file = parseTopicFile('context: "c"\nprojects:\n  - name: p\n    topics:\n      - name: "${TOPIC}"\n        config:\n          num.partitions: "{{ parts }}"\n          replication.factor: three\n', 'topology.yaml');
    const topic = file.topics[0];
    expect(topic?.templatedName).toBe(true);
    expect(topic?.partitions?.templated).toBe(true);
    expect(topic?.replicationFactor?.error).toBe('"three" is not a whole number');
    const broken = parseTopicFile('context: "c"\nprojects:\n  - name: [\n', 'topology.yaml');
    expect(broken.notices[0]).toMatchObject({ code: 'syntax', reason: 'yaml-error', data: { tool: 'julieops' } });
  });
});

describe('Terraform kafka_topic (Mongey/kafka provider)', () => {
  it('is the topics kind for a .tf file with a kafka_topic resource only', () => {
    expect(detectFileKind('infra/kafka_topics.tf', 'resource "kafka_topic" "o" {\n}\n')).toBe('topics');
    expect(detectFileKind('infra/main.tf', 'resource "aws_instance" "x" {\n}\n')).toBeUndefined();
  });

  it('reads name, partitions, replication_factor and the config map at their positions; variables and interpolations are unknown', () => {
    expect(summary(fixtureFiles('topics/terraform'))).toEqual([
      { kind: 'terraform', name: 'orders', line: 11, partitions: 4, partitionsLine: 13, rf: 3, configs: ['retention.ms=604800000:16', 'cleanup.policy=compact:17'] },
      { kind: 'terraform', name: '${var.env}-events', line: 22, partitions: 12, partitionsLine: 24, rf: 'templated', configs: ['log.retention.ms=86400000:26'] },
    ]);
    const [orders, events] = loadCluster(fixtureFiles('topics/terraform')).topics;
    expect(orders?.nameSpan).toMatchObject({ line: 11, column: 25 });
    expect(orders?.partitions?.entry.valueSpan).toMatchObject({ line: 13, column: 24 });
    expect(events?.templatedName).toBe(true);
  });

  it('HCL Terraform cannot parse is a syntax notice, and what can be read is read', () => {
    const file = parseTopicFile('resource "kafka_topic" "o" {\n  name = "orders"\n  partitions = = 3\n}\n', 'kafka.tf');
    expect(file.format).toBe('terraform');
    expect(file.notices[0]).toMatchObject({ code: 'syntax', reason: 'hcl-error', span: { line: 3 } });
    expect(file.topics[0]?.name).toBe('orders');
  });
});

describe('inline directives in topic files', () => {
  it('a # or // comment above a Terraform attribute, and a # comment in a JulieOps topology, silence the next line', () => {
    const tf = 'resource "kafka_topic" "o" {\n  name = "orders"\n  # kafka-lint-disable-next-line topic/under-replicated -- a scratch topic\n  replication_factor = 1\n}\nresource "kafka_topic" "p" {\n  name = "payments"\n  // kafka-lint-disable-next-line topic/under-replicated -- also scratch\n  replication_factor = 1\n}\n';
    const julie = 'context: "c"\nprojects:\n  - name: "p"\n    topics:\n      - name: "t"\n        config:\n          # kafka-lint-disable-next-line topic/under-replicated -- scratch\n          replication.factor: "1"\n';
    const result = lintFiles([{ file: 'kafka.tf', text: tf }, { file: 'topology.yml', text: julie }], { ruleSet: [underReplicated] });
    expect(result.findings).toEqual([]);
    expect(result.clusters[0]?.suppressed.map((f) => `${f.file}:${f.line}`)).toEqual(['kafka.tf:4', 'kafka.tf:9', 'topology.yml:8']);
  });
});

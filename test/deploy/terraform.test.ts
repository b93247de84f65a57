/**
 * Terraform `kafka_topic` resources (the Mongey/kafka provider): recognised as topic files, read
 * with codemirror-lang-hcl's HCL grammar with the position of every field; variables and
 * interpolations are unknown; HCL Terraform refuses is a syntax notice.
 */
import { describe, it, expect } from 'vitest';
import { detectFileKind, loadCluster } from '../../src/engine/load.js';
import { topicsOf } from '../../src/deploy/load.js';
import { parseTopicsFile } from '../../src/deploy/topics.js';
import { lintFiles } from '../../src/engine/lint-files.js';
import underReplicated from '../../rules/topic/under-replicated.js';
import { fixtureFiles } from '../fixture-files.js';

describe('Terraform kafka_topic (Mongey/kafka provider)', () => {
  it('is the topics kind for a .tf file with a kafka_topic resource only', () => {
    expect(detectFileKind('infra/kafka_topics.tf', 'resource "kafka_topic" "o" {\n}\n')).toBe('topics');
    expect(detectFileKind('infra/main.tf', 'resource "aws_instance" "x" {\n}\n')).toBeUndefined();
  });

  it('reads name, partitions, replication_factor and the config map at their positions; variables and interpolations are unknown', () => {
    const topics = topicsOf(loadCluster(fixtureFiles('topics/terraform')));
    expect(
      topics.map((t) => ({
        source: t.source,
        name: t.name,
        nameAt: [t.nameEntry.valueSpan?.line, t.nameEntry.valueSpan?.column],
        partitions: t.partitionCount,
        partitionsAt: t.partitions?.valueSpan?.line,
        rf: t.replicationFactor,
        replicas: t.replicas?.value,
        configs: t.configs.map((e) => `${e.key}=${e.value}:${e.keySpan?.line}:${e.keySpan?.column}`),
      })),
    ).toEqual([
      { source: 'terraform', name: 'orders', nameAt: [11, 25], partitions: 4, partitionsAt: 13, rf: 3, replicas: '3', configs: ['retention.ms=604800000:16:5', 'cleanup.policy=compact:17:5'] },
      { source: 'terraform', name: '${var.env}-events', nameAt: [22, 25], partitions: 12, partitionsAt: 24, rf: undefined, replicas: '${var.replication_factor}', configs: ['log.retention.ms=86400000:26:5'] },
    ]);
  });

  it('HCL Terraform cannot parse is a syntax notice, and what can be read is read', () => {
    const file = parseTopicsFile('resource "kafka_topic" "o" {\n  name = "orders"\n  partitions = = 3\n}\n', 'kafka.tf');
    expect(file.notices[0]).toMatchObject({ code: 'syntax', reason: 'hcl-error', span: { line: 3 } });
    expect(file.topics[0]?.name).toBe('orders');
  });

  it('# and // comments carry inline directives', () => {
    const tf = 'resource "kafka_topic" "o" {\n  name = "orders"\n  # kafka-lint-disable-next-line topic/under-replicated -- a scratch topic\n  replication_factor = 1\n}\nresource "kafka_topic" "p" {\n  name = "payments"\n  // kafka-lint-disable-next-line topic/under-replicated -- also scratch\n  replication_factor = 1\n}\n';
    const result = lintFiles([{ file: 'kafka.tf', text: tf }], { ruleSet: [underReplicated] });
    expect(result.findings).toEqual([]);
    expect(result.clusters[0]?.suppressed.map((f) => `${f.file}:${f.line}`)).toEqual(['kafka.tf:4', 'kafka.tf:9']);
  });
});

/**
 * Topic files through the real CLI: every topic source of test/fixtures/topics is recognised,
 * read with its positions, and judged against the stated broker count and Kafka version.
 */
import { describe, expect, it } from 'vitest';
import { spawnCli } from './cli/harness.js';

interface JsonFile { filePath: string; messages: { ruleId: string; messageId: string; line: number; severity: number | string }[] }

describe('kafka-lint on topic definitions', () => {
  it('reads Strimzi, Confluent for Kubernetes, JulieOps and Terraform topics and judges them', () => {
    const run = spawnCli(['test/fixtures/topics', '--brokers', '3', '--kafka-version', '4.4', '-f', 'json']);
    expect(run.code).toBe(1);
    const files = JSON.parse(run.stdout) as JsonFile[];
    const found = files.flatMap((f) => f.messages.map((m) => `${f.filePath.replace(/^.*fixtures\/topics\//, '')}:${m.line} ${m.ruleId}/${m.messageId}`)).sort();
    expect(found).toEqual([
      'cfk-topic.yaml:11 topic/min-insync-replicas/above-replication-factor',
      'cfk-topic.yaml:7 topic/under-replicated/two-replicas',
      'strimzi-topics.yaml:23 topic/under-replicated/single-replica',
      'strimzi-topics.yaml:25 topic/unknown-config/broker-key',
      'strimzi-topics.yaml:26 topic/unknown-config/did-you-mean',
      'strimzi-topics.yaml:8 topic/partitions-not-multiple-of-brokers/uneven-leaders',
      // Terraform: orders is also a Strimzi KafkaTopic, 4 partitions on 3 brokers, a broker key as a topic config.
      'terraform/kafka_topics.tf:11 topic/duplicate/duplicate',
      'terraform/kafka_topics.tf:13 topic/partitions-not-multiple-of-brokers/uneven-leaders',
      'terraform/kafka_topics.tf:26 topic/unknown-config/broker-key',
      'topology.yaml:14 topic/under-replicated/single-replica',
    ]);
  });

  it('--show-clusters lists the topic files', () => {
    const run = spawnCli(['test/fixtures/topics', '--show-clusters']);
    expect(run.stdout).toContain('topology.yaml');
    expect(run.stdout).toContain('cfk-topic.yaml');
  });
});

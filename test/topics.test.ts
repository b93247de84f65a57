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

describe('topic files beside several clusters', () => {
  const kafka = 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: shop\n  annotations: {}\nspec:\n  kafka:\n    version: 3.9.0\n    replicas: 3\n    storage:\n      type: persistent-claim\n      size: 100Gi\n  zookeeper:\n    replicas: 3\n';
  const compose = 'services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_NODE_ID: 1\n      KAFKA_PROCESS_ROLES: broker,controller\n';
  const labelled = 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\n  labels:\n    strimzi.io/cluster: shop\nspec:\n  partitions: 4\n  replicas: 3\n';
  const topology = 'context: "shop"\nprojects:\n  - name: "checkout"\n    topics:\n      - name: "carts"\n        config:\n          replication.factor: "3"\n          num.partitions: "6"\n';
  const groups = (run: ReturnType<typeof spawnCli>) =>
    (JSON.parse(run.stdout) as JsonFile[]).flatMap((f) => f.messages.filter((m) => m.ruleId.startsWith('topic/')).map((m) => `${f.filePath.replace(/^.*\/(?=[^/]+\/[^/]+$)/, '')}:${m.line} ${m.ruleId}/${m.messageId}`)).sort();

  it('a KafkaTopic goes to the cluster it names, a topology to none: a one-broker dev stack does not refuse replication factor 3', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'kafka-lint-topic-groups-'));
    for (const [path, text] of [['k8s/kafka.yaml', kafka], ['dev/docker-compose.yml', compose], ['topics/orders.yaml', labelled], ['topics/topology.yaml', topology]] as const) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const run = spawnCli([root, '--kafka-version', '3.9', '-f', 'json']);
    // orders: 4 partitions on shop's 3 brokers; nothing judges either topic against the dev stack's single broker.
    expect(groups(run)).toEqual(['topics/orders.yaml:8 topic/partitions-not-multiple-of-brokers/uneven-leaders']);
    // Three clusters: the dev stack alone, shop with its KafkaTopic, the topology alone.
    const shown = spawnCli(['.', '--show-clusters'], { cwd: root });
    expect(`${shown.stdout}${shown.stderr}`.split('\n').filter((l) => /^cluster |^  \S+\.ya?ml$/.test(l))).toEqual([
      'cluster . (dev/docker-compose.yml):', '  dev/docker-compose.yml',
      'cluster . (k8s/kafka.yaml):', '  k8s/kafka.yaml', '  topics/orders.yaml',
      'cluster .:', '  topics/topology.yaml',
    ]);
  });
});

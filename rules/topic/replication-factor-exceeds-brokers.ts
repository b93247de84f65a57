import { defineRule } from '../../src/engine/rule.js';
import { topicsOf } from '../../src/deploy/load.js';

export default defineRule({
  meta: {
    id: 'topic/replication-factor-exceeds-brokers',
    category: 'startup-failure',
    fileKinds: ['topics', 'strimzi'],
    facts: ['brokerCount'],
    description: 'A topic whose replication factor is above the number of brokers: Kafka refuses to create it.',
    rationale:
      'Each replica of a partition must be on a different broker, so Kafka refuses to create a topic whose replication factor is above the number of registered brokers (InvalidReplicationFactorException: "Replication factor: N larger than available brokers: M"). The Strimzi and Confluent operators then report the KafkaTopic as not ready, and JulieOps fails its run. When kafka-lint only knows the brokers in view, the finding is a warning that says so.',
    fix: 'Lower the replication factor to the broker count (3 on 3 or more brokers), or add brokers first.',
    references: [
      { title: 'Kafka 3.9.0 ReplicationControlManager.createTopic / StripedReplicaPlacer.place (InvalidReplicationFactorException)', url: 'https://github.com/apache/kafka/blob/3.9.0/metadata/src/main/java/org/apache/kafka/metadata/placement/StripedReplicaPlacer.java' },
    ],
    messages: {
      'exceeds-brokers': {
        severity: 'error',
        text: "Topic '{{topic}}' has replication factor {{rf}}, but {{count}}: Kafka refuses to create it (\"Replication factor: {{rf}} larger than available brokers: {{brokers}}\"). Set the replication factor to {{brokers}} or add brokers.",
      },
    },
    examples: {
      bad: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: 4\n', options: { brokerCount: 3 } }],
      good: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: 3\n', options: { brokerCount: 3 } }],
    },
  },
  check(ctx) {
    const b = ctx.brokerCount.value;
    if (b === undefined) return;
    for (const topic of topicsOf(ctx.cluster)) {
      const rf = topic.replicationFactor;
      if (rf === undefined || !topic.replicas || rf <= b) continue;
      const count = ctx.brokerCount.atLeast ? `only ${b} brokers are in view` : `the cluster has ${b} brokers`;
      ctx.report({ entry: topic.replicas, part: 'value', messageId: 'exceeds-brokers', data: { topic: topic.name, rf, brokers: b, count } });
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { topicLabel } from '../../src/model/topic.js';

export default defineRule({
  meta: {
    id: 'topic/replication-factor-exceeds-brokers',
    category: 'outage-risk',
    fileKinds: ['strimzi', 'topics'],
    facts: ['brokerCount'],
    description: 'A topic definition asks for more replicas than the cluster has brokers, so Kafka refuses to create it.',
    rationale:
      'A partition cannot have two replicas on one broker, so Kafka refuses to create a topic whose replication factor is above the number of registered brokers (InvalidReplicationFactorException: "The target replication factor of N cannot be reached because only M broker(s) are registered"). The operator or tool that applies the definition reports the failure and the topic does not exist: producers and consumers of it fail. This is an error on a known broker count (a Strimzi Kafka resource\'s replicas, a compose file, --brokers or "brokerCount"). Counted from the broker configs in view the count is only a lower bound, so the finding is then a warning that says what was assumed; a single broker config in view says nothing about the cluster and is not judged.',
    fix: 'Lower the topic\'s replication factor to at most the broker count (3 on three or more brokers), or add brokers.',
    references: [
      { title: 'Kafka 3.9.0 StripedReplicaPlacer.java: throwInvalidReplicationFactorIfTooFewBrokers', url: 'https://github.com/apache/kafka/blob/3.9.0/metadata/src/main/java/org/apache/kafka/metadata/placement/StripedReplicaPlacer.java' },
      { title: 'Strimzi 0.45 KafkaTopic spec.replicas', url: 'https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaTopicSpec-reference' },
      { title: 'Confluent for Kubernetes API reference: KafkaTopic spec.replicas', url: 'https://docs.confluent.io/operator/current/co-api.html#tag/KafkaTopic' },
    ],
    messages: {
      exceeds: {
        severity: 'error',
        text: 'Topic {{topic}} asks for {{rf}} replicas, more than the {{brokers}} broker{{s}} {{counted}}: Kafka refuses to create it (InvalidReplicationFactorException, "The target replication factor of {{rf}} cannot be reached because only {{brokers}} broker(s) are registered"). Set its replication factor to at most {{brokers}}, or add brokers.',
      },
    },
    examples: {
      bad: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 3\n  replicas: 3\n', options: { brokerCount: 2 } }],
      good: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 3\n  replicas: 2\n', options: { brokerCount: 2 } }],
    },
  },
  check(ctx) {
    const count = ctx.brokerCount;
    const b = count.value;
    // One broker config in view says nothing about how many brokers the cluster has.
    if (b === undefined || (count.atLeast && b < 2)) return;
    for (const topic of ctx.cluster.topics) {
      const rf = topic.replicationFactor;
      if (rf?.value === undefined || rf.value <= b) continue;
      ctx.report({
        entry: rf.entry,
        part: 'value',
        messageId: 'exceeds',
        data: { topic: topicLabel(topic), rf: rf.value, brokers: b, s: b === 1 ? '' : 's', counted: count.atLeast ? 'in view' : 'of the cluster' },
      });
    }
  },
});

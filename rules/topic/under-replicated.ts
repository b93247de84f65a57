import { defineRule } from '../../src/engine/rule.js';
import { topicsOf } from '../../src/deploy/load.js';

export default defineRule({
  meta: {
    id: 'topic/under-replicated',
    category: 'data-loss-risk',
    fileKinds: ['topics', 'strimzi'],
    facts: ['brokerCount'],
    description: 'A topic with one replica, or with two on a cluster of three or more brokers.',
    rationale:
      'A partition survives a broker loss only on its other replicas. With one replica, losing or replacing that broker\'s disk loses the partition\'s data, and while the broker is down the partition is offline. With two replicas, a broker down for maintenance leaves one copy, and with min.insync.replicas=2 acks=all writes stop; Kafka\'s documentation and the operators\' examples use three replicas with min.insync.replicas=2 wherever there are three brokers. This is advice, not a refusal: a warning.',
    fix: 'Set the replication factor to 3 (and min.insync.replicas to 2) on clusters of three or more brokers.',
    references: [
      { title: 'Apache Kafka documentation: Replication (a topic with replication factor N tolerates N-1 failures)', url: 'https://kafka.apache.org/documentation/#replication' },
      { title: 'Apache Kafka documentation: min.insync.replicas ("a typical scenario would be to create a topic with a replication factor of 3, set min.insync.replicas to 2")', url: 'https://kafka.apache.org/documentation/#topicconfigs_min.insync.replicas' },
    ],
    messages: {
      'single-replica': {
        severity: 'warning',
        text: "Topic '{{topic}}' has one replica: a broker failure takes its partitions offline, and a lost disk loses their data. Set the replication factor to {{suggested}}.",
      },
      'two-replicas': {
        severity: 'warning',
        text: "Topic '{{topic}}' has two replicas on {{brokers}} brokers: one broker down leaves a single copy of each of its partitions. Set the replication factor to 3 and min.insync.replicas to 2.",
      },
    },
    examples: {
      bad: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: 1\n', options: { brokerCount: 3 } }],
      good: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: 3\n', options: { brokerCount: 3 } }],
    },
  },
  check(ctx) {
    const b = ctx.brokerCount.value;
    for (const topic of topicsOf(ctx.cluster)) {
      const rf = topic.replicationFactor;
      if (rf === undefined || !topic.replicas) continue;
      const at = { entry: topic.replicas, part: 'value' as const };
      // One broker: nothing more can be asked of the topic.
      if (rf === 1 && (b === undefined || b >= 2)) ctx.report({ ...at, messageId: 'single-replica', data: { topic: topic.name, suggested: b === undefined || b >= 3 ? 3 : b } });
      else if (rf === 2 && b !== undefined && b >= 3) ctx.report({ ...at, messageId: 'two-replicas', data: { topic: topic.name, brokers: b } });
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { topicLabel } from '../../src/model/topic.js';

export default defineRule({
  meta: {
    id: 'topic/under-replicated',
    category: 'data-loss-risk',
    fileKinds: ['strimzi', 'topics'],
    facts: ['brokerCount'],
    description: 'A topic definition has one replica, or fewer than 3 on a cluster of 3 or more brokers.',
    rationale:
      'With one replica a topic\'s partitions are offline while their broker is down, and a lost disk loses their data for good. With two replicas, one broker down leaves each of its partitions a single copy: producers with acks=all either stop (min.insync.replicas=2) or keep writing to one disk (min.insync.replicas=1), so a second failure during a restart or a disk replacement loses data. Kafka\'s documentation and the operators\' examples use a replication factor of 3 with min.insync.replicas=2. A one-broker cluster (known, as in a development setup) can only have one replica and is not reported; a replication factor of 2 is reported only when the cluster has at least 3 brokers (known, or counted in view).',
    fix: 'Give the topic 3 replicas (and min.insync.replicas=2); on an existing topic, raise it with a partition reassignment (kafka-reassign-partitions.sh).',
    references: [
      { title: 'Apache Kafka documentation: Replication ("a replication factor of 3 ... min.insync.replicas of 2")', url: 'https://kafka.apache.org/documentation/#replication' },
      { title: 'Apache Kafka documentation: min.insync.replicas (topic configs), "use with acks=all"', url: 'https://kafka.apache.org/documentation/#topicconfigs_min.insync.replicas' },
    ],
    messages: {
      'one-replica': {
        severity: 'warning',
        text: 'Topic {{topic}} has a single replica: while its broker is down its partitions are offline, and a lost disk loses their data. Give it 3 replicas (with min.insync.replicas=2).',
      },
      'below-three': {
        severity: 'warning',
        text: 'Topic {{topic}} has {{rf}} replicas on {{atLeast}}{{brokers}} brokers: with one broker down its partitions there have a single copy, so acks=all writes either stop (min.insync.replicas=2) or go to one disk (min.insync.replicas=1). Give it 3 replicas.',
      },
    },
    examples: {
      bad: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 3\n  replicas: 1\n' }],
      good: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 3\n  replicas: 3\n' }],
    },
  },
  check(ctx) {
    const count = ctx.brokerCount;
    const b = count.value;
    for (const topic of ctx.cluster.topics) {
      const rf = topic.replicationFactor;
      if (rf?.value === undefined) continue;
      const at = { entry: rf.entry, part: 'value' as const };
      if (rf.value === 1) {
        // A known one-broker cluster can have nothing else.
        if (b === 1 && !count.atLeast) continue;
        ctx.report({ ...at, messageId: 'one-replica', data: { topic: topicLabel(topic) } });
      } else if (rf.value === 2 && b !== undefined && b >= 3) {
        ctx.report({ ...at, messageId: 'below-three', data: { topic: topicLabel(topic), rf: rf.value, brokers: b, atLeast: count.atLeast ? 'at least ' : '' } });
      }
    }
  },
});

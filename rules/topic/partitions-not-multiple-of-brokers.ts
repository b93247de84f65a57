import { defineRule } from '../../src/engine/rule.js';
import { topicsOf } from '../../src/deploy/load.js';

export default defineRule({
  meta: {
    id: 'topic/partitions-not-multiple-of-brokers',
    category: 'performance',
    fileKinds: ['topics', 'strimzi'],
    facts: ['brokerCount'],
    description: 'A topic whose partition count is at or above the broker count but not a multiple of it (warning), or between 2 and the broker count (info).',
    rationale:
      'Kafka places a new topic\'s partition leaders round-robin from a broker picked at random (KRaft: StripedReplicaPlacer; ZooKeeper mode: AdminUtils.assignReplicasToBrokers). When the partition count is not a multiple of the broker count, some brokers lead one partition more of that topic than the others: with 4 partitions on 3 brokers one broker leads 2 and carries twice the topic\'s produce and fetch load of each other broker. Partitions can be added later but never removed. A topic with one partition is never uneven; with fewer partitions than brokers nothing is uneven either, but only that many brokers lead the topic and only that many consumers of a group read it (info).',
    fix: 'Give the topic a partition count that is a multiple of the broker count (6 or 12 on 3 brokers).',
    references: [
      { title: 'Kafka 3.9.0 StripedReplicaPlacer.java (a random starting broker per topic, leaders advance one broker per partition)', url: 'https://github.com/apache/kafka/blob/3.9.0/metadata/src/main/java/org/apache/kafka/metadata/placement/StripedReplicaPlacer.java' },
      { title: 'Kafka 3.9.0 AdminUtils.java (ZooKeeper mode: round-robin from a random position)', url: 'https://github.com/apache/kafka/blob/3.9.0/server-common/src/main/java/org/apache/kafka/admin/AdminUtils.java' },
    ],
    messages: {
      'uneven-leaders': {
        severity: 'warning',
        text: "Topic '{{topic}}' has {{partitions}} partitions on {{brokers}} brokers: Kafka places its leaders round-robin, so the busiest brokers ({{heavy}} of {{brokers}}) lead {{more}} of its partitions each and the others {{fewer}}, {{ratio}} times the topic's produce and fetch load on the busier ones. Use {{lower}} or {{upper}} partitions.",
      },
      'fewer-than-brokers': {
        severity: 'info',
        text: "Topic '{{topic}}' has {{partitions}} partitions on {{brokers}} brokers: its leaders are on only {{partitions}} brokers, and a consumer group reads it with at most {{partitions}} consumers. If it needs the whole cluster's throughput, give it {{brokers}} partitions or a multiple.",
      },
    },
    examples: {
      bad: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 4\n  replicas: 3\n', options: { brokerCount: 3 } }],
      good: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: 3\n', options: { brokerCount: 3 } }],
    },
  },
  check(ctx) {
    const b = ctx.brokerCount.value;
    if (b === undefined || b < 2) return;
    for (const topic of topicsOf(ctx.cluster)) {
      const p = topic.partitionCount;
      if (p === undefined || p <= 1 || !topic.partitions) continue;
      const at = { entry: topic.partitions, part: 'value' as const };
      if (p < b) {
        ctx.report({ ...at, messageId: 'fewer-than-brokers', data: { topic: topic.name, partitions: p, brokers: b } });
        continue;
      }
      if (p % b === 0) continue;
      const fewer = Math.floor(p / b);
      ctx.report({
        ...at,
        messageId: 'uneven-leaders',
        data: { topic: topic.name, partitions: p, brokers: b, more: fewer + 1, heavy: p % b, fewer, ratio: Number(((fewer + 1) / fewer).toFixed(2)), lower: fewer * b, upper: (fewer + 1) * b },
      });
    }
  },
});

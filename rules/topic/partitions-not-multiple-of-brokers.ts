import { defineRule } from '../../src/engine/rule.js';
import { topicLabel } from '../../src/model/topic.js';

const SKEW = 'Kafka places a topic\'s partition leaders round-robin from a random broker, so {{heavy}} {{more}} of its partitions and {{light}} {{fewer}} each: {{ratio}} times the topic\'s produce and fetch load on the busier brokers. Use {{lower}} or {{upper}} partitions; partitions can be added later, never removed.';

export default defineRule({
  meta: {
    id: 'topic/partitions-not-multiple-of-brokers',
    category: 'performance',
    fileKinds: ['strimzi', 'topics'],
    facts: ['brokerCount'],
    description: 'A topic definition\'s partition count is at or above the broker count but not a multiple of it, so some brokers lead more of its partitions than others.',
    rationale:
      'Kafka places the partitions of a new topic round-robin: the first partition\'s leader on a broker picked at random for that topic, each next partition\'s leader on the next broker (KRaft: StripedReplicaPlacer; ZooKeeper mode: AdminUtils.assignReplicasToBrokers). Within one topic whose partition count is not a multiple of the broker count, some brokers therefore lead one partition more than the others: with 4 partitions on 3 brokers one broker leads 2 and carries twice the topic\'s produce and fetch load of each other broker. A topic with one partition is never uneven, and below the broker count no broker leads more than one, so neither is reported. The broker count is known from a Strimzi Kafka resource, a compose file, --brokers or "brokerCount"; counted from the broker configs in view it is only a lower bound, and the message says so.',
    fix: 'Give the topic a multiple of the broker count as partitions (3, 6, 12 on three brokers); for an existing topic, only raising the count is possible.',
    references: [
      { title: 'Kafka 3.9.0 StripedReplicaPlacer.java (KRaft: a random starting broker each time a topic is placed, leaders advance one broker per partition)', url: 'https://github.com/apache/kafka/blob/3.9.0/metadata/src/main/java/org/apache/kafka/metadata/placement/StripedReplicaPlacer.java' },
      { title: 'Kafka 3.9.0 AdminUtils.java (ZooKeeper mode: "Assign the first replica of each partition by round-robin, starting from a random position in the broker list")', url: 'https://github.com/apache/kafka/blob/3.9.0/server-common/src/main/java/org/apache/kafka/admin/AdminUtils.java' },
      { title: 'Strimzi 0.45 KafkaTopic spec.partitions', url: 'https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaTopicSpec-reference' },
    ],
    messages: {
      'uneven-leaders': {
        severity: 'warning',
        text: `Topic {{topic}} has {{partitions}} partitions on {{brokers}} brokers, not a multiple: ${SKEW}`,
      },
      'uneven-leaders-in-view': {
        severity: 'warning',
        text: `Topic {{topic}} has {{partitions}} partitions, not a multiple of the {{brokers}} brokers in view (kafka-lint assumed they are the whole cluster; if it has more, state the count with --brokers or "brokerCount" in kafka-lint.config.json): ${SKEW}`,
      },
    },
    examples: {
      bad: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 4\n  replicas: 3\n', options: { brokerCount: 3 } }],
      good: [
        { file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: 3\n', options: { brokerCount: 3 } },
        { file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 1\n  replicas: 3\n', options: { brokerCount: 3 } },
      ],
    },
  },
  check(ctx) {
    const count = ctx.brokerCount;
    const b = count.value;
    if (b === undefined || b < 2) return;
    for (const topic of ctx.cluster.topics) {
      const p = topic.partitions?.value;
      if (p === undefined || !topic.partitions || p <= 1 || p < b || p % b === 0) continue;
      const fewer = Math.floor(p / b);
      const heavy = p % b;
      ctx.report({
        entry: topic.partitions.entry,
        part: 'value',
        messageId: count.atLeast ? 'uneven-leaders-in-view' : 'uneven-leaders',
        data: {
          topic: topicLabel(topic),
          partitions: p,
          brokers: b,
          heavy: heavy === 1 ? 'one broker leads' : `${heavy} brokers lead`,
          light: b - heavy === 1 ? 'the other broker leads' : `the other ${b - heavy} lead`,
          more: fewer + 1,
          fewer,
          ratio: Number(((fewer + 1) / fewer).toFixed(2)),
          lower: fewer * b,
          upper: (fewer + 1) * b,
        },
      });
    }
  },
});

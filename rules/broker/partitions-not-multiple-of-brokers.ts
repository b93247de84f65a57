import { defineRule } from '../../src/engine/rule.js';
import { isBrokerRole } from '../../src/model/broker.js';
import { knownNumber } from '../../src/model/settings.js';

const SKEW = 'Kafka places the leaders of a new topic\'s partitions round-robin from a random broker, so every topic created with this default has {{more}} leaders on {{heavy}} of the brokers and {{fewer}} on the rest: {{ratio}} times the topic\'s produce and fetch load on the busier ones. Use num.partitions={{lower}} or {{upper}}.';

export default defineRule({
  meta: {
    id: 'broker/partitions-not-multiple-of-brokers',
    category: 'performance',
    fileKinds: ['broker'],
    facts: ['brokerCount'],
    description: 'num.partitions is at or above the broker count but not a multiple of it (warning), or between 2 and the broker count (info); never the default of 1.',
    rationale:
      'Kafka places the partitions of a new topic round-robin: the first partition\'s leader on a broker picked at random for that topic, each next partition\'s leader on the next broker (ZooKeeper mode: AdminUtils.assignReplicasToBrokers; KRaft: StripedReplicaPlacer, a random starting offset each time a topic is placed). Within one topic whose partition count is not a multiple of the broker count, some brokers therefore lead one partition more than the others: with 4 partitions on 3 brokers one broker leads 2 and carries twice the topic\'s produce and fetch load of each other broker, and partitions can later only be added, never removed. Across many topics the random start evens leadership out, so a topic with one partition (num.partitions=1, the default) is never uneven: it is not reported. Below the broker count nothing is uneven either, but a topic created with the default uses only that many brokers for its leaders and that many consumers of a group (info).',
    fix: 'Set num.partitions to a multiple of the broker count (e.g. 3, 6 or 12 for three brokers), or create busy topics with an explicit partition count.',
    references: [
      { title: 'Kafka 3.9.0 StripedReplicaPlacer.java (KRaft: a random starting broker each time a topic is placed, leaders advance one broker per partition)', url: 'https://github.com/apache/kafka/blob/3.9.0/metadata/src/main/java/org/apache/kafka/metadata/placement/StripedReplicaPlacer.java' },
      { title: 'Kafka 3.9.0 AdminUtils.java (ZooKeeper mode: "Assign the first replica of each partition by round-robin, starting from a random position in the broker list")', url: 'https://github.com/apache/kafka/blob/3.9.0/server-common/src/main/java/org/apache/kafka/admin/AdminUtils.java' },
      { title: 'Apache Kafka documentation: num.partitions (default 1)', url: 'https://kafka.apache.org/documentation/#brokerconfigs_num.partitions' },
    ],
    messages: {
      'uneven-leaders': {
        severity: 'warning',
        text: `num.partitions={{partitions}} is not a multiple of the {{brokers}} brokers: ${SKEW}`,
      },
      'uneven-leaders-in-view': {
        severity: 'warning',
        text: `num.partitions={{partitions}} is not a multiple of the {{brokers}} brokers in view (kafka-lint assumed they are the whole cluster; if it has more, state the count with --brokers or "brokerCount" in kafka-lint.config.json): ${SKEW}`,
      },
      'fewer-than-brokers': {
        severity: 'info',
        text: 'num.partitions={{partitions}} is below the number of brokers (at least {{brokers}}): a topic created with this default has its partition leaders on only {{partitions}} brokers, and a consumer group reads it with at most {{partitions}} consumers. If topics need the whole cluster\'s throughput, set num.partitions to {{brokers}} or a multiple of it.',
      },
    },
    examples: {
      bad: [{ file: 'server.properties', text: 'broker.id=1\nnum.partitions=4\n', options: { brokerCount: 3 } }],
      good: [
        { file: 'server.properties', text: 'broker.id=1\nnum.partitions=6\n', options: { brokerCount: 3 } },
        { file: 'server.properties', text: 'broker.id=1\nnum.partitions=1\n', options: { brokerCount: 3 } },
      ],
    },
  },
  check(ctx) {
    const brokers = ctx.brokerCount;
    const b = brokers.value;
    if (b === undefined || b < 2) return;
    for (const broker of ctx.cluster.brokers.filter(isBrokerRole)) {
      const partitions = knownNumber(ctx.setting(broker, 'num.partitions'));
      // The default (1) and an explicit 1 leave nothing uneven inside a topic.
      if (!partitions?.entry || partitions.value <= 1) continue;
      const p = partitions.value;
      const at = { entry: partitions.entry, part: 'value' as const };
      if (p < b) {
        // Holds for a lower bound too: the cluster has at least b brokers.
        ctx.report({ ...at, messageId: 'fewer-than-brokers', data: { partitions: p, brokers: b } });
        continue;
      }
      if (p % b === 0) continue;
      const fewer = Math.floor(p / b);
      ctx.report({
        ...at,
        messageId: brokers.atLeast ? 'uneven-leaders-in-view' : 'uneven-leaders',
        data: { partitions: p, brokers: b, more: fewer + 1, heavy: p % b, fewer, ratio: Number(((fewer + 1) / fewer).toFixed(2)), lower: fewer * b, upper: (fewer + 1) * b },
      });
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { topicsOf } from '../../src/deploy/load.js';
import { CAPACITY_DEFAULTS } from '../../src/capacity/input.js';

export default defineRule({
  meta: {
    id: 'topic/replicas-per-broker',
    category: 'performance',
    fileKinds: ['topics', 'strimzi'],
    facts: ['brokerCount'],
    description: 'The topics in view put more partition replicas on each broker than the partition guidance the capacity planner uses (about 4,000).',
    rationale:
      'Every partition replica costs a broker open files, memory for its indexes, replica fetcher work, and time at a restart or leader change: the more replicas per broker, the longer a broker takes to recover and leadership takes to move after a failure. Jun Rao\'s guidance for Kafka (Confluent, 2018), which kafka-lint plan uses by default as broker.maxPartitions, is about 4,000 partition replicas per broker; AWS MSK publishes similar per-instance limits. The count is a lower bound: internal topics and topics created outside these files add to it. Advice, not a refusal: a warning.',
    fix: 'Use fewer partitions on the topics that have the most (partitions can only be added, so create new topics with fewer), or add brokers. `kafka-lint plan` sizes a cluster for a partition count.',
    references: [
      { title: 'Jun Rao (Confluent, 2018): Apache Kafka supports 200K partitions per cluster (about 4,000 per broker)', url: 'https://www.confluent.io/blog/apache-kafka-supports-200k-partitions-per-cluster/' },
      { title: 'AWS: Right-size your cluster, number of partitions per broker', url: 'https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html#partitions-per-broker' },
    ],
    messages: {
      'above-guidance': {
        severity: 'warning',
        text: 'The {{topics}} topics in view hold {{replicas}} partition replicas, {{perBroker}} on each of the {{brokers}} brokers: above the about {{limit}} per broker that Kafka\'s partition guidance (and kafka-lint plan) allows, so restarts and leader moves slow down. \'{{largest}}\' has the most ({{largestReplicas}}). Use fewer partitions on the largest topics or add brokers.',
      },
    },
    examples: {
      bad: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 5000\n  replicas: 3\n', options: { brokerCount: 3 } }],
      good: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 60\n  replicas: 3\n', options: { brokerCount: 3 } }],
    },
  },
  check(ctx) {
    const b = ctx.brokerCount.value;
    if (b === undefined) return;
    const counted = topicsOf(ctx.cluster).filter((t) => t.partitionCount !== undefined && t.replicationFactor !== undefined && t.partitions);
    if (counted.length === 0) return;
    const replicasOf = (t: (typeof counted)[number]): number => (t.partitionCount as number) * Math.max(1, t.replicationFactor as number);
    const replicas = counted.reduce((sum, t) => sum + replicasOf(t), 0);
    const limit = CAPACITY_DEFAULTS.maxPartitions.value;
    const perBroker = Math.ceil(replicas / b);
    if (perBroker <= limit) return;
    const largest = counted.reduce((a, t) => (replicasOf(t) > replicasOf(a) ? t : a));
    ctx.report({
      entry: largest.partitions!,
      part: 'value',
      messageId: 'above-guidance',
      data: { topics: counted.length, replicas, perBroker, brokers: b, limit: limit.toLocaleString('en-US'), largest: largest.name, largestReplicas: replicasOf(largest) },
    });
  },
});

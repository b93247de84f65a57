import { defineRule } from '../../src/engine/rule.js';
import { effectiveNumber, isBrokerRole } from '../../src/model/broker.js';

export default defineRule({
  meta: {
    id: 'broker/partitions-not-multiple-of-brokers',
    severity: 'warning',
    category: 'performance',
    fileKinds: ['broker'],
    description: 'num.partitions is not a multiple of the number of brokers.',
    rationale:
      'Kafka spreads the partition leaders of a new topic round-robin over the brokers. When the partition count is not a multiple of the broker count, some brokers lead more partitions than others and carry more of the topic\'s traffic; partitions can later only be added, never removed. Kafka: The Definitive Guide (2nd ed., ch. 2) notes that many users make the partition count equal to, or a multiple of, the broker count for this reason.',
    fix: 'Set num.partitions to a multiple of the broker count (e.g. 3, 6 or 12 for three brokers).',
    references: [
      { title: 'Kafka: The Definitive Guide, 2nd ed. (O\'Reilly, 2021), ch. 2 Installing Kafka, Topic Defaults: num.partitions (equal to, or a multiple of, the number of brokers; partitions can only be increased)' },
    ],
    examples: {
      bad: [{ file: 'server.properties', text: 'broker.id=1\nnum.partitions=4\n', options: { brokerCount: 3 } }],
      good: [{ file: 'server.properties', text: 'broker.id=1\nnum.partitions=6\n', options: { brokerCount: 3 } }],
    },
  },
  check(ctx) {
    const count = ctx.brokerCount;
    if (count === undefined || count < 2) return;
    for (const broker of ctx.cluster.brokers.filter(isBrokerRole)) {
      const partitions = effectiveNumber(broker, 'num.partitions', ctx.kafkaVersion);
      if (!partitions?.entry || partitions.value < 1 || partitions.value % count === 0) continue;
      const lower = Math.floor(partitions.value / count) * count;
      const upper = lower + count;
      ctx.report({
        entry: partitions.entry,
        part: 'value',
        message: `num.partitions=${partitions.value} is not a multiple of the ${count} brokers, so new topics' leaders (and their traffic) spread unevenly. Use ${lower > 0 ? `${lower} or ${upper}` : upper}.`,
      });
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { anchorOf, effectiveNumber, isBrokerRole } from '../../src/model/broker.js';

/** The replication-factor keys and what fails when they exceed the broker count. */
const KEYS: [key: string, fails: string][] = [
  ['default.replication.factor', 'creating a topic without an explicit replication factor (including auto-created topics) fails'],
  ['offsets.topic.replication.factor', 'the __consumer_offsets topic cannot be created, so consumer groups cannot commit offsets'],
  ['transaction.state.log.replication.factor', 'the __transaction_state topic cannot be created, so transactional and exactly-once producers fail'],
];

export default defineRule({
  meta: {
    id: 'broker/replication-factor-exceeds-brokers',
    severity: 'error',
    category: 'outage-risk',
    fileKinds: ['broker'],
    description: 'default.replication.factor, offsets.topic.replication.factor or transaction.state.log.replication.factor is above the number of brokers.',
    rationale:
      'A topic cannot have more replicas than there are brokers. Kafka does not check this at startup; it fails later, when the topic is created: consumer groups cannot commit offsets, transactions fail, and topic creation returns INVALID_REPLICATION_FACTOR. The internal topics default to 3 replicas, so a one- or two-broker cluster needs them lowered.',
    fix: 'Lower the replication factor to at most the broker count, or add brokers.',
    references: [
      { title: 'kafka-startup-validation: replication factors are checked only against atLeast(1) at startup (Kafka 3.9 to 4.3)' },
      { title: 'Kafka 4.3.1 group-coordinator GroupCoordinatorConfig (offsets.topic.replication.factor default 3)', url: 'https://github.com/apache/kafka/blob/4.3.1/group-coordinator/src/main/java/org/apache/kafka/coordinator/group/GroupCoordinatorConfig.java' },
    ],
    examples: {
      bad: [{ file: 'server.properties', text: 'broker.id=1\ndefault.replication.factor=3\noffsets.topic.replication.factor=3\n', options: { brokerCount: 2 } }],
      good: [{ file: 'server.properties', text: 'broker.id=1\ndefault.replication.factor=2\noffsets.topic.replication.factor=2\ntransaction.state.log.replication.factor=2\n', options: { brokerCount: 2 } }],
    },
  },
  check(ctx) {
    const count = ctx.brokerCount;
    if (count === undefined) return;
    for (const broker of ctx.cluster.brokers.filter(isBrokerRole)) {
      for (const [key, fails] of KEYS) {
        const rf = effectiveNumber(broker, key, ctx.kafkaVersion);
        if (!rf || rf.value <= count) continue;
        ctx.report({
          ...anchorOf(broker, key),
          ...(rf.entry ? { part: 'value' as const } : {}),
          message: `${key} is ${rf.value}${rf.entry ? '' : ` (Kafka ${ctx.kafkaVersion}'s default)`} but the cluster has ${count} broker${count === 1 ? '' : 's'}: ${fails}. Set ${key}=${count} or add brokers.`,
        });
      }
    }
  },
});

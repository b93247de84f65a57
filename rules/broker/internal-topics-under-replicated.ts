import { defineRule } from '../../src/engine/rule.js';
import { anchorOf, effectiveNumber, isBrokerRole } from '../../src/model/broker.js';

const KEYS: [key: string, what: string][] = [
  ['offsets.topic.replication.factor', 'consumer group offsets (__consumer_offsets)'],
  ['transaction.state.log.replication.factor', 'transaction state (__transaction_state)'],
  ['default.replication.factor', 'every topic created without an explicit replication factor'],
];

export default defineRule({
  meta: {
    id: 'broker/internal-topics-under-replicated',
    severity: 'warning',
    category: 'data-loss-risk',
    fileKinds: ['broker'],
    description: 'In a cluster of three or more brokers, the offsets or transaction topic or the default replication factor is below 3, or transaction.state.log.min.isr is not below its replication factor.',
    rationale:
      'With fewer than 3 replicas, one broker failure (or one broker restarting while another is down) makes partitions unavailable or loses their only copy. default.replication.factor is 1 unless set, which is the most common real-world mistake; single-broker quickstart files set the internal topics to 1 and are then copied into clusters (the comment in Kafka\'s own config/server.properties asks for more than 1, such as 3, for anything but development testing). A transaction.state.log.min.isr equal to its replication factor blocks transactions whenever one replica is down.',
    fix: 'Set offsets.topic.replication.factor=3, transaction.state.log.replication.factor=3, default.replication.factor=3 and transaction.state.log.min.isr=2.',
    references: [
      { title: 'Kafka 3.9.0 config/server.properties, Internal Topic Settings: a value greater than 1, such as 3, for anything other than development testing', url: 'https://github.com/apache/kafka/blob/3.9.0/config/server.properties' },
      { title: 'Kafka 4.3.1 ReplicationConfigs (default.replication.factor default 1)', url: 'https://github.com/apache/kafka/blob/4.3.1/server/src/main/java/org/apache/kafka/server/config/ReplicationConfigs.java' },
    ],
    examples: {
      bad: [{ file: 'server.properties', text: 'broker.id=1\noffsets.topic.replication.factor=1\ntransaction.state.log.replication.factor=1\ntransaction.state.log.min.isr=1\n', options: { brokerCount: 3 } }],
      good: [{ file: 'server.properties', text: 'broker.id=1\ndefault.replication.factor=3\noffsets.topic.replication.factor=3\ntransaction.state.log.replication.factor=3\ntransaction.state.log.min.isr=2\n', options: { brokerCount: 3 } }],
    },
  },
  check(ctx) {
    const count = ctx.brokerCount;
    for (const broker of ctx.cluster.brokers.filter(isBrokerRole)) {
      if (count !== undefined && count >= 3) {
        for (const [key, what] of KEYS) {
          const rf = effectiveNumber(broker, key, ctx.kafkaVersion);
          if (!rf || rf.value >= 3) continue;
          ctx.report({
            ...anchorOf(broker, key),
            ...(rf.entry ? { part: 'value' as const } : {}),
            message: `${key} is ${rf.value}${rf.entry ? '' : ` (the default, since it is not set)`} in a cluster of ${count} brokers: ${what} ${rf.value === 1 ? 'has a single copy and is lost or unavailable when its broker fails' : 'becomes unavailable when one more broker fails during a restart'}. Set ${key}=3.`,
          });
        }
      }
      const minIsr = effectiveNumber(broker, 'transaction.state.log.min.isr', ctx.kafkaVersion);
      const txRf = effectiveNumber(broker, 'transaction.state.log.replication.factor', ctx.kafkaVersion);
      if (!minIsr || !txRf || (!minIsr.entry && !txRf.entry)) continue;
      const where = anchorOf(broker, 'transaction.state.log.min.isr', 'transaction.state.log.replication.factor');
      const values = `transaction.state.log.min.isr (${minIsr.value}${minIsr.entry ? '' : ', the default'}) ${minIsr.value > txRf.value ? 'is above' : 'equals'} transaction.state.log.replication.factor (${txRf.value}${txRf.entry ? '' : ', the default'})`;
      if (minIsr.value > txRf.value) {
        ctx.report({ ...where, message: `${values}, so no write to __transaction_state can ever succeed and transactional producers fail. Set transaction.state.log.min.isr to ${Math.max(1, txRf.value - 1)}.` });
      } else if (minIsr.value === txRf.value && txRf.value > 1) {
        ctx.report({ ...where, message: `${values}, so transactions stop whenever one replica of __transaction_state is down. Set it to ${txRf.value - 1}.` });
      }
    }
  },
});

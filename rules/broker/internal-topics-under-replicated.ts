import { defineRule } from '../../src/engine/rule.js';
import { nodeAnchor } from '../../src/model/deployed.js';
import { isBrokerRole } from '../../src/model/broker.js';
import { knownNumber } from '../../src/model/settings.js';

/** The replication-factor keys, each with its messages (one copy, two copies) and whether it is judged from two brokers on. */
const KEYS = [
  { key: 'offsets.topic.replication.factor', single: 'offsets-topic-single-copy', two: 'offsets-topic-two-copies', fromTwo: true },
  { key: 'transaction.state.log.replication.factor', single: 'transaction-topic-single-copy', two: 'transaction-topic-two-copies', fromTwo: true },
  { key: 'default.replication.factor', single: 'default-topics-single-copy', two: 'default-topics-two-copies', fromTwo: false },
] as const;

const SINGLE_COPY = 'has a single copy, lost or unavailable when its broker fails';
const TWO_COPIES = 'becomes unavailable when one more broker fails during a restart';
const OFFSETS = 'offsets.topic.replication.factor is {{rf}}{{isDefault}} in a cluster of at least {{count}} brokers: the __consumer_offsets topic (consumer group offsets)';
const TRANSACTIONS = 'transaction.state.log.replication.factor is {{rf}}{{isDefault}} in a cluster of at least {{count}} brokers: the __transaction_state topic (transaction state)';
const DEFAULTS = 'default.replication.factor is {{rf}}{{isDefault}} in a cluster of at least {{count}} brokers: every topic created without an explicit replication factor';

export default defineRule({
  meta: {
    id: 'broker/internal-topics-under-replicated',
    category: 'data-loss-risk',
    fileKinds: ['broker'],
    facts: ['brokerCount'],
    description: 'The offsets or transaction topic has one replica in a cluster of two or more brokers, or fewer than 3 in a cluster of three or more; the default replication factor is below 3 with three or more brokers; or transaction.state.log.min.isr is not below its replication factor.',
    rationale:
      'With one replica, a broker\'s failure loses (or, until it is back, makes unavailable) every partition it holds: for __consumer_offsets that is the committed offsets of the consumer groups it coordinates, so on two brokers either one\'s disk takes half the groups\' offsets with it. With two replicas in a cluster of three or more, one broker restarting while another is down makes partitions unavailable. default.replication.factor is 1 unless set, which is the most common real-world mistake; single-broker quickstart files set the internal topics to 1 and are then copied into clusters. A transaction.state.log.min.isr equal to its replication factor blocks transactions whenever one replica is down, and above it no transactional write can succeed. The broker count may be a lower bound (the broker configs in view): every verdict here holds for any larger cluster too.',
    fix: 'Set offsets.topic.replication.factor=3, transaction.state.log.replication.factor=3, default.replication.factor=3 and transaction.state.log.min.isr=2 (on two brokers: 2, 2 and 1).',
    references: [
      { title: 'Kafka 3.9.0 GroupCoordinatorConfig: offsets.topic.replication.factor, "set higher to ensure availability"', url: 'https://github.com/apache/kafka/blob/3.9.0/group-coordinator/src/main/java/org/apache/kafka/coordinator/group/GroupCoordinatorConfig.java' },
      { title: 'Kafka 4.3.1 ReplicationConfigs (default.replication.factor default 1)', url: 'https://github.com/apache/kafka/blob/4.3.1/server/src/main/java/org/apache/kafka/server/config/ReplicationConfigs.java' },
      { title: 'Kafka 4.3.1 TransactionLogConfig (transaction.state.log.replication.factor default 3, transaction.state.log.min.isr default 2)', url: 'https://github.com/apache/kafka/blob/4.3.1/transaction-coordinator/src/main/java/org/apache/kafka/coordinator/transaction/TransactionLogConfig.java' },
    ],
    messages: {
      'offsets-topic-single-copy': { severity: 'warning', text: `${OFFSETS} ${SINGLE_COPY}. Set offsets.topic.replication.factor={{suggested}}.` },
      'offsets-topic-two-copies': { severity: 'warning', text: `${OFFSETS} ${TWO_COPIES}. Set offsets.topic.replication.factor=3.` },
      'transaction-topic-single-copy': { severity: 'warning', text: `${TRANSACTIONS} ${SINGLE_COPY}. Set transaction.state.log.replication.factor={{suggested}}.` },
      'transaction-topic-two-copies': { severity: 'warning', text: `${TRANSACTIONS} ${TWO_COPIES}. Set transaction.state.log.replication.factor=3.` },
      'default-topics-single-copy': { severity: 'warning', text: `${DEFAULTS} ${SINGLE_COPY}. Set default.replication.factor={{suggested}}.` },
      'default-topics-two-copies': { severity: 'warning', text: `${DEFAULTS} ${TWO_COPIES}. Set default.replication.factor=3.` },
      'transaction-min-isr-above': {
        severity: 'warning',
        text: 'transaction.state.log.min.isr ({{minIsr}}{{minIsrDefault}}) is above transaction.state.log.replication.factor ({{rf}}{{rfDefault}}), so no write to __transaction_state can ever succeed and transactional producers fail. Set transaction.state.log.min.isr to {{suggested}}.',
      },
      'transaction-min-isr-equal': {
        severity: 'warning',
        text: 'transaction.state.log.min.isr ({{minIsr}}{{minIsrDefault}}) equals transaction.state.log.replication.factor ({{rf}}{{rfDefault}}), so transactions stop whenever one replica of __transaction_state is down. Set it to {{suggested}}.',
      },
    },
    examples: {
      bad: [
        { file: 'server.properties', text: 'broker.id=1\noffsets.topic.replication.factor=1\ntransaction.state.log.replication.factor=1\ntransaction.state.log.min.isr=1\n', options: { brokerCount: 3 } },
        { file: 'server.properties', text: 'broker.id=1\noffsets.topic.replication.factor=1\ntransaction.state.log.replication.factor=2\ntransaction.state.log.min.isr=1\n', options: { brokerCount: 2 } },
      ],
      good: [{ file: 'server.properties', text: 'broker.id=1\ndefault.replication.factor=3\noffsets.topic.replication.factor=3\ntransaction.state.log.replication.factor=3\ntransaction.state.log.min.isr=2\n', options: { brokerCount: 3 } }],
    },
  },
  check(ctx) {
    const count = ctx.brokerCount.value;
    for (const broker of ctx.cluster.brokers.filter(isBrokerRole)) {
      if (count !== undefined && count >= 2) {
        for (const { key, single, two, fromTwo } of KEYS) {
          const rf = knownNumber(ctx.setting(broker, key));
          // On two brokers only a single copy is a finding: 2 is all two brokers can hold.
          if (!rf || rf.value >= 3 || (count < 3 && (!fromTwo || rf.value > 1))) continue;
          ctx.report({
            ...(rf.entry ? { entry: rf.entry, part: 'value' as const } : nodeAnchor(ctx.cluster, broker, key)),
            key,
            messageId: rf.value === 1 ? single : two,
            data: { rf: rf.value, isDefault: rf.entry ? '' : ' (the default, since it is not set)', count, suggested: Math.min(3, count) },
          });
        }
      }
      const minIsr = knownNumber(ctx.setting(broker, 'transaction.state.log.min.isr'));
      const txRf = knownNumber(ctx.setting(broker, 'transaction.state.log.replication.factor'));
      if (!minIsr || !txRf || (!minIsr.entry && !txRf.entry)) continue;
      const where = nodeAnchor(ctx.cluster, broker, 'transaction.state.log.min.isr', 'transaction.state.log.replication.factor');
      const data = { minIsr: minIsr.value, minIsrDefault: minIsr.entry ? '' : ', the default', rf: txRf.value, rfDefault: txRf.entry ? '' : ', the default' };
      if (minIsr.value > txRf.value) {
        ctx.report({ ...where, messageId: 'transaction-min-isr-above', data: { ...data, suggested: Math.max(1, txRf.value - 1) } });
      } else if (minIsr.value === txRf.value && txRf.value > 1) {
        ctx.report({ ...where, messageId: 'transaction-min-isr-equal', data: { ...data, suggested: txRf.value - 1 } });
      }
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { nodeAnchor } from '../../src/model/deployed.js';
import { isBrokerRole } from '../../src/model/broker.js';
import { knownNumber } from '../../src/model/settings.js';

/** The replication-factor keys, each with its messages: on a known broker count, and on the broker configs in view. */
const KEYS = [
  ['default.replication.factor', 'default-topics', 'default-topics-in-view'],
  ['offsets.topic.replication.factor', 'offsets-topic', 'offsets-topic-in-view'],
  ['transaction.state.log.replication.factor', 'transaction-topic', 'transaction-topic-in-view'],
] as const;

const KNOWN = 'the cluster has {{count}} broker{{s}}';
const IN_VIEW = 'only {{count}} broker configs are in view (kafka-lint assumed they are the whole cluster; if it has more, state the count with --brokers or "brokerCount" in kafka-lint.config.json)';
const DEFAULT_TOPICS = 'creating a topic without an explicit replication factor (auto-created topics too) fails with INVALID_REPLICATION_FACTOR. Set default.replication.factor={{count}} or add brokers.';
const OFFSETS = 'the __consumer_offsets topic cannot be created, so consumer groups cannot commit offsets. Set offsets.topic.replication.factor={{count}} or add brokers.';
const TRANSACTIONS = 'the __transaction_state topic cannot be created, so transactional and exactly-once producers fail. Set transaction.state.log.replication.factor={{count}} or add brokers.';

export default defineRule({
  meta: {
    id: 'broker/replication-factor-exceeds-brokers',
    category: 'outage-risk',
    fileKinds: ['broker'],
    facts: ['brokerCount'],
    description: 'default.replication.factor, offsets.topic.replication.factor or transaction.state.log.replication.factor is above the number of brokers.',
    rationale:
      'A topic cannot have more replicas than there are brokers: Kafka refuses to place it (InvalidReplicationFactorException, "The target replication factor of N cannot be reached because only M broker(s) are registered"). Kafka does not check this at startup; it fails later, every time the topic is to be created. For __consumer_offsets that means no consumer group can find its coordinator, join or commit offsets: the cluster starts but serves no consumer group, so this one message is an error (deliberately, although Kafka starts and no data is lost), judged on a known broker count (stated, a compose file, Strimzi replicas). Transactions failing (__transaction_state) hit only transactional producers, and a default replication factor above the broker count only topics created without one, so those are warnings. The internal topics default to 3 replicas, so a one- or two-broker cluster needs them lowered. When kafka-lint only sees some broker configs, the cluster may have more brokers, so every finding is a warning that says so; a single broker file says nothing about the cluster and is not judged.',
    fix: 'Lower the replication factor to at most the broker count, or add brokers; state the broker count with --brokers when kafka-lint does not see every broker.',
    references: [
      { title: 'Kafka 3.9.0 StripedReplicaPlacer.java: throwInvalidReplicationFactorIfTooFewBrokers', url: 'https://github.com/apache/kafka/blob/3.9.0/metadata/src/main/java/org/apache/kafka/metadata/placement/StripedReplicaPlacer.java' },
      { title: 'Kafka 3.9.0 GroupCoordinatorConfig: offsets.topic.replication.factor default 3, "Internal topic creation will fail until the cluster size meets this replication factor requirement"', url: 'https://github.com/apache/kafka/blob/3.9.0/group-coordinator/src/main/java/org/apache/kafka/coordinator/group/GroupCoordinatorConfig.java' },
      { title: 'Kafka 4.3.1 TransactionLogConfig (transaction.state.log.replication.factor default 3)', url: 'https://github.com/apache/kafka/blob/4.3.1/transaction-coordinator/src/main/java/org/apache/kafka/coordinator/transaction/TransactionLogConfig.java' },
    ],
    messages: {
      'default-topics': { severity: 'warning', text: `default.replication.factor is {{rf}}{{isDefault}}, but ${KNOWN}: ${DEFAULT_TOPICS}` },
      'default-topics-in-view': { severity: 'warning', text: `default.replication.factor is {{rf}}{{isDefault}}, but ${IN_VIEW}: ${DEFAULT_TOPICS}` },
      'offsets-topic': { severity: 'error', text: `offsets.topic.replication.factor is {{rf}}{{isDefault}}, but ${KNOWN}: ${OFFSETS}` },
      'offsets-topic-in-view': { severity: 'warning', text: `offsets.topic.replication.factor is {{rf}}{{isDefault}}, but ${IN_VIEW}: ${OFFSETS}` },
      'transaction-topic': { severity: 'warning', text: `transaction.state.log.replication.factor is {{rf}}{{isDefault}}, but ${KNOWN}: ${TRANSACTIONS}` },
      'transaction-topic-in-view': { severity: 'warning', text: `transaction.state.log.replication.factor is {{rf}}{{isDefault}}, but ${IN_VIEW}: ${TRANSACTIONS}` },
    },
    examples: {
      bad: [{ file: 'server.properties', text: 'broker.id=1\ndefault.replication.factor=3\noffsets.topic.replication.factor=3\n', options: { brokerCount: 2 } }],
      good: [{ file: 'server.properties', text: 'broker.id=1\ndefault.replication.factor=2\noffsets.topic.replication.factor=2\ntransaction.state.log.replication.factor=2\n', options: { brokerCount: 2 } }],
    },
  },
  check(ctx) {
    const brokers = ctx.brokerCount;
    const count = brokers.value;
    // One broker file in view says nothing about how many brokers the cluster has.
    if (count === undefined || (brokers.atLeast && count < 2)) return;
    for (const broker of ctx.cluster.brokers.filter(isBrokerRole)) {
      for (const [key, known, inView] of KEYS) {
        const rf = knownNumber(ctx.setting(broker, key));
        if (!rf || rf.value <= count) continue;
        ctx.report({
          ...(rf.entry ? { entry: rf.entry, part: 'value' as const } : nodeAnchor(ctx.cluster, broker, key)),
          key,
          messageId: brokers.atLeast ? inView : known,
          data: { rf: rf.value, isDefault: rf.entry ? '' : ' (the default)', count, s: count === 1 ? '' : 's' },
        });
      }
    }
  },
});

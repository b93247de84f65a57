import { defineRule } from '../../src/engine/rule.js';
import { assumptionSentence } from '../../src/engine/facts.js';
import { anchorOf, isBrokerRole } from '../../src/model/broker.js';
import { knownNumber } from '../../src/model/settings.js';
import { brokerCountWords } from '../../src/model/deployed.js';

/** The replication-factor keys, each with its message. */
const KEYS = [
  ['default.replication.factor', 'default-topics'],
  ['offsets.topic.replication.factor', 'offsets-topic'],
  ['transaction.state.log.replication.factor', 'transaction-topic'],
] as const;

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
      { title: 'Kafka 4.3.1 GroupCoordinatorConfig (offsets.topic.replication.factor default 3)', url: 'https://github.com/apache/kafka/blob/4.3.1/group-coordinator/src/main/java/org/apache/kafka/coordinator/group/GroupCoordinatorConfig.java' },
      { title: 'Kafka 4.3.1 TransactionLogConfig (transaction.state.log.replication.factor default 3)', url: 'https://github.com/apache/kafka/blob/4.3.1/transaction-coordinator/src/main/java/org/apache/kafka/coordinator/transaction/TransactionLogConfig.java' },
    ],
    messages: {
      'default-topics': {
        severity: 'warning',
        text: 'default.replication.factor is {{rf}}{{isDefault}}, but {{brokers}}: creating a topic without an explicit replication factor (auto-created topics too) fails with INVALID_REPLICATION_FACTOR. Set default.replication.factor={{count}} or add brokers.{{assumed}}',
      },
      'offsets-topic': {
        severity: 'error',
        text: 'offsets.topic.replication.factor is {{rf}}{{isDefault}}, but {{brokers}}: the __consumer_offsets topic cannot be created, so consumer groups cannot commit offsets. Set offsets.topic.replication.factor={{count}} or add brokers.',
      },
      'transaction-topic': {
        severity: 'warning',
        text: 'transaction.state.log.replication.factor is {{rf}}{{isDefault}}, but {{brokers}}: the __transaction_state topic cannot be created, so transactional and exactly-once producers fail. Set transaction.state.log.replication.factor={{count}} or add brokers.{{assumed}}',
      },
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
    // The pipeline says what it assumed for an error; warnings say it themselves.
    const assumed = brokers.atLeast ? ` ${assumptionSentence('brokerCount', ctx.facts)}` : '';
    const words = brokers.atLeast ? `only ${brokerCountWords({ value: count })} ${count === 1 ? 'is' : 'are'} in view` : `the cluster has ${brokerCountWords(brokers)}`;
    for (const broker of ctx.cluster.brokers.filter(isBrokerRole)) {
      for (const [key, messageId] of KEYS) {
        const rf = knownNumber(ctx.setting(broker, key));
        if (!rf || rf.value <= count) continue;
        ctx.report({
          ...(rf.entry ? { entry: rf.entry, part: 'value' as const } : anchorOf(broker, key)),
          key,
          messageId,
          data: { rf: rf.value, isDefault: rf.entry ? '' : ' (the default)', brokers: words, count, assumed: messageId === 'offsets-topic' ? '' : assumed },
        });
      }
    }
  },
});

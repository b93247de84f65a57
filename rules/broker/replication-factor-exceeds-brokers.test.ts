import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './replication-factor-exceeds-brokers.js';

const FIXTURES = 'rules/broker/replication-factor-exceeds-brokers';
const OFFSETS = 'the __consumer_offsets topic cannot be created, so consumer groups cannot commit offsets.';
const TRANSACTIONS = 'the __transaction_state topic cannot be created, so transactional and exactly-once producers fail.';
const IN_VIEW = 'only 2 broker configs are in view (kafka-lint assumed they are the whole cluster; if it has more, state the count with --brokers or "brokerCount" in kafka-lint.config.json)';

ruleTester(rule, {
  valid: [
    { name: 'within the broker count', text: 'broker.id=1\ndefault.replication.factor=3\n', options: { brokerCount: 3 } },
    { name: 'a single broker file: the count is unknown', text: 'broker.id=1\ndefault.replication.factor=5\n' },
    { name: 'two broker files with the internal topics lowered to 2', files: fixtureFiles(`${FIXTURES}/two-files-lowered`) },
    { name: 'two broker files of a cluster stated to have 3 brokers', files: fixtureFiles(`${FIXTURES}/two-files`), options: { brokerCount: 3 } },
    { name: 'templated', text: 'broker.id=1\noffsets.topic.replication.factor={{ rf }}\ntransaction.state.log.replication.factor=1\n', options: { brokerCount: 1 } },
  ],
  invalid: [
    {
      name: 'explicit and default factors above 2 brokers', text: 'broker.id=1\ndefault.replication.factor=3\noffsets.topic.replication.factor=3\n', options: { brokerCount: 2 },
      findings: [
        { messageId: 'transaction-topic', line: 1, column: 1, severity: 'warning', key: 'transaction.state.log.replication.factor',
          message: `transaction.state.log.replication.factor is 3 (the default), but the cluster has 2 brokers: ${TRANSACTIONS} Set transaction.state.log.replication.factor=2 or add brokers.` },
        { messageId: 'default-topics', line: 2, column: 28, severity: 'warning',
          message: 'default.replication.factor is 3, but the cluster has 2 brokers: creating a topic without an explicit replication factor (auto-created topics too) fails with INVALID_REPLICATION_FACTOR. Set default.replication.factor=2 or add brokers.' },
        { messageId: 'offsets-topic', line: 3, column: 34, severity: 'error',
          message: `offsets.topic.replication.factor is 3, but the cluster has 2 brokers: ${OFFSETS} Set offsets.topic.replication.factor=2 or add brokers.` },
      ],
    },
    {
      name: 'internal topics at their default 3 on one broker', text: 'broker.id=1\nlog.dirs=/data\n', options: { brokerCount: 1 },
      findings: [
        { messageId: 'offsets-topic', line: 1, column: 1, severity: 'error',
          message: `offsets.topic.replication.factor is 3 (the default), but the cluster has 1 broker: ${OFFSETS} Set offsets.topic.replication.factor=1 or add brokers.` },
        { messageId: 'transaction-topic', line: 1, column: 1, severity: 'warning',
          message: `transaction.state.log.replication.factor is 3 (the default), but the cluster has 1 broker: ${TRANSACTIONS} Set transaction.state.log.replication.factor=1 or add brokers.` },
      ],
    },
    {
      name: 'a single compose broker without KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: reported at its service', files: fixtureFiles(`${FIXTURES}/single-broker-compose`),
      findings: [{
        messageId: 'offsets-topic', line: 6, column: 3, severity: 'error', file: 'docker-compose.yml',
        message: `offsets.topic.replication.factor is 3 (the default), but the cluster has 1 broker: ${OFFSETS} Set offsets.topic.replication.factor=1 or add brokers.`,
      }],
    },
    {
      name: 'a secret that shares words with the message leaves the message whole',
      text: 'broker.id=1\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="broker" password="consumer-groups-broker-secret";\n',
      options: { brokerCount: 1 },
      findings: [
        { messageId: 'offsets-topic', line: 1, column: 1, severity: 'error',
          message: `offsets.topic.replication.factor is 3 (the default), but the cluster has 1 broker: ${OFFSETS} Set offsets.topic.replication.factor=1 or add brokers.` },
        { messageId: 'transaction-topic', line: 1, column: 1, severity: 'warning',
          message: `transaction.state.log.replication.factor is 3 (the default), but the cluster has 1 broker: ${TRANSACTIONS} Set transaction.state.log.replication.factor=1 or add brokers.` },
      ],
    },
    {
      name: 'two broker files in view: at least 2 brokers, a warning that says what it assumed', files: fixtureFiles(`${FIXTURES}/two-files`),
      findings: [1, 2].flatMap((i) => [
        { messageId: 'offsets-topic-in-view', line: 1, column: 1, severity: 'warning' as const, file: `kafka${i}/server.properties`,
          message: `offsets.topic.replication.factor is 3 (the default), but ${IN_VIEW}: ${OFFSETS} Set offsets.topic.replication.factor=2 or add brokers.` },
        { messageId: 'transaction-topic-in-view', line: 1, column: 1, severity: 'warning' as const, file: `kafka${i}/server.properties`,
          message: `transaction.state.log.replication.factor is 3 (the default), but ${IN_VIEW}: ${TRANSACTIONS} Set transaction.state.log.replication.factor=2 or add brokers.` },
      ]),
    },
  ],
});

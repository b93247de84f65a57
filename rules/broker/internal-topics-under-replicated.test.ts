import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './internal-topics-under-replicated.js';

const FIXTURES = 'rules/broker/internal-topics-under-replicated';
const SINGLE_COPY = 'has a single copy, lost or unavailable when its broker fails';

ruleTester(rule, {
  valid: [
    { name: '3 everywhere, min ISR 2', text: 'broker.id=1\ndefault.replication.factor=3\noffsets.topic.replication.factor=3\ntransaction.state.log.replication.factor=3\ntransaction.state.log.min.isr=2\n', options: { brokerCount: 3 } },
    { name: 'two brokers cannot hold 3 replicas: 2 is not judged', text: 'broker.id=1\noffsets.topic.replication.factor=2\ntransaction.state.log.replication.factor=2\ntransaction.state.log.min.isr=1\n', options: { brokerCount: 2 } },
    { name: 'two broker files with two copies of the internal topics', files: fixtureFiles(`${FIXTURES}/two-brokers-two-copies`) },
    { name: 'a single broker file: quickstart values are right for one broker', text: 'broker.id=1\noffsets.topic.replication.factor=1\ntransaction.state.log.replication.factor=1\ntransaction.state.log.min.isr=1\n' },
    { name: 'templated', text: 'broker.id=1\ndefault.replication.factor=3\noffsets.topic.replication.factor={{ rf }}\ntransaction.state.log.replication.factor=3\n', options: { brokerCount: 3 } },
  ],
  invalid: [
    {
      name: 'quickstart values copied into a 3-broker cluster', text: 'broker.id=1\noffsets.topic.replication.factor=1\ntransaction.state.log.replication.factor=1\ntransaction.state.log.min.isr=1\n', options: { brokerCount: 3 },
      findings: [
        { messageId: 'default-topics-single-copy', line: 1, column: 1, severity: 'warning', key: 'default.replication.factor',
          message: `default.replication.factor is 1 (the default, since it is not set) in a cluster of at least 3 brokers: every topic created without an explicit replication factor ${SINGLE_COPY}. Set default.replication.factor=3.` },
        { messageId: 'offsets-topic-single-copy', line: 2, column: 34, severity: 'warning',
          message: `offsets.topic.replication.factor is 1 in a cluster of at least 3 brokers: the __consumer_offsets topic (consumer group offsets) ${SINGLE_COPY}. Set offsets.topic.replication.factor=3.` },
        { messageId: 'transaction-topic-single-copy', line: 3, column: 42, severity: 'warning',
          message: `transaction.state.log.replication.factor is 1 in a cluster of at least 3 brokers: the __transaction_state topic (transaction state) ${SINGLE_COPY}. Set transaction.state.log.replication.factor=3.` },
      ],
    },
    {
      name: 'issue 13: quickstart values on two broker files (at least 2 brokers): offsets are lost with either broker', files: fixtureFiles(`${FIXTURES}/two-brokers-quickstart`),
      findings: [1, 2].flatMap((i) => [
        { messageId: 'offsets-topic-single-copy', line: 6, column: 34, severity: 'warning' as const, file: `kafka${i}/server.properties`,
          message: `offsets.topic.replication.factor is 1 in a cluster of at least 2 brokers: the __consumer_offsets topic (consumer group offsets) ${SINGLE_COPY}. Set offsets.topic.replication.factor=2.` },
        { messageId: 'transaction-topic-single-copy', line: 7, column: 42, severity: 'warning' as const, file: `kafka${i}/server.properties`,
          message: `transaction.state.log.replication.factor is 1 in a cluster of at least 2 brokers: the __transaction_state topic (transaction state) ${SINGLE_COPY}. Set transaction.state.log.replication.factor=2.` },
      ]),
    },
    {
      name: 'two copies with five brokers', text: 'broker.id=1\ndefault.replication.factor=3\noffsets.topic.replication.factor=2\ntransaction.state.log.replication.factor=3\n', options: { brokerCount: 5 },
      findings: [{
        messageId: 'offsets-topic-two-copies', line: 3, column: 34,
        message: 'offsets.topic.replication.factor is 2 in a cluster of at least 5 brokers: the __consumer_offsets topic (consumer group offsets) becomes unavailable when one more broker fails during a restart. Set offsets.topic.replication.factor=3.',
      }],
    },
    {
      name: 'single broker: replication factor 1 with the default min ISR 2', text: 'broker.id=1\ntransaction.state.log.replication.factor=1\n',
      findings: [
        { messageId: 'transaction-min-isr-above', line: 2, column: 1, severity: 'warning',
          message: 'transaction.state.log.min.isr (2, the default) is above transaction.state.log.replication.factor (1), so no write to __transaction_state can ever succeed and transactional producers fail. Set transaction.state.log.min.isr to 1.' },
      ],
    },
    {
      name: 'min ISR equal to the replication factor', text: 'broker.id=1\ndefault.replication.factor=3\ntransaction.state.log.min.isr=3\n', options: { brokerCount: 5 },
      findings: [
        { messageId: 'transaction-min-isr-equal', line: 3, column: 1, severity: 'warning',
          message: 'transaction.state.log.min.isr (3) equals transaction.state.log.replication.factor (3, the default), so transactions stop whenever one replica of __transaction_state is down. Set it to 2.' },
      ],
    },
  ],
});

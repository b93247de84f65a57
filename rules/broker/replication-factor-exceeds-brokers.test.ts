import { ruleTester } from '../../test/rule-tester.js';
import rule from './replication-factor-exceeds-brokers.js';

ruleTester(rule, {
  valid: [
    { name: 'within the broker count', text: 'broker.id=1\ndefault.replication.factor=3\n', options: {brokerCount: 3} },
    { name: 'single file, count unknown', text: 'broker.id=1\ndefault.replication.factor=5\n' },
  ],
  invalid: [
    {
      name: 'explicit and default factors above 2 brokers', text: 'broker.id=1\ndefault.replication.factor=3\noffsets.topic.replication.factor=3\n', options: {brokerCount: 2},
      findings: [
        { line: 1, severity: 'error',
          message: 'transaction.state.log.replication.factor is 3 (Kafka 4.4\'s default) but the cluster has 2 brokers: the __transaction_state topic cannot be created, so transactional and exactly-once producers fail. Set transaction.state.log.replication.factor=2 or add brokers.' },
        { line: 2, severity: 'error',
          message: 'default.replication.factor is 3 but the cluster has 2 brokers: creating a topic without an explicit replication factor (including auto-created topics) fails. Set default.replication.factor=2 or add brokers.' },
        { line: 3, severity: 'error',
          message: 'offsets.topic.replication.factor is 3 but the cluster has 2 brokers: the __consumer_offsets topic cannot be created, so consumer groups cannot commit offsets. Set offsets.topic.replication.factor=2 or add brokers.' },
      ],
    },
    {
      name: 'internal topics at their default 3 on one broker', text: 'broker.id=1\nlog.dirs=/data\n', options: {brokerCount: 1},
      findings: [
        { line: 1, severity: 'error',
          message: 'offsets.topic.replication.factor is 3 (Kafka 4.4\'s default) but the cluster has 1 broker: the __consumer_offsets topic cannot be created, so consumer groups cannot commit offsets. Set offsets.topic.replication.factor=1 or add brokers.' },
        { line: 1, severity: 'error',
          message: 'transaction.state.log.replication.factor is 3 (Kafka 4.4\'s default) but the cluster has 1 broker: the __transaction_state topic cannot be created, so transactional and exactly-once producers fail. Set transaction.state.log.replication.factor=1 or add brokers.' },
      ],
    },
  ],
});

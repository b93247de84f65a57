import { ruleTester } from '../../test/rule-tester.js';
import rule from './internal-topics-under-replicated.js';

ruleTester(rule, {
  valid: [
    { name: '3 everywhere, min ISR 2', text: 'broker.id=1\ndefault.replication.factor=3\noffsets.topic.replication.factor=3\ntransaction.state.log.replication.factor=3\ntransaction.state.log.min.isr=2\n', options: {brokerCount: 3} },
    { name: 'two brokers cannot hold 3 replicas: not judged here', text: 'broker.id=1\noffsets.topic.replication.factor=2\n', options: {brokerCount: 2} },
  ],
  invalid: [
    {
      name: 'quickstart values copied into a 3-broker cluster', text: 'broker.id=1\noffsets.topic.replication.factor=1\ntransaction.state.log.replication.factor=1\ntransaction.state.log.min.isr=1\n', options: {brokerCount: 3},
      findings: [
        { line: 1, severity: 'warning',
          message: 'default.replication.factor is 1 (the default, since it is not set) in a cluster of 3 brokers: every topic created without an explicit replication factor has a single copy and is lost or unavailable when its broker fails. Set default.replication.factor=3.' },
        { line: 2, severity: 'warning',
          message: 'offsets.topic.replication.factor is 1 in a cluster of 3 brokers: consumer group offsets (__consumer_offsets) has a single copy and is lost or unavailable when its broker fails. Set offsets.topic.replication.factor=3.' },
        { line: 3, severity: 'warning',
          message: 'transaction.state.log.replication.factor is 1 in a cluster of 3 brokers: transaction state (__transaction_state) has a single copy and is lost or unavailable when its broker fails. Set transaction.state.log.replication.factor=3.' },
      ],
    },
    {
      name: 'single broker: replication factor 1 with the default min ISR 2', text: 'broker.id=1\ntransaction.state.log.replication.factor=1\n',
      findings: [
        { line: 2, severity: 'warning',
          message: 'transaction.state.log.min.isr (2, the default) is above transaction.state.log.replication.factor (1), so no write to __transaction_state can ever succeed and transactional producers fail. Set transaction.state.log.min.isr to 1.' },
      ],
    },
    {
      name: 'min ISR equal to the replication factor', text: 'broker.id=1\ndefault.replication.factor=3\ntransaction.state.log.min.isr=3\n', options: {brokerCount: 5},
      findings: [
        { line: 3, severity: 'warning',
          message: 'transaction.state.log.min.isr (3) equals transaction.state.log.replication.factor (3, the default), so transactions stop whenever one replica of __transaction_state is down. Set it to 2.' },
      ],
    },
  ],
});

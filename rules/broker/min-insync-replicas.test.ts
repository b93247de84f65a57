import { ruleTester } from '../../test/rule-tester.js';
import rule from './min-insync-replicas.js';

ruleTester(rule, {
  valid: [
    { name: '2 of 3', text: 'broker.id=1\ndefault.replication.factor=3\nmin.insync.replicas=2\n' },
    { name: 'nothing set', text: 'broker.id=1\n' },
    { name: 'templated', text: 'broker.id=1\ndefault.replication.factor=2\nmin.insync.replicas={{ min_isr }}\n' },
  ],
  invalid: [
    {
      name: 'above the replication factor', text: 'broker.id=1\ndefault.replication.factor=2\nmin.insync.replicas=3\n',
      findings: [
        { messageId: 'above-replication-factor', line: 3, column: 1, severity: 'error',
          message: 'min.insync.replicas (3) is above default.replication.factor (2): producers with acks=all can never write to topics created with the default replication factor (NotEnoughReplicas). Set min.insync.replicas to 1 or raise the replication factor.' },
      ],
    },
    {
      name: 'equal to it', text: 'broker.id=1\ndefault.replication.factor=3\nmin.insync.replicas=3\n',
      findings: [
        { messageId: 'equals-replication-factor', line: 3, column: 1, severity: 'warning',
          message: 'min.insync.replicas equals default.replication.factor (3): while any one replica\'s broker is down, acks=all writes to its partitions fail. Set min.insync.replicas=2.' },
      ],
    },
    {
      name: 'left at 1 with 3 replicas', text: 'broker.id=1\ndefault.replication.factor=3\n',
      findings: [
        { messageId: 'one-of-three', line: 2, column: 1, severity: 'info',
          message: 'min.insync.replicas is 1 (the default) with default.replication.factor (3): an acks=all write can be acknowledged while only one broker has it, and is lost if that broker\'s disk fails. Set min.insync.replicas=2.' },
      ],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './partitions-not-multiple-of-brokers.js';

ruleTester(rule, {
  valid: [
    { name: 'multiple of 3', text: 'broker.id=1\nnum.partitions=6\n', options: {brokerCount: 3} },
    { name: 'broker count unknown', text: 'broker.id=1\nnum.partitions=4\n' },
    { name: 'not set', text: 'broker.id=1\n', options: {brokerCount: 3} },
  ],
  invalid: [
    {
      name: '4 partitions, 3 brokers', text: 'broker.id=1\nnum.partitions=4\n', options: {brokerCount: 3},
      findings: [
        { line: 2, severity: 'warning',
          message: 'num.partitions=4 is not a multiple of the 3 brokers, so new topics\' leaders (and their traffic) spread unevenly. Use 3 or 6.' },
      ],
    },
    {
      name: '1 partition in a cluster of 2 files', files: [
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nnum.partitions=1\n' },
        { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nnum.partitions=1\n' },
      ],
      findings: [
        { line: 3, severity: 'warning', file: 'kafka1/server.properties',
          message: 'num.partitions=1 is not a multiple of the 2 brokers, so new topics\' leaders (and their traffic) spread unevenly. Use 2.' },
        { line: 3, severity: 'warning', file: 'kafka2/server.properties',
          message: 'num.partitions=1 is not a multiple of the 2 brokers, so new topics\' leaders (and their traffic) spread unevenly. Use 2.' },
      ],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './forced-flush.js';

ruleTester(rule, {
  valid: [
    { name: 'unset', text: 'broker.id=1\n' },
    { name: 'Long.MAX_VALUE means never', text: 'log.flush.interval.messages=9223372036854775807\n' },
  ],
  invalid: [
    {
      name: 'both set', text: 'broker.id=1\nlog.flush.interval.messages=10000\nlog.flush.interval.ms=1000\n',
      findings: [
        { line: 2, severity: 'info',
          message: 'log.flush.interval.messages=10000 forces Kafka to fsync on a schedule, which costs throughput and latency; Kafka relies on replication and the OS page cache for durability. Remove it unless a measured need says otherwise.' },
        { line: 3, severity: 'info',
          message: 'log.flush.interval.ms=1000 forces Kafka to fsync on a schedule, which costs throughput and latency; Kafka relies on replication and the OS page cache for durability. Remove it unless a measured need says otherwise.' },
      ],
    },
  ],
});

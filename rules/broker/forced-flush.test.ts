import { ruleTester } from '../../test/rule-tester.js';
import rule from './forced-flush.js';

const text = (key: string, value: number) =>
  `${key}=${value} forces Kafka to fsync on a schedule, which costs throughput and latency; Kafka relies on replication and the OS page cache for durability. Remove it unless a measured need says otherwise.`;

ruleTester(rule, {
  valid: [
    { name: 'unset', text: 'broker.id=1\n' },
    { name: 'Long.MAX_VALUE means never', text: 'log.flush.interval.messages=9223372036854775807\n' },
    { name: 'templated', text: 'broker.id=1\nlog.flush.interval.ms={{ flush_ms }}\n' },
  ],
  invalid: [
    {
      name: 'both set', text: 'broker.id=1\nlog.flush.interval.messages=10000\nlog.flush.interval.ms=1000\n',
      findings: [
        { messageId: 'forced-flush', line: 2, column: 1, severity: 'info', message: text('log.flush.interval.messages', 10000) },
        { messageId: 'forced-flush', line: 3, column: 1, severity: 'info', message: text('log.flush.interval.ms', 1000) },
      ],
    },
  ],
});

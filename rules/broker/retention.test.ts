import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './retention.js';

const FIXTURES = 'rules/broker/retention';
const compact = (policy: string, noDelete: string) =>
  `log.cleanup.policy=${policy} makes compaction the default of every topic created without its own cleanup.policy, auto-created topics included: the broker refuses records without a key on them ("Compacted topic cannot accept message without key"), and compaction keeps only the latest record of each key${noDelete}. Keep delete as the broker default and set cleanup.policy=compact on the topics meant to be compacted.`;
const TINY =
  'log.segment.bytes=102400 is below 1 MiB: every partition rolls a new segment (a log file and its indexes, each kept open) every 102 kB, so a busy broker holds many thousands of open files and memory maps, and Kafka 4.0 and later refuse to start with a value below 1048576. Use at least 1048576; the default is 1073741824 (1 GiB).';

ruleTester(rule, {
  valid: [
    { name: 'one time key, no size limit', text: 'broker.id=1\nlog.retention.hours=168\n' },
    { name: 'templated', text: 'broker.id=1\nlog.cleanup.policy={{ policy }}\nlog.segment.bytes={{ segment }}\n' },
    // Issue 13: the good twins of the dangerous defaults.
    { name: 'delete as the broker default', files: fixtureFiles(`${FIXTURES}/delete-default`), options: { kafkaVersion: '3.9' } },
    { name: '1 MiB segments on 3.9', files: fixtureFiles(`${FIXTURES}/one-mib-segments`), options: { kafkaVersion: '3.9' } },
    { name: 'segments below 1 MiB on 4.0 are broker/invalid-value\'s (Kafka refuses them)', text: 'process.roles=broker,controller\nnode.id=1\nlog.segment.bytes=102400\n', options: { kafkaVersion: '4.0' } },
    { name: 'a controller does not host topics', text: 'process.roles=controller\nnode.id=1\nlog.cleanup.policy=compact\n', options: { kafkaVersion: '4.3' } },
  ],
  invalid: [
    {
      name: 'ms hides hours', text: 'broker.id=1\nlog.retention.hours=168\nlog.retention.ms=86400000\n',
      findings: [
        { messageId: 'retention-key-ignored', line: 2, column: 1, severity: 'info',
          message: 'log.retention.hours is ignored because log.retention.ms is also set (Kafka uses ms, then minutes, then hours). Keep only one retention-time key.' },
      ],
    },
    {
      name: 'segment above retention bytes', text: 'broker.id=1\nlog.retention.bytes=104857600\nlog.segment.bytes=1073741824\n',
      findings: [
        { messageId: 'segment-above-retention-bytes', line: 3, column: 1, severity: 'warning',
          message: 'log.segment.bytes (1.07 GB) is larger than log.retention.bytes (105 MB): Kafka deletes only closed segments, so each partition grows to a whole segment before anything is deleted and the size limit does not hold. Make segments several times smaller than the retention size.' },
      ],
    },
    {
      name: 'per-partition worst case', text: 'broker.id=1\nnum.partitions=8\nlog.retention.bytes=1073741824\nlog.segment.bytes=268435456\n',
      findings: [
        { messageId: 'retention-bytes-per-partition', line: 3, column: 1, severity: 'info',
          message: 'log.retention.bytes is a per-partition limit, enforced one closed segment at a time: each partition keeps up to 1.07 GB + one 268 MB segment = 1.34 GB, so a topic with the default 8 partitions keeps up to 10.7 GB per replica. Size disks for that, times the replication factor.' },
      ],
    },
    // Issue 13: dangerous cluster defaults.
    {
      name: 'compaction as the broker default', files: fixtureFiles(`${FIXTURES}/compact-default`), options: { kafkaVersion: '3.9' },
      findings: [{ messageId: 'compact-by-default', line: 6, column: 20, severity: 'warning', message: compact('compact', ', while nothing is deleted by age or size (log.retention.* do not apply): the latest record of every key ever written stays on disk') }],
    },
    {
      name: 'compact,delete as the broker default still refuses records without a key (4.3)', text: 'process.roles=broker,controller\nnode.id=1\nlog.cleanup.policy=compact,delete\n', options: { kafkaVersion: '4.3' },
      findings: [{ messageId: 'compact-by-default', line: 3, column: 20, severity: 'warning', message: compact('compact,delete', '') }],
    },
    {
      name: 'segments below 1 MiB on 3.9: they start, but 4.0 refuses them', files: fixtureFiles(`${FIXTURES}/tiny-segments`), options: { kafkaVersion: '3.9' },
      findings: [{ messageId: 'tiny-segments', line: 5, column: 19, severity: 'warning', message: TINY }],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './retention.js';

ruleTester(rule, {
  valid: [
    { name: 'one time key, no size limit', text: 'broker.id=1\nlog.retention.hours=168\n' },
  ],
  invalid: [
    {
      name: 'ms hides hours', text: 'broker.id=1\nlog.retention.hours=168\nlog.retention.ms=86400000\n',
      findings: [
        { line: 2, severity: 'info',
          message: 'log.retention.hours is ignored because log.retention.ms is also set (Kafka uses ms, then minutes, then hours). Keep only one retention-time key.' },
      ],
    },
    {
      name: 'segment above retention bytes', text: 'broker.id=1\nlog.retention.bytes=104857600\nlog.segment.bytes=1073741824\n',
      findings: [
        { line: 3, severity: 'warning',
          message: 'log.segment.bytes (1.07 GB) is larger than log.retention.bytes (105 MB): Kafka deletes only closed segments, so each partition grows to a whole segment before anything is deleted and the size limit does not hold. Make segments several times smaller than the retention size.' },
      ],
    },
    {
      name: 'per-partition worst case', text: 'broker.id=1\nnum.partitions=8\nlog.retention.bytes=1073741824\nlog.segment.bytes=268435456\n',
      findings: [
        { line: 3, severity: 'info',
          message: 'log.retention.bytes is a per-partition limit, enforced one closed segment at a time: each partition keeps up to 1.07 GB + one 268 MB segment = 1.34 GB, so a topic with the default 8 partitions keeps up to 10.7 GB per replica. Size disks for that, times the replication factor.' },
      ],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './log-dirs-volatile.js';

ruleTester(rule, {
  valid: [
    { name: 'persistent disks', text: 'broker.id=1\nlog.dirs=/data1/kafka,/data2/kafka\n' },
    { name: 'a plain object with no log dir says nothing about files', file: 'server.properties', text: '' },
  ],
  invalid: [
    {
      name: 'the packaged default', text: 'broker.id=1\nlog.dirs=/tmp/kafka-logs\n',
      findings: [
        { line: 2, severity: 'warning',
          message: 'log.dirs puts data in /tmp/kafka-logs, a temporary or in-memory location that is emptied at reboot: every partition on this broker would be lost. Use a persistent disk, e.g. log.dirs=/var/lib/kafka/data.' },
      ],
    },
    {
      name: 'log.dir under /dev/shm', text: 'broker.id=1\nlog.dir=/dev/shm/kafka\n',
      findings: [
        { line: 2, severity: 'warning',
          message: 'log.dir puts data in /dev/shm/kafka, a temporary or in-memory location that is emptied at reboot: every partition on this broker would be lost. Use a persistent disk, e.g. log.dir=/var/lib/kafka/data.' },
      ],
    },
    {
      name: 'nothing set', text: 'broker.id=1\nnum.partitions=3\n',
      findings: [
        { line: 1, severity: 'warning',
          message: 'Neither log.dirs nor log.dir is set, so Kafka stores all data in its default /tmp/kafka-logs, which the OS may clean at boot. Set log.dirs to a persistent disk, e.g. log.dirs=/var/lib/kafka/data.' },
      ],
    },
    {
      name: 'a KRaft controller\'s metadata under /tmp', text: 'process.roles=controller\nnode.id=1\nlog.dirs=/tmp/kraft-controller-logs\n',
      findings: [
        { line: 3, severity: 'warning',
          message: 'log.dirs puts data in /tmp/kraft-controller-logs, a temporary or in-memory location that is emptied at reboot: this controller\'s copy of the cluster metadata would be lost. Use a persistent disk, e.g. log.dirs=/var/lib/kafka/data.' },
      ],
    },
  ],
});

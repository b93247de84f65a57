import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './log-dirs-volatile.js';

const FIXTURES = 'rules/broker/log-dirs-volatile';
const TMP = 'under /tmp: systemd\'s default cleanup deletes files there that have not been touched for 10 days, and systems that mount /tmp as tmpfs empty it at every boot, so';

ruleTester(rule, {
  valid: [
    { name: 'persistent disks', text: 'broker.id=1\nlog.dirs=/data1/kafka,/data2/kafka\n' },
    { name: 'an empty file says nothing', file: 'server.properties', text: '' },
    { name: 'a fragment (a rack setting) leaves the directories to its base file', text: 'broker.rack=rack1\n' },
    { name: 'templated', text: 'broker.id=1\nlog.dirs={{ kafka_log_dirs }}\n' },
    { name: 'issue 13: /tmp inside a container is the container\'s (compose/ephemeral-data judges it)', files: fixtureFiles(`${FIXTURES}/compose-tmp`) },
  ],
  invalid: [
    {
      name: 'the packaged default', text: 'broker.id=1\nlog.dirs=/tmp/kafka-logs\n',
      findings: [{
        messageId: 'tmp-dir', line: 2, column: 10, severity: 'warning',
        message: `log.dirs puts data in /tmp/kafka-logs, ${TMP} the partitions (on a controller, the cluster metadata) kept there can be lost. Use a persistent disk, e.g. log.dirs=/var/lib/kafka/data.`,
      }],
    },
    {
      name: 'issue 13: the same directory on a host', files: fixtureFiles(`${FIXTURES}/host-tmp`),
      findings: [{
        messageId: 'tmp-dir', line: 7, column: 10, file: 'kafka1/server.properties',
        message: `log.dirs puts data in /tmp/kraft-combined-logs, ${TMP} the partitions (on a controller, the cluster metadata) kept there can be lost. Use a persistent disk, e.g. log.dirs=/var/lib/kafka/data.`,
      }],
    },
    {
      name: 'log.dir under /dev/shm', text: 'broker.id=1\nlog.dir=/dev/shm/kafka\n',
      findings: [{
        messageId: 'memory-dir', line: 2, column: 9, severity: 'warning',
        message: 'log.dir puts data in /dev/shm/kafka, a memory file system that is empty after every reboot: the partitions (on a controller, the cluster metadata) kept there are lost. Use a persistent disk, e.g. log.dir=/var/lib/kafka/data.',
      }],
    },
    {
      name: 'nothing set', text: 'broker.id=1\nnum.partitions=3\n',
      findings: [{
        messageId: 'unset', line: 1, column: 1, severity: 'warning',
        message: 'Neither log.dirs nor log.dir is set, so Kafka keeps its partitions (on a controller, the cluster metadata) in its default /tmp/kafka-logs, where systemd\'s default cleanup deletes files untouched for 10 days and a tmpfs /tmp is emptied at every boot. Set log.dirs to a persistent disk, e.g. log.dirs=/var/lib/kafka/data.',
      }],
    },
    {
      name: 'a KRaft controller\'s metadata under /tmp', text: 'process.roles=controller\nnode.id=1\nlog.dirs=/tmp/kraft-controller-logs\n',
      findings: [{
        messageId: 'tmp-dir', line: 3, column: 10,
        message: `log.dirs puts data in /tmp/kraft-controller-logs, ${TMP} the partitions (on a controller, the cluster metadata) kept there can be lost. Use a persistent disk, e.g. log.dirs=/var/lib/kafka/data.`,
      }],
    },
  ],
});

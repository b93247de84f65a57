import { defineRule } from '../../src/engine/rule.js';
import { anchorOf } from '../../src/model/broker.js';
import { composeServiceOf } from '../../src/model/deployed.js';

const TMP = /^\/tmp(\/|$)/;
const MEMORY = /^\/(var\/run|run|dev\/shm)(\/|$)/;


export default defineRule({
  meta: {
    id: 'broker/log-dirs-volatile',
    category: 'data-loss-risk',
    fileKinds: ['broker'],
    description: 'On a host (not in a container), log.dirs (or log.dir) is under /tmp, /var/run, /run or /dev/shm, or unset so that Kafka uses /tmp/kafka-logs.',
    rationale:
      'Kafka keeps every partition (and, in KRaft, the metadata log) in its log directories. On a host, /tmp is not a place to keep data: systemd\'s default tmpfiles rule deletes what has not been touched there for 10 days (tmp.conf, `q /tmp 1777 root root 10d`, run daily by systemd-tmpfiles-clean.timer), and distributions that mount /tmp as tmpfs empty it at every boot. /run, /var/run and /dev/shm are memory file systems, empty after every reboot. Kafka\'s own default (log.dir=/tmp/kafka-logs) and its packaged config files point at /tmp. Inside a container these reasons do not hold: a path there lives as long as the container unless a volume is mounted on it, which compose/ephemeral-data judges for compose services, so this rule does not report nodes built from a compose service.',
    fix: 'Put log.dirs on a persistent disk, one directory per disk, e.g. log.dirs=/data1/kafka,/data2/kafka.',
    references: [
      { title: 'Kafka 4.3.1 ServerLogConfigs (log.dir default /tmp/kafka-logs)', url: 'https://github.com/apache/kafka/blob/4.3.1/server-common/src/main/java/org/apache/kafka/server/config/ServerLogConfigs.java' },
      { title: 'systemd tmpfiles.d/tmp.conf: q /tmp 1777 root root 10d', url: 'https://github.com/systemd/systemd/blob/main/tmpfiles.d/tmp.conf' },
      { title: 'systemd tmpfiles.d(5): the age field and systemd-tmpfiles-clean.timer', url: 'https://www.freedesktop.org/software/systemd/man/latest/tmpfiles.d.html' },
    ],
    messages: {
      'tmp-dir': {
        severity: 'warning',
        text: '{{key}} puts data in {{dirs}}, under /tmp: systemd\'s default cleanup deletes files there that have not been touched for 10 days, and systems that mount /tmp as tmpfs empty it at every boot, so the partitions (on a controller, the cluster metadata) kept there can be lost. Use a persistent disk, e.g. {{key}}=/var/lib/kafka/data.',
      },
      'memory-dir': {
        severity: 'warning',
        text: '{{key}} puts data in {{dirs}}, a memory file system that is empty after every reboot: the partitions (on a controller, the cluster metadata) kept there are lost. Use a persistent disk, e.g. {{key}}=/var/lib/kafka/data.',
      },
      unset: {
        severity: 'warning',
        text: 'Neither log.dirs nor log.dir is set, so Kafka keeps its partitions (on a controller, the cluster metadata) in its default /tmp/kafka-logs, where systemd\'s default cleanup deletes files untouched for 10 days and a tmpfs /tmp is emptied at every boot. Set log.dirs to a persistent disk, e.g. log.dirs=/var/lib/kafka/data.',
      },
    },
    examples: {
      bad: [{ file: 'server.properties', text: 'broker.id=1\nlog.dirs=/tmp/kafka-logs\n' }],
      good: [
        { file: 'server.properties', text: 'broker.id=1\nlog.dirs=/data1/kafka,/data2/kafka\n' },
        {
          file: 'docker-compose.yml',
          text: 'services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_NODE_ID: 1\n      KAFKA_LOG_DIRS: /tmp/kraft-combined-logs\n    volumes:\n      - kafka-data:/tmp/kraft-combined-logs\nvolumes:\n  kafka-data: {}\n',
        },
      ],
    },
  },
  check(ctx) {
    for (const broker of ctx.cluster.brokers) {
      // In a container /tmp is the container's own: compose/ephemeral-data judges whether it outlives the container.
      if (composeServiceOf(ctx.cluster, broker)) continue;
      const dirs = broker.logDirs;
      if (!dirs) {
        // Only a whole .properties file says that nothing sets the directories elsewhere (a fragment reads as unset).
        if (!broker.properties || broker.entries.length === 0 || ctx.setting(broker, 'log.dir').state !== 'default') continue;
        ctx.report({ ...anchorOf(broker), messageId: 'unset' });
        continue;
      }
      if (!dirs.value) continue;
      const key = dirs.entry.key;
      const tmp = dirs.value.filter((d) => TMP.test(d));
      const memory = dirs.value.filter((d) => MEMORY.test(d));
      if (tmp.length > 0) ctx.report({ entry: dirs.entry, part: 'value', messageId: 'tmp-dir', data: { key, dirs: tmp.join(', ') } });
      if (memory.length > 0) ctx.report({ entry: dirs.entry, part: 'value', messageId: 'memory-dir', data: { key, dirs: memory.join(', ') } });
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { anchorOf, hasUnresolvedTemplate, isBrokerRole, isConfigFragment } from '../../src/model/broker.js';

const VOLATILE = /^\/(tmp|var\/run|run|dev\/shm)(\/|$)/;

export default defineRule({
  meta: {
    id: 'broker/log-dirs-volatile',
    severity: 'warning',
    category: 'data-loss-risk',
    fileKinds: ['broker'],
    description: 'log.dirs (or log.dir) is under /tmp, /var/run, /run or /dev/shm, or unset so that Kafka uses /tmp/kafka-logs.',
    rationale:
      'Kafka keeps every partition (and, in KRaft, the metadata log) in its log directories. /tmp is cleaned at boot or by tmpfiles timers on most distributions, and /run, /var/run and /dev/shm are memory file systems: the data is gone after a restart. The packaged server.properties and Kafka\'s own default point at /tmp/kafka-logs (Kafka 3.9\'s config/server.properties; 4.x\'s points at /tmp/kraft-combined-logs).',
    fix: 'Put log.dirs on a persistent disk, one directory per disk, e.g. log.dirs=/data1/kafka,/data2/kafka.',
    references: [
      { title: 'Kafka 3.9.0 config/server.properties (log.dirs=/tmp/kafka-logs)', url: 'https://github.com/apache/kafka/blob/3.9.0/config/server.properties' },
      { title: 'Kafka 4.3.1 ServerLogConfigs (log.dir default /tmp/kafka-logs)', url: 'https://github.com/apache/kafka/blob/4.3.1/server-common/src/main/java/org/apache/kafka/server/config/ServerLogConfigs.java' },
    ],
    examples: {
      bad: [{ file: 'server.properties', text: 'broker.id=1\nlog.dirs=/tmp/kafka-logs\n' }],
      good: [{ file: 'server.properties', text: 'broker.id=1\nlog.dirs=/data1/kafka,/data2/kafka\n' }],
    },
  },
  check(ctx) {
    for (const broker of ctx.cluster.brokers) {
      const dirs = broker.logDirs;
      if (!dirs) {
        // Only a whole .properties file says that nothing sets the directories elsewhere.
        if (!broker.properties || broker.entries.length === 0 || isConfigFragment(broker)) continue;
        ctx.report({
          ...anchorOf(broker),
          message: 'Neither log.dirs nor log.dir is set, so Kafka stores all data in its default /tmp/kafka-logs, which the OS may clean at boot. Set log.dirs to a persistent disk, e.g. log.dirs=/var/lib/kafka/data.',
        });
        continue;
      }
      if (!dirs.value || hasUnresolvedTemplate(dirs.entry.value)) continue;
      const volatile = dirs.value.filter((d) => VOLATILE.test(d));
      if (volatile.length === 0) continue;
      ctx.report({
        entry: dirs.entry,
        part: 'value',
        message: `${dirs.entry.key} puts data in ${volatile.join(', ')}, a temporary or in-memory location that is emptied at reboot: ${isBrokerRole(broker) ? 'every partition on this broker' : 'this controller\'s copy of the cluster metadata'} would be lost. Use a persistent disk, e.g. ${dirs.entry.key}=/var/lib/kafka/data.`,
      });
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { effectiveNumber } from '../../src/model/broker.js';

const KEYS = ['log.flush.interval.messages', 'log.flush.interval.ms'];

export default defineRule({
  meta: {
    id: 'broker/forced-flush',
    severity: 'info',
    category: 'performance',
    fileKinds: ['broker'],
    description: 'log.flush.interval.messages or log.flush.interval.ms forces fsync on a schedule.',
    rationale:
      'Kafka gets durability from replication and leaves flushing to the operating system\'s page cache by default. Forcing an fsync every N messages or milliseconds costs throughput and latency and adds little safety when topics are replicated: Kafka\'s documentation recommends the default flush settings, which disable application fsync entirely.',
    fix: 'Remove the flush settings and rely on replication (replication factor 3, min.insync.replicas 2, acks=all) for durability.',
    references: [
      { title: 'Kafka 4.3 documentation, 6.5 Hardware and OS: Application vs. OS Flush Management', url: 'https://kafka.apache.org/documentation/#appvsosflush' },
      { title: 'Kafka 4.3.1 ServerLogConfigs (log.flush.interval.messages default Long.MAX_VALUE)', url: 'https://github.com/apache/kafka/blob/4.3.1/server-common/src/main/java/org/apache/kafka/server/config/ServerLogConfigs.java' },
    ],
    examples: {
      bad: [{ file: 'server.properties', text: 'broker.id=1\nlog.flush.interval.messages=10000\nlog.flush.interval.ms=1000\n' }],
      good: [{ file: 'server.properties', text: 'broker.id=1\n' }],
    },
  },
  check(ctx) {
    for (const broker of ctx.cluster.brokers) {
      for (const key of KEYS) {
        const setting = effectiveNumber(broker, key, ctx.kafkaVersion);
        // Long.MAX_VALUE, as in the packaged file's commented example, means never.
        if (!setting?.entry || setting.value < 0 || setting.value >= Number.MAX_SAFE_INTEGER) continue;
        ctx.report({
          entry: setting.entry,
          message: `${key}=${setting.value} forces Kafka to fsync on a schedule, which costs throughput and latency; Kafka relies on replication and the OS page cache for durability. Remove it unless a measured need says otherwise.`,
        });
      }
    }
  },
});

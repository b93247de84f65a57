import { defineRule } from '../../src/engine/rule.js';
import { anchorOf, effectiveNumber, isBrokerRole } from '../../src/model/broker.js';
import { formatBytes } from '../../src/capacity/units.js';

export default defineRule({
  meta: {
    id: 'broker/retention',
    severity: 'warning',
    category: 'advice',
    fileKinds: ['broker'],
    description: 'Retention settings that do not do what they seem: log.retention.ms hiding minutes or hours (info), segments larger than log.retention.bytes (warning), and what log.retention.bytes really keeps (info).',
    rationale:
      'Kafka takes retention time from log.retention.ms, else log.retention.minutes, else log.retention.hours, so the coarser keys are silently ignored when a finer one is set. log.retention.bytes applies per partition, not per topic, and Kafka deletes whole closed segments only, so a partition keeps up to log.retention.bytes plus one segment (8 partitions at 1 GB keep up to 8 GB for the topic). A segment larger than the retention size means data waits for the whole segment before anything is deleted.',
    fix: 'Set retention time with one key, keep log.segment.bytes well below log.retention.bytes, and size disks for partitions x (log.retention.bytes + log.segment.bytes) per replica.',
    references: [
      { title: 'Kafka 4.3 documentation, topic configs: retention.bytes (the size a partition may grow to)', url: 'https://kafka.apache.org/documentation/#topicconfigs_retention.bytes' },
      { title: 'Kafka 4.3.1 core/src/main/scala/kafka/server/KafkaConfig.scala (logRetentionTimeMillis: ms, then minutes, then hours)', url: 'https://github.com/apache/kafka/blob/4.3.1/core/src/main/scala/kafka/server/KafkaConfig.scala' },
      { title: 'Kafka 4.3.1 storage UnifiedLog.deleteRetentionSizeBreachedSegments', url: 'https://github.com/apache/kafka/blob/4.3.1/storage/src/main/java/org/apache/kafka/storage/internals/log/UnifiedLog.java' },
    ],
    examples: {
      bad: [{ file: 'server.properties', text: 'broker.id=1\nlog.retention.hours=168\nlog.retention.ms=86400000\nlog.retention.bytes=104857600\nlog.segment.bytes=1073741824\n' }],
      good: [{ file: 'server.properties', text: 'broker.id=1\nlog.retention.hours=168\nlog.segment.bytes=1073741824\n' }],
    },
  },
  check(ctx) {
    const v = ctx.kafkaVersion;
    for (const broker of ctx.cluster.brokers.filter(isBrokerRole)) {
      const ms = effectiveNumber(broker, 'log.retention.ms', v);
      const minutes = effectiveNumber(broker, 'log.retention.minutes', v);
      const hours = effectiveNumber(broker, 'log.retention.hours', v);
      const winner = ms?.entry ? 'log.retention.ms' : minutes?.entry ? 'log.retention.minutes' : undefined;
      for (const [key, setting] of [['log.retention.minutes', minutes], ['log.retention.hours', hours]] as const) {
        if (!winner || !setting?.entry || key === winner) continue;
        ctx.report({
          entry: setting.entry,
          severity: 'info',
          message: `${key} is ignored because ${winner} is also set (Kafka uses ms, then minutes, then hours). Keep only one retention-time key.`,
        });
      }
      const bytes = effectiveNumber(broker, 'log.retention.bytes', v);
      const segment = effectiveNumber(broker, 'log.segment.bytes', v);
      if (!bytes || !segment || bytes.value < 0 || !bytes.entry) continue;
      const where = anchorOf(broker, 'log.retention.bytes');
      if (segment.value > bytes.value) {
        ctx.report({
          ...anchorOf(broker, 'log.segment.bytes', 'log.retention.bytes'),
          message: `log.segment.bytes (${formatBytes(segment.value)}) is larger than log.retention.bytes (${formatBytes(bytes.value)}): Kafka deletes only closed segments, so each partition grows to a whole segment before anything is deleted and the size limit does not hold. Make segments several times smaller than the retention size.`,
        });
        continue;
      }
      const partitions = effectiveNumber(broker, 'num.partitions', v)?.value ?? 1;
      const perPartition = bytes.value + segment.value;
      ctx.report({
        ...where,
        severity: 'info',
        message: `log.retention.bytes is a per-partition limit, enforced one closed segment at a time: each partition keeps up to ${formatBytes(bytes.value)} + one ${formatBytes(segment.value)} segment = ${formatBytes(perPartition)}, so a topic with the default ${partitions} partition${partitions === 1 ? '' : 's'} keeps up to ${formatBytes(perPartition * partitions)} per replica. Size disks for that, times the replication factor.`,
      });
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { anchorOf, isBrokerRole } from '../../src/model/broker.js';
import { knownNumber } from '../../src/model/settings.js';
import { kafkaKey } from '../../src/catalog/index.js';
import { formatBytes } from '../../src/capacity/units.js';

/** The smallest log.segment.bytes Kafka 4.0 and later accept (LogConfig: atLeast(1024 * 1024)). */
const MIN_SEGMENT_FROM_4_0 = 1024 * 1024;

export default defineRule({
  meta: {
    id: 'broker/retention',
    category: 'advice',
    fileKinds: ['broker'],
    description: 'Retention defaults that do not do what they seem or endanger every topic: compaction as the broker default (warning), segments below 1 MiB (warning), segments larger than log.retention.bytes (warning), log.retention.ms hiding minutes or hours (info), and what log.retention.bytes really keeps (info).',
    rationale:
      "The broker's log.* settings are the defaults of every topic created without its own config, auto-created topics included. log.cleanup.policy=compact there makes every such topic compacted: LogValidator refuses records without a key on a compacted topic (\"Compacted topic cannot accept message without key\"), compaction keeps only the latest record of each key, and without delete nothing is removed by age or size. A log.segment.bytes below 1 MiB makes each partition roll a new segment (a log file and its indexes, each kept open) every few hundred kilobytes, and Kafka 4.0 raised the minimum to 1 MiB (LogConfig atLeast(1024 * 1024)), so a 3.9 broker with such a value does not start after the upgrade. Kafka takes retention time from log.retention.ms, else log.retention.minutes, else log.retention.hours, so the coarser keys are silently ignored when a finer one is set. log.retention.bytes applies per partition, not per topic, and Kafka deletes whole closed segments only, so a partition keeps up to log.retention.bytes plus one segment. A segment larger than the retention size means data waits for the whole segment before anything is deleted.",
    fix: 'Keep delete as the broker default and set cleanup.policy=compact on the topics that need it; keep log.segment.bytes at 1 MiB or more (the default is 1 GiB) and well below log.retention.bytes; set retention time with one key; size disks for partitions x (log.retention.bytes + log.segment.bytes) per replica.',
    references: [
      { title: 'Kafka 4.3.0 storage LogValidator (a compacted topic refuses records without a key)', url: 'https://github.com/apache/kafka/blob/4.3.0/storage/src/main/java/org/apache/kafka/storage/internals/log/LogValidator.java' },
      { title: 'Kafka 4.3.0 storage LogConfig (log.cleanup.policy, log.segment.bytes atLeast(1024 * 1024) from 4.0; 3.9.0: atLeast(LegacyRecord.RECORD_OVERHEAD_V0))', url: 'https://github.com/apache/kafka/blob/4.3.0/storage/src/main/java/org/apache/kafka/storage/internals/log/LogConfig.java' },
      { title: 'Kafka 4.3.1 core/src/main/scala/kafka/server/KafkaConfig.scala (logRetentionTimeMillis: ms, then minutes, then hours)', url: 'https://github.com/apache/kafka/blob/4.3.1/core/src/main/scala/kafka/server/KafkaConfig.scala' },
      { title: 'Kafka 4.3.1 storage UnifiedLog.deleteRetentionSizeBreachedSegments (per partition, whole segments)', url: 'https://github.com/apache/kafka/blob/4.3.1/storage/src/main/java/org/apache/kafka/storage/internals/log/UnifiedLog.java' },
      { title: 'Apache Kafka documentation: log.retention.bytes ("The maximum size of the log before deleting it", applied per partition)', url: 'https://kafka.apache.org/documentation/#brokerconfigs_log.retention.bytes' },
    ],
    messages: {
      'compact-by-default': {
        severity: 'warning',
        text: 'log.cleanup.policy={{policy}} makes compaction the default of every topic created without its own cleanup.policy, auto-created topics included: the broker refuses records without a key on them ("Compacted topic cannot accept message without key"), and compaction keeps only the latest record of each key{{noDelete}}. Keep delete as the broker default and set cleanup.policy=compact on the topics meant to be compacted.',
      },
      'tiny-segments': {
        severity: 'warning',
        text: 'log.segment.bytes={{value}} is below 1 MiB: every partition rolls a new segment (a log file and its indexes, each kept open) every {{size}}, so a busy broker holds many thousands of open files and memory maps, and Kafka 4.0 and later refuse to start with a value below 1048576. Use at least 1048576; the default is 1073741824 (1 GiB).',
      },
      'retention-key-ignored': {
        severity: 'info',
        text: '{{key}} is ignored because {{winner}} is also set (Kafka uses ms, then minutes, then hours). Keep only one retention-time key.',
      },
      'segment-above-retention-bytes': {
        severity: 'warning',
        text: 'log.segment.bytes ({{segment}}) is larger than log.retention.bytes ({{bytes}}): Kafka deletes only closed segments, so each partition grows to a whole segment before anything is deleted and the size limit does not hold. Make segments several times smaller than the retention size.',
      },
      'retention-bytes-per-partition': {
        severity: 'info',
        text: 'log.retention.bytes is a per-partition limit, enforced one closed segment at a time: each partition keeps up to {{bytes}} + one {{segment}} segment = {{perPartition}}, so a topic with the default {{partitions}} keeps up to {{perTopic}} per replica. Size disks for that, times the replication factor.',
      },
    },
    facts: ['kafkaVersion'],
    examples: {
      bad: [
        { file: 'server.properties', text: 'broker.id=1\nlog.retention.hours=168\nlog.retention.ms=86400000\nlog.retention.bytes=104857600\nlog.segment.bytes=1073741824\n' },
        { file: 'server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlog.cleanup.policy=compact\nlog.segment.bytes=102400\n', options: { kafkaVersion: '3.9' } },
      ],
      good: [{ file: 'server.properties', text: 'broker.id=1\nlog.retention.hours=168\nlog.segment.bytes=1073741824\n' }],
    },
  },
  check(ctx) {
    const version = ctx.kafkaVersion;
    for (const broker of ctx.cluster.brokers.filter(isBrokerRole)) {
      const policy = ctx.setting(broker, 'log.cleanup.policy');
      if (policy.state === 'set' && Array.isArray(policy.value) && policy.value.includes('compact')) {
        const noDelete = policy.value.includes('delete') ? '' : ', while nothing is deleted by age or size (log.retention.* do not apply): the latest record of every key ever written stays on disk';
        ctx.report({ entry: policy.entry, part: 'value', messageId: 'compact-by-default', data: { policy: policy.value.join(','), noDelete } });
      }
      const segment = knownNumber(ctx.setting(broker, 'log.segment.bytes'));
      // From 4.0 such a value is refused outright, which broker/invalid-value reports.
      const minimum = kafkaKey('log.segment.bytes', version)?.validator?.atLeast ?? MIN_SEGMENT_FROM_4_0;
      if (segment?.entry && segment.value < MIN_SEGMENT_FROM_4_0 && segment.value >= minimum) {
        ctx.report({ entry: segment.entry, part: 'value', messageId: 'tiny-segments', data: { value: segment.value, size: formatBytes(segment.value) } });
      }
      const ms = knownNumber(ctx.setting(broker, 'log.retention.ms'));
      const minutes = knownNumber(ctx.setting(broker, 'log.retention.minutes'));
      const hours = knownNumber(ctx.setting(broker, 'log.retention.hours'));
      const winner = ms?.entry ? 'log.retention.ms' : minutes?.entry ? 'log.retention.minutes' : undefined;
      for (const [key, setting] of [['log.retention.minutes', minutes], ['log.retention.hours', hours]] as const) {
        if (!winner || !setting?.entry || key === winner) continue;
        ctx.report({ entry: setting.entry, messageId: 'retention-key-ignored', data: { key, winner } });
      }
      const bytes = knownNumber(ctx.setting(broker, 'log.retention.bytes'));
      if (!bytes || !segment || bytes.value < 0 || !bytes.entry) continue;
      if (segment.value > bytes.value) {
        ctx.report({ ...anchorOf(broker, 'log.segment.bytes', 'log.retention.bytes'), messageId: 'segment-above-retention-bytes', data: { segment: formatBytes(segment.value), bytes: formatBytes(bytes.value) } });
        continue;
      }
      const partitions = knownNumber(ctx.setting(broker, 'num.partitions'))?.value ?? 1;
      const perPartition = bytes.value + segment.value;
      ctx.report({
        ...anchorOf(broker, 'log.retention.bytes'),
        messageId: 'retention-bytes-per-partition',
        data: {
          bytes: formatBytes(bytes.value),
          segment: formatBytes(segment.value),
          perPartition: formatBytes(perPartition),
          partitions: `${partitions} partition${partitions === 1 ? '' : 's'}`,
          perTopic: formatBytes(perPartition * partitions),
        },
      });
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { isBrokerRole } from '../../src/model/broker.js';
import { knownNumber } from '../../src/model/settings.js';
import { topicConfigNumber, topicLabel } from '../../src/model/topic.js';
import type { ConfigEntry } from '../../src/parse/entry.js';

export default defineRule({
  meta: {
    id: 'topic/min-insync-replicas',
    category: 'data-loss-risk',
    fileKinds: ['strimzi', 'topics'],
    description: 'A topic\'s min.insync.replicas (its own, else the brokers\') is above its replication factor (error), equal to it (warning), or 1 with 3 or more replicas (warning).',
    rationale:
      'With acks=all a write succeeds only when min.insync.replicas replicas have it. Above the topic\'s replication factor no acks=all write can ever succeed (NotEnoughReplicasException): the topic is unwritable for such producers, and Kafka creates it without complaint. Equal to the replication factor, any one of its replicas\' brokers being down (a rolling restart) blocks acks=all writes to its partitions. At 1 with three or more replicas, an acknowledged write may exist on one disk only, so losing that broker loses it. A topic that does not set min.insync.replicas gets the brokers\' value: kafka-lint uses it when the broker configs in view agree on it, and judges nothing when no broker config is in view. Only a replication factor written in the definition is judged.',
    fix: 'With 3 replicas, set min.insync.replicas: 2 in the topic\'s config (or on the brokers).',
    references: [
      { title: 'Apache Kafka documentation: min.insync.replicas (topic configs), "use with acks=all"', url: 'https://kafka.apache.org/documentation/#topicconfigs_min.insync.replicas' },
      { title: 'Kafka 4.3.1 TopicConfig (min.insync.replicas default 1)', url: 'https://github.com/apache/kafka/blob/4.3.1/clients/src/main/java/org/apache/kafka/common/config/TopicConfig.java' },
    ],
    messages: {
      'above-replication-factor': {
        severity: 'error',
        text: 'Topic {{topic}} has min.insync.replicas={{minIsr}}{{from}}, above its replication factor of {{rf}}: producers with acks=all can never write to it (NotEnoughReplicasException). Set min.insync.replicas to {{suggested}} or raise the replication factor.',
      },
      'equals-replication-factor': {
        severity: 'warning',
        text: 'Topic {{topic}} has min.insync.replicas={{minIsr}}{{from}}, equal to its replication factor: while any one of its replicas\' brokers is down (a rolling restart), acks=all writes to those partitions fail. Set min.insync.replicas to {{suggested}}.',
      },
      'one-of-three': {
        severity: 'warning',
        text: 'Topic {{topic}} has min.insync.replicas=1{{from}} with {{rf}} replicas: an acks=all write can be acknowledged while only one broker has it, and is lost if that broker\'s disk fails. Set min.insync.replicas to 2.',
      },
    },
    examples: {
      bad: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 3\n  replicas: 2\n  config:\n    min.insync.replicas: 3\n' }],
      good: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 3\n  replicas: 3\n  config:\n    min.insync.replicas: 2\n' }],
    },
  },
  check(ctx) {
    // The brokers' min.insync.replicas, when every broker config in view gives the same known number.
    const brokers = ctx.cluster.brokers.filter(isBrokerRole).map((b) => knownNumber(ctx.setting(b, 'min.insync.replicas')));
    const first = brokers[0];
    const brokerValue = first && brokers.every((b) => b?.value === first.value) ? first : undefined;
    const brokerEntry = brokers.find((b) => b?.entry)?.entry;
    for (const topic of ctx.cluster.topics) {
      const rf = topic.replicationFactor?.value;
      if (rf === undefined || !topic.replicationFactor || rf < 1) continue;
      const own = topicConfigNumber(topic, 'min.insync.replicas');
      let minIsr: number | undefined;
      let from = '';
      let at: ConfigEntry = topic.replicationFactor.entry;
      if (own) {
        minIsr = own.value;
        at = own.entry;
      } else if (brokerValue) {
        minIsr = brokerValue.value;
        const place = brokerEntry?.file !== undefined ? `${brokerEntry.file}${brokerEntry.keySpan ? `:${brokerEntry.keySpan.line}` : ''}` : undefined;
        from = brokerValue.entry || brokerEntry ? ` (the brokers' setting${place ? `, ${place}` : ''})` : ' (the brokers\' default)';
      }
      if (minIsr === undefined || minIsr < 1) continue;
      const data = { topic: topicLabel(topic), minIsr, rf, from };
      const where = { entry: at, part: 'value' as const };
      if (minIsr > rf) ctx.report({ ...where, messageId: 'above-replication-factor', data: { ...data, suggested: Math.max(1, rf - 1) } });
      else if (minIsr === rf && rf > 1) ctx.report({ ...where, messageId: 'equals-replication-factor', data: { ...data, suggested: rf - 1 } });
      else if (minIsr === 1 && rf >= 3) ctx.report({ ...where, messageId: 'one-of-three', data });
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { topicsOf } from '../../src/deploy/load.js';
import { topicConfigNumber } from '../../src/deploy/topics.js';

export default defineRule({
  meta: {
    id: 'topic/min-insync-replicas',
    category: 'data-loss-risk',
    fileKinds: ['topics', 'strimzi'],
    description: "A topic's min.insync.replicas above its replication factor (error), equal to it (warning), or 1 with three or more replicas (warning).",
    rationale:
      'With acks=all a write succeeds only when min.insync.replicas replicas have it. Above the replication factor no acks=all write can ever succeed (NotEnoughReplicasException); equal to it, any one replica out of sync (a broker restart) blocks acks=all writes to the partition; at 1 with three replicas, an acknowledged write may exist on one disk only, so losing that broker loses it. Kafka\'s documentation recommends replication factor 3 with min.insync.replicas=2.',
    fix: 'With replication factor 3, set min.insync.replicas: 2.',
    references: [
      { title: 'Apache Kafka documentation: min.insync.replicas (topic configs)', url: 'https://kafka.apache.org/documentation/#topicconfigs_min.insync.replicas' },
      { title: 'Kafka 3.9.0 Partition.checkEnoughReplicasReachMin (NotEnoughReplicasException when the ISR is below min.insync.replicas)', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/main/scala/kafka/cluster/Partition.scala' },
    ],
    messages: {
      'above-replication-factor': {
        severity: 'error',
        text: "Topic '{{topic}}' sets min.insync.replicas={{minIsr}} with replication factor {{rf}}: producers with acks=all can never write to it (NotEnoughReplicas). Set min.insync.replicas to {{suggested}}.",
      },
      'equals-replication-factor': {
        severity: 'warning',
        text: "Topic '{{topic}}' sets min.insync.replicas={{minIsr}}, its replication factor: while any one replica is out of sync (a broker restart), acks=all writes to its partitions fail. Set min.insync.replicas to {{suggested}}.",
      },
      'one-of-three': {
        severity: 'warning',
        text: "Topic '{{topic}}' sets min.insync.replicas=1 with replication factor {{rf}}: an acks=all write can be acknowledged while only one broker has it, and is lost with that broker's disk. Set min.insync.replicas to 2.",
      },
    },
    examples: {
      bad: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: 2\n  config:\n    min.insync.replicas: 3\n' }],
      good: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: 3\n  config:\n    min.insync.replicas: 2\n' }],
    },
  },
  check(ctx) {
    for (const topic of topicsOf(ctx.cluster)) {
      const rf = topic.replicationFactor;
      const minIsr = topicConfigNumber(topic, 'min.insync.replicas');
      if (rf === undefined || !minIsr) continue;
      const at = { entry: minIsr.entry, part: 'value' as const };
      const data = { topic: topic.name, minIsr: minIsr.value, rf };
      if (minIsr.value > rf) ctx.report({ ...at, messageId: 'above-replication-factor', data: { ...data, suggested: Math.max(1, rf - 1) } });
      else if (minIsr.value === rf && rf > 1) ctx.report({ ...at, messageId: 'equals-replication-factor', data: { ...data, suggested: rf - 1 } });
      else if (minIsr.value === 1 && rf >= 3) ctx.report({ ...at, messageId: 'one-of-three', data });
    }
  },
});

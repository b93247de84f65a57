import { defineRule } from '../../src/engine/rule.js';
import { anchorOf, effectiveNumber, isBrokerRole } from '../../src/model/broker.js';

export default defineRule({
  meta: {
    id: 'broker/min-insync-replicas',
    severity: 'error',
    category: 'data-loss-risk',
    fileKinds: ['broker'],
    description: 'min.insync.replicas above the default replication factor (error), equal to it (warning), or left at 1 with 3 or more replicas (info).',
    rationale:
      'With acks=all a write succeeds only when min.insync.replicas replicas have it. Above the replication factor no write can ever succeed (NotEnoughReplicas); equal to it, one broker down blocks all writes to its partitions; at 1 with three replicas, an acknowledged write may exist on one disk only, so losing that broker loses it. Kafka\'s documentation of min.insync.replicas gives the typical setup: replication factor 3, min.insync.replicas 2, acks=all.',
    fix: 'With default.replication.factor=3, set min.insync.replicas=2.',
    references: [
      { title: 'Kafka 4.3 documentation, topic configs: min.insync.replicas (replication factor 3, min.insync.replicas 2, acks all)', url: 'https://kafka.apache.org/documentation/#topicconfigs_min.insync.replicas' },
      { title: 'Kafka 4.3.1 ServerLogConfigs / TopicConfig (min.insync.replicas default 1)', url: 'https://github.com/apache/kafka/blob/4.3.1/clients/src/main/java/org/apache/kafka/common/config/TopicConfig.java' },
    ],
    examples: {
      bad: [{ file: 'server.properties', text: 'broker.id=1\ndefault.replication.factor=2\nmin.insync.replicas=3\n' }],
      good: [{ file: 'server.properties', text: 'broker.id=1\ndefault.replication.factor=3\nmin.insync.replicas=2\n' }],
    },
  },
  check(ctx) {
    for (const broker of ctx.cluster.brokers.filter(isBrokerRole)) {
      const minIsr = effectiveNumber(broker, 'min.insync.replicas', ctx.kafkaVersion);
      const rf = effectiveNumber(broker, 'default.replication.factor', ctx.kafkaVersion);
      if (!minIsr || !rf || (!minIsr.entry && !rf.entry)) continue;
      const where = { ...anchorOf(broker, 'min.insync.replicas', 'default.replication.factor') };
      const rfText = `default.replication.factor (${rf.value}${rf.entry ? '' : ', the default'})`;
      if (minIsr.value > rf.value) {
        ctx.report({ ...where, message: `min.insync.replicas (${minIsr.value}) is above ${rfText}: producers with acks=all can never write to topics created with the default replication factor (NotEnoughReplicas). Set min.insync.replicas to ${Math.max(1, rf.value - 1)} or raise the replication factor.` });
      } else if (minIsr.value === rf.value && rf.value > 1) {
        ctx.report({ ...where, severity: 'warning', message: `min.insync.replicas equals ${rfText}: while any one replica's broker is down, acks=all writes to its partitions fail. Set min.insync.replicas=${rf.value - 1}.` });
      } else if (minIsr.value === 1 && rf.value >= 3) {
        ctx.report({ ...where, severity: 'info', message: `min.insync.replicas is 1${minIsr.entry ? '' : ' (the default)'} with ${rfText}: an acks=all write can be acknowledged while only one broker has it, and is lost if that broker's disk fails. Set min.insync.replicas=2.` });
      }
    }
  },
});

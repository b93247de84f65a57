import { defineRule } from '../../src/engine/rule.js';
import { anchorOf, isBrokerRole } from '../../src/model/broker.js';
import { knownNumber } from '../../src/model/settings.js';

export default defineRule({
  meta: {
    id: 'broker/min-insync-replicas',
    category: 'data-loss-risk',
    fileKinds: ['broker'],
    description: 'min.insync.replicas above the default replication factor (error), equal to it (warning), or left at 1 with 3 or more replicas (info).',
    rationale:
      'With acks=all a write succeeds only when min.insync.replicas replicas have it. Above the replication factor no write can ever succeed (NotEnoughReplicas); equal to it, one broker down blocks all writes to its partitions; at 1 with three replicas, an acknowledged write may exist on one disk only, so losing that broker loses it. Kafka\'s documentation recommends min.insync.replicas=2 with acks=all for topics of replication factor 3.',
    fix: 'With default.replication.factor=3, set min.insync.replicas=2.',
    references: [
      { title: 'Apache Kafka documentation: min.insync.replicas (topic configs), "use with acks=all"', url: 'https://kafka.apache.org/documentation/#topicconfigs_min.insync.replicas' },
      { title: 'Kafka 4.3.1 ServerLogConfigs / TopicConfig (min.insync.replicas default 1)', url: 'https://github.com/apache/kafka/blob/4.3.1/clients/src/main/java/org/apache/kafka/common/config/TopicConfig.java' },
    ],
    messages: {
      'above-replication-factor': {
        severity: 'error',
        text: 'min.insync.replicas ({{minIsr}}) is above default.replication.factor ({{rf}}{{rfDefault}}): producers with acks=all can never write to topics created with the default replication factor (NotEnoughReplicas). Set min.insync.replicas to {{suggested}} or raise the replication factor.',
      },
      'equals-replication-factor': {
        severity: 'warning',
        text: "min.insync.replicas equals default.replication.factor ({{rf}}{{rfDefault}}): while any one replica's broker is down, acks=all writes to its partitions fail. Set min.insync.replicas={{suggested}}.",
      },
      'one-of-three': {
        severity: 'info',
        text: "min.insync.replicas is 1{{minIsrDefault}} with default.replication.factor ({{rf}}{{rfDefault}}): an acks=all write can be acknowledged while only one broker has it, and is lost if that broker's disk fails. Set min.insync.replicas=2.",
      },
    },
    examples: {
      bad: [{ file: 'server.properties', text: 'broker.id=1\ndefault.replication.factor=2\nmin.insync.replicas=3\n' }],
      good: [{ file: 'server.properties', text: 'broker.id=1\ndefault.replication.factor=3\nmin.insync.replicas=2\n' }],
    },
  },
  check(ctx) {
    for (const broker of ctx.cluster.brokers.filter(isBrokerRole)) {
      const minIsr = knownNumber(ctx.setting(broker, 'min.insync.replicas'));
      const rf = knownNumber(ctx.setting(broker, 'default.replication.factor'));
      if (!minIsr || !rf || (!minIsr.entry && !rf.entry)) continue;
      const where = anchorOf(broker, 'min.insync.replicas', 'default.replication.factor');
      const data = { minIsr: minIsr.value, rf: rf.value, rfDefault: rf.entry ? '' : ', the default', minIsrDefault: minIsr.entry ? '' : ' (the default)' };
      if (minIsr.value > rf.value) {
        ctx.report({ ...where, messageId: 'above-replication-factor', data: { ...data, suggested: Math.max(1, rf.value - 1) } });
      } else if (minIsr.value === rf.value && rf.value > 1) {
        ctx.report({ ...where, messageId: 'equals-replication-factor', data: { ...data, suggested: rf.value - 1 } });
      } else if (minIsr.value === 1 && rf.value >= 3) {
        ctx.report({ ...where, messageId: 'one-of-three', data });
      }
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { anchorOf, effectiveSetting, isBrokerRole } from '../../src/model/broker.js';

export default defineRule({
  meta: {
    id: 'broker/auto-create-topics',
    severity: 'info',
    category: 'advice',
    fileKinds: ['broker'],
    description: 'auto.create.topics.enable is not false, so any client can create topics by naming them.',
    rationale:
      'With automatic creation a producer (or, with older clients, a consumer) that names a topic that does not exist creates it with the broker defaults: a typo gives a new topic with num.partitions and default.replication.factor (1 unless set) instead of an error. Kafka: The Definitive Guide (2nd ed., ch. 2) advises turning it off where topics are created explicitly, by hand or by a provisioning system.',
    fix: 'Set auto.create.topics.enable=false and create topics explicitly (kafka-topics.sh, Terraform, an operator).',
    references: [
      { title: 'Kafka: The Definitive Guide, 2nd ed. (O\'Reilly, 2021), ch. 2 Installing Kafka, General Broker Parameters: auto.create.topics.enable' },
      { title: 'Kafka 4.3.1 ServerLogConfigs (auto.create.topics.enable default true)', url: 'https://github.com/apache/kafka/blob/4.3.1/server-common/src/main/java/org/apache/kafka/server/config/ServerLogConfigs.java' },
    ],
    examples: {
      bad: [{ file: 'server.properties', text: 'broker.id=1\nauto.create.topics.enable=true\n' }],
      good: [{ file: 'server.properties', text: 'broker.id=1\nauto.create.topics.enable=false\n' }],
    },
  },
  check(ctx) {
    for (const broker of ctx.cluster.brokers.filter(isBrokerRole)) {
      const setting = effectiveSetting(broker, 'auto.create.topics.enable', ctx.kafkaVersion);
      if (!setting || setting.value !== true) continue;
      ctx.report({
        ...anchorOf(broker, 'auto.create.topics.enable'),
        ...(setting.entry ? { part: 'value' as const } : {}),
        message: `auto.create.topics.enable is true${setting.entry ? '' : ' (the default)'}: a typo in a client's topic name creates a new topic with default partitions and replication instead of failing. Set auto.create.topics.enable=false and create topics explicitly.`,
      });
    }
  },
});

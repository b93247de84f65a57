import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import { strimziForbiddenPrefix } from '../../src/deploy/strimzi.js';

export default defineRule({
  meta: {
    id: 'strimzi/forbidden-key',
    category: 'misread',
    fileKinds: ['strimzi'],
    description: 'spec.kafka.config sets a key the Strimzi operator manages itself, so the value is ignored.',
    rationale:
      'Strimzi writes listeners, security, log directories, node ids, roles, the controller quorum and ZooKeeper connection itself. Keys with those prefixes in spec.kafka.config (listeners, advertised., broker., listener., sasl., ssl., security., log.dir, zookeeper.connect, authorizer., super.user, node.id, process.roles, controller., ...) are dropped with only a warning in the operator log ("Configuration option ... is forbidden and will be ignored"), so the setting written never takes effect. A few keys are allowed (ssl.protocol, ssl.cipher.suites, zookeeper.connection.timeout.ms, controller.quorum.election.timeout.ms, ...).',
    fix: 'Configure it through the resource instead: spec.kafka.listeners for listeners and TLS, spec.kafka.authorization for authorizers and super users, spec.kafka.storage (or node pools) for log directories, spec.kafka.rack for broker.rack.',
    references: [
      { title: 'Strimzi 0.45 KafkaClusterSpec.FORBIDDEN_PREFIXES and FORBIDDEN_PREFIX_EXCEPTIONS', url: 'https://github.com/strimzi/strimzi-kafka-operator/blob/0.45.0/api/src/main/java/io/strimzi/api/kafka/model/kafka/KafkaClusterSpec.java' },
      { title: 'Strimzi 0.45 cluster-operator AbstractConfiguration ("Configuration option ... is forbidden and will be ignored")', url: 'https://github.com/strimzi/strimzi-kafka-operator/blob/0.45.0/cluster-operator/src/main/java/io/strimzi/operator/cluster/model/AbstractConfiguration.java' },
    ],
    messages: {
      forbidden: {
        severity: 'warning',
        text: "Strimzi manages '{{key}}' itself (prefix '{{prefix}}'), so the operator ignores this value in spec.kafka.config of Kafka '{{name}}'. Set it through the resource (listeners, authorization, storage or rack) instead.",
      },
    },
    examples: {
      bad: [{ file: 'kafka.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: my-cluster\nspec:\n  kafka:\n    config:\n      log.dirs: /var/lib/kafka\n      min.insync.replicas: 2\n' }],
      good: [{ file: 'kafka.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: my-cluster\nspec:\n  kafka:\n    config:\n      ssl.protocol: TLSv1.3\n      min.insync.replicas: 2\n' }],
    },
  },
  check(ctx) {
    for (const file of deploymentsOf(ctx.cluster, 'strimzi')) {
      for (const r of file.resources) {
        for (const entry of r.config) {
          const prefix = strimziForbiddenPrefix(entry.key);
          if (prefix !== undefined) ctx.report({ entry, messageId: 'forbidden', data: { key: entry.key, prefix, name: r.name } });
        }
      }
    }
  },
});

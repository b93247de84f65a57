import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import { usesNodePools } from '../../src/deploy/strimzi.js';

export default defineRule({
  meta: {
    id: 'strimzi/ignored-storage',
    category: 'misread',
    fileKinds: ['strimzi'],
    description: 'Strimzi ignores storage written in the Kafka resource when node pools are used, or more than one JBOD volume is marked for the KRaft metadata log.',
    rationale:
      'When a Kafka cluster runs from KafkaNodePool resources (the strimzi.io/node-pools annotation, KRaft, the v1 API, Kafka 4), the operator ignores spec.kafka.storage and spec.kafka.replicas and only warns in the resource status (UnusedStorageConfiguration, UnusedReplicasConfiguration): the brokers get the storage and replicas of their node pools, which may be ephemeral or smaller than what the Kafka resource shows. Only one JBOD volume can hold the KRaft metadata log (`kraftMetadata: shared`); with several marked, a new pool uses the first, and an existing pool\'s storage change is refused as a whole ("all storage changes will be ignored").',
    fix: 'Remove spec.kafka.storage and spec.kafka.replicas and set them in the node pools; mark exactly one JBOD volume with kraftMetadata: shared.',
    references: [
      { title: 'Strimzi 0.45 cluster-operator KRaftUtils.nodePoolWarnings (UnusedStorageConfiguration, UnusedReplicasConfiguration)', url: 'https://github.com/strimzi/strimzi-kafka-operator/blob/0.45.0/cluster-operator/src/main/java/io/strimzi/operator/cluster/model/KRaftUtils.java' },
      { title: 'Strimzi 1.2 API KafkaClusterSpec: "Storage is now configured in the KafkaNodePool resources and this option is ignored."', url: 'https://github.com/strimzi/strimzi-kafka-operator/blob/main/api/src/main/java/io/strimzi/api/kafka/model/kafka/KafkaClusterSpec.java' },
      { title: 'Strimzi cluster-operator StorageDiff (too many KRaft metadata volumes) and KafkaPool ("only one volume can be marked to store the KRaft metadata log")', url: 'https://github.com/strimzi/strimzi-kafka-operator/blob/main/cluster-operator/src/main/java/io/strimzi/operator/cluster/model/KafkaPool.java' },
    ],
    messages: {
      'kafka-storage': {
        severity: 'warning',
        text: "Kafka '{{name}}' runs its brokers from node pools, so the operator ignores this spec.kafka.storage: the brokers get the storage of their KafkaNodePool resources. Remove it here and set the storage in the node pools.",
      },
      'kafka-replicas': {
        severity: 'info',
        text: "Kafka '{{name}}' runs its brokers from node pools, so the operator ignores this spec.kafka.replicas: the node pools' replicas decide how many brokers run. Remove it here.",
      },
      'kraft-metadata-volumes': {
        severity: 'warning',
        text: "{{count}} JBOD volumes of {{owner}} '{{name}}' are marked kraftMetadata: shared (volumes {{ids}}); only one can hold the KRaft metadata log: a new pool uses the first, and the operator refuses every storage change of an existing one. Mark one volume.",
      },
    },
    examples: {
      bad: [{ file: 'kafka.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: my-cluster\n  annotations:\n    strimzi.io/node-pools: enabled\n    strimzi.io/kraft: enabled\nspec:\n  kafka:\n    storage:\n      type: persistent-claim\n      size: 100Gi\n' }],
      good: [{ file: 'kafka.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: my-cluster\n  annotations:\n    strimzi.io/node-pools: enabled\n    strimzi.io/kraft: enabled\nspec:\n  kafka:\n    listeners:\n      - name: plain\n        port: 9092\n        type: internal\n        tls: false\n' }],
    },
  },
  check(ctx) {
    for (const file of deploymentsOf(ctx.cluster, 'strimzi')) {
      for (const r of file.resources) {
        if (usesNodePools(r)) {
          if (r.storageKey) ctx.report({ entry: r.storageKey, messageId: 'kafka-storage', data: { name: r.name } });
          if (r.replicasKey) ctx.report({ entry: r.replicasKey, messageId: 'kafka-replicas', data: { name: r.name } });
        }
        const marked = r.storage.filter((s) => s.kraftMetadata?.value === 'shared');
        const second = marked[1]?.kraftMetadata;
        if (second) {
          ctx.report({ entry: second, part: 'value', messageId: 'kraft-metadata-volumes', data: { count: marked.length, owner: r.kind === 'Kafka' ? 'Kafka' : 'node pool', name: r.name, ids: marked.map((s) => s.id ?? '?').join(', ') } });
        }
      }
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import { usesNodePools } from '../../src/deploy/strimzi.js';

export default defineRule({
  meta: {
    id: 'strimzi/delete-claim',
    category: 'data-loss-risk',
    fileKinds: ['strimzi'],
    description: 'Persistent Strimzi storage sets deleteClaim: true, so deleting the resource deletes the volumes and their data.',
    rationale:
      'With `deleteClaim: true` the operator deletes the PersistentVolumeClaims when the cluster is un-deployed (and a node pool\'s when the pool is deleted or scaled down); with the usual Delete reclaim policy the volumes and every partition on them go too. A `kubectl delete kafka` by mistake, or a GitOps tool that removes and re-creates the resource, then loses all data. The default is false.',
    fix: 'Set `deleteClaim: false` (or remove the line) on persistent-claim storage; delete the claims by hand when the data may really go.',
    references: [
      { title: 'Strimzi 0.45 API PersistentClaimStorage.deleteClaim ("Specifies if the persistent volume claim has to be deleted when the cluster is un-deployed.")', url: 'https://github.com/strimzi/strimzi-kafka-operator/blob/0.45.0/api/src/main/java/io/strimzi/api/kafka/model/kafka/PersistentClaimStorage.java' },
      { title: 'Strimzi documentation: persistent storage (deleteClaim)', url: 'https://strimzi.io/docs/operators/latest/deploying.html#ref-persistent-storage-str' },
    ],
    messages: {
      kafka: {
        severity: 'warning',
        text: "The storage of Kafka '{{name}}' sets deleteClaim: true: deleting the Kafka resource deletes its PersistentVolumeClaims and, with them, the data. Set deleteClaim: false unless that data may be lost.",
      },
      'node-pool': {
        severity: 'warning',
        text: "The storage of node pool '{{name}}' sets deleteClaim: true: deleting the node pool (or scaling it down) deletes its PersistentVolumeClaims and, with them, the data. Set deleteClaim: false unless that data may be lost.",
      },
      zookeeper: {
        severity: 'warning',
        text: "The ZooKeeper storage of Kafka '{{name}}' sets deleteClaim: true: deleting the Kafka resource deletes ZooKeeper's PersistentVolumeClaims and the cluster metadata on them. Set deleteClaim: false unless that data may be lost.",
      },
    },
    examples: {
      bad: [{ file: 'pool.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaNodePool\nmetadata:\n  name: brokers\n  labels:\n    strimzi.io/cluster: my-cluster\nspec:\n  replicas: 3\n  roles: [broker]\n  storage:\n    type: persistent-claim\n    size: 100Gi\n    deleteClaim: true\n' }],
      good: [{ file: 'pool.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaNodePool\nmetadata:\n  name: brokers\n  labels:\n    strimzi.io/cluster: my-cluster\nspec:\n  replicas: 3\n  roles: [broker]\n  storage:\n    type: persistent-claim\n    size: 100Gi\n    deleteClaim: false\n' }],
    },
  },
  check(ctx) {
    for (const file of deploymentsOf(ctx.cluster, 'strimzi')) {
      for (const r of file.resources) {
        // The storage of a Kafka resource whose brokers run from node pools is not used (strimzi/ignored-storage).
        const storage = r.kind === 'Kafka' && usesNodePools(r) ? [] : r.storage;
        for (const s of storage) {
          if (s.deleteClaim?.value === 'true') ctx.report({ entry: s.deleteClaim, part: 'value', messageId: r.kind === 'Kafka' ? 'kafka' : 'node-pool', data: { name: r.name } });
        }
        for (const s of r.zookeeperStorage) {
          if (s.deleteClaim?.value === 'true') ctx.report({ entry: s.deleteClaim, part: 'value', messageId: 'zookeeper', data: { name: r.name } });
        }
      }
    }
  },
});

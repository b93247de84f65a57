import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import { usesNodePools } from '../../src/deploy/strimzi.js';

export default defineRule({
  meta: {
    id: 'strimzi/ephemeral-storage',
    category: 'data-loss-risk',
    fileKinds: ['strimzi'],
    description: 'A Strimzi Kafka, node pool or ZooKeeper stores its data on ephemeral storage (an emptyDir).',
    rationale:
      'Ephemeral storage is a Kubernetes emptyDir: it is deleted with the pod. Every rolling update, node drain or eviction restarts a broker with empty log directories, so it must copy all its partitions again, and a controller or ZooKeeper pod loses its copy of the metadata; if several pods go at once, data is lost for good. Strimzi documents ephemeral storage as suitable only for development and testing. The storage of a Kafka resource whose brokers run from node pools is ignored, and strimzi/ignored-storage reports it.',
    fix: 'Use persistent storage: `storage: { type: persistent-claim, size: 100Gi, deleteClaim: false }` (or jbod with persistent-claim volumes).',
    references: [
      { title: 'Strimzi documentation: ephemeral storage', url: 'https://strimzi.io/docs/operators/latest/deploying.html#ref-ephemeral-storage-str' },
    ],
    messages: {
      kafka: {
        severity: 'warning',
        text: "Kafka '{{name}}' stores its data on ephemeral storage, an emptyDir deleted with the pod: every restart or rolling update starts it empty, and losing several pods at once loses data. Use type: persistent-claim.",
      },
      'node-pool': {
        severity: 'warning',
        text: "The node pool '{{name}}' ({{roles}}) stores its data on ephemeral storage, an emptyDir deleted with the pod: every restart or rolling update starts it empty, and losing several pods at once loses data. Use type: persistent-claim.",
      },
      zookeeper: {
        severity: 'warning',
        text: "The ZooKeeper of Kafka '{{name}}' stores its data on ephemeral storage, an emptyDir deleted with the pod: losing a majority of pods at once loses the cluster metadata. Use type: persistent-claim.",
      },
    },
    examples: {
      bad: [{ file: 'kafka.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: my-cluster\nspec:\n  kafka:\n    replicas: 3\n    listeners:\n      - name: plain\n        port: 9092\n        type: internal\n        tls: false\n    storage:\n      type: ephemeral\n' }],
      good: [{ file: 'kafka.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: my-cluster\nspec:\n  kafka:\n    replicas: 3\n    listeners:\n      - name: plain\n        port: 9092\n        type: internal\n        tls: false\n    storage:\n      type: persistent-claim\n      size: 100Gi\n' }],
    },
  },
  check(ctx) {
    for (const file of deploymentsOf(ctx.cluster, 'strimzi')) {
      for (const r of file.resources) {
        const ignored = usesNodePools(r);
        for (const s of r.storage.filter((x) => x.type === 'ephemeral')) {
          if (r.kind === 'KafkaNodePool') ctx.report({ entry: s.entry, part: 'value', messageId: 'node-pool', data: { name: r.name, roles: r.roles.join(', ') || 'no roles' } });
          else if (!ignored) ctx.report({ entry: s.entry, part: 'value', messageId: 'kafka', data: { name: r.name } });
        }
        for (const s of r.zookeeperStorage.filter((x) => x.type === 'ephemeral')) {
          ctx.report({ entry: s.entry, part: 'value', messageId: 'zookeeper', data: { name: r.name } });
        }
      }
    }
  },
});

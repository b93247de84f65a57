import { defineRule } from '../../src/engine/rule.js';
import { anchorOf, brokerClusters } from '../../src/model/broker.js';
import type { BrokerConfig } from '../../src/model/types.js';

export default defineRule({
  meta: {
    id: 'cluster/duplicate-broker-id',
    severity: 'error',
    category: 'outage-risk',
    fileKinds: ['broker'],
    description: 'Two nodes of one cluster use the same broker.id or node.id.',
    rationale:
      'The id is how the cluster tells nodes apart. In ZooKeeper mode the second broker with an id fails to register (NodeExistsException) and shuts down; in KRaft the controllers fence one of the two, and replicas assigned to that id follow whichever node registered last.',
    fix: 'Give every broker and controller its own id (broker.id in ZooKeeper mode, node.id in KRaft), and keep it stable across restarts.',
    references: [
      { title: 'Kafka 3.9.0 KafkaZkClient.registerBroker', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/main/scala/kafka/zk/KafkaZkClient.scala' },
    ],
    examples: {
      bad: [{
        file: 'kafka1/server.properties',
        text: 'broker.id=1\nzookeeper.connect=zk1:2181\n',
        cluster: [{ file: 'kafka2/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181\n' }],
      }],
      good: [{
        file: 'kafka1/server.properties',
        text: 'broker.id=1\nzookeeper.connect=zk1:2181\n',
        cluster: [{ file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181\n' }],
      }],
    },
  },
  check(ctx) {
    // Brokers of different ZooKeeper ensembles are different clusters and may reuse ids.
    for (const nodes of brokerClusters(ctx.cluster.brokers)) {
      const byId = new Map<number, BrokerConfig[]>();
      for (const b of nodes) {
        // -1 asks ZooKeeper mode to generate an id: not a fixed id that can collide.
        if (b.nodeId === undefined || b.nodeId < 0) continue;
        byId.set(b.nodeId, [...(byId.get(b.nodeId) ?? []), b]);
      }
      for (const [id, same] of byId) {
        const [first, ...rest] = same;
        if (!first) continue;
        const where = anchorOf(first, 'node.id', 'broker.id');
        const firstAt = 'entry' in where && where.entry.keySpan ? `${first.file}:${where.entry.keySpan.line}` : first.file;
        for (const b of rest) {
          const anchor = anchorOf(b, 'node.id', 'broker.id');
          const key = 'entry' in anchor ? anchor.entry.key : 'node.id';
          ctx.report({
            ...anchor,
            message: `${key} ${id} is already used by ${firstAt}; two nodes with one id cannot both join the cluster. Give this node an id no other node uses.`,
          });
        }
      }
    }
  },
});

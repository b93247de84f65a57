import { defineRule } from '../../src/engine/rule.js';
import { addTo } from '../../src/core/maps.js';
import { anchorOf, brokerClusters } from '../../src/model/broker.js';
import type { BrokerConfig } from '../../src/model/types.js';

export default defineRule({
  meta: {
    id: 'cluster/duplicate-broker-id',
    category: 'outage-risk',
    fileKinds: ['broker'],
    description: 'Two nodes of one cluster use the same broker.id or node.id.',
    rationale:
      'The id is how the cluster tells nodes apart. In ZooKeeper mode the broker id is an ephemeral znode: the second broker with an id fails to register (NodeExistsException) and shuts down. In KRaft the controller refuses a second registration of an id while the first one\'s session is live (DuplicateBrokerRegistrationException), so one of the two never joins, and two controllers with one id cannot both be voters.',
    fix: 'Give every broker and controller its own id (broker.id in ZooKeeper mode, node.id in KRaft), and keep it stable across restarts.',
    references: [
      { title: 'Kafka 3.9.0 KafkaZkClient.registerBroker (an ephemeral znode: NodeExistsException for a taken id)', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/main/scala/kafka/zk/KafkaZkClient.scala' },
      { title: 'Kafka 3.9.0 ClusterControlManager.registerBroker (DuplicateBrokerRegistrationException while the id\'s registration is live)', url: 'https://github.com/apache/kafka/blob/3.9.0/metadata/src/main/java/org/apache/kafka/controller/ClusterControlManager.java' },
    ],
    messages: {
      'duplicate-id': {
        severity: 'error',
        text: 'Id {{id}} is already used by {{first}}; two nodes with one id cannot both join the cluster. Give this node an id no other node uses (broker.id in ZooKeeper mode, node.id in KRaft).',
      },
    },
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
        addTo(byId, b.nodeId, b);
      }
      for (const [id, same] of byId) {
        const [first, ...rest] = same;
        if (!first) continue;
        const where = anchorOf(first, 'node.id', 'broker.id');
        const firstAt = 'entry' in where && where.entry.keySpan ? `${first.file}:${where.entry.keySpan.line}` : first.file;
        for (const b of rest) {
          ctx.report({ ...anchorOf(b, 'node.id', 'broker.id'), messageId: 'duplicate-id', data: { id, first: firstAt } });
        }
      }
    }
  },
});

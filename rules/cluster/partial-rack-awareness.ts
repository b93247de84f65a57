import { defineRule } from '../../src/engine/rule.js';
import { anchorOf, brokerClusters, hasUnresolvedTemplate, isBrokerRole } from '../../src/model/broker.js';
import { fileList } from '../../src/model/kraft.js';

export default defineRule({
  meta: {
    id: 'cluster/partial-rack-awareness',
    severity: 'error',
    category: 'outage-risk',
    fileKinds: ['broker'],
    description: 'Some brokers of a cluster set broker.rack and others do not.',
    rationale:
      'Rack-aware replica assignment needs a rack for every broker. When only some brokers have one, ZooKeeper-mode topic creation (3.9 AdminZkClient) and kafka-reassign-partitions (3.9 to 4.3) refuse rack-aware placement with "Not all brokers have rack information", and KRaft placement treats the brokers without a rack as one more rack, so replicas can share a failure domain.',
    fix: 'Set broker.rack on every broker (the availability zone or rack it runs in), or on none.',
    references: [
      { title: 'Kafka 4.3 documentation, 6.1 Basic Kafka Operations: Balancing replicas across racks (broker.rack)', url: 'https://kafka.apache.org/documentation/#basic_ops_racks' },
      { title: 'Kafka 3.9.0 core/src/main/scala/kafka/zk/AdminZkClient.scala (rack-aware topic creation)', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/main/scala/kafka/zk/AdminZkClient.scala' },
      { title: 'Kafka 4.3.1 tools/src/main/java/org/apache/kafka/tools/reassign/ReassignPartitionsCommand.java', url: 'https://github.com/apache/kafka/blob/4.3.1/tools/src/main/java/org/apache/kafka/tools/reassign/ReassignPartitionsCommand.java' },
    ],
    examples: {
      bad: [{
        file: 'kafka1/server.properties',
        text: 'broker.id=1\nzookeeper.connect=zk1:2181\nbroker.rack=az1\n',
        cluster: [{ file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181\n' }],
      }],
      good: [{
        file: 'kafka1/server.properties',
        text: 'broker.id=1\nzookeeper.connect=zk1:2181\nbroker.rack=az1\n',
        cluster: [{ file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181\nbroker.rack=az2\n' }],
      }],
    },
  },
  check(ctx) {
    for (const brokers of brokerClusters(ctx.cluster.brokers.filter(isBrokerRole))) {
      const rackOf = (b: (typeof brokers)[number]) => b.settings.get('broker.rack')?.value.trim() ?? '';
      if (brokers.some((b) => hasUnresolvedTemplate(b.settings.get('broker.rack')?.value ?? ''))) continue;
      const withRack = brokers.filter((b) => rackOf(b) !== '');
      if (withRack.length === 0 || withRack.length === brokers.length) continue;
      for (const b of brokers.filter((x) => rackOf(x) === '')) {
        ctx.report({
          ...anchorOf(b, 'broker.rack', 'node.id', 'broker.id'),
          message: `This broker has no broker.rack, but ${fileList(withRack)} ${withRack.length > 1 ? 'have' : 'has'} one; rack-aware assignment fails or puts replicas in one failure domain while some brokers lack a rack. Set broker.rack here too, to the rack or zone this broker runs in.`,
        });
      }
    }
  },
});

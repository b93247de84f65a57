import { defineRule } from '../../src/engine/rule.js';
import { anchorOf, isBrokerRole } from '../../src/model/broker.js';
import { machineKey, ownServer } from '../../src/model/zookeeper.js';

export default defineRule({
  meta: {
    id: 'cluster/colocated-zookeeper',
    severity: 'warning',
    category: 'outage-risk',
    fileKinds: ['broker', 'zookeeper'],
    description: 'A Kafka broker runs on a host of the ZooKeeper ensemble.',
    rationale:
      'ZooKeeper is latency-sensitive: a broker\'s disk and network load on the same machine delays ZooKeeper\'s transaction log writes and heartbeats, sessions expire, and the whole cluster loses its controller. A host failure then takes down a broker and an ensemble member at once. ZooKeeper\'s Administrator\'s Guide gives the transaction log a dedicated device, and Kafka: The Definitive Guide (2nd ed., ch. 2) advises against running Kafka beside any other significant application.',
    fix: 'Run the ZooKeeper ensemble on its own hosts (3 or 5 small machines with a dedicated disk for dataLogDir).',
    references: [
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: Things to Avoid (a dedicated device for the transaction log)', url: 'https://zookeeper.apache.org/doc/r3.8.0/zookeeperAdmin.html#sc_commonProblems' },
      { title: 'Kafka: The Definitive Guide, 2nd ed. (O\'Reilly, 2021), ch. 2 Installing Kafka, Memory: Kafka is not colocated with other significant applications' },
    ],
    examples: {
      bad: [{
        file: 'kafka1/server.properties',
        text: 'broker.id=1\nzookeeper.connect=node1:2181,node2:2181,node3:2181\nlisteners=PLAINTEXT://node1:9092\n',
        cluster: [{ file: 'zk1/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=node1:2888:3888\nserver.2=node2:2888:3888\nserver.3=node3:2888:3888\n' }],
      }],
      good: [{
        file: 'kafka1/server.properties',
        text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181\nlisteners=PLAINTEXT://kafka1:9092\n',
        cluster: [{ file: 'zk1/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' }],
      }],
    },
  },
  check(ctx) {
    const zkHosts = new Map<string, string>();
    for (const zk of ctx.cluster.zookeeper) {
      for (const server of zk.servers) {
        const key = machineKey(server.host);
        if (key !== undefined && key !== 'localhost' && !server.error) zkHosts.set(key, zk.file);
      }
      const own = zk.host ?? ownServer(zk)?.host;
      const key = own === undefined ? undefined : machineKey(own);
      if (key !== undefined && key !== 'localhost') zkHosts.set(key, zk.file);
    }
    if (zkHosts.size < 2) return; // a single ZooKeeper is a small setup: zookeeper/no-fault-tolerance speaks to it
    for (const broker of ctx.cluster.brokers.filter(isBrokerRole)) {
      const key = broker.host === undefined ? undefined : machineKey(broker.host);
      const zkFile = key === undefined ? undefined : zkHosts.get(key);
      if (zkFile === undefined) continue;
      ctx.report({
        ...anchorOf(broker, 'advertised.listeners', 'listeners'),
        message: `This broker runs on ${broker.host}, which is also a ZooKeeper server (${zkFile}): broker disk and network load delays ZooKeeper, sessions expire, and one host failure takes down a broker and an ensemble member together. Move ZooKeeper to its own hosts.`,
      });
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { anchorOf } from '../../src/model/broker.js';
import { votingServerIds } from '../../src/model/zookeeper.js';

export default defineRule({
  meta: {
    id: 'zookeeper/no-fault-tolerance',
    severity: 'warning',
    category: 'outage-risk',
    fileKinds: ['zookeeper'],
    description: 'A standalone ZooKeeper, or an ensemble of one or two voting servers: losing any one server stops it.',
    rationale:
      'ZooKeeper needs a strict majority of its voting servers. With one server (standalone, or a single server.N line, which ZooKeeper runs standalone) or two (a majority of two is two), any single failure, restart or upgrade stops ZooKeeper, and with it every Kafka broker that depends on it. ZooKeeper 3.8 only logs "No server failure will be tolerated. You need at least 3 servers." The Administrator\'s Guide runs standalone ZooKeeper for evaluation, development and testing only, and replicated ZooKeeper in production.',
    fix: 'Run three (or five) voting servers: list all of them as server.N=host:2888:3888 lines in every member\'s zoo.cfg, with a myid file in each dataDir, and list all of them in the brokers\' zookeeper.connect. A single server is fine for a laptop, not for anything that must stay up.',
    references: [
      { title: 'ZooKeeper 3.8.0 QuorumPeerConfig.parseDynamicConfig ("No server failure will be tolerated")', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: Clustered (Multi-Server) Setup', url: 'https://zookeeper.apache.org/doc/r3.8.0/zookeeperAdmin.html#sc_zkMulitServerSetup' },
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: Running Replicated ZooKeeper (standalone is for evaluation, development and testing)', url: 'https://zookeeper.apache.org/doc/r3.8.0/zookeeperStarted.html#sc_RunningReplicatedZooKeeper' },
    ],
    examples: {
      bad: [
        { file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n' },
        { file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\n' },
      ],
      good: [{ file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' }],
    },
  },
  check(ctx) {
    const brokers = ctx.cluster.brokers.length;
    const behind = brokers > 0 ? `, and the ${brokers} broker${brokers === 1 ? '' : 's'} of this cluster with it` : '';
    for (const zk of ctx.cluster.zookeeper) {
      if (zk.effective.dynamicConfigFile !== undefined) continue;
      const voters = votingServerIds(zk);
      const participants = zk.servers.filter((s) => s.role === 'participant' && s.id !== undefined);
      if (zk.servers.length === 0) {
        ctx.report({
          ...anchorOf(zk, 'dataDir', 'clientPort'),
          message: `This ZooKeeper runs standalone (no server.N lines): if it stops, ZooKeeper is down${behind}. For anything that must stay up, run 3 servers and list them as server.1..server.3=host:2888:3888 in each one's zoo.cfg.`,
        });
      } else if (voters.length === 1) {
        ctx.report({
          entry: (participants[0] ?? zk.servers[0])!.entry,
          message: `Only one voting server (server.${voters[0]}): ZooKeeper runs it ${zk.effective.standaloneEnabled ? 'standalone' : 'as a one-member ensemble'}, so if it stops, ZooKeeper is down${behind}. Add two more server.N lines (3 voting servers survive one failure).`,
        });
      } else if (voters.length === 2) {
        ctx.report({
          entry: participants[0]!.entry,
          message: `Only two voting servers (server.${voters[0]}, server.${voters[1]}): a majority of two is two, so losing either one stops ZooKeeper${behind}; two servers fail more often than one. Add a third server.N line (3 voting servers survive one failure).`,
        });
      }
    }
  },
});

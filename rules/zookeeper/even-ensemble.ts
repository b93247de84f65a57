import { defineRule } from '../../src/engine/rule.js';
import { votingServerIds } from '../../src/model/zookeeper.js';

export default defineRule({
  meta: {
    id: 'zookeeper/even-ensemble',
    severity: 'warning',
    category: 'advice',
    fileKinds: ['zookeeper'],
    description: 'An ensemble with an even number of voting servers (4, 6, ...), which tolerates no more failures than one server fewer.',
    rationale:
      'ZooKeeper serves while a strict majority of its voting servers is up: n voters survive floor((n-1)/2) failures. 4 servers survive 1 failure, exactly like 3, and 6 survive 2, like 5; the extra server only adds one more vote to every write. ZooKeeper 3.8 itself only logs "Non-optimal configuration, consider an odd number of servers." Observers (server.N=...:observer) do not vote and do not count. Two voting servers are reported by zookeeper/no-fault-tolerance.',
    fix: 'Run an odd number of voting servers (3 or 5), or turn the extra server into an observer by appending :observer to its server.N line on every member (and peerType=observer in its own zoo.cfg).',
    references: [
      { title: 'ZooKeeper 3.8.0 QuorumPeerConfig.parseDynamicConfig ("Non-optimal configuration")', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: Clustered (Multi-Server) Setup', url: 'https://zookeeper.apache.org/doc/r3.8.0/zookeeperAdmin.html#sc_zkMulitServerSetup' },
    ],
    examples: {
      bad: [{ file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\nserver.4=zk4:2888:3888\n' }],
      good: [
        { file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\nserver.4=zk4:2888:3888:observer\n' },
      ],
    },
  },
  check(ctx) {
    for (const zk of ctx.cluster.zookeeper) {
      // Hierarchical quorums (group.N, weight.N lines) count votes per group, not per server.
      if (zk.groups.length > 0 || zk.weights.length > 0 || zk.effective.dynamicConfigFile !== undefined) continue;
      const voters = votingServerIds(zk);
      const n = voters.length;
      if (n < 4 || n % 2 !== 0) continue;
      const tolerated = Math.floor((n - 1) / 2);
      const first = zk.servers.find((s) => s.role === 'participant' && s.id !== undefined);
      const observers = zk.servers.some((s) => s.role === 'observer') ? ' (observers not counted)' : '';
      ctx.report({
        ...(first ? { entry: first.entry } : { file: zk.file }),
        message: `${n} voting servers${observers}: a majority is ${n / 2 + 1}, so the ensemble survives ${tolerated} failure${tolerated === 1 ? '' : 's'}, the same as ${n - 1} servers would; the extra server only adds a vote to every write. Run ${n - 1} or ${n + 1} voting servers, or make one an observer (append :observer to its server line).`,
      });
    }
  },
});

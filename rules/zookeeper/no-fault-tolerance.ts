import { defineRule } from '../../src/engine/rule.js';
import { anchorOf, isBrokerRole } from '../../src/model/broker.js';
import { knownValue } from '../../src/model/settings.js';
import { votingServerIds } from '../../src/model/zookeeper.js';
import type { BrokerCountFact } from '../../src/engine/facts.js';

/**
 * The brokers that go down with ZooKeeper, as a clause: the resolved count when it is known,
 * else the ZooKeeper-mode brokers in view as "at least".
 */
function behind(inView: number, count: BrokerCountFact, oneServer: boolean): string {
  if (inView === 0) return '';
  const fallBack = oneServer ? ', and zookeeper.connect has no other server to fall back on' : '';
  if (count.known && count.value !== undefined && count.value >= inView) {
    return count.value === 1
      ? `, and with it the broker of this cluster: it loses its ZooKeeper session${fallBack}`
      : `, and with it the ${count.value} brokers of this cluster: they lose their ZooKeeper sessions together${fallBack}`;
  }
  return `, and with it the brokers of this cluster (${inView} in view, perhaps more): they lose their ZooKeeper sessions together${fallBack}`;
}

export default defineRule({
  meta: {
    id: 'zookeeper/no-fault-tolerance',
    category: 'outage-risk',
    fileKinds: ['zookeeper'],
    description: 'A standalone ZooKeeper, or an ensemble of one or two voting servers: losing any one server stops it, and every ZooKeeper-mode broker that depends on it.',
    rationale:
      'ZooKeeper needs a strict majority of its voting servers. With one server (standalone, or a single server.N line, which ZooKeeper runs standalone) or two (a majority of two is two), any single failure, restart or upgrade stops ZooKeeper, and with it every Kafka broker that depends on it. ZooKeeper 3.8 only logs "No server failure will be tolerated. You need at least 3 servers." A broker cluster on a one-server ensemble has nothing to fall back on: its brokers\' zookeeper.connect can only name that one server, and when it stops every broker loses its ZooKeeper session together (this rule owns that case; broker/partial-zookeeper-connect judges brokers that leave out members of a larger ensemble). The broker count is the resolved one: known from a compose file, Strimzi or --brokers, else the broker files in view, "perhaps more".',
    fix: 'Run three (or five) voting servers: list all of them as server.N=host:2888:3888 lines in every member\'s zoo.cfg, with a myid file in each dataDir, and list all of them in the brokers\' zookeeper.connect. A single server is fine for a laptop, not for anything that must stay up.',
    references: [
      { title: 'ZooKeeper 3.8.4 QuorumPeerConfig.parseDynamicConfig ("No server failure will be tolerated")', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: Clustered (Multi-Server) Setup', url: 'https://zookeeper.apache.org/doc/r3.8.4/zookeeperAdmin.html#sc_zkMulitServerSetup' },
      { title: 'ZooKeeper 3.8 Getting Started: Running Replicated ZooKeeper (standalone mode is for evaluation, development and testing; production runs replicated)', url: 'https://zookeeper.apache.org/doc/r3.8.4/zookeeperStarted.html#sc_RunningReplicatedZooKeeper' },
      { title: 'Apache Kafka 2.3 documentation, Operations, ZooKeeper: Operationalizing ZooKeeper ("If you have a small deployment, then using 3 servers is acceptable")', url: 'https://kafka.apache.org/23/operations/zookeeper' },
    ],
    messages: {
      standalone: {
        severity: 'warning',
        text: 'This ZooKeeper runs standalone (no server.N lines): if it stops, ZooKeeper is down{{brokers}}. For anything that must stay up, run 3 servers and list them as server.1..server.3=host:2888:3888 in each one\'s zoo.cfg.',
      },
      'one-voter': {
        severity: 'warning',
        text: 'Only one voting server (server.{{id}}): ZooKeeper runs it {{how}}, so if it stops, ZooKeeper is down{{brokers}}. Add two more server.N lines (3 voting servers survive one failure).',
      },
      'two-voters': {
        severity: 'warning',
        text: 'Only two voting servers (server.{{first}}, server.{{second}}): a majority of two is two, so losing either one stops ZooKeeper{{brokers}}; two servers fail more often than one. Add a third server.N line (3 voting servers survive one failure).',
      },
    },
    facts: ['brokerCount'],
    examples: {
      bad: [
        { file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n' },
        { file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\n' },
      ],
      good: [{ file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' }],
    },
  },
  check(ctx) {
    const inView = ctx.cluster.brokers.filter((b) => b.mode !== 'kraft' && isBrokerRole(b)).length;
    for (const zk of ctx.cluster.zookeeper) {
      // The servers are in a file kafka-lint does not see, or a template writes them in a loop.
      if (zk.effective.dynamicConfigFile !== undefined || zk.servers.some((s) => s.templated && s.id === undefined)) continue;
      const voters = votingServerIds(zk);
      const participants = zk.servers.filter((s) => s.role === 'participant' && s.id !== undefined);
      if (zk.servers.length === 0) {
        ctx.report({ ...anchorOf(zk, 'dataDir', 'clientPort'), messageId: 'standalone', data: { brokers: behind(inView, ctx.brokerCount, true) } });
      } else if (voters.length === 1) {
        const standalone = ctx.setting(zk, 'standaloneEnabled');
        ctx.report({
          entry: (participants[0] ?? zk.servers[0])!.entry,
          messageId: 'one-voter',
          data: { id: voters[0]!, how: knownValue(standalone) === false ? 'as a one-member ensemble' : 'standalone', brokers: behind(inView, ctx.brokerCount, true) },
        });
      } else if (voters.length === 2) {
        ctx.report({ entry: participants[0]!.entry, messageId: 'two-voters', data: { first: voters[0]!, second: voters[1]!, brokers: behind(inView, ctx.brokerCount, false) } });
      }
    }
  },
});

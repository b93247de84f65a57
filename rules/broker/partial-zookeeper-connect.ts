import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { machineKey } from '../../src/model/zookeeper.js';
import { knownValue } from '../../src/model/settings.js';
import { isStrimziNode } from '../../src/model/deployed.js';
import type { BrokerConfig, Cluster } from '../../src/model/types.js';

/**
 * Whether the node connects to ZooKeeper with its zookeeper.connect: every ZooKeeper-mode
 * broker, and in 3.9 a KRaft controller migrating from ZooKeeper (ControllerServer reads the
 * ensemble then). Other KRaft nodes ignore the key: kraft/zookeeper-keys and
 * broker/removed-key report it.
 */
function usesZooKeeper(broker: BrokerConfig, ctx: RuleContext): boolean {
  if (broker.mode !== 'kraft') return true;
  return ctx.kafkaVersion === '3.9' && broker.roles.includes('controller') && knownValue(ctx.setting(broker, 'zookeeper.metadata.migration.enable')) === true;
}

/** The voting servers of the cluster's zoo.cfg files, by machine, as `host:clientPort`. */
function participants(cluster: Cluster): Map<string, string> {
  const ensemble = new Map<string, string>();
  for (const zk of cluster.zookeeper) {
    for (const server of zk.servers) {
      const key = server.role === 'participant' && !server.error ? machineKey(server.host) : undefined;
      if (key !== undefined) ensemble.set(key, `${server.host}:${server.clientPort ?? zk.effective.clientPort ?? 2181}`);
    }
  }
  return ensemble;
}

export default defineRule({
  meta: {
    id: 'broker/partial-zookeeper-connect',
    category: 'outage-risk',
    fileKinds: ['broker', 'zookeeper'],
    facts: ['zookeeperEnsemble', 'kafkaVersion'],
    description: 'zookeeper.connect leaves out voting members of the ZooKeeper ensemble whose zoo.cfg is in view.',
    rationale:
      'A broker\'s ZooKeeper client connects only to the servers listed in zookeeper.connect (ZooKeeper\'s ConnectStringParser and StaticHostProvider; a name that resolves to several addresses counts for each of them). When the listed servers go down, the broker loses its session and drops out of the cluster although the rest of the ensemble still has a majority, so a partial list takes the broker down with the listed servers. With a single ZooKeeper server there is no rest of the ensemble to list: that is zookeeper/no-fault-tolerance\'s finding, not this rule\'s. When no zoo.cfg of the ensemble is in view, nothing is reported: one host may be the whole ensemble (on the shared corpus every such case was a single ZooKeeper) or a name that resolves to all of it; lint the ensemble\'s zoo.cfg with the brokers to have the list checked. On Strimzi the operator writes zookeeper.connect with every ZooKeeper pod, so it is never judged there. KRaft nodes are judged only where they use the key: a Kafka 3.9 controller with zookeeper.metadata.migration.enable=true.',
    fix: 'List every server of the ensemble, with the chroot once at the end: zookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka.',
    references: [
      { title: 'ZooKeeper 3.8.4 ConnectStringParser (the client connects only to the listed hosts)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/client/ConnectStringParser.java' },
      { title: 'ZooKeeper 3.8.4 StaticHostProvider (each listed name is resolved, with all its addresses, on every connection attempt)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/client/StaticHostProvider.java' },
      { title: 'Apache Kafka documentation: zookeeper.connect ("host:port pairs" of the ZooKeeper servers, with an optional chroot)', url: 'https://kafka.apache.org/39/documentation.html#brokerconfigs_zookeeper.connect' },
      { title: 'Kafka 3.9.0 ControllerServer.scala (a migrating KRaft controller connects to ZooKeeper)', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/main/scala/kafka/server/ControllerServer.scala' },
    ],
    messages: {
      'missing-servers': {
        severity: 'warning',
        text: 'zookeeper.connect lists {{listed}} of the {{total}} ZooKeeper servers in this cluster\'s zoo.cfg and leaves out {{missing}}: when the listed servers fail, this broker loses ZooKeeper although the ensemble still has a majority. List all of them: {{suggested}}.',
      },
    },
    examples: {
      bad: [
        {
          file: 'kafka1/server.properties',
          text: 'broker.id=1\nzookeeper.connect=zk1:2181/kafka\n',
          cluster: [
            { file: 'zk1/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
          ],
        },
      ],
      good: [
        {
          file: 'kafka1/server.properties',
          text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n',
          cluster: [
            { file: 'zk1/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
          ],
        },
        {
          file: 'kafka1/server.properties',
          text: 'broker.id=1\nzookeeper.connect=zk1:2181/kafka\n',
          cluster: [{ file: 'zk1/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\n' }],
        },
        { file: 'server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181\n' },
      ],
    },
  },
  check(ctx) {
    const fact = ctx.facts.zookeeperEnsemble;
    const ensemble = participants(ctx.cluster);
    for (const broker of ctx.cluster.brokers) {
      const connect = broker.zookeeperConnect;
      // The Strimzi operator writes zookeeper.connect itself, with every ZooKeeper pod.
      if (!connect?.value || !usesZooKeeper(broker, ctx) || isStrimziNode(ctx.cluster, broker)) continue;
      // Without the ensemble's zoo.cfg, one host may be all of it; one server has no rest of the ensemble (zookeeper/no-fault-tolerance's case).
      if (!fact.known || (fact.servers?.length ?? 0) < 2 || ensemble.size < 2) continue;
      const hosts = connect.value.hosts;
      const listed = new Set(hosts.map((h) => machineKey(h.host)));
      const missing = [...ensemble].filter(([key]) => !listed.has(key)).map(([, hostPort]) => hostPort);
      const matched = ensemble.size - missing.length;
      // Hosts named differently (IPs against names) cannot be matched; judge by count only then.
      if (missing.length === 0 || (matched === 0 && hosts.length >= ensemble.size)) continue;
      ctx.report({
        entry: connect.entry,
        part: 'value',
        messageId: 'missing-servers',
        data: {
          listed: hosts.length,
          total: ensemble.size,
          missing: matched === 0 ? `${ensemble.size - hosts.length} of them` : missing.join(', '),
          suggested: `${[...ensemble.values()].join(',')}${connect.value.chroot ?? ''}`,
        },
      });
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { hasUnresolvedTemplate } from '../../src/model/broker.js';
import { machineKey } from '../../src/model/zookeeper.js';
import { isSetTrue } from '../../src/model/kraft.js';
import type { KafkaVersion } from '../../src/engine/finding.js';
import type { BrokerConfig } from '../../src/model/types.js';

/**
 * Whether the node connects to ZooKeeper with its zookeeper.connect: every ZooKeeper-mode
 * broker, and in 3.9 a KRaft controller migrating from ZooKeeper (ControllerServer reads the
 * ensemble then). Other KRaft nodes ignore the key: kraft/zookeeper-keys and
 * broker/removed-key report it.
 */
function usesZooKeeper(broker: BrokerConfig, version: KafkaVersion): boolean {
  if (broker.mode !== 'kraft') return true;
  return version === '3.9' && broker.roles.includes('controller') && isSetTrue(broker, 'zookeeper.metadata.migration.enable');
}

export default defineRule({
  meta: {
    id: 'broker/partial-zookeeper-connect',
    severity: 'error',
    category: 'outage-risk',
    fileKinds: ['broker', 'zookeeper'],
    description: 'zookeeper.connect leaves out members of the ZooKeeper ensemble, or names a single ZooKeeper host.',
    rationale:
      'A broker only ever connects to the servers listed in zookeeper.connect. When those servers go down, the broker loses its session and drops out of the cluster even though the rest of the ensemble is healthy: a partial list takes the broker down with the listed servers. Kafka\'s documentation of zookeeper.connect lists several hosts so that the broker can connect through other ZooKeeper nodes when one is down. With the ensemble\'s zoo.cfg files in the cluster the missing members are known (error); with a single host and no zoo.cfg it is a warning. A single ZooKeeper on the broker\'s own machine (localhost) is a one-machine setup with no ensemble to list, and is not flagged. KRaft nodes are judged only where they use the key: a Kafka 3.9 controller with zookeeper.metadata.migration.enable=true.',
    fix: 'List every server of the ensemble, with the chroot once at the end: zookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka.',
    references: [
      { title: 'Kafka 3.9 documentation, broker configs: zookeeper.connect (several hosts, to connect through the others when one is down)', url: 'https://kafka.apache.org/39/documentation.html#brokerconfigs_zookeeper.connect' },
      { title: 'Kafka 3.9.0 ControllerServer.scala (a migrating KRaft controller connects to ZooKeeper)', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/main/scala/kafka/server/ControllerServer.scala' },
      { title: 'ZooKeeper 3.8.4 ConnectStringParser (the client connects only to the listed hosts)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/client/ConnectStringParser.java' },
    ],
    examples: {
      bad: [
        {
          file: 'kafka1/server.properties',
          text: 'broker.id=1\nzookeeper.connect=zk1:2181/kafka\n',
          cluster: [
            { file: 'zk1/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
          ],
        },
        { file: 'server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181\n' },
      ],
      good: [
        {
          file: 'kafka1/server.properties',
          text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n',
          cluster: [
            { file: 'zk1/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
          ],
        },
      ],
    },
  },
  check(ctx) {
    const ensemble = new Map<string, string>();
    for (const zk of ctx.cluster.zookeeper) {
      for (const server of zk.servers) {
        const key = server.role === 'participant' ? machineKey(server.host) : undefined;
        const port = server.clientPort ?? zk.effective.clientPort ?? 2181;
        if (key !== undefined && !server.error) ensemble.set(key, `${server.host}:${port}`);
      }
    }
    for (const broker of ctx.cluster.brokers) {
      const connect = broker.zookeeperConnect;
      if (!connect?.value || hasUnresolvedTemplate(connect.entry.value) || !usesZooKeeper(broker, ctx.kafkaVersion)) continue;
      const listed = new Set(connect.value.hosts.map((h) => machineKey(h.host)));
      if (ensemble.size > 1) {
        const missing = [...ensemble].filter(([key]) => !listed.has(key)).map(([, hostPort]) => hostPort);
        const matched = ensemble.size - missing.length;
        // Hosts named differently (IPs against names) cannot be matched; judge by count only then.
        if (missing.length === 0 || (matched === 0 && connect.value.hosts.length >= ensemble.size)) continue;
        const leftOut = matched === 0 ? `${ensemble.size - connect.value.hosts.length} of the ${ensemble.size} servers` : missing.join(', ');
        ctx.report({
          entry: connect.entry,
          part: 'value',
          message: `zookeeper.connect lists ${connect.value.hosts.length} of the ${ensemble.size} ZooKeeper servers in this cluster's zoo.cfg and leaves out ${leftOut}; when the listed servers fail, this broker loses ZooKeeper although the ensemble still has a majority. List all of them: ${[...ensemble.values()].join(',')}${connect.value.chroot ?? ''}.`,
        });
      } else if (ensemble.size === 0 && connect.value.hosts.length === 1 && !connect.value.chroot?.includes(',') && machineKey(connect.value.hosts[0]?.host ?? '') !== 'localhost') {
        // A ZooKeeper on the broker's own machine is a single-host setup with no ensemble to list.
        // A chroot holding ',' is a chroot written after every host: broker/zookeeper-connect-format reports it.
        const host = connect.value.hosts[0];
        ctx.report({
          entry: connect.entry,
          part: 'value',
          severity: 'warning',
          message: `zookeeper.connect names a single ZooKeeper server (${host?.host}:${host?.port}); when it fails, this broker drops out of the cluster even if the rest of the ensemble is up. List every ensemble member: zk1:2181,zk2:2181,zk3:2181${connect.value.chroot ?? ''}.`,
        });
      }
    }
  },
});

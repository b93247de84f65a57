import { defineRule } from '../../src/engine/rule.js';
import type { BrokerConfig } from '../../src/model/types.js';
import { fileList } from '../../src/model/kraft.js';
import { knownValue } from '../../src/model/settings.js';

const MIGRATION = 'zookeeper.metadata.migration.enable';

export default defineRule({
  meta: {
    id: 'kraft/migration-state',
    category: 'outage-risk',
    fileKinds: ['broker'],
    facts: ['kafkaVersion'],
    description: 'A Kafka 3.9 cluster is half migrated from ZooKeeper to KRaft, or its migration flags disagree across nodes.',
    rationale:
      'A ZooKeeper-to-KRaft migration (Kafka 3.9 and earlier) moves through phases: KRaft controllers with zookeeper.metadata.migration.enable=true, then every ZooKeeper-mode broker with the same flag, then the brokers restarted in KRaft mode, then the flag removed everywhere. The controllers start copying metadata only when every broker has registered with migration enabled, so one broker or controller out of step stalls the migration or leaves two clusters side by side; and Kafka 4.0 starts neither ZooKeeper-mode brokers nor unfinished migrations. Reported only under Kafka 3.9, and only when some node shows a migration (the flag, or quorum keys on a ZooKeeper-mode broker): ZooKeeper and KRaft files grouped together without that are more likely two clusters.',
    fix: 'Bring every node to the same phase of the migration guide: set zookeeper.metadata.migration.enable=true (with zookeeper.connect) on the controllers and every ZooKeeper-mode broker, restart all brokers in KRaft mode, then remove the flag and zookeeper.connect from every node.',
    references: [
      { title: 'Apache Kafka 3.9 documentation: ZooKeeper to KRaft migration', url: 'https://kafka.apache.org/39/documentation.html#kraft_zk_migration' },
      { title: 'KIP-866: ZooKeeper to KRaft Migration', url: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-866+ZooKeeper+to+KRaft+Migration' },
    ],
    messages: {
      'half-migrated': {
        severity: 'warning',
        text: 'This broker still runs in ZooKeeper mode while other brokers of this cluster run KRaft ({{files}}): the cluster is half migrated. Finish the migration by restarting this broker with process.roles=broker and node.id (Kafka 4.0 no longer starts ZooKeeper-mode brokers).',
      },
      'broker-left-out': {
        severity: 'warning',
        text: 'This ZooKeeper-mode broker lacks zookeeper.metadata.migration.enable=true while other nodes of this cluster migrate to KRaft ({{files}}): it never registers with the KRaft controllers, and the migration waits for every broker. Set zookeeper.metadata.migration.enable=true here, with controller.quorum.voters and controller.listener.names.',
      },
      'controller-left-out': {
        severity: 'warning',
        text: 'This controller has no zookeeper.metadata.migration.enable=true while brokers of this cluster still run in ZooKeeper mode ({{files}}): it never copies their metadata, so the brokers and the KRaft quorum stay separate clusters. Set zookeeper.metadata.migration.enable=true and zookeeper.connect here until the migration is finalized.',
      },
      'half-finalized': {
        severity: 'warning',
        text: 'zookeeper.metadata.migration.enable=true here, while other controllers of this cluster already run without it ({{files}}): the migration is half finalized. Remove zookeeper.metadata.migration.enable and zookeeper.connect from this node too (Kafka 4.0 starts only finished migrations).',
      },
    },
    examples: {
      bad: [{
        file: 'controller/controller.properties',
        text: 'process.roles=controller\nnode.id=3000\ncontroller.quorum.voters=3000@c1:9093\nzookeeper.metadata.migration.enable=true\nzookeeper.connect=zk1:2181\n',
        cluster: [
          { file: 'broker1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nzookeeper.metadata.migration.enable=true\ncontroller.quorum.voters=3000@c1:9093\ncontroller.listener.names=CONTROLLER\n' },
          { file: 'broker2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181\n' },
        ],
        options: { kafkaVersion: '3.9' },
      }],
      good: [{
        file: 'controller/controller.properties',
        text: 'process.roles=controller\nnode.id=3000\ncontroller.quorum.voters=3000@c1:9093\nzookeeper.metadata.migration.enable=true\nzookeeper.connect=zk1:2181\n',
        cluster: [
          { file: 'broker1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nzookeeper.metadata.migration.enable=true\ncontroller.quorum.voters=3000@c1:9093\ncontroller.listener.names=CONTROLLER\n' },
          { file: 'broker2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181\nzookeeper.metadata.migration.enable=true\ncontroller.quorum.voters=3000@c1:9093\ncontroller.listener.names=CONTROLLER\n' },
        ],
        options: { kafkaVersion: '3.9' },
      }],
    },
  },
  check(ctx) {
    if (ctx.kafkaVersion !== '3.9') return;
    const nodes = ctx.cluster.brokers;
    const flags = new Map(nodes.map((n) => [n, ctx.setting(n, MIGRATION)]));
    // A template decides some node's flag: which phase the cluster is in is not known.
    if ([...flags.values()].some((r) => r.state === 'templated')) return;
    const migrating = (n: BrokerConfig) => knownValue(flags.get(n) ?? { state: 'unset' }) === true;
    const zkBrokers = nodes.filter((n) => n.mode === 'zookeeper');
    const kraftBrokers = nodes.filter((n) => n.mode === 'kraft' && n.roles.includes('broker'));
    const controllers = nodes.filter((n) => n.mode === 'kraft' && n.roles.includes('controller'));
    const quorumKeys = (n: BrokerConfig) => n.settings.has('controller.quorum.voters') || n.settings.has('controller.quorum.bootstrap.servers');
    if (!nodes.some(migrating) && !zkBrokers.some(quorumKeys)) return;

    for (const broker of zkBrokers) {
      const entry = broker.zookeeperConnect?.entry;
      if (!entry) continue;
      const partners = nodes.filter((n) => n !== broker && migrating(n));
      if (kraftBrokers.length > 0) {
        ctx.report({ entry, messageId: 'half-migrated', data: { files: fileList(kraftBrokers) } });
      } else if (!migrating(broker) && partners.length > 0) {
        ctx.report({ entry, messageId: 'broker-left-out', data: { files: fileList(partners) } });
      }
    }

    const flagged = controllers.filter(migrating);
    const unflagged = controllers.filter((c) => !migrating(c));
    if (zkBrokers.length > 0) {
      for (const controller of unflagged) {
        const read = ctx.setting(controller, 'process.roles');
        const entry = read.state === 'set' ? read.entry : undefined;
        if (!entry) continue;
        ctx.report({ entry, messageId: 'controller-left-out', data: { files: fileList(zkBrokers) } });
      }
      return;
    }
    // No ZooKeeper-mode broker left: the flag is being removed, and every node should get there.
    const finalized = unflagged.length > 0 && flagged.length > 0 ? unflagged : flagged.length === 0 && controllers.length > 0 ? controllers : [];
    if (finalized.length === 0) return;
    for (const node of nodes) {
      const read = flags.get(node);
      if (read?.state !== 'set' || read.value !== true || node.mode !== 'kraft') continue;
      ctx.report({ entry: read.entry, messageId: 'half-finalized', data: { files: fileList(finalized) } });
    }
  },
});

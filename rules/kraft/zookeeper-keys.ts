import { defineRule } from '../../src/engine/rule.js';
import { isConditionallyWritten, knownValue } from '../../src/model/settings.js';

const MIGRATION = 'zookeeper.metadata.migration.enable';

export default defineRule({
  meta: {
    id: 'kraft/zookeeper-keys',
    category: 'misread',
    fileKinds: ['broker'],
    facts: ['kafkaVersion'],
    description: 'A Kafka 3.9 KRaft node (process.roles set) carries zookeeper.* keys without taking part in a migration, so Kafka ignores them.',
    rationale:
      'In Kafka 3.9 a KRaft node reads zookeeper.* keys only during a ZooKeeper-to-KRaft migration, which zookeeper.metadata.migration.enable=true turns on and which must be finished before upgrading to 4.0; otherwise they are ignored without a word and only mislead whoever reads the file. Kafka 4.0 removed ZooKeeper mode and every zookeeper.* key: from 4.0 on, broker/removed-key reports them on every node, so this rule judges 3.9 only.',
    fix: 'Delete the zookeeper.* lines. On 3.9, if this controller takes part in a migration, set zookeeper.metadata.migration.enable=true until the migration is finalized.',
    references: [
      { title: 'Apache Kafka 4.0 upgrade notes: ZooKeeper mode and its configs removed', url: 'https://kafka.apache.org/40/documentation.html#upgrade_4_0_0' },
      { title: 'Apache Kafka 3.9 documentation: ZooKeeper to KRaft migration', url: 'https://kafka.apache.org/39/documentation.html#kraft_zk_migration' },
    ],
    messages: {
      'ignored-key': {
        severity: 'warning',
        text: '{{key}} does nothing on this KRaft node in Kafka 3.9 unless zookeeper.metadata.migration.enable=true (a ZooKeeper-to-KRaft migration, which must be finished before upgrading to 4.0). Delete it, or set zookeeper.metadata.migration.enable=true if this controller takes part in a migration.',
      },
    },
    examples: {
      bad: [{
        file: 'server.properties',
        text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@localhost:9093\nzookeeper.connect=localhost:2181\n',
        options: { kafkaVersion: '3.9' },
      }],
      good: [
        { file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@localhost:9093\n' },
        {
          file: 'controller.properties',
          text: 'process.roles=controller\nnode.id=3000\ncontroller.quorum.voters=3000@c1:9093\nzookeeper.metadata.migration.enable=true\nzookeeper.connect=zk1:2181\n',
          options: { kafkaVersion: '3.9' },
        },
      ],
    },
  },
  check(ctx) {
    // From 4.0 on, broker/removed-key reports every zookeeper.* key on every node.
    if (ctx.kafkaVersion !== '3.9') return;
    for (const node of ctx.cluster.brokers) {
      const migration = ctx.setting(node, MIGRATION);
      // A templated flag may turn the migration on.
      if (node.mode !== 'kraft' || migration.state === 'templated' || knownValue(migration) === true) continue;
      for (const entry of node.settings.values()) {
        // The key is judged, not its value; a template may not write the entry at all.
        if (!entry.key.startsWith('zookeeper.') || entry.key === MIGRATION || isConditionallyWritten(entry)) continue;
        ctx.report({ entry, messageId: 'ignored-key', data: { key: entry.key } });
      }
    }
  },
});

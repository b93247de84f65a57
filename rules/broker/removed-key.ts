import { defineRule } from '../../src/engine/rule.js';
import { isKeyTemplated, isTemplated } from '../../src/model/settings.js';
import { deprecatedKafkaKey, removedKafkaClass, removedKafkaKey, type RemovedKafkaKey } from '../../src/catalog/index.js';

/** What to do instead of a removed key, by why it went. */
function adviceFor(removed: RemovedKafkaKey): string {
  if (removed.replacement.length > 0) return `Use ${removed.replacement.join(' and ')} instead.`;
  switch (removed.category) {
    case 'zookeeper-only':
      return 'It only served ZooKeeper mode, which Kafka 4.x does not have: delete it.';
    case 'zookeeper-migration':
      return 'The ZooKeeper-to-KRaft migration must be finished on 3.9 before moving to 4.x: delete it.';
    case 'replaced-by-feature':
      return 'It is now a cluster feature level, set with kafka-storage.sh format or kafka-features.sh: delete it.';
    default:
      return 'Kafka has no replacement: delete it.';
  }
}

export default defineRule({
  meta: {
    id: 'broker/removed-key',
    category: 'misread',
    fileKinds: ['broker'],
    description: 'A broker key, or a class name, that the target Kafka version no longer has; deprecated keys are noted with their replacement.',
    rationale:
      'Kafka ignores a removed key without a word, so a setting carried over from an older version (port, host.name, zookeeper.connect in 4.x) silently stops working. A removed class name (kafka.security.auth.SimpleAclAuthorizer, the ZooKeeper-based AclAuthorizer in 4.x) cannot be loaded and the broker does not start.',
    fix: 'Replace the key by the one the message names, or delete it; set the authorizer to org.apache.kafka.metadata.authorizer.StandardAuthorizer in KRaft mode.',
    references: [
      { title: 'Kafka 4.0 upgrade notes: removed configurations', url: 'https://kafka.apache.org/40/documentation.html#upgrade_servers_4_0_0' },
      { title: 'KAFKA-12945: remove port, host.name and related configs (3.0)', url: 'https://issues.apache.org/jira/browse/KAFKA-12945' },
      { title: 'KAFKA-12590: remove SimpleAclAuthorizer (3.0)', url: 'https://issues.apache.org/jira/browse/KAFKA-12590' },
      { title: 'KAFKA-17614: remove AclAuthorizer (4.0)', url: 'https://issues.apache.org/jira/browse/KAFKA-17614' },
    ],
    messages: {
      'removed-key': {
        severity: 'warning',
        text: "'{{key}}' was removed in Kafka {{removedIn}}, so Kafka {{version}} ignores it. {{advice}}",
      },
      'removed-class': {
        severity: 'error',
        text: '{{className}} was removed in Kafka {{removedIn}}: Kafka {{version}} cannot load it and does not start. Set {{key}}={{instead}}.',
        // Releases before the removal load it: an error only when the version is known.
        versionBound: true,
      },
      'deprecated-key': {
        severity: 'info',
        text: "'{{key}}' is deprecated since Kafka {{since}} and will be removed in a later version; {{instead}}.",
      },
    },
    facts: ['kafkaVersion'],
    examples: {
      bad: [
        { file: 'server.properties', text: 'broker.id=1\nport=9092\nzookeeper.connect=zk1:2181\n', options: { kafkaVersion: '3.9' } },
        { file: 'server.properties', text: 'process.roles=broker\nnode.id=1\nzookeeper.connect=zk1:2181\n', options: { kafkaVersion: '4.3' } },
        { file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\nauthorizer.class.name=kafka.security.authorizer.AclAuthorizer\n', options: { kafkaVersion: '4.0' } },
      ],
      good: [
        { file: 'server.properties', text: 'broker.id=1\nlisteners=PLAINTEXT://:9092\nzookeeper.connect=zk1:2181\n', options: { kafkaVersion: '3.9' } },
        { file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\nauthorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer\n', options: { kafkaVersion: '4.3' } },
      ],
    },
  },
  check(ctx) {
    const version = ctx.kafkaVersion;
    for (const broker of ctx.cluster.brokers) {
      for (const entry of broker.settings.values()) {
        const key = entry.key;
        if (isKeyTemplated(entry)) continue;
        const removed = removedKafkaKey(key, version);
        if (removed) {
          ctx.report({ entry, messageId: 'removed-key', data: { key, removedIn: removed.removedIn, version, advice: adviceFor(removed) } });
          continue;
        }
        // The class a value names is only known once its template is rendered.
        const className = isTemplated(entry) ? undefined : entry.value.trim();
        const removedClass = className === undefined ? undefined : removedKafkaClass(key, className, version);
        if (className !== undefined && removedClass) {
          // The ZooKeeper-mode replacement only where this version still has ZooKeeper mode and that class.
          const { zookeeper, kraft } = removedClass.replacement;
          const instead = broker.mode === 'zookeeper' && zookeeper && !removedKafkaClass(key, zookeeper, version) ? zookeeper : kraft;
          ctx.report({ entry, part: 'value', messageId: 'removed-class', data: { className, removedIn: removedClass.removedIn, version, key, instead: instead ?? '' } });
          continue;
        }
        const deprecated = deprecatedKafkaKey(key, version);
        if (deprecated) {
          const instead = deprecated.replacement.length > 0 ? `use ${deprecated.replacement.join(' and ')} instead` : 'plan to remove it';
          ctx.report({ entry, messageId: 'deprecated-key', data: { key, since: deprecated.since, instead } });
        }
      }
    }
  },
});

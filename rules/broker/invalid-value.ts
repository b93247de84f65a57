import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { compareVersions, type KafkaVersion } from '../../src/core/version.js';
import { isPlaceholder } from '../../src/model/broker.js';
import { brokerKeyFact, isLoadableClassName, parseConfigDefList, versionsAccepting } from '../../src/model/coerce.js';
import { displayValue } from '../../src/model/secrets.js';
import type { ConfigEntry } from '../../src/parse/entry.js';
import type { BrokerConfig } from '../../src/model/types.js';

/** Elements that appear more than once in a list value, as ConfigDef splits it. */
function duplicatesOf(value: string): string[] {
  const list = parseConfigDefList(value);
  return [...new Set(list.filter((e, i) => e !== '' && list.indexOf(e) !== i))];
}

/** The compression ids CompressionType.forId knows (3.9 to 4.3). */
const CODECS = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

/** Keys read with CompressionType.forId when the coordinators' configs are built at start-up. */
const CODEC_KEYS = ['offsets.topic.compression.codec', 'share.coordinator.state.topic.compression.codec'];

/** The consumer's own assignors (kafka-clients, 3.9 to 4.3): classes the broker can load, but not group assignors. */
const CLIENT_ASSIGNORS = new Set(
  ['RangeAssignor', 'RoundRobinAssignor', 'StickyAssignor', 'CooperativeStickyAssignor'].map((c) => `org.apache.kafka.clients.consumer.${c}`),
);

/**
 * The server-side assignor lists and the short names each version accepts besides class names:
 * GroupCoordinatorConfig.consumerGroupAssignors (4.0 to 4.3: `uniform`, `range`; 3.9 took class
 * names only, through getConfiguredInstances) and shareGroupAssignors (4.1 to 4.3: `simple`).
 */
const ASSIGNOR_LISTS: Record<string, { builtIn: (v: KafkaVersion) => string[]; kind: string }> = {
  'group.consumer.assignors': { builtIn: (v) => (v === '3.9' ? [] : ['uniform', 'range']), kind: 'ConsumerGroupPartitionAssignor' },
  'group.share.assignors': { builtIn: () => ['simple'], kind: 'ShareGroupPartitionAssignor' },
};

function checkBeyondConfigDef(ctx: RuleContext<MessageId>, broker: BrokerConfig, entry: ConfigEntry): void {
  const version = ctx.kafkaVersion;
  const read = ctx.setting(broker, entry.key);
  if (read.state !== 'set') return;
  if (CODEC_KEYS.includes(entry.key) && typeof read.value === 'number' && (read.value < 0 || read.value >= CODECS.length)) {
    ctx.report({ entry, part: 'value', messageId: 'unknown-compression-codec', data: { key: entry.key, value: read.value, version } });
    return;
  }
  const assignors = ASSIGNOR_LISTS[entry.key];
  if (!assignors || !Array.isArray(read.value)) return;
  const builtIn = assignors.builtIn(version);
  const accepted = builtIn.length > 0 ? `${builtIn.join(' or ')}, or the class name of a ${assignors.kind}` : `the class name of a ${assignors.kind} (short names came in Kafka 4.0), e.g. org.apache.kafka.coordinator.group.assignor.UniformAssignor`;
  for (const name of read.value) {
    if (name === '' || builtIn.includes(name)) continue;
    const data = { key: entry.key, name, accepted, kind: assignors.kind, version };
    if (CLIENT_ASSIGNORS.has(name)) ctx.report({ entry, part: 'value', messageId: 'client-assignor', data });
    else if (!isLoadableClassName(name)) ctx.report({ entry, part: 'value', messageId: 'unknown-assignor', data });
  }
}

const MESSAGES = {
  'invalid-value': {
    severity: 'error',
    text: "Invalid value {{value}} for '{{key}}': {{reason}}. Kafka {{version}} refuses to start{{elsewhere}}.",
  },
  'duplicate-list-element': {
    severity: 'info',
    text: "'{{key}}' lists {{duplicates}} more than once: Kafka {{version}} removes the duplicate and logs a warning. List each value once.",
  },
  'unknown-compression-codec': {
    severity: 'error',
    text: '{{key}}={{value}} is not a compression codec id: Kafka reads it with CompressionType.forId, which knows 0 (none), 1 (gzip), 2 (snappy), 3 (lz4) and 4 (zstd). Use one of those. Kafka {{version}} refuses to start: "Unknown compression type id: {{value}}"',
  },
  'unknown-assignor': {
    severity: 'error',
    text: "{{key}} lists '{{name}}', which is neither a built-in assignor nor a class name Kafka can load; write {{accepted}}. Kafka {{version}} refuses to start: \"Class {{name}} cannot be found\"",
  },
  'client-assignor': {
    severity: 'error',
    text: "{{key}} lists {{name}}, the consumer's own partition assignor, not a {{kind}}: the broker can load the class but cannot use it, so Kafka {{version}} refuses to start. Write {{accepted}}; consumers choose their own assignor in their configuration.",
  },
} as const;

type MessageId = keyof typeof MESSAGES;

export default defineRule({
  meta: {
    id: 'broker/invalid-value',
    category: 'startup-failure',
    fileKinds: ['broker'],
    description: "A broker value that fails its key's type, range or allowed values as the target version's ConfigDef checks them, or that Kafka refuses when it builds the coordinators: an unknown compression codec id, an assignor that is neither built in nor a class.",
    rationale:
      'ConfigDef parses every defined key when the broker starts: a value that is not of its type (1GB for an INT, yes for a BOOLEAN), out of its range, or not among its allowed values throws a ConfigException and the broker exits. A CLASS value must name a class Kafka can load, so a name without a package (not_a_number) or not a Java name at all (-1) stops it. Some limits differ by version: log.segment.bytes must be at least 14 bytes in 3.9 and 1 MiB from 4.0; lists refuse empty elements from 4.2. A few values pass ConfigDef and fail right after, when KafkaConfig builds GroupCoordinatorConfig and ShareCoordinatorConfig: offsets.topic.compression.codec and share.coordinator.state.topic.compression.codec are INTs without a range that CompressionType.forId maps to none, gzip, snappy, lz4, zstd (0 to 4) and refuses otherwise; group.consumer.assignors takes uniform or range (from 4.0; class names only in 3.9) or a ConsumerGroupPartitionAssignor class, and group.share.assignors (4.1+) takes simple or a ShareGroupPartitionAssignor class.',
    fix: 'Write the value in the form the message gives: plain digits without units for numbers, true or false for booleans, one of the listed values (case-sensitive) for enumerations, a fully qualified class name for classes, a codec id from 0 to 4, a built-in assignor name.',
    references: [
      { title: 'Kafka 4.3.0 ConfigDef.parseType / parseValue and validators', url: 'https://github.com/apache/kafka/blob/4.3.0/clients/src/main/java/org/apache/kafka/common/config/ConfigDef.java' },
      { title: 'Kafka 3.9.0 ConfigDef (CLASS: "Class ... could not be found.")', url: 'https://github.com/apache/kafka/blob/3.9.0/clients/src/main/java/org/apache/kafka/common/config/ConfigDef.java' },
      { title: 'Kafka 4.2.0 ConfigDef.parseValue: duplicate list elements removed with a warning', url: 'https://github.com/apache/kafka/blob/4.2.0/clients/src/main/java/org/apache/kafka/common/config/ConfigDef.java' },
      { title: 'Kafka 3.9.0 to 4.3.0 CompressionType.forId ("Unknown compression type id: ")', url: 'https://github.com/apache/kafka/blob/4.3.0/clients/src/main/java/org/apache/kafka/common/record/internal/CompressionType.java' },
      { title: 'Kafka 4.3.0 GroupCoordinatorConfig (offsets codec via CompressionType.forId; consumerGroupAssignors: uniform, range or a class; shareGroupAssignors: simple or a class)', url: 'https://github.com/apache/kafka/blob/4.3.0/group-coordinator/src/main/java/org/apache/kafka/coordinator/group/GroupCoordinatorConfig.java' },
      { title: 'Kafka 3.9.0 GroupCoordinatorConfig (group.consumer.assignors read with getConfiguredInstances: class names only)', url: 'https://github.com/apache/kafka/blob/3.9.0/group-coordinator/src/main/java/org/apache/kafka/coordinator/group/GroupCoordinatorConfig.java' },
      { title: 'Kafka 4.3.0 ShareCoordinatorConfig (share.coordinator.state.topic.compression.codec via CompressionType.forId)', url: 'https://github.com/apache/kafka/blob/4.3.0/share-coordinator/src/main/java/org/apache/kafka/coordinator/share/ShareCoordinatorConfig.java' },
    ],
    messages: MESSAGES,
    facts: ['kafkaVersion'],
    examples: {
      bad: [
        { file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\nlog.segment.bytes=1GB\nauto.create.topics.enable=no\n' },
        { file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\noffsets.topic.compression.codec=7\ngroup.consumer.assignors=roundrobin\n', options: { kafkaVersion: '4.3' } },
      ],
      good: [{ file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\nlog.segment.bytes=1073741824\nauto.create.topics.enable=false\noffsets.topic.compression.codec=4\ngroup.consumer.assignors=uniform,range\n' }],
    },
  },
  check(ctx) {
    const version = ctx.kafkaVersion;
    for (const broker of ctx.cluster.brokers) {
      for (const entry of broker.settings.values()) {
        if (isPlaceholder(entry.value)) continue;
        // Keys the version does not define are broker/unknown-key's or broker/removed-key's.
        const fact = brokerKeyFact(entry.key, version);
        if (!fact) continue;
        const read = ctx.setting(broker, entry.key);
        if (read.state === 'invalid') {
          const accepted = versionsAccepting(entry, version, (v) => brokerKeyFact(entry.key, v));
          const elsewhere = accepted.length > 0 ? ` (Kafka ${accepted.join(', ')} accept${accepted.length === 1 ? 's' : ''} it)` : '';
          ctx.report({ entry, part: 'value', messageId: 'invalid-value', data: { value: displayValue(entry), key: entry.key, reason: read.error, version, elsewhere } });
          continue;
        }
        if (read.state !== 'set') continue;
        checkBeyondConfigDef(ctx, broker, entry);
        if (fact.type !== 'LIST' || !fact.validator?.list) continue;
        const duplicates = duplicatesOf(entry.value);
        // Before 4.2 a list keeps its duplicates; KafkaConfig refuses repeated roles, which
        // broker/startup-constraints reports with Kafka's message.
        if (duplicates.length > 0 && compareVersions(version, '4.2') >= 0) {
          ctx.report({ entry, part: 'value', messageId: 'duplicate-list-element', data: { key: entry.key, duplicates: duplicates.join(', '), version } });
        }
      }
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { KAFKA_VERSIONS, compareVersions, type KafkaVersion } from '../../src/engine/finding.js';
import { hasUnresolvedTemplate, isPlaceholder } from '../../src/model/broker.js';
import { brokerKeyFact, coerceKafkaValue, parseConfigDefList } from '../../src/model/coerce.js';
import { displayValue } from '../../src/model/secrets.js';
import type { ConfigEntry } from '../../src/model/entry.js';

/** The other versions that define the key and accept the same value: the verdict depends on the version. */
function acceptedIn(entry: ConfigEntry, version: KafkaVersion): KafkaVersion[] {
  return KAFKA_VERSIONS.filter((v) => {
    const fact = v === version ? undefined : brokerKeyFact(entry.key, v);
    return fact !== undefined && coerceKafkaValue(entry, fact).error === undefined;
  });
}

/** Elements that appear more than once in a list value, as ConfigDef splits it. */
function duplicatesOf(value: string): string[] {
  const list = parseConfigDefList(value);
  return [...new Set(list.filter((e, i) => e !== '' && list.indexOf(e) !== i))];
}

export default defineRule({
  meta: {
    id: 'broker/invalid-value',
    severity: 'error',
    category: 'startup-failure',
    fileKinds: ['broker'],
    description: "A broker value that fails its key's type, range or allowed values as the target version's ConfigDef checks them.",
    rationale:
      'ConfigDef parses every defined key when the broker starts: a value that is not of its type (1GB for an INT, yes for a BOOLEAN), out of its range, or not among its allowed values throws a ConfigException and the broker exits. Some limits differ by version: log.segment.bytes must be at least 14 bytes in 3.9 and 1 MiB from 4.0; lists refuse empty elements from 4.2.',
    fix: 'Write the value in the form the message gives: plain digits without units for numbers, true or false for booleans, one of the listed values (case-sensitive) for enumerations.',
    references: [
      { title: 'Kafka 4.3.0 ConfigDef.parseType / parseValue and validators', url: 'https://github.com/apache/kafka/blob/4.3.0/clients/src/main/java/org/apache/kafka/common/config/ConfigDef.java' },
      { title: 'Kafka 3.9.0 ConfigDef', url: 'https://github.com/apache/kafka/blob/3.9.0/clients/src/main/java/org/apache/kafka/common/config/ConfigDef.java' },
      { title: 'Kafka 4.2.0 ConfigDef.parseValue: duplicate list elements removed with a warning', url: 'https://github.com/apache/kafka/blob/4.2.0/clients/src/main/java/org/apache/kafka/common/config/ConfigDef.java' },
    ],
    examples: {
      bad: [{ file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\nlog.segment.bytes=1GB\nauto.create.topics.enable=no\n' }],
      good: [{ file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\nlog.segment.bytes=1073741824\nauto.create.topics.enable=false\n' }],
    },
  },
  check(ctx) {
    const version = ctx.kafkaVersion;
    for (const broker of ctx.cluster.brokers) {
      for (const entry of broker.settings.values()) {
        if (hasUnresolvedTemplate(entry.key) || hasUnresolvedTemplate(entry.value) || isPlaceholder(entry.value)) continue;
        const fact = brokerKeyFact(entry.key, version);
        if (!fact) continue;
        const typed = coerceKafkaValue(entry, fact);
        if (typed.error) {
          const accepted = acceptedIn(entry, version);
          const elsewhere = accepted.length > 0 ? ` (Kafka ${accepted.join(', ')} accept${accepted.length === 1 ? 's' : ''} it)` : '';
          ctx.report({
            entry,
            part: 'value',
            message: `Invalid value ${displayValue(entry)} for '${entry.key}': ${typed.error}. Kafka ${version} refuses to start${elsewhere}.`,
          });
          continue;
        }
        if (fact.type !== 'LIST' || !fact.validator?.list) continue;
        const duplicates = duplicatesOf(entry.value);
        if (duplicates.length === 0) continue;
        // Before 4.2 a list keeps its duplicates; KafkaConfig refuses repeated roles, which
        // broker/startup-constraints reports with Kafka's message.
        if (compareVersions(version, '4.2') >= 0) {
          ctx.report({
            entry,
            part: 'value',
            severity: 'info',
            message: `'${entry.key}' lists ${duplicates.join(', ')} more than once: Kafka ${version} removes the duplicate and logs a warning. List each value once.`,
          });
        }
      }
    }
  },
});

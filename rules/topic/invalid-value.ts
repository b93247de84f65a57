import { defineRule } from '../../src/engine/rule.js';
import { topicsOf } from '../../src/deploy/load.js';
import { writtenConfigs } from '../../src/deploy/topics.js';
import { topicConfig } from '../../src/catalog/index.js';
import { coerceKafkaValue, versionsAccepting } from '../../src/model/coerce.js';
import { displayValue } from '../../src/model/secrets.js';
import { isTemplated } from '../../src/model/settings.js';

export default defineRule({
  meta: {
    id: 'topic/invalid-value',
    category: 'startup-failure',
    fileKinds: ['topics', 'strimzi'],
    facts: ['kafkaVersion'],
    description: "A topic config value that fails its type, range or allowed values as the Kafka version's LogConfig checks them: creating or altering the topic fails.",
    rationale:
      'Kafka parses a topic\'s configs with LogConfig\'s ConfigDef when the topic is created or its configs are altered (LogConfig.validate), and refuses the request with InvalidConfigurationException for a value that is not of the config\'s type (7d for a LONG, yes for a BOOLEAN), out of its range (min.cleanable.dirty.ratio above 1, retention.ms below -1), or not among its allowed values (cleanup.policy=compacted, message.timestamp.type=logappendtime: the names are case-sensitive). The Strimzi Topic Operator, Confluent for Kubernetes and JulieOps pass the configs to Kafka as written, so the KafkaTopic stays not ready or the JulieOps run fails. Some limits differ by version: segment.bytes must be at least 14 bytes up to 4.0 and 1 MiB from 4.1. Types, ranges and allowed values come from each release\'s LogConfig, dumped from the released jars (docs/catalog.md) and checked against LogConfig\'s own parser in test/oracle/topic-oracle.test.ts.',
    fix: 'Write the value in the form the message gives: plain digits without units for sizes and times (milliseconds, bytes), true or false for booleans, one of the listed values, with their case, for enumerations.',
    references: [
      { title: 'Kafka 4.4.0 LogConfig (the topic ConfigDef and validate)', url: 'https://github.com/apache/kafka/blob/4.4.0/storage/src/main/java/org/apache/kafka/storage/internals/log/LogConfig.java' },
      { title: 'Kafka 3.9.0 LogConfig (segment.bytes atLeast(LegacyRecord.RECORD_OVERHEAD_V0))', url: 'https://github.com/apache/kafka/blob/3.9.0/storage/src/main/java/org/apache/kafka/storage/internals/log/LogConfig.java' },
      { title: 'Kafka 4.4.0 ConfigDef.parseType / parseValue', url: 'https://github.com/apache/kafka/blob/4.4.0/clients/src/main/java/org/apache/kafka/common/config/ConfigDef.java' },
      { title: 'Apache Kafka documentation: Topic-Level Configs', url: 'https://kafka.apache.org/documentation/#topicconfigs' },
    ],
    messages: {
      'invalid-value': {
        severity: 'error',
        text: "Topic '{{topic}}' sets {{key}}={{value}}: {{reason}}. Kafka {{version}} refuses to create or alter the topic (InvalidConfigurationException){{elsewhere}}.",
      },
    },
    examples: {
      bad: [
        { file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: 3\n  config:\n    retention.ms: 7d\n    cleanup.policy: compacted\n' },
      ],
      good: [
        { file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: 3\n  config:\n    retention.ms: 604800000\n    cleanup.policy: compact\n' },
      ],
    },
  },
  check(ctx) {
    const version = ctx.kafkaVersion;
    for (const topic of topicsOf(ctx.cluster)) {
      // A running cluster's values were accepted by the cluster itself.
      if (topic.source === 'cluster') continue;
      for (const entry of writtenConfigs(topic)) {
        if (isTemplated(entry)) continue;
        // Names the version does not define are topic/unknown-config's.
        const known = topicConfig(entry.key, version);
        if (!known) continue;
        const reason = coerceKafkaValue(entry, known.fact).error;
        if (reason === undefined) continue;
        const accepted = versionsAccepting(entry, version, (v) => topicConfig(entry.key, v)?.fact);
        const elsewhere = accepted.length > 0 ? ` (Kafka ${accepted.join(', ')} accept${accepted.length === 1 ? 's' : ''} it)` : '';
        ctx.report({ entry, part: 'value', messageId: 'invalid-value', data: { topic: topic.name, key: entry.key, value: displayValue(entry), reason, version, elsewhere } });
      }
    }
  },
});

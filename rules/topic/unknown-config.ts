import { defineRule } from '../../src/engine/rule.js';
import { topicsOf } from '../../src/deploy/load.js';
import { writtenConfigs } from '../../src/deploy/topics.js';
import { suggestKey, topicConfig, topicConfigNames, topicConfigOfBrokerKey } from '../../src/catalog/index.js';

export default defineRule({
  meta: {
    id: 'topic/unknown-config',
    category: 'startup-failure',
    fileKinds: ['topics', 'strimzi'],
    facts: ['kafkaVersion'],
    description: 'A topic config that the Kafka version does not define: creating or altering the topic fails.',
    rationale:
      'Kafka checks a topic\'s configs against LogConfig\'s names when the topic is created or its configs are altered, and refuses the request for any other name ("Unknown topic config name: ..."; InvalidConfigurationException). The Strimzi Topic Operator, Confluent for Kubernetes and JulieOps pass a topic\'s configs to Kafka as written, so the KafkaTopic stays not ready or the JulieOps run fails. A broker key (log.retention.ms) is not a topic config: the topic config it sets a default for has another name (retention.ms). The names come from each release\'s LogConfig, dumped from the released jars.',
    fix: 'Use the topic config name (`kafka-lint explain topic/unknown-config` lists where they come from), or delete the line.',
    references: [
      { title: 'Kafka 3.9.0 LogConfig.validateNames ("Unknown topic config name")', url: 'https://github.com/apache/kafka/blob/3.9.0/storage/src/main/java/org/apache/kafka/storage/internals/log/LogConfig.java' },
      { title: 'Kafka 3.9.0 ServerTopicConfigSynonyms (the broker key behind each topic config)', url: 'https://github.com/apache/kafka/blob/3.9.0/server-common/src/main/java/org/apache/kafka/server/config/ServerTopicConfigSynonyms.java' },
      { title: 'Apache Kafka documentation: Topic-Level Configs', url: 'https://kafka.apache.org/documentation/#topicconfigs' },
    ],
    messages: {
      unknown: {
        severity: 'error',
        text: "Topic '{{topic}}' sets '{{key}}', which Kafka {{version}} does not define as a topic config: creating or altering the topic fails (\"Unknown topic config name\"). Check the spelling, or delete the line.",
      },
      'did-you-mean': {
        severity: 'error',
        text: "Topic '{{topic}}' sets '{{key}}', which Kafka {{version}} does not define as a topic config: creating or altering the topic fails (\"Unknown topic config name\"). Did you mean '{{suggestion}}'?",
      },
      'broker-key': {
        severity: 'error',
        text: "Topic '{{topic}}' sets '{{key}}', a broker key, not a topic config: creating or altering the topic fails (\"Unknown topic config name\"). The topic config is '{{suggestion}}'.",
      },
    },
    examples: {
      bad: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: 3\n  config:\n    retention.hours: 24\n' }],
      good: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: 3\n  config:\n    retention.ms: 86400000\n' }],
    },
  },
  check(ctx) {
    const version = ctx.kafkaVersion;
    let candidates: string[] | undefined;
    for (const topic of topicsOf(ctx.cluster)) {
      for (const entry of writtenConfigs(topic)) {
        const key = entry.key;
        if (topicConfig(key, version)) continue;
        const at = { entry, part: 'key' as const };
        const synonym = topicConfigOfBrokerKey(key, version);
        if (synonym !== undefined) {
          ctx.report({ ...at, messageId: 'broker-key', data: { topic: topic.name, key, suggestion: synonym } });
          continue;
        }
        candidates ??= topicConfigNames(version);
        const suggestion = suggestKey(key, candidates);
        if (suggestion !== undefined) ctx.report({ ...at, messageId: 'did-you-mean', data: { topic: topic.name, key, version, suggestion } });
        else ctx.report({ ...at, messageId: 'unknown', data: { topic: topic.name, key, version } });
      }
    }
  },
});

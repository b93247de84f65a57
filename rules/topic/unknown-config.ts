import { defineRule } from '../../src/engine/rule.js';
import { kafkaTopicConfig, kafkaTopicConfigNames, suggestKey } from '../../src/catalog/index.js';
import { KAFKA_VERSIONS } from '../../src/core/version.js';
import { topicLabel, type TopicSourceKind } from '../../src/model/topic.js';
import { isKeyTemplated } from '../../src/model/settings.js';

/** How each tool hands a topic's configs to Kafka. */
const PASSES: Record<TopicSourceKind, string> = {
  strimzi: 'the Strimzi Topic Operator passes spec.config to Kafka as written, so the KafkaTopic stays not ready and the topic is not created',
  cfk: 'Confluent for Kubernetes passes spec.configs to Kafka as written, so the topic is not created',
  julieops: 'JulieOps passes every config but num.partitions and replication.factor to Kafka as written, so its run fails',
  terraform: 'the kafka provider passes config to Kafka as written, so terraform apply fails',
};

/** Settings written as configs that each tool takes elsewhere: the field to write instead. */
const FIELDS: Record<TopicSourceKind, Record<string, string>> = {
  strimzi: { partitions: 'spec.partitions', 'num.partitions': 'spec.partitions', replicas: 'spec.replicas', 'replication.factor': 'spec.replicas' },
  cfk: { partitions: 'spec.partitionCount', 'num.partitions': 'spec.partitionCount', replicas: 'spec.replicas', 'replication.factor': 'spec.replicas' },
  julieops: { partitions: 'num.partitions', replicas: 'replication.factor' },
  terraform: { partitions: 'partitions', 'num.partitions': 'partitions', replicas: 'replication_factor', 'replication.factor': 'replication_factor' },
};

/** Broker keys in hours or minutes whose topic config takes milliseconds. */
const IN_MILLIS: Record<string, string> = {
  'retention.hours': 'retention.ms',
  'retention.minutes': 'retention.ms',
  'log.retention.hours': 'retention.ms',
  'log.retention.minutes': 'retention.ms',
  'log.roll.hours': 'segment.ms',
  'log.roll.ms': 'segment.ms',
};

export default defineRule({
  meta: {
    id: 'topic/unknown-config',
    category: 'outage-risk',
    fileKinds: ['strimzi', 'topics'],
    facts: ['kafkaVersion'],
    description: 'A topic definition sets a config that is not a topic-level config of the Kafka version, so Kafka refuses to create the topic.',
    rationale:
      'Kafka checks the names of a topic\'s configs when the topic is created or its configs are altered, against the topic-level configs of its LogConfig (LogConfig.validateNames), and refuses any other name with InvalidConfigurationException ("Unknown topic config name"). The tools that apply topic definitions pass the configs through as written: the Strimzi Topic Operator (spec.config), Confluent for Kubernetes (spec.configs), JulieOps (every config but num.partitions and replication.factor, which it reads itself) and the Terraform kafka provider (config), so the topic is not created. Broker keys are a common mistake (log.retention.ms is the broker\'s default for the topic config retention.ms), and so are partition and replica counts written as configs. The names come from the catalog, generated from each supported release\'s LogConfig.configKeys(); a name some other supported release defines is a warning that names those releases.',
    fix: 'Write the topic-level name (retention.ms, not log.retention.ms; see the Kafka documentation\'s topic configs), or the tool\'s own field for partitions and replicas.',
    references: [
      { title: 'Kafka 3.9.2 LogConfig.java: validateNames ("Unknown topic config name")', url: 'https://github.com/apache/kafka/blob/3.9.2/storage/src/main/java/org/apache/kafka/storage/internals/log/LogConfig.java' },
      { title: 'Apache Kafka documentation: Topic-Level Configs', url: 'https://kafka.apache.org/documentation/#topicconfigs' },
      { title: 'Strimzi 0.45 KafkaTopic spec.config', url: 'https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaTopicSpec-reference' },
      { title: 'JulieOps TopicImpl.getRawConfig (removes num.partitions and replication.factor)', url: 'https://github.com/kafka-ops/julie/blob/master/src/main/java/com/purbon/kafka/topology/model/Impl/TopicImpl.java' },
    ],
    messages: {
      unknown: {
        severity: 'error',
        text: 'Topic {{topic}} sets {{key}}, which is not a topic config of Kafka {{version}}: Kafka refuses to create the topic ("Unknown topic config name: {{key}}"), and {{passes}}.{{suggestion}}',
      },
      'other-version': {
        severity: 'warning',
        text: 'Topic {{topic}} sets {{key}}, a topic config of Kafka {{versions}} but not of {{version}}: Kafka {{version}} refuses to create the topic with it ("Unknown topic config name: {{key}}"), and {{passes}}. Remove it, or state the Kafka version the cluster runs.',
      },
    },
    examples: {
      bad: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 3\n  replicas: 3\n  config:\n    log.retention.ms: 604800000\n' }],
      good: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 3\n  replicas: 3\n  config:\n    retention.ms: 604800000\n' }],
    },
  },
  check(ctx) {
    const version = ctx.kafkaVersion;
    const names = kafkaTopicConfigNames(version);
    for (const topic of ctx.cluster.topics) {
      for (const entry of topic.configs) {
        const key = entry.key;
        if (isKeyTemplated(entry) || kafkaTopicConfig(key, version)) continue;
        const data = { topic: topicLabel(topic), key, version, passes: PASSES[topic.kind] };
        const versions = KAFKA_VERSIONS.filter((v) => kafkaTopicConfig(key, v) !== undefined);
        if (versions.length > 0) {
          ctx.report({ entry, messageId: 'other-version', data: { ...data, versions: versions.join(', ') } });
          continue;
        }
        const field = FIELDS[topic.kind][key];
        const millis = IN_MILLIS[key];
        const broker = key.startsWith('log.') && names.includes(key.slice(4)) ? key.slice(4) : undefined;
        const close = field === undefined && millis === undefined && broker === undefined ? suggestKey(key, names) : undefined;
        const suggestion =
          field !== undefined
            ? ` Write it as ${field}.`
            : millis !== undefined
              ? ` The topic config is ${millis}, in milliseconds.`
              : broker !== undefined
              ? ` ${key} is the brokers' default for the topic config ${broker}: write ${broker}.`
              : close !== undefined
                ? ` Did you mean ${close}?`
                : '';
        ctx.report({ entry, messageId: 'unknown', data: { ...data, suggestion } });
      }
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { topicsOf } from '../../src/deploy/load.js';
import { writtenConfigs } from '../../src/deploy/topics.js';

export default defineRule({
  meta: {
    id: 'topic/drift',
    category: 'outage-risk',
    fileKinds: ['topics', 'strimzi'],
    description: 'A topic whose definition in git differs from the running cluster (partitions, replication factor, configs), or that the cluster does not have.',
    rationale:
      'When kafka-lint reads a running cluster (--bootstrap-server) beside the topic files, it compares each topic the files define with the topic the cluster runs. A difference means the files are not what runs: the next apply changes the topic (a config reverts), fails (Kafka can add partitions but never remove them, and changes a replication factor only by a partition reassignment, which neither the Strimzi Topic Operator before 0.40, Confluent for Kubernetes nor JulieOps does), or the topic was never created. Advice about the state of the cluster, not a refusal: a warning.',
    fix: 'Make the file say what the cluster runs, or apply the file (for fewer partitions: create a new topic and move the clients to it).',
    references: [
      { title: 'Kafka 3.9.0 ReplicationControlManager.createPartitions ("Topic currently has N partitions, which is higher than the requested M")', url: 'https://github.com/apache/kafka/blob/3.9.0/metadata/src/main/java/org/apache/kafka/controller/ReplicationControlManager.java' },
      { title: 'Strimzi documentation: Topic Operator, changing partitions and replicas', url: 'https://strimzi.io/docs/operators/latest/deploying#con-topic-operator-topic-handling-str' },
    ],
    messages: {
      partitions: {
        severity: 'warning',
        text: "Topic '{{topic}}' has {{live}} partitions in the running cluster, but this file says {{written}}: {{consequence}} Make the file say {{live}}, or {{remedy}}.",
      },
      'replication-factor': {
        severity: 'warning',
        text: "Topic '{{topic}}' has replication factor {{live}} in the running cluster, but this file says {{written}}: applying the file does not change it (only a partition reassignment does). Make the file say {{live}}, or reassign the partitions.",
      },
      config: {
        severity: 'warning',
        text: "Topic '{{topic}}' runs with {{key}}={{live}}, but this file says {{written}}: the next apply changes it. Make the file say what the topic should run with.",
      },
      'config-not-set': {
        severity: 'warning',
        text: "Topic '{{topic}}' runs without {{key}} set (the broker's default applies), but this file sets {{written}}: the file has not been applied, or the setting was removed. Apply the file, or delete the line.",
      },
      missing: {
        severity: 'warning',
        text: "Topic '{{topic}}' is defined in this file, but the running cluster has no such topic: the file has not been applied, or its tool failed to create it. Apply it, or delete the definition.",
      },
    },
    examples: {
      bad: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: 3\n', liveTopics: [{ name: 'orders', partitions: 12, replicationFactor: 3 }] }],
      good: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 12\n  replicas: 3\n', liveTopics: [{ name: 'orders', partitions: 12, replicationFactor: 3 }] }],
    },
  },
  check(ctx) {
    const topics = topicsOf(ctx.cluster);
    const running = new Map(topics.filter((t) => t.source === 'cluster').map((t) => [t.name, t]));
    // Without a running cluster there is nothing to compare with.
    if (running.size === 0) return;
    for (const topic of topics) {
      if (topic.source === 'cluster') continue;
      const live = running.get(topic.name);
      if (!live) {
        ctx.report({ entry: topic.nameEntry, part: 'value', messageId: 'missing', data: { topic: topic.name } });
        continue;
      }
      if (topic.partitions && topic.partitionCount !== undefined && live.partitionCount !== undefined && topic.partitionCount !== live.partitionCount) {
        const fewer = topic.partitionCount < live.partitionCount;
        ctx.report({
          entry: topic.partitions,
          part: 'value',
          messageId: 'partitions',
          data: {
            topic: topic.name,
            live: live.partitionCount,
            written: topic.partitionCount,
            consequence: fewer ? 'Kafka cannot remove partitions, so applying the file fails.' : 'the next apply adds partitions, which moves keys to other partitions.',
            remedy: fewer ? 'create a new topic with fewer partitions' : 'apply the file if more partitions are meant',
          },
        });
      }
      if (topic.replicas && topic.replicationFactor !== undefined && live.replicationFactor !== undefined && topic.replicationFactor !== live.replicationFactor) {
        ctx.report({ entry: topic.replicas, part: 'value', messageId: 'replication-factor', data: { topic: topic.name, live: live.replicationFactor, written: topic.replicationFactor } });
      }
      const liveConfigs = new Map(live.configs.map((e) => [e.key, e.value.trim()]));
      for (const entry of writtenConfigs(topic)) {
        const running = liveConfigs.get(entry.key);
        const written = entry.value.trim();
        if (running === undefined) ctx.report({ entry, part: 'value', messageId: 'config-not-set', data: { topic: topic.name, key: entry.key, written } });
        else if (running !== written) ctx.report({ entry, part: 'value', messageId: 'config', data: { topic: topic.name, key: entry.key, live: running, written } });
      }
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { topicAnchor, topicPlace, type TopicDefinition } from '../../src/model/topic.js';

/** The tool that applies a definition, for messages. */
const TOOL: Record<TopicDefinition['kind'], string> = {
  strimzi: 'a Strimzi KafkaTopic',
  cfk: 'a Confluent for Kubernetes KafkaTopic',
  julieops: 'a JulieOps topology',
  terraform: 'a Terraform kafka_topic',
};

export default defineRule({
  meta: {
    id: 'topic/duplicate',
    category: 'outage-risk',
    fileKinds: ['strimzi', 'topics'],
    description: 'The same topic is defined twice among the files of one cluster.',
    rationale:
      'A topic has one partition count, one replication factor and one set of configs; two definitions of it in git fight over them. The tools refuse or flip-flop: the Strimzi Topic Operator manages a Kafka topic from one KafkaTopic only and marks the other not ready (ResourceConflict), JulieOps stops on a topology that names a topic twice (it collects topics by name), and two tools (an operator and JulieOps or Terraform) each apply their own values on every run, so the topic\'s settings depend on which ran last. Both definitions are in the files, so this is certain; KafkaTopics of different clusters (their strimzi.io/cluster label or kafkaClusterRef) are not compared.',
    fix: 'Keep one definition of each topic and delete the other, or give them different names.',
    references: [
      { title: 'Strimzi 0.45 documentation: Handling changes to topics (one KafkaTopic per Kafka topic, ResourceConflict)', url: 'https://strimzi.io/docs/operators/latest/deploying.html#con-topic-operator-topic-management-str' },
      { title: 'JulieOps TopicManager.parseMapOfTopics (Collectors.toMap by topic name)', url: 'https://github.com/kafka-ops/julie/blob/master/src/main/java/com/purbon/kafka/topology/TopicManager.java' },
    ],
    messages: {
      duplicate: {
        severity: 'error',
        text: 'Topic {{name}} is defined twice: here, in {{tool}}, and at {{place}}, in {{otherTool}}. Two definitions fight over its partitions, replicas and configs (the tools refuse the second or apply whichever ran last). Keep one.',
      },
    },
    examples: {
      bad: [{
        file: 'topics.yaml',
        text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 3\n  replicas: 3\n---\napiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders-copy\nspec:\n  topicName: orders\n  partitions: 6\n  replicas: 3\n',
      }],
      good: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 3\n  replicas: 3\n' }],
    },
  },
  check(ctx) {
    const seen = new Map<string, TopicDefinition[]>();
    for (const topic of ctx.cluster.topics) {
      const name = topic.name;
      if (name === undefined || topic.templatedName) continue;
      const earlier = seen.get(name) ?? [];
      // KafkaTopics of different clusters are different topics; the same definition read twice is one.
      const first = earlier.find((e) => !(e.cluster !== undefined && topic.cluster !== undefined && e.cluster !== topic.cluster) && topicPlace(e) !== topicPlace(topic));
      if (first) ctx.report({ ...topicAnchor(topic), messageId: 'duplicate', data: { name, tool: TOOL[topic.kind], place: topicPlace(first), otherTool: TOOL[first.kind] } });
      seen.set(name, [...earlier, topic]);
    }
  },
});

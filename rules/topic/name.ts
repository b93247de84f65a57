import { defineRule } from '../../src/engine/rule.js';
import { topicAnchor, topicPlace, type TopicDefinition } from '../../src/model/topic.js';

/** Kafka's longest topic name (Topic.MAX_NAME_LENGTH). */
const MAX_NAME_LENGTH = 249;

/** Why Kafka refuses a topic name (Topic.validate), or undefined when it accepts it. */
function illegal(name: string): string | undefined {
  if (name.length === 0) return 'it is empty';
  if (name === '.' || name === '..') return 'it is "." or ".."';
  if (name.length > MAX_NAME_LENGTH) return `it is ${name.length} characters long, more than ${MAX_NAME_LENGTH}`;
  const bad = [...new Set(name.replace(/[a-zA-Z0-9._-]/g, ''))];
  if (bad.length > 0) return `it holds ${bad.slice(0, 5).map((c) => JSON.stringify(c)).join(', ')}${bad.length > 5 ? ', ...' : ''}`;
  return undefined;
}

export default defineRule({
  meta: {
    id: 'topic/name',
    category: 'outage-risk',
    fileKinds: ['strimzi', 'topics'],
    description: 'A topic name Kafka refuses (characters other than ASCII letters, digits, ".", "_" and "-", longer than 249, "." or ".."), or two topic names that differ only in "." versus "_".',
    rationale:
      'Kafka accepts topic names of ASCII letters, digits, ".", "_" and "-", at most 249 characters, and not "." or ".." (Topic.validate); it refuses to create any other (InvalidTopicException). Kafka\'s metric names replace "." with "_", so two topics whose names differ only there would report as one: Kafka therefore refuses to create a topic that collides with an existing one ("Topic \'a_b\' collides with existing topic: a.b"), and whichever of the two definitions is applied second fails. A name a template fills in is not judged.',
    fix: 'Rename the topic with legal characters; of two colliding names, keep one separator style ("." or "_") in all topic names.',
    references: [
      { title: 'Kafka 3.9.2 Topic.java: validate, MAX_NAME_LENGTH 249, hasCollision', url: 'https://github.com/apache/kafka/blob/3.9.2/clients/src/main/java/org/apache/kafka/common/internals/Topic.java' },
      { title: 'Kafka 3.9.2 ReplicationControlManager.java: "collides with existing topic"', url: 'https://github.com/apache/kafka/blob/3.9.2/metadata/src/main/java/org/apache/kafka/controller/ReplicationControlManager.java' },
    ],
    messages: {
      illegal: {
        severity: 'error',
        text: 'Kafka refuses the topic name {{name}}: {{why}} (legal: ASCII letters, digits, ".", "_" and "-", at most 249 characters, not "." or ".."). Rename the topic.',
      },
      collides: {
        severity: 'error',
        text: 'Topic {{name}} collides with topic {{other}} ({{place}}): the names differ only in "." versus "_", which Kafka\'s metric names do not tell apart, so Kafka refuses to create whichever comes second ("collides with existing topic"). Use one separator style in both names.',
      },
    },
    examples: {
      bad: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  topicName: orders/eu\n  partitions: 3\n  replicas: 3\n' }],
      good: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  topicName: orders.eu\n  partitions: 3\n  replicas: 3\n' }],
    },
  },
  check(ctx) {
    const byMetricName = new Map<string, TopicDefinition>();
    for (const topic of ctx.cluster.topics) {
      const name = topic.name;
      if (name === undefined || topic.templatedName) continue;
      const why = illegal(name);
      if (why !== undefined) {
        ctx.report({ ...topicAnchor(topic), messageId: 'illegal', data: { name: JSON.stringify(name.length > 300 ? `${name.slice(0, 300)}...` : name), why } });
        continue;
      }
      const metric = name.replace(/\./g, '_');
      const first = byMetricName.get(metric);
      if (first === undefined) byMetricName.set(metric, topic);
      else if (first.name !== name) ctx.report({ ...topicAnchor(topic), messageId: 'collides', data: { name, other: first.name as string, place: topicPlace(first) } });
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { topicsOf } from '../../src/deploy/load.js';
import { nameIsWritten } from '../../src/deploy/topics.js';

/** Kafka's Topic.validate: at most 249 characters of ASCII letters, digits, '.', '_' and '-', not '.' or '..'. */
const LEGAL = /^[a-zA-Z0-9._-]+$/;
const MAX_LENGTH = 249;

export default defineRule({
  meta: {
    id: 'topic/name',
    category: 'startup-failure',
    fileKinds: ['topics', 'strimzi'],
    description: "A topic name Kafka refuses (characters, length, '.' or '..'), or two names that differ only in '.' and '_' (they collide in metric names).",
    rationale:
      'Kafka refuses to create a topic whose name is empty, "." or "..", longer than 249 characters, or holds a character other than ASCII letters, digits, ".", "_" and "-" (InvalidTopicException from Topic.validate). Kafka also warns that topics whose names differ only in "." and "_" collide: metric names replace "." with "_", and creating the second one fails (InvalidTopicException: "Topic ... collides with existing topics"). A JulieOps name is composed with its default naming, which a topology.topic.prefix.format changes: findings on it are warnings that say so.',
    fix: "Use only letters, digits, '.', '_' and '-' (at most 249), and keep to one of '.' or '_' as the separator across topics.",
    references: [
      { title: 'Kafka 3.9.0 Topic.java (validate, hasCollision, "collides")', url: 'https://github.com/apache/kafka/blob/3.9.0/clients/src/main/java/org/apache/kafka/common/internals/Topic.java' },
    ],
    messages: {
      illegal: {
        severity: 'error',
        text: "Topic name '{{topic}}' {{why}}: Kafka refuses to create it (InvalidTopicException). Use only ASCII letters, digits, '.', '_' and '-', at most 249 characters.",
      },
      'illegal-composed': {
        severity: 'warning',
        text: "Topic name '{{topic}}' (composed by JulieOps' default naming) {{why}}: Kafka refuses to create it (InvalidTopicException). Use only ASCII letters, digits, '.', '_' and '-' in the topology's names, at most 249 characters in all.",
      },
      collides: {
        severity: 'error',
        text: "Topic '{{topic}}' differs from '{{other}}' ({{where}}) only in '.' and '_': their metric names collide, and Kafka refuses to create the second (\"collides with existing topics\"). Rename one, keeping to one separator.",
      },
    },
    examples: {
      bad: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  topicName: "orders events"\n  partitions: 6\n  replicas: 3\n' }],
      good: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  topicName: orders.events\n  partitions: 6\n  replicas: 3\n' }],
    },
  },
  check(ctx) {
    const byMetricName = new Map<string, { name: string; file: string; line?: number }>();
    for (const topic of topicsOf(ctx.cluster)) {
      if (!nameIsWritten(topic)) continue;
      const name = topic.name;
      const why =
        name === '' ? 'is empty'
        : name === '.' || name === '..' ? `is '${name}'`
        : name.length > MAX_LENGTH ? `has ${name.length} characters (at most ${MAX_LENGTH})`
        : !LEGAL.test(name) ? `holds '${[...name].find((c) => !LEGAL.test(c))}'`
        : undefined;
      const at = { entry: topic.nameEntry, part: 'value' as const };
      if (why !== undefined) {
        ctx.report({ ...at, messageId: topic.namingAssumed ? 'illegal-composed' : 'illegal', data: { topic: name, why } });
        continue;
      }
      const metricName = name.replaceAll('.', '_');
      const first = byMetricName.get(metricName);
      const line = topic.nameEntry.valueSpan?.line;
      if (!first) byMetricName.set(metricName, { name, file: topic.file, ...(line !== undefined ? { line } : {}) });
      else if (first.name !== name) {
        ctx.report({ ...at, messageId: 'collides', data: { topic: name, other: first.name, where: first.line === undefined ? first.file : `${first.file}:${first.line}` } });
      }
    }
  },
});

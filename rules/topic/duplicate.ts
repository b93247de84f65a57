import { defineRule } from '../../src/engine/rule.js';
import { topicsOf } from '../../src/deploy/load.js';
import { nameIsWritten } from '../../src/deploy/topics.js';

export default defineRule({
  meta: {
    id: 'topic/duplicate',
    category: 'outage-risk',
    fileKinds: ['topics', 'strimzi'],
    description: 'One topic defined twice in the files of one cluster.',
    rationale:
      'Each topic should have one definition. Two KafkaTopic resources for one topic fight: the Strimzi Topic Operator keeps the older and marks the other not ready ("Managed by ..."), Confluent for Kubernetes applies whichever it reconciles last, and JulieOps applies the last definition it reads; partitions, replication and configs then depend on order, and an edit to the wrong copy does nothing.',
    fix: 'Keep one definition of the topic and delete the other.',
    references: [
      { title: 'Strimzi documentation: Handling changes to topics (a KafkaTopic for a topic another KafkaTopic manages is not reconciled)', url: 'https://strimzi.io/docs/operators/latest/deploying#con-topic-operator-topic-handling-str' },
    ],
    messages: {
      duplicate: {
        severity: 'warning',
        text: "Topic '{{topic}}' is also defined at {{first}}: the two definitions compete, and which one applies depends on the tool's order. Keep one.",
      },
    },
    examples: {
      bad: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n---\napiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders-copy\nspec:\n  topicName: orders\n  partitions: 12\n' }],
      good: [{ file: 'topics.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n' }],
    },
  },
  check(ctx) {
    const first = new Map<string, string>();
    for (const topic of topicsOf(ctx.cluster)) {
      // A topic read from a live cluster (--bootstrap-server) is the running copy of a definition, not another one.
      if (!nameIsWritten(topic) || topic.source === 'cluster') continue;
      const line = topic.nameEntry.valueSpan?.line ?? topic.nameEntry.keySpan?.line;
      const where = line === undefined ? topic.file : `${topic.file}:${line}`;
      const seen = first.get(topic.name);
      if (seen === undefined) first.set(topic.name, where);
      else ctx.report({ entry: topic.nameEntry, part: 'value', messageId: 'duplicate', data: { topic: topic.name, first: seen } });
    }
  },
});

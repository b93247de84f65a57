import { defineRule } from '../../src/engine/rule.js';
import { documentsWithProperties } from '../../src/model/documents.js';
import { displayValue } from '../../src/model/secrets.js';
import { isTemplated } from '../../src/model/settings.js';

export default defineRule({
  meta: {
    id: 'properties/duplicate-key',
    category: 'misread',
    fileKinds: ['broker', 'zookeeper'],
    description: 'A key is set more than once in one file; only the last value takes effect.',
    rationale:
      'java.util.Properties keeps the last value of a repeated key without a word, so an edit to the first occurrence silently does nothing. Kafka and ZooKeeper both read their files this way.',
    fix: 'Delete every occurrence but the one you mean, or merge the values into one line.',
    references: [{ title: 'java.util.Properties.load (Java 17)', url: 'https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/Properties.html#load(java.io.Reader)' }],
    messages: {
      'set-again': {
        severity: 'warning',
        text: "'{{key}}' is set again on line {{winnerLine}}, so this value ({{value}}) is ignored; the value on line {{winnerLine}} ({{winnerValue}}) wins. Keep one line.",
      },
    },
    examples: {
      bad: [{ file: 'server.properties', text: 'num.partitions=3\nlog.dirs=/data/kafka\nnum.partitions=6\n' }],
      good: [{ file: 'server.properties', text: 'num.partitions=6\nlog.dirs=/data/kafka\n' }],
    },
  },
  check(ctx) {
    for (const doc of documentsWithProperties(ctx.cluster)) {
      const entries = doc.properties.entries;
      const last = new Map(entries.map((e) => [e.key, e]));
      for (const entry of entries) {
        const winner = last.get(entry.key);
        // Only the key matters: a template may fill the value, but not decide the key or whether the line is written.
        if (!winner || winner === entry || isTemplated({ ...entry, value: '' }) || isTemplated({ ...winner, value: '' })) continue;
        ctx.report({
          entry,
          messageId: 'set-again',
          data: { key: entry.key, winnerLine: winner.keySpan.line, value: displayValue(entry), winnerValue: displayValue(winner) },
        });
      }
    }
  },
});

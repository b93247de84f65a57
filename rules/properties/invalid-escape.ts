import { defineRule } from '../../src/engine/rule.js';
import { documentsWithProperties } from '../../src/model/documents.js';
import { isSecretKey } from '../../src/model/secrets.js';

export default defineRule({
  meta: {
    id: 'properties/invalid-escape',
    category: 'startup-failure',
    fileKinds: ['broker', 'zookeeper'],
    description: 'A \\u escape without four hex digits after it, which stops Kafka and ZooKeeper from loading the file.',
    rationale:
      'java.util.Properties.load throws IllegalArgumentException("Malformed \\uxxxx encoding.") at the first \\u that is not followed by four hex digits, and the whole file is rejected: Kafka exits at startup (Utils.loadProps in kafka.Kafka.main) and ZooKeeper exits with "Error processing <file>" (QuorumPeerConfig.parse). The usual cause is a Windows path such as C:\\users\\kafka, where \\u starts an escape.',
    fix: 'For a backslash, as in a Windows path, write \\\\ (C:\\\\users\\\\kafka) or use forward slashes (C:/users/kafka). For a character, write \\u and exactly four hex digits (\\u00e9 for é).',
    references: [
      { title: 'java.util.Properties.load (Java 17): \\uxxxx escapes', url: 'https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/Properties.html#load(java.io.Reader)' },
      { title: 'Kafka 3.9-4.3 Utils.loadProps (clients/src/main/java/org/apache/kafka/common/utils/Utils.java)', url: 'https://github.com/apache/kafka/blob/4.0/clients/src/main/java/org/apache/kafka/common/utils/Utils.java' },
      { title: 'ZooKeeper 3.8.4 QuorumPeerConfig.parse', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'kafka-lint conformance suite: Java\'s own results on edge cases', url: 'https://github.com/kafka-lint/kafka-lint/blob/main/docs/parser-choice.md' },
    ],
    messages: {
      'malformed-unicode-escape': {
        severity: 'error',
        text: `{{place}} is not a \\u escape with four hex digits: Java's Properties.load fails with "Malformed \\uxxxx encoding." and {{product}} does not start. For a backslash write \\\\ (or / in paths); for a character write \\u and four hex digits.`,
      },
    },
    examples: {
      bad: [{ file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=C:\\users\\zookeeper\\data\nclientPort=2181\n' }],
      good: [{ file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=C:/users/zookeeper/data\nclientPort=2181\n' }],
    },
  },
  check(ctx) {
    for (const doc of documentsWithProperties(ctx.cluster)) {
      const product = doc.kind === 'broker' ? 'Kafka' : 'ZooKeeper';
      const { entries, diagnostics } = doc.properties;
      for (const d of diagnostics) {
        const entry = d.entryIndex === undefined ? undefined : entries[d.entryIndex];
        if (d.code !== 'invalid-unicode-escape' || !entry) continue;
        const place =
          d.part === 'key'
            ? `'${d.text}' in the key '${entry.rawKey}'`
            : isSecretKey(entry.key)
              ? `The \\u at column ${d.span.column} of the value of '${entry.key}'`
              : `'${d.text}' in the value of '${entry.key}'`;
        ctx.report({ file: doc.file, span: d.span, key: entry.key, messageId: 'malformed-unicode-escape', data: { place, product } });
      }
    }
  },
});

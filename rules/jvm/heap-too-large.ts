import { defineRule } from '../../src/engine/rule.js';
import { formatGiB, heapFlag, jvmNodes, parseJvmSize } from '../../src/deploy/jvm.js';
import { MAX_BROKER_HEAP_BYTES as DEFAULT_LIMIT } from '../../src/model/heap-limits.js';

/** The `maxHeap` option: bytes, or a JVM size such as `6g`. */
function limitOf(option: unknown): number {
  if (typeof option === 'number' && option > 0) return option;
  if (typeof option === 'string') return parseJvmSize(option.trim()) ?? DEFAULT_LIMIT;
  return DEFAULT_LIMIT;
}

export default defineRule({
  meta: {
    id: 'jvm/heap-too-large',
    severity: 'warning',
    category: 'performance',
    fileKinds: ['broker', 'compose', 'systemd', 'env', 'strimzi'],
    description: 'A Kafka broker\'s heap (-Xmx) is above 5 GB (configurable with the `maxHeap` option).',
    rationale:
      'Kafka keeps records in the OS page cache, not on the heap: the heap holds only request buffers, metadata and caches, which a few GB serve even for large brokers. Memory given to the heap is taken from the page cache, and a large heap makes full GC pauses longer. Kafka: The Definitive Guide (2nd ed., ch. 2) notes that a broker handling 150,000 messages per second runs with a 5 GB heap, the limit kafka-lint uses; Kafka\'s own start script defaults to 1 GB.',
    fix: 'Give the broker 4 to 6 GB of heap with -Xms equal to -Xmx (e.g. KAFKA_HEAP_OPTS="-Xmx5g -Xms5g") and leave the rest of the RAM to the page cache. Set the rule option `maxHeap` (e.g. "8g") if you have measured a need for more.',
    references: [
      { title: 'Kafka: The Definitive Guide, 2nd ed. (O\'Reilly, 2021), ch. 2 Installing Kafka, Memory: a broker handling 150,000 messages/s runs with a 5 GB heap' },
      { title: 'Kafka 4.3 documentation, 6.6 Java Version / hardware and OS (heap and page cache)', url: 'https://kafka.apache.org/documentation/#java' },
    ],
    examples: {
      bad: [{ file: 'kafka-env.sh', text: 'export KAFKA_HEAP_OPTS="-Xmx12g -Xms12g"\n' }],
      good: [{ file: 'kafka-env.sh', text: 'export KAFKA_HEAP_OPTS="-Xmx5g -Xms5g"\n' }],
    },
  },
  check(ctx) {
    const limit = limitOf(ctx.options['maxHeap']);
    for (const node of jvmNodes(ctx.cluster)) {
      const max = node.jvm.maxHeapBytes;
      const flag = heapFlag(node.jvm, 'max');
      if (node.role !== 'kafka' || max === undefined || max <= limit || !flag) continue;
      ctx.report({
        entry: flag.entry,
        message: `${flag.variable} gives the broker a ${formatGiB(max)} heap (${flag.text}), above ${formatGiB(limit)}: Kafka serves records from the page cache, so the extra heap only takes memory from it and lengthens GC pauses. Use about ${formatGiB(Math.min(limit, DEFAULT_LIMIT))} (e.g. -Xmx5g -Xms5g) and leave the rest to the page cache.`,
      });
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { formatGiB, heapFlag, jvmNodes, parseJvmSize } from '../../src/deploy/jvm.js';
import { MAX_BROKER_HEAP_BYTES as DEFAULT_LIMIT } from '../../src/model/heap-limits.js';

/** The `maxHeap` option (bytes, or a JVM size such as `6g`, checked by the schema), or the default. */
function limitOf(option: unknown): number {
  if (typeof option === 'number') return option;
  if (typeof option === 'string') return parseJvmSize(option.trim()) ?? DEFAULT_LIMIT;
  return DEFAULT_LIMIT;
}

export default defineRule({
  meta: {
    id: 'jvm/heap-too-large',
    category: 'performance',
    fileKinds: ['broker', 'compose', 'systemd', 'env', 'strimzi'],
    description: 'A Kafka broker\'s heap (-Xmx) is above 5 GB (configurable with the `maxHeap` option).',
    rationale:
      'Kafka keeps records in the OS page cache, not on the heap: the heap holds request buffers, metadata and caches, which a few GB serve even for busy brokers. "Kafka: The Definitive Guide" notes that a broker handling 150,000 messages per second at 200 Mbit/s runs with a 5 GB heap, and Kafka\'s documentation shows LinkedIn\'s brokers on a 6 GB heap. Memory given to the heap is taken from the page cache, and a large heap makes full GC pauses longer. Advice: set the `maxHeap` option if you have measured a need for more.',
    fix: 'Give the broker 4 to 5 GB of heap with -Xms equal to -Xmx (e.g. KAFKA_HEAP_OPTS="-Xmx5g -Xms5g") and leave the rest of the RAM to the page cache, or raise the rule\'s `maxHeap` option.',
    references: [
      { title: 'Neha Narkhede, Gwen Shapira, Todd Palino: Kafka: The Definitive Guide (O\'Reilly), ch. 2 "Installing Kafka", Hardware Selection: Memory (a 5 GB heap)' },
      { title: 'Kafka 4.3 documentation, 6.6 Java Version (LinkedIn\'s -Xmx6g -Xms6g)', url: 'https://kafka.apache.org/documentation/#java' },
    ],
    messages: {
      'above-limit': {
        severity: 'warning',
        text: '{{variable}} gives the broker a {{heap}} heap ({{flag}}), above {{limit}}: Kafka serves records from the page cache, so the extra heap only takes memory from it and lengthens GC pauses. Use about {{suggested}} (e.g. -Xmx{{size}} -Xms{{size}}) and leave the rest to the page cache.',
      },
    },
    options: (z) =>
      z.strictObject({
        maxHeap: z
          .union([z.number().int().positive(), z.string().regex(/^\s*\d+[kKmMgGtT]?\s*$/)])
          .optional()
          .describe('The largest broker heap that is not reported: bytes, or a JVM size such as "8g" (default "5g").'),
      }),
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
      const suggested = Math.min(limit, DEFAULT_LIMIT);
      ctx.report({
        entry: flag.entry,
        messageId: 'above-limit',
        data: { variable: flag.variable, heap: formatGiB(max), flag: flag.text, limit: formatGiB(limit), suggested: formatGiB(suggested), size: suggested % 2 ** 30 === 0 ? `${suggested / 2 ** 30}g` : `${Math.floor(suggested / 2 ** 20)}m` },
      });
    }
  },
});

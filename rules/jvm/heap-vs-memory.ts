import { defineRule } from '../../src/engine/rule.js';
import { formatGiB, heapFlag, jvmNodes, parseMemoryLimit } from '../../src/deploy/jvm.js';
import { MAX_HEAP_SHARE_OF_MEMORY } from '../../src/model/heap-limits.js';

const SHARE = `${MAX_HEAP_SHARE_OF_MEMORY * 100}%`;

export default defineRule({
  meta: {
    id: 'jvm/heap-vs-memory',
    severity: 'warning',
    category: 'performance',
    fileKinds: ['broker', 'compose', 'systemd', 'env', 'strimzi'],
    description: `A broker's heap is above ${SHARE} of the memory of its host or container, leaving too little page cache.`,
    rationale:
      'Kafka reads and writes records through the OS page cache; consumers that keep up are served from memory only if the page cache holds the recent segments. A heap above a quarter of the RAM leaves too little for that, so reads go to disk. Host memory is known from the rule option `hostMemory` (e.g. "32g"), from a compose mem_limit or deploy.resources.limits.memory, or from Strimzi resources.limits.memory; without it the rule says nothing.',
    fix: `Keep the heap at or below ${SHARE} of the memory (e.g. 6 GB on a 32 GB host), or give the host or container more memory.`,
    references: [
      { title: 'Kafka: The Definitive Guide, 2nd ed. (O\'Reilly, 2021), ch. 2 Installing Kafka, Memory: the heap stays small, the rest of the memory is page cache' },
      { title: 'Kafka 4.3 documentation, 6.5 Hardware and OS: memory', url: 'https://kafka.apache.org/documentation/#hwandos' },
    ],
    examples: {
      bad: [{ file: 'docker-compose.yml', text: 'services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    mem_limit: 8g\n    environment:\n      KAFKA_HEAP_OPTS: -Xmx4g -Xms4g\n' }],
      good: [{ file: 'docker-compose.yml', text: 'services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    mem_limit: 8g\n    environment:\n      KAFKA_HEAP_OPTS: -Xmx2g -Xms2g\n' }],
    },
  },
  check(ctx) {
    const option = ctx.options['hostMemory'];
    const hostMemory = typeof option === 'number' ? option : typeof option === 'string' ? parseMemoryLimit(option, 'compose') : undefined;
    for (const node of jvmNodes(ctx.cluster)) {
      const max = node.jvm.maxHeapBytes;
      const flag = heapFlag(node.jvm, 'max');
      const memory = node.memory?.bytes ?? hostMemory;
      if (node.role !== 'kafka' || max === undefined || !flag || memory === undefined || max <= memory * MAX_HEAP_SHARE_OF_MEMORY) continue;
      const source = node.memory ? `the container's ${node.memory.entry.key} (${node.memory.entry.value})` : 'the host memory (option hostMemory)';
      ctx.report({
        entry: flag.entry,
        message: `${flag.text} is ${Math.round((max / memory) * 100)}% of ${source}, ${formatGiB(memory)}: above ${SHARE}, the page cache that serves Kafka's reads gets too little memory. Use at most ${formatGiB(memory * MAX_HEAP_SHARE_OF_MEMORY)} of heap, or give it more memory.`,
      });
    }
  },
});

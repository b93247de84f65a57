import { defineRule } from '../../src/engine/rule.js';
import { heapFlag, jvmNodes } from '../../src/deploy/jvm.js';

export default defineRule({
  meta: {
    id: 'jvm/heap-min-max-differ',
    category: 'advice',
    fileKinds: ['broker', 'zookeeper', 'compose', 'systemd', 'env', 'strimzi'],
    description: '-Xms (initial heap) differs from -Xmx (maximum heap).',
    rationale:
      'With -Xms below -Xmx the JVM starts small and grows the heap under load, with extra full collections while it resizes, and the memory it may later take is not reserved when the host is sized. Kafka\'s start scripts set both to the same value (-Xmx1G -Xms1G), as does Strimzi\'s documentation. Advice, not a failure.',
    fix: 'Set -Xms equal to -Xmx, e.g. KAFKA_HEAP_OPTS="-Xmx6g -Xms6g".',
    references: [
      { title: 'Kafka 4.3.1 bin/kafka-server-start.sh (KAFKA_HEAP_OPTS="-Xmx1G -Xms1G")', url: 'https://github.com/apache/kafka/blob/4.3.1/bin/kafka-server-start.sh' },
      { title: 'Strimzi documentation: JVM options (-Xms and -Xmx)', url: 'https://strimzi.io/docs/operators/latest/configuring.html#con-common-configuration-jvm-reference' },
    ],
    messages: {
      differ: {
        severity: 'info',
        text: '{{initial}} differs from {{max}}: the {{program}} starts with a smaller heap and resizes it under load. Set both to the same value ({{suggested}}).',
      },
    },
    examples: {
      bad: [{ file: 'kafka-env.sh', text: 'export KAFKA_HEAP_OPTS="-Xmx6g -Xms1g"\n' }],
      good: [{ file: 'kafka-env.sh', text: 'export KAFKA_HEAP_OPTS="-Xmx6g -Xms6g"\n' }],
    },
  },
  check(ctx) {
    for (const node of jvmNodes(ctx.cluster)) {
      const { maxHeapBytes: max, initialHeapBytes: min } = node.jvm;
      const flag = heapFlag(node.jvm, 'initial');
      const maxFlag = heapFlag(node.jvm, 'max');
      if (max === undefined || min === undefined || max === min || !flag || !maxFlag) continue;
      ctx.report({
        entry: flag.entry,
        messageId: 'differ',
        data: { initial: flag.text, max: maxFlag.text, program: node.role === 'kafka' ? 'broker' : 'ZooKeeper server', suggested: maxFlag.text.replace(/^-(Xmx|XX:MaxHeapSize=)/, '-Xms') },
      });
    }
  },
});

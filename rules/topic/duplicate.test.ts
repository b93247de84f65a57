import { ruleTester } from '../../test/rule-tester.js';
import rule from './duplicate.js';

const strimzi = (metadataName: string, topicName?: string) =>
  `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: ${metadataName}\nspec:\n${topicName ? `  topicName: ${topicName}\n` : ''}  partitions: 6\n`;

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    { name: 'two topics', text: `${strimzi('orders')}---\n${strimzi('payments')}` },
  ],
  invalid: [
    {
      name: 'metadata.name and spec.topicName name one topic', text: `${strimzi('orders')}---\n${strimzi('orders-copy', 'orders')}`,
      findings: [{ messageId: 'duplicate', line: 13, column: 14, severity: 'warning',
        message: "Topic 'orders' is also defined at topics.yaml:4: the two definitions compete, and which one applies depends on the tool's order. Keep one." }],
    },
    {
      name: 'a KafkaTopic and a JulieOps topology in two files',
      files: [
        { file: 'k8s/topic.yaml', text: strimzi('orders', 'shop.checkout.orders') },
        { file: 'julie/topology.yaml', text: 'context: "shop"\nprojects:\n  - name: "checkout"\n    topics:\n      - name: "orders"\n' },
      ],
      findings: [{ messageId: 'duplicate', line: 6, column: 14, severity: 'warning',
        message: "Topic 'shop.checkout.orders' is also defined at julie/topology.yaml:5: the two definitions compete, and which one applies depends on the tool's order. Keep one." }],
    },
  ],
});

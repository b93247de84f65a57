import { ruleTester } from '../../test/rule-tester.js';
import rule from './replicas-per-broker.js';

const topic = (name: string, partitions: number, replicas: number) =>
  `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: ${name}\nspec:\n  partitions: ${partitions}\n  replicas: ${replicas}\n`;

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    { name: 'within the guidance', text: `${topic('orders', 2000, 3)}---\n${topic('clicks', 2000, 3)}`, options: { brokerCount: 3 } },
    { name: 'broker count unknown', text: topic('orders', 50000, 3) },
  ],
  invalid: [
    {
      name: 'above 4,000 replicas per broker', text: `${topic('orders', 3000, 3)}---\n${topic('clicks', 1200, 3)}`, options: { brokerCount: 3 },
      findings: [{ messageId: 'above-guidance', line: 6, column: 15, severity: 'warning',
        message: "The 2 topics in view hold 12600 partition replicas, 4200 on each of the 3 brokers: above the about 4,000 per broker that Kafka's partition guidance (and kafka-lint plan) allows, so restarts and leader moves slow down. 'orders' has the most (9000). Use fewer partitions on the largest topics or add brokers." }],
    },
  ],
});

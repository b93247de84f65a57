import { ruleTester } from '../../test/rule-tester.js';
import rule from './partitions-not-multiple-of-brokers.js';

const strimzi = (partitions: string) => `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: ${partitions}\n  replicas: 3\n`;

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    { name: 'a multiple of the brokers', text: strimzi('6'), options: { brokerCount: 3 } },
    { name: 'one partition is never uneven', text: strimzi('1'), options: { brokerCount: 3 } },
    { name: 'broker count unknown', text: strimzi('4') },
    { name: 'templated', text: strimzi('"{{ .Values.partitions }}"'), options: { brokerCount: 3 } },
    { name: 'one broker', text: strimzi('4'), options: { brokerCount: 1 } },
  ],
  invalid: [
    {
      name: '4 partitions on 3 brokers', text: strimzi('4'), options: { brokerCount: 3 },
      findings: [{ messageId: 'uneven-leaders', line: 6, column: 15, severity: 'warning',
        message: "Topic 'orders' has 4 partitions on 3 brokers: Kafka places its leaders round-robin, so the busiest brokers (1 of 3) lead 2 of its partitions each and the others 1, 2 times the topic's produce and fetch load on the busier ones. Use 3 or 6 partitions." }],
    },
    {
      name: 'fewer partitions than brokers (info)', text: strimzi('2'), options: { brokerCount: 3 },
      findings: [{ messageId: 'fewer-than-brokers', line: 6, column: 15, severity: 'info',
        message: "Topic 'orders' has 2 partitions on 3 brokers: its leaders are on only 2 brokers, and a consumer group reads it with at most 2 consumers. If it needs the whole cluster's throughput, give it 3 partitions or a multiple." }],
    },
    {
      name: 'a JulieOps topology, num.partitions as a string', text: 'context: "shop"\nprojects:\n  - name: "checkout"\n    topics:\n      - name: "orders"\n        config:\n          num.partitions: "8"\n', options: { brokerCount: 3 },
      findings: [{ messageId: 'uneven-leaders', line: 7, column: 28, severity: 'warning',
        message: "Topic 'shop.checkout.orders' has 8 partitions on 3 brokers: Kafka places its leaders round-robin, so the busiest brokers (2 of 3) lead 3 of its partitions each and the others 2, 1.5 times the topic's produce and fetch load on the busier ones. Use 6 or 9 partitions." }],
    },
  ],
});

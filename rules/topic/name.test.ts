import { ruleTester } from '../../test/rule-tester.js';
import rule from './name.js';

const strimzi = (name: string, metadataName = 'orders') => `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: ${metadataName}\nspec:\n  topicName: ${name}\n  partitions: 6\n`;

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    { name: 'legal characters', text: strimzi('orders.v1_eu-west') },
    { name: 'templated', text: strimzi('"{{ .Values.topic }}"') },
    { name: 'the same name twice is topic/duplicate', text: `${strimzi('orders')}---\n${strimzi('orders', 'orders-2')}` },
  ],
  invalid: [
    {
      name: 'a blank', text: strimzi('"orders events"'),
      findings: [{ messageId: 'illegal', line: 6, column: 15, severity: 'error',
        message: "Topic name 'orders events' holds ' ': Kafka refuses to create it (InvalidTopicException). Use only ASCII letters, digits, '.', '_' and '-', at most 249 characters." }],
    },
    {
      name: 'too long', text: strimzi('a'.repeat(250)),
      findings: [{ messageId: 'illegal', line: 6, column: 14, severity: 'error',
        message: `Topic name '${'a'.repeat(250)}' has 250 characters (at most 249): Kafka refuses to create it (InvalidTopicException). Use only ASCII letters, digits, '.', '_' and '-', at most 249 characters.` }],
    },
    {
      name: "'.' and '_' collide", text: `${strimzi('orders.eu')}---\n${strimzi('orders_eu', 'orders-2')}`,
      findings: [{ messageId: 'collides', line: 14, column: 14, severity: 'error',
        message: "Topic 'orders_eu' differs from 'orders.eu' (topics.yaml:6) only in '.' and '_': their metric names collide, and Kafka refuses to create the second (\"collides with existing topics\"). Rename one, keeping to one separator." }],
    },
    {
      name: 'a JulieOps name composed with its default naming: a warning', text: 'context: "shop eu"\nprojects:\n  - name: "checkout"\n    topics:\n      - name: "orders"\n',
      findings: [{ messageId: 'illegal-composed', line: 5, column: 16, severity: 'warning',
        message: "Topic name 'shop eu.checkout.orders' (composed by JulieOps' default naming) holds ' ': Kafka refuses to create it (InvalidTopicException). Use only ASCII letters, digits, '.', '_' and '-' in the topology's names, at most 249 characters in all." }],
    },
  ],
});

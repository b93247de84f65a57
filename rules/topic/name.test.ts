import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './name.js';

const named = (name: string, resource = 'orders') => `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: ${resource}\nspec:\n  topicName: ${name}\n  partitions: 3\n  replicas: 3\n`;
const LEGAL = '(legal: ASCII letters, digits, ".", "_" and "-", at most 249 characters, not "." or ".."). Rename the topic.';

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    { name: 'legal names in every fixture', files: [...fixtureFiles('topics/strimzi'), ...fixtureFiles('topics/cfk').map((f) => ({ ...f, file: `cfk/${f.file}` })), ...fixtureFiles('topics/julieops')] },
    { name: '249 characters', text: named('a'.repeat(249)) },
    { name: 'a templated name', text: named('"{{ .Values.topic }}/x"') },
    { name: 'one name with both separators', text: named('orders.eu_west') },
  ],
  invalid: [
    {
      name: 'a slash', text: named('orders/eu'),
      findings: [{ messageId: 'illegal', line: 6, column: 14, severity: 'error', message: `Kafka refuses the topic name "orders/eu": it holds "/" ${LEGAL}` }],
    },
    {
      name: '250 characters', text: named('a'.repeat(250)),
      findings: [{ messageId: 'illegal', line: 6, column: 14, severity: 'error', message: `Kafka refuses the topic name "${'a'.repeat(250)}": it is 250 characters long, more than 249 ${LEGAL}` }],
    },
    {
      name: '".." and a non-ASCII letter', text: `${named('..')}---\n${named('bestellungen-ä', 'other')}`,
      findings: [
        { messageId: 'illegal', line: 6, column: 14, severity: 'error', message: `Kafka refuses the topic name "..": it is "." or ".." ${LEGAL}` },
        { messageId: 'illegal', line: 15, column: 14, severity: 'error', message: `Kafka refuses the topic name "bestellungen-ä": it holds "ä" ${LEGAL}` },
      ],
    },
    {
      name: 'names that differ only in "." versus "_": the second is refused',
      files: [
        { file: 'strimzi/topics.yaml', text: named('orders.eu') },
        { file: 'topology.yml', text: 'context: "orders"\nprojects:\n  - name: "x"\n    topics:\n      - name: "eu"\n' },
        { file: 'cfk/topics.yaml', text: 'apiVersion: platform.confluent.io/v1beta1\nkind: KafkaTopic\nmetadata:\n  name: orders-eu\nspec:\n  name: orders_eu\n' },
      ],
      findings: [{
        messageId: 'collides', file: 'strimzi/topics.yaml', line: 6, column: 14, severity: 'error',
        message: 'Topic orders.eu collides with topic orders_eu (cfk/topics.yaml:6): the names differ only in "." versus "_", which Kafka\'s metric names do not tell apart, so Kafka refuses to create whichever comes second ("collides with existing topic"). Use one separator style in both names.',
      }],
    },
  ],
});

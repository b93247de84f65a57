import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './duplicate.js';

const strimzi = (resource: string, name: string, cluster = 'my-cluster') =>
  `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: ${resource}\n  labels:\n    strimzi.io/cluster: ${cluster}\nspec:\n  topicName: ${name}\n  partitions: 3\n`;

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    { name: 'each fixture: distinct names', files: [...fixtureFiles('topics/strimzi'), ...fixtureFiles('topics/cfk').map((f) => ({ ...f, file: `cfk/${f.file}` })), ...fixtureFiles('topics/julieops')] },
    { name: 'the same name in KafkaTopics of two clusters', text: `${strimzi('a', 'orders', 'east')}---\n${strimzi('b', 'orders', 'west')}` },
    { name: 'templated names', text: `${strimzi('a', '"{{ .Values.t }}"')}---\n${strimzi('b', '"{{ .Values.t }}"')}` },
  ],
  invalid: [
    {
      name: 'two KafkaTopics of one cluster', text: `${strimzi('orders', 'orders')}---\n${strimzi('orders-copy', 'orders')}`,
      findings: [{
        messageId: 'duplicate', line: 18, column: 14, severity: 'error',
        message: 'Topic orders is defined twice: here, in a Strimzi KafkaTopic, and at topics.yaml:8, in a Strimzi KafkaTopic. Two definitions fight over its partitions, replicas and configs (the tools refuse the second or apply whichever ran last). Keep one.',
      }],
    },
    {
      name: 'a CFK KafkaTopic and a JulieOps topology name the same topic',
      files: [
        { file: 'cfk/topics.yaml', text: 'apiVersion: platform.confluent.io/v1beta1\nkind: KafkaTopic\nmetadata:\n  name: c-p-t\nspec:\n  name: c.p.t\n  partitionCount: 3\n' },
        { file: 'topology.yml', text: 'context: "c"\nprojects:\n  - name: "p"\n    topics:\n      - name: "t"\n' },
      ],
      findings: [{
        messageId: 'duplicate', file: 'topology.yml', line: 5, column: 16, severity: 'error',
        message: 'Topic c.p.t is defined twice: here, in a JulieOps topology, and at cfk/topics.yaml:6, in a Confluent for Kubernetes KafkaTopic. Two definitions fight over its partitions, replicas and configs (the tools refuse the second or apply whichever ran last). Keep one.',
      }],
    },
  ],
});

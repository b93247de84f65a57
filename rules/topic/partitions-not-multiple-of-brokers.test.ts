import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './partitions-not-multiple-of-brokers.js';

const topic = (partitions: number | string) => `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: ${partitions}\n  replicas: 3\n`;
const SKEW_4_3 = 'Kafka places a topic\'s partition leaders round-robin from a random broker, so one broker leads 2 of its partitions and the other 2 lead 1 each: 2 times the topic\'s produce and fetch load on the busier brokers. Use 3 or 6 partitions; partitions can be added later, never removed.';

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    { name: 'a multiple of the broker count', text: topic(6), options: { brokerCount: 3 } },
    { name: 'one partition is never uneven', text: topic(1), options: { brokerCount: 3 } },
    { name: 'fewer partitions than brokers: no broker leads two', text: topic(2), options: { brokerCount: 3 } },
    { name: 'the broker count is unknown (topic files only)', text: topic(4) },
    { name: 'a templated partition count', text: topic('"{{ .Values.partitions }}"'), options: { brokerCount: 3 } },
    { name: 'CFK topics: 12 and 3 partitions on 3 brokers', files: fixtureFiles('topics/cfk'), options: { brokerCount: 3 } },
  ],
  invalid: [
    {
      name: '4 partitions on the 3 brokers of a Strimzi Kafka resource (known)', files: fixtureFiles('topics/strimzi'),
      findings: [{ messageId: 'uneven-leaders', file: 'topics.yaml', line: 9, column: 15, severity: 'warning', message: `Topic orders has 4 partitions on 3 brokers, not a multiple: ${SKEW_4_3}` }],
    },
    {
      name: '8 partitions on 3 brokers stated: two brokers lead 3', text: topic(8), options: { brokerCount: 3 },
      findings: [{
        messageId: 'uneven-leaders', line: 6, column: 15,
        message: 'Topic orders has 8 partitions on 3 brokers, not a multiple: Kafka places a topic\'s partition leaders round-robin from a random broker, so 2 brokers lead 3 of its partitions and the other broker leads 2 each: 1.5 times the topic\'s produce and fetch load on the busier brokers. Use 6 or 9 partitions; partitions can be added later, never removed.',
      }],
    },
    {
      name: 'JulieOps topics on 3 broker configs in view: at least 3, said so',
      files: [...fixtureFiles('topics/julieops'), ...[1, 2, 3].map((i) => ({ file: `kafka${i}/server.properties`, text: `broker.id=${i}\nzookeeper.connect=zk:2181\n` }))],
      findings: [{
        messageId: 'uneven-leaders-in-view', file: 'topology.yml', line: 16, column: 28, severity: 'warning',
        message: `Topic context.source.foo.bar.avro has 4 partitions, not a multiple of the 3 brokers in view (kafka-lint assumed they are the whole cluster; if it has more, state the count with --brokers or "brokerCount" in kafka-lint.config.json): ${SKEW_4_3}`,
      }],
    },
    {
      name: 'Terraform: 4 partitions on 3 brokers stated; 12 is a multiple', files: fixtureFiles('topics/terraform'), options: { brokerCount: 3 },
      findings: [{ messageId: 'uneven-leaders', file: 'kafka_topics.tf', line: 13, column: 24, severity: 'warning', message: `Topic orders has 4 partitions on 3 brokers, not a multiple: ${SKEW_4_3}` }],
    },
  ],
});

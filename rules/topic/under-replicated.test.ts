import { ruleTester } from '../../test/rule-tester.js';
import rule from './under-replicated.js';

const strimzi = (replicas: string) => `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: ${replicas}\n`;

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    { name: 'three replicas', text: strimzi('3'), options: { brokerCount: 3 } },
    { name: 'one replica on a one-broker cluster', text: strimzi('1'), options: { brokerCount: 1 } },
    { name: 'two replicas on two brokers', text: strimzi('2'), options: { brokerCount: 2 } },
    { name: 'two replicas, broker count unknown', text: strimzi('2') },
    { name: 'templated', text: strimzi('"${REPLICAS}"'), options: { brokerCount: 3 } },
  ],
  invalid: [
    {
      name: 'one replica', text: strimzi('1'), options: { brokerCount: 3 },
      findings: [{ messageId: 'single-replica', line: 7, column: 13, severity: 'warning',
        message: "Topic 'orders' has one replica: a broker failure takes its partitions offline, and a lost disk loses their data. Set the replication factor to 3." }],
    },
    {
      name: 'one replica on two brokers', text: strimzi('1'), options: { brokerCount: 2 },
      findings: [{ messageId: 'single-replica', line: 7, column: 13, severity: 'warning',
        message: "Topic 'orders' has one replica: a broker failure takes its partitions offline, and a lost disk loses their data. Set the replication factor to 2." }],
    },
    {
      name: 'two replicas on three brokers', text: strimzi('2'), options: { brokerCount: 3 },
      findings: [{ messageId: 'two-replicas', line: 7, column: 13, severity: 'warning',
        message: "Topic 'orders' has two replicas on 3 brokers: one broker down leaves a single copy of each of its partitions. Set the replication factor to 3 and min.insync.replicas to 2." }],
    },
  ],
});

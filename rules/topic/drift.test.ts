import { ruleTester } from '../../test/rule-tester.js';
import { liveTopic } from '../../src/deploy/topics.js';
import rule from './drift.js';

const strimzi = (partitions: number, replicas: number, config = '') =>
  `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: ${partitions}\n  replicas: ${replicas}\n${config}`;
const running = (partitions: number, replicas: number, configs: [string, string][] = []) => ({ live: { brokers: [], topics: [liveTopic('orders', { partitions, replicationFactor: replicas }, configs)] } });

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    { name: 'what the cluster runs', text: strimzi(12, 3, '  config:\n    retention.ms: 86400000\n'), options: running(12, 3, [['retention.ms', '86400000']]) },
    { name: 'no running cluster', text: strimzi(6, 3) },
  ],
  invalid: [
    {
      name: 'fewer partitions than the cluster has', text: strimzi(6, 3), options: running(12, 3),
      findings: [{ messageId: 'partitions', line: 6, column: 15, severity: 'warning',
        message: "Topic 'orders' has 12 partitions in the running cluster, but this file says 6: Kafka cannot remove partitions, so applying the file fails. Make the file say 12, or create a new topic with fewer partitions." }],
    },
    {
      name: 'replication factor and configs differ', text: strimzi(12, 2, '  config:\n    retention.ms: 86400000\n    cleanup.policy: compact\n'), options: running(12, 3, [['retention.ms', '604800000']]),
      findings: [
        { messageId: 'replication-factor', line: 7, column: 13, severity: 'warning',
          message: "Topic 'orders' has replication factor 3 in the running cluster, but this file says 2: applying the file does not change it (only a partition reassignment does). Make the file say 3, or reassign the partitions." },
        { messageId: 'config', line: 9, column: 19, severity: 'warning',
          message: "Topic 'orders' runs with retention.ms=604800000, but this file says 86400000: the next apply changes it. Make the file say what the topic should run with." },
        { messageId: 'config-not-set', line: 10, column: 21, severity: 'warning',
          message: "Topic 'orders' runs without cleanup.policy set (the broker's default applies), but this file sets compact: the file has not been applied, or the setting was removed. Apply the file, or delete the line." },
      ],
    },
    {
      name: 'a topic the cluster does not have', text: strimzi(6, 3).replace('name: orders', 'name: payments'), options: running(12, 3),
      findings: [{ messageId: 'missing', line: 4, column: 9, severity: 'warning',
        message: "Topic 'payments' is defined in this file, but the running cluster has no such topic: the file has not been applied, or its tool failed to create it. Apply it, or delete the definition." }],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './retention-exceeds-disk.js';

/** A Strimzi Kafka of three brokers with one 100Gi volume each (300 GiB together). */
const kafka = 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: shop\nspec:\n  kafka:\n    replicas: 3\n    storage:\n      type: persistent-claim\n      size: 100Gi\n';
const topic = (name: string, partitions: number, config: string, cluster = 'shop') =>
  `---\napiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: ${name}\n  labels:\n    strimzi.io/cluster: ${cluster}\nspec:\n  partitions: ${partitions}\n  replicas: 3\n  config:\n${config}`;
/** KRaft node pools: three brokers with two 500Gi JBOD volumes each, three controllers. */
const pools =
  'apiVersion: kafka.strimzi.io/v1\nkind: Kafka\nmetadata:\n  name: shop\nspec:\n  kafka:\n    version: 4.1.0\n---\n' +
  'apiVersion: kafka.strimzi.io/v1\nkind: KafkaNodePool\nmetadata:\n  name: brokers\n  labels:\n    strimzi.io/cluster: shop\nspec:\n  replicas: 3\n  roles: [broker]\n  storage:\n    type: jbod\n    volumes:\n      - id: 0\n        type: persistent-claim\n        size: 500Gi\n      - id: 1\n        type: persistent-claim\n        size: 500Gi\n---\n' +
  'apiVersion: kafka.strimzi.io/v1\nkind: KafkaNodePool\nmetadata:\n  name: controllers\n  labels:\n    strimzi.io/cluster: shop\nspec:\n  replicas: 3\n  roles: [controller]\n  storage:\n    type: persistent-claim\n    size: 10Gi\n';
const julieOps = (config: string) => `context: "shop"\nprojects:\n  - name: "checkout"\n    topics:\n      - name: "orders"\n        config:\n          num.partitions: "12"\n          replication.factor: "3"\n${config}`;

ruleTester(rule, {
  defaultFile: 'kafka.yaml',
  valid: [
    { name: 'retention within the disks', text: kafka + topic('orders', 12, '    retention.bytes: 1073741824\n') },
    { name: 'no retention.bytes and no write rate: nothing bounds the topic', text: kafka + topic('orders', 12, '    retention.ms: 604800000\n') },
    { name: 'compacted only: retention does not apply', text: kafka + topic('orders', 12, '    cleanup.policy: compact\n    retention.bytes: 107374182400\n') },
    { name: "another cluster's topic", text: kafka + topic('orders', 12, '    retention.bytes: 107374182400\n', 'other') },
    { name: 'no disk size known', file: 'topology.yaml', text: julieOps('          retention.bytes: "107374182400"\n') },
    {
      name: 'a disk per broker with only a lower bound on the broker count', file: 'topology.yaml', text: julieOps('          retention.bytes: "107374182400"\n'),
      options: { rules: { 'topic/retention-exceeds-disk': ['warning', { diskPerBroker: '1 TiB' }] } },
    },
    { name: 'retention.ms 0 and segment.ms 0 beside retention.bytes within the disks', text: kafka + topic('orders', 12, '    retention.bytes: 1073741824\n    retention.ms: 0\n    segment.ms: 0\n') },
    { name: 'tiered: the local part fits', text: kafka + topic('orders', 12, '    remote.storage.enable: true\n    retention.bytes: 107374182400\n    local.retention.bytes: 1073741824\n') },
  ],
  invalid: [
    {
      name: 'retention.ms 0 does not hide a retention.bytes beyond the disks', text: kafka + topic('orders', 12, '    retention.bytes: 32212254720\n    retention.ms: 0\n'),
      findings: [{ messageId: 'exceeds-disk', line: 22, column: 22, severity: 'warning',
        message: "The one topic counted keeps up to 1.28 TB at full retention, more than the 322 GB of 3 brokers' disks (3 × 100Gi at kafka.yaml:10): a disk fills before retention deletes, and Kafka takes its log directory offline. 'orders' keeps the most, 1.28 TB (12 partitions × retention.bytes 32.2 GB, plus the larger of 10% or its indexes and open segments, × replication factor 3). Lower retention on the largest topics or add disk; `kafka-lint plan --topics` sizes the cluster." }],
    },
    {
      name: "retention.bytes beyond a Strimzi cluster's disks", text: kafka + topic('orders', 12, '    retention.bytes: 32212254720\n') + topic('audit', 3, '    cleanup.policy: compact\n'),
      findings: [{ messageId: 'exceeds-disk', line: 22, column: 22, severity: 'warning',
        message: "The one topic counted keeps up to 1.28 TB at full retention, more than the 322 GB of 3 brokers' disks (3 × 100Gi at kafka.yaml:10): a disk fills before retention deletes, and Kafka takes its log directory offline. 'orders' keeps the most, 1.28 TB (12 partitions × retention.bytes 32.2 GB, plus the larger of 10% or its indexes and open segments, × replication factor 3). 1 other topic (no retention.bytes and no write rate in the rule option write, compacted only, or without a limit) is not counted. Lower retention on the largest topics or add disk; `kafka-lint plan --topics` sizes the cluster." }],
    },
    {
      name: 'above the planner\'s fill on node pools with JBOD volumes', file: 'kafka.yaml', text: pools + topic('orders', 30, '    retention.bytes: 21474836480\n') + topic('payments', 6, '    retention.bytes: 10737418240\n'),
      findings: [{ messageId: 'above-fill', line: 51, column: 22, severity: 'info',
        message: "The 2 topics counted keep up to 2.34 TB at full retention, 73% of the 3.22 TB of 3 brokers' disks (3 × (500Gi + 500Gi) at kafka.yaml:23): above the 70% kafka-lint plan fills, which leaves room for a broker's recovery and a rebalance. 'orders' keeps the most, 2.13 TB (30 partitions × retention.bytes 21.5 GB, plus the larger of 10% or its indexes and open segments, × replication factor 3)." }],
    },
    {
      name: 'a write rate and retention.ms from the rule options, with a stated disk and broker count', file: 'topology.yaml', text: julieOps('          retention.ms: "604800000"\n'),
      options: { brokerCount: 3, rules: { 'topic/retention-exceeds-disk': ['warning', { diskPerBroker: '1 TiB', write: { 'shop.checkout.orders': '5 MB/s' } }] } },
      findings: [{ messageId: 'exceeds-disk', line: 9, column: 26, severity: 'warning',
        message: "The one topic counted keeps up to 9.98 TB at full retention, more than the 3.3 TB of 3 brokers' disks (option diskPerBroker 1 TiB × 3 brokers): a disk fills before retention deletes, and Kafka takes its log directory offline. 'shop.checkout.orders' keeps the most, 9.98 TB (5 MB/s × retention.ms 7 d, plus the larger of 10% or its indexes and open segments, × replication factor 3). Lower retention on the largest topics or add disk; `kafka-lint plan --topics` sizes the cluster." }],
    },
  ],
});

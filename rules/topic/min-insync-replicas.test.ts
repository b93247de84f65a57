import { ruleTester } from '../../test/rule-tester.js';
import rule from './min-insync-replicas.js';

const cfk = (replicas: number, minIsr: string) =>
  `apiVersion: platform.confluent.io/v1beta1\nkind: KafkaTopic\nmetadata:\n  name: clicks\nspec:\n  replicas: ${replicas}\n  partitionCount: 6\n  configs:\n    min.insync.replicas: ${minIsr}\n`;

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    { name: 'two of three', text: cfk(3, '"2"') },
    { name: 'not set: broker/min-insync-replicas judges the broker default', text: 'apiVersion: platform.confluent.io/v1beta1\nkind: KafkaTopic\nmetadata:\n  name: clicks\nspec:\n  replicas: 3\n  partitionCount: 6\n' },
    { name: 'templated', text: cfk(3, '"{{ min_isr }}"') },
    { name: 'one of one', text: cfk(1, '"1"') },
  ],
  invalid: [
    {
      name: 'above the replication factor', text: cfk(2, '"3"'),
      findings: [{ messageId: 'above-replication-factor', line: 9, column: 27, severity: 'error',
        message: "Topic 'clicks' sets min.insync.replicas=3 with replication factor 2: producers with acks=all can never write to it (NotEnoughReplicas). Set min.insync.replicas to 1." }],
    },
    {
      name: 'equal to the replication factor', text: cfk(3, '3'),
      findings: [{ messageId: 'equals-replication-factor', line: 9, column: 26, severity: 'warning',
        message: "Topic 'clicks' sets min.insync.replicas=3, its replication factor: while any one replica is out of sync (a broker restart), acks=all writes to its partitions fail. Set min.insync.replicas to 2." }],
    },
    {
      name: 'one of three', text: cfk(3, '1'),
      findings: [{ messageId: 'one-of-three', line: 9, column: 26, severity: 'warning',
        message: "Topic 'clicks' sets min.insync.replicas=1 with replication factor 3: an acks=all write can be acknowledged while only one broker has it, and is lost with that broker's disk. Set min.insync.replicas to 2." }],
    },
  ],
});

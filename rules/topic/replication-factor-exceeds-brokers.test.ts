import { ruleTester } from '../../test/rule-tester.js';
import rule from './replication-factor-exceeds-brokers.js';

const cfk = (replicas: number) => `apiVersion: platform.confluent.io/v1beta1\nkind: KafkaTopic\nmetadata:\n  name: clicks\nspec:\n  replicas: ${replicas}\n  partitionCount: 6\n`;
const BROKER = (id: number) => ({ file: `kafka${id}/server.properties`, text: `broker.id=${id}\nzookeeper.connect=zk:2181\n` });

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    { name: 'within the broker count', text: cfk(3), options: { brokerCount: 3 } },
    { name: 'broker count unknown', text: cfk(5) },
  ],
  invalid: [
    {
      name: 'above a stated broker count: Kafka refuses to create it', text: cfk(4), options: { brokerCount: 3 },
      findings: [{ messageId: 'exceeds-brokers', line: 6, column: 13, severity: 'error',
        message: "Topic 'clicks' has replication factor 4, but the cluster has 3 brokers: Kafka refuses to create it (\"Replication factor: 4 larger than available brokers: 3\"). Set the replication factor to 3 or add brokers." }],
    },
    {
      name: 'above the broker files in view: a warning that says what it assumed',
      files: [{ file: 'topics/clicks.yaml', text: cfk(3) }, BROKER(1), BROKER(2)],
      findings: [{ messageId: 'exceeds-brokers', line: 6, column: 13, severity: 'warning',
        message: "Topic 'clicks' has replication factor 3, but only 2 brokers are in view: Kafka refuses to create it (\"Replication factor: 3 larger than available brokers: 2\"). Set the replication factor to 2 or add brokers. kafka-lint counted at least 2 brokers from the files in view; if the cluster has more, state the count with --brokers or \"brokerCount\" in kafka-lint.config.json." }],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './replication-factor-exceeds-brokers.js';

const topic = (replicas: number | string) => `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 3\n  replicas: ${replicas}\n`;
const REFUSED = (rf: number, brokers: number) => `Kafka refuses to create it (InvalidReplicationFactorException, "The target replication factor of ${rf} cannot be reached because only ${brokers} broker(s) are registered"). Set its replication factor to at most ${brokers}, or add brokers.`;
const brokerFiles = (n: number) => Array.from({ length: n }, (_, i) => ({ file: `kafka${i + 1}/server.properties`, text: `broker.id=${i + 1}\nzookeeper.connect=zk:2181\n` }));

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    { name: 'replicas equal to the broker count', text: topic(3), options: { brokerCount: 3 } },
    { name: 'the broker count is unknown', text: topic(5) },
    { name: 'one broker config in view says nothing about the cluster', files: [{ file: 'topics.yaml', text: topic(3) }, ...brokerFiles(1)] },
    { name: 'a templated replica count', text: topic('${REPLICAS}'), options: { brokerCount: 1 } },
    { name: 'the Strimzi fixture: 3 and 1 replicas on 3 brokers', files: fixtureFiles('topics/strimzi') },
  ],
  invalid: [
    {
      name: '3 replicas on 2 brokers stated: creation fails, an error', text: topic(3), options: { brokerCount: 2 },
      findings: [{ messageId: 'exceeds', line: 7, column: 13, severity: 'error', message: `Topic orders asks for 3 replicas, more than the 2 brokers of the cluster: ${REFUSED(3, 2)}` }],
    },
    {
      name: 'CFK topics on one broker (stated): both refused', files: fixtureFiles('topics/cfk'), options: { brokerCount: 1 },
      findings: [
        { messageId: 'exceeds', file: 'topics.yaml', line: 7, column: 13, severity: 'error', message: `Topic clicks asks for 3 replicas, more than the 1 broker of the cluster: ${REFUSED(3, 1)}` },
        { messageId: 'exceeds', file: 'topics.yaml', line: 21, column: 13, severity: 'error', message: `Topic audit_log asks for 2 replicas, more than the 1 broker of the cluster: ${REFUSED(2, 1)}` },
      ],
    },
    {
      name: 'on 2 broker configs in view: a warning that says what it assumed', files: [{ file: 'topics.yaml', text: topic(3) }, ...brokerFiles(2)],
      findings: [{
        messageId: 'exceeds', file: 'topics.yaml', line: 7, column: 13, severity: 'warning',
        message: `Topic orders asks for 3 replicas, more than the 2 brokers in view: ${REFUSED(3, 2)} kafka-lint counted at least 2 brokers from the files in view; if the cluster has more, state the count with --brokers or "brokerCount" in kafka-lint.config.json.`,
      }],
    },
  ],
});

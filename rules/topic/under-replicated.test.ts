import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './under-replicated.js';

const topic = (replicas: number | string) => `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 3\n  replicas: ${replicas}\n`;
const ONE = (name: string) => `Topic ${name} has a single replica: while its broker is down its partitions are offline, and a lost disk loses their data. Give it 3 replicas (with min.insync.replicas=2).`;

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    { name: '3 replicas', text: topic(3), options: { brokerCount: 5 } },
    { name: '2 replicas on a 2-broker cluster', text: topic(2), options: { brokerCount: 2 } },
    { name: '2 replicas, broker count unknown', text: topic(2) },
    { name: 'one replica on a known one-broker cluster', text: topic(1), options: { brokerCount: 1 } },
    { name: 'a templated replica count', text: topic('"{{ .Values.replicas }}"') },
  ],
  invalid: [
    {
      name: 'the Strimzi fixture: Payments.V1 has one replica', files: fixtureFiles('topics/strimzi'),
      findings: [{ messageId: 'one-replica', file: 'topics.yaml', line: 24, column: 13, severity: 'warning', message: ONE('Payments.V1') }],
    },
    {
      name: 'JulieOps: replication.factor 1, the broker count unknown', files: fixtureFiles('topics/julieops'),
      findings: [{ messageId: 'one-replica', file: 'topology.yml', line: 15, column: 32, severity: 'warning', message: ONE('context.source.foo.bar.avro') }],
    },
    {
      name: '2 replicas on 3 brokers (CFK audit_log)', files: fixtureFiles('topics/cfk'), options: { brokerCount: 3 },
      findings: [{
        messageId: 'below-three', file: 'topics.yaml', line: 21, column: 13, severity: 'warning',
        message: 'Topic audit_log has 2 replicas on 3 brokers: with one broker down its partitions there have a single copy, so acks=all writes either stop (min.insync.replicas=2) or go to one disk (min.insync.replicas=1). Give it 3 replicas.',
      }],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './min-insync-replicas.js';

const topic = (replicas: number, minIsr?: number | string) =>
  `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 3\n  replicas: ${replicas}\n${minIsr === undefined ? '' : `  config:\n    min.insync.replicas: ${minIsr}\n`}`;

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    { name: 'min.insync.replicas 2 of 3', text: topic(3, 2) },
    { name: 'not set and no broker in view: the brokers\' value is unknown', text: topic(3) },
    { name: 'a templated min.insync.replicas', text: topic(3, '"{{ .Values.minIsr }}"') },
    { name: 'one replica, min.insync.replicas 1 (under-replicated\'s finding)', text: topic(1, 1) },
    { name: 'the brokers set 2 and the topic has 3 replicas', files: [{ file: 'topics.yaml', text: topic(3) }, { file: 'server.properties', text: 'broker.id=1\nmin.insync.replicas=2\n' }] },
  ],
  invalid: [
    {
      name: 'above the replication factor: unwritable with acks=all, an error', text: topic(2, 3),
      findings: [{
        messageId: 'above-replication-factor', line: 9, column: 26, severity: 'error',
        message: 'Topic orders has min.insync.replicas=3, above its replication factor of 2: producers with acks=all can never write to it (NotEnoughReplicasException). Set min.insync.replicas to 1 or raise the replication factor.',
      }],
    },
    {
      name: 'the brokers\' min.insync.replicas above the topic\'s replicas (Strimzi fixture: Payments.V1 has 1 replica, the Kafka resource sets 2)', files: fixtureFiles('topics/strimzi'),
      findings: [{
        messageId: 'above-replication-factor', file: 'topics.yaml', line: 24, column: 13, severity: 'error',
        message: 'Topic Payments.V1 has min.insync.replicas=2 (the brokers\' setting, kafka.yaml:14), above its replication factor of 1: producers with acks=all can never write to it (NotEnoughReplicasException). Set min.insync.replicas to 1 or raise the replication factor.',
      }],
    },
    {
      name: 'equal to the replication factor: a warning', text: topic(3, 3),
      findings: [{
        messageId: 'equals-replication-factor', line: 9, column: 26, severity: 'warning',
        message: 'Topic orders has min.insync.replicas=3, equal to its replication factor: while any one of its replicas\' brokers is down (a rolling restart), acks=all writes to those partitions fail. Set min.insync.replicas to 2.',
      }],
    },
    {
      name: '1 with 3 replicas, from the brokers\' default', files: [{ file: 'topics.yaml', text: topic(3) }, { file: 'server.properties', text: 'broker.id=1\n' }],
      findings: [{
        messageId: 'one-of-three', file: 'topics.yaml', line: 7, column: 13, severity: 'warning',
        message: 'Topic orders has min.insync.replicas=1 (the brokers\' default) with 3 replicas: an acks=all write can be acknowledged while only one broker has it, and is lost if that broker\'s disk fails. Set min.insync.replicas to 2.',
      }],
    },
  ],
});

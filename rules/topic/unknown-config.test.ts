import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './unknown-config.js';

const strimzi = (config: string) => `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 3\n  replicas: 3\n  config:\n${config}`;
const STRIMZI = 'the Strimzi Topic Operator passes spec.config to Kafka as written, so the KafkaTopic stays not ready and the topic is not created';

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    { name: 'topic-level configs', text: strimzi('    retention.ms: 604800000\n    cleanup.policy: compact\n    min.insync.replicas: 2\n') },
    { name: 'every format\'s fixture', files: [...fixtureFiles('topics/cfk'), ...fixtureFiles('topics/julieops').map((f) => ({ ...f, file: `julie/${f.file}` }))] },
    { name: 'a templated key', text: strimzi('    "{{ .Values.key }}": 1\n') },
    { name: 'a config of the stated version (remote.copy.lag.ms, 4.4)', text: strimzi('    remote.copy.lag.ms: 1000\n'), options: { kafkaVersion: '4.4' } },
  ],
  invalid: [
    {
      name: 'a broker key as a topic config: the topic-level name', text: strimzi('    log.retention.ms: 604800000\n'), options: { kafkaVersion: '4.3' },
      findings: [{
        messageId: 'unknown', line: 9, column: 5, severity: 'error',
        message: `Topic orders sets log.retention.ms, which is not a topic config of Kafka 4.3: Kafka refuses to create the topic ("Unknown topic config name: log.retention.ms"), and ${STRIMZI}. log.retention.ms is the brokers' default for the topic config retention.ms: write retention.ms.`,
      }],
    },
    {
      name: 'a misspelling: did you mean', text: strimzi('    cleanup.polcy: compact\n'), options: { kafkaVersion: '4.3' },
      findings: [{
        messageId: 'unknown', line: 9, column: 5, severity: 'error',
        message: `Topic orders sets cleanup.polcy, which is not a topic config of Kafka 4.3: Kafka refuses to create the topic ("Unknown topic config name: cleanup.polcy"), and ${STRIMZI}. Did you mean cleanup.policy?`,
      }],
    },
    {
      name: 'a replica count written as a config: the tool\'s own field', text: strimzi('    replication.factor: 3\n'), options: { kafkaVersion: '4.3' },
      findings: [{
        messageId: 'unknown', line: 9, column: 5, severity: 'error',
        message: `Topic orders sets replication.factor, which is not a topic config of Kafka 4.3: Kafka refuses to create the topic ("Unknown topic config name: replication.factor"), and ${STRIMZI}. Write it as spec.replicas.`,
      }],
    },
    {
      name: 'JulieOps reads num.partitions, not partitions',
      text: 'context: "c"\nprojects:\n  - name: "p"\n    topics:\n      - name: "t"\n        config:\n          partitions: "3"\n', file: 'topology.yml', options: { kafkaVersion: '4.3' },
      findings: [{
        messageId: 'unknown', line: 7, column: 11, severity: 'error',
        message: 'Topic c.p.t sets partitions, which is not a topic config of Kafka 4.3: Kafka refuses to create the topic ("Unknown topic config name: partitions"), and JulieOps passes every config but num.partitions and replication.factor to Kafka as written, so its run fails. Write it as num.partitions.',
      }],
    },
    {
      name: 'a config another release defines: a warning naming the releases', text: strimzi('    message.format.version: 3.0\n'), options: { kafkaVersion: '4.0' },
      findings: [{
        messageId: 'other-version', line: 9, column: 5, severity: 'warning',
        message: `Topic orders sets message.format.version, a topic config of Kafka 3.9 but not of 4.0: Kafka 4.0 refuses to create the topic with it ("Unknown topic config name: message.format.version"), and ${STRIMZI}. Remove it, or state the Kafka version the cluster runs.`,
      }],
    },
    {
      name: 'the Kafka version assumed: an error only if every release refuses it, and it does', text: strimzi('    retention.hours: 168\n'),
      findings: [{
        messageId: 'unknown', line: 9, column: 5, severity: 'error',
        message: `Topic orders sets retention.hours, which is not a topic config of Kafka 4.4: Kafka refuses to create the topic ("Unknown topic config name: retention.hours"), and ${STRIMZI}. The topic config is retention.ms, in milliseconds.`,
      }],
    },
    {
      name: 'Terraform: a broker key in config', files: fixtureFiles('topics/terraform'), options: { kafkaVersion: '4.3' },
      findings: [{
        messageId: 'unknown', file: 'kafka_topics.tf', line: 26, column: 5, severity: 'error',
        message: 'Topic ${var.env}-events sets log.retention.ms, which is not a topic config of Kafka 4.3: Kafka refuses to create the topic ("Unknown topic config name: log.retention.ms"), and the kafka provider passes config to Kafka as written, so terraform apply fails. log.retention.ms is the brokers\' default for the topic config retention.ms: write retention.ms.',
      }],
    },
  ],
});

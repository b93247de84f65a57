import { ruleTester } from '../../test/rule-tester.js';
import rule from './invalid-value.js';

const strimzi = (config: string) => `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: 3\n  config:\n${config}`;
const terraform = (config: string) => `resource "kafka_topic" "orders" {\n  name               = "orders"\n  replication_factor = 3\n  partitions         = 6\n  config = {\n${config}  }\n}\n`;
const julieOps = (config: string) => `context: "shop"\nprojects:\n  - name: "checkout"\n    topics:\n      - name: "orders"\n        config:\n${config}`;
const cfk = (config: string) => `apiVersion: platform.confluent.io/v1beta1\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  replicas: 3\n  partitionCount: 6\n  configs:\n${config}`;

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    {
      name: 'values of every type in their forms',
      text: strimzi('    retention.ms: 604800000\n    cleanup.policy: compact,delete\n    min.cleanable.dirty.ratio: 0.5\n    preallocate: TRUE\n    message.timestamp.type: LogAppendTime\n    leader.replication.throttled.replicas: "*"\n    follower.replication.throttled.replicas: 0:101,1:102\n'),
      options: { kafkaVersion: '4.4' },
    },
    { name: 'YAML 1.1 booleans, which Kubernetes reads as true and false', text: strimzi('    preallocate: yes\n    unclean.leader.election.enable: Off\n'), options: { kafkaVersion: '4.4' } },
    { name: 'a YAML list for a list config', text: strimzi('    cleanup.policy:\n      - compact\n      - delete\n'), options: { kafkaVersion: '4.4' } },
    { name: 'a template fills the value in', text: strimzi('    retention.ms: "{{ .Values.retention }}"\n'), options: { kafkaVersion: '4.4' } },
    { name: 'a Terraform variable', file: 'main.tf', text: terraform('    "retention.ms" = var.retention_ms\n'), options: { kafkaVersion: '4.4' } },
    { name: 'an unknown name is topic/unknown-config\'s', text: strimzi('    retention.hours: 7d\n'), options: { kafkaVersion: '4.4' } },
    { name: 'a small segment on 4.0, which accepts it', text: strimzi('    segment.bytes: 102400\n'), options: { kafkaVersion: '4.0' } },
  ],
  invalid: [
    {
      name: 'a duration with a unit (Strimzi)', text: strimzi('    retention.ms: 7d\n'), options: { kafkaVersion: '4.4' },
      findings: [{ messageId: 'invalid-value', line: 9, column: 19, severity: 'error',
        message: "Topic 'orders' sets retention.ms='7d': Kafka expects a whole number from -9223372036854775808 to 9223372036854775807 (LONG), written as plain digits without units or separators. Kafka 4.4 refuses to create or alter the topic (InvalidConfigurationException)." }],
    },
    {
      name: 'a value not among the allowed (Terraform)', file: 'main.tf', text: terraform('    "cleanup.policy" = "compacted"\n'), options: { kafkaVersion: '4.4' },
      findings: [{ messageId: 'invalid-value', line: 6, column: 25, severity: 'error',
        message: "Topic 'orders' sets cleanup.policy='compacted': 'compacted' is not allowed; each element must be one of: compact, delete (case-sensitive). Kafka 4.4 refuses to create or alter the topic (InvalidConfigurationException)." }],
    },
    {
      name: 'the wrong case (JulieOps)', text: julieOps('          message.timestamp.type: "logappendtime"\n'), options: { kafkaVersion: '3.9' },
      findings: [{ messageId: 'invalid-value', line: 7, column: 36, severity: 'error',
        message: "Topic 'shop.checkout.orders' sets message.timestamp.type='logappendtime': the value must be one of: CreateTime, LogAppendTime (case-sensitive). Kafka 3.9 refuses to create or alter the topic (InvalidConfigurationException)." }],
    },
    {
      name: 'out of range (Confluent for Kubernetes)', text: cfk('    min.cleanable.dirty.ratio: "1.5"\n'), options: { kafkaVersion: '4.2' },
      findings: [{ messageId: 'invalid-value', line: 9, column: 33, severity: 'error',
        message: "Topic 'orders' sets min.cleanable.dirty.ratio='1.5': the value must be between 0 and 1. Kafka 4.2 refuses to create or alter the topic (InvalidConfigurationException)." }],
    },
    {
      name: 'a throttled replica list that is neither * nor partition:broker pairs', text: strimzi('    leader.replication.throttled.replicas: "0:1,1"\n'), options: { kafkaVersion: '4.4' },
      findings: [{ messageId: 'invalid-value', line: 9, column: 45, severity: 'error',
        message: "Topic 'orders' sets leader.replication.throttled.replicas='0:1,1': the value must be the literal '*' or a list of partitionId:brokerId pairs, such as 0:101,1:102. Kafka 4.4 refuses to create or alter the topic (InvalidConfigurationException)." }],
    },
    {
      name: 'a quoted "yes" stays a string, which Kafka refuses for a BOOLEAN', text: strimzi('    preallocate: "yes"\n'), options: { kafkaVersion: '4.4' },
      findings: [{ messageId: 'invalid-value', line: 9, column: 19, severity: 'error',
        message: "Topic 'orders' sets preallocate='yes': Kafka expects true or false (in any case). Kafka 4.4 refuses to create or alter the topic (InvalidConfigurationException)." }],
    },
    {
      name: 'a limit of one version: 4.1 raised the smallest segment.bytes to 1 MiB', text: strimzi('    segment.bytes: 102400\n'), options: { kafkaVersion: '4.1' },
      findings: [{ messageId: 'invalid-value', line: 9, column: 20, severity: 'error',
        message: "Topic 'orders' sets segment.bytes='102400': the value must be at least 1048576. Kafka 4.1 refuses to create or alter the topic (InvalidConfigurationException) (Kafka 3.9, 4.0 accept it)." }],
    },
    {
      name: 'on an assumed version, a verdict other versions do not share is a warning that names the assumption', text: strimzi('    segment.bytes: 102400\n'),
      findings: [{ messageId: 'invalid-value', line: 9, column: 20, severity: 'warning',
        message: "Topic 'orders' sets segment.bytes='102400': the value must be at least 1048576. Kafka 4.4 refuses to create or alter the topic (InvalidConfigurationException) (Kafka 3.9, 4.0 accept it). kafka-lint assumed Kafka 4.4 (the newest release kafka-lint knows); state it with --kafka-version or \"kafkaVersion\" in kafka-lint.config.json." }],
    },
  ],
});

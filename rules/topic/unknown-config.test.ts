import { ruleTester } from '../../test/rule-tester.js';
import rule from './unknown-config.js';

const strimzi = (config: string) => `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: 3\n  config:\n${config}`;

ruleTester(rule, {
  defaultFile: 'topics.yaml',
  valid: [
    { name: 'topic configs', text: strimzi('    retention.ms: 604800000\n    cleanup.policy: compact\n    min.insync.replicas: 2\n'), options: { kafkaVersion: '4.4' } },
    { name: 'a 4.4 topic config on 4.4', text: strimzi('    remote.copy.lag.ms: 1000\n'), options: { kafkaVersion: '4.4' } },
    { name: 'a templated name', text: strimzi('    "{{ key }}": 1\n'), options: { kafkaVersion: '4.4' } },
  ],
  invalid: [
    {
      name: 'a misspelt config', text: strimzi('    cleanup.polcy: compact\n'), options: { kafkaVersion: '4.4' },
      findings: [{ messageId: 'did-you-mean', line: 9, column: 5, severity: 'error',
        message: "Topic 'orders' sets 'cleanup.polcy', which Kafka 4.4 does not define as a topic config: creating or altering the topic fails (\"Unknown topic config name\"). Did you mean 'cleanup.policy'?" }],
    },
    {
      name: 'a broker key', text: strimzi('    log.retention.ms: 86400000\n'), options: { kafkaVersion: '4.4' },
      findings: [{ messageId: 'broker-key', line: 9, column: 5, severity: 'error',
        message: "Topic 'orders' sets 'log.retention.ms', a broker key, not a topic config: creating or altering the topic fails (\"Unknown topic config name\"). The topic config is 'retention.ms'." }],
    },
    {
      name: 'removed in 4.0', text: strimzi('    message.format.version: 3.0\n'), options: { kafkaVersion: '4.0' },
      findings: [{ messageId: 'unknown', line: 9, column: 5, severity: 'error',
        message: "Topic 'orders' sets 'message.format.version', which Kafka 4.0 does not define as a topic config: creating or altering the topic fails (\"Unknown topic config name\"). Check the spelling, or delete the line." }],
    },
    {
      name: 'new in 4.4 on an assumed version: a warning, since 4.4 defines it', text: strimzi('    remote.copy.lag.ms: 1000\n'), options: { kafkaVersion: '4.3' },
      findings: [{ messageId: 'unknown', line: 9, column: 5, severity: 'error',
        message: "Topic 'orders' sets 'remote.copy.lag.ms', which Kafka 4.3 does not define as a topic config: creating or altering the topic fails (\"Unknown topic config name\"). Check the spelling, or delete the line." }],
    },
  ],
});

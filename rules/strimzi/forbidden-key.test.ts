import { ruleTester } from '../../test/rule-tester.js';
import rule from './forbidden-key.js';

ruleTester(rule, {
  defaultFile: "kafka.yaml",
  valid: [
    { name: "allowed keys only", text: "apiVersion: kafka.strimzi.io/v1\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    config:\n      ssl.cipher.suites: TLS_AES_256_GCM_SHA384\n      zookeeper.connection.timeout.ms: 6000\n      min.insync.replicas: 2\n" },
  ],
  invalid: [
    { name: "forbidden", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    config:\n      broker.rack: a\n      advertised.listeners: PLAINTEXT://x:9092\n      ssl.protocol: TLSv1.3\n      controller.quorum.election.timeout.ms: 2000\n      num.partitions: 6\n",
      findings: [
        { messageId: "forbidden", line: 8, column: 7, severity: "warning",
          message: "Strimzi manages 'broker.rack' itself (prefix 'broker.'), so the operator ignores this value in spec.kafka.config of Kafka 'c'. Set it through the resource (listeners, authorization, storage or rack) instead." },
        { messageId: "forbidden", line: 9, column: 7, severity: "warning",
          message: "Strimzi manages 'advertised.listeners' itself (prefix 'advertised.'), so the operator ignores this value in spec.kafka.config of Kafka 'c'. Set it through the resource (listeners, authorization, storage or rack) instead." },
      ],
    },
  ],
});

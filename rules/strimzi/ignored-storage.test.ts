import { ruleTester } from '../../test/rule-tester.js';
import rule from './ignored-storage.js';

ruleTester(rule, {
  defaultFile: "kafka.yaml",
  valid: [
    { name: "no node pools: the Kafka storage is used", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    replicas: 3\n    storage:\n      type: persistent-claim\n      size: 100Gi\n  zookeeper:\n    replicas: 3\n    storage:\n      type: persistent-claim\n      size: 10Gi\n" },
    { name: "one KRaft metadata volume", text: "apiVersion: kafka.strimzi.io/v1\nkind: KafkaNodePool\nmetadata:\n  name: brokers\nspec:\n  replicas: 3\n  roles: [broker]\n  storage:\n    type: jbod\n    volumes:\n      - id: 0\n        type: persistent-claim\n        size: 100Gi\n        kraftMetadata: shared\n      - id: 1\n        type: persistent-claim\n        size: 100Gi\n" },
  ],
  invalid: [
    { name: "storage and replicas beside node pools", files: [{"file":"kafka.yaml","text":"apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\n  annotations:\n    strimzi.io/node-pools: enabled\n    strimzi.io/kraft: enabled\nspec:\n  kafka:\n    replicas: 3\n    storage:\n      type: persistent-claim\n      size: 100Gi\n"},{"file":"pool.yaml","text":"apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaNodePool\nmetadata:\n  name: dual\n  labels:\n    strimzi.io/cluster: c\nspec:\n  replicas: 3\n  roles: [controller, broker]\n  storage:\n    type: ephemeral\n"}],
      findings: [
        { messageId: "kafka-replicas", line: 10, column: 5, severity: "info", file: "kafka.yaml",
          message: "Kafka 'c' runs its brokers from node pools, so the operator ignores this spec.kafka.replicas: the node pools' replicas decide how many brokers run. Remove it here." },
        { messageId: "kafka-storage", line: 11, column: 5, severity: "warning", file: "kafka.yaml",
          message: "Kafka 'c' runs its brokers from node pools, so the operator ignores this spec.kafka.storage: the brokers get the storage of their KafkaNodePool resources. Remove it here and set the storage in the node pools." },
      ],
    },
    { name: "Kafka 4 runs only node pools", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    version: 4.1.0\n    storage:\n      type: persistent-claim\n      size: 100Gi\n",
      findings: [
        { messageId: "kafka-storage", line: 8, column: 5, severity: "warning",
          message: "Kafka 'c' runs its brokers from node pools, so the operator ignores this spec.kafka.storage: the brokers get the storage of their KafkaNodePool resources. Remove it here and set the storage in the node pools." },
      ],
    },
    { name: "two KRaft metadata volumes", text: "apiVersion: kafka.strimzi.io/v1\nkind: KafkaNodePool\nmetadata:\n  name: brokers\nspec:\n  replicas: 3\n  roles: [broker]\n  storage:\n    type: jbod\n    volumes:\n      - id: 0\n        type: persistent-claim\n        size: 100Gi\n        kraftMetadata: shared\n      - id: 1\n        type: persistent-claim\n        size: 100Gi\n        kraftMetadata: shared\n",
      findings: [
        { messageId: "kraft-metadata-volumes", line: 18, column: 24, severity: "warning",
          message: "2 JBOD volumes of node pool 'brokers' are marked kraftMetadata: shared (volumes 0, 1); only one can hold the KRaft metadata log: a new pool uses the first, and the operator refuses every storage change of an existing one. Mark one volume." },
      ],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './delete-claim.js';

ruleTester(rule, {
  defaultFile: "kafka.yaml",
  valid: [
    { name: "deleteClaim false", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaNodePool\nmetadata:\n  name: brokers\nspec:\n  replicas: 3\n  roles: [broker]\n  storage:\n    type: persistent-claim\n    size: 100Gi\n    deleteClaim: false\n" },
    { name: "Kafka storage ignored beside node pools", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\n  annotations:\n    strimzi.io/node-pools: enabled\nspec:\n  kafka:\n    version: 4.0.0\n    storage:\n      type: persistent-claim\n      size: 100Gi\n      deleteClaim: true\n" },
  ],
  invalid: [
    { name: "node pool JBOD volume", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaNodePool\nmetadata:\n  name: brokers\nspec:\n  replicas: 3\n  roles: [broker]\n  storage:\n    type: jbod\n    volumes:\n      - id: 0\n        type: persistent-claim\n        size: 100Gi\n        deleteClaim: true\n",
      findings: [
        { messageId: "node-pool", line: 14, column: 22, severity: "warning",
          message: "The storage of node pool 'brokers' sets deleteClaim: true: deleting the node pool (or scaling it down) deletes its PersistentVolumeClaims and, with them, the data. Set deleteClaim: false unless that data may be lost." },
      ],
    },
    { name: "Kafka and ZooKeeper storage", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    replicas: 3\n    storage:\n      type: persistent-claim\n      size: 100Gi\n      deleteClaim: true\n  zookeeper:\n    replicas: 3\n    storage:\n      type: persistent-claim\n      size: 10Gi\n      deleteClaim: true\n",
      findings: [
        { messageId: "kafka", line: 11, column: 20, severity: "warning",
          message: "The storage of Kafka 'c' sets deleteClaim: true: deleting the Kafka resource deletes its PersistentVolumeClaims and, with them, the data. Set deleteClaim: false unless that data may be lost." },
        { messageId: "zookeeper", line: 17, column: 20, severity: "warning",
          message: "The ZooKeeper storage of Kafka 'c' sets deleteClaim: true: deleting the Kafka resource deletes ZooKeeper's PersistentVolumeClaims and the cluster metadata on them. Set deleteClaim: false unless that data may be lost." },
      ],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './ephemeral-storage.js';

ruleTester(rule, {
  defaultFile: "kafka.yaml",
  valid: [
    { name: "persistent", text: "apiVersion: kafka.strimzi.io/v1\nkind: KafkaNodePool\nmetadata:\n  name: p\nspec:\n  replicas: 3\n  roles: [broker]\n  storage:\n    type: persistent-claim\n    size: 100Gi\n" },
    { name: "ephemeral Kafka storage ignored beside node pools", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\n  annotations:\n    strimzi.io/node-pools: enabled\n    strimzi.io/kraft: enabled\nspec:\n  kafka:\n    storage:\n      type: ephemeral\n" },
  ],
  invalid: [
    { name: "pool", file: "pools.yaml", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaNodePool\nmetadata:\n  name: brokers\n  labels:\n    strimzi.io/cluster: c\nspec:\n  replicas: 3\n  roles:\n    - broker\n  storage:\n    type: jbod\n    volumes:\n      - id: 0\n        type: ephemeral\n",
      findings: [
        { messageId: "node-pool", line: 15, column: 15, severity: "warning",
          message: "The node pool 'brokers' (broker) stores its data on ephemeral storage, an emptyDir deleted with the pod: every restart or rolling update starts it empty, and losing several pods at once loses data. Use type: persistent-claim." },
      ],
    },
    { name: "kafka without node pools", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    replicas: 3\n    storage:\n      type: ephemeral\n  zookeeper:\n    replicas: 3\n    storage:\n      type: persistent-claim\n      size: 10Gi\n",
      findings: [
        { messageId: "kafka", line: 9, column: 13, severity: "warning",
          message: "Kafka 'c' stores its data on ephemeral storage, an emptyDir deleted with the pod: every restart or rolling update starts it empty, and losing several pods at once loses data. Use type: persistent-claim." },
      ],
    },
    { name: "zookeeper", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    replicas: 3\n    storage:\n      type: persistent-claim\n      size: 10Gi\n  zookeeper:\n    replicas: 3\n    storage:\n      type: ephemeral\n",
      findings: [
        { messageId: "zookeeper", line: 14, column: 13, severity: "warning",
          message: "The ZooKeeper of Kafka 'c' stores its data on ephemeral storage, an emptyDir deleted with the pod: losing a majority of pods at once loses the cluster metadata. Use type: persistent-claim." },
      ],
    },
  ],
});

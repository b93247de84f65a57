import { ruleTester } from '../../test/rule-tester.js';
import rule from './heap-vs-memory.js';

ruleTester(rule, {
  defaultFile: "kafka-env.sh",
  valid: [
    { name: "deploy limits ok", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    deploy:\n      resources:\n        limits:\n          memory: 16G\n    environment:\n      KAFKA_HEAP_OPTS: -Xmx4g -Xms4g\n" },
    { name: "unknown memory", text: "export KAFKA_HEAP_OPTS=\"-Xmx6g -Xms6g\"\n" },
    { name: "host memory enough", text: "export KAFKA_HEAP_OPTS=\"-Xmx6g -Xms6g\"\n", options: {"rules":{"jvm/heap-vs-memory":["warning",{"hostMemory":"32g"}]}} },
  ],
  invalid: [
    { name: "mem_limit", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    mem_limit: 8g\n    environment:\n      KAFKA_HEAP_OPTS: -Xmx4g -Xms4g\n",
      findings: [
        { messageId: "container-limit", line: 6, column: 7, severity: "warning",
          message: "-Xmx4g is 50% of the container's mem_limit (8g), 8 GB: above 25%, the page cache that serves Kafka's reads gets too little memory. Use at most 2 GB of heap, or give it more memory." },
      ],
    },
    { name: "option", text: "export KAFKA_HEAP_OPTS=\"-Xmx6g -Xms6g\"\n", options: {"rules":{"jvm/heap-vs-memory":["warning",{"hostMemory":"16g"}]}},
      findings: [
        { messageId: "host-memory", line: 1, column: 8, severity: "warning",
          message: "-Xmx6g is 38% of the host memory (option hostMemory), 16 GB: above 25%, the page cache that serves Kafka's reads gets too little memory. Use at most 4 GB of heap, or give it more memory." },
      ],
    },
    { name: "strimzi", file: "kafka.yaml", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    replicas: 3\n    resources:\n      limits:\n        memory: 8Gi\n    jvmOptions:\n      -Xmx: 4g\n      -Xms: 4g\n",
      findings: [
        { messageId: "container-limit", line: 12, column: 7, severity: "warning",
          message: "-Xmx4g is 50% of the container's resources.limits.memory (8Gi), 8 GB: above 25%, the page cache that serves Kafka's reads gets too little memory. Use at most 2 GB of heap, or give it more memory." },
      ],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './heap-too-large.js';

ruleTester(rule, {
  defaultFile: "kafka-env.sh",
  valid: [
    { name: "option 16g", text: "export KAFKA_HEAP_OPTS=\"-Xmx12g -Xms12g\"\n", options: {"rules":{"jvm/heap-too-large":["warning",{"maxHeap":"16g"}]}} },
    { name: "option in bytes", text: "export KAFKA_HEAP_OPTS=\"-Xmx6g -Xms6g\"\n", options: {"rules":{"jvm/heap-too-large":["warning",{"maxHeap":8589934592}]}} },
    { name: "zookeeper 8g", file: "java.env", text: "SERVER_JVMFLAGS=\"-Xmx8g\"\n" },
    { name: "KAFKA_OPTS wins", text: "KAFKA_HEAP_OPTS=\"-Xmx12g\"\nKAFKA_OPTS=\"-Xmx4g\"\n" },
  ],
  invalid: [
    { name: "env 12g", text: "export KAFKA_HEAP_OPTS=\"-Xmx12g -Xms12g\"\n",
      findings: [
        { messageId: "above-limit", line: 1, column: 8, severity: "warning",
          message: "KAFKA_HEAP_OPTS gives the broker a 12 GB heap (-Xmx12g), above 5 GB: Kafka serves records from the page cache, so the extra heap only takes memory from it and lengthens GC pauses. Use about 5 GB (e.g. -Xmx5g -Xms5g) and leave the rest to the page cache." },
      ],
    },
    { name: "unit 6144m", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nEnvironment=\"KAFKA_HEAP_OPTS=-Xms6144m -Xmx6144m\"\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { messageId: "above-limit", line: 5, column: 14, severity: "warning",
          message: "KAFKA_HEAP_OPTS gives the broker a 6 GB heap (-Xmx6144m), above 5 GB: Kafka serves records from the page cache, so the extra heap only takes memory from it and lengthens GC pauses. Use about 5 GB (e.g. -Xmx5g -Xms5g) and leave the rest to the page cache." },
      ],
    },
    { name: "compose", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_HEAP_OPTS: -Xmx8g -Xms8g\n",
      findings: [
        { messageId: "above-limit", line: 5, column: 7, severity: "warning",
          message: "KAFKA_HEAP_OPTS gives the broker a 8 GB heap (-Xmx8g), above 5 GB: Kafka serves records from the page cache, so the extra heap only takes memory from it and lengthens GC pauses. Use about 5 GB (e.g. -Xmx5g -Xms5g) and leave the rest to the page cache." },
      ],
    },
    { name: "above a lower option", text: "export KAFKA_HEAP_OPTS=\"-Xmx3g -Xms3g\"\n", options: {"rules":{"jvm/heap-too-large":["warning",{"maxHeap":"2g"}]}},
      findings: [
        { messageId: "above-limit", line: 1, column: 8, severity: "warning",
          message: "KAFKA_HEAP_OPTS gives the broker a 3 GB heap (-Xmx3g), above 2 GB: Kafka serves records from the page cache, so the extra heap only takes memory from it and lengthens GC pauses. Use about 2 GB (e.g. -Xmx2g -Xms2g) and leave the rest to the page cache." },
      ],
    },
  ],
});

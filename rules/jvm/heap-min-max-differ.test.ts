import { ruleTester } from '../../test/rule-tester.js';
import rule from './heap-min-max-differ.js';

ruleTester(rule, {
  defaultFile: "kafka-env.sh",
  valid: [
    { name: "equal different units", text: "export KAFKA_HEAP_OPTS=\"-Xmx1g -Xms1024m\"\n" },
    { name: "only Xmx", text: "export KAFKA_HEAP_OPTS=\"-Xmx1g\"\n" },
    { name: "templated heap", text: "export KAFKA_HEAP_OPTS=\"-Xmx{{ heap }} -Xms1g\"\n" },
  ],
  invalid: [
    { name: "differ", text: "export KAFKA_HEAP_OPTS=\"-Xmx6g -Xms1g\"\n",
      findings: [
        { messageId: "differ", line: 1, column: 8, severity: "info",
          message: "-Xms1g differs from -Xmx6g: the broker starts with a smaller heap and resizes it under load. Set both to the same value (-Xms6g)." },
      ],
    },
    { name: "java.env", file: "conf/java.env", text: "export SERVER_JVMFLAGS=\"-Xms512m -Xmx2g\"\n",
      findings: [
        { messageId: "differ", line: 1, column: 8, severity: "info",
          message: "-Xms512m differs from -Xmx2g: the ZooKeeper server starts with a smaller heap and resizes it under load. Set both to the same value (-Xms2g)." },
      ],
    },
    { name: "strimzi", file: "kafka.yaml", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    jvmOptions:\n      -Xms: 2g\n      -Xmx: 4g\n",
      findings: [
        { messageId: "differ", line: 8, column: 7, severity: "info",
          message: "-Xms2g differs from -Xmx4g: the broker starts with a smaller heap and resizes it under load. Set both to the same value (-Xms4g)." },
      ],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './heap-min-max-differ.js';

ruleTester(rule, {
  valid: [
    { name: "equal different units", file: "kafka-env.sh", text: "export KAFKA_HEAP_OPTS=\"-Xmx1g -Xms1024m\"\n" },
    { name: "only Xmx", file: "kafka-env.sh", text: "export KAFKA_HEAP_OPTS=\"-Xmx1g\"\n" },
  ],
  invalid: [
    {
      name: "differ", file: "kafka-env.sh", text: "export KAFKA_HEAP_OPTS=\"-Xmx6g -Xms1g\"\n",
      findings: [
        { line: 1, severity: "info", message: "-Xms1g differs from -Xmx6g: the broker starts with a smaller heap and resizes it under load. Set both to the same value (-Xms6g)." },
      ],
    },
    {
      name: "java.env", file: "conf/java.env", text: "export SERVER_JVMFLAGS=\"-Xms512m -Xmx2g\"\n",
      findings: [
        { line: 1, severity: "info", message: "-Xms512m differs from -Xmx2g: the ZooKeeper server starts with a smaller heap and resizes it under load. Set both to the same value (-Xms2g)." },
      ],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './syntax.js';

ruleTester(rule, {
  defaultFile: "docker-compose.yml",
  valid: [
    { name: "clean compose", text: "services:\n  zk:\n    image: zookeeper:3.8\n" },
    { name: "clean unit", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=kafka\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n" },
  ],
  invalid: [
    { name: "tabs", text: "services:\n\tzk:\n\t\timage: zookeeper:3.8\n",
      findings: [
        { messageId: "yaml-tabs", line: 2, column: 1, severity: "error",
          message: "Compose refuses this file: YAML does not allow tabs for indentation. Indent with spaces; kafka-lint read it as if the tabs were spaces." },
      ],
    },
    { name: "broken YAML", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_BROKER_ID: 1\n     KAFKA_NUM_PARTITIONS: 3\n",
      findings: [
        { messageId: "yaml-error", line: 6, column: 1, severity: "error",
          message: "docker compose refuses this file: it is not valid YAML (All mapping items must start at the same column); kafka-lint read what it could. Fix the YAML at this line." },
      ],
    },
    { name: "broken Strimzi YAML", file: "kafka.yaml", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    replicas: 3\n   config: {}\n",
      findings: [
        { messageId: "yaml-error", line: 8, column: 1, severity: "error",
          message: "kubectl refuses this file: it is not valid YAML (All mapping items must start at the same column); kafka-lint read what it could. Fix the YAML at this line." },
      ],
    },
    { name: "unit line without =", file: "kafka.service", text: "[Unit]\nDescription=Kafka\n\n[Service]\nUser=kafka\n~\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { messageId: "unit-line-without-equals", line: 6, column: 1, severity: "warning",
          message: "systemd ignores this line: it has no '=' (it logs \"Missing '='\"). Remove it or write Key=value." },
      ],
    },
    { name: "unit assignment before a section", file: "kafka.service", text: "User=kafka\n[Service]\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { messageId: "unit-line-outside-section", line: 1, column: 1, severity: "warning",
          message: "systemd ignores this assignment: it comes before any [Section] header. Move it into the section it belongs to, e.g. [Service]." },
      ],
    },
  ],
});

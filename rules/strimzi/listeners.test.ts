import { ruleTester } from '../../test/rule-tester.js';
import rule from './listeners.js';

ruleTester(rule, {
  defaultFile: "kafka.yaml",
  valid: [
    { name: "fine", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    listeners:\n      - name: plain\n        port: 9092\n        type: internal\n        tls: false\n      - name: tls\n        port: 9093\n        type: internal\n        tls: true\n" },
  ],
  invalid: [
    { name: "duplicate", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    listeners:\n      - name: plain\n        port: 9092\n        type: internal\n        tls: false\n      - name: plain\n        port: 9092\n        type: internal\n        tls: true\n",
      findings: [
        { messageId: "duplicate-name", line: 12, column: 15, severity: "error",
          message: "Listener name 'plain' is already used on line 8: the operator rejects Kafka 'c' and rolls out nothing. Give each listener its own name." },
        { messageId: "duplicate-port", line: 13, column: 15, severity: "error",
          message: "Listener port 9092 is already used on line 9: the operator rejects Kafka 'c' and rolls out nothing. Give each listener its own port." },
      ],
    },
    { name: "reserved port and bad name", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    listeners:\n      - name: External_Listener\n        port: 9999\n        type: internal\n        tls: false\n      - name: low\n        port: 8080\n        type: internal\n        tls: false\n",
      findings: [
        { messageId: "invalid-name", line: 8, column: 15, severity: "error",
          message: "Listener name 'External_Listener' is not 1 to 11 lower-case letters or digits, so the operator rejects Kafka 'c'. Use a name such as 'external'." },
        { messageId: "reserved-port", line: 9, column: 15, severity: "error",
          message: "Listener port 9999 is reserved by Strimzi (9090 controller, 9091 replication, 9404 metrics, 9999 JMX), so the operator rejects Kafka 'c'. Use another port from 9092 up, e.g. 9094." },
        { messageId: "port-below-9092", line: 13, column: 15, severity: "error",
          message: "Listener port 8080 is below 9092, so the operator rejects Kafka 'c'. Use a port from 9092 up, e.g. 9094." },
      ],
    },
  ],
});

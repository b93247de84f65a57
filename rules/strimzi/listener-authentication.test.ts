import { ruleTester } from '../../test/rule-tester.js';
import rule from './listener-authentication.js';

ruleTester(rule, {
  defaultFile: "kafka.yaml",
  valid: [
    { name: "internal listeners need none", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    listeners:\n      - name: plain\n        port: 9092\n        type: internal\n        tls: false\n" },
    { name: "external with mutual TLS", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    listeners:\n      - name: external\n        port: 9094\n        type: loadbalancer\n        tls: true\n        authentication:\n          type: tls\n" },
  ],
  invalid: [
    { name: "nodeport and route without authentication", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    listeners:\n      - name: external\n        port: 9094\n        type: nodeport\n        tls: false\n      - name: route\n        port: 9095\n        type: route\n        tls: true\n",
      findings: [
        { messageId: "open-to-all", line: 10, column: 15, severity: "warning",
          message: "Listener 'external' (nodeport) of Kafka 'c' is reachable from outside the Kubernetes cluster and has no authentication, and the resource sets no authorization: anyone who reaches it can read, write and delete every topic. Add authentication (tls, scram-sha-512 or oauth) to the listener." },
        { messageId: "open-to-all", line: 14, column: 15, severity: "warning",
          message: "Listener 'route' (route) of Kafka 'c' is reachable from outside the Kubernetes cluster and has no authentication, and the resource sets no authorization: anyone who reaches it can read, write and delete every topic. Add authentication (tls, scram-sha-512 or oauth) to the listener." },
      ],
    },
    { name: "ingress without authentication, with authorization", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    listeners:\n      - name: ingress\n        port: 9094\n        type: ingress\n        tls: true\n    authorization:\n      type: simple\n",
      findings: [
        { messageId: "anonymous-clients", line: 10, column: 15, severity: "warning",
          message: "Listener 'ingress' (ingress) of Kafka 'c' is reachable from outside the Kubernetes cluster and has no authentication: every client connects as User:ANONYMOUS, and only the ACLs granted to it protect the data. Add authentication (tls, scram-sha-512 or oauth) to the listener." },
      ],
    },
  ],
});

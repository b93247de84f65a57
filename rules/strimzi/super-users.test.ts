import { ruleTester } from '../../test/rule-tester.js';
import rule from './super-users.js';

ruleTester(rule, {
  defaultFile: "kafka.yaml",
  valid: [
    { name: "named administrators", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    authorization:\n      type: simple\n      superUsers:\n        - CN=admin\n        - admin\n" },
  ],
  invalid: [
    { name: "ANONYMOUS with a plain listener", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    listeners:\n      - name: plain\n        port: 9092\n        type: internal\n        tls: false\n      - name: tls\n        port: 9093\n        type: internal\n        tls: true\n        authentication:\n          type: tls\n    authorization:\n      type: simple\n      superUsers:\n        - CN=admin\n        - ANONYMOUS\n",
      findings: [
        { messageId: "anonymous-super-user", line: 22, column: 11, severity: "warning",
          message: "superUsers of Kafka 'c' lists ANONYMOUS, the principal of every client that connects without authentication (listeners without it: plain): those clients bypass every ACL. Remove it and list your administrators' principals." },
      ],
    },
    { name: "ANONYMOUS with every listener authenticated", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: c\nspec:\n  kafka:\n    listeners:\n      - name: tls\n        port: 9093\n        type: internal\n        tls: true\n        authentication:\n          type: tls\n    authorization:\n      type: simple\n      superUsers: [ANONYMOUS]\n",
      findings: [
        { messageId: "anonymous-super-user-latent", line: 16, column: 20, severity: "info",
          message: "superUsers of Kafka 'c' lists ANONYMOUS, the principal of every client that connects without authentication: every listener here authenticates today, but on a listener added without authentication every client would bypass every ACL. Remove it and list your administrators' principals." },
      ],
    },
  ],
});

import { defineRule } from '../../src/engine/rule.js';
import type { ConfigEntry } from '../../src/parse/entry.js';
import { deploymentsOf } from '../../src/deploy/load.js';

/** Ports Strimzi uses itself (GenericKafkaListener, 0.45): 9090 controller, 9091 replication, 9404 metrics, 9999 JMX. */
const RESERVED = new Set([9090, 9091, 9404, 9999]);

export default defineRule({
  meta: {
    id: 'strimzi/listeners',
    category: 'startup-failure',
    fileKinds: ['strimzi'],
    description: 'Two listeners of a Strimzi Kafka share a name or a port, or a listener uses a port or name Strimzi does not allow.',
    rationale:
      'Strimzi turns each item of spec.kafka.listeners into a Kafka listener and a Kubernetes service; names and ports must be unique, a name is 1 to 11 lower-case letters or digits, and a port is 9092 or higher, except 9404 and 9999 (metrics and JMX). The operator rejects a resource that breaks this (the Kafka resource reports the error in its status and nothing is rolled out).',
    fix: 'Give every listener its own name and port, e.g. plain 9092, tls 9093, external 9094.',
    references: [
      { title: 'Strimzi API reference: GenericKafkaListener (name, port)', url: 'https://strimzi.io/docs/operators/latest/configuring.html#type-GenericKafkaListener-reference' },
    ],
    messages: {
      'duplicate-name': {
        severity: 'error',
        text: "Listener name '{{value}}' is already used on line {{line}}: the operator rejects Kafka '{{name}}' and rolls out nothing. Give each listener its own name.",
      },
      'invalid-name': {
        severity: 'error',
        text: "Listener name '{{value}}' is not 1 to 11 lower-case letters or digits, so the operator rejects Kafka '{{name}}'. Use a name such as 'external'.",
      },
      'duplicate-port': {
        severity: 'error',
        text: "Listener port {{value}} is already used on line {{line}}: the operator rejects Kafka '{{name}}' and rolls out nothing. Give each listener its own port.",
      },
      'port-below-9092': {
        severity: 'error',
        text: "Listener port {{value}} is below 9092, so the operator rejects Kafka '{{name}}'. Use a port from 9092 up, e.g. 9094.",
      },
      'reserved-port': {
        severity: 'error',
        text: "Listener port {{value}} is reserved by Strimzi (9090 controller, 9091 replication, 9404 metrics, 9999 JMX), so the operator rejects Kafka '{{name}}'. Use another port from 9092 up, e.g. 9094.",
      },
    },
    examples: {
      bad: [{ file: 'kafka.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: my-cluster\nspec:\n  kafka:\n    listeners:\n      - name: external\n        port: 9094\n        type: loadbalancer\n        tls: false\n      - name: external\n        port: 9094\n        type: nodeport\n        tls: false\n' }],
      good: [{ file: 'kafka.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: my-cluster\nspec:\n  kafka:\n    listeners:\n      - name: external\n        port: 9094\n        type: loadbalancer\n        tls: false\n      - name: nodeport\n        port: 9095\n        type: nodeport\n        tls: false\n' }],
    },
  },
  check(ctx) {
    for (const file of deploymentsOf(ctx.cluster, 'strimzi')) {
      for (const r of file.resources) {
        const names = new Map<string, ConfigEntry>();
        const ports = new Map<string, ConfigEntry>();
        for (const { name, port } of r.listeners) {
          if (name) {
            const first = names.get(name.value);
            if (first) ctx.report({ entry: name, part: 'value', messageId: 'duplicate-name', data: { value: name.value, line: first.keySpan?.line ?? 0, name: r.name } });
            else names.set(name.value, name);
            if (!/^[a-z0-9]{1,11}$/.test(name.value)) ctx.report({ entry: name, part: 'value', messageId: 'invalid-name', data: { value: name.value, name: r.name } });
          }
          if (port) {
            const first = ports.get(port.value);
            if (first) ctx.report({ entry: port, part: 'value', messageId: 'duplicate-port', data: { value: port.value, line: first.keySpan?.line ?? 0, name: r.name } });
            else ports.set(port.value, port);
            const n = Number(port.value);
            if (Number.isInteger(n) && n < 9092) ctx.report({ entry: port, part: 'value', messageId: 'port-below-9092', data: { value: n, name: r.name } });
            else if (RESERVED.has(n)) ctx.report({ entry: port, part: 'value', messageId: 'reserved-port', data: { value: n, name: r.name } });
          }
        }
      }
    }
  },
});

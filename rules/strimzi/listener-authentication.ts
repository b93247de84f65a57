import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';

/** Listener types that Strimzi exposes outside the Kubernetes cluster (GenericKafkaListener type). */
const EXTERNAL = new Set(['nodeport', 'loadbalancer', 'route', 'ingress']);

export default defineRule({
  meta: {
    id: 'strimzi/listener-authentication',
    category: 'security',
    fileKinds: ['strimzi'],
    description: 'A Strimzi listener reachable from outside the Kubernetes cluster (nodeport, loadbalancer, route, ingress) has no authentication.',
    rationale:
      'A nodeport, loadbalancer, route or ingress listener is published outside the Kubernetes cluster: every client that can reach the node port or load balancer can connect. Without `authentication:` Kafka knows such a client only as User:ANONYMOUS, so without spec.kafka.authorization it can read, write and delete every topic, and with it only the ACLs granted to ANONYMOUS stand between the client and the data. TLS encryption (`tls: true`) protects the traffic, not the access.',
    fix: 'Add `authentication: { type: tls }` (mutual TLS), `scram-sha-512` or `oauth` to the listener, and manage the users with KafkaUser resources; keep unauthenticated listeners `internal`.',
    references: [
      { title: 'Strimzi API reference: GenericKafkaListener (type, authentication)', url: 'https://strimzi.io/docs/operators/latest/configuring.html#type-GenericKafkaListener-reference' },
      { title: 'Kafka 3.9 clients KafkaPrincipal.ANONYMOUS (the principal of an unauthenticated connection)', url: 'https://github.com/apache/kafka/blob/3.9/clients/src/main/java/org/apache/kafka/common/security/auth/KafkaPrincipal.java' },
    ],
    messages: {
      'open-to-all': {
        severity: 'warning',
        text: "Listener '{{listener}}' ({{type}}) of Kafka '{{name}}' is reachable from outside the Kubernetes cluster and has no authentication, and the resource sets no authorization: anyone who reaches it can read, write and delete every topic. Add authentication (tls, scram-sha-512 or oauth) to the listener.",
      },
      'anonymous-clients': {
        severity: 'warning',
        text: "Listener '{{listener}}' ({{type}}) of Kafka '{{name}}' is reachable from outside the Kubernetes cluster and has no authentication: every client connects as User:ANONYMOUS, and only the ACLs granted to it protect the data. Add authentication (tls, scram-sha-512 or oauth) to the listener.",
      },
    },
    examples: {
      bad: [{ file: 'kafka.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: my-cluster\nspec:\n  kafka:\n    listeners:\n      - name: external\n        port: 9094\n        type: loadbalancer\n        tls: true\n' }],
      good: [{ file: 'kafka.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: my-cluster\nspec:\n  kafka:\n    listeners:\n      - name: external\n        port: 9094\n        type: loadbalancer\n        tls: true\n        authentication:\n          type: tls\n' }],
    },
  },
  check(ctx) {
    for (const file of deploymentsOf(ctx.cluster, 'strimzi')) {
      for (const r of file.resources) {
        for (const listener of r.listeners) {
          const type = listener.type;
          if (!type || !EXTERNAL.has(type.value) || listener.authentication) continue;
          const data = { listener: listener.name?.value ?? type.value, type: type.value, name: r.name };
          ctx.report({ entry: type, part: 'value', messageId: r.authorization ? 'anonymous-clients' : 'open-to-all', data });
        }
      }
    }
  },
});

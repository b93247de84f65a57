import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';

/** Container ports used for JMX by Kafka's and Confluent's examples (JMX_PORT=9999, KAFKA_JMX_PORT: 9101) and the RMI registry default (1099). */
const JMX_PORTS = new Set([1099, 9101, 9999]);

export default defineRule({
  meta: {
    id: 'compose/port-mapping',
    category: 'outage-risk',
    fileKinds: ['compose'],
    description: 'A Kafka service publishes a container port that none of its listeners binds, or a JMX port that JMX does not listen on.',
    rationale:
      'Publishing a port only forwards traffic to the container; something must listen there. A `ports:` entry whose container port is not the port of any listener (a host:container pair written the wrong way round, or a listener moved to another port) gives clients "connection refused" on that port while the real listener is unreachable from the host. JMX listens only when the image is told its port: cp-kafka and apache/kafka open it for KAFKA_JMX_PORT, and Kafka\'s kafka-run-class.sh for JMX_PORT; publishing 9101 or 9999 without it forwards to nothing.',
    fix: 'Publish the port a listener binds (HOST:CONTAINER, the container side being the listener\'s port), add a listener on the published port, or set the JMX port variable to the port you publish.',
    references: [
      { title: 'Compose file reference: ports', url: 'https://docs.docker.com/reference/compose-file/services/#ports' },
      { title: 'Kafka 4.3.1 SocketServerConfigs (listeners)', url: 'https://github.com/apache/kafka/blob/4.3.1/server/src/main/java/org/apache/kafka/network/SocketServerConfigs.java' },
      { title: 'confluentinc/kafka-images 7.9.x kafka/include/etc/confluent/docker/launch and apache/kafka 3.9 docker/jvm/launch (KAFKA_JMX_PORT becomes JMX_PORT)', url: 'https://github.com/confluentinc/kafka-images/blob/7.9.x/kafka/include/etc/confluent/docker/launch' },
    ],
    messages: {
      'not-bound': {
        severity: 'warning',
        text: "Service '{{service}}' publishes container port {{port}}, but no listener of this broker binds it (listeners on {{bound}}): connections to it are refused. Publish a listener's port (HOST:{{first}}) or add a listener on {{port}}.",
      },
      'jmx-port-not-set': {
        severity: 'warning',
        text: "Service '{{service}}' publishes container port {{port}}, a JMX port in Kafka's and Confluent's examples, but sets no {{variable}}, so nothing listens there. Set {{variable}}: {{port}}, or remove the mapping.",
      },
      'jmx-port-differs': {
        severity: 'warning',
        text: "Service '{{service}}' publishes container port {{port}}, but JMX listens on {{jmxPort}} ({{variable}}) and no listener binds {{port}}: connections to it are refused. Publish {{jmxPort}}, or set {{variable}}: {{port}}.",
      },
    },
    examples: {
      bad: [{ file: 'docker-compose.yml', text: 'services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    ports:\n      - "9093:9093"\n    environment:\n      KAFKA_LISTENERS: PLAINTEXT://0.0.0.0:9092\n      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://localhost:9092\n' }],
      good: [{ file: 'docker-compose.yml', text: 'services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    ports:\n      - "9093:9092"\n    environment:\n      KAFKA_LISTENERS: PLAINTEXT://0.0.0.0:9092\n      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://localhost:9093\n' }],
    },
  },
  check(ctx) {
    for (const compose of deploymentsOf(ctx.cluster, 'compose')) {
      for (const service of compose.services) {
        const node = service.node;
        const listeners = node?.kind === 'broker' ? node.listeners?.value : undefined;
        if (!listeners) continue;
        const bound = [...new Set(listeners.map((l) => l.port))];
        // JMX, metrics agents and other ports the environment names (e.g. a javaagent's :7071) are bound too.
        const named = service.environment.map((e) => e.value).join(' ');
        const variable = service.family === 'bitnami-kafka' ? 'JMX_PORT' : 'KAFKA_JMX_PORT';
        const jmx = service.environment.find((e) => e.key === 'KAFKA_JMX_PORT' || e.key === 'JMX_PORT');
        for (const port of service.ports) {
          if (port.target === undefined || !port.published) continue;
          const first = port.target;
          const targets = Array.from({ length: (port.targetEnd ?? first) - first + 1 }, (_, i) => first + i);
          if (targets.some((t) => bound.includes(t) || new RegExp(`(^|[^\\d])${t}([^\\d]|$)`).test(named))) continue;
          const shown = port.targetEnd ? `${first}-${port.targetEnd}` : String(first);
          const place = { file: compose.file, ...(port.span ? { span: port.span } : {}) };
          if (jmx && /^\s*\d+\s*$/.test(jmx.value)) ctx.report({ ...place, messageId: 'jmx-port-differs', data: { service: service.name, port: shown, jmxPort: jmx.value.trim(), variable: jmx.key } });
          else if (JMX_PORTS.has(first) && !port.targetEnd) ctx.report({ ...place, messageId: 'jmx-port-not-set', data: { service: service.name, port: shown, variable } });
          else ctx.report({ ...place, messageId: 'not-bound', data: { service: service.name, port: shown, bound: bound.join(', '), first: bound[0] ?? first } });
        }
      }
    }
  },
});

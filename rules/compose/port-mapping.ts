import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';

export default defineRule({
  meta: {
    id: 'compose/port-mapping',
    severity: 'warning',
    category: 'outage-risk',
    fileKinds: ['compose'],
    description: 'A Kafka service publishes a container port that none of its listeners binds.',
    rationale:
      'Publishing a port only forwards traffic to the container; something must listen there. A `ports:` entry whose container port is not the port of any listener (a host:container pair written the wrong way round, or a listener moved to another port) gives clients "connection refused" on that port while the real listener is unreachable from the host.',
    fix: 'Publish the port a listener binds (HOST:CONTAINER, the container side being the listener\'s port), or add a listener on the published port.',
    references: [
      { title: 'Compose file reference: ports', url: 'https://docs.docker.com/reference/compose-file/services/#ports' },
      { title: 'Kafka 4.3.1 SocketServerConfigs (listeners)', url: 'https://github.com/apache/kafka/blob/4.3.1/server/src/main/java/org/apache/kafka/network/SocketServerConfigs.java' },
    ],
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
        const bound = new Set(listeners.map((l) => l.port));
        // JMX, metrics agents and other ports the environment names (e.g. a javaagent's :7071) are bound too.
        const named = service.environment.map((e) => e.value).join(' ');
        for (const port of service.ports) {
          if (port.target === undefined || !port.published) continue;
          const targets = Array.from({ length: (port.targetEnd ?? port.target) - port.target + 1 }, (_, i) => port.target! + i);
          if (targets.some((t) => bound.has(t) || new RegExp(`(^|[^\\d])${t}([^\\d]|$)`).test(named))) continue;
          ctx.report({
            message: `Service '${service.name}' publishes container port ${port.target}${port.targetEnd ? `-${port.targetEnd}` : ''}, but no listener of this broker binds it (listeners on ${[...bound].join(', ')}): connections to it are refused. Publish a listener's port (HOST:${[...bound][0]}) or add a listener on ${port.target}.`,
            file: compose.file,
            ...(port.span ? { span: port.span } : {}),
          });
        }
      }
    }
  },
});

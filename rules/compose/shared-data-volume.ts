import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import { dataDirectories, mountOf, sharedPlace } from '../../src/deploy/volumes.js';
import type { ComposeMount, ComposeService } from '../../src/model/types.js';

export default defineRule({
  meta: {
    id: 'compose/shared-data-volume',
    category: 'startup-failure',
    fileKinds: ['compose'],
    description: 'Two or more broker services keep their log directory in the same place of one named volume or host directory, so all but one fail on the log directory lock.',
    rationale:
      'Kafka locks each log directory it uses (a `.lock` file, LogManager.lockLogDirs) and stops with "Failed to acquire lock on file .lock in <dir>. A Kafka instance in another process or thread is using this directory." when another broker holds it. A named volume is one volume for every service of the compose project that mounts it, and a host directory is one directory: brokers that mount `kafka_data:/bitnami` and keep their data in /bitnami/kafka/data all write /kafka/data of that one volume, so only the first to start runs. If the lock were lost, two brokers would overwrite each other\'s partitions.',
    fix: 'Give each broker its own volume (`kafka1_data:/bitnami`, `kafka2_data:/bitnami`, ...) or its own sub-directory, and declare each under the top-level `volumes:`.',
    references: [
      { title: 'Kafka 3.9 core/src/main/scala/kafka/log/LogManager.scala, lockLogDirs ("Failed to acquire lock on file .lock in ...")', url: 'https://github.com/apache/kafka/blob/3.9/core/src/main/scala/kafka/log/LogManager.scala' },
      { title: 'Compose file reference: volumes (a named volume is shared by the services that mount it)', url: 'https://docs.docker.com/reference/compose-file/volumes/' },
    ],
    messages: {
      'shared-log-dir': {
        severity: 'error',
        text: "Service '{{service}}' keeps its log directory {{dir}} in {{place}}, shared with {{others}}: Kafka locks each log directory, so all brokers but the first to start stop with \"Failed to acquire lock on file .lock\". Give each broker its own volume.",
      },
    },
    examples: {
      bad: [{ file: 'docker-compose.yml', text: 'services:\n  kafka1:\n    image: bitnami/kafka:3.9\n    volumes:\n      - kafka_data:/bitnami\n    environment:\n      KAFKA_CFG_NODE_ID: 1\n  kafka2:\n    image: bitnami/kafka:3.9\n    volumes:\n      - kafka_data:/bitnami\n    environment:\n      KAFKA_CFG_NODE_ID: 2\nvolumes:\n  kafka_data: {}\n' }],
      good: [{ file: 'docker-compose.yml', text: 'services:\n  kafka1:\n    image: bitnami/kafka:3.9\n    volumes:\n      - kafka1_data:/bitnami\n    environment:\n      KAFKA_CFG_NODE_ID: 1\n  kafka2:\n    image: bitnami/kafka:3.9\n    volumes:\n      - kafka2_data:/bitnami\n    environment:\n      KAFKA_CFG_NODE_ID: 2\nvolumes:\n  kafka1_data: {}\n  kafka2_data: {}\n' }],
    },
  },
  check(ctx) {
    for (const compose of deploymentsOf(ctx.cluster, 'compose')) {
      const places = new Map<string, { service: ComposeService; mount: ComposeMount; dir: string; shown: string }[]>();
      for (const service of compose.services) {
        if (service.node?.kind !== 'broker') continue;
        for (const { dir } of dataDirectories(service.node, ctx.setting)) {
          const mount = mountOf(service, dir);
          const place = mount && sharedPlace(mount, dir);
          if (!mount || !place) continue;
          const id = `${place.kind}\u0000${place.source}\u0000${place.path}`;
          const shown = `${place.kind === 'volume' ? 'volume' : 'host directory'} ${mount.source ?? place.source}${place.path ? ` at ${place.path}` : ''}`;
          const list = places.get(id) ?? [];
          if (!list.some((p) => p.service === service)) list.push({ service, mount, dir, shown });
          places.set(id, list);
        }
      }
      for (const sharing of places.values()) {
        if (sharing.length < 2) continue;
        for (const { service, mount, dir, shown } of sharing) {
          const others = sharing.filter((s) => s.service !== service).map((s) => `'${s.service.name}'`).join(', ');
          ctx.report({ messageId: 'shared-log-dir', data: { service: service.name, dir, place: shown, others }, file: compose.file, ...(mount.span ? { span: mount.span } : {}) });
        }
      }
    }
  },
});

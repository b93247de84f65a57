import { defineRule } from '../../src/engine/rule.js';
import type { ConfigEntry } from '../../src/model/entry.js';
import type { ComposeService } from '../../src/model/types.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import { hasUnresolvedTemplate } from '../../src/model/broker.js';

/** Where the images read a mounted server.properties or zoo.cfg from. */
const CONFIG_DIRS = /^\/(mnt\/shared\/config|etc\/kafka|opt\/kafka\/config|opt\/bitnami\/kafka\/config|bitnami\/kafka\/config|conf|opt\/zookeeper\/conf)(\/|$)/;

/** Whether `dir` is `base` or below it. */
function isUnder(dir: string, base: string): boolean {
  const b = base.replace(/\/+$/, '');
  return dir === b || dir.startsWith(`${b}/`) || b === '';
}

/** The data directories of a service's node, each with the entry that sets it (absent: Kafka's default). */
function dataDirs(service: ComposeService): { dir: string; entry?: ConfigEntry; what: string }[] {
  const node = service.node;
  if (!node) return [];
  const keys = node.kind === 'broker' ? ['log.dirs', 'log.dir', 'metadata.log.dir'] : ['dataDir', 'dataLogDir'];
  const out: { dir: string; entry?: ConfigEntry; what: string }[] = [];
  for (const key of keys) {
    const entry = node.settings.get(key);
    if (!entry || (key === 'log.dir' && node.settings.has('log.dirs'))) continue;
    for (const dir of entry.value.split(',').map((d) => d.trim()).filter((d) => d !== '')) out.push({ dir, entry, what: key });
  }
  // KafkaConfig: log.dir defaults to /tmp/kafka-logs when neither key is set.
  if (node.kind === 'broker' && !node.settings.has('log.dirs') && !node.settings.has('log.dir')) out.push({ dir: '/tmp/kafka-logs', what: 'log.dirs is unset, so Kafka\'s default' });
  return out;
}

export default defineRule({
  meta: {
    id: 'compose/ephemeral-data',
    severity: 'warning',
    category: 'data-loss-risk',
    fileKinds: ['compose'],
    description: 'A broker\'s log directories or ZooKeeper\'s dataDir are not on a volume, so the data dies with the container.',
    rationale:
      'A container\'s own file system is deleted with the container: `docker compose down`, an image upgrade or any re-creation starts the broker with empty log directories (all partitions gone, or in KRaft the metadata log) and ZooKeeper with an empty dataDir (a new, empty ensemble). Paths the image declares as VOLUME (cp-kafka\'s /var/lib/kafka/data, bitnami\'s /bitnami/kafka, the zookeeper image\'s /data) survive re-creation; tmpfs mounts do not.',
    fix: 'Mount a named volume or a host directory at the data directory, e.g. `volumes: ["kafka1-data:/var/lib/kafka/data"]`, or point log.dirs/dataDir at a path that is mounted.',
    references: [
      { title: 'Compose file reference: volumes', url: 'https://docs.docker.com/reference/compose-file/services/#volumes' },
      { title: 'Kafka 4.3.1 ServerLogConfigs (log.dir default /tmp/kafka-logs)', url: 'https://github.com/apache/kafka/blob/4.3.1/server-common/src/main/java/org/apache/kafka/server/config/ServerLogConfigs.java' },
      { title: 'Docker documentation, Storage: data in a container\'s writable layer does not persist when the container is removed', url: 'https://docs.docker.com/engine/storage/' },
    ],
    examples: {
      bad: [{ file: 'docker-compose.yml', text: 'services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_NODE_ID: 1\n      KAFKA_LOG_DIRS: /var/lib/kafka/data\n' }],
      good: [{ file: 'docker-compose.yml', text: 'services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_NODE_ID: 1\n      KAFKA_LOG_DIRS: /var/lib/kafka/data\n    volumes:\n      - kafka-data:/var/lib/kafka/data\nvolumes:\n  kafka-data: {}\n' }],
    },
  },
  check(ctx) {
    for (const compose of deploymentsOf(ctx.cluster, 'compose')) {
      for (const service of compose.services) {
        // A mount kafka-lint cannot read might cover the directory: never judge then.
        if (service.volumes.some((v) => v.type === 'unknown')) continue;
        // A config directory bound from the host may set the directories the environment leaves unset (a named volume starts empty).
        const mountsConfig = service.volumes.some((v) => v.type === 'bind' && v.target !== undefined && CONFIG_DIRS.test(v.target));
        const kept = [...service.volumes.filter((v) => v.type !== 'tmpfs').flatMap((v) => (v.target ? [v.target] : [])), ...service.imageVolumes];
        const tmpfs = service.volumes.filter((v) => v.type === 'tmpfs').flatMap((v) => (v.target ? [v.target] : []));
        for (const { dir, entry, what } of dataDirs(service)) {
          if (hasUnresolvedTemplate(dir) || !dir.startsWith('/') || (!entry?.keySpan && mountsConfig)) continue;
          const inTmpfs = tmpfs.some((t) => isUnder(dir, t));
          if (!inTmpfs && kept.some((k) => isUnder(dir, k))) continue;
          const program = service.node?.kind === 'broker' ? 'Kafka' : 'ZooKeeper';
          const loss = service.node?.kind === 'broker' ? 'its partitions are' : 'its data is';
          const where = inTmpfs ? 'on a tmpfs mount (memory)' : 'inside the container, not on a volume';
          const message = `Service '${service.name}' keeps ${program}'s data in ${dir} (${what}) ${where}: ${loss} lost when the container is removed or re-created (docker compose down, an image upgrade). Mount a volume there, e.g. volumes: ["${service.name}-data:${dir}"].`;
          if (entry?.keySpan) ctx.report({ entry, part: 'value', message });
          else ctx.report({ message, file: compose.file, ...(service.nameSpan ? { span: service.nameSpan } : {}) });
        }
      }
    }
  },
});

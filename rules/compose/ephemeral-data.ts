import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import { dataDirectories, imageVolumeOf, mountOf } from '../../src/deploy/volumes.js';

/** Where the images read a mounted server.properties or zoo.cfg from: a config kafka-lint does not see may set the data directories. */
const CONFIG_DIRS = /^\/(mnt\/shared\/config|etc\/kafka|opt\/kafka\/config|opt\/bitnami\/kafka\/config|bitnami\/kafka\/config|conf|opt\/zookeeper\/conf)(\/|$)/;

export default defineRule({
  meta: {
    id: 'compose/ephemeral-data',
    category: 'data-loss-risk',
    fileKinds: ['compose'],
    description: 'A broker\'s log directories or ZooKeeper\'s dataDir are not on a named volume or host directory, so the data dies with the container or with `docker compose down`.',
    rationale:
      'A container\'s own file system is deleted with the container: `docker compose down`, an image upgrade or any re-creation starts the broker with empty log directories (all partitions gone, or in KRaft the metadata log) and ZooKeeper with an empty dataDir (a new, empty ensemble); a tmpfs mount loses it whenever the container stops. An anonymous volume, one written without a name (`- /var/lib/kafka/data`) or declared by the image as VOLUME (cp-kafka\'s /var/lib/kafka/data, apache/kafka\'s /var/lib/kafka/data, the zookeeper image\'s /data), survives `docker compose up` re-creating the container, but Compose does not mount it again after `docker compose down`: the next `up` starts with a new, empty one. Only named volumes and host directories survive both. bitnami/kafka declares no VOLUME.',
    fix: 'Mount a named volume or a host directory at the data directory, e.g. `volumes: ["kafka1-data:/var/lib/kafka/data"]` with `kafka1-data:` under the top-level `volumes:`, or point log.dirs/dataDir at a path that is mounted.',
    references: [
      { title: 'docker compose down: "Anonymous volumes are not removed by default. However, as they don\'t have a stable name, they are not automatically mounted by a subsequent up."', url: 'https://docs.docker.com/reference/cli/docker/compose/down/' },
      { title: 'docker compose up: --renew-anon-volumes (by default, anonymous volumes are retrieved from the previous containers)', url: 'https://docs.docker.com/reference/cli/docker/compose/up/' },
      { title: 'Images\' VOLUME lines: confluentinc/kafka-images kafka/Dockerfile.ubi8 (7.9.x), apache/kafka docker/jvm/Dockerfile (3.9), 31z4/zookeeper-docker 3.9.4/Dockerfile; bitnami/containers bitnami/kafka/4.1/debian-12/Dockerfile has none', url: 'https://github.com/confluentinc/kafka-images/blob/7.9.x/kafka/Dockerfile.ubi8' },
      { title: 'Kafka 4.3.1 ServerLogConfigs (log.dir default /tmp/kafka-logs)', url: 'https://github.com/apache/kafka/blob/4.3.1/server-common/src/main/java/org/apache/kafka/server/config/ServerLogConfigs.java' },
    ],
    messages: {
      'in-container': {
        severity: 'warning',
        text: 'Service \'{{service}}\' keeps {{program}}\'s data in {{dir}} ({{what}}) inside the container, not on a volume: {{loss}} lost when the container is removed or re-created (`docker compose down`, an image upgrade). Mount a named volume there, e.g. volumes: ["{{volumeName}}:{{dir}}"].',
      },
      tmpfs: {
        severity: 'warning',
        text: 'Service \'{{service}}\' keeps {{program}}\'s data in {{dir}} ({{what}}) on a tmpfs mount (memory): {{loss}} lost whenever the container stops. Mount a named volume there, e.g. volumes: ["{{volumeName}}:{{dir}}"].',
      },
      'anonymous-volume': {
        severity: 'warning',
        text: 'Service \'{{service}}\' keeps {{program}}\'s data in {{dir}} ({{what}}) on an anonymous volume: `docker compose up` keeps it when it re-creates the container, but after `docker compose down` the next `up` starts with a new, empty one, so {{loss}} lost. Name the volume, e.g. volumes: ["{{volumeName}}:{{dir}}"].',
      },
      'image-volume': {
        severity: 'warning',
        text: 'Service \'{{service}}\' keeps {{program}}\'s data in {{dir}} ({{what}}), which only the image declares as a volume ({{volume}}): `docker compose up` keeps that anonymous volume when it re-creates the container, but after `docker compose down` the next `up` starts with a new, empty one, so {{loss}} lost. Mount a named volume there, e.g. volumes: ["{{volumeName}}:{{dir}}"].',
      },
    },
    examples: {
      bad: [{ file: 'docker-compose.yml', text: 'services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_NODE_ID: 1\n      KAFKA_LOG_DIRS: /kafka/data\n' }],
      good: [{ file: 'docker-compose.yml', text: 'services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_NODE_ID: 1\n      KAFKA_LOG_DIRS: /var/lib/kafka/data\n    volumes:\n      - kafka-data:/var/lib/kafka/data\nvolumes:\n  kafka-data: {}\n' }],
    },
  },
  check(ctx) {
    for (const compose of deploymentsOf(ctx.cluster, 'compose')) {
      for (const service of compose.services) {
        const node = service.node;
        // A mount kafka-lint cannot read might cover the directory: never judge then.
        if (!node || service.volumes.some((v) => v.type === 'unknown')) continue;
        // A config file bound from the host that kafka-lint did not read may set the directories the environment leaves to defaults.
        const unreadConfig = service.mountedConfig === undefined && service.volumes.some((v) => v.type === 'bind' && v.target !== undefined && CONFIG_DIRS.test(v.target));
        const broker = node.kind === 'broker';
        for (const { dir, key, entry } of dataDirectories(node, ctx.setting)) {
          const written = entry !== undefined && (entry.writtenAs !== undefined || entry.file !== compose.file);
          if (!written && unreadConfig) continue;
          const mount = mountOf(service, dir);
          const volume = mount ? undefined : imageVolumeOf(service, dir);
          const messageId = mount?.type === 'tmpfs' ? 'tmpfs' : mount && mount.source === undefined ? 'anonymous-volume' : mount ? undefined : volume !== undefined ? 'image-volume' : 'in-container';
          if (messageId === undefined) continue;
          const what = entry ? (written ? key : `${key}, the image's default`) : key === 'log.dir' ? "log.dirs and log.dir are unset, so Kafka's default" : `${key} is unset, so the default`;
          const volumeName = `${service.name}-${dir.split('/').filter((p) => p !== '').at(-1) ?? 'data'}`;
          const data = { service: service.name, program: broker ? 'Kafka' : 'ZooKeeper', dir, what, volumeName, loss: broker ? 'its partitions are' : 'its data is', ...(volume !== undefined ? { volume } : {}) };
          if (entry?.keySpan) ctx.report({ entry, part: 'value', messageId, data });
          else ctx.report({ messageId, data, file: compose.file, ...(service.nameSpan ? { span: service.nameSpan } : {}) });
        }
      }
    }
  },
});

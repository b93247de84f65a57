import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';

export default defineRule({
  meta: {
    id: 'compose/ignored-variable',
    severity: 'warning',
    category: 'misread',
    fileKinds: ['compose'],
    description: 'An environment variable follows another image\'s convention, so this image never turns it into a setting.',
    rationale:
      'Each image maps environment variables to config keys its own way: cp-kafka and apache/kafka read KAFKA_*, bitnami/kafka reads only KAFKA_CFG_*, cp-zookeeper reads the ZOOKEEPER_* variables of its template, the official zookeeper image reads ZOO_*. A variable written for another image is ignored without a word, so the broker or server runs with the default instead. Warning rather than error: the container starts, with a setting other than the one written.',
    fix: 'Rename the variable to this image\'s convention (the message names it), or put the key in a mounted config file.',
    references: [
      { title: 'bitnami/kafka kafka-env.sh and libkafka.sh (KAFKA_CFG_* only)', url: 'https://github.com/bitnami/containers/tree/main/bitnami/kafka' },
      { title: 'confluentinc/kafka-images zookeeper.properties.template', url: 'https://github.com/confluentinc/kafka-images/blob/master/zookeeper/include/etc/confluent/docker/zookeeper.properties.template' },
      { title: 'docker-library/zookeeper docker-entrypoint.sh', url: 'https://github.com/docker-library/zookeeper' },
    ],
    examples: {
      bad: [{ file: 'docker-compose.yml', text: 'services:\n  kafka:\n    image: bitnami/kafka:3.7\n    environment:\n      KAFKA_NUM_PARTITIONS: 6\n' }],
      good: [{ file: 'docker-compose.yml', text: 'services:\n  kafka:\n    image: bitnami/kafka:3.7\n    environment:\n      KAFKA_CFG_NUM_PARTITIONS: 6\n' }],
    },
  },
  check(ctx) {
    for (const compose of deploymentsOf(ctx.cluster, 'compose')) {
      for (const service of compose.services) {
        for (const { entry, reason } of service.ignored) {
          ctx.report({ entry, message: `Service '${service.name}' (${service.image ?? 'no image'}) ignores ${entry.key}: ${reason}.` });
        }
      }
    }
  },
});

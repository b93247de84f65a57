import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf } from '../../src/deploy/load.js';

export default defineRule({
  meta: {
    id: 'compose/ignored-variable',
    category: 'misread',
    fileKinds: ['compose'],
    description: 'An environment variable follows another image\'s convention, or the image reads a mounted config file instead, so the image never turns it into a setting.',
    rationale:
      'Each image maps environment variables to config keys its own way: cp-kafka and apache/kafka read KAFKA_*, bitnami/kafka reads KAFKA_CFG_* (and copies a fixed list of older KAFKA_* names such as KAFKA_ZOOKEEPER_CONNECT onto them), cp-zookeeper reads the ZOOKEEPER_* variables of its template, the official zookeeper image reads ZOO_*. A variable written for another image is ignored without a word, so the broker or server runs with the default instead. bitnami/kafka and the zookeeper image also skip their variables entirely when a server.properties or zoo.cfg is mounted where they read one. Warning rather than error: the container starts, with a setting other than the one written.',
    fix: 'Rename the variable to this image\'s convention (the message names it), or put the key in the mounted config file.',
    references: [
      { title: 'bitnami/containers bitnami/kafka 4.0 libkafka.sh: kafka_create_alias_environment_variables, kafka_configure_from_environment_variables, kafka_initialize', url: 'https://github.com/bitnami/containers/blob/main/bitnami/kafka/4.0/debian-12/rootfs/opt/bitnami/scripts/libkafka.sh' },
      { title: 'confluentinc/kafka-images 7.9.x zookeeper/include/etc/confluent/docker/zookeeper.properties.template', url: 'https://github.com/confluentinc/kafka-images/blob/7.9.x/zookeeper/include/etc/confluent/docker/zookeeper.properties.template' },
      { title: '31z4/zookeeper-docker 3.9.4/docker-entrypoint.sh (the official zookeeper image: zoo.cfg written from ZOO_* only when none exists)', url: 'https://github.com/31z4/zookeeper-docker/blob/master/3.9.4/docker-entrypoint.sh' },
    ],
    messages: {
      'bitnami-cfg-only': {
        severity: 'warning',
        text: "Service '{{service}}' ({{image}}) ignores {{variable}}: bitnami/kafka writes broker settings only from KAFKA_CFG_* variables and a fixed list of older KAFKA_* names. Write {{suggestion}} instead.",
      },
      'cfg-prefix': {
        severity: 'warning',
        text: "Service '{{service}}' ({{image}}) does not read {{variable}} as meant: KAFKA_CFG_* is bitnami/kafka's convention, and this image writes it as '{{writes}}', a key Kafka ignores. Write {{suggestion}} instead.",
      },
      'zoo-prefix': {
        severity: 'warning',
        text: "Service '{{service}}' ({{image}}) ignores {{variable}}: ZOO_* is the official zookeeper image's convention; cp-zookeeper reads ZOOKEEPER_* variables.",
      },
      'not-in-template': {
        severity: 'warning',
        text: "Service '{{service}}' ({{image}}) ignores {{variable}}: cp-zookeeper writes only the ZOOKEEPER_* variables of its template to zookeeper.properties, and this is not one of them.",
      },
      'zookeeper-prefix': {
        severity: 'warning',
        text: "Service '{{service}}' ({{image}}) ignores {{variable}}: ZOOKEEPER_* is the cp-zookeeper image's convention; the official zookeeper image reads ZOO_* variables (and ZOO_CFG_EXTRA for other keys).",
      },
      'zoo-unknown': {
        severity: 'warning',
        text: "Service '{{service}}' ({{image}}) ignores {{variable}}: the official zookeeper image does not read this ZOO_* variable. Put the setting in ZOO_CFG_EXTRA.",
      },
      'mounted-config': {
        severity: 'warning',
        text: "Service '{{service}}' ({{image}}) ignores {{variable}}: the image reads the config file mounted into it and then skips these variables. Put the setting in the mounted file.",
      },
    },
    examples: {
      bad: [{ file: 'docker-compose.yml', text: 'services:\n  kafka:\n    image: bitnami/kafka:3.7\n    environment:\n      KAFKA_NUM_REPLICA_FETCHERS: 4\n' }],
      good: [{ file: 'docker-compose.yml', text: 'services:\n  kafka:\n    image: bitnami/kafka:3.7\n    environment:\n      KAFKA_CFG_NUM_REPLICA_FETCHERS: 4\n' }],
    },
  },
  check(ctx) {
    for (const compose of deploymentsOf(ctx.cluster, 'compose')) {
      for (const service of compose.services) {
        for (const { entry, reason, suggestion, writes } of service.ignored) {
          ctx.report({
            entry,
            messageId: reason,
            data: { service: service.name, image: service.image ?? 'no image', variable: entry.key, ...(suggestion !== undefined ? { suggestion } : {}), ...(writes !== undefined ? { writes } : {}) },
          });
        }
      }
    }
  },
});

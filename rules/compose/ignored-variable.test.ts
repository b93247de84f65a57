import { ruleTester } from '../../test/rule-tester.js';
import rule from './ignored-variable.js';

ruleTester(rule, {
  defaultFile: "docker-compose.yml",
  valid: [
    { name: "each image its own convention", text: "services:\n  zk:\n    image: zookeeper:3.8\n    environment:\n      ZOO_MY_ID: 1\n      ZOO_TICK_TIME: 2000\n  kafka:\n    image: bitnami/kafka:3.7\n    environment:\n      KAFKA_CFG_NUM_PARTITIONS: 6\n      KAFKA_HEAP_OPTS: -Xmx1g -Xms1g\n      KAFKA_KRAFT_CLUSTER_ID: abc\n      ALLOW_PLAINTEXT_LISTENER: \"yes\"\n      TZ: UTC\n" },
    { name: "bitnami reads its older names (libkafka.sh aliases)", text: "services:\n  kafka:\n    image: bitnami/kafka:3.4\n    environment:\n      KAFKA_BROKER_ID: 1\n      KAFKA_ZOOKEEPER_CONNECT: zookeeper:2181\n      KAFKA_LISTENERS: PLAINTEXT://:9092\n      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://kafka:9092\n      KAFKA_AUTO_CREATE_TOPICS_ENABLE: \"false\"\n" },
    { name: "confluent-local REST variables are its own", text: "services:\n  broker:\n    image: confluentinc/confluent-local:7.6.0\n    environment:\n      KAFKA_REST_BOOTSTRAP_SERVERS: broker:29092\n" },
  ],
  invalid: [
    { name: "bitnami KAFKA_ not an alias", text: "services:\n  kafka:\n    image: bitnami/kafka:3.7\n    environment:\n      - KAFKA_CFG_NODE_ID=1\n      - KAFKA_NUM_REPLICA_FETCHERS=4\n      - KAFKA_HEAP_OPTS=-Xmx1g -Xms1g\n",
      findings: [
        { messageId: "bitnami-cfg-only", line: 6, column: 9, severity: "warning",
          message: "Service 'kafka' (bitnami/kafka:3.7) ignores KAFKA_NUM_REPLICA_FETCHERS: bitnami/kafka writes broker settings only from KAFKA_CFG_* variables and a fixed list of older KAFKA_* names. Write KAFKA_CFG_NUM_REPLICA_FETCHERS instead." },
      ],
    },
    { name: "cp-kafka KAFKA_CFG", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_CFG_NUM_PARTITIONS: 6\n",
      findings: [
        { messageId: "cfg-prefix", line: 5, column: 7, severity: "warning",
          message: "Service 'kafka' (confluentinc/cp-kafka:7.6.1) does not read KAFKA_CFG_NUM_PARTITIONS as meant: KAFKA_CFG_* is bitnami/kafka's convention, and this image writes it as 'cfg.num.partitions', a key Kafka ignores. Write KAFKA_NUM_PARTITIONS instead." },
      ],
    },
    { name: "official zookeeper with cp vars", text: "services:\n  zk:\n    image: zookeeper:3.8\n    environment:\n      ZOOKEEPER_TICK_TIME: 2000\n      ZOO_TICK_TIME: 2000\n",
      findings: [
        { messageId: "zookeeper-prefix", line: 5, column: 7, severity: "warning",
          message: "Service 'zk' (zookeeper:3.8) ignores ZOOKEEPER_TICK_TIME: ZOOKEEPER_* is the cp-zookeeper image's convention; the official zookeeper image reads ZOO_* variables (and ZOO_CFG_EXTRA for other keys)." },
      ],
    },
    { name: "official zookeeper unknown ZOO_", text: "services:\n  zk:\n    image: zookeeper:3.8\n    environment:\n      ZOO_SNAP_COUNT: 100000\n",
      findings: [
        { messageId: "zoo-unknown", line: 5, column: 7, severity: "warning",
          message: "Service 'zk' (zookeeper:3.8) ignores ZOO_SNAP_COUNT: the official zookeeper image does not read this ZOO_* variable. Put the setting in ZOO_CFG_EXTRA." },
      ],
    },
    { name: "cp-zookeeper with ZOO_ and an unlisted ZOOKEEPER_", text: "services:\n  zk:\n    image: confluentinc/cp-zookeeper:7.6.1\n    environment:\n      ZOOKEEPER_CLIENT_PORT: 2181\n      ZOO_MY_ID: 1\n      ZOOKEEPER_DATA_DIR: /data\n",
      findings: [
        { messageId: "zoo-prefix", line: 6, column: 7, severity: "warning",
          message: "Service 'zk' (confluentinc/cp-zookeeper:7.6.1) ignores ZOO_MY_ID: ZOO_* is the official zookeeper image's convention; cp-zookeeper reads ZOOKEEPER_* variables." },
        { messageId: "not-in-template", line: 7, column: 7, severity: "warning",
          message: "Service 'zk' (confluentinc/cp-zookeeper:7.6.1) ignores ZOOKEEPER_DATA_DIR: cp-zookeeper writes only the ZOOKEEPER_* variables of its template to zookeeper.properties, and this is not one of them." },
      ],
    },
    { name: "bitnami with a mounted server.properties skips its variables", files: [{"file":"docker-compose.yml","text":"services:\n  kafka:\n    image: bitnami/kafka:3.7\n    volumes:\n      - ./server.properties:/bitnami/kafka/config/server.properties\n    environment:\n      KAFKA_CFG_NUM_PARTITIONS: 6\n      KAFKA_HEAP_OPTS: -Xmx1g -Xms1g\n"},{"file":"server.properties","text":"process.roles=broker,controller\nnode.id=1\n"}],
      findings: [
        { messageId: "mounted-config", line: 7, column: 7, severity: "warning", file: "docker-compose.yml",
          message: "Service 'kafka' (bitnami/kafka:3.7) ignores KAFKA_CFG_NUM_PARTITIONS: the image reads the config file mounted into it and then skips these variables. Put the setting in the mounted file." },
      ],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './ignored-variable.js';

ruleTester(rule, {
  valid: [
    { name: "each image its own convention", file: "docker-compose.yml", text: "services:\n  zk:\n    image: zookeeper:3.8\n    environment:\n      ZOO_MY_ID: 1\n      ZOO_TICK_TIME: 2000\n  kafka:\n    image: bitnami/kafka:3.7\n    environment:\n      KAFKA_CFG_NUM_PARTITIONS: 6\n      KAFKA_HEAP_OPTS: -Xmx1g -Xms1g\n      KAFKA_KRAFT_CLUSTER_ID: abc\n      ALLOW_PLAINTEXT_LISTENER: \"yes\"\n      TZ: UTC\n" },
  ],
  invalid: [
    {
      name: "bitnami KAFKA_", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: bitnami/kafka:3.7\n    environment:\n      - KAFKA_CFG_NODE_ID=1\n      - KAFKA_NUM_PARTITIONS=6\n      - KAFKA_HEAP_OPTS=-Xmx1g -Xms1g\n",
      findings: [
        { line: 6, severity: "warning", message: "Service 'kafka' (bitnami/kafka:3.7) ignores KAFKA_NUM_PARTITIONS: bitnami/kafka writes broker settings only from KAFKA_CFG_* variables. Write KAFKA_CFG_NUM_PARTITIONS instead." },
      ],
    },
    {
      name: "cp-kafka KAFKA_CFG", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_CFG_NUM_PARTITIONS: 6\n",
      findings: [
        { line: 5, severity: "warning", message: "Service 'kafka' (confluentinc/cp-kafka:7.6.1) ignores KAFKA_CFG_NUM_PARTITIONS: KAFKA_CFG_* is bitnami/kafka's convention; this image writes it as 'cfg.num.partitions'. Write KAFKA_NUM_PARTITIONS instead." },
      ],
    },
    {
      name: "official zookeeper with cp vars", file: "docker-compose.yml", text: "services:\n  zk:\n    image: zookeeper:3.8\n    environment:\n      ZOOKEEPER_TICK_TIME: 2000\n      ZOO_TICK_TIME: 2000\n",
      findings: [
        { line: 5, severity: "warning", message: "Service 'zk' (zookeeper:3.8) ignores ZOOKEEPER_TICK_TIME: ZOOKEEPER_* is the cp-zookeeper image's convention; the official zookeeper image reads ZOO_* variables (and ZOO_CFG_EXTRA for other keys)." },
      ],
    },
    {
      name: "cp-zookeeper with ZOO_", file: "docker-compose.yml", text: "services:\n  zk:\n    image: confluentinc/cp-zookeeper:7.6.1\n    environment:\n      ZOOKEEPER_CLIENT_PORT: 2181\n      ZOO_MY_ID: 1\n",
      findings: [
        { line: 6, severity: "warning", message: "Service 'zk' (confluentinc/cp-zookeeper:7.6.1) ignores ZOO_MY_ID: ZOO_* is the official zookeeper image's convention; cp-zookeeper reads ZOOKEEPER_* variables." },
      ],
    },
  ],
});

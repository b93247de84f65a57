import { ruleTester } from '../../test/rule-tester.js';
import rule from './ephemeral-data.js';

ruleTester(rule, {
  valid: [
    { name: "cp-kafka default dir is an image volume", file: "docker-compose.yml", text: "services:\n  kafka1:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_BROKER_ID: 1\n" },
    { name: "mounted long syntax", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_LOG_DIRS: /var/lib/kafka/data\n    volumes:\n      - type: volume\n        source: data\n        target: /var/lib/kafka\n" },
    { name: "zookeeper default /data", file: "docker-compose.yml", text: "services:\n  zk:\n    image: zookeeper:3.8\n" },
  ],
  invalid: [
    {
      name: "cp-kafka log dir not mounted", file: "docker-compose.yml", text: "services:\n  kafka1:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_LOG_DIRS: /kafka-logs\n",
      findings: [
        { line: 5, severity: "warning", message: "Service 'kafka1' keeps Kafka's data in /kafka-logs (log.dirs) inside the container, not on a volume: its partitions are lost when the container is removed or re-created (docker compose down, an image upgrade). Mount a volume there, e.g. volumes: [\"kafka1-data:/kafka-logs\"]." },
      ],
    },
    {
      name: "apache/kafka default", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_NODE_ID: 1\n    volumes:\n      - data:/var/lib/kafka/data\n",
      findings: [
        { line: 2, severity: "warning", message: "Service 'kafka' keeps Kafka's data in /tmp/kafka-logs (log.dirs is unset, so Kafka's default) inside the container, not on a volume: its partitions are lost when the container is removed or re-created (docker compose down, an image upgrade). Mount a volume there, e.g. volumes: [\"kafka-data:/tmp/kafka-logs\"]." },
      ],
    },
    {
      name: "tmpfs", file: "docker-compose.yml", text: "services:\n  zk:\n    image: zookeeper:3.8\n    tmpfs:\n      - /data\n",
      findings: [
        { line: 3, severity: "warning", message: "Service 'zk' keeps ZooKeeper's data in /data (dataDir) on a tmpfs mount (memory): its data is lost when the container is removed or re-created (docker compose down, an image upgrade). Mount a volume there, e.g. volumes: [\"zk-data:/data\"]." },
      ],
    },
  ],
});

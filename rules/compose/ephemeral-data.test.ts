import { ruleTester } from '../../test/rule-tester.js';
import rule from './ephemeral-data.js';

ruleTester(rule, {
  defaultFile: "docker-compose.yml",
  valid: [
    { name: "named volume over the image default", text: "services:\n  kafka1:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_BROKER_ID: 1\n    volumes:\n      - kafka1-data:/var/lib/kafka/data\nvolumes:\n  kafka1-data: {}\n" },
    { name: "mounted long syntax", text: "services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_LOG_DIRS: /var/lib/kafka/data\n    volumes:\n      - type: volume\n        source: data\n        target: /var/lib/kafka\n" },
    { name: "host directory for zookeeper", text: "services:\n  zk:\n    image: zookeeper:3.8\n    volumes:\n      - ./zk/data:/data\n      - ./zk/datalog:/datalog\n" },
    { name: "templated log dir", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_LOG_DIRS: ${LOG_DIRS}\n" },
    { name: "image convention only assumed: nothing known about its directories", text: "services:\n  kafka:\n    image: quay.io/debezium/kafka:2.7\n    environment:\n      KAFKA_NODE_ID: 1\n" },
  ],
  invalid: [
    { name: "image VOLUME only: lost on down then up", text: "services:\n  kafka1:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_BROKER_ID: 1\n",
      findings: [
        { messageId: "image-volume", line: 3, column: 12, severity: "warning",
          message: "Service 'kafka1' keeps Kafka's data in /var/lib/kafka/data (log.dirs, the image's default), which only the image declares as a volume (/var/lib/kafka/data): `docker compose up` keeps that anonymous volume when it re-creates the container, but after `docker compose down` the next `up` starts with a new, empty one, so its partitions are lost. Mount a named volume there, e.g. volumes: [\"kafka1-data:/var/lib/kafka/data\"]." },
      ],
    },
    { name: "zookeeper image VOLUME only", text: "services:\n  zk:\n    image: zookeeper:3.8\n",
      findings: [
        { messageId: "image-volume", line: 3, column: 12, severity: "warning",
          message: "Service 'zk' keeps ZooKeeper's data in /data (dataDir, the image's default), which only the image declares as a volume (/data): `docker compose up` keeps that anonymous volume when it re-creates the container, but after `docker compose down` the next `up` starts with a new, empty one, so its data is lost. Mount a named volume there, e.g. volumes: [\"zk-data:/data\"]." },
        { messageId: "image-volume", line: 3, column: 12, severity: "warning",
          message: "Service 'zk' keeps ZooKeeper's data in /datalog (dataLogDir, the image's default), which only the image declares as a volume (/datalog): `docker compose up` keeps that anonymous volume when it re-creates the container, but after `docker compose down` the next `up` starts with a new, empty one, so its data is lost. Mount a named volume there, e.g. volumes: [\"zk-datalog:/datalog\"]." },
      ],
    },
    { name: "anonymous volume", text: "services:\n  kafka:\n    image: bitnami/kafka:3.9\n    environment:\n      KAFKA_CFG_NODE_ID: 1\n    volumes:\n      - /bitnami/kafka\n",
      findings: [
        { messageId: "anonymous-volume", line: 3, column: 12, severity: "warning",
          message: "Service 'kafka' keeps Kafka's data in /bitnami/kafka/data (log.dirs, the image's default) on an anonymous volume: `docker compose up` keeps it when it re-creates the container, but after `docker compose down` the next `up` starts with a new, empty one, so its partitions are lost. Name the volume, e.g. volumes: [\"kafka-data:/bitnami/kafka/data\"]." },
      ],
    },
    { name: "bitnami declares no VOLUME", text: "services:\n  kafka:\n    image: bitnami/kafka:3.9\n    environment:\n      KAFKA_CFG_NODE_ID: 1\n",
      findings: [
        { messageId: "in-container", line: 3, column: 12, severity: "warning",
          message: "Service 'kafka' keeps Kafka's data in /bitnami/kafka/data (log.dirs, the image's default) inside the container, not on a volume: its partitions are lost when the container is removed or re-created (`docker compose down`, an image upgrade). Mount a named volume there, e.g. volumes: [\"kafka-data:/bitnami/kafka/data\"]." },
      ],
    },
    { name: "cp-kafka log dir not mounted", text: "services:\n  kafka1:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_LOG_DIRS: /kafka-logs\n    volumes:\n      - kafka1-data:/var/lib/kafka/data\n",
      findings: [
        { messageId: "in-container", line: 5, column: 23, severity: "warning",
          message: "Service 'kafka1' keeps Kafka's data in /kafka-logs (log.dirs) inside the container, not on a volume: its partitions are lost when the container is removed or re-created (`docker compose down`, an image upgrade). Mount a named volume there, e.g. volumes: [\"kafka1-kafka-logs:/kafka-logs\"]." },
      ],
    },
    { name: "apache/kafka with Kafka's default", text: "services:\n  kafka:\n    image: apache/kafka:3.9.0\n    environment:\n      KAFKA_NODE_ID: 1\n    volumes:\n      - data:/var/lib/kafka/data\n",
      findings: [
        { messageId: "in-container", line: 2, column: 3, severity: "warning",
          message: "Service 'kafka' keeps Kafka's data in /tmp/kafka-logs (log.dirs and log.dir are unset, so Kafka's default) inside the container, not on a volume: its partitions are lost when the container is removed or re-created (`docker compose down`, an image upgrade). Mount a named volume there, e.g. volumes: [\"kafka-kafka-logs:/tmp/kafka-logs\"]." },
      ],
    },
    { name: "tmpfs", text: "services:\n  zk:\n    image: zookeeper:3.8\n    tmpfs:\n      - /data\n    volumes:\n      - zk-log:/datalog\n",
      findings: [
        { messageId: "tmpfs", line: 3, column: 12, severity: "warning",
          message: "Service 'zk' keeps ZooKeeper's data in /data (dataDir, the image's default) on a tmpfs mount (memory): its data is lost whenever the container stops. Mount a named volume there, e.g. volumes: [\"zk-data:/data\"]." },
      ],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './shared-data-volume.js';

ruleTester(rule, {
  defaultFile: "docker-compose.yml",
  valid: [
    { name: "one volume per broker", text: "services:\n  kafka1:\n    image: bitnami/kafka:3.9\n    volumes:\n      - kafka1_data:/bitnami\n    environment:\n      KAFKA_CFG_NODE_ID: 1\n  kafka2:\n    image: bitnami/kafka:3.9\n    volumes:\n      - kafka2_data:/bitnami\n    environment:\n      KAFKA_CFG_NODE_ID: 2\n" },
    { name: "one volume, separate directories", text: "services:\n  kafka1:\n    image: confluentinc/cp-kafka:7.6.1\n    volumes:\n      - data:/data\n    environment:\n      KAFKA_LOG_DIRS: /data/kafka1\n  kafka2:\n    image: confluentinc/cp-kafka:7.6.1\n    volumes:\n      - data:/data\n    environment:\n      KAFKA_LOG_DIRS: /data/kafka2\n" },
    { name: "zookeeper and a broker on one volume, different paths", text: "services:\n  zk:\n    image: zookeeper:3.8\n    volumes:\n      - shared:/data\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    volumes:\n      - shared:/var/lib/kafka/data\n" },
  ],
  invalid: [
    { name: "three bitnami brokers on kafka_data:/bitnami", text: "services:\n  kafka1:\n    image: bitnami/kafka:3.9\n    volumes:\n      - kafka_data:/bitnami\n    environment:\n      KAFKA_CFG_NODE_ID: 1\n  kafka2:\n    image: bitnami/kafka:3.9\n    volumes:\n      - kafka_data:/bitnami\n    environment:\n      KAFKA_CFG_NODE_ID: 2\n  kafka3:\n    image: bitnami/kafka:3.9\n    volumes:\n      - kafka_data:/bitnami\n    environment:\n      KAFKA_CFG_NODE_ID: 3\nvolumes:\n  kafka_data:\n    driver: local\n",
      findings: [
        { messageId: "shared-log-dir", line: 5, column: 9, severity: "error",
          message: "Service 'kafka1' keeps its log directory /bitnami/kafka/data in volume kafka_data at kafka/data, shared with 'kafka2', 'kafka3': Kafka locks each log directory, so all brokers but the first to start stop with \"Failed to acquire lock on file .lock\". Give each broker its own volume." },
        { messageId: "shared-log-dir", line: 11, column: 9, severity: "error",
          message: "Service 'kafka2' keeps its log directory /bitnami/kafka/data in volume kafka_data at kafka/data, shared with 'kafka1', 'kafka3': Kafka locks each log directory, so all brokers but the first to start stop with \"Failed to acquire lock on file .lock\". Give each broker its own volume." },
        { messageId: "shared-log-dir", line: 17, column: 9, severity: "error",
          message: "Service 'kafka3' keeps its log directory /bitnami/kafka/data in volume kafka_data at kafka/data, shared with 'kafka1', 'kafka2': Kafka locks each log directory, so all brokers but the first to start stop with \"Failed to acquire lock on file .lock\". Give each broker its own volume." },
      ],
    },
    { name: "one host directory", text: "services:\n  kafka1:\n    image: confluentinc/cp-kafka:7.6.1\n    volumes:\n      - ./data:/var/lib/kafka/data\n    environment:\n      KAFKA_BROKER_ID: 1\n  kafka2:\n    image: confluentinc/cp-kafka:7.6.1\n    volumes:\n      - ./data/:/var/lib/kafka/data\n    environment:\n      KAFKA_BROKER_ID: 2\n",
      findings: [
        { messageId: "shared-log-dir", line: 5, column: 9, severity: "error",
          message: "Service 'kafka1' keeps its log directory /var/lib/kafka/data in host directory ./data, shared with 'kafka2': Kafka locks each log directory, so all brokers but the first to start stop with \"Failed to acquire lock on file .lock\". Give each broker its own volume." },
        { messageId: "shared-log-dir", line: 11, column: 9, severity: "error",
          message: "Service 'kafka2' keeps its log directory /var/lib/kafka/data in host directory ./data/, shared with 'kafka1': Kafka locks each log directory, so all brokers but the first to start stop with \"Failed to acquire lock on file .lock\". Give each broker its own volume." },
      ],
    },
  ],
});

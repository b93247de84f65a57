import { ruleTester } from '../../test/rule-tester.js';
import rule from './port-mapping.js';

ruleTester(rule, {
  defaultFile: "docker-compose.yml",
  valid: [
    { name: "listeners derived from advertised, JMX port set", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    ports:\n      - 9092:9092\n      - target: 9101\n        published: 9101\n    environment:\n      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://localhost:9092\n      KAFKA_JMX_PORT: 9101\n" },
    { name: "unknown listeners", text: "services:\n  kafka:\n    image: bitnami/kafka:3.7\n    ports:\n      - 9092:9092\n" },
    { name: "a metrics agent port named in the environment", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    ports:\n      - 7071:7071\n    environment:\n      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://kafka:9092\n      KAFKA_OPTS: -javaagent:/opt/jmx_prometheus_javaagent.jar=7071:/opt/kafka.yml\n" },
  ],
  invalid: [
    { name: "wrong way round", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    ports:\n      - \"29092:29092\"\n      - \"9093:9093\"\n    environment:\n      KAFKA_LISTENERS: PLAINTEXT://0.0.0.0:9092,HOST://0.0.0.0:29092\n",
      findings: [
        { messageId: "not-bound", line: 6, column: 10, severity: "warning",
          message: "Service 'kafka' publishes container port 9093, but no listener of this broker binds it (listeners on 9092, 29092): connections to it are refused. Publish a listener's port (HOST:9092) or add a listener on 9093." },
      ],
    },
    { name: "JMX port published but not set", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    ports:\n      - \"9092:9092\"\n      - \"9101:9101\"\n    environment:\n      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://localhost:9092\n",
      findings: [
        { messageId: "jmx-port-not-set", line: 6, column: 10, severity: "warning",
          message: "Service 'kafka' publishes container port 9101, a JMX port in Kafka's and Confluent's examples, but sets no KAFKA_JMX_PORT, so nothing listens there. Set KAFKA_JMX_PORT: 9101, or remove the mapping." },
      ],
    },
    { name: "bitnami JMX port published but not set", text: "services:\n  kafka:\n    image: bitnami/kafka:3.7\n    ports:\n      - \"9999:9999\"\n    environment:\n      KAFKA_CFG_LISTENERS: PLAINTEXT://:9092\n",
      findings: [
        { messageId: "jmx-port-not-set", line: 5, column: 10, severity: "warning",
          message: "Service 'kafka' publishes container port 9999, a JMX port in Kafka's and Confluent's examples, but sets no JMX_PORT, so nothing listens there. Set JMX_PORT: 9999, or remove the mapping." },
      ],
    },
    { name: "JMX listens elsewhere", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    ports:\n      - \"9101:9101\"\n    environment:\n      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://localhost:9092\n      KAFKA_JMX_PORT: 9999\n",
      findings: [
        { messageId: "jmx-port-differs", line: 5, column: 10, severity: "warning",
          message: "Service 'kafka' publishes container port 9101, but JMX listens on 9999 (KAFKA_JMX_PORT) and no listener binds 9101: connections to it are refused. Publish 9999, or set KAFKA_JMX_PORT: 9101." },
      ],
    },
  ],
});

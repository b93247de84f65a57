import { ruleTester } from '../../test/rule-tester.js';
import rule from './port-mapping.js';

ruleTester(rule, {
  valid: [
    { name: "listeners derived from advertised", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    ports:\n      - 9092:9092\n      - target: 9999\n        published: 9999\n    environment:\n      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://localhost:9092\n      KAFKA_JMX_PORT: 9999\n" },
    { name: "unknown listeners", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: bitnami/kafka:3.7\n    ports:\n      - 9092:9092\n" },
  ],
  invalid: [
    {
      name: "wrong way round", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    ports:\n      - \"29092:29092\"\n      - \"9093:9093\"\n    environment:\n      KAFKA_LISTENERS: PLAINTEXT://0.0.0.0:9092,HOST://0.0.0.0:29092\n",
      findings: [
        { line: 6, severity: "warning", message: "Service 'kafka' publishes container port 9093, but no listener of this broker binds it (listeners on 9092, 29092): connections to it are refused. Publish a listener's port (HOST:9092) or add a listener on 9093." },
      ],
    },
  ],
});

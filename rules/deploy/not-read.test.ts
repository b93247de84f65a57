import { ruleTester } from '../../test/rule-tester.js';
import rule from './not-read.js';

ruleTester(rule, {
  valid: [
    { name: "resolved by .env", files: [{"file":"stack/docker-compose.yml","text":"services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://${HOST_IP}:9092\n"},{"file":"stack/.env","text":"HOST_IP=10.0.0.5\n"}] },
    { name: "default value", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://${HOST_IP:-localhost}:9092\n" },
  ],
  invalid: [
    {
      name: "template", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://${HOST_IP}:9092\n",
      findings: [
        { line: 5, severity: "info", message: "KAFKA_ADVERTISED_LISTENERS holds an unresolved value (PLAINTEXT://${HOST_IP}:9092), so kafka-lint did not judge it; supply the .env file or lint the rendered config (docker compose config) to check it." },
      ],
    },
    {
      name: "unknown image", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: wurstmeister/kafka:2.13-2.8.1\n",
      findings: [
        { line: 3, severity: "info", message: "Service 'kafka' runs 'wurstmeister/kafka:2.13-2.8.1', an image whose environment conventions kafka-lint does not know, so its settings were not checked; lint its mounted config files instead." },
      ],
    },
    {
      name: "missing env_file", file: "docker-compose.yml", text: "services:\n  kafka:\n    image: bitnami/kafka:3.7\n    env_file: kafka.env\n",
      findings: [
        { line: 4, severity: "info", message: "The env_file 'kafka.env' of service 'kafka' was not among the files linted, so its settings were not checked; lint it together with this file." },
      ],
    },
    {
      name: "env template", file: "kafka-env.sh", text: "KAFKA_HEAP_OPTS=\"-Xmx{{ heap }} -Xms{{ heap }}\"\n",
      findings: [
        { line: 1, severity: "info", message: "KAFKA_HEAP_OPTS holds a template (-Xmx{{ heap }} -Xms{{ heap }}), so its JVM flags were not judged; lint the rendered file to check them." },
      ],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './not-read.js';

ruleTester(rule, {
  defaultFile: "docker-compose.yml",
  valid: [
    { name: "resolved by .env", files: [{"file":"stack/docker-compose.yml","text":"services:\n  kafka:\n    image: ${REGISTRY}confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://${HOST_IP}:9092\n"},{"file":"stack/.env","text":"HOST_IP=10.0.0.5\nREGISTRY=\n"}] },
    { name: "default value", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:${TAG:-7.6.1}\n    environment:\n      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://${HOST_IP:-localhost}:9092\n" },
    { name: "an application service is not judged", text: "services:\n  app:\n    image: ${APP_IMAGE}\n    environment:\n      KAFKA_BOOTSTRAP_SERVERS: kafka:9092\n  ui:\n    image: provectuslabs/kafka-ui\n    environment:\n      KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS: kafka:9092\n" },
    { name: "start command whose file is in view", files: [{"file":"kafka.service","text":"[Service]\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties --override broker.id=2\n"},{"file":"config/server.properties","text":"zookeeper.connect=zk:2181\n"}] },
  ],
  invalid: [
    { name: "unresolved value", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://${HOST_IP}:${PORT:-9092}\n",
      findings: [
        { messageId: "unresolved-value", line: 5, column: 7, severity: "info",
          message: "KAFKA_ADVERTISED_LISTENERS of service 'kafka' holds a value that is only known once compose or a template fills it in (HOST_IP), so kafka-lint did not judge it. Lint the .env file that sets it together with this file, or the output of `docker compose config`." },
      ],
    },
    { name: "unresolved value names the variable, not the value", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_SASL_JAAS_CONFIG: org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\"${ADMIN_PASSWORD}\";\n",
      findings: [
        { messageId: "unresolved-value", line: 5, column: 7, severity: "info",
          message: "KAFKA_SASL_JAAS_CONFIG of service 'kafka' holds a value that is only known once compose or a template fills it in ((hidden)), so kafka-lint did not judge it. Lint the .env file that sets it together with this file, or the output of `docker compose config`." },
      ],
    },
    { name: "shell variable", text: "services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      - KAFKA_BROKER_ID\n",
      findings: [
        { messageId: "shell-variable", line: 5, column: 9, severity: "info",
          message: "Service 'kafka' takes KAFKA_BROKER_ID from the shell that runs compose (no value is written here), so kafka-lint did not judge it. Write the value, or lint the output of `docker compose config`." },
      ],
    },
    { name: "unset registry variable", text: "services:\n  broker:\n    image: ${DOCKER_REGISTRY}confluentinc/cp-server:7.6.1\n    environment:\n      KAFKA_NODE_ID: 1\n",
      findings: [
        { messageId: "image-variable-unset", line: 3, column: 12, severity: "info",
          message: "Compose replaces ${DOCKER_REGISTRY} in the image of service 'broker' with an empty string unless the shell that runs compose sets DOCKER_REGISTRY (no .env file in view sets it), so kafka-lint read the image as 'confluentinc/cp-server:7.6.1'. If the shell sets it, lint the output of `docker compose config`." },
      ],
    },
    { name: "unknown image read by its convention", text: "services:\n  kafka:\n    image: quay.io/debezium/kafka:${VERSION}\n    environment:\n      KAFKA_LISTENERS: PLAINTEXT://:9092\n",
      findings: [
        { messageId: "image-variable-unset", line: 3, column: 12, severity: "info",
          message: "Compose replaces ${VERSION} in the image of service 'kafka' with an empty string unless the shell that runs compose sets VERSION (no .env file in view sets it), so kafka-lint read the image as 'quay.io/debezium/kafka'. If the shell sets it, lint the output of `docker compose config`." },
        { messageId: "assumed-convention", line: 3, column: 12, severity: "info",
          message: "Service 'kafka' (quay.io/debezium/kafka) runs an image kafka-lint does not know; its variables follow the confluentinc/cp-kafka image's convention, so kafka-lint read them that way and does not judge keys the image may fill in itself. If the image maps them differently, lint its rendered config." },
      ],
    },
    { name: "built image read by its convention", text: "services:\n  kafka:\n    build: ./kafka\n    environment:\n      KAFKA_CFG_NODE_ID: 1\n",
      findings: [
        { messageId: "built-image", line: 2, column: 3, severity: "info",
          message: "Service 'kafka' is built from ./kafka; its variables follow the bitnami/kafka image's convention, so kafka-lint read them that way and does not judge keys the image may fill in itself. If the image maps them differently, lint its rendered config." },
      ],
    },
    { name: "unknown image", text: "services:\n  zookeeper:\n    image: bitnami/zookeeper:3.9\n    environment:\n      ALLOW_ANONYMOUS_LOGIN: \"yes\"\n",
      findings: [
        { messageId: "unknown-image", line: 3, column: 12, severity: "info",
          message: "Service 'zookeeper' (bitnami/zookeeper:3.9) runs an image whose environment conventions kafka-lint does not know, so its settings were not checked and it is not counted as a node. Lint the config files it mounts, or its rendered config." },
      ],
    },
    { name: "missing env_file", text: "services:\n  kafka:\n    image: bitnami/kafka:3.7\n    env_file: kafka.env\n",
      findings: [
        { messageId: "env-file-missing", line: 4, column: 15, severity: "info",
          message: "The env_file 'kafka.env' of service 'kafka' is not among the files linted, so its settings were not checked. Lint it together with this file." },
      ],
    },
    { name: "mounted config not in view", text: "services:\n  kafka:\n    image: apache/kafka:3.9.0\n    volumes:\n      - ./config/server.properties:/mnt/shared/config/server.properties\n    environment:\n      KAFKA_NODE_ID: 1\n",
      findings: [
        { messageId: "mounted-config-missing", line: 5, column: 9, severity: "info",
          message: "Service 'kafka' mounts ./config/server.properties as the config its image reads, and that file is not among the files linted, so its settings were not checked. Lint it together with this file." },
      ],
    },
    { name: "env template", file: "kafka-env.sh", text: "KAFKA_HEAP_OPTS=\"-Xmx{{ heap }} -Xms{{ heap }}\"\n",
      findings: [
        { messageId: "jvm-template", line: 1, column: 1, severity: "info",
          message: "KAFKA_HEAP_OPTS holds a template, so its JVM flags (heap, GC, JMX) were not judged. Lint the rendered file to check them." },
      ],
    },
    { name: "unit EnvironmentFile not in view", file: "kafka.service", text: "[Service]\nEnvironmentFile=/etc/default/kafka\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n",
      findings: [
        { messageId: "environment-file-missing", line: 2, column: 17, severity: "info",
          message: "The EnvironmentFile '/etc/default/kafka' is not among the files linted, so its variables (heap, JMX) were not checked. Lint it together with this unit." },
      ],
    },
    { name: "start command whose file is not in view", file: "kafka.service", text: "[Service]\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties --override broker.id=2\n",
      findings: [
        { messageId: "start-config-missing", line: 2, column: 48, severity: "info",
          message: "This start command runs the broker with /opt/kafka/config/server.properties, which is not among the files linted, so its --override settings belong to no node kafka-lint sees. Lint that file together with this one." },
      ],
    },
    { name: "helm template", file: "kafka.yaml", text: "apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: my-cluster\nspec:\n  kafka:\n    listeners:\n{{- toYaml .Values.listeners | nindent 6 }}\n    replicas: 3\n",
      findings: [
        { messageId: "yaml-template", line: 8, column: 1, severity: "info",
          message: "This file holds template syntax ({{ }}, {% %}), so parts of it are not YAML yet and were not read. Lint the rendered file instead (`docker compose config`, `helm template`)." },
      ],
    },
  ],
});

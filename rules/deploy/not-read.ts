import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'deploy/not-read',
    category: 'advice',
    fileKinds: ['compose', 'systemd', 'env', 'strimzi'],
    description: 'kafka-lint skipped or assumed part of a deployment file: an unresolved variable or template, an image it does not know, or a file that was not supplied.',
    rationale:
      'A value such as `${KAFKA_HOST}` or `{{ heap }}` is only known after rendering, and an image with its own conventions maps its variables in ways kafka-lint cannot know. Judging such values would raise false alarms, so kafka-lint skips them and says so: the rest of the file is checked, but these parts are not. Docker Compose substitutes an empty string for a variable no one sets, so an image such as `${DOCKER_REGISTRY}confluentinc/cp-server` is read as compose reads it, and the finding names the variable. An image kafka-lint does not know is read by the convention its variables follow (KAFKA_* as cp-kafka does, KAFKA_CFG_* as bitnami/kafka does) when the service is clearly a broker, and the finding says so; otherwise it is not read. Messages name variables, files and images, never the value a variable holds: a value may be a secret.',
    fix: 'Lint the rendered file (`docker compose config`, `helm template`), supply the .env, env_file, EnvironmentFile= and mounted config files together with the file that uses them, or lint the config files a custom image mounts.',
    references: [
      { title: 'Compose file reference: interpolation (unset variables are replaced by an empty string)', url: 'https://docs.docker.com/reference/compose-file/interpolation/' },
      { title: 'apache/kafka 3.9 core/src/main/scala/kafka/docker/KafkaDockerWrapper.scala (a mounted server.properties is merged with the KAFKA_* variables)', url: 'https://github.com/apache/kafka/blob/3.9/core/src/main/scala/kafka/docker/KafkaDockerWrapper.scala' },
      { title: 'bitnami/containers bitnami/kafka 4.0 libkafka.sh (a mounted server.properties replaces the KAFKA_CFG_* variables)', url: 'https://github.com/bitnami/containers/blob/main/bitnami/kafka/4.0/debian-12/rootfs/opt/bitnami/scripts/libkafka.sh' },
      { title: 'Kafka 3.9 core/src/main/scala/kafka/Kafka.scala (kafka-server-start.sh reads --override key=value after the properties file)', url: 'https://github.com/apache/kafka/blob/3.9/core/src/main/scala/kafka/Kafka.scala' },
    ],
    messages: {
      'shell-variable': {
        severity: 'info',
        text: "Service '{{service}}' takes {{variable}} from the shell that runs compose (no value is written here), so kafka-lint did not judge it. Write the value, or lint the output of `docker compose config`.",
      },
      'unresolved-value': {
        severity: 'info',
        text: "{{variable}} of service '{{service}}' holds a value that is only known once compose or a template fills it in ({{names}}), so kafka-lint did not judge it. Lint the .env file that sets it together with this file, or the output of `docker compose config`.",
      },
      'jvm-template': {
        severity: 'info',
        text: '{{variable}} holds a template, so its JVM flags (heap, GC, JMX) were not judged. Lint the rendered file to check them.',
      },
      'env-file-missing': {
        severity: 'info',
        text: "The env_file '{{path}}' of service '{{service}}' is not among the files linted, so its settings were not checked. Lint it together with this file.",
      },
      'environment-file-missing': {
        severity: 'info',
        text: "The EnvironmentFile '{{path}}' is not among the files linted, so its variables (heap, JMX) were not checked. Lint it together with this unit.",
      },
      'image-variable-unset': {
        severity: 'info',
        text: "Compose replaces ${{{variable}}} in the image of service '{{service}}' with an empty string unless the shell that runs compose sets {{variable}} (no .env file in view sets it), so kafka-lint read the image as '{{image}}'. If the shell sets it, lint the output of `docker compose config`.",
      },
      'unknown-image': {
        severity: 'info',
        text: "Service '{{service}}' ({{image}}) runs an image whose environment conventions kafka-lint does not know, so its settings were not checked and it is not counted as a node. Lint the config files it mounts, or its rendered config.",
      },
      'assumed-convention': {
        severity: 'info',
        text: "Service '{{service}}' ({{image}}) runs an image kafka-lint does not know; its variables follow the {{convention}} image's convention, so kafka-lint read them that way and does not judge keys the image may fill in itself. If the image maps them differently, lint its rendered config.",
      },
      'built-image': {
        severity: 'info',
        text: "Service '{{service}}' is {{image}}; its variables follow the {{convention}} image's convention, so kafka-lint read them that way and does not judge keys the image may fill in itself. If the image maps them differently, lint its rendered config.",
      },
      'mounted-config-missing': {
        severity: 'info',
        text: "Service '{{service}}' mounts {{path}} as the config its image reads, and that file is not among the files linted, so its settings were not checked. Lint it together with this file.",
      },
      'start-config-missing': {
        severity: 'info',
        text: 'This start command runs the broker with {{path}}, which is not among the files linted, so its --override settings belong to no node kafka-lint sees. Lint that file together with this one.',
      },
      'yaml-template': {
        severity: 'info',
        text: 'This file holds template syntax ({{ }}, {% %}), so parts of it are not YAML yet and were not read. Lint the rendered file instead (`docker compose config`, `helm template`).',
      },
    },
    examples: {
      bad: [{ file: 'docker-compose.yml', text: 'services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://${HOST_IP}:9092\n' }],
      good: [{ file: 'docker-compose.yml', text: 'services:\n  kafka:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://kafka:9092\n' }],
    },
  },
  check(ctx) {
    for (const d of ctx.cluster.deployments ?? []) {
      // An env file read through a compose file or unit is reported there.
      if (d.kind === 'env' && d.includedBy !== undefined) continue;
      for (const n of d.notices) {
        if (n.code !== 'not-read') continue;
        const convention = n.data['convention'];
        const data = convention === undefined ? n.data : { ...n.data, convention: convention === 'bitnami-kafka' ? 'bitnami/kafka' : 'confluentinc/cp-kafka' };
        ctx.report({ messageId: n.reason, data, file: n.file, ...(n.span ? { span: n.span } : {}) });
      }
    }
  },
});

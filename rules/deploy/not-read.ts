import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'deploy/not-read',
    severity: 'info',
    category: 'advice',
    fileKinds: ['compose', 'systemd', 'env', 'strimzi'],
    description: 'kafka-lint skipped part of a deployment file: an unresolved template value, an image it does not know, or an env file that was not supplied.',
    rationale:
      'A value such as `${KAFKA_HOST}` or `{{ heap }}` is only known after rendering, and an image with its own conventions maps its variables in ways kafka-lint cannot know. Judging such values would raise false alarms, so kafka-lint skips them and says so: the rest of the file is checked, but these parts are not.',
    fix: 'Lint the rendered file (docker compose config, helm template), supply the .env or env_file files together with the compose file, or lint the config files the custom image mounts.',
    references: [
      { title: 'Compose file reference: interpolation', url: 'https://docs.docker.com/reference/compose-file/interpolation/' },
      { title: 'kafka-lint docs/deployments.md: what is read from each deployment file' },
    ],
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
        if (n.code === 'not-read') ctx.report({ message: n.message, file: n.file, ...(n.span ? { span: n.span } : {}) });
      }
    }
  },
});

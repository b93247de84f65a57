import { defineRule } from '../../src/engine/rule.js';
import { hasTemplate } from '../../src/parse/template.js';
import { kafkaKey, kafkaKeyPrefix } from '../../src/catalog/index.js';
import type { KafkaVersion } from '../../src/core/version.js';

/** A `password="..."`-style option of a JAAS login module line with a non-empty value. */
const JAAS_SECRET = /\b(password|secret|clientSecret|client_secret)\s*=\s*("[^"]+"|'[^']+'|[^\s;"']+)/i;

function isPasswordKey(key: string, version: KafkaVersion, settings: ReadonlyMap<string, { value: string }>): boolean {
  if (kafkaKey(key, version)?.password) return true;
  const overrides = kafkaKeyPrefix(key, version, settings)?.overrides;
  return overrides !== undefined && kafkaKey(overrides, version)?.password === true;
}

export default defineRule({
  meta: {
    id: 'broker/plaintext-secrets',
    severity: 'warning',
    category: 'security',
    fileKinds: ['broker'],
    description: 'A password-type key, or a sasl.jaas.config with a password, holds the secret itself in the file.',
    rationale:
      'server.properties is copied into repositories, images, tickets and backups, and every copy leaks the secret. Kafka can read secrets at startup from a config provider (a file readable only by the broker, environment variables, or a vault) so the file holds only a reference. kafka-lint never prints the secret.',
    fix: 'Enable a config provider and reference the secret, e.g. config.providers=file, config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider, then ssl.keystore.password=${file:/etc/kafka/secrets.properties:keystore.password}.',
    references: [
      { title: 'KIP-297: Externalizing Secrets for Connect Configurations (config providers, also for brokers)', url: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-297%3A+Externalizing+Secrets+for+Connect+Configurations' },
      { title: 'Kafka 4.3.1 clients FileConfigProvider', url: 'https://github.com/apache/kafka/blob/4.3.1/clients/src/main/java/org/apache/kafka/common/config/provider/FileConfigProvider.java' },
    ],
    examples: {
      bad: [{ file: 'server.properties', text: 'broker.id=1\nssl.keystore.password=changeit\n' }],
      good: [{ file: 'server.properties', text: 'broker.id=1\nconfig.providers=file\nconfig.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\nssl.keystore.password=${file:/etc/kafka/secrets.properties:keystore.password}\n' }],
    },
  },
  check(ctx) {
    for (const broker of ctx.cluster.brokers) {
      for (const entry of broker.settings.values()) {
        const value = entry.value.trim();
        if (value === '' || hasTemplate(value)) continue;
        if (entry.key.endsWith('sasl.jaas.config')) {
          const option = JAAS_SECRET.exec(value)?.[1];
          if (!option) continue;
          ctx.report({
            entry,
            message: `${entry.key} holds a literal ${option} in the file (value hidden); anyone who can read the file or a copy of it can use it. Reference it through a config provider instead, e.g. ${entry.key}=\${file:/etc/kafka/secrets.properties:${entry.key}}.`,
          });
        } else if (isPasswordKey(entry.key, ctx.kafkaVersion, broker.settings)) {
          ctx.report({
            entry,
            message: `${entry.key} holds its password in the file (value hidden); anyone who can read the file or a copy of it can use it. Reference it through a config provider instead, e.g. ${entry.key}=\${file:/etc/kafka/secrets.properties:${entry.key}}.`,
          });
        }
      }
    }
  },
});

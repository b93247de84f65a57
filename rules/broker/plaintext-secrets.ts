import { defineRule } from '../../src/engine/rule.js';
import { kafkaKey, kafkaKeyPrefix } from '../../src/catalog/index.js';
import type { KafkaVersion } from '../../src/core/version.js';
import { secretParts } from '../../src/model/secrets.js';
import { isTemplated } from '../../src/model/settings.js';
import { jvmNodes } from '../../src/deploy/jvm.js';

/** A `password="..."`-style option of a JAAS login module line with a non-empty value. */
const JAAS_SECRET = /\b(?:password|secret|clientSecret|client_secret)\s*=\s*(?:"[^"]+"|'[^']+'|[^\s;"']+)/i;

/** System properties that name where a secret is kept, not the secret: `*.password.file`, `*.passwordPath`. */
const POINTS_AT_SECRET = /(?:file|path|location|dir)$/i;

/** A JVM flag `-Dname=value`, split. */
const SYSTEM_PROPERTY = /^-D([^=]+)=(.*)$/s;

function isPasswordKey(key: string, version: KafkaVersion, settings: ReadonlyMap<string, { value: string }>): boolean {
  if (kafkaKey(key, version)?.password) return true;
  const overrides = kafkaKeyPrefix(key, version, settings)?.overrides;
  return overrides !== undefined && kafkaKey(overrides, version)?.password === true;
}

export default defineRule({
  meta: {
    id: 'broker/plaintext-secrets',
    category: 'security',
    fileKinds: ['broker', 'zookeeper', 'compose', 'systemd', 'env', 'strimzi'],
    description: 'A password-type key, a sasl.jaas.config with a password, or a JVM system property given a password on the command line (KAFKA_OPTS, SERVER_JVMFLAGS, a unit\'s Environment=) holds the secret itself.',
    rationale:
      'server.properties is copied into repositories, images, tickets and backups, and every copy leaks the secret. Kafka can read secrets at startup from a config provider (a file readable only by the broker, environment variables, or a vault) so the file holds only a reference. A password passed as -D on the java command line (javax.net.ssl.keyStorePassword, zookeeper.ssl.keyStore.password) is worse still: besides every copy of the unit, env or compose file, any user of the host reads it in the process list (/proc/<pid>/cmdline). kafka-lint never prints the secret.',
    fix: 'Enable a config provider and reference the secret, e.g. config.providers=file, config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider, then ssl.keystore.password=${file:/etc/kafka/secrets.properties:keystore.password}. Instead of JVM -D passwords, configure TLS in the broker config (ssl.*, and in 3.9 zookeeper.ssl.* for the broker\'s ZooKeeper client) through the config provider; a ZooKeeper 3.8 or later server reads its own from a file with ssl.keyStore.passwordPath / ssl.trustStore.passwordPath.',
    references: [
      { title: 'KIP-297: Externalizing Secrets for Connect Configurations (config providers, also for brokers)', url: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-297%3A+Externalizing+Secrets+for+Connect+Configurations' },
      { title: 'Kafka 4.3.1 clients FileConfigProvider', url: 'https://github.com/apache/kafka/blob/4.3.1/clients/src/main/java/org/apache/kafka/common/config/provider/FileConfigProvider.java' },
      { title: 'Kafka 4.3.0 bin/kafka-run-class.sh (KAFKA_OPTS and the other *_OPTS go on the java command line)', url: 'https://github.com/apache/kafka/blob/4.3.0/bin/kafka-run-class.sh' },
      { title: 'ZooKeeper 3.8.4 X509Util (ssl.keyStore.passwordPath, ssl.trustStore.passwordPath)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/common/X509Util.java' },
    ],
    messages: {
      'password-value': {
        severity: 'warning',
        text: '{{key}} holds its password in the file (value hidden); anyone who can read the file or a copy of it can use it. Reference it through a config provider instead, e.g. {{key}}=${file:/etc/kafka/secrets.properties:{{key}}}.',
      },
      'jaas-password': {
        severity: 'warning',
        text: '{{key}} holds a literal password or secret among its login module options (value hidden); anyone who can read the file or a copy of it can use it. Reference it through a config provider instead, e.g. {{key}}=${file:/etc/kafka/secrets.properties:{{key}}}.',
      },
      'jvm-password': {
        severity: 'warning',
        text: '{{variable}} passes the password of the JVM system property {{property}} on the java command line (value hidden): every user of the host can read it in the process list, and every copy of this file holds it. Configure TLS in the broker config through a config provider instead (for a ZooKeeper 3.8+ server: a *.passwordPath file only its user can read).',
      },
    },
    examples: {
      bad: [
        { file: 'server.properties', text: 'broker.id=1\nssl.keystore.password=changeit\n' },
        { file: 'kafka.service', text: '[Service]\nUser=kafka\nEnvironment="KAFKA_OPTS=-Djavax.net.ssl.keyStorePassword=changeit"\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n' },
      ],
      good: [
        { file: 'server.properties', text: 'broker.id=1\nconfig.providers=file\nconfig.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\nssl.keystore.password=${file:/etc/kafka/secrets.properties:keystore.password}\n' },
        { file: 'kafka.service', text: '[Service]\nUser=kafka\nEnvironment="KAFKA_OPTS=-Djava.security.auth.login.config=/etc/kafka/jaas.conf"\nExecStart=/opt/kafka/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n' },
      ],
    },
  },
  check(ctx) {
    for (const broker of ctx.cluster.brokers) {
      for (const entry of broker.settings.values()) {
        // A template or a config provider reference keeps the secret elsewhere.
        if (isTemplated(entry)) continue;
        const value = entry.value.trim();
        if (value === '') continue;
        if (entry.key.endsWith('sasl.jaas.config')) {
          if (JAAS_SECRET.test(value)) ctx.report({ entry, messageId: 'jaas-password', data: { key: entry.key } });
        } else if (isPasswordKey(entry.key, ctx.kafkaVersion, broker.settings)) {
          ctx.report({ entry, messageId: 'password-value', data: { key: entry.key } });
        }
      }
    }
    for (const node of jvmNodes(ctx.cluster)) {
      for (const flag of node.jvm.flags) {
        const property = SYSTEM_PROPERTY.exec(flag.text);
        if (!property) continue;
        const [, name = '', secret = ''] = property;
        // A number or boolean under a secret-sounding name (zookeeper.jaasLoginRenew=3600000) is a setting.
        if (POINTS_AT_SECRET.test(name) || secretParts({ key: name, value: secret }).length === 0) continue;
        ctx.report({ entry: flag.entry, messageId: 'jvm-password', data: { variable: flag.variable, property: name } });
      }
    }
  },
});

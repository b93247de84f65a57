import { defineRule } from '../../src/engine/rule.js';
import { KAFKA_VERSIONS, type KafkaVersion } from '../../src/core/version.js';
import type { BrokerConfig } from '../../src/model/types.js';
import { withoutByteOrderMark } from '../../src/model/broker.js';
import { isKeyTemplated, isTemplated } from '../../src/model/settings.js';
import { clientOnlyKey, isKnownKafkaKey, kafkaKey, kafkaKeyNames, removedKafkaKey, suggestKey } from '../../src/catalog/index.js';
import { renameKeyFix, soleSuggestion } from '../../src/model/edits.js';

const CLIENT_NAMES: Record<string, string> = { producer: 'producer', consumer: 'consumer', admin: 'admin client', connect: 'Kafka Connect worker', streams: 'Kafka Streams' };

/** Names the clients that read a client-only key (`client`: every client, from the common client configs). */
function clientsOf(labels: string[]): string {
  if (labels.includes('client')) return 'Kafka client setting (producer, consumer, admin)';
  return `${labels.map((l) => CLIENT_NAMES[l] ?? l).join(' / ')} setting`;
}

/**
 * A did-you-mean for a key, keeping a `listener.name.<l>.` prefix and fixing the key after it;
 * `sole` when it is the only near candidate, which makes it a safe fix.
 */
function suggestionFor(key: string, candidates: string[]): { key: string; sole: boolean } | undefined {
  const [, prefix = '', name = key] = /^(listener\.name\.[^.]+\.)(.+)$/.exec(key) ?? [];
  const best = suggestKey(name, candidates);
  return best === undefined ? undefined : { key: `${prefix}${best}`, sole: soleSuggestion(name, candidates) === best };
}

/**
 * Whether `key` is what an environment-variable convention makes of a camel-case key
 * (`KAFKA_ZOOKEEPER_CLIENT_CNXN_SOCKET` -> `zookeeper.client.cnxn.socket` for
 * `zookeeper.clientCnxnSocket`): images that support such keys map them specially, so the
 * variable is no typo of the user's.
 */
function unspellableInEnv(key: string, suggestion: string): boolean {
  const fold = (k: string) => k.toLowerCase().replace(/[._-]/g, '');
  return /[A-Z]/.test(suggestion) && fold(key) === fold(suggestion);
}

/**
 * Keys third-party plugins are known to read, by prefix, with the classes that read them and the
 * source that says so. Only plugins whose keys were checked in their code are here.
 */
const KNOWN_PLUGIN_KEYS: readonly { prefix: string; readers: readonly string[]; source: string }[] = [
  {
    prefix: 'strimzi.authorization.',
    readers: ['io.strimzi.kafka.oauth.server.authorizer.KeycloakAuthorizer', 'io.strimzi.kafka.oauth.server.authorizer.KeycloakRBACAuthorizer'],
    source: "strimzi-kafka-oauth's AuthzConfig",
  },
];

/** The known plugin that reads `key`, when one does. */
function knownPlugin(key: string): (typeof KNOWN_PLUGIN_KEYS)[number] | undefined {
  return KNOWN_PLUGIN_KEYS.find((p) => key.startsWith(p.prefix));
}

/** Packages of the classes Kafka ships; any other class in a plugin key is a third-party plugin. */
const KAFKA_PACKAGES = /^(org\.apache\.kafka\.|kafka\.)/;

/**
 * The third-party plugin classes a broker configures (metric reporters, authorizer, principal
 * builder, ...): such a plugin reads its own keys from the same file, which Kafka does not define.
 */
function thirdPartyPlugins(broker: BrokerConfig, version: KafkaVersion): string[] {
  const plugins: string[] = [];
  for (const entry of broker.settings.values()) {
    if (isTemplated(entry)) continue;
    const fact = kafkaKey(entry.key, version);
    const holdsClasses = fact?.type === 'CLASS' || /(\.class|\.classes|\.class\.name|reporters)$/.test(entry.key);
    if (!holdsClasses) continue;
    for (const name of entry.value.split(',').map((s) => s.trim())) {
      if (name !== '' && !KAFKA_PACKAGES.test(name)) plugins.push(name);
    }
  }
  return [...new Set(plugins)];
}

const MESSAGES = {
  typo: {
    severity: 'error',
    text: "Unknown key '{{key}}': Kafka {{version}} ignores it silently, so the setting you meant keeps its default. Did you mean {{suggestion}}?",
  },
  'client-setting': {
    severity: 'warning',
    text: "'{{key}}' is a {{clients}}, not a broker setting: the broker ignores it. Move it to the client's configuration, or delete it.",
  },
  'other-version': {
    severity: 'warning',
    text: "'{{key}}' is not a Kafka {{version}} broker setting (it exists in Kafka {{versions}}), so Kafka {{version}} ignores it. Delete it, or check the Kafka version you target.",
  },
  'env-convention': {
    severity: 'info',
    text: "{{variable}} becomes '{{key}}' by the image's variable convention, but Kafka {{version}} knows the setting as {{suggestion}}, which that convention cannot spell (it has capitals). Check that your image maps this variable to {{suggestion}}; if it does not, set the key in a mounted server.properties instead.",
  },
  'known-plugin-key': {
    severity: 'info',
    text: "'{{key}}' is not a Kafka {{version}} setting but {{plugin}}'s ({{source}}); Kafka passes it to the plugin unchanged, so check its spelling against the plugin's documentation.",
  },
  'plugin-not-configured': {
    severity: 'warning',
    text: "'{{key}}' is read by {{readers}} ({{source}}), which this file does not configure: Kafka passes it to no plugin, so it configures nothing. Set authorizer.class.name to that plugin, or delete the key.",
  },
  'plugin-key': {
    severity: 'info',
    text: "'{{key}}' is not a Kafka {{version}} setting; {{which}} ({{plugins}}) may read it, as Kafka passes every setting to its plugins{{unsure}}. Delete it if no plugin reads it.",
  },
  unknown: {
    severity: 'warning',
    text: "Unknown key '{{key}}': Kafka {{version}} does not define it and ignores it. Check the spelling, or delete it unless a plugin (authorizer, metrics reporter) reads it.",
  },
} as const;

export default defineRule({
  meta: {
    id: 'broker/unknown-key',
    category: 'misread',
    fileKinds: ['broker'],
    description: 'A key in a broker file that the target Kafka version does not define; an error when it is a near miss of a real key.',
    rationale:
      'Kafka keeps undefined keys without a word (it never logs unused configs), so a misspelt key such as advertised.listners leaves the real setting at its default and nobody notices. Client settings (bootstrap.servers, acks, group.id) in a broker file are ignored the same way. Kafka hands every setting, defined or not, to the plugins a file configures (authorizer, principal builder, metrics reporters), so a key a third-party plugin reads is not a mistake. For plugins whose keys kafka-lint knows (strimzi-kafka-oauth\'s Keycloak authorizers read strimzi.authorization.*) it names the reader, and warns when the file does not configure it; for other plugins it cannot tell which keys each reads, so with several plugins it names them all and says so.',
    fix: 'Correct the spelling to the suggested key; move client settings to the client configuration; delete keys nothing reads. `--fix` corrects a misspelt key in a .properties file when the suggestion is the only key near it, the key is written without escapes, and the file does not set the suggested key already (renaming would then change which value wins).',
    references: [
      { title: 'Kafka 4.3.0 AbstractKafkaConfig.CONFIG_DEF (the catalog is this ConfigDef of 3.9.0 to 4.3.0)', url: 'https://github.com/apache/kafka/blob/4.3.0/server/src/main/java/org/apache/kafka/server/config/AbstractKafkaConfig.java' },
      { title: 'Kafka 4.3.0 ProducerConfig / ConsumerConfig / AdminClientConfig (client-only keys)', url: 'https://github.com/apache/kafka/tree/4.3.0/clients/src/main/java/org/apache/kafka/clients' },
      { title: 'Kafka 4.3.0 AbstractConfig.originals(): plugins are configured with every setting of the file', url: 'https://github.com/apache/kafka/blob/4.3.0/clients/src/main/java/org/apache/kafka/common/config/AbstractConfig.java' },
      { title: 'strimzi-kafka-oauth AuthzConfig: the strimzi.authorization.* keys of KeycloakAuthorizer and KeycloakRBACAuthorizer', url: 'https://github.com/strimzi/strimzi-kafka-oauth/blob/main/oauth-keycloak-authorizer/src/main/java/io/strimzi/kafka/oauth/server/authorizer/AuthzConfig.java' },
      { title: 'kafka-lint docs/catalog.md: how the catalog was generated and checked' },
    ],
    messages: MESSAGES,
    facts: ['kafkaVersion'],
    fixable: true,
    examples: {
      bad: [{ file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\nadvertised.listners=PLAINTEXT://kafka1:9092\n' }],
      good: [{ file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\nadvertised.listeners=PLAINTEXT://kafka1:9092\nlistener.name.internal.ssl.keystore.location=/etc/kafka/internal.jks\n' }],
    },
  },
  check(ctx) {
    const version = ctx.kafkaVersion;
    const candidates = kafkaKeyNames(version);
    for (const broker of ctx.cluster.brokers) {
      const plugins = thirdPartyPlugins(broker, version);
      for (const entry of broker.settings.values()) {
        const key = withoutByteOrderMark(entry.key);
        // Keys removed in this version are broker/removed-key's findings; templated keys are unknown until rendered.
        if (isKeyTemplated(entry) || isKnownKafkaKey(key, version, broker.settings) || removedKafkaKey(key, version)) continue;
        const clients = clientOnlyKey(key);
        if (clients) {
          ctx.report({ entry, messageId: 'client-setting', data: { key, clients: clientsOf(clients) } });
          continue;
        }
        const otherVersions = KAFKA_VERSIONS.filter((v) => kafkaKey(key, v));
        if (otherVersions.length > 0) {
          ctx.report({ entry, messageId: 'other-version', data: { key, version, versions: otherVersions.join(', ') } });
          continue;
        }
        const suggestion = suggestionFor(key, candidates);
        if (suggestion && entry.writtenAs !== undefined && unspellableInEnv(key, suggestion.key)) {
          ctx.report({ entry, messageId: 'env-convention', data: { variable: entry.writtenAs, key, version, suggestion: suggestion.key } });
        } else if (suggestion) {
          // Not behind a byte-order mark: with the spelling fixed, the key would still be one nobody reads until the mark goes (properties/encoding).
          const fix = suggestion.sole && key === entry.key ? renameKeyFix(broker, key, suggestion.key) : undefined;
          ctx.report({ entry, messageId: 'typo', data: { key, version, suggestion: suggestion.key }, ...(fix ? { fix } : {}) });
        } else if (knownPlugin(key)) {
          const known = knownPlugin(key)!;
          const reader = known.readers.find((r) => plugins.includes(r));
          if (reader) ctx.report({ entry, messageId: 'known-plugin-key', data: { key, version, plugin: reader, source: known.source } });
          else ctx.report({ entry, messageId: 'plugin-not-configured', data: { key, readers: known.readers.join(' or '), source: known.source } });
        } else if (plugins.length > 0) {
          const several = plugins.length > 1;
          ctx.report({
            entry,
            messageId: 'plugin-key',
            data: {
              key,
              version,
              which: several ? 'one of the third-party plugins this file configures' : 'the third-party plugin this file configures',
              plugins: plugins.join(', '),
              unsure: several ? ' (kafka-lint does not know which plugin reads which keys)' : '',
            },
          });
        } else {
          ctx.report({ entry, messageId: 'unknown', data: { key, version } });
        }
      }
    }
  },
});

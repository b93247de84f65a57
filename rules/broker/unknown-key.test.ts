import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './unknown-key.js';

const kraft = 'process.roles=broker,controller\nnode.id=1\n';
const FIXTURES = 'rules/broker/unknown-key';
const TYPO_PARTITIONS = "Unknown key 'num.partitons': Kafka 4.4 ignores it silently, so the setting you meant keeps its default. Did you mean num.partitions?";
const plugin = (key: string, which: string, plugins: string, unsure: string) =>
  `'${key}' is not a Kafka 4.3 setting; ${which} (${plugins}) may read it, as Kafka passes every setting to its plugins${unsure}. Delete it if no plugin reads it.`;
const STRIMZI_KEYS: [number, string][] = [
  [0, 'strimzi.authorization.token.endpoint.uri'],
  [1, 'strimzi.authorization.client.id'],
  [2, 'strimzi.authorization.kafka.cluster.name'],
  [3, 'strimzi.authorization.delegate.to.kafka.acl'],
];
const KEYCLOAK = 'io.strimzi.kafka.oauth.server.authorizer.KeycloakAuthorizer';
const knownPlugin = (key: string) =>
  `'${key}' is not a Kafka 4.3 setting but ${KEYCLOAK}'s (strimzi-kafka-oauth's AuthzConfig); Kafka passes it to the plugin unchanged, so check its spelling against the plugin's documentation.`;

ruleTester(rule, {
  valid: [
    { name: 'ConfigDef keys', text: `${kraft}advertised.listeners=PLAINTEXT://kafka1:9092\nlog.dirs=/data/kafka\n` },
    { name: 'listener-prefixed keys', text: `${kraft}listener.name.internal.ssl.keystore.location=/etc/kafka/k.jks\nlistener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=x\n` },
    { name: 'OAUTHBEARER validator keys under the listener and mechanism prefix (ConfigurationUtils reads them)', text: `${kraft}listener.name.sasl_ssl.oauthbearer.sasl.oauthbearer.jwks.endpoint.url=https://idp.example.com/jwks\nlistener.name.sasl_ssl.oauthbearer.sasl.oauthbearer.expected.audience=kafka\n` },
    { name: 'provider, metrics-context and tiered-storage prefixes', text: `${kraft}config.providers=file\nconfig.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\nmetrics.context.env=prod\nrsm.config.bucket=b\nrlmm.config.remote.log.metadata.topic.replication.factor=3\n` },
    { name: 'a changed tiered-storage prefix', text: `${kraft}remote.log.storage.manager.impl.prefix=s3.\ns3.bucket=b\n` },
    { name: 'authorizer keys read outside the ConfigDef', text: `${kraft}super.users=User:admin\nallow.everyone.if.no.acl.found=false\n` },
    { name: 'removed keys are removed-key findings', text: `${kraft}zookeeper.connect=zk1:2181\n` },
    { name: 'templated keys are not judged', text: `${kraft}{% if ssl %}\n` },
    { name: 'Confluent Server keys', text: `${kraft}confluent.license.topic=_confluent-license\n` },
    { name: 'a byte-order mark before a known key is properties/encoding\'s finding', text: `\uFEFF${kraft}advertised.listeners=PLAINTEXT://kafka1:9092\n` },
  ],
  invalid: [
    {
      name: 'a camel-case key spelled by the cp-kafka variable convention is info, not a typo',
      file: 'docker-compose.yml',
      text: [
        'services:',
        '  kafka:',
        '    image: confluentinc/cp-kafka:7.8.0',
        '    environment:',
        '      KAFKA_BROKER_ID: 1',
        '      KAFKA_ZOOKEEPER_CONNECT: zookeeper:2181',
        '      KAFKA_ADVERTISED_LISTENERS: PLAINTEXT://kafka:9092',
        '      KAFKA_ZOOKEEPER_CLIENT_CNXN_SOCKET: org.apache.zookeeper.ClientCnxnSocketNetty',
        '',
      ].join('\n'),
      options: { kafkaVersion: '3.9' },
      findings: [{
        messageId: 'env-convention', line: 8, column: 7, severity: 'info', key: 'zookeeper.client.cnxn.socket',
        message: "KAFKA_ZOOKEEPER_CLIENT_CNXN_SOCKET becomes 'zookeeper.client.cnxn.socket' by the image's variable convention, but Kafka 3.9 knows the setting as zookeeper.clientCnxnSocket, which that convention cannot spell (it has capitals). Check that your image maps this variable to zookeeper.clientCnxnSocket; if it does not, set the key in a mounted server.properties instead.",
      }],
    },
    {
      name: 'near miss: error with did-you-mean (seed 002)',
      text: 'advertised.listners=PLAINTEXT://kafka1:9092\n',
      findings: [{
        messageId: 'typo', line: 1, column: 1, severity: 'error', key: 'advertised.listners',
        message: "Unknown key 'advertised.listners': Kafka 4.4 ignores it silently, so the setting you meant keeps its default. Did you mean advertised.listeners?",
      }],
      output: 'advertised.listeners=PLAINTEXT://kafka1:9092\n',
    },
    {
      name: 'the fix renames every line of the misspelt key, CRLF kept',
      text: `${kraft}num.partitons=3\r\nlog.dirs=/data\r\nnum.partitons=6\r\n`,
      findings: [{ messageId: 'typo', line: 5, column: 1, message: TYPO_PARTITIONS }],
      output: `${kraft}num.partitions=3\r\nlog.dirs=/data\r\nnum.partitions=6\r\n`,
    },
    {
      name: 'no fix when the file already sets the suggested key (the rename would change which value wins)',
      text: `${kraft}num.partitons=3\nnum.partitions=6\n`,
      findings: [{ messageId: 'typo', line: 3, column: 1, message: TYPO_PARTITIONS }],
      output: `${kraft}num.partitons=3\nnum.partitions=6\n`,
    },
    {
      name: 'no fix for a key written with an escape',
      text: `${kraft}num.partit\\u006fns=3\n`,
      findings: [{ messageId: 'typo', line: 3, column: 1, message: TYPO_PARTITIONS }],
      output: `${kraft}num.partit\\u006fns=3\n`,
    },
    {
      name: 'case and separator confusion: no fix while another key is as near (log.dir)',
      text: `${kraft}Log_Dirs=/data/kafka\n`,
      findings: [{ messageId: 'typo', line: 3, column: 1, severity: 'error', message: "Unknown key 'Log_Dirs': Kafka 4.4 ignores it silently, so the setting you meant keeps its default. Did you mean log.dirs?" }],
      output: `${kraft}Log_Dirs=/data/kafka\n`,
    },
    {
      name: 'a misspelt key after a byte-order mark is named without the mark, and not fixed',
      text: '\uFEFFadvertised.listners=PLAINTEXT://kafka1:9092\n',
      findings: [{ messageId: 'typo', line: 1, column: 1, message: `Unknown key 'advertised.listners': Kafka 4.4 ignores it silently, so the setting you meant keeps its default. Did you mean advertised.listeners?` }],
      output: '\uFEFFadvertised.listners=PLAINTEXT://kafka1:9092\n',
    },
    {
      name: 'near miss under a listener prefix',
      text: `${kraft}listener.name.internal.ssl.keystore.locaton=/etc/kafka/k.jks\n`,
      findings: [{
        messageId: 'typo', line: 3, column: 1,
        message: "Unknown key 'listener.name.internal.ssl.keystore.locaton': Kafka 4.4 ignores it silently, so the setting you meant keeps its default. Did you mean listener.name.internal.ssl.keystore.location?",
      }],
      output: `${kraft}listener.name.internal.ssl.keystore.location=/etc/kafka/k.jks\n`,
    },
    {
      name: 'client-only keys',
      text: `${kraft}bootstrap.servers=kafka1:9092\nacks=all\nkey.converter=org.apache.kafka.connect.json.JsonConverter\n`,
      findings: [
        { messageId: 'client-setting', line: 3, column: 1, severity: 'warning', message: "'bootstrap.servers' is a Kafka client setting (producer, consumer, admin), not a broker setting: the broker ignores it. Move it to the client's configuration, or delete it." },
        { messageId: 'client-setting', line: 4, column: 1, severity: 'warning', message: "'acks' is a producer setting, not a broker setting: the broker ignores it. Move it to the client's configuration, or delete it." },
        { messageId: 'client-setting', line: 5, column: 1, severity: 'warning', message: "'key.converter' is a Kafka Connect worker setting, not a broker setting: the broker ignores it. Move it to the client's configuration, or delete it." },
      ],
    },
    {
      name: 'a key of another version',
      text: 'broker.id=1\nzookeeper.connect=zk1:2181\nshare.coordinator.state.topic.min.isr=2\n', options: { kafkaVersion: '3.9' },
      findings: [{
        messageId: 'other-version', line: 3, column: 1, severity: 'warning',
        message: "'share.coordinator.state.topic.min.isr' is not a Kafka 3.9 broker setting (it exists in Kafka 4.0, 4.1, 4.2, 4.3, 4.4), so Kafka 3.9 ignores it. Delete it, or check the Kafka version you target.",
      }],
    },
    {
      name: 'unknown and not close to any key',
      text: `${kraft}replica.lag.max.messages=4000\n`,
      findings: [{ messageId: 'unknown', line: 3, column: 1, severity: 'warning', message: "Unknown key 'replica.lag.max.messages': Kafka 4.4 does not define it and ignores it. Check the spelling, or delete it unless a plugin (authorizer, metrics reporter) reads it." }],
    },
    {
      name: 'unknown key beside a third-party plugin',
      text: 'broker.id=1\nzookeeper.connect=zk1:2181\nkafka.metrics.reporters=com.criteo.kafka.KafkaGraphiteMetricsReporter\nkafka.graphite.metrics.reporter.enabled=false\n', options: { kafkaVersion: '3.9' },
      findings: [{
        messageId: 'plugin-key', line: 4, column: 1, severity: 'info',
        message: "'kafka.graphite.metrics.reporter.enabled' is not a Kafka 3.9 setting; the third-party plugin this file configures (com.criteo.kafka.KafkaGraphiteMetricsReporter) may read it, as Kafka passes every setting to its plugins. Delete it if no plugin reads it.",
      }],
    },
    {
      name: 'the 3.9 authorizer prefix is gone in 4.x',
      text: `${kraft}authorizer.zookeeper.url=zk1:2181\n`,
      options: { kafkaVersion: '4.0' },
      findings: [{ messageId: 'unknown', line: 3, column: 1, severity: 'warning', message: "Unknown key 'authorizer.zookeeper.url': Kafka 4.0 does not define it and ignores it. Check the spelling, or delete it unless a plugin (authorizer, metrics reporter) reads it." }],
    },
    // Issue 13: a key a known plugin reads names that plugin, not every plugin of the file.
    {
      name: 'Keycloak authorization with the OAuth principal builder: KeycloakAuthorizer is named as the reader', files: fixtureFiles(`${FIXTURES}/keycloak-oauth`), options: { kafkaVersion: '4.3' },
      findings: STRIMZI_KEYS.map(([i, key]) => ({ messageId: 'known-plugin-key', line: 11 + i, column: 1, severity: 'info' as const, message: knownPlugin(key) })),
    },
    {
      name: 'the same keys with KeycloakAuthorizer alone: it is named', files: fixtureFiles(`${FIXTURES}/keycloak-authorizer-only`), options: { kafkaVersion: '4.3' },
      findings: STRIMZI_KEYS.map(([i, key]) => ({ messageId: 'known-plugin-key', line: 8 + i, column: 1, severity: 'info' as const, message: knownPlugin(key) })),
    },
    {
      name: 'Keycloak keys with another authorizer: they configure nothing',
      text: `${kraft}authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer\nstrimzi.authorization.client.id=kafka\n`,
      options: { kafkaVersion: '4.3' },
      findings: [{
        messageId: 'plugin-not-configured', line: 4, column: 1, severity: 'warning',
        message: "'strimzi.authorization.client.id' is read by io.strimzi.kafka.oauth.server.authorizer.KeycloakAuthorizer or io.strimzi.kafka.oauth.server.authorizer.KeycloakRBACAuthorizer (strimzi-kafka-oauth's AuthzConfig), which this file does not configure: Kafka passes it to no plugin, so it configures nothing. Set authorizer.class.name to that plugin, or delete the key.",
      }],
    },
    {
      name: 'an unknown key beside two plugins of unknown keys: both named, with the doubt said',
      text: `${kraft}metric.reporters=com.example.ReporterA,com.example.ReporterB\nreporter.endpoint=https://metrics\n`,
      options: { kafkaVersion: '4.3' },
      findings: [{ messageId: 'plugin-key', line: 4, column: 1, severity: 'info', message: plugin('reporter.endpoint', 'one of the third-party plugins this file configures', 'com.example.ReporterA, com.example.ReporterB', ' (kafka-lint does not know which plugin reads which keys)') }],
    },
  ],
});

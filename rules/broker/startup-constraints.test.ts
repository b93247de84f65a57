import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './startup-constraints.js';

const FIXTURES = 'rules/broker/startup-constraints';
const COMBINED = 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://kafka1:9092,CONTROLLER://kafka1:9093\n';
const ASSUMED_44 = ' kafka-lint assumed Kafka 4.4 (the newest release kafka-lint knows); state it with --kafka-version or "kafkaVersion" in kafka-lint.config.json.';
const EXTERNAL_WITHOUT_KEYSTORE =
  'The EXTERNAL listener uses SSL but no keystore is configured, so the node has no certificate to present on it: every TLS handshake there fails and clients cannot connect. Kafka still starts, since it test-handshakes only the inter-broker listener. Set ssl.keystore.location and ssl.keystore.password (or listener.name.external.ssl.keystore.*).';
const CONTROLLER_WITHOUT_KEYSTORE =
  'The CONTROLLER listener uses SASL_SSL but no keystore is configured, so the node has no certificate to present on it: every TLS handshake there fails and brokers and the other controllers cannot connect. Kafka still starts, since it test-handshakes only the inter-broker listener. Set ssl.keystore.location and ssl.keystore.password (or listener.name.controller.ssl.keystore.*).';
const interBrokerWithoutKeystore = (v: string) =>
  `The INTERNAL listener uses SSL and carries the brokers' own traffic, but no keystore is configured: Kafka checks that its inter-broker listener can complete a TLS handshake with itself, and without a certificate it cannot. Set ssl.keystore.location and ssl.keystore.password (or listener.name.internal.ssl.keystore.*). Kafka ${v} refuses to start: "A client SSLEngine created with the provided settings can't connect to a server SSLEngine created with those settings."`;

// A SASL_SSL inter-broker listener whose OAUTHBEARER tokens are checked against a JWKS endpoint (line 13).
const OAUTH_JWKS = `${COMBINED.replace('PLAINTEXT://kafka1:9092', 'SASL_SSL://kafka1:9092')}listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT\ninter.broker.listener.name=SASL_SSL\nsasl.mechanism.inter.broker.protocol=OAUTHBEARER\nsasl.enabled.mechanisms=OAUTHBEARER\nssl.keystore.location=/etc/kafka/ks.jks\nssl.keystore.password=\${file:/etc/kafka/secrets:ks}\nlistener.name.sasl_ssl.oauthbearer.sasl.server.callback.handler.class=org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler\nlistener.name.sasl_ssl.oauthbearer.sasl.oauthbearer.jwks.endpoint.url=https://idp.example.com/jwks\n`;
const oauthUnverified = (v: string, missing: 'audience' | 'issuer' | 'both') => {
  const keys = missing === 'both' ? ['sasl.oauthbearer.expected.audience', 'sasl.oauthbearer.expected.issuer'] : [`sasl.oauthbearer.expected.${missing}`];
  const optOuts = keys.map((k) => k.replace('expected', 'allow.unverified'));
  const first = missing === 'issuer' ? 'issuer' : 'audience';
  const kafka =
    first === 'issuer'
      ? 'The OAuth validator for the broker requires "sasl.oauthbearer.expected.issuer" to be configured so that the token\'s issuer ("iss") claim can be verified, but it was not set. Set "sasl.oauthbearer.expected.issuer" to the issuer URL of the OAuth/OIDC provider that signs the tokens, or set "sasl.oauthbearer.allow.unverified.issuer" to true to accept tokens regardless of their issuer.'
      : 'The OAuth validator for the broker requires "sasl.oauthbearer.expected.audience" to be configured so that the token\'s audience ("aud") claim can be verified, but it was not set. Set "sasl.oauthbearer.expected.audience" to the audience(s) that identify this cluster, or set "sasl.oauthbearer.allow.unverified.audience" to true to accept tokens regardless of their audience.';
  return `The SASL_SSL listener validates OAUTHBEARER tokens against a JWKS endpoint but sets no ${keys.join(' nor ')}, so it cannot check whom the tokens are for. Set ${keys.join(' and ')} (e.g. listener.name.sasl_ssl.oauthbearer.sasl.oauthbearer.expected.${first}), or set ${optOuts.join(' / ')} to true to accept any. Kafka ${v} refuses to start: "${kafka}"`;
};

ruleTester(rule, {
  valid: [
    { name: 'ZooKeeper-mode broker (3.9)', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlog.dirs=/data/kafka\n', options: { kafkaVersion: '3.9' } },
    { name: 'KRaft combined node (4.3)', text: `${COMBINED}log.retention.ms=-1\n`, options: { kafkaVersion: '4.3' } },
    { name: 'duplicate roles are de-duplicated from 4.2', text: 'process.roles=broker,broker\nnode.id=4\ncontroller.quorum.bootstrap.servers=ctrl1:9093\ncontroller.listener.names=CONTROLLER\n', options: { kafkaVersion: '4.2' } },
    { name: 'a fragment layered over a full config (corpus: wulczer/fetch-from-follower) leaves roles and ids to it', file: 'broker.properties', text: 'broker.rack=rack1\nreplica.selector.class=org.apache.kafka.common.replica.RackAwareReplicaSelector\n' },
    { name: 'templated values are not judged', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nreplica.fetch.wait.max.ms=${FETCH_WAIT}\n', options: { kafkaVersion: '3.9' } },
    { name: 'templated ids are not judged', text: 'process.roles=broker\nnode.id={{ kafka_node_id }}\ncontroller.quorum.bootstrap.servers=ctrl1:9093\ncontroller.listener.names=CONTROLLER\n', options: { kafkaVersion: '4.3' } },
    { name: 'cordoned.log.dirs means nothing to 4.2, which does not define it', text: `${COMBINED}cordoned.log.dirs=/other\n`, options: { kafkaVersion: '4.2' } },
    // Found by the Kafka oracle: before the version that defines a key, Kafka ignores it.
    { name: 'controller.quorum.auto.join.enable on a broker before 4.2, which ignores the key', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.bootstrap.servers=ctrl1:9093\ncontroller.listener.names=CONTROLLER\ncontroller.quorum.auto.join.enable=true\n', options: { kafkaVersion: '4.1' } },
    // 4.4 refuses a JWKS endpoint without an expected audience and issuer; 4.3 does not.
    { name: 'OAUTHBEARER with a JWKS endpoint and no expected audience or issuer, on 4.3', text: OAUTH_JWKS, options: { kafkaVersion: '4.3' } },
    { name: 'OAUTHBEARER with a JWKS endpoint, expected audience and issuer (4.4)', text: `${OAUTH_JWKS}sasl.oauthbearer.expected.audience=kafka\nsasl.oauthbearer.expected.issuer=https://idp.example.com\n`, options: { kafkaVersion: '4.4' } },
    { name: 'OAUTHBEARER with a JWKS endpoint, opted out of both checks (4.4)', text: `${OAUTH_JWKS}listener.name.sasl_ssl.oauthbearer.sasl.oauthbearer.allow.unverified.audience=true\nlistener.name.sasl_ssl.oauthbearer.sasl.oauthbearer.allow.unverified.issuer=TRUE\n`, options: { kafkaVersion: '4.4' } },
    { name: 'OAUTHBEARER with a templated expected issuer is not judged (4.4)', text: `${OAUTH_JWKS}sasl.oauthbearer.expected.audience=kafka\nsasl.oauthbearer.expected.issuer={{ oauth_issuer }}\n`, options: { kafkaVersion: '4.4' } },
    // Issue 13: the keystore error fired for every TLS listener; only the inter-broker one is test-handshaked.
    { name: 'a SASL_SSL controller listener with its keystore (3.9)', files: fixtureFiles(`${FIXTURES}/controller-sasl-ssl-keystore`), options: { kafkaVersion: '3.9' } },
    { name: 'a SASL_SSL controller listener with its keystore (4.3)', files: fixtureFiles(`${FIXTURES}/controller-sasl-ssl-keystore`), options: { kafkaVersion: '4.3' } },
    { name: 'an SSL inter-broker listener with its keystore (4.3)', files: fixtureFiles(`${FIXTURES}/inter-broker-ssl-keystore`), options: { kafkaVersion: '4.3' } },
    { name: 'a keystore given through a config provider is a keystore', text: `${COMBINED.replace('PLAINTEXT://kafka1:9092', 'SSL://kafka1:9092')}security.inter.broker.protocol=SSL\nlistener.security.protocol.map=SSL:SSL,CONTROLLER:PLAINTEXT\nssl.keystore.location=\${file:/etc/kafka/ssl.properties:location}\nssl.keystore.password=\${file:/etc/kafka/ssl.properties:password}\n`, options: { kafkaVersion: '4.3' } },
  ],
  invalid: [
    {
      name: 'OAUTHBEARER with a JWKS endpoint and no expected issuer (4.4, upgrade notes 4.4.0)', text: `${OAUTH_JWKS}sasl.oauthbearer.expected.audience=kafka\n`, options: { kafkaVersion: '4.4' },
      findings: [{ messageId: 'oauthbearer-claims-unverified', line: 13, column: 71, severity: 'error', message: oauthUnverified('4.4', 'issuer') }],
    },
    {
      name: 'OAUTHBEARER with a JWKS endpoint and neither, the version assumed: 4.4 alone refuses it, so a warning', text: OAUTH_JWKS,
      findings: [{ messageId: 'oauthbearer-claims-unverified', line: 13, column: 71, severity: 'warning', message: `${oauthUnverified('4.4', 'both')}${ASSUMED_44}` }],
    },
    {
      name: 'replica.fetch.wait.max.ms above both limits (4.3)', text: `${COMBINED}replica.fetch.wait.max.ms=60000\n`, options: { kafkaVersion: '4.3' },
      findings: [
        { messageId: 'fetch-wait-over-lag-time', line: 6, column: 1, severity: 'error',
          message: 'replica.fetch.wait.max.ms (60000) exceeds replica.lag.time.max.ms (30000); followers would drop out of the ISR while they wait. Keep the wait at most the lag time. Kafka 4.3 refuses to start: "requirement failed: replica.fetch.wait.max.ms should always be less than or equal to replica.lag.time.max.ms to prevent frequent changes in ISR"' },
        { messageId: 'fetch-wait-over-socket-timeout', line: 6, column: 1, severity: 'error',
          message: 'replica.fetch.wait.max.ms (60000) exceeds replica.socket.timeout.ms (30000); a follower\'s fetch would time out while it waits. Keep the wait at most the socket timeout. Kafka 4.3 refuses to start: "requirement failed: replica.socket.timeout.ms should always be at least replica.fetch.wait.max.ms to prevent unnecessary socket timeouts"' },
      ],
    },
    {
      name: 'the same with the version assumed: a check of every version stays an error', text: `${COMBINED}replica.fetch.wait.max.ms=60000\n`,
      findings: [
        { messageId: 'fetch-wait-over-lag-time', line: 6, column: 1, severity: 'error',
          message: 'replica.fetch.wait.max.ms (60000) exceeds replica.lag.time.max.ms (30000); followers would drop out of the ISR while they wait. Keep the wait at most the lag time. Kafka 4.4 refuses to start: "requirement failed: replica.fetch.wait.max.ms should always be less than or equal to replica.lag.time.max.ms to prevent frequent changes in ISR"' },
        { messageId: 'fetch-wait-over-socket-timeout', line: 6, column: 1, severity: 'error',
          message: 'replica.fetch.wait.max.ms (60000) exceeds replica.socket.timeout.ms (30000); a follower\'s fetch would time out while it waits. Keep the wait at most the socket timeout. Kafka 4.4 refuses to start: "requirement failed: replica.socket.timeout.ms should always be at least replica.fetch.wait.max.ms to prevent unnecessary socket timeouts"' },
      ],
    },
    {
      name: 'node.id and broker.id differ, zero retention (3.9)', text: 'broker.id=1\nnode.id=2\nzookeeper.connect=zk1:2181\nlog.retention.hours=0\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'node-id-differs', line: 2, column: 1, severity: 'error',
          message: 'node.id (2) and broker.id (1) differ; keep only node.id (or set both to the same value). Kafka 3.9 refuses to start: "You must set `node.id` to the same value as `broker.id`."' },
        { messageId: 'zero-retention', line: 4, column: 1, severity: 'error',
          message: 'log.retention.hours=0 would delete data as soon as it is written; use -1 for unlimited retention or a positive value. Kafka 3.9 refuses to start: "requirement failed: log.retention.ms must be unlimited (-1) or, greater than or equal to 1"' },
      ],
    },
    {
      name: 'ZooKeeper-mode file judged as 4.0', text: 'broker.id=1\nzookeeper.connect=zk1:2181\n', options: { kafkaVersion: '4.0' },
      findings: [
        { messageId: 'process-roles-missing', line: 1, column: 1, severity: 'error',
          message: 'process.roles is required from Kafka 4.0 on, which has no ZooKeeper mode: set process.roles to broker, controller, or broker,controller (a ZooKeeper-mode cluster migrates to KRaft on 3.9 first). Kafka 4.0 refuses to start: "Missing required configuration "process.roles" which has no default value."' },
      ],
    },
    {
      name: 'neither process.roles nor zookeeper.connect (3.9)', text: 'broker.id=1\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'zookeeper-connect-missing', line: 1, column: 1, severity: 'error',
          message: 'Kafka 3.9 needs either process.roles (KRaft mode) or zookeeper.connect (ZooKeeper mode); set one of them. Kafka 3.9 refuses to start: "Missing required configuration `zookeeper.connect` which has no default value."' },
      ],
    },
    {
      name: 'KRaft without node.id or controllers (4.3)', text: 'process.roles=broker\ncontroller.listener.names=CONTROLLER\n', options: { kafkaVersion: '4.3' },
      findings: [
        { messageId: 'no-controllers', line: 1, column: 1, severity: 'error',
          message: 'A KRaft node must know its controllers; set controller.quorum.bootstrap.servers (e.g. ctrl1:9093,ctrl2:9093,ctrl3:9093) or controller.quorum.voters (1@ctrl1:9093,...). Kafka 4.3 refuses to start: "If using process.roles, either controller.quorum.bootstrap.servers must contain the set of bootstrap controllers or controller.quorum.voters must contain a parseable set of controllers."' },
        { messageId: 'node-id-missing', line: 1, column: 1, severity: 'error',
          message: 'Every KRaft node needs its own node.id of 0 or more; set node.id (e.g. node.id=1). Kafka 4.3 refuses to start: "Missing required configuration "node.id" which has no default value."' },
      ],
    },
    {
      name: 'KRaft without node.id (3.9)', text: 'process.roles=broker\ncontroller.quorum.voters=1@ctrl1:9093\ncontroller.listener.names=CONTROLLER\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'node-id-missing', line: 1, column: 1, severity: 'error',
          message: 'Every KRaft node needs its own node.id of 0 or more; set node.id (e.g. node.id=1). Kafka 3.9 refuses to start: "Missing configuration `node.id` which is required when `process.roles` is defined (i.e. when running in KRaft mode)."' },
      ],
    },
    {
      name: 'duplicate role (4.1) and broker-only node among the voters', text: 'process.roles=broker,broker\nnode.id=1\ncontroller.quorum.voters=1@ctrl1:9093\ncontroller.listener.names=CONTROLLER\n', options: { kafkaVersion: '4.1' },
      findings: [
        { messageId: 'duplicate-role', line: 1, column: 1, severity: 'error',
          message: 'process.roles lists broker twice; list each role once. Kafka 4.1 refuses to start: "Duplicate role names found in `process.roles`: ArrayBuffer(broker, broker)"' },
        { messageId: 'broker-in-voters', line: 3, column: 26, severity: 'error',
          message: 'This broker-only node\'s id 1 is listed as a controller in controller.quorum.voters; give the broker an id that no voter uses, or add the controller role. Kafka 4.1 refuses to start: "requirement failed: If process.roles contains just the \'broker\' role, the node id 1 must not be included in the set of voters controller.quorum.voters=Set(1)"' },
      ],
    },
    {
      name: 'auto join on a broker-only node and late heartbeats (4.2)', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.bootstrap.servers=ctrl1:9093\ncontroller.listener.names=CONTROLLER\ncontroller.quorum.auto.join.enable=true\nbroker.heartbeat.interval.ms=5000\n', options: { kafkaVersion: '4.2' },
      findings: [
        { messageId: 'auto-join-on-broker', line: 5, column: 1, severity: 'error',
          message: 'controller.quorum.auto.join.enable is for controllers; remove it from broker-only nodes. Kafka 4.2 refuses to start: "requirement failed: controller.quorum.auto.join.enable is only supported when process.roles contains the \'controller\' role."' },
        { messageId: 'heartbeat-over-half-session', line: 6, column: 1, severity: 'warning',
          message: 'broker.heartbeat.interval.ms (5000) is more than half of broker.session.timeout.ms (9000): one late heartbeat costs the broker its lease. Kafka starts but logs an error; lower the interval or raise the timeout on the controllers. Kafka 4.2 logs: "broker.heartbeat.interval.ms (5000 ms) must be less than or equal to half of the broker.session.timeout.ms (9000 ms)."' },
      ],
    },
    {
      name: 'log checks (3.9)', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlog.roll.ms=0\nlog.roll.jitter.ms=-5\nlog.dirs=/data/a,/data/a/.\nlog.cleaner.threads=200\nlog.cleaner.min.compaction.lag.ms=10000\nlog.cleaner.max.compaction.lag.ms=5000\nlog.flush.interval.ms=-2\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'log-roll-below-one', line: 3, column: 1, severity: 'error',
          message: 'log.roll.ms 0 would roll a segment constantly; use at least 1 (or remove it to roll every log.roll.hours). Kafka 3.9 refuses to start: "requirement failed: log.roll.ms must be greater than or equal to 1"' },
        { messageId: 'log-roll-jitter-negative', line: 4, column: 1, severity: 'error',
          message: 'log.roll.jitter.ms -5 is negative; use 0 or more. Kafka 3.9 refuses to start: "requirement failed: log.roll.jitter.ms must be greater than or equal to 0"' },
        { messageId: 'duplicate-log-dir', line: 5, column: 1, severity: 'error',
          message: 'log.dirs lists /data/a and /data/a/., which are the same directory; list each directory once. Kafka 3.9 refuses to start: "Duplicate log directory found: /data/a, /data/a/."' },
        { messageId: 'dedupe-buffer-too-small', line: 6, column: 1, severity: 'error',
          message: 'log.cleaner.dedupe.buffer.size (134217728) gives each of the 200 cleaner threads 671088 bytes; each needs more than 1 MiB, so raise the buffer above 209715200 or use fewer threads. Kafka 3.9 refuses to start: "requirement failed: log.cleaner.dedupe.buffer.size must be at least 1MB per cleaner thread."' },
        { messageId: 'compaction-lag-order', line: 7, column: 1, severity: 'error',
          message: 'log.cleaner.min.compaction.lag.ms (10000) exceeds log.cleaner.max.compaction.lag.ms (5000); keep the minimum at or below the maximum. Kafka 3.9 refuses to start: "conflict topic config setting min.compaction.lag.ms (10000) > max.compaction.lag.ms (5000)"' },
        { messageId: 'flush-interval-negative', line: 9, column: 1, severity: 'error',
          message: 'log.flush.interval.ms is negative (-2); remove it (Kafka leaves flushing to the OS by default) or use 0 or more. Kafka 3.9 refuses to start: "Invalid value -2 for configuration flush.ms: Value must be at least 0"' },
      ],
    },
    {
      name: 'empty log.dirs, zero cleaner threads (4.0)', text: `${COMBINED}log.dirs=\nlog.cleaner.threads=0\n`, options: { kafkaVersion: '4.0' },
      findings: [
        { messageId: 'no-log-dirs', line: 6, column: 1, severity: 'error',
          message: 'log.dirs is empty; list at least one data directory (e.g. log.dirs=/var/lib/kafka/data). Kafka 4.0 refuses to start: "requirement failed: At least one log directory must be defined via log.dirs or log.dir."' },
        { messageId: 'cleaner-threads-zero', line: 7, column: 1, severity: 'error',
          message: 'log.cleaner.threads=0 makes Kafka divide by zero while checking the dedupe buffer; use 1 or more (disable compaction with log.cleaner.enable=false instead). Kafka 4.0 refuses to start: "java.lang.ArithmeticException: / by zero"' },
      ],
    },
    {
      name: 'network checks (3.9)', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nqueued.max.request.bytes=1000\nmax.connections.per.ip=0\nconnections.max.idle.ms=100\nconnection.failed.authentication.delay.ms=200\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'queued-bytes-too-small', line: 3, column: 1, severity: 'error',
          message: 'queued.max.request.bytes (1000) is below socket.request.max.bytes (104857600), so the largest request could never be queued; raise it to at least 104857600 or set -1 (no limit). Kafka 3.9 refuses to start: "requirement failed: queued.max.request.bytes must be larger or equal to socket.request.max.bytes"' },
        { messageId: 'zero-connections-per-ip', line: 4, column: 1, severity: 'error',
          message: 'max.connections.per.ip=0 refuses every client unless max.connections.per.ip.overrides lets some addresses in; set the overrides (e.g. 10.0.0.5:100) or raise the limit. Kafka 3.9 refuses to start: "requirement failed: max.connections.per.ip can be set to zero only if max.connections.per.ip.overrides property is set."' },
        { messageId: 'auth-delay-over-idle', line: 6, column: 1, severity: 'error',
          message: 'connection.failed.authentication.delay.ms (200) must stay below connections.max.idle.ms (100), or failed-authentication responses time out; lower the delay. Kafka 3.9 refuses to start: "requirement failed: connection.failed.authentication.delay.ms=200 should always be less than connections.max.idle.ms=100 to prevent failed authentication responses from timing out"' },
      ],
    },
    {
      name: 'bad per-IP overrides (3.9)', files: [
        { file: 'a/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nmax.connections.per.ip.overrides=host/1:10\n' },
        { file: 'b/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181\nmax.connections.per.ip.overrides=10.0.0.1:many\n' },
      ], options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'override-address-invalid', line: 3, column: 34, severity: 'error', file: 'a/server.properties',
          message: 'max.connections.per.ip.overrides has address host/1, which is not a host name or IP address; write host:limit pairs. Kafka 3.9 refuses to start: "max.connections.per.ip.overrides contains invalid addresses : host/1"' },
        { messageId: 'override-limit-not-numeric', line: 3, column: 34, severity: 'error', file: 'b/server.properties',
          message: 'max.connections.per.ip.overrides entry \'10.0.0.1:many\' needs a numeric limit after its last \':\' (e.g. 10.0.0.5:100). Kafka 3.9 refuses to start: "java.lang.NumberFormatException: For input string: "many""' },
      ],
    },
    {
      name: 'SASL mechanism not enabled (listener prefix honoured)', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlisteners=INTERNAL://:9092\nlistener.security.protocol.map=INTERNAL:SASL_PLAINTEXT\ninter.broker.listener.name=INTERNAL\nsasl.mechanism.inter.broker.protocol=SCRAM-SHA-512\nsasl.enabled.mechanisms=SCRAM-SHA-512\nlistener.name.internal.sasl.enabled.mechanisms=PLAIN\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'sasl-mechanism-not-enabled', line: 6, column: 1, severity: 'error',
          message: 'Brokers authenticate to each other with SCRAM-SHA-512 over INTERNAL (SASL_PLAINTEXT), but listener.name.internal.sasl.enabled.mechanisms does not enable it; add SCRAM-SHA-512 to listener.name.internal.sasl.enabled.mechanisms. Kafka 3.9 refuses to start: "requirement failed: sasl.mechanism.inter.broker.protocol must be included in sasl.enabled.mechanisms when SASL is used for inter-broker communication"' },
      ],
    },
    {
      name: 'SASL mechanism not among the default GSSAPI (4.3)', text: `${COMBINED.replace('PLAINTEXT://kafka1:9092', 'SASL_PLAINTEXT://kafka1:9092')}security.inter.broker.protocol=SASL_PLAINTEXT\nlistener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT\nsasl.mechanism.inter.broker.protocol=PLAIN\n`, options: { kafkaVersion: '4.3' },
      findings: [
        { messageId: 'sasl-mechanism-not-enabled', line: 8, column: 1, severity: 'error',
          message: 'Brokers authenticate to each other with PLAIN over SASL_PLAINTEXT (SASL_PLAINTEXT), but sasl.enabled.mechanisms (default GSSAPI) does not enable it; add PLAIN to sasl.enabled.mechanisms. Kafka 4.3 refuses to start: "requirement failed: sasl.mechanism.inter.broker.protocol must be included in sasl.enabled.mechanisms when SASL is used for inter-broker communication"' },
      ],
    },
    {
      name: 'rebalance protocols, offsets acks, broker.id range (3.9)', text: 'broker.id=5000\nzookeeper.connect=zk1:2181\ngroup.coordinator.rebalance.protocols=consumer\noffsets.commit.required.acks=5\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'broker-id-out-of-range', line: 1, column: 1, severity: 'error',
          message: 'broker.id 5000 is outside -1 to reserved.broker.max.id (1000); use an id from 0 to 1000 (ids above it are reserved for generated ids). Kafka 3.9 refuses to start: "requirement failed: broker.id must be greater than or equal to -1 and not greater than reserved.broker.max.id"' },
        { messageId: 'consumer-protocol-needs-kraft', line: 3, column: 1, severity: 'error',
          message: 'The consumer rebalance protocol needs KRaft; remove consumer from group.coordinator.rebalance.protocols on ZooKeeper-mode brokers. Kafka 3.9 refuses to start: "The new \'Consumer\' rebalance protocol is only supported in KRaft cluster."' },
        { messageId: 'classic-protocol-disabled', line: 3, column: 1, severity: 'error',
          message: 'group.coordinator.rebalance.protocols must keep classic: existing consumers use it. Add classic to the list. Kafka 3.9 refuses to start: "Disabling the \'Classic\' protocol is not supported."' },
        { messageId: 'commit-acks-out-of-range', line: 4, column: 1, severity: 'error',
          message: 'offsets.commit.required.acks (5) must lie between -1 and offsets.topic.replication.factor (3); remove it (it is deprecated and gone in 4.0). Kafka 3.9 refuses to start: "offsets.commit.required.acks must be greater or equal to -1 and less or equal to offsets.topic.replication.factor"' },
      ],
    },
    {
      name: 'group coordinator bounds (4.0 wording)', text: `${COMBINED}group.consumer.heartbeat.interval.ms=50000\ngroup.share.record.lock.duration.ms=1000\n`, options: { kafkaVersion: '4.0' },
      findings: [
        { messageId: 'group-bounds', line: 6, column: 1, severity: 'error',
          message: 'group.consumer.heartbeat.interval.ms (50000) must be at most group.consumer.max.heartbeat.interval.ms (15000, the default); raise group.consumer.max.heartbeat.interval.ms or lower group.consumer.heartbeat.interval.ms. Kafka 4.0 refuses to start: "group.consumer.heartbeat.interval.ms must be less than or equal to group.consumer.max.heartbeat.interval.ms"' },
        { messageId: 'group-bounds', line: 6, column: 1, severity: 'error',
          message: 'group.consumer.heartbeat.interval.ms (50000) must be below group.consumer.session.timeout.ms (45000, the default); raise group.consumer.session.timeout.ms or lower group.consumer.heartbeat.interval.ms. Kafka 4.0 refuses to start: "group.consumer.heartbeat.interval.ms must be less than group.consumer.session.timeout.ms"' },
        { messageId: 'group-bounds', line: 7, column: 1, severity: 'error',
          message: 'group.share.min.record.lock.duration.ms (15000, the default) must be at most group.share.record.lock.duration.ms (1000); raise group.share.record.lock.duration.ms or lower group.share.min.record.lock.duration.ms. Kafka 4.0 refuses to start: "group.share.record.lock.duration.ms must be greater than or equal to group.share.min.record.lock.duration.ms"' },
      ],
    },
    {
      name: 'share assignors, standby replicas, cordoned dirs (4.3 stated)', text: `${COMBINED}group.share.assignors=simple,other\ngroup.streams.num.standby.replicas=5\ncordoned.log.dirs=/other\n`, options: { kafkaVersion: '4.3' },
      findings: [
        { messageId: 'share-assignors-count', line: 6, column: 1, severity: 'error',
          message: 'group.share.assignors must name exactly one assignor, not 2. Kafka 4.3 refuses to start: "group.share.assignors must contain exactly one assignor, but found 2"' },
        { messageId: 'group-bounds', line: 7, column: 1, severity: 'error',
          message: 'group.streams.num.standby.replicas (5) must be at most group.streams.max.standby.replicas (2, the default); raise group.streams.max.standby.replicas or lower group.streams.num.standby.replicas. Kafka 4.3 refuses to start: "group.streams.num.standby.replicas must be less than or equal to group.streams.max.standby.replicas"' },
        { messageId: 'cordoned-dirs-unknown', line: 8, column: 1, severity: 'error',
          message: 'cordoned.log.dirs names /other, which is not in log.dirs; list only this broker\'s log directories, written exactly as in log.dirs. Kafka 4.3 refuses to start: "requirement failed: All entries in cordoned.log.dirs must be present in log.dirs or log.dir. Missing entries : /other"' },
      ],
    },
    {
      name: 'the same with the version assumed: checks of some versions only are warnings that say so', text: `${COMBINED}group.share.assignors=simple,other\ngroup.streams.num.standby.replicas=5\ncordoned.log.dirs=/other\n`,
      findings: [
        { messageId: 'share-assignors-count', line: 6, column: 1, severity: 'warning',
          message: `group.share.assignors must name exactly one assignor, not 2. Kafka 4.4 refuses to start: "group.share.assignors must contain exactly one assignor, but found 2"${ASSUMED_44}` },
        { messageId: 'group-bounds', line: 7, column: 1, severity: 'warning',
          message: `group.streams.num.standby.replicas (5) must be at most group.streams.max.standby.replicas (2, the default); raise group.streams.max.standby.replicas or lower group.streams.num.standby.replicas. Kafka 4.4 refuses to start: "group.streams.num.standby.replicas must be less than or equal to group.streams.max.standby.replicas"${ASSUMED_44}` },
        { messageId: 'cordoned-dirs-unknown', line: 8, column: 1, severity: 'warning',
          message: `cordoned.log.dirs names /other, which is not in log.dirs; list only this broker's log directories, written exactly as in log.dirs. Kafka 4.4 refuses to start: "requirement failed: All entries in cordoned.log.dirs must be present in log.dirs or log.dir. Missing entries : /other"${ASSUMED_44}` },
      ],
    },
    {
      name: 'ZooKeeper migration without its KRaft side (3.9)', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nzookeeper.metadata.migration.enable=true\ninter.broker.protocol.version=3.3\n', options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'migration-needs-controller-listener', line: 3, column: 1, severity: 'error',
          message: 'A broker in ZooKeeper migration must know the controllers\' listener; set controller.listener.names (e.g. CONTROLLER). Kafka 3.9 refuses to start: "requirement failed: controller.listener.names must not be empty when running in ZooKeeper migration mode: []"' },
        { messageId: 'migration-needs-controllers', line: 3, column: 1, severity: 'error',
          message: 'A broker in ZooKeeper migration must reach the KRaft controllers; set controller.quorum.voters or controller.quorum.bootstrap.servers. Kafka 3.9 refuses to start: "If using zookeeper.metadata.migration.enable, either controller.quorum.bootstrap.servers must contain the set of bootstrap controllers or controller.quorum.voters must contain a parseable set of controllers."' },
        { messageId: 'migration-old-protocol', line: 4, column: 1, severity: 'error',
          message: 'Migration needs inter.broker.protocol.version 3.4 or later, not 3.3; raise it (3.9 is the default). Kafka 3.9 refuses to start: "requirement failed: Cannot enable ZooKeeper migration without setting \'inter.broker.protocol.version\' to 3.4 or higher"' },
      ],
    },
    {
      name: 'tiered storage local retention above total (4.3)', text: `${COMBINED}remote.log.storage.system.enable=true\nlog.retention.bytes=1000\nlog.local.retention.bytes=5000\nlog.local.retention.ms=-1\n`, options: { kafkaVersion: '4.3' },
      findings: [
        { messageId: 'local-retention-over-total', line: 8, column: 1, severity: 'error',
          message: 'log.local.retention.bytes (5000) exceeds log.retention.bytes (1000); local retention must not outlast total retention. Kafka 4.3 refuses to start: "Invalid value 5000 for configuration local.retention.bytes: Value must not be more than retention.bytes property value: 1000"' },
        { messageId: 'local-retention-forever', line: 9, column: 1, severity: 'error',
          message: 'log.local.retention.ms=-1 keeps local data forever while log.retention.ms is 604800000; use -2 (follow log.retention.ms) or a value up to 604800000. Kafka 4.3 refuses to start: "Invalid value -1 for configuration local.retention.ms: Value must not be -1 as retention.ms value is set as 604800000."' },
      ],
    },
    {
      name: 'keystore without its password (4.3)', text: `${COMBINED.replace('PLAINTEXT://kafka1:9092', 'SSL://kafka1:9092')}security.inter.broker.protocol=SSL\nlistener.security.protocol.map=SSL:SSL,CONTROLLER:PLAINTEXT\nssl.keystore.location=/etc/kafka/kafka1.jks\n`, options: { kafkaVersion: '4.3' },
      findings: [
        { messageId: 'keystore-password-missing', line: 8, column: 1, severity: 'error',
          message: 'The SSL listener (SSL) has a keystore but no ssl.keystore.password; add the password (through a config provider). Kafka 4.3 refuses to start: "SSL key store is specified, but key store password is not specified."' },
      ],
    },
    // Issue 13: SSL listeners without a keystore. Only the inter-broker listener stops Kafka.
    {
      name: 'an SSL inter-broker listener without a keystore stops Kafka; the SSL client listener only fails handshakes (3.9)', files: fixtureFiles(`${FIXTURES}/inter-broker-ssl`), options: { kafkaVersion: '3.9' },
      findings: [
        { messageId: 'listener-keystore-missing', line: 7, column: 1, severity: 'warning', message: EXTERNAL_WITHOUT_KEYSTORE },
        { messageId: 'inter-broker-keystore-missing', line: 7, column: 1, severity: 'error', message: interBrokerWithoutKeystore('3.9') },
      ],
    },
    {
      name: 'the same with the version assumed, judged as the newest, 4.4 (the check is the same in every version)', files: fixtureFiles(`${FIXTURES}/inter-broker-ssl`),
      findings: [
        { messageId: 'listener-keystore-missing', line: 7, column: 1, severity: 'warning', message: EXTERNAL_WITHOUT_KEYSTORE },
        { messageId: 'inter-broker-keystore-missing', line: 7, column: 1, severity: 'error', message: interBrokerWithoutKeystore('4.4') },
      ],
    },
    {
      name: 'a SASL_SSL controller listener without a keystore: Kafka starts, brokers cannot connect (3.9)', files: fixtureFiles(`${FIXTURES}/controller-sasl-ssl`), options: { kafkaVersion: '3.9' },
      findings: [{ messageId: 'listener-keystore-missing', line: 8, column: 1, severity: 'warning', message: CONTROLLER_WITHOUT_KEYSTORE }],
    },
    {
      name: 'a SASL_SSL controller listener without a keystore (4.3)', files: fixtureFiles(`${FIXTURES}/controller-sasl-ssl`), options: { kafkaVersion: '4.3' },
      findings: [{ messageId: 'listener-keystore-missing', line: 8, column: 1, severity: 'warning', message: CONTROLLER_WITHOUT_KEYSTORE }],
    },
    {
      name: 'only the client listener is SSL; its keystore is under a misspelt listener name (4.3)', files: fixtureFiles(`${FIXTURES}/client-ssl-listener`), options: { kafkaVersion: '4.3' },
      findings: [{ messageId: 'listener-keystore-missing', line: 7, column: 1, severity: 'warning', message: EXTERNAL_WITHOUT_KEYSTORE }],
    },
  ],
});

/**
 * The facts scripts/catalog/generate.mjs cannot read from a release's ConfigDef, written here
 * from Kafka's and ZooKeeper's sources and upgrade notes, each with where it comes from. The
 * generator checks each against the dumped releases where it can (a removal against the
 * ConfigDefs, a plugin key against the string constants of the class that reads it, a parsed
 * zoo.cfg key against QuorumPeerConfig's), and fails when a table and a release disagree.
 *
 * Upgrade notes: docs/upgrade.html until 4.1, docs/getting-started/upgrade.md from 4.2, on each
 * release branch of github.com/apache/kafka ("Notable changes in X").
 */

/**
 * Broker keys that are gone. A key the dumped releases show going (defined in one supported
 * version, not in the next) must be here, with its replacement and why it went; `removedIn` is
 * then computed. Keys removed before the first supported version carry `removedIn` themselves.
 */
export const KAFKA_REMOVED_KEYS = {
  'advertised.host.name': { removedIn: '3.0', replacement: ['advertised.listeners'], category: 'removed-before-3.9', source: 'd27a84f70c3 KAFKA-12945 (first in 3.0.0)' },
  'advertised.port': { removedIn: '3.0', replacement: ['advertised.listeners'], category: 'removed-before-3.9', source: 'd27a84f70c3 KAFKA-12945 (first in 3.0.0)' },
  'alter.config.policy.kraft.compatibility.enable': { replacement: [], category: 'zookeeper-migration', source: '85a2d1a6fd KAFKA-19026 (3.9.1 only: ZooKeeper/KRaft consistency of alter config policies; 4.x is KRaft only)' },
  'auto.include.jmx.reporter': { replacement: [], category: 'deprecated-then-removed', source: '3815339e05 KAFKA-14158: Remove auto.include.jmx.reporter configuration; upgrade notes 4.0.0 (Common)' },
  'broker.id.generation.enable': { replacement: ['node.id'], category: 'zookeeper-only', source: 'ffb99a45f0 KAFKA-18383 Remove reserved.broker.max.id and broker.id.generation.enable' },
  'control.plane.listener.name': { replacement: ['controller.listener.names'], category: 'zookeeper-only', source: '236e40b6cb KAFKA-18353 Remove zk config `control.plane.listener.name`' },
  'controlled.shutdown.max.retries': { replacement: [], category: 'zookeeper-only', source: '8031cc2caa KAFKA-18417 Remove controlled.shutdown.max.retries and controlled.shutdown.retry.backoff.ms' },
  'controlled.shutdown.retry.backoff.ms': { replacement: [], category: 'zookeeper-only', source: '8031cc2caa KAFKA-18417 Remove controlled.shutdown.max.retries and controlled.shutdown.retry.backoff.ms' },
  'delegation.token.master.key': { replacement: ['delegation.token.secret.key'], category: 'deprecated-alias', source: '02e3f7cc28 KAFKA-12601 Remove deprecated `delegation.token.master.key`; upgrade notes 4.0.0 (Broker)' },
  'eligible.leader.replicas.enable': { replacement: [], category: 'replaced-by-feature', source: '2b2b3cd355 KAFKA-18062: use feature version to enable ELR' },
  'group.coordinator.new.enable': { replacement: [], category: 'internal', source: 'internal flag, gone from the 4.1 ConfigDef (the new group coordinator is the only one)' },
  'group.share.enable': { replacement: [], category: 'internal', source: 'internal; 4.3 enables share groups by the share.version feature' },
  'group.share.max.groups': { replacement: [], category: 'removed', source: 'gone from the 4.1 ConfigDef' },
  'host.name': { removedIn: '3.0', replacement: ['listeners'], category: 'removed-before-3.9', source: 'd27a84f70c3 KAFKA-12945 (first in 3.0.0)' },
  'inter.broker.protocol.version': { replacement: [], category: 'replaced-by-feature', source: 'b6e6a3c68a KAFKA-18360 Remove zookeeper configurations' },
  'internal.metadata.max.fetch.size.in.bytes': { replacement: [], category: 'internal', source: 'internal; KAFKA-19541 d50db628ab (controller.quorum.fetch.max.bytes replaces it)' },
  'leader.imbalance.per.broker.percentage': { replacement: [], category: 'zookeeper-only', source: '2452d67f2e KAFKA-18743 Remove leader.imbalance.per.broker.percentage as it is not supported by Kraft' },
  'log.message.downconversion.enable': { replacement: [], category: 'message-format', source: 'a0f9e319c7 KAFKA-18269: Remove deprecated protocol APIs support (KIP-896, KIP-724)' },
  'log.message.format.version': { replacement: [], category: 'message-format', source: 'df43d62da8 KAFKA-17393: Remove log.message.format.version/message.format.version (KIP-724); upgrade notes 4.0.0 (Common)' },
  'log.message.timestamp.difference.max.ms': { replacement: ['log.message.timestamp.before.max.ms', 'log.message.timestamp.after.max.ms'], category: 'deprecated-then-removed', source: '700bdd5fee KAFKA-17997 Remove deprecated config log.message.timestamp.difference.max.ms; upgrade notes 4.0.0 (Broker), KIP-937' },
  'metadata.log.segment.min.bytes': { replacement: [], category: 'internal', source: 'internal; KAFKA-19080 bcda92b5b9' },
  'offsets.commit.required.acks': { replacement: [], category: 'deprecated-then-removed', source: '944c1353a9 KAFKA-16736 Remove `offsets.commit.required.acks` in 4.0; upgrade notes 4.0.0 (Broker), KIP-1041' },
  'password.encoder.cipher.algorithm': { replacement: [], category: 'zookeeper-only', source: '3575b41ba6 KAFKA-18361 Remove PasswordEncoderConfigs' },
  'password.encoder.iterations': { replacement: [], category: 'zookeeper-only', source: '3575b41ba6 KAFKA-18361 Remove PasswordEncoderConfigs' },
  'password.encoder.key.length': { replacement: [], category: 'zookeeper-only', source: '3575b41ba6 KAFKA-18361 Remove PasswordEncoderConfigs' },
  'password.encoder.keyfactory.algorithm': { replacement: [], category: 'zookeeper-only', source: '3575b41ba6 KAFKA-18361 Remove PasswordEncoderConfigs' },
  'password.encoder.old.secret': { replacement: [], category: 'zookeeper-only', source: '3575b41ba6 KAFKA-18361 Remove PasswordEncoderConfigs' },
  'password.encoder.secret': { replacement: [], category: 'zookeeper-only', source: '3575b41ba6 KAFKA-18361 Remove PasswordEncoderConfigs' },
  'port': { removedIn: '3.0', replacement: ['listeners'], category: 'removed-before-3.9', source: 'd27a84f70c3 KAFKA-12945 (first in 3.0.0)' },
  'quota.consumer.default': { removedIn: '3.0', replacement: ['dynamic client quotas'], category: 'removed-before-3.9', source: 'ff3b2d67a1 KAFKA-12591 (first in 3.0.0)' },
  'quota.producer.default': { removedIn: '3.0', replacement: ['dynamic client quotas (kafka-configs.sh --entity-type clients --entity-default)'], category: 'removed-before-3.9', source: 'ff3b2d67a1 KAFKA-12591 (first in 3.0.0)' },
  'reserved.broker.max.id': { replacement: ['node.id'], category: 'zookeeper-only', source: 'ffb99a45f0 KAFKA-18383 Remove reserved.broker.max.id and broker.id.generation.enable' },
  'share.fetch.max.fetch.records': { replacement: [], category: 'internal', source: 'internal; gone from the 4.1 ConfigDef' },
  'zookeeper.clientCnxnSocket': { replacement: [], category: 'zookeeper-only', source: '8d5bd25847 KAFKA-18631 Remove ZkConfigs' },
  'zookeeper.connect': { replacement: [], category: 'zookeeper-only', source: '3ee4508bb6 KAFKA-18533 Remove KafkaConfig zookeeper related logic' },
  'zookeeper.connection.timeout.ms': { replacement: [], category: 'zookeeper-only', source: '3ee4508bb6 KAFKA-18533 Remove KafkaConfig zookeeper related logic' },
  'zookeeper.max.in.flight.requests': { replacement: [], category: 'zookeeper-only', source: '3ee4508bb6 KAFKA-18533 Remove KafkaConfig zookeeper related logic' },
  'zookeeper.metadata.migration.enable': { replacement: [], category: 'zookeeper-migration', source: '772aa241b2 KAFKA-18136: Remove zk migration from code base' },
  'zookeeper.metadata.migration.min.batch.size': { replacement: [], category: 'zookeeper-migration', source: '772aa241b2 KAFKA-18136: Remove zk migration from code base' },
  'zookeeper.session.timeout.ms': { replacement: [], category: 'zookeeper-only', source: '3ee4508bb6 KAFKA-18533 Remove KafkaConfig zookeeper related logic' },
  'zookeeper.set.acl': { replacement: [], category: 'zookeeper-only', source: '3ee4508bb6 KAFKA-18533 Remove KafkaConfig zookeeper related logic' },
  'zookeeper.ssl.cipher.suites': { replacement: [], category: 'zookeeper-only', source: '8d5bd25847 KAFKA-18631 Remove ZkConfigs' },
  'zookeeper.ssl.client.enable': { replacement: [], category: 'zookeeper-only', source: '8d5bd25847 KAFKA-18631 Remove ZkConfigs' },
  'zookeeper.ssl.crl.enable': { replacement: [], category: 'zookeeper-only', source: '8d5bd25847 KAFKA-18631 Remove ZkConfigs' },
  'zookeeper.ssl.enabled.protocols': { replacement: [], category: 'zookeeper-only', source: '8d5bd25847 KAFKA-18631 Remove ZkConfigs' },
  'zookeeper.ssl.endpoint.identification.algorithm': { replacement: [], category: 'zookeeper-only', source: '8d5bd25847 KAFKA-18631 Remove ZkConfigs' },
  'zookeeper.ssl.keystore.location': { replacement: [], category: 'zookeeper-only', source: '8d5bd25847 KAFKA-18631 Remove ZkConfigs' },
  'zookeeper.ssl.keystore.password': { replacement: [], category: 'zookeeper-only', source: '8d5bd25847 KAFKA-18631 Remove ZkConfigs' },
  'zookeeper.ssl.keystore.type': { replacement: [], category: 'zookeeper-only', source: '8d5bd25847 KAFKA-18631 Remove ZkConfigs' },
  'zookeeper.ssl.ocsp.enable': { replacement: [], category: 'zookeeper-only', source: '8d5bd25847 KAFKA-18631 Remove ZkConfigs' },
  'zookeeper.ssl.protocol': { replacement: [], category: 'zookeeper-only', source: '8d5bd25847 KAFKA-18631 Remove ZkConfigs' },
  'zookeeper.ssl.truststore.location': { replacement: [], category: 'zookeeper-only', source: '8d5bd25847 KAFKA-18631 Remove ZkConfigs' },
  'zookeeper.ssl.truststore.password': { replacement: [], category: 'zookeeper-only', source: '8d5bd25847 KAFKA-18631 Remove ZkConfigs' },
  'zookeeper.ssl.truststore.type': { replacement: [], category: 'zookeeper-only', source: '8d5bd25847 KAFKA-18631 Remove ZkConfigs' },
};

/** Keys that still work but are deprecated, from the upgrade notes. */
export const KAFKA_DEPRECATED_KEYS = {
  'log.cleaner.enable': { since: '4.1', replacement: [], source: 'upgrade notes 4.1.0 (Broker), KIP-1148: do not set it to false' },
  'remote.log.manager.thread.pool.size': { since: '4.2', replacement: ['remote.log.manager.follower.thread.pool.size'], source: 'upgrade notes 4.2.0' },
  'group.coordinator.rebalance.protocols': { since: '4.3', replacement: [], source: 'upgrade notes 4.3.0, KIP-1237: the feature versions decide from 5.0' },
  'broker.id': { since: '4.4', replacement: ['node.id'], source: 'upgrade notes 4.4.0, KIP-1232: removed in 5.0' },
};

/**
 * Keys Kafka's own plugins read from the broker config outside the ConfigDef, each with the class
 * that reads it. A key counts in the versions whose reader class holds the key as a string
 * constant and whose ConfigDef does not define it (config.providers became a ConfigDef key in 4.2).
 */
export const KAFKA_PLUGIN_KEYS = {
  'super.users': { reader: 'org.apache.kafka.metadata.authorizer.StandardAuthorizer', source: 'StandardAuthorizer SUPER_USERS_CONFIG' },
  'allow.everyone.if.no.acl.found': { reader: 'org.apache.kafka.metadata.authorizer.StandardAuthorizer', source: 'StandardAuthorizer ALLOW_EVERYONE_IF_NO_ACL_IS_FOUND_CONFIG' },
  'config.providers': { reader: 'org.apache.kafka.common.config.AbstractConfig', source: 'AbstractConfig CONFIG_PROVIDERS_CONFIG (a ConfigDef key from 4.2)' },
  'metrics.jmx.include': { reader: 'org.apache.kafka.common.metrics.JmxReporter', source: 'JmxReporter INCLUDE_CONFIG' },
  'metrics.jmx.exclude': { reader: 'org.apache.kafka.common.metrics.JmxReporter', source: 'JmxReporter EXCLUDE_CONFIG' },
  'metrics.jmx.whitelist': { reader: 'org.apache.kafka.common.metrics.JmxReporter', source: 'JmxReporter INCLUDE_CONFIG_ALIAS (gone in 4.0)' },
  'metrics.jmx.blacklist': { reader: 'org.apache.kafka.common.metrics.JmxReporter', source: 'JmxReporter EXCLUDE_CONFIG_ALIAS (gone in 4.0)' },
  'kafka.csv.metrics.dir': { reader: 'kafka.metrics.KafkaCSVMetricsReporter', source: 'kafka.metrics.KafkaCSVMetricsReporter' },
  'kafka.csv.metrics.reporter.enabled': { reader: 'kafka.metrics.KafkaCSVMetricsReporter', source: 'kafka.metrics.KafkaCSVMetricsReporter' },
};

/**
 * Prefixes under which Kafka reads free-form keys (the key after the prefix is the plugin's).
 * With a reader: the versions whose reader class holds a string constant that starts with the
 * prefix (or with `constant`, the part of it the reader writes as one literal). Without: every version.
 */
export const KAFKA_PREFIXES = {
  'config.providers.': { reader: 'org.apache.kafka.common.config.AbstractConfig', source: 'AbstractConfig: config.providers.<name>.class and .param.<param>' },
  'metrics.context.': { reader: 'org.apache.kafka.clients.CommonClientConfigs', source: 'CommonClientConfigs METRICS_CONTEXT_PREFIX' },
  'authorizer.zookeeper.': { reader: 'kafka.security.authorizer.AclAuthorizer$', constant: 'authorizer.', source: 'kafka.security.authorizer.AclAuthorizer configPrefix (ZooKeeper-based authorizer, gone in 4.0)' },
  // Confluent Server reads these; Apache Kafka ignores them. kafka-lint does not judge a vendor's keys.
  'confluent.': { source: 'Confluent Server (Confluent Platform) settings, not Apache Kafka' },
  'kafka.rest.': { source: 'Confluent Server embedded REST Proxy settings, not Apache Kafka' },
};

/**
 * Class names that were once valid values and are gone: a broker set to one of them fails to
 * start, the class cannot be loaded. The generator checks that no supported release that should
 * lack the class has it.
 */
export const KAFKA_REMOVED_CLASSES = {
  'kafka.security.auth.SimpleAclAuthorizer': {
    keys: ['authorizer.class.name'],
    removedIn: '3.0',
    replacement: { zookeeper: 'kafka.security.authorizer.AclAuthorizer', kraft: 'org.apache.kafka.metadata.authorizer.StandardAuthorizer' },
    commit: '976e78e405 KAFKA-12590',
  },
  'kafka.security.authorizer.AclAuthorizer': {
    keys: ['authorizer.class.name'],
    removedIn: '4.0',
    replacement: { kraft: 'org.apache.kafka.metadata.authorizer.StandardAuthorizer' },
    commit: '2d896d9130 KAFKA-17614',
  },
  'org.apache.kafka.common.security.auth.DefaultPrincipalBuilder': {
    keys: ['principal.builder.class'],
    removedIn: '3.0',
    replacement: { kraft: 'org.apache.kafka.common.security.authenticator.DefaultKafkaPrincipalBuilder', zookeeper: 'org.apache.kafka.common.security.authenticator.DefaultKafkaPrincipalBuilder' },
    commit: 'e8754ba7a0 KAFKA-12578',
  },
};

/**
 * The keys QuorumPeerConfig.parseProperties reads itself (3.8 and 3.9 read the same set), written
 * from its source; the generator checks each against the string constants of QuorumPeerConfig,
 * QuorumAuth and JvmPauseMonitor in every dumped release.
 */
const PARSED = 'QuorumPeerConfig.parseProperties';
export const ZOOKEEPER_PARSED = {
  dataDir: { type: 'path', default: null, source: PARSED, note: 'required ("dataDir is not set")' },
  dataLogDir: { type: 'path', default: 'dataDir', source: PARSED, note: 'defaults to dataDir' },
  clientPort: { type: 'int', default: null, source: PARSED, note: 'Integer.parseInt; unset means no client listener' },
  clientPortAddress: { type: 'string', default: null, source: PARSED },
  secureClientPort: { type: 'int', default: null, source: PARSED },
  secureClientPortAddress: { type: 'string', default: null, source: PARSED },
  observerMasterPort: { type: 'int', default: '0', source: PARSED },
  clientPortListenBacklog: { type: 'int', default: '-1', source: PARSED },
  tickTime: { type: 'int', default: '3000', source: `${PARSED} (ZooKeeperServer.DEFAULT_TICK_TIME)` },
  maxClientCnxns: { type: 'int', default: '60', source: PARSED },
  minSessionTimeout: { type: 'int', default: '2 x tickTime', source: PARSED },
  maxSessionTimeout: { type: 'int', default: '20 x tickTime', source: PARSED },
  initLimit: { type: 'int', default: '0', source: PARSED, note: '0 = not set; required for an ensemble' },
  syncLimit: { type: 'int', default: '0', source: PARSED, note: '0 = not set; required for an ensemble' },
  connectToLearnerMasterLimit: { type: 'int', default: '0', source: PARSED },
  electionAlg: { type: 'int', default: '3', source: PARSED, allowed: ['3'] },
  quorumListenOnAllIPs: { type: 'boolean', default: 'false', source: PARSED },
  peerType: { type: 'enum', default: 'participant', source: PARSED, allowed: ['observer', 'participant'], ignoreCase: true },
  syncEnabled: { type: 'boolean', default: 'true', source: PARSED },
  dynamicConfigFile: { type: 'path', default: null, source: PARSED },
  'autopurge.snapRetainCount': { type: 'int', default: '3', source: PARSED, note: 'values below 3 are reset to 3' },
  'autopurge.purgeInterval': { type: 'int', default: '0', source: PARSED, note: 'hours; 0 disables purging' },
  standaloneEnabled: { type: 'boolean', default: 'true', source: PARSED },
  reconfigEnabled: { type: 'boolean', default: 'false', source: PARSED },
  sslQuorum: { type: 'boolean', default: 'false', source: PARSED },
  portUnification: { type: 'boolean', default: 'false', source: PARSED },
  sslQuorumReloadCertFiles: { type: 'boolean', default: 'false', source: PARSED },
  localSessionsEnabled: { type: 'boolean', default: 'false', source: PARSED },
  localSessionsUpgradingEnabled: { type: 'boolean', default: 'false', source: PARSED },
  'quorum.auth.enableSasl': { type: 'boolean', default: 'false', source: `${PARSED} (QuorumAuth)` },
  'quorum.auth.serverRequireSasl': { type: 'boolean', default: 'false', source: `${PARSED} (QuorumAuth)` },
  'quorum.auth.learnerRequireSasl': { type: 'boolean', default: 'false', source: `${PARSED} (QuorumAuth)` },
  'quorum.auth.learner.saslLoginContext': { type: 'string', default: 'QuorumLearner', source: `${PARSED} (QuorumAuth)` },
  'quorum.auth.server.saslLoginContext': { type: 'string', default: 'QuorumServer', source: `${PARSED} (QuorumAuth)` },
  'quorum.auth.kerberos.servicePrincipal': { type: 'string', default: 'zkquorum/localhost', source: `${PARSED} (QuorumAuth)` },
  'quorum.cnxn.threads.size': { type: 'int', default: '20', source: `${PARSED} (QuorumPeer default)` },
  'jvm.pause.info-threshold.ms': { type: 'long', default: '1000', source: `${PARSED} (JvmPauseMonitor)` },
  'jvm.pause.warn-threshold.ms': { type: 'long', default: '10000', source: `${PARSED} (JvmPauseMonitor)` },
  'jvm.pause.sleep.time.ms': { type: 'long', default: '500', source: `${PARSED} (JvmPauseMonitor)` },
  'jvm.pause.monitor': { type: 'boolean', default: 'false', source: `${PARSED} (JvmPauseMonitor)` },
  'metricsProvider.className': { type: 'string', default: 'org.apache.zookeeper.metrics.impl.DefaultMetricsProvider', source: PARSED },
  'multiAddress.enabled': { type: 'boolean', default: 'false', source: PARSED },
  'multiAddress.reachabilityCheckTimeoutMs': { type: 'int', default: '1000', source: PARSED },
  'multiAddress.reachabilityCheckEnabled': { type: 'boolean', default: 'true', source: PARSED },
  oraclePath: { type: 'path', default: null, source: PARSED },
};

/**
 * System-property keys whose type and default matter to the linter, read from the code that reads
 * them. ZooKeeper reads these with Integer.getInteger / Long.getLong / Boolean.getBoolean or its own
 * parsing, which fall back silently on a bad value, so their type is advice, not a startup check.
 */
export const ZOOKEEPER_SYSTEM_PROPERTY_FACTS = {
  snapCount: { type: 'int', default: '100000', source: 'server/ZooKeeperServer.java (Integer.getInteger)' },
  preAllocSize: { type: 'long', default: '65536', source: 'server/persistence/FilePadding.java (KB)' },
  globalOutstandingLimit: { type: 'int', default: '1000', source: 'server/ZooKeeperServer.java (Integer.getInteger)' },
  maxCnxns: { type: 'int', default: '0', source: 'server/ServerCnxnFactory.java (Integer.getInteger)' },
  'admin.enableServer': { type: 'boolean', default: 'true', source: 'server/admin/AdminServerFactory.java (anything but "false" enables it)' },
  'admin.serverPort': { type: 'int', default: '8080', source: 'server/admin/JettyAdminServer.java (a bad value silently becomes 8080)' },
  'admin.serverAddress': { type: 'string', default: '0.0.0.0', source: 'server/admin/JettyAdminServer.java' },
  '4lw.commands.whitelist': { type: 'list', default: 'srvr', source: 'server/command/FourLetterCommands.java (srvr is always enabled)' },
  forceSync: { type: 'string', default: 'yes', source: 'server/persistence/FileTxnLog.java ("no" turns fsync off)' },
  skipACL: { type: 'string', default: 'no', source: 'server/ZooKeeperServer.java ("yes" turns ACL checks off)' },
  'jute.maxbuffer': {
    type: 'int',
    default: '1048575',
    source: 'jute BinaryInputArchive reads the JVM property jute.maxbuffer; zoo.cfg sets zookeeper.jute.maxbuffer, which the server does not read',
  },
};

/** zoo.cfg keys with an id or free-form suffix. */
export const ZOOKEEPER_PREFIXES = {
  'server.': 'QuorumPeerConfig: server.<id>=host:quorumPort:electionPort[:role][;[clientAddress:]clientPort]',
  'group.': 'QuorumHierarchical: group.<id>=<server id>:<server id>...',
  'weight.': 'QuorumHierarchical: weight.<server id>=<weight>',
  'metricsProvider.': 'QuorumPeerConfig: passed to the metrics provider',
  'authProvider.': 'ProviderRegistry: system property zookeeper.authProvider.<n>=<class>',
};

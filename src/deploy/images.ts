/**
 * How each container image turns environment variables into config keys. Facts from the images'
 * own scripts: confluentinc/kafka-images (kafka.properties.template, zookeeper.properties.template,
 * configure; local/configureDefaults for confluent-local), apache/kafka
 * (core/.../docker/KafkaDockerWrapper.scala, docker/jvm/launch, config/kraft/server.properties of
 * 3.7 to 3.9), bitnami/containers (kafka-env.sh, libkafka.sh), and docker-library/zookeeper
 * (31z4/zookeeper-docker: docker-entrypoint.sh, Dockerfile).
 */
import type { IgnoredReason, ImageFamily } from '../model/types.js';

/** The last segments of an image's repository path, lower-cased, registry and tag dropped. */
function repositorySegments(image: string): string[] {
  return parseImageReference(image).path.split('/');
}

/**
 * The family of a compose `image:`, matched by the end of its repository path (so a registry, a
 * mirror prefix or `${REPOSITORY}/` in front does not matter), ignoring tag and digest; undefined
 * for images whose environment conventions kafka-lint does not know.
 *
 * @example
 * ```ts
 * imageFamily('confluentinc/cp-server:7.6.1'); // 'cp-kafka'
 * imageFamily('/cp-server:7.6.1'); // 'cp-kafka' (`${REPOSITORY}/cp-server` with REPOSITORY unset)
 * imageFamily('docker.io/bitnami/kafka:3.7'); // 'bitnami-kafka'
 * ```
 */
export function imageFamily(image: string): ImageFamily | undefined {
  const segments = repositorySegments(image);
  const last = segments.at(-1) ?? '';
  const owner = segments.at(-2);
  if (/^cp-(kafka|server|enterprise-kafka)$/.test(last)) return 'cp-kafka';
  if (last === 'confluent-local') return 'confluent-local';
  if (last === 'cp-zookeeper') return 'cp-zookeeper';
  if (owner === 'apache' && /^kafka(-native)?$/.test(last)) return 'apache-kafka';
  if ((owner === 'bitnami' || owner === 'bitnamilegacy') && last === 'kafka') return 'bitnami-kafka';
  // The official image is `zookeeper` (library/zookeeper); other owners' zookeeper images have their own conventions.
  if (last === 'zookeeper' && (segments.length === 1 || (segments.length === 2 && owner === 'library'))) return 'zookeeper';
  return undefined;
}

/**
 * Whether the family runs ZooKeeper (else Kafka).
 *
 * @example
 * ```ts
 * isZooKeeperFamily('cp-zookeeper'); // true
 * ```
 */
export function isZooKeeperFamily(family: ImageFamily): boolean {
  return family === 'cp-zookeeper' || family === 'zookeeper';
}

/** Variables the Kafka start scripts read (JVM, logging), never written as broker keys. */
const KAFKA_LAUNCHER = new Set([
  'KAFKA_VERSION', 'KAFKA_HEAP_OPTS', 'KAFKA_LOG4J_OPTS', 'KAFKA_OPTS', 'KAFKA_JMX_OPTS', 'KAFKA_JVM_PERFORMANCE_OPTS',
  'KAFKA_GC_LOG_OPTS', 'KAFKA_LOG4J_ROOT_LOGLEVEL', 'KAFKA_LOG4J_LOGGERS', 'KAFKA_TOOLS_LOG4J_LOGLEVEL', 'KAFKA_JMX_HOSTNAME',
  'KAFKA_JMX_PORT', 'KAFKA_DEBUG', 'KAFKA_HOME',
  // cp-kafka's and apache/kafka's `configure` turn these into ssl.*.location and passwords (see imageSslSettings).
  'KAFKA_SSL_KEYSTORE_FILENAME', 'KAFKA_SSL_KEYSTORE_CREDENTIALS', 'KAFKA_SSL_KEY_CREDENTIALS', 'KAFKA_SSL_TRUSTSTORE_FILENAME', 'KAFKA_SSL_TRUSTSTORE_CREDENTIALS',
  // cp-kafka's `ensure` script.
  'KAFKA_CUB_ZK_TIMEOUT', 'KAFKA_DATA_DIRS',
]);

/**
 * The ssl.* settings cp-kafka's and apache/kafka's `configure` script derive from the
 * KAFKA_SSL_*_FILENAME and *_CREDENTIALS variables: files under /etc/kafka/secrets, passwords
 * read from the credentials files at start (shown as `${file:...}`, a value known only then).
 *
 * @example
 * ```ts
 * imageSslSettings({ KAFKA_SSL_KEYSTORE_FILENAME: 'kafka.jks' }); // [['KAFKA_SSL_KEYSTORE_FILENAME', 'ssl.keystore.location', '/etc/kafka/secrets/kafka.jks']]
 * ```
 */
export function imageSslSettings(variables: Readonly<Record<string, string>>): [variable: string, key: string, value: string][] {
  const out: [string, string, string][] = [];
  const files: [string, string, boolean][] = [
    ['KAFKA_SSL_KEYSTORE_FILENAME', 'ssl.keystore.location', false],
    ['KAFKA_SSL_KEYSTORE_CREDENTIALS', 'ssl.keystore.password', true],
    ['KAFKA_SSL_KEY_CREDENTIALS', 'ssl.key.password', true],
    ['KAFKA_SSL_TRUSTSTORE_FILENAME', 'ssl.truststore.location', false],
    ['KAFKA_SSL_TRUSTSTORE_CREDENTIALS', 'ssl.truststore.password', true],
  ];
  for (const [variable, key, secret] of files) {
    const value = variables[variable];
    if (value !== undefined) out.push([variable, key, secret ? `\${file:/etc/kafka/secrets/${value}}` : `/etc/kafka/secrets/${value}`]);
  }
  return out;
}

/** bitnami/kafka's own variables (kafka-env.sh, 2.x to 4.0): read by its scripts, not as keys. */
const BITNAMI_OWN = new Set([
  'KAFKA_MOUNTED_CONF_DIR', 'KAFKA_INTER_BROKER_USER', 'KAFKA_INTER_BROKER_PASSWORD', 'KAFKA_CONTROLLER_USER',
  'KAFKA_CONTROLLER_PASSWORD', 'KAFKA_CERTIFICATE_PASSWORD', 'KAFKA_TLS_TRUSTSTORE_FILE', 'KAFKA_TLS_TYPE',
  'KAFKA_TLS_CLIENT_AUTH', 'KAFKA_KRAFT_CLUSTER_ID', 'KAFKA_SKIP_KRAFT_STORAGE_INIT', 'KAFKA_CLIENT_LISTENER_NAME',
  'KAFKA_ZOOKEEPER_PROTOCOL', 'KAFKA_ZOOKEEPER_PASSWORD', 'KAFKA_ZOOKEEPER_USER', 'KAFKA_ZOOKEEPER_TLS_KEYSTORE_PASSWORD',
  'KAFKA_ZOOKEEPER_TLS_TRUSTSTORE_PASSWORD', 'KAFKA_ZOOKEEPER_TLS_TRUSTSTORE_FILE', 'KAFKA_ZOOKEEPER_TLS_VERIFY_HOSTNAME',
  'KAFKA_ZOOKEEPER_TLS_TYPE', 'KAFKA_CLIENT_USERS', 'KAFKA_CLIENT_PASSWORDS', 'KAFKA_ENABLE_KRAFT', 'KAFKA_BROKER_USER',
  'KAFKA_BROKER_PASSWORD', 'KAFKA_PORT_NUMBER', 'KAFKA_KRAFT_BOOTSTRAP_SCRAM_USERS', 'KAFKA_CLUSTER_ID',
  'KAFKA_INITSCRIPTS_DIR', 'KAFKA_VOLUME_DIR', 'KAFKA_DATA_DIR', 'KAFKA_CONF_DIR', 'KAFKA_CONF_FILE', 'KAFKA_LOG_DIR',
  'KAFKA_CERTS_DIR', 'KAFKA_DAEMON_USER', 'KAFKA_DAEMON_GROUP', 'KAFKA_ZOOKEEPER_CONNECT_TIMEOUT',
  'KAFKA_INITIAL_CONTROLLERS', 'KAFKA_CLIENT_LISTENER', 'KAFKA_CLIENT_SASL_MECHANISM', 'KAFKA_NODE_ID_COMMAND',
  'KAFKA_BROKER_ID_COMMAND', 'KAFKA_CONTROLLER_QUORUM_VOTERS_COMMAND', 'KAFKA_ZOOKEEPER_BOOTSTRAP_SCRAM_USERS',
]);

/**
 * Older variable names bitnami/kafka still reads: libkafka.sh's kafka_create_alias_environment_variables
 * copies each of them into its KAFKA_CFG_* name (and the copy wins over a KAFKA_CFG_* set beside it).
 * From bitnami/containers bitnami/kafka/3.4/debian-11 and 4.0/debian-12 libkafka.sh (read 2026-12-02).
 */
const BITNAMI_ALIASES: ReadonlyMap<string, string> = new Map([
  ...[
    'ADVERTISED_LISTENERS', 'BROKER_ID', 'NODE_ID', 'CONTROLLER_QUORUM_VOTERS', 'PROCESS_ROLES', 'DEFAULT_REPLICATION_FACTOR',
    'DELETE_TOPIC_ENABLE', 'INTER_BROKER_LISTENER_NAME', 'LISTENERS', 'LISTENER_SECURITY_PROTOCOL_MAP', 'LOG_DIRS',
    'LOG_FLUSH_INTERVAL_MESSAGES', 'LOG_FLUSH_INTERVAL_MS', 'LOG_MESSAGE_FORMAT_VERSION', 'LOG_RETENTION_BYTES',
    'LOG_RETENTION_CHECK_INTERVALS_MS', 'LOG_RETENTION_HOURS', 'LOG_SEGMENT_BYTES', 'MESSAGE_MAX_BYTES', 'NUM_IO_THREADS',
    'NUM_NETWORK_THREADS', 'NUM_PARTITIONS', 'NUM_RECOVERY_THREADS_PER_DATA_DIR', 'OFFSETS_TOPIC_REPLICATION_FACTOR',
    'SOCKET_RECEIVE_BUFFER_BYTES', 'SOCKET_REQUEST_MAX_BYTES', 'SOCKET_SEND_BUFFER_BYTES', 'SSL_ENDPOINT_IDENTIFICATION_ALGORITHM',
    'TRANSACTION_STATE_LOG_MIN_ISR', 'TRANSACTION_STATE_LOG_REPLICATION_FACTOR', 'ZOOKEEPER_CONNECT', 'ZOOKEEPER_CONNECTION_TIMEOUT_MS',
  ].map((suffix): [string, string] => [`KAFKA_${suffix}`, bitnamiKey(suffix)]),
  ['KAFKA_LOGS_DIRS', 'log.dirs'],
  ['KAFKA_SEGMENT_BYTES', 'log.segment.bytes'],
  ['KAFKA_MAX_MESSAGE_BYTES', 'message.max.bytes'],
  ['KAFKA_ZOOKEEPER_CONNECT_TIMEOUT_MS', 'zookeeper.connection.timeout.ms'],
  ['KAFKA_AUTO_CREATE_TOPICS_ENABLE', 'auto.create.topics.enable'],
]);

/**
 * The key bitnami/kafka writes for the part of a KAFKA_CFG_* name after the prefix
 * (libkafka.sh kafka_configure_from_environment_variables): lower-cased, `_` to `.`, with its
 * exceptions for `sasl_ssl`, `sasl_plaintext` and `zookeeper.clientCnxnSocket`.
 */
function bitnamiKey(rest: string): string {
  if (rest === 'ZOOKEEPER_CLIENTCNXNSOCKET') return 'zookeeper.clientCnxnSocket';
  return rest.toLowerCase().replace(/_/g, '.').replace(/sasl\.ssl/g, 'sasl_ssl').replace(/sasl\.plaintext/g, 'sasl_plaintext');
}

/**
 * Whether a variable is one of the older names bitnami/kafka copies into a KAFKA_CFG_* name (they
 * are applied after the KAFKA_CFG_* variables, so they win).
 *
 * @example
 * ```ts
 * isBitnamiAlias('KAFKA_ZOOKEEPER_CONNECT'); // true
 * ```
 */
export function isBitnamiAlias(name: string): boolean {
  return BITNAMI_ALIASES.has(name);
}

/** cp-zookeeper's table of variables to zoo.cfg keys (zookeeper.properties.template). */
const CP_ZOOKEEPER: Record<string, string> = {
  ZOOKEEPER_CLIENT_PORT: 'clientPort', ZOOKEEPER_TICK_TIME: 'tickTime', ZOOKEEPER_GLOBAL_OUTSTANDING_LIMIT: 'globalOutstandingLimit',
  ZOOKEEPER_PRE_ALLOC_SIZE: 'preAllocSize', ZOOKEEPER_SNAP_COUNT: 'snapCount', ZOOKEEPER_TRACE_FILE: 'traceFile',
  ZOOKEEPER_MAX_CLIENT_CNXNS: 'maxClientCnxns', ZOOKEEPER_CLIENT_PORT_ADDRESS: 'clientPortAddress',
  ZOOKEEPER_MIN_SESSION_TIMEOUT: 'minSessionTimeout', ZOOKEEPER_MAX_SESSION_TIMEOUT: 'maxSessionTimeout',
  ZOOKEEPER_FSYNC_WARNING_THRESHOLDMS: 'fsync.warningthresholdms', ZOOKEEPER_AUTOPURGE_SNAP_RETAIN_COUNT: 'autopurge.snapRetainCount',
  ZOOKEEPER_AUTOPURGE_PURGE_INTERVAL: 'autopurge.purgeInterval', ZOOKEEPER_SYNC_ENABLED: 'syncEnabled',
  ZOOKEEPER_ELECTION_ALG: 'electionAlg', ZOOKEEPER_INIT_LIMIT: 'initLimit', ZOOKEEPER_LEADER_SERVES: 'leaderServes',
  ZOOKEEPER_SYNC_LIMIT: 'syncLimit', ZOOKEEPER_CNX_TIMEOUT: 'cnxTimeout', ZOOKEEPER_FORCE_SYNC: 'forceSync',
  ZOOKEEPER_JUTE_MAX_BUFFER: 'jute.maxbuffer', ZOOKEEPER_SKIP_ACL: 'skipACL', ZOOKEEPER_QUORUM_LISTEN_ON_ALL_IPS: 'quorumListenOnAllIPs',
  ZOOKEEPER_CLIENT_CNXN_SOCKET: 'clientCnxnSocket', ZOOKEEPER_SECURE_CLIENT_PORT: 'secureClientPort',
  ZOOKEEPER_SERVER_CNXN_SOCKET: 'serverCnxnSocket', ZOOKEEPER_TCP_KEEP_ALIVE: 'tcpKeepAlive',
  ZOOKEEPER_X509_AUTHENTICATION_PROVIDER_SUPER_USER: 'X509AuthenticationProvider.superUser',
  ZOOKEEPER_SSL_AUTH_PROVIDER: 'ssl.authProvider', ZOOKEEPER_SSL_CLIENT_AUTH: 'ssl.clientAuth',
  ZOOKEEPER_SSL_KEYSTORE_LOCATION: 'ssl.keyStore.location', ZOOKEEPER_SSL_KEYSTORE_PASSWORD: 'ssl.keyStore.password',
  ZOOKEEPER_SSL_KEYSTORE_TYPE: 'ssl.keyStore.type', ZOOKEEPER_SSL_TRUSTSTORE_LOCATION: 'ssl.trustStore.location',
  ZOOKEEPER_SSL_TRUSTSTORE_PASSWORD: 'ssl.trustStore.password', ZOOKEEPER_SSL_TRUSTSTORE_TYPE: 'ssl.trustStore.type',
  ZOOKEEPER_SSL_ENABLED_PROTOCOLS: 'ssl.enabledProtocols', ZOOKEEPER_SSL_CONTEXT_SUPPLIER_CLASS: 'ssl.context.supplier.class',
  ZOOKEEPER_SSL_CIPHER_SUITES: 'ssl.ciphersuites', ZOOKEEPER_SSL_HOSTNAME_VERIFICATION: 'ssl.hostnameVerification',
  ZOOKEEPER_SSL_CRL: 'ssl.crl', ZOOKEEPER_SSL_OCPS: 'ssl.ocsp', ZOOKEEPER_SSL_HANDSHAKE_DETECTION_TIMEOUT_MILLIS: 'ssl.handshakeDetectionTimeoutMillis',
  ZOOKEEPER_SSL_QUORUM: 'sslQuorum', ZOOKEEPER_SSL_QUORUM_CLIENT_AUTH: 'ssl.quorum.clientAuth',
  ZOOKEEPER_SSL_QUORUM_KEYSTORE_LOCATION: 'ssl.quorum.keyStore.location', ZOOKEEPER_SSL_QUORUM_KEYSTORE_PASSWORD: 'ssl.quorum.keyStore.password',
  ZOOKEEPER_SSL_QUORUM_KEYSTORE_TYPE: 'ssl.quorum.keyStore.type', ZOOKEEPER_SSL_QUORUM_TRUSTSTORE_LOCATION: 'ssl.quorum.trustStore.location',
  ZOOKEEPER_SSL_QUORUM_TRUSTSTORE_PASSWORD: 'ssl.quorum.trustStore.password', ZOOKEEPER_SSL_QUORUM_TRUSTSTORE_TYPE: 'ssl.quorum.trustStore.type',
  ZOOKEEPER_SSL_QUORUM_ENABLED_PROTOCOLS: 'ssl.quorum.enabledProtocols', ZOOKEEPER_SSL_QUORUM_CIPHER_SUITES: 'ssl.quorum.ciphersuites',
  ZOOKEEPER_SSL_QUORUM_CONTEXT_SUPPLIER_CLASS: 'ssl.quorum.context.supplier.class',
  ZOOKEEPER_SSL_QUORUM_HOSTNAME_VERIFICATION: 'ssl.quorum.hostnameVerification', ZOOKEEPER_SSL_QUORUM_CRL: 'ssl.quorum.crl',
  ZOOKEEPER_SSL_QUORUM_OCPS: 'ssl.quorum.ocsp', ZOOKEEPER_SSL_QUORUM_HANDSHAKE_DETECTION_TIMEOUT_MILLIS: 'ssl.quorum.handshakeDetectionTimeoutMillis',
  ZOOKEEPER_SERVER_CNXN_FACTORY: 'serverCnxnFactory', ZOOKEEPER_AUTH_PROVIDER_X509: 'authProvider.x509',
  ZOOKEEPER_AUTH_PROVIDER_SASL: 'authProvider.sasl', ZOOKEEPER_CLIENT_PORT_UNIFICATION: 'client.portUnification',
  ZOOKEEPER_ADMIN_ENABLE_SERVER: 'admin.enableServer', ZOOKEEPER_ADMIN_SERVER_ADDRESS: 'admin.serverAddress',
  ZOOKEEPER_ADMIN_SERVER_PORT: 'admin.serverPort', ZOOKEEPER_ADMIN_IDLE_TIMEOUT: 'admin.idleTimeout',
  ZOOKEEPER_ADMIN_COMMAND_URL: 'admin.commandURL',
};

/** cp-zookeeper variables its scripts read themselves (myid, ensemble lists, JVM). */
const CP_ZOOKEEPER_OWN = new Set(['ZOOKEEPER_SERVER_ID', 'ZOOKEEPER_SERVERS', 'ZOOKEEPER_GROUPS', 'ZOOKEEPER_WEIGHTS', 'ZOOKEEPER_LOG4J_ROOT_LOGLEVEL', 'ZOOKEEPER_LOG4J_LOGGERS', 'ZOOKEEPER_TOOLS_LOG4J_LOGLEVEL']);

/** The official zookeeper image: variables written as zoo.cfg keys (docker-entrypoint.sh, 3.4 to 3.9). */
const OFFICIAL_ZOOKEEPER: Record<string, string> = {
  ZOO_DATA_DIR: 'dataDir', ZOO_DATA_LOG_DIR: 'dataLogDir', ZOO_TICK_TIME: 'tickTime', ZOO_INIT_LIMIT: 'initLimit',
  ZOO_SYNC_LIMIT: 'syncLimit', ZOO_AUTOPURGE_SNAPRETAINCOUNT: 'autopurge.snapRetainCount',
  ZOO_AUTOPURGE_PURGEINTERVAL: 'autopurge.purgeInterval', ZOO_MAX_CLIENT_CNXNS: 'maxClientCnxns',
  ZOO_STANDALONE_ENABLED: 'standaloneEnabled', ZOO_ADMINSERVER_ENABLED: 'admin.enableServer',
  ZOO_4LW_COMMANDS_WHITELIST: '4lw.commands.whitelist', ZOO_PORT: 'clientPort',
};

/** Official zookeeper image variables read by its scripts (myid, server list, extra lines, paths). */
const OFFICIAL_ZOOKEEPER_OWN = new Set(['ZOO_MY_ID', 'ZOO_SERVERS', 'ZOO_CFG_EXTRA', 'ZOO_CONF_DIR', 'ZOO_LOG_DIR', 'ZOO_USER', 'ZOO_LOG4J_PROP']);

/** Variables the ZooKeeper start scripts read for the JVM. */
const ZOOKEEPER_LAUNCHER = new Set(['JVMFLAGS', 'SERVER_JVMFLAGS', 'ZK_SERVER_HEAP', 'JMXPORT', 'JMXAUTH', 'JMXSSL', 'JMXLOG4J', 'KAFKA_HEAP_OPTS', 'KAFKA_OPTS', 'KAFKA_JMX_OPTS', 'KAFKA_JVM_PERFORMANCE_OPTS', 'KAFKA_LOG4J_OPTS', 'KAFKA_GC_LOG_OPTS', 'JMX_PORT']);

/** Converts the part after the prefix: `___` to `sep3`, `__` to `sep2`, `_` to `.`, lower-cased. */
function underscoresToKey(rest: string, sep2: string, sep3: string): string {
  return rest
    .split('___')
    .map((part) => part.split('__').map((p) => p.replace(/_/g, '.')).join(sep2))
    .join(sep3)
    .toLowerCase();
}

/** The inverse of underscoresToKey for a key that has no upper-case letters to keep. */
function keyToUnderscores(key: string, sep2: string, sep3: string): string {
  return key.replace(/[._-]/g, (c) => (c === '.' ? '_' : c === sep2 ? '__' : c === sep3 ? '___' : c)).toUpperCase();
}

/** What the image does with one environment variable. */
export type VariableMapping =
  | {
      /** Written into the config as `key`. */
      kind: 'key';
      /** The config key. */
      key: string;
    }
  /** Read by the image's scripts or the JVM launcher (heap, JMX, myid, ensemble list). */
  | {
      /** Read by the image itself. */
      kind: 'own';
    }
  /** Never read as written; `reason` says why, `suggestion` what to write instead. */
  | {
      /** Never read. */
      kind: 'ignored';
      /** Why. */
      reason: IgnoredReason;
      /** The variable to write instead, when there is one. */
      suggestion?: string;
      /** The key the image writes instead of the meant one, when it writes one. */
      writes?: string;
    }
  /** Not a variable of this image at all (PATH, TZ, ...): nothing to say. */
  | {
      /** Not the image's variable. */
      kind: 'other';
    };

/**
 * What an image does with an environment variable: the config key it writes, or that its own
 * scripts read it, or that it ignores a variable meant as a setting.
 *
 * @example
 * ```ts
 * envToKey('cp-kafka', 'KAFKA_CONFLUENT_SUPPORT__METRICS___ENABLE'); // { kind: 'key', key: 'confluent.support-metrics_enable' }
 * envToKey('apache-kafka', 'KAFKA_LOG_DIRS'); // { kind: 'key', key: 'log.dirs' }
 * envToKey('bitnami-kafka', 'KAFKA_LOG_DIRS'); // { kind: 'key', key: 'log.dirs' } (an older name it still reads)
 * envToKey('bitnami-kafka', 'KAFKA_NUM_REPLICA_FETCHERS'); // { kind: 'ignored', reason: 'bitnami-cfg-only', ... }
 * ```
 */
export function envToKey(family: ImageFamily, name: string): VariableMapping {
  switch (family) {
    case 'cp-kafka':
    case 'confluent-local':
    case 'apache-kafka': {
      if (!name.startsWith('KAFKA_')) return family !== 'apache-kafka' && name.startsWith('CONFLUENT_SUPPORT_') ? { kind: 'key', key: `confluent.support.${underscoresToKey(name.slice(18), '-', '_')}` } : { kind: 'other' };
      // confluent-local runs Kafka REST beside the broker: KAFKA_REST_* configure it (kafka-propertiesSpec.json excludes them).
      if (KAFKA_LAUNCHER.has(name) || (family === 'confluent-local' && name.startsWith('KAFKA_REST_'))) return { kind: 'own' };
      const rest = name.slice(6);
      const convert = (r: string): string => (family === 'apache-kafka' ? underscoresToKey(r, '_', '-') : underscoresToKey(r, '-', '_'));
      if (rest.startsWith('CFG_')) return { kind: 'ignored', reason: 'cfg-prefix', writes: convert(rest), suggestion: name.replace('KAFKA_CFG_', 'KAFKA_') };
      return { kind: 'key', key: convert(rest) };
    }
    case 'bitnami-kafka': {
      if (name.startsWith('KAFKA_CFG_')) return { kind: 'key', key: bitnamiKey(name.slice(10)) };
      const alias = BITNAMI_ALIASES.get(name);
      if (alias !== undefined) return { kind: 'key', key: alias };
      if (!name.startsWith('KAFKA_')) return name === 'ALLOW_PLAINTEXT_LISTENER' ? { kind: 'own' } : { kind: 'other' };
      if (KAFKA_LAUNCHER.has(name) || BITNAMI_OWN.has(name)) return { kind: 'own' };
      return { kind: 'ignored', reason: 'bitnami-cfg-only', suggestion: `KAFKA_CFG_${name.slice(6)}` };
    }
    case 'cp-zookeeper': {
      const key = CP_ZOOKEEPER[name];
      if (key) return { kind: 'key', key };
      if (CP_ZOOKEEPER_OWN.has(name) || ZOOKEEPER_LAUNCHER.has(name)) return { kind: 'own' };
      if (name.startsWith('ZOO_')) return { kind: 'ignored', reason: 'zoo-prefix' };
      if (name.startsWith('ZOOKEEPER_')) return { kind: 'ignored', reason: 'not-in-template' };
      return { kind: 'other' };
    }
    case 'zookeeper': {
      const key = OFFICIAL_ZOOKEEPER[name];
      if (key) return { kind: 'key', key };
      if (OFFICIAL_ZOOKEEPER_OWN.has(name) || ZOOKEEPER_LAUNCHER.has(name)) return { kind: 'own' };
      if (name.startsWith('ZOOKEEPER_')) return { kind: 'ignored', reason: 'zookeeper-prefix' };
      if (name.startsWith('ZOO_')) return { kind: 'ignored', reason: 'zoo-unknown' };
      return { kind: 'other' };
    }
  }
}

/**
 * The environment variable that sets a config key in an image (the inverse of {@link envToKey}),
 * or undefined when the image has no variable for it.
 *
 * @example
 * ```ts
 * keyToEnv('cp-kafka', 'confluent.support-metrics_enable'); // 'KAFKA_CONFLUENT_SUPPORT__METRICS___ENABLE'
 * keyToEnv('apache-kafka', 'log.dirs'); // 'KAFKA_LOG_DIRS'
 * ```
 */
export function keyToEnv(family: ImageFamily, key: string): string | undefined {
  switch (family) {
    case 'cp-kafka':
    case 'confluent-local':
      return `KAFKA_${keyToUnderscores(key, '-', '_')}`;
    case 'apache-kafka':
      return `KAFKA_${keyToUnderscores(key, '_', '-')}`;
    case 'bitnami-kafka':
      return /[_-]/.test(key) ? undefined : `KAFKA_CFG_${key.replace(/\./g, '_').toUpperCase()}`;
    case 'cp-zookeeper':
      return Object.keys(CP_ZOOKEEPER).find((k) => CP_ZOOKEEPER[k] === key);
    case 'zookeeper':
      return Object.keys(OFFICIAL_ZOOKEEPER).find((k) => OFFICIAL_ZOOKEEPER[k] === key);
  }
}

/** A setting an image writes when the user does not set it. */
export interface ImageDefault {
  key: string;
  value: string;
}

/**
 * What Kafka's shipped config/server.properties (and config/kraft/server.properties) sets for a
 * single node's internal topics, in every release from 2.x to 4.x.
 */
const SHIPPED_SINGLE_NODE_TOPICS: readonly ImageDefault[] = [
  { key: 'num.partitions', value: '1' },
  { key: 'offsets.topic.replication.factor', value: '1' },
  { key: 'transaction.state.log.replication.factor', value: '1' },
  { key: 'transaction.state.log.min.isr', value: '1' },
];

/** The apache/kafka image's fallback: config/kraft/server.properties, used when no KAFKA_* key is set (3.7 to 3.9). */
const APACHE_KAFKA_FALLBACK: readonly ImageDefault[] = [
  { key: 'process.roles', value: 'broker,controller' },
  { key: 'node.id', value: '1' },
  { key: 'controller.quorum.voters', value: '1@localhost:9093' },
  { key: 'listeners', value: 'PLAINTEXT://:9092,CONTROLLER://:9093' },
  { key: 'inter.broker.listener.name', value: 'PLAINTEXT' },
  { key: 'advertised.listeners', value: 'PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093' },
  { key: 'controller.listener.names', value: 'CONTROLLER' },
  { key: 'listener.security.protocol.map', value: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL' },
  { key: 'log.dirs', value: '/tmp/kraft-combined-logs' },
  ...SHIPPED_SINGLE_NODE_TOPICS,
];

/**
 * confluent-local's defaults (local/include/etc/confluent/docker/configureDefaults, kafka-images
 * 7.4.x to 8.0.x): each applies when its variable is unset.
 */
const CONFLUENT_LOCAL_DEFAULTS: readonly ImageDefault[] = [
  { key: 'node.id', value: '1' },
  { key: 'listener.security.protocol.map', value: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,PLAINTEXT_HOST:PLAINTEXT' },
  { key: 'listeners', value: 'PLAINTEXT://localhost:29092,CONTROLLER://localhost:29093,PLAINTEXT_HOST://0.0.0.0:9092' },
  { key: 'advertised.listeners', value: 'PLAINTEXT://localhost:29092,PLAINTEXT_HOST://localhost:9092' },
  { key: 'offsets.topic.replication.factor', value: '1' },
  { key: 'group.initial.rebalance.delay.ms', value: '0' },
  { key: 'transaction.state.log.min.isr', value: '1' },
  { key: 'transaction.state.log.replication.factor', value: '1' },
  { key: 'process.roles', value: 'broker,controller' },
  { key: 'controller.quorum.voters', value: '1@localhost:29093' },
  { key: 'inter.broker.listener.name', value: 'PLAINTEXT' },
  { key: 'controller.listener.names', value: 'CONTROLLER' },
  { key: 'log.dirs', value: '/tmp/kraft-combined-logs' },
];

/** Whether a Kafka release (`4.1`, `4.1.0`) is at least `major.minor`; an unknown release counts as the newest. */
function atLeast(release: string | undefined, major: number, minor: number): boolean {
  if (release === undefined) return true;
  const [a = 0, b = 0] = release.split('.').map(Number);
  return a > major || (a === major && b >= minor);
}

/**
 * One listener of `cub listeners`: each `://host:port` with the host replaced by 0.0.0.0 (the
 * host is everything up to the first `:` that digits follow). A scan, linear on any value.
 */
function anyHost(listener: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const scheme = listener.indexOf('://', from);
    if (scheme < 0) break;
    let colon = listener.indexOf(':', scheme + 3);
    while (colon >= 0 && !/[0-9]/.test(listener[colon + 1] ?? '')) colon = listener.indexOf(':', colon + 1);
    if (colon < 0) break;
    let end = colon + 1;
    while (/[0-9]/.test(listener[end] ?? '')) end++;
    out += `${listener.slice(from, scheme)}://0.0.0.0${listener.slice(colon, end)}`;
    from = end;
  }
  return out + listener.slice(from);
}

/**
 * The settings an image fills in for keys the environment leaves unset, given the keys that
 * are set and the Kafka release its tag names (when it names one): cp-kafka's log.dirs and
 * listeners derived from advertised.listeners; confluent-local's single-node defaults;
 * apache/kafka's whole single-node KRaft file when no KAFKA_* key is set; bitnami's data dir, the
 * internal-topic settings of the shipped server.properties it starts from, and,
 * from 4.1 (or an image whose tag names no release), its controller bootstrap servers; the
 * ZooKeeper images' dataDir, dataLogDir and (official image) its one-server default ensemble.
 *
 * @example
 * ```ts
 * imageDefaults('apache-kafka', new Map()).find((d) => d.key === 'log.dirs')?.value; // '/tmp/kraft-combined-logs'
 * ```
 */
export function imageDefaults(family: ImageFamily, set: ReadonlyMap<string, string>, release?: string): ImageDefault[] {
  const out: ImageDefault[] = [];
  const unset = (key: string, value: string): void => {
    if (!set.has(key)) out.push({ key, value });
  };
  switch (family) {
    case 'cp-kafka': {
      unset('log.dirs', '/var/lib/kafka/data');
      const advertised = set.get('advertised.listeners');
      // configure: `cub listeners` replaces each host with 0.0.0.0.
      if (advertised !== undefined) unset('listeners', advertised.split(',').map(anyHost).join(','));
      break;
    }
    case 'confluent-local':
      for (const d of CONFLUENT_LOCAL_DEFAULTS) unset(d.key, d.value);
      break;
    case 'apache-kafka':
      if (set.size === 0) out.push(...APACHE_KAFKA_FALLBACK);
      else {
        const advertised = set.get('advertised.listeners');
        if (advertised !== undefined && set.get('process.roles') !== 'controller') unset('listeners', advertised.replace(/:\/\/[^:,]*:/g, '://0.0.0.0:'));
      }
      break;
    case 'bitnami-kafka':
      unset('log.dirs', '/bitnami/kafka/data');
      // libkafka.sh's kafka_initialize starts from the shipped server.properties (server.properties.original)
      // and comments out only node, listener, controller and ZooKeeper keys (kafka_server_unify_conf).
      for (const d of SHIPPED_SINGLE_NODE_TOPICS) unset(d.key, d.value);
      // kafka-env.sh of bitnami/kafka 4.1 (bitnami/containers bitnami/kafka/4.1/debian-12, read 2026-12-02); 4.0's has no such default.
      if (atLeast(release, 4, 1) && !set.has('controller.quorum.voters')) unset('controller.quorum.bootstrap.servers', 'localhost:9093');
      break;
    case 'cp-zookeeper':
      out.push({ key: 'dataDir', value: '/var/lib/zookeeper/data' }, { key: 'dataLogDir', value: '/var/lib/zookeeper/log' });
      break;
    case 'zookeeper':
      unset('dataDir', '/data');
      unset('dataLogDir', '/datalog');
      unset('tickTime', '2000');
      unset('initLimit', '5');
      unset('syncLimit', '2');
      break;
  }
  return out;
}

/**
 * The paths an image declares as VOLUME in its Dockerfile: anonymous volumes, which compose keeps
 * when `up` re-creates a container but replaces with new, empty ones after `down`.
 * cp-kafka, cp-server and confluent-local: kafka-images kafka/, server/ and local/ Dockerfiles (5.4.x
 * to 8.1.x); cp-zookeeper: zookeeper/Dockerfile.ubi8; apache/kafka: docker/jvm/Dockerfile and
 * docker/native/Dockerfile (3.7.0 to 3.9); the official zookeeper image: 31z4/zookeeper-docker
 * Dockerfiles; bitnami/kafka declares none (3.4, 3.9, 4.0 and 4.1 Dockerfiles). Read 2026-12-02.
 *
 * @example
 * ```ts
 * imageVolumes('apache/kafka:3.9.0', 'apache-kafka'); // ['/etc/kafka/secrets', '/var/lib/kafka/data', '/mnt/shared/config']
 * ```
 */
export function imageVolumes(image: string, family: ImageFamily): readonly string[] {
  switch (family) {
    case 'cp-kafka':
    case 'confluent-local':
      return ['/var/lib/kafka/data', '/etc/kafka/secrets'];
    case 'cp-zookeeper':
      return ['/var/lib/zookeeper/data', '/var/lib/zookeeper/log', '/etc/zookeeper/secrets'];
    case 'apache-kafka':
      return repositorySegments(image).at(-1) === 'kafka-native' ? ['/etc/kafka/secrets', '/mnt/shared/config'] : ['/etc/kafka/secrets', '/var/lib/kafka/data', '/mnt/shared/config'];
    case 'bitnami-kafka':
      return [];
    case 'zookeeper':
      return ['/data', '/datalog', '/logs'];
  }
}

/**
 * Where a family reads a mounted config file from (`dir`/`file`), and whether it merges the file
 * with its environment (apache/kafka: KafkaDockerWrapper appends the KAFKA_* settings to a mounted
 * server.properties) or uses it in place of the environment (bitnami/kafka: libkafka.sh skips the
 * KAFKA_CFG_* variables when a server.properties is mounted; the official zookeeper image:
 * docker-entrypoint.sh writes zoo.cfg from ZOO_* only when none exists).
 *
 * @example
 * ```ts
 * mountedConfigDir('apache-kafka'); // { dirs: ['/mnt/shared/config'], file: 'server.properties', merges: true }
 * ```
 */
export function mountedConfigDir(family: ImageFamily): { dirs: string[]; file: string; merges: boolean } | undefined {
  if (family === 'apache-kafka') return { dirs: ['/mnt/shared/config'], file: 'server.properties', merges: true };
  // KAFKA_MOUNTED_CONF_DIR, and KAFKA_CONF_DIR whose server.properties set-up skips when it exists.
  if (family === 'bitnami-kafka') return { dirs: ['/bitnami/kafka/config', '/opt/bitnami/kafka/config'], file: 'server.properties', merges: false };
  if (family === 'zookeeper') return { dirs: ['/conf'], file: 'zoo.cfg', merges: false };
  return undefined;
}

/** A compose `image:` split into its repository path (registry and `library/` dropped) and tag. */
export interface ImageReference {
  /** The repository path, lower-cased: `confluentinc/cp-kafka`, `zookeeper`. */
  path: string;
  /** The tag, when written: `7.4.0`, `3.6`, `latest`. */
  tag?: string;
}

/**
 * Splits an image reference into repository path and tag.
 *
 * @example
 * ```ts
 * parseImageReference('docker.io/bitnami/kafka:3.6'); // { path: 'bitnami/kafka', tag: '3.6' }
 * ```
 */
export function parseImageReference(image: string): ImageReference {
  const trimmed = image.trim();
  const digest = trimmed.indexOf('@');
  const name = digest < 0 ? trimmed : trimmed.slice(0, digest);
  const colon = name.lastIndexOf(':');
  const hasTag = colon > name.lastIndexOf('/');
  const repo = (hasTag ? name.slice(0, colon) : name).toLowerCase();
  // A first path segment with a dot inside is a registry host (docker.io, quay.io, host.example:5000).
  const slash = repo.indexOf('/');
  const path = (slash > 0 && /.\../.test(repo.slice(0, slash)) ? repo.slice(slash + 1) : repo).replace(/^library\//, '');
  const tag = hasTag ? name.slice(colon + 1) : undefined;
  return tag === undefined || tag === '' ? { path } : { path, tag };
}

/**
 * Confluent Platform release to the Apache Kafka release it ships, from Confluent's
 * "Supported Versions and Interoperability" table (docs.confluent.io/platform/current/installation/versions-interoperability.html).
 */
const CONFLUENT_PLATFORM_KAFKA: Readonly<Record<string, string>> = {
  '5.0': '2.0', '5.1': '2.1', '5.2': '2.2', '5.3': '2.3', '5.4': '2.4', '5.5': '2.5',
  '6.0': '2.6', '6.1': '2.7', '6.2': '2.8',
  '7.0': '3.0', '7.1': '3.1', '7.2': '3.2', '7.3': '3.3', '7.4': '3.4', '7.5': '3.5', '7.6': '3.6', '7.7': '3.7', '7.8': '3.8', '7.9': '3.9',
  '8.0': '4.0', '8.1': '4.1',
};

/**
 * The Java feature release of Confluent Platform images by CP `major.minor`. Every cp-kafka,
 * cp-server, cp-zookeeper and confluent-local image is built FROM confluentinc/cp-base-new (or
 * cp-base-lite, cp-base-java) of the same release line (kafka-images `<line>` branch Dockerfiles),
 * and the base image's Dockerfile installs the JRE. Each row cites the confluentinc/common-docker
 * branch file it comes from, read 2026-12-02 (history checked with git log --first-parent).
 */
const CONFLUENT_PLATFORM_JAVA: readonly { from: string; to: string; java: number }[] = [
  // common-docker 5.4.x and 5.5.x base/Dockerfile.ubi8 and .deb8: zulu8 (Zulu OpenJDK 8).
  { from: '5.4', to: '5.5', java: 8 },
  // common-docker 6.0.x to 7.6.x base/Dockerfile.ubi8: zulu11 (zulu-11 since the jdk11 change of 2020-02-11, before 6.0.0);
  // 7.4.x to 7.6.x base-lite/Dockerfile.ubi8 (confluent-local): zulu11-ca-jre-headless.
  { from: '6.0', to: '7.6', java: 11 },
  // common-docker 7.7.x base/ and base-lite/Dockerfile.ubi8: zulu17 (2024-05-13, before 7.7.0); 7.8.x and 7.9.x: temurin-17.
  { from: '7.7', to: '7.9', java: 17 },
  // common-docker 8.0.x base/ and base-lite/Dockerfile.ubi9: temurin-21; 8.1.x base-java/Dockerfile.ubi9: temurin-21-jre.
  { from: '8.0', to: '8.1', java: 21 },
];

/**
 * The ZooKeeper release line of cp-zookeeper by CP `major.minor`. The image installs
 * confluent-kafka-${CONFLUENT_VERSION} (kafka-images zookeeper/Dockerfile.ubi8), whose ZooKeeper is
 * the one Apache Kafka's build pins (apache/kafka gradle/dependencies.gradle, `zookeeper:` at each
 * release tag, read 2026-12-02): Kafka 2.0 to 2.3 pin 3.4.13/3.4.14; 2.4 to 2.8 pin 3.5.6 to
 * 3.5.9; 3.0 to 3.5 pin 3.6.3/3.6.4; 3.6 to 3.9 pin 3.8.2 to 3.8.4. cp-zookeeper ends with CP 7.9.
 */
const CP_ZOOKEEPER_RELEASE: readonly { from: string; to: string; zookeeper: string }[] = [
  { from: '5.0', to: '5.3', zookeeper: '3.4' },
  { from: '5.4', to: '6.2', zookeeper: '3.5' },
  { from: '7.0', to: '7.5', zookeeper: '3.6' },
  { from: '7.6', to: '7.9', zookeeper: '3.8' },
];

/**
 * The Java feature release of the official zookeeper image (docker-library's `zookeeper`, built
 * from 31z4/zookeeper-docker) by tag, for the tags whose Dockerfile kept one Java through all its
 * builds (31z4/zookeeper-docker history of `<tag>/Dockerfile`, read 2026-12-02); tags that moved
 * between Java releases (3.5.7, 3.6.0, 3.7.2, 3.8.3, 3.9.1, and `3.5` to `3.9`, `latest`) say
 * nothing. A `-jre-<n>` suffix (`3.8.6-jre-17`) names it outright.
 */
const ZOOKEEPER_IMAGE_JAVA: readonly { tags: RegExp; java: number }[] = [
  // 3.4.8 to 3.4.14: openjdk:8-jre(-alpine|-slim), adoptopenjdk:8u232-b09-jre-hotspot.
  { tags: /^3\.4(\.\d+)?$/, java: 8 },
  // 3.5.5, 3.5.6: openjdk:8-jre-alpine / -slim, adoptopenjdk:8u232.
  { tags: /^3\.5\.[56]$/, java: 8 },
  // 3.5.8 to 3.5.10, 3.6.1 to 3.6.4, 3.7.0, 3.7.1, 3.8.0 to 3.8.2, 3.9.0: openjdk:11-jre-slim, eclipse-temurin:11-jre.
  { tags: /^(3\.5\.(8|9|10)|3\.6\.[1-4]|3\.7\.[01]|3\.8\.[0-2]|3\.9\.0)$/, java: 11 },
  // 3.8.4 to 3.8.6, 3.9.2 to 3.9.4: eclipse-temurin:17-jre-jammy.
  { tags: /^(3\.8\.[4-6]|3\.9\.[2-4])$/, java: 17 },
];

/** Whether `major.minor` lies in `[from, to]`. */
function inLine(line: string, from: string, to: string): boolean {
  const n = (v: string): number => {
    const [a = 0, b = 0] = v.split('.').map(Number);
    return a * 1000 + b;
  };
  return n(line) >= n(from) && n(line) <= n(to);
}

/** What an image tag says about the software in it. */
export interface ImageRelease {
  /** The Apache Kafka release (`3.6.0`, `3.4`), for Kafka images. */
  kafka?: string;
  /** The ZooKeeper release (`3.8.4`, `3.6`), for ZooKeeper images. */
  zookeeper?: string;
  /** The Java feature release the image runs its program on. */
  java?: number;
}

/** `major.minor` or `major.minor.patch` at the start of a tag, or undefined. */
function leadingRelease(tag: string | undefined): string | undefined {
  return tag === undefined ? undefined : /^v?(\d{1,3}\.\d{1,3}(?:\.\d{1,3})?)(?![\d.])/.exec(tag)?.[1];
}

/** The facts of a Confluent Platform image tag (cp-kafka, cp-server, cp-enterprise-kafka, cp-zookeeper, confluent-local). */
function confluentRelease(tag: string | undefined, zookeeperImage: boolean): ImageRelease {
  const cp = leadingRelease(tag);
  if (cp === undefined) return {};
  const line = cp.split('.').slice(0, 2).join('.');
  const out: ImageRelease = {};
  const java = CONFLUENT_PLATFORM_JAVA.find((r) => inLine(line, r.from, r.to))?.java;
  if (java !== undefined) out.java = java;
  if (zookeeperImage) {
    const zookeeper = CP_ZOOKEEPER_RELEASE.find((r) => inLine(line, r.from, r.to))?.zookeeper;
    if (zookeeper !== undefined) out.zookeeper = zookeeper;
  } else {
    const kafka = CONFLUENT_PLATFORM_KAFKA[line];
    if (kafka !== undefined) out.kafka = kafka;
  }
  return out;
}

/**
 * The releases an image's tag names, and the Java its Dockerfile installs: apache/kafka and
 * bitnami/kafka tags are Kafka releases, Confluent Platform tags map to Kafka (and, for
 * cp-zookeeper, ZooKeeper) releases, wurstmeister's `<scala>-<kafka>` and Strimzi's
 * `<operator>-kafka-<kafka>` name it after a prefix, and ZooKeeper images' tags are ZooKeeper
 * releases. Images are matched by the end of their repository path, as {@link imageFamily} does.
 * `latest`, digests and unknown images say nothing.
 *
 * Java, from each image's own Dockerfile (read 2026-12-02): apache/kafka 3.7 to 3.9 runs on Java 21
 * (apache/kafka docker/jvm/Dockerfile at tags 3.7.0, 3.7.1, 3.8.0 and branch 3.9: FROM
 * eclipse-temurin:21-jre-alpine; apache/kafka-native is a GraalVM native image, no HotSpot);
 * bitnami/kafka 3.9, 4.0 and 4.1 run on Java 17 (bitnami/containers bitnami/kafka/<line>/debian-12
 * Dockerfile: jre-17.0.14, jre-17.0.16, jre-17.0.17; older lines were rebuilt on other JREs over
 * time, so they say nothing); Confluent and zookeeper images: see the tables above.
 *
 * @example
 * ```ts
 * imageRelease('confluentinc/cp-kafka:7.4.0'); // { kafka: '3.4', java: 11 }
 * imageRelease('confluentinc/cp-zookeeper:7.4.0'); // { zookeeper: '3.6', java: 11 }
 * imageRelease('apache/kafka:3.8.0'); // { kafka: '3.8.0', java: 21 }
 * imageRelease('zookeeper:3.8'); // { zookeeper: '3.8' }
 * ```
 */
export function imageRelease(image: string): ImageRelease {
  const { path, tag } = parseImageReference(image);
  const family = imageFamily(image);
  const last = path.split('/').at(-1) ?? '';
  if (family === 'cp-kafka' || family === 'confluent-local' || family === 'cp-zookeeper') return confluentRelease(tag, family === 'cp-zookeeper');
  if (family === 'apache-kafka') {
    const kafka = leadingRelease(tag);
    if (kafka === undefined) return {};
    const line = kafka.split('.').slice(0, 2).join('.');
    return last === 'kafka' && inLine(line, '3.7', '3.9') ? { kafka, java: 21 } : { kafka };
  }
  if (family === 'bitnami-kafka') {
    const kafka = leadingRelease(tag);
    if (kafka === undefined) return {};
    const line = kafka.split('.').slice(0, 2).join('.');
    return inLine(line, '3.9', '4.1') ? { kafka, java: 17 } : { kafka };
  }
  if (family === 'zookeeper') {
    const zookeeper = leadingRelease(tag);
    if (zookeeper === undefined || tag === undefined) return {};
    const suffix = /-jre-(\d{1,2})$/.exec(tag)?.[1];
    const java = suffix !== undefined ? Number(suffix) : ZOOKEEPER_IMAGE_JAVA.find((r) => r.tags.test(tag))?.java;
    return java === undefined ? { zookeeper } : { zookeeper, java };
  }
  if (path.endsWith('wurstmeister/kafka') && tag !== undefined) {
    const kafka = leadingRelease(tag.slice(tag.indexOf('-') + 1));
    return tag.includes('-') && kafka ? { kafka } : {};
  }
  if (/(^|\/)strimzi\/kafka$/.test(path) && tag !== undefined) {
    const at = tag.indexOf('-kafka-');
    const kafka = at < 0 ? undefined : leadingRelease(tag.slice(at + 7));
    return kafka ? { kafka } : {};
  }
  if (/(^|\/)bitnami(legacy)?\/zookeeper$/.test(path)) {
    const zookeeper = leadingRelease(tag);
    return zookeeper ? { zookeeper } : {};
  }
  return {};
}

/**
 * How each container image turns environment variables into config keys. Facts from the images'
 * own scripts: confluentinc/kafka-images (kafka.properties.template, zookeeper.properties.template,
 * configure), apache/kafka (core/.../docker/KafkaDockerWrapper.scala, docker/jvm/launch,
 * config/kraft/server.properties of 3.7 to 3.9), bitnami/containers (kafka-env.sh, libkafka.sh),
 * and docker-library/zookeeper (docker-entrypoint.sh, Dockerfile).
 */
import type { ImageFamily } from '../model/types.js';

/**
 * The family of a compose `image:`, ignoring registry, tag and digest; undefined for images
 * whose environment conventions kafka-lint does not know.
 *
 * @example
 * ```ts
 * imageFamily('confluentinc/cp-server:7.6.1'); // 'cp-kafka'
 * imageFamily('docker.io/bitnami/kafka:3.7'); // 'bitnami-kafka'
 * ```
 */
export function imageFamily(image: string): ImageFamily | undefined {
  const name = image.trim().replace(/@.*$/, '').replace(/:[^/:]*$/, '').toLowerCase();
  const path = name.replace(/^(docker\.io|registry\.hub\.docker\.com|[^/]+\.[^/]+(:\d+)?)\//, '').replace(/^library\//, '');
  if (/^confluentinc\/cp-(kafka|server|enterprise-kafka)$/.test(path)) return 'cp-kafka';
  if (path === 'confluentinc/cp-zookeeper') return 'cp-zookeeper';
  if (/^apache\/kafka(-native)?$/.test(path)) return 'apache-kafka';
  if (/^bitnami(legacy)?\/kafka$/.test(path)) return 'bitnami-kafka';
  if (path === 'zookeeper') return 'zookeeper';
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
]);

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
  /** Never read; `reason` says why and what to write instead. */
  | {
      /** Never read. */
      kind: 'ignored';
      /** Why, and what to write instead. */
      reason: string;
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
 * envToKey('bitnami-kafka', 'KAFKA_LOG_DIRS'); // { kind: 'ignored', reason: ... }
 * ```
 */
export function envToKey(family: ImageFamily, name: string): VariableMapping {
  switch (family) {
    case 'cp-kafka':
    case 'apache-kafka': {
      if (!name.startsWith('KAFKA_')) return family === 'cp-kafka' && name.startsWith('CONFLUENT_SUPPORT_') ? { kind: 'key', key: `confluent.support.${underscoresToKey(name.slice(18), '-', '_')}` } : { kind: 'other' };
      if (KAFKA_LAUNCHER.has(name)) return { kind: 'own' };
      const rest = name.slice(6);
      if (rest.startsWith('CFG_')) return { kind: 'ignored', reason: `KAFKA_CFG_* is bitnami/kafka's convention; this image writes it as '${family === 'cp-kafka' ? underscoresToKey(rest, '-', '_') : underscoresToKey(rest, '_', '-')}'. Write ${name.replace('KAFKA_CFG_', 'KAFKA_')} instead` };
      return { kind: 'key', key: family === 'cp-kafka' ? underscoresToKey(rest, '-', '_') : underscoresToKey(rest, '_', '-') };
    }
    case 'bitnami-kafka': {
      if (name.startsWith('KAFKA_CFG_')) return { kind: 'key', key: name.slice(10).toLowerCase().replace(/_/g, '.') };
      if (!name.startsWith('KAFKA_')) return name === 'ALLOW_PLAINTEXT_LISTENER' ? { kind: 'own' } : { kind: 'other' };
      if (KAFKA_LAUNCHER.has(name) || BITNAMI_OWN.has(name)) return { kind: 'own' };
      return { kind: 'ignored', reason: `bitnami/kafka writes broker settings only from KAFKA_CFG_* variables. Write KAFKA_CFG_${name.slice(6)} instead` };
    }
    case 'cp-zookeeper': {
      const key = CP_ZOOKEEPER[name];
      if (key) return { kind: 'key', key };
      if (CP_ZOOKEEPER_OWN.has(name) || ZOOKEEPER_LAUNCHER.has(name)) return { kind: 'own' };
      if (name.startsWith('ZOO_')) return { kind: 'ignored', reason: 'ZOO_* is the official zookeeper image\'s convention; cp-zookeeper reads ZOOKEEPER_* variables' };
      if (name.startsWith('ZOOKEEPER_')) return { kind: 'ignored', reason: 'cp-zookeeper writes only the ZOOKEEPER_* variables of its template to zookeeper.properties, and this is not one of them' };
      return { kind: 'other' };
    }
    case 'zookeeper': {
      const key = OFFICIAL_ZOOKEEPER[name];
      if (key) return { kind: 'key', key };
      if (OFFICIAL_ZOOKEEPER_OWN.has(name) || ZOOKEEPER_LAUNCHER.has(name)) return { kind: 'own' };
      if (name.startsWith('ZOOKEEPER_')) return { kind: 'ignored', reason: 'ZOOKEEPER_* is the cp-zookeeper image\'s convention; the official zookeeper image reads ZOO_* variables (and ZOO_CFG_EXTRA for other keys)' };
      if (name.startsWith('ZOO_')) return { kind: 'ignored', reason: 'the official zookeeper image does not read this ZOO_* variable; put the setting in ZOO_CFG_EXTRA' };
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
  { key: 'num.partitions', value: '1' },
  { key: 'offsets.topic.replication.factor', value: '1' },
  { key: 'transaction.state.log.replication.factor', value: '1' },
  { key: 'transaction.state.log.min.isr', value: '1' },
];

/**
 * The settings an image fills in for keys the environment leaves unset, given the keys that
 * are set: cp-kafka's log.dirs and listeners derived from advertised.listeners; apache/kafka's
 * whole single-node KRaft file when no KAFKA_* key is set; bitnami's data dir; the ZooKeeper
 * images' dataDir, dataLogDir and (official image) its one-server default ensemble.
 *
 * @example
 * ```ts
 * imageDefaults('apache-kafka', new Map()).find((d) => d.key === 'log.dirs')?.value; // '/tmp/kraft-combined-logs'
 * ```
 */
export function imageDefaults(family: ImageFamily, set: ReadonlyMap<string, string>): ImageDefault[] {
  const out: ImageDefault[] = [];
  const unset = (key: string, value: string): void => {
    if (!set.has(key)) out.push({ key, value });
  };
  switch (family) {
    case 'cp-kafka': {
      unset('log.dirs', '/var/lib/kafka/data');
      const advertised = set.get('advertised.listeners');
      // configure: `cub listeners` replaces each host with 0.0.0.0.
      if (advertised !== undefined) unset('listeners', advertised.replace(/:\/\/[^,]*?:(\d+)/g, '://0.0.0.0:$1'));
      break;
    }
    case 'apache-kafka':
      if (set.size === 0) out.push(...APACHE_KAFKA_FALLBACK);
      else {
        const advertised = set.get('advertised.listeners');
        if (advertised !== undefined && set.get('process.roles') !== 'controller') unset('listeners', advertised.replace(/:\/\/[^:,]*:/g, '://0.0.0.0:'));
      }
      break;
    case 'bitnami-kafka':
      unset('log.dirs', '/bitnami/kafka/data');
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

/** Paths each image declares as VOLUME in its Dockerfile: compose keeps them when it re-creates the container. */
export const IMAGE_VOLUMES: Record<ImageFamily, readonly string[]> = {
  'cp-kafka': ['/var/lib/kafka/data', '/etc/kafka/secrets'],
  'cp-zookeeper': ['/var/lib/zookeeper/data', '/var/lib/zookeeper/log', '/etc/zookeeper/secrets'],
  'apache-kafka': [],
  'bitnami-kafka': ['/bitnami/kafka'],
  zookeeper: ['/data', '/datalog', '/logs'],
};

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
  const name = image.trim().replace(/@.*$/, '');
  const colon = name.lastIndexOf(':');
  const hasTag = colon > name.lastIndexOf('/');
  const repo = (hasTag ? name.slice(0, colon) : name).toLowerCase();
  const path = repo.replace(/^(docker\.io|registry\.hub\.docker\.com|[^/]+\.[^/]+(:\d+)?)\//, '').replace(/^library\//, '');
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

/** What an image tag says about the software in it. */
export interface ImageRelease {
  /** The Apache Kafka release (`3.6.0`, `3.4`), for Kafka images. */
  kafka?: string;
  /** The ZooKeeper release, for ZooKeeper images. */
  zookeeper?: string;
  /** The Java feature release the image runs its program on. */
  java?: number;
}

/** `major.minor` or `major.minor.patch` at the start of a tag, or undefined. */
function leadingRelease(tag: string | undefined): string | undefined {
  return tag === undefined ? undefined : /^v?(\d{1,3}\.\d{1,3}(?:\.\d{1,3})?)(?![\d.])/.exec(tag)?.[1];
}

/**
 * The releases an image's tag names: apache/kafka and bitnami/kafka tags are Kafka releases,
 * Confluent Platform tags map to Kafka releases, wurstmeister's `<scala>-<kafka>` and Strimzi's
 * `<operator>-kafka-<kafka>` name it after a prefix, and ZooKeeper images' tags are ZooKeeper
 * releases. `latest`, digests and unknown images say nothing.
 *
 * @example
 * ```ts
 * imageRelease('confluentinc/cp-kafka:7.4.0'); // { kafka: '3.4' }
 * imageRelease('apache/kafka:3.8.0'); // { kafka: '3.8.0' }
 * imageRelease('zookeeper:3.8'); // { zookeeper: '3.8' }
 * ```
 */
export function imageRelease(image: string): ImageRelease {
  const { path, tag } = parseImageReference(image);
  if (/^apache\/kafka(-native)?$/.test(path) || /^bitnami(legacy)?\/kafka$/.test(path)) {
    const kafka = leadingRelease(tag);
    return kafka ? { kafka } : {};
  }
  if (/^confluentinc\/(cp-(kafka|server|enterprise-kafka)|confluent-local)$/.test(path)) {
    const cp = leadingRelease(tag);
    const kafka = cp === undefined ? undefined : CONFLUENT_PLATFORM_KAFKA[cp.split('.').slice(0, 2).join('.')];
    return kafka ? { kafka } : {};
  }
  if (path === 'wurstmeister/kafka' && tag !== undefined) {
    const kafka = leadingRelease(tag.slice(tag.indexOf('-') + 1));
    return tag.includes('-') && kafka ? { kafka } : {};
  }
  if (/(^|\/)strimzi\/kafka$/.test(path) && tag !== undefined) {
    const at = tag.indexOf('-kafka-');
    const kafka = at < 0 ? undefined : leadingRelease(tag.slice(at + 7));
    return kafka ? { kafka } : {};
  }
  if (path === 'zookeeper' || /^bitnami(legacy)?\/zookeeper$/.test(path)) {
    const zookeeper = leadingRelease(tag);
    return zookeeper ? { zookeeper } : {};
  }
  return {};
}

#!/usr/bin/env node
/**
 * Generates the committed catalog data in src/catalog/data/ from facts extracted from Kafka's and
 * ZooKeeper's own code. Only facts (key names, types, defaults, validators, versions) are copied.
 *
 * Reads:
 *  - <reference>/kafka-broker-configs-by-version/{3.9.0,4.0.0,4.1.0,4.2.0,4.3.0}.json: every broker
 *    ConfigDef key, dumped by running each release's own AbstractKafkaConfig.CONFIG_DEF (see
 *    kafka-broker-configs.README.md). 4.3 is 4.3.0: 4.3.1 differs only in the importance of two keys.
 *  - <reference>/kafka-removed-and-renamed.json: removed keys, replacements and the version of removal.
 *  - the Kafka git mirror at the 3.9.0 and 4.3.0 release commits: the key constants of ProducerConfig,
 *    ConsumerConfig, AdminClientConfig, CommonClientConfigs, SaslConfigs, SslConfigs, Connect's
 *    WorkerConfig/DistributedConfig/StandaloneConfig and StreamsConfig (client-only keys are those that
 *    no broker version defines).
 *  - tables written here from Kafka's source: keys its own plugins read outside the ConfigDef
 *    (KAFKA_PLUGIN_KEYS, KAFKA_PREFIXES) and class names that are gone (KAFKA_REMOVED_CLASSES).
 *  - the ZooKeeper git mirror at release-3.8.4 and release-3.9.5: every `"zookeeper.<key>"` system
 *    property literal and X509Util's `ssl.`/`ssl.quorum.` keys, which zoo.cfg can set as `<key>`
 *    (QuorumPeerConfig.parseProperties passes unknown keys on as `zookeeper.<key>`). The keys that
 *    parseProperties itself reads are the table ZOOKEEPER_PARSED below, written from its source.
 *
 * Writes: src/catalog/data/kafka.json, kafka-client-keys.json, zookeeper.json.
 *
 * Run (as it was run for the committed data):
 *   node scripts/generate-catalog.mjs --reference ../shared/reference \
 *     --kafka-git /work/.mirror/confluentinc+kafka/repo --zookeeper-git /work/.mirror/apache+zookeeper/repo
 * (`npm run catalog` runs it with exactly these defaults; the git directories come from
 * `fetch github:confluentinc/kafka` and `fetch github:apache/zookeeper`). Output is deterministic.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1]]] : [])),
);
const reference = args.reference ?? join(repoRoot, '..', 'shared', 'reference');
const kafkaGit = args['kafka-git'] ?? '/work/.mirror/confluentinc+kafka/repo';
const zookeeperGit = args['zookeeper-git'] ?? '/work/.mirror/apache+zookeeper/repo';
const outDir = join(repoRoot, 'src', 'catalog', 'data');

/** kafka-lint version -> the release whose ConfigDef dump it uses, and its commit. */
const KAFKA_RELEASES = {
  '3.9': { release: '3.9.0', commit: 'cc53a632ed' },
  '4.0': { release: '4.0.0', commit: '4ae681446f' },
  '4.1': { release: '4.1.0', commit: '13f70256db' },
  '4.2': { release: '4.2.0', commit: 'a18251bae0' },
  '4.3': { release: '4.3.0', commit: 'a9ce322153' },
};
const VERSIONS = Object.keys(KAFKA_RELEASES);

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function git(dir, ...a) {
  return execFileSync('git', ['--git-dir', dir, ...a], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** MetadataVersion.LATEST_PRODUCTION at 3.9.0 (server-common/.../MetadataVersion.java): short forms stop there. */
const LATEST_PRODUCTION_METADATA_VERSION = '3.9-IV0';

/**
 * The validator as data: the dump's structured forms, and the custom validators it names by class
 * as a short kind the linter re-implements. The dump's wording (`text`) is left out.
 */
function validatorOf(v) {
  if (!v) return null;
  const { class: cls, text, knownVersions, ...rest } = v;
  if (cls?.includes('ControllerQuorumVotersValidator')) return { custom: 'quorum-voters' };
  if (cls?.includes('ControllerQuorumBootstrapServersValidator')) return { custom: 'quorum-bootstrap-servers' };
  if (knownVersions) {
    // fromVersionString also accepts a production release's short form (`3.9` for its latest IV).
    const production = knownVersions.slice(0, knownVersions.indexOf(LATEST_PRODUCTION_METADATA_VERSION) + 1);
    const shortForms = [...new Set(production.map((k) => k.replace(/-IV\d+$/, '')))].filter((s) => !knownVersions.includes(s));
    return { custom: 'metadata-version', knownVersions: [...knownVersions, ...shortForms] };
  }
  return rest;
}

function factOf(k) {
  const fact = { type: k.type, default: k.default, importance: k.importance };
  if (k.required) fact.required = true;
  const validator = validatorOf(k.validator);
  if (validator) fact.validator = validator;
  if (k.internal) fact.internal = true;
  return fact;
}

function buildKafka() {
  const keys = {};
  for (const version of VERSIONS) {
    const dump = readJson(join(reference, 'kafka-broker-configs-by-version', `${KAFKA_RELEASES[version].release}.json`));
    for (const k of dump) {
      const fact = factOf(k);
      const variants = (keys[k.name] ??= []);
      const same = variants.find((v) => JSON.stringify({ ...v, versions: undefined }) === JSON.stringify({ ...fact, versions: undefined }));
      if (same) same.versions.push(version);
      else variants.push({ versions: [version], ...fact });
    }
  }
  // Facts only (version, replacement, category): the reference's prose notes stay out.
  const removed = readJson(join(reference, 'kafka-removed-and-renamed.json'));
  const removedKeys = {};
  for (const r of removed.removedBefore3_9) {
    removedKeys[r.name] = { removedIn: r.removedIn, replacement: [r.replacement], category: 'removed-before-3.9' };
  }
  for (const r of removed.removedIn4_0) {
    const replacement = r.replacement === null ? [] : Array.isArray(r.replacement) ? r.replacement : [r.replacement];
    removedKeys[r.name] = { removedIn: '4.0', replacement, category: r.category };
  }
  for (const r of removed.removedAfter4_0) {
    removedKeys[r.name] = { removedIn: r.removedIn.replace(/\.0$/, ''), replacement: [], category: r.internal ? 'internal' : 'removed' };
  }
  const deprecated = {};
  for (const d of removed.deprecatedIn4x) {
    // Entries that describe a situation rather than one key name are left out.
    if (!/^[a-z0-9.]+$/.test(d.name)) continue;
    const since = /^(\d\.\d)/.exec(d.since)?.[1];
    deprecated[d.name] = { since, replacement: d.replacement ? [d.replacement] : [] };
  }
  return {
    generatedFrom: Object.fromEntries(VERSIONS.map((v) => [v, `${KAFKA_RELEASES[v].release} (${KAFKA_RELEASES[v].commit})`])),
    versions: VERSIONS,
    keys: Object.fromEntries(Object.entries(keys).sort(([a], [b]) => a.localeCompare(b))),
    removed: Object.fromEntries(Object.entries(removedKeys).sort(([a], [b]) => a.localeCompare(b))),
    deprecated,
    pluginKeys: KAFKA_PLUGIN_KEYS,
    removedClasses: KAFKA_REMOVED_CLASSES,
    prefixes: KAFKA_PREFIXES,
  };
}

/**
 * Keys that Kafka's own plugins read from the broker config map outside the ConfigDef, so the dump
 * does not list them (source file at the release commits; versions where the reader exists).
 */
const KAFKA_PLUGIN_KEYS = {
  'super.users': { versions: VERSIONS, source: 'metadata/.../authorizer/StandardAuthorizer.java SUPER_USERS_CONFIG (3.9: also AclAuthorizer.scala)' },
  'allow.everyone.if.no.acl.found': { versions: VERSIONS, source: 'metadata/.../authorizer/StandardAuthorizer.java ALLOW_EVERYONE_IF_NO_ACL_IS_FOUND_CONFIG' },
  'config.providers': { versions: ['3.9', '4.0', '4.1'], source: 'clients/.../config/AbstractConfig.java CONFIG_PROVIDERS_CONFIG (a ConfigDef key from 4.2)' },
  'metrics.jmx.include': { versions: VERSIONS, source: 'clients/.../metrics/JmxReporter.java INCLUDE_CONFIG' },
  'metrics.jmx.exclude': { versions: VERSIONS, source: 'clients/.../metrics/JmxReporter.java EXCLUDE_CONFIG' },
  'metrics.jmx.whitelist': { versions: ['3.9'], source: 'clients/.../metrics/JmxReporter.java INCLUDE_CONFIG_ALIAS (gone in 4.0)' },
  'metrics.jmx.blacklist': { versions: ['3.9'], source: 'clients/.../metrics/JmxReporter.java EXCLUDE_CONFIG_ALIAS (gone in 4.0)' },
  'kafka.csv.metrics.dir': { versions: VERSIONS, source: 'core/.../metrics/KafkaCSVMetricsReporter.scala' },
  'kafka.csv.metrics.reporter.enabled': { versions: VERSIONS, source: 'core/.../metrics/KafkaCSVMetricsReporter.scala' },
};

/** Prefixes under which Kafka reads free-form keys (the key after the prefix is the plugin's). */
const KAFKA_PREFIXES = {
  'config.providers.': { versions: VERSIONS, source: 'clients/.../config/AbstractConfig.java: config.providers.<name>.class and .param.<param>' },
  'metrics.context.': { versions: VERSIONS, source: 'clients/.../CommonClientConfigs.java METRICS_CONTEXT_PREFIX' },
  'authorizer.zookeeper.': { versions: ['3.9'], source: 'core/.../security/authorizer/AclAuthorizer.scala configPrefix (ZooKeeper-based authorizer, gone in 4.0)' },
  // Confluent Server reads these; Apache Kafka ignores them. kafka-lint does not judge a vendor's keys.
  'confluent.': { versions: VERSIONS, source: 'Confluent Server (Confluent Platform) settings, not Apache Kafka' },
  'kafka.rest.': { versions: VERSIONS, source: 'Confluent Server embedded REST Proxy settings, not Apache Kafka' },
};

/**
 * Class names that were once valid values and are gone (found with `git log --diff-filter=D` in the
 * Kafka mirror). A broker set to one of them fails to start: the class cannot be loaded.
 */
const KAFKA_REMOVED_CLASSES = {
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

/** Client config classes: path, and the client label used in messages. */
const CLIENT_CLASSES = [
  ['clients/src/main/java/org/apache/kafka/clients/CommonClientConfigs.java', 'CommonClientConfigs', 'client'],
  ['clients/src/main/java/org/apache/kafka/common/config/SaslConfigs.java', 'SaslConfigs', 'client'],
  ['clients/src/main/java/org/apache/kafka/common/config/SslConfigs.java', 'SslConfigs', 'client'],
  ['clients/src/main/java/org/apache/kafka/clients/producer/ProducerConfig.java', 'ProducerConfig', 'producer'],
  ['clients/src/main/java/org/apache/kafka/clients/consumer/ConsumerConfig.java', 'ConsumerConfig', 'consumer'],
  ['clients/src/main/java/org/apache/kafka/clients/admin/AdminClientConfig.java', 'AdminClientConfig', 'admin'],
  ['connect/runtime/src/main/java/org/apache/kafka/connect/runtime/WorkerConfig.java', 'WorkerConfig', 'connect'],
  ['connect/runtime/src/main/java/org/apache/kafka/connect/runtime/distributed/DistributedConfig.java', 'DistributedConfig', 'connect'],
  ['connect/runtime/src/main/java/org/apache/kafka/connect/runtime/standalone/StandaloneConfig.java', 'StandaloneConfig', 'connect'],
  ['streams/src/main/java/org/apache/kafka/streams/StreamsConfig.java', 'StreamsConfig', 'streams'],
];

function buildClientKeys(brokerKeyNames) {
  const constants = {}; // Class.NAME -> key
  const users = {}; // key -> Set(label)
  for (const commit of [KAFKA_RELEASES['3.9'].commit, KAFKA_RELEASES['4.3'].commit]) {
    const pending = [];
    for (const [path, cls, label] of CLIENT_CLASSES) {
      const text = git(kafkaGit, 'show', `${commit}:${path}`);
      // Key constants end in _CONFIG; SaslConfigs and SslConfigs also name some without it (SASL_MECHANISM).
      for (const m of text.matchAll(/static\s+final\s+String\s+([A-Z0-9_]+)\s*=\s*([^;]+);/g)) {
        const isKey = m[1].endsWith('_CONFIG') || (label === 'client' && !/_DOC$|_PREFIX$|^DEFAULT_/.test(m[1]));
        if (isKey) pending.push({ cls, label, name: m[1], expr: m[2].trim() });
      }
    }
    // Constants refer to literals or to other constants (CommonClientConfigs.X, or X in the same class).
    for (let pass = 0; pass < 3; pass++) {
      for (const p of pending) {
        const literal = /^"([a-z0-9._-]+)"$/.exec(p.expr)?.[1];
        const ref = /^([A-Za-z]+\.)?([A-Z0-9_]+)$/.exec(p.expr);
        const key = literal ?? (ref ? constants[`${ref[1] ? ref[1].slice(0, -1) : p.cls}.${ref[2]}`] : undefined);
        if (key) constants[`${p.cls}.${p.name}`] = key;
      }
    }
    // A key of the common client classes is read by every client: label it `client` alone.
    for (const p of pending) {
      const key = constants[`${p.cls}.${p.name}`];
      if (key) (users[key] ??= new Set()).add(p.label);
    }
  }
  for (const labels of Object.values(users)) {
    if (labels.has('client')) {
      labels.clear();
      labels.add('client');
    }
  }
  const clientOnly = {};
  for (const [key, labels] of Object.entries(users).sort(([a], [b]) => a.localeCompare(b))) {
    if (brokerKeyNames.has(key)) continue;
    clientOnly[key] = [...labels].sort();
  }
  return clientOnly;
}

/** The keys QuorumPeerConfig.parseProperties reads itself (3.8.4 and 3.9.5 read the same set). */
const PARSED = 'QuorumPeerConfig.parseProperties';
const ZOOKEEPER_PARSED = {
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
const ZOOKEEPER_SYSTEM_PROPERTY_FACTS = {
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

const ZOOKEEPER_TAGS = ['release-3.8.4', 'release-3.9.5'];

function buildZooKeeper() {
  const keys = {};
  for (const [k, v] of Object.entries(ZOOKEEPER_PARSED)) keys[k] = { ...v, parsed: true, versions: ['3.8', '3.9'] };
  for (const tag of ZOOKEEPER_TAGS) {
    const minor = tag.replace(/^release-(\d\.\d).*/, '$1');
    const add = (key, source) => {
      const known = keys[key];
      if (known) {
        if (!known.versions.includes(minor)) known.versions.push(minor);
        return;
      }
      keys[key] = { type: 'string', default: null, source, versions: [minor] };
    };
    const hits = git(zookeeperGit, 'grep', '-n', '-o', '-E', '"zookeeper\\.[A-Za-z0-9_.-]*[A-Za-z0-9_]"', tag, '--', 'zookeeper-server/src/main/java');
    for (const line of hits.split('\n').filter(Boolean)) {
      const [, path, , literal] = line.split(':');
      const key = literal.slice(1, -1).slice('zookeeper.'.length);
      // The prefixes (`zookeeper.ssl.`, `zookeeper.authProvider.`) and the client-only keys the
      // server reads too are all legitimate zoo.cfg keys; `zookeeper.version` is not a setting.
      if (key === 'version' || key.endsWith('.')) continue;
      add(key, path.replace(/^.*\/org\/apache\/zookeeper\//, ''));
    }
    const x509 = git(zookeeperGit, 'show', `${tag}:zookeeper-server/src/main/java/org/apache/zookeeper/common/X509Util.java`);
    for (const m of x509.matchAll(/getConfigPrefix\(\) \+ "([A-Za-z.]+)"/g)) {
      for (const prefix of ['ssl.', 'ssl.quorum.']) add(`${prefix}${m[1]}`, 'common/X509Util.java');
    }
  }
  for (const [k, v] of Object.entries(ZOOKEEPER_SYSTEM_PROPERTY_FACTS)) keys[k] = { ...keys[k], ...v, versions: keys[k]?.versions ?? ['3.8', '3.9'] };
  return {
    generatedFrom: `${PARSED} and system properties at ${ZOOKEEPER_TAGS.join(', ')}`,
    keys: Object.fromEntries(Object.entries(keys).sort(([a], [b]) => a.localeCompare(b))),
    /** Keys with an id or free-form suffix. */
    prefixes: {
      'server.': 'QuorumPeerConfig: server.<id>=host:quorumPort:electionPort[:role][;[clientAddress:]clientPort]',
      'group.': 'QuorumHierarchical: group.<id>=<server id>:<server id>...',
      'weight.': 'QuorumHierarchical: weight.<server id>=<weight>',
      'metricsProvider.': 'QuorumPeerConfig: passed to the metrics provider',
      'authProvider.': 'ProviderRegistry: system property zookeeper.authProvider.<n>=<class>',
    },
  };
}

function write(name, data) {
  const path = join(outDir, name);
  writeFileSync(path, `${JSON.stringify(data)}\n`);
  console.log(`wrote ${path} (${readFileSync(path).length} bytes)`);
}

mkdirSync(outDir, { recursive: true });
const kafka = buildKafka();
const brokerKeyNames = new Set([...Object.keys(kafka.keys), ...Object.keys(kafka.removed)]);
write('kafka.json', kafka);
write('kafka-client-keys.json', buildClientKeys(brokerKeyNames));
write('zookeeper.json', buildZooKeeper());
console.log(`${Object.keys(kafka.keys).length} Kafka keys, ${Object.keys(kafka.removed).length} removed keys`);

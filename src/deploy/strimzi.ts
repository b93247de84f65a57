import type { ConfigEntry } from '../parse/entry.js';
import type { BrokerConfig, DeploymentNotice, JvmFlag, JvmOptions, StrimziFile, StrimziListener, StrimziResource, StrimziStorage } from '../model/types.js';
import { SourceText } from '../parse/source.js';
import { buildBrokerConfig } from '../model/broker.js';
import { jvmOptionsOf, parseMemoryLimit } from './jvm.js';
import { topicsOfDocuments } from './topics.js';
import { configMapEntries, kubernetesScalarText, mapGet, pairEntry, mapPairs, nodeSpan, scalarText, seqItems, yamlCommentLines, yamlEntry, yamlErrorNotice, yamlModule, type YamlSource } from './yaml.js';

/**
 * The broker keys the Strimzi operator manages itself: a key of spec.kafka.config that starts
 * with one of these prefixes is ignored (the operator logs a warning), unless it is one of the
 * exceptions. From KafkaClusterSpec.FORBIDDEN_PREFIXES and FORBIDDEN_PREFIX_EXCEPTIONS
 * (strimzi-kafka-operator 0.45, api/.../kafka/KafkaClusterSpec.java).
 */
export const STRIMZI_FORBIDDEN_PREFIXES: readonly string[] = [
  'listeners', 'advertised.', 'broker.', 'listener.', 'host.name', 'port', 'inter.broker.listener.name', 'sasl.', 'ssl.',
  'security.', 'password.', 'log.dir', 'zookeeper.connect', 'zookeeper.set.acl', 'zookeeper.ssl', 'zookeeper.clientCnxnSocket',
  'authorizer.', 'super.user', 'cruise.control.metrics.topic', 'cruise.control.metrics.reporter.bootstrap.servers', 'node.id',
  'process.roles', 'controller.', 'metadata.log.dir',
];

/** Keys allowed although a forbidden prefix matches them. */
export const STRIMZI_FORBIDDEN_EXCEPTIONS: readonly string[] = [
  'zookeeper.connection.timeout.ms', 'sasl.server.max.receive.size', 'ssl.cipher.suites', 'ssl.protocol', 'ssl.enabled.protocols',
  'ssl.secure.random.implementation', 'cruise.control.metrics.topic.num.partitions', 'cruise.control.metrics.topic.replication.factor',
  'cruise.control.metrics.topic.retention.ms', 'cruise.control.metrics.topic.auto.create.retries',
  'cruise.control.metrics.topic.auto.create.timeout.ms', 'cruise.control.metrics.topic.min.insync.replicas',
  'controller.quorum.election.backoff.max.ms', 'controller.quorum.election.timeout.ms', 'controller.quorum.fetch.timeout.ms',
];

/**
 * The forbidden prefix a spec.kafka.config key matches (the operator ignores the key), or undefined.
 *
 * @example
 * ```ts
 * strimziForbiddenPrefix('log.dirs'); // 'log.dir'
 * strimziForbiddenPrefix('ssl.protocol'); // undefined (an exception)
 * ```
 */
export function strimziForbiddenPrefix(key: string): string | undefined {
  if (STRIMZI_FORBIDDEN_EXCEPTIONS.includes(key)) return undefined;
  return STRIMZI_FORBIDDEN_PREFIXES.find((p) => key.toLowerCase().startsWith(p.toLowerCase()));
}


/** A storage definition, with JBOD volumes flattened. */
function storageOf(src: YamlSource, node: unknown): StrimziStorage[] {
  const type = pairEntry(src, node, 'type', kubernetesScalarText);
  if (!type) return [];
  if (type.value === 'jbod') return seqItems(src, mapGet(src, node, 'volumes')).flatMap((v) => storageOf(src, v));
  const storage: StrimziStorage = { type: type.value, entry: type };
  const id = kubernetesScalarText(src, mapGet(src, node, 'id'));
  if (id !== undefined) storage.id = id;
  const deleteClaim = pairEntry(src, node, 'deleteClaim', kubernetesScalarText);
  if (deleteClaim) storage.deleteClaim = deleteClaim;
  const kraftMetadata = pairEntry(src, node, 'kraftMetadata', kubernetesScalarText);
  if (kraftMetadata) storage.kraftMetadata = kraftMetadata;
  const size = pairEntry(src, node, type.value === 'ephemeral' ? 'sizeLimit' : 'size', kubernetesScalarText);
  if (size) storage.size = size;
  return [storage];
}

/** The key line of `key:` in a mapping, as an entry (for findings about the key itself), when written. */
function keyEntry(src: YamlSource, node: unknown, key: string): ConfigEntry | undefined {
  const pair = mapPairs(src, node).find((p) => p.key.value === key);
  return pair ? yamlEntry(src, pair.key, pair.key, key, '') : undefined;
}

/** jvmOptions (`-Xmx`, `-Xms`, `-XX`, javaSystemProperties) as JVM flags at their YAML lines. */
function jvmOf(src: YamlSource, node: unknown): JvmOptions | undefined {
  const flags: JvmFlag[] = [];
  for (const { key, value } of mapPairs(src, node)) {
    const name = String(key.value);
    const text = kubernetesScalarText(src, value);
    if ((name === '-Xmx' || name === '-Xms') && text !== undefined) {
      flags.push({ text: `${name}${text}`, variable: `jvmOptions.${name}`, entry: yamlEntry(src, key, value, `jvmOptions.${name}`, text) });
    } else if (name === '-XX') {
      for (const xx of mapPairs(src, value)) {
        const v = kubernetesScalarText(src, xx.value) ?? '';
        const flag = v === 'true' ? `-XX:+${String(xx.key.value)}` : v === 'false' ? `-XX:-${String(xx.key.value)}` : `-XX:${String(xx.key.value)}=${v}`;
        flags.push({ text: flag, variable: 'jvmOptions.-XX', entry: yamlEntry(src, xx.key, xx.value, 'jvmOptions.-XX', v) });
      }
    } else if (name === 'javaSystemProperties') {
      for (const item of seqItems(src, value)) {
        const prop = kubernetesScalarText(src, mapGet(src, item, 'name'));
        const v = kubernetesScalarText(src, mapGet(src, item, 'value')) ?? '';
        if (prop !== undefined) flags.push({ text: `-D${prop}=${v}`, variable: 'jvmOptions.javaSystemProperties', entry: yamlEntry(src, mapGet(src, item, 'name'), mapGet(src, item, 'value'), 'jvmOptions.javaSystemProperties', v) });
      }
    }
  }
  return flags.length > 0 ? jvmOptionsOf(flags) : undefined;
}

function resourceOf(src: YamlSource, doc: unknown): StrimziResource | undefined {
  const kind = kubernetesScalarText(src, mapGet(src, doc, 'kind'));
  const apiVersion = kubernetesScalarText(src, mapGet(src, doc, 'apiVersion')) ?? '';
  if ((kind !== 'Kafka' && kind !== 'KafkaNodePool') || !/^kafka\.strimzi\.io\//.test(apiVersion)) return undefined;
  const metadata = mapGet(src, doc, 'metadata');
  const spec = mapGet(src, doc, 'spec');
  const resource: StrimziResource = {
    kind,
    apiVersion,
    name: kubernetesScalarText(src, mapGet(src, metadata, 'name')) ?? '',
    roles: [],
    storage: [],
    zookeeperStorage: [],
    listeners: [],
    config: [],
  };
  const span = nodeSpan(src, mapGet(src, doc, 'kind'));
  if (span) resource.span = span;
  const kafka = kind === 'Kafka' ? mapGet(src, spec, 'kafka') : spec;
  const replicas = Number(kubernetesScalarText(src, mapGet(src, kafka, 'replicas')));
  if (Number.isInteger(replicas)) resource.replicas = replicas;
  const versionPair = mapPairs(src, kafka).find((p) => p.key.value === 'version');
  const versionText = kubernetesScalarText(src, versionPair?.value);
  if (kind === 'Kafka' && versionPair && versionText !== undefined) resource.kafkaVersion = yamlEntry(src, versionPair.key, versionPair.value, 'version', versionText);
  resource.storage = storageOf(src, mapGet(src, kafka, 'storage'));
  const storageKey = keyEntry(src, kafka, 'storage');
  if (storageKey) resource.storageKey = storageKey;
  const replicasKey = pairEntry(src, kafka, 'replicas', kubernetesScalarText);
  if (replicasKey) resource.replicasKey = replicasKey;
  const jvm = jvmOf(src, mapGet(src, kafka, 'jvmOptions'));
  if (jvm) resource.jvm = jvm;
  const memory = mapPairs(src, mapGet(src, mapGet(src, kafka, 'resources'), 'limits')).find((p) => p.key.value === 'memory');
  const memoryText = kubernetesScalarText(src, memory?.value);
  if (memory && memoryText !== undefined) resource.memoryLimit = yamlEntry(src, memory.key, memory.value, 'resources.limits.memory', memoryText);
  if (kind === 'KafkaNodePool') {
    const cluster = kubernetesScalarText(src, mapGet(src, mapGet(src, metadata, 'labels'), 'strimzi.io/cluster'));
    if (cluster !== undefined) resource.cluster = cluster;
    for (const r of seqItems(src, mapGet(src, spec, 'roles'))) {
      const role = kubernetesScalarText(src, r);
      if (role === 'broker' || role === 'controller') resource.roles.push(role);
    }
  } else {
    resource.roles = ['broker'];
    resource.config = configMapEntries(src, mapGet(src, kafka, 'config'), { read: kubernetesScalarText });
    const zookeeper = mapGet(src, spec, 'zookeeper');
    resource.zookeeperStorage = storageOf(src, mapGet(src, zookeeper, 'storage'));
    const annotations = mapGet(src, metadata, 'annotations');
    const nodePools = pairEntry(src, annotations, 'strimzi.io/node-pools', kubernetesScalarText);
    if (nodePools) resource.nodePoolsAnnotation = nodePools;
    const kraft = pairEntry(src, annotations, 'strimzi.io/kraft', kubernetesScalarText);
    if (kraft) resource.kraftAnnotation = kraft;
    const authorization = mapGet(src, kafka, 'authorization');
    const authorizationType = pairEntry(src, authorization, 'type', kubernetesScalarText);
    if (authorizationType) {
      const superUsers = mapPairs(src, authorization).find((p) => p.key.value === 'superUsers');
      resource.authorization = {
        type: authorizationType,
        superUsers: seqItems(src, superUsers?.value).flatMap((item) => {
          const user = kubernetesScalarText(src, item);
          return user === undefined ? [] : [yamlEntry(src, item, item, 'superUsers', user)];
        }),
      };
    }
    if (zookeeper && kubernetesScalarText(src, mapGet(src, annotations, 'strimzi.io/kraft')) !== 'enabled') {
      const zkReplicas = Number(kubernetesScalarText(src, mapGet(src, zookeeper, 'replicas')));
      resource.zookeeperReplicas = Number.isInteger(zkReplicas) && zkReplicas > 0 ? zkReplicas : 1;
    }
    for (const item of seqItems(src, mapGet(src, kafka, 'listeners'))) {
      const listener: StrimziListener = {};
      for (const { key, value } of mapPairs(src, item)) {
        const text = kubernetesScalarText(src, value);
        if (text === undefined) continue;
        if (key.value === 'name') listener.name = yamlEntry(src, key, value, 'name', text);
        if (key.value === 'port') listener.port = yamlEntry(src, key, value, 'port', text);
        if (key.value === 'type') listener.type = yamlEntry(src, key, value, 'type', text);
        if (key.value === 'tls') listener.tls = text === 'true';
      }
      const authentication = pairEntry(src, mapGet(src, item, 'authentication'), 'type', kubernetesScalarText);
      if (authentication) listener.authentication = authentication;
      resource.listeners.push(listener);
    }
  }
  return resource;
}

/**
 * Reads a YAML file of Strimzi resources (`kind: Kafka` of kafka.strimzi.io/v1beta2 or v1, and
 * `kind: KafkaNodePool`); other documents in the file are skipped. Never throws; a file with
 * Helm/Go template syntax is read as far as it is YAML, with a notice.
 *
 * @example
 * ```ts
 * const file = parseStrimziFile(text, 'kafka.yaml');
 * file.resources[0]?.config.find((e) => e.key === 'min.insync.replicas')?.keySpan?.line; // 12
 * ```
 */
export function parseStrimziFile(text: string, file: string): StrimziFile {
  const notices: DeploymentNotice[] = [];
  const source = new SourceText(text);
  const resources: StrimziResource[] = [];
  const parsed = yamlModule().parseAllDocuments(text, { merge: true, uniqueKeys: false, prettyErrors: false });
  const docs = Array.isArray(parsed) ? parsed : [];
  for (const doc of docs) {
    const src: YamlSource = { source, file, doc };
    const error = doc.errors[0];
    if (error) notices.push(yamlErrorNotice(error, { source, file, text }, 'kubernetes'));
    const resource = resourceOf(src, doc.contents);
    if (resource) resources.push(resource);
  }
  const strimziFile: StrimziFile = { kind: 'strimzi', file, resources, notices, commentLines: yamlCommentLines(source, docs) };
  const topics = topicsOfDocuments({ source, file }, docs);
  if (topics.length > 0) strimziFile.topics = topics;
  return strimziFile;
}

/**
 * Whether the operator runs a Kafka resource's brokers from node pools, so it ignores
 * spec.kafka.storage and spec.kafka.replicas: the `strimzi.io/node-pools: enabled` annotation
 * (Strimzi 0.36 to 0.45), KRaft (`strimzi.io/kraft: enabled`, which needs node pools), the v1 API,
 * or Kafka 4 (Strimzi 0.46 and later, which run only node pools).
 *
 * @example
 * ```ts
 * usesNodePools(resource); // true for apiVersion kafka.strimzi.io/v1
 * ```
 */
export function usesNodePools(resource: StrimziResource): boolean {
  if (resource.kind !== 'Kafka') return false;
  const version = resource.kafkaVersion?.value.trim() ?? '';
  return resource.nodePoolsAnnotation?.value === 'enabled' || resource.kraftAnnotation?.value === 'enabled' || /\/v1$/.test(resource.apiVersion) || /^[4-9]\./.test(version);
}

/**
 * The settings the operator writes itself (KafkaBrokerConfigurationBuilder): roles, ids, the
 * controller quorum from the controller node pools, its CONTROLPLANE-9090 and REPLICATION-9091
 * listeners plus one per spec.kafka.listeners item (TLS ones with the keystore it provides), and
 * the log directory. Without them every "missing key" rule would fire on every Strimzi resource.
 * They carry the position of the resource's `kind:` line.
 */
function managedEntries(resource: StrimziResource, pools: readonly StrimziResource[], file: string): ConfigEntry[] {
  const settings: [string, string][] = [];
  const name = resource.name;
  // Duplicate listeners are strimzi/listeners' finding; the operator would reject them before writing a config.
  const user = resource.listeners
    .flatMap((l) => (l.name && l.port ? [{ id: `${l.name.value.toUpperCase()}-${l.port.value}`, port: l.port.value, tls: l.tls === true }] : []))
    .filter((l, i, all) => all.findIndex((o) => o.id === l.id || o.port === l.port) === i);
  const listeners = [{ id: 'REPLICATION-9091', port: '9091', tls: true }, ...user];
  const keystores = listeners.filter((l) => l.tls).flatMap((l): [string, string][] => [
    [`listener.name.${l.id.toLowerCase()}.ssl.keystore.location`, '/tmp/kafka/cluster.keystore.p12'],
    [`listener.name.${l.id.toLowerCase()}.ssl.keystore.password`, '${CERTS_STORE_PASSWORD}'],
    [`listener.name.${l.id.toLowerCase()}.ssl.keystore.type`, 'PKCS12'],
  ]);
  if (resource.zookeeperReplicas !== undefined) {
    const zk = Array.from({ length: resource.zookeeperReplicas }, (_, i) => `${name}-zookeeper-${i}.${name}-zookeeper-nodes:2181`);
    settings.push(['broker.id', '0'], ['zookeeper.connect', zk.join(',')]);
  } else {
    const roles = new Set(pools.flatMap((p) => p.roles));
    const controllers = pools.filter((p) => p.roles.includes('controller'));
    const voters = controllers.flatMap((p) => Array.from({ length: p.replicas ?? 0 }, (_, i) => `${name}-${p.name}-${i}.${name}-kafka-brokers:9090`));
    const combined = roles.has('controller') && !pools.some((p) => p.roles.includes('broker') && !p.roles.includes('controller'));
    settings.push(
      ['process.roles', combined ? 'broker,controller' : 'broker'],
      // Strimzi numbers the nodes of all pools apart: a broker-only node never has a voter's id.
      ['node.id', combined ? '0' : String(voters.length)],
      ['controller.listener.names', 'CONTROLPLANE-9090'],
      ['controller.quorum.voters', voters.map((v, i) => `${i}@${v}`).join(',')],
    );
    if (combined) {
      listeners.unshift({ id: 'CONTROLPLANE-9090', port: '9090', tls: true });
      keystores.push(['listener.name.controlplane-9090.ssl.keystore.location', '/tmp/kafka/cluster.keystore.p12'], ['listener.name.controlplane-9090.ssl.keystore.password', '${CERTS_STORE_PASSWORD}'], ['listener.name.controlplane-9090.ssl.keystore.type', 'PKCS12']);
    }
  }
  settings.push(
    ['listeners', listeners.map((l) => `${l.id}://0.0.0.0:${l.port}`).join(',')],
    ['advertised.listeners', listeners.filter((l) => l.id !== 'CONTROLPLANE-9090').map((l) => `${l.id}://${name}-kafka-0.${name}-kafka-brokers:${l.port}`).join(',')],
    ['listener.security.protocol.map', [...listeners.map((l) => `${l.id}:${l.tls ? 'SSL' : 'PLAINTEXT'}`), ...(resource.zookeeperReplicas === undefined && !listeners.some((l) => l.id === 'CONTROLPLANE-9090') ? ['CONTROLPLANE-9090:SSL'] : [])].join(',')],
    ['inter.broker.listener.name', 'REPLICATION-9091'],
    ['log.dirs', '/var/lib/kafka/data/kafka-log0'],
    ...keystores,
  );
  return settings.map(([key, value]) => {
    const entry: ConfigEntry = { key, value, file, syntax: 'object' };
    if (resource.span) {
      entry.keySpan = resource.span;
      entry.valueSpan = resource.span;
    }
    return entry;
  });
}

/**
 * The broker config of a `kind: Kafka` resource: its spec.kafka.config entries without the keys
 * the operator manages (those it ignores; strimzi/forbidden-key reports them), with the JVM
 * options of spec.kafka.jvmOptions.
 *
 * @example
 * ```ts
 * const broker = strimziBrokerConfig(file.resources[0]!, file.file);
 * ```
 */
export function strimziBrokerConfig(resource: StrimziResource, file: string, pools: readonly StrimziResource[] = []): BrokerConfig {
  const user = resource.config.filter((e) => strimziForbiddenPrefix(e.key) === undefined);
  const broker = buildBrokerConfig([...managedEntries(resource, pools, file), ...user], { file });
  if (resource.jvm) broker.jvm = resource.jvm;
  if (resource.span) broker.anchor = { file, span: resource.span };
  return broker;
}

/** The disks of one Strimzi Kafka cluster's broker nodes, from its storage sizes. */
export interface StrimziBrokerDisks {
  /** The Kafka resource's name. */
  cluster: string;
  /** The broker nodes. */
  brokers: number;
  /** The bytes of every broker volume together. */
  bytes: number;
  /** Each broker pool (or the Kafka resource without pools): its replicas, the bytes of one node's volumes, their sizes as written, and the first `size:` line. */
  pools: { name: string; replicas: number; bytesPerBroker: number; sizes: string[]; size: ConfigEntry }[];
}

/**
 * The broker disks of each Kafka resource whose broker nodes all state their count and the size
 * of every volume (`size:` of a persistent claim, `sizeLimit:` of an emptyDir, Kubernetes
 * quantities): from the node pools with the broker role when the operator runs node pools, else
 * from spec.kafka. A cluster with any of them unstated is left out.
 *
 * @example
 * ```ts
 * strimziBrokerDisks(files)[0]?.bytes; // 3 * 100 * 2 ** 30 for three brokers of 100Gi
 * ```
 */
export function strimziBrokerDisks(files: readonly StrimziFile[]): StrimziBrokerDisks[] {
  const resources = files.flatMap((f) => f.resources);
  const out: StrimziBrokerDisks[] = [];
  for (const kafka of resources.filter((r) => r.kind === 'Kafka')) {
    const pools = usesNodePools(kafka) ? resources.filter((r) => r.kind === 'KafkaNodePool' && r.cluster === kafka.name && r.roles.includes('broker')) : [kafka];
    const known = pools.map((pool) => {
      const sizes = pool.storage.map((s) => (s.size ? parseMemoryLimit(s.size.value, 'kubernetes') : undefined));
      const first = pool.storage.find((s) => s.size)?.size;
      if (pool.replicas === undefined || !first || sizes.length === 0 || sizes.some((b) => b === undefined)) return undefined;
      const written = pool.storage.map((s) => s.size?.value.trim() ?? '');
      return { name: pool.name, replicas: pool.replicas, bytesPerBroker: sizes.reduce((a: number, b) => a + (b as number), 0), sizes: written, size: first };
    });
    if (pools.length === 0 || known.some((p) => p === undefined)) continue;
    const stated = known as StrimziBrokerDisks['pools'];
    out.push({
      cluster: kafka.name,
      brokers: stated.reduce((n, p) => n + p.replicas, 0),
      bytes: stated.reduce((n, p) => n + p.replicas * p.bytesPerBroker, 0),
      pools: stated,
    });
  }
  return out;
}

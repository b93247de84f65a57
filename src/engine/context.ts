/**
 * Resolves the facts a cluster is judged on, each with where it came from: stated by the user
 * (an option or the config file), read from evidence in the files (an image tag, a Strimzi
 * resource, a path or key in a file, the nodes of a compose file), or assumed.
 */
import { compareReleases, judgedVersion, NEWEST_KAFKA_VERSION, OLDEST_KAFKA_VERSION, parseRelease, type KafkaVersion } from '../core/version.js';
import type { BrokerConfig, Cluster, ComposeFile, DeploymentFile } from '../model/types.js';
import type { ConfigEntry } from '../parse/entry.js';
import { isSetTrue } from '../model/kraft.js';
import { brokerClusters, isBrokerRole } from '../model/broker.js';
import { imageRelease } from '../deploy/images.js';
import type {
  BrokerCountFact,
  ClusterFacts,
  EnsembleFact,
  FactOrigin,
  FactSource,
  JavaVersionFact,
  KafkaVersionFact,
  QuorumFact,
  ZooKeeperVersionFact,
} from './facts.js';

/** A fact the user states, and whether it came from an option or the config file. */
export interface StatedFact<T> {
  /** The value. */
  value: T;
  /** `option` (a flag or `lint()` option), `config-file`, or `cluster` (read from a live cluster). */
  source: 'option' | 'config-file' | 'cluster';
  /** For `cluster`: where it was read, e.g. `the brokers of the cluster at 127.0.0.1:9092`. */
  detail?: string;
}

/** The facts a run states; the others are resolved from the files. */
export interface StatedFacts {
  /** The Kafka version. */
  kafkaVersion?: StatedFact<KafkaVersion>;
  /** The Java feature release. */
  javaVersion?: StatedFact<number>;
  /** The ZooKeeper `major.minor`. */
  zookeeperVersion?: StatedFact<string>;
  /** The number of brokers. */
  brokerCount?: StatedFact<number>;
}

function stated(source: FactSource, flag: string, detail?: string): FactOrigin {
  if (source === 'cluster') return { source, detail: detail ?? 'read from the cluster' };
  return { source, detail: source === 'option' ? `given with ${flag}` : 'set in kafka-lint.config.json' };
}

function originAt(source: FactSource, detail: string, entry: Pick<ConfigEntry, 'file' | 'keySpan' | 'valueSpan'> | undefined): FactOrigin {
  const origin: FactOrigin = { source, detail };
  const file = entry?.file;
  const line = entry?.valueSpan?.line ?? entry?.keySpan?.line;
  if (file !== undefined) origin.file = file;
  if (line !== undefined) origin.line = line;
  if (file !== undefined) origin.detail = `${detail} (${file}${line !== undefined ? `:${line}` : ''})`;
  return origin;
}

/** Evidence of a release: what names it and where. */
interface ReleaseEvidence {
  release: string;
  origin: FactOrigin;
}

function composeFiles(cluster: Cluster): ComposeFile[] {
  return (cluster.deployments ?? []).filter((d): d is ComposeFile => d.kind === 'compose');
}

/** Every value of a deployment file that names a path: systemd directives and environments, env file variables. */
function deploymentValues(d: DeploymentFile): { value: string; at: Pick<ConfigEntry, 'file' | 'keySpan' | 'valueSpan'> }[] {
  if (d.kind === 'systemd') {
    return [
      ...d.directives.map((x) => ({ value: x.value, at: { file: d.file, valueSpan: x.valueSpan } })),
      ...d.environment.map((e) => ({ value: e.value, at: e })),
    ];
  }
  if (d.kind === 'env') return d.variables.map((e) => ({ value: e.value, at: e }));
  return [];
}

/** `kafka_2.13-3.6.1`, the directory a Kafka binary distribution unpacks to. */
function kafkaReleaseInPath(value: string): string | undefined {
  const at = value.indexOf('kafka_2.');
  if (at < 0) return undefined;
  return /^kafka_2\.1\d-(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)(?![\d.])/.exec(value.slice(at, at + 40))?.[1];
}

/** `zookeeper-3.4.14`, `apache-zookeeper-3.8.1-bin`: a ZooKeeper distribution directory. */
function zookeeperReleaseInPath(value: string): string | undefined {
  const at = value.indexOf('zookeeper-');
  if (at < 0) return undefined;
  return /^zookeeper-(\d\.\d{1,2}(?:\.\d{1,2})?)(?![\d.])/.exec(value.slice(at, at + 30))?.[1];
}

/**
 * The Java feature release a JDK path names: `/usr/lib/jvm/java-11-openjdk-amd64`,
 * `java-1.8.0-openjdk`, `jdk1.8.0_202`, `jdk-17.0.2`, `temurin-21-jdk`, `zulu17`, `corretto-11`.
 */
function javaReleaseInPath(value: string): number | undefined {
  const lower = value.toLowerCase();
  const at = lower.search(/\/(?:usr\/lib\/jvm|opt|usr\/java|usr\/local)\/|java_home=|\bjdk|\bjre/);
  if (at < 0) return undefined;
  const window = lower.slice(at, at + 120);
  const m =
    /(?:java|jdk|jre|openjdk)-?1\.(\d)\.0/.exec(window) ??
    /(?:java|jdk|jre|openjdk|temurin|zulu|corretto|adoptopenjdk|graalvm-ce-java)-?(\d{1,2})(?![\d])/.exec(window);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n >= 6 && n <= 40 ? n : undefined;
}

function kafkaEvidence(cluster: Cluster): ReleaseEvidence[] {
  const out: ReleaseEvidence[] = [];
  for (const d of cluster.deployments ?? []) {
    if (d.kind === 'strimzi') {
      for (const r of d.resources) {
        if (r.kafkaVersion && parseRelease(r.kafkaVersion.value)) {
          out.push({ release: r.kafkaVersion.value.trim(), origin: originAt('strimzi', `spec.kafka.version of Kafka ${r.name}`, r.kafkaVersion) });
        }
      }
    } else if (d.kind === 'compose') {
      for (const s of d.services) {
        if (s.image === undefined || s.node?.kind !== 'broker') continue;
        const kafka = imageRelease(s.image).kafka;
        if (kafka) out.push({ release: kafka, origin: originAt('image', `image ${s.image}`, { file: d.file, ...(s.imageSpan ? { valueSpan: s.imageSpan } : {}) }) });
      }
    } else {
      for (const { value, at } of deploymentValues(d)) {
        const kafka = kafkaReleaseInPath(value);
        if (kafka) out.push({ release: kafka, origin: originAt('file', `the path ${`kafka_2.x-${kafka}`}`, at) });
      }
    }
  }
  return out;
}

function resolveKafkaVersion(cluster: Cluster, given: StatedFact<KafkaVersion> | undefined): KafkaVersionFact {
  if (given) return { judged: given.value, known: true, origin: stated(given.source, '--kafka-version', given.detail) };
  const evidence = kafkaEvidence(cluster);
  const lines = new Set(evidence.map((e) => (parseRelease(e.release) as number[]).slice(0, 2).join('.')));
  const first = evidence[0];
  if (first && lines.size === 1) {
    const release = parseRelease(first.release) as [number, number, number];
    const judged = judgedVersion(release);
    const fact: KafkaVersionFact = { judged, known: true, origin: first.origin, release: first.release };
    if (compareReleases(release, parseRelease(OLDEST_KAFKA_VERSION) as number[]) < 0) fact.older = true;
    else if (compareReleases(release, parseRelease(NEWEST_KAFKA_VERSION) as number[]) > 0 && `${release[0]}.${release[1]}` !== judged) fact.newer = true;
    if (fact.older || fact.newer) fact.known = false;
    return fact;
  }
  const disagree = lines.size > 1 ? `; the files name several releases (${[...lines].join(', ')})` : '';
  if (lines.size > 1) {
    // The newest release the files name is the likeliest to run after a rolling upgrade; still only assumed.
    const newest = evidence.map((e) => parseRelease(e.release) as [number, number, number]).sort(compareReleases).at(-1) as [number, number, number];
    return { judged: judgedVersion(newest), known: false, origin: { source: 'default', detail: `the newest of the releases the files name${disagree}` } };
  }
  const zkEra = cluster.brokers.some((b) => b.mode === 'zookeeper' || isSetTrue(b, 'zookeeper.metadata.migration.enable'));
  if (zkEra) {
    return { judged: '3.9', known: false, origin: { source: 'default', detail: `ZooKeeper mode, last supported by Kafka 3.9${disagree}` } };
  }
  return { judged: NEWEST_KAFKA_VERSION, known: false, origin: { source: 'default', detail: `the newest release kafka-lint knows${disagree}` } };
}

function resolveJavaVersion(cluster: Cluster, given: StatedFact<number> | undefined): JavaVersionFact {
  if (given) return { value: given.value, known: true, origin: stated(given.source, '--java-version') };
  // Each node's image names its Java; when the images name different ones, no one Java is the cluster's.
  const fromImages = composeFiles(cluster).flatMap((d) =>
    d.services.flatMap((s) => {
      const java = s.image === undefined || s.node === undefined ? undefined : imageRelease(s.image).java;
      return java === undefined ? [] : [{ java, origin: originAt('image', `image ${s.image}`, { file: d.file, ...(s.imageSpan ? { valueSpan: s.imageSpan } : {}) }) }];
    }),
  );
  const javas = [...new Set(fromImages.map((f) => f.java))];
  const first = fromImages[0];
  if (first && javas.length === 1) return { value: first.java, known: true, origin: first.origin };
  if (javas.length > 1) return { known: false, origin: { source: 'default', detail: `the images run different Java releases (${javas.sort((a, b) => a - b).join(', ')})` } };
  for (const d of cluster.deployments ?? []) {
    for (const { value, at } of deploymentValues(d)) {
      const java = javaReleaseInPath(value);
      if (java !== undefined) return { value: java, known: true, origin: originAt('file', `the JDK path naming Java ${java}`, at) };
    }
  }
  return { known: false, origin: { source: 'default', detail: 'no image, JAVA_HOME or java path names it' } };
}

function resolveZooKeeperVersion(cluster: Cluster, given: StatedFact<string> | undefined): ZooKeeperVersionFact {
  if (given) return { value: given.value, known: true, origin: stated(given.source, '--zookeeper-version') };
  for (const d of cluster.deployments ?? []) {
    if (d.kind === 'compose') {
      for (const s of d.services) {
        const zk = s.image === undefined || s.node?.kind !== 'zookeeper' ? undefined : imageRelease(s.image).zookeeper;
        if (zk) return { value: zk.split('.').slice(0, 2).join('.'), known: true, origin: originAt('image', `image ${s.image}`, { file: d.file, ...(s.imageSpan ? { valueSpan: s.imageSpan } : {}) }) };
      }
      continue;
    }
    for (const { value, at } of deploymentValues(d)) {
      const zk = zookeeperReleaseInPath(value);
      if (zk) return { value: zk.split('.').slice(0, 2).join('.'), known: true, origin: originAt('file', `the path zookeeper-${zk}`, at) };
    }
  }
  // A directory of the server's own config inside an unpacked release: dataDir=/opt/zookeeper-3.4.9/data.
  for (const node of cluster.zookeeper) {
    for (const entry of node.entries) {
      if (entry.key !== 'dataDir' && entry.key !== 'dataLogDir') continue;
      const zk = zookeeperReleaseInPath(entry.value);
      if (zk) return { value: zk.split('.').slice(0, 2).join('.'), known: true, origin: originAt('file', `the path zookeeper-${zk}`, entry) };
    }
  }
  return { known: false, origin: { source: 'default', detail: 'no image or path names it' } };
}

function resolveBrokerCount(cluster: Cluster, given: StatedFact<number> | undefined): BrokerCountFact {
  if (given) return { value: given.value, known: true, origin: stated(given.source, '--brokers', given.detail) };
  if (cluster.declaredBrokerCount !== undefined) {
    return { value: cluster.declaredBrokerCount, known: true, origin: { source: 'strimzi', detail: 'the replicas of the Strimzi resources' } };
  }
  const compose = composeFiles(cluster);
  const brokers = cluster.brokers.filter(isBrokerRole);
  const inCompose = compose.flatMap((c) => c.services.filter((s) => s.node?.kind === 'broker' && isBrokerRole(s.node as BrokerConfig)));
  if (compose.length === 1 && inCompose.length > 0 && inCompose.length === brokers.length) {
    return { value: inCompose.length, known: true, origin: { source: 'compose', detail: `the broker services of ${compose[0]?.file}`, file: compose[0]?.file as string } };
  }
  if (brokers.length === 0) return { known: false, origin: { source: 'default', detail: 'no broker in view' } };
  // Brokers that name different ZooKeeper ensembles belong to different clusters: count the largest group.
  const groups = brokerClusters(brokers);
  const largest = Math.max(...groups.map((g) => g.length));
  const apart = groups.length > 1 ? ` (the largest of ${groups.length} groups that name different ZooKeeper ensembles)` : '';
  return { value: largest, atLeast: true, known: false, origin: { source: 'files', detail: `${largest} broker config${largest === 1 ? '' : 's'} in view${apart}` } };
}

function resolveEnsemble(cluster: Cluster): EnsembleFact {
  const listed = cluster.zookeeper.find((z) => z.servers.length > 0);
  if (listed?.servers.some((s) => s.templated)) {
    return { known: false, origin: { source: 'file', detail: `a template fills in the server.N lines of ${listed.file}`, file: listed.file } };
  }
  if (listed) {
    const servers = listed.servers.map((s) => `${s.host}:${s.clientPort ?? listed.effective.clientPort ?? 2181}`);
    return { servers, known: true, origin: { source: 'file', detail: `the server.N lines of ${listed.file}`, file: listed.file } };
  }
  const standalone = cluster.zookeeper[0];
  if (standalone && cluster.zookeeper.length === 1) {
    const servers = [`${standalone.host ?? 'localhost'}:${standalone.effective.clientPort ?? 2181}`];
    return { servers, known: true, origin: { source: 'file', detail: `${standalone.file} runs standalone (no server.N lines)`, file: standalone.file } };
  }
  return { known: false, origin: { source: 'default', detail: cluster.zookeeper.length === 0 ? 'no zoo.cfg in view' : 'no zoo.cfg lists the ensemble' } };
}

function resolveQuorum(cluster: Cluster): QuorumFact {
  const withVoters = cluster.brokers.find((b) => (b.quorumVoters?.value?.length ?? 0) > 0);
  if (withVoters?.quorumVoters?.value) {
    const ids = new Set(withVoters.quorumVoters.value.map((v) => v.id));
    return { voters: ids.size, known: true, origin: originAt('file', 'controller.quorum.voters', withVoters.quorumVoters.entry) };
  }
  return { known: false, origin: { source: 'default', detail: 'no static controller.quorum.voters in view' } };
}

/**
 * The facts a cluster is judged on, with their provenance.
 *
 * @example
 * ```ts
 * const facts = resolveFacts(cluster, { brokerCount: { value: 6, source: 'option' } });
 * facts.kafkaVersion.judged; // '3.4' is judged as '3.9' (older), from `image confluentinc/cp-kafka:7.4.0`
 * ```
 */
export function resolveFacts(cluster: Cluster, given: StatedFacts = {}): ClusterFacts {
  return {
    kafkaVersion: resolveKafkaVersion(cluster, given.kafkaVersion),
    javaVersion: resolveJavaVersion(cluster, given.javaVersion),
    zookeeperVersion: resolveZooKeeperVersion(cluster, given.zookeeperVersion),
    brokerCount: resolveBrokerCount(cluster, given.brokerCount),
    zookeeperEnsemble: resolveEnsemble(cluster),
    kraftQuorum: resolveQuorum(cluster),
  };
}

import type { BrokerConfig, Cluster, DeploymentFile, DeploymentNotice, KafkaStartCommand, TopicDefinition, ZooKeeperConfig } from '../model/types.js';
import { buildBrokerConfig } from '../model/broker.js';
import { composeBindSources, parseComposeFile } from './compose.js';
import { parseEnvFile } from './env.js';
import { includedFileResolver, resolvedPath, type IncludedFile, type IncludedFileResolver } from './include.js';
import { parseStrimziFile, strimziBrokerConfig } from './strimzi.js';
import { parseSystemdUnit } from './systemd.js';
import { definesTopics, parseTopicsFile } from './topics.js';

/** The deployment file kinds kafka-lint reads. */
export const DEPLOYMENT_KINDS = ['compose', 'systemd', 'env', 'strimzi', 'topics'] as const;

/** A deployment file kind. */
export type DeploymentKind = (typeof DEPLOYMENT_KINDS)[number];

const STRIMZI_KIND = /^kind:[ \t]*["']?(Kafka|KafkaNodePool)["']?[ \t]*(#.*)?$/m;
const STRIMZI_API = /kafka\.strimzi\.io\//;
const COMPOSE_NAME = /(^|[_.-])(docker-)?compose([._-][\w.-]*)?\.ya?ml$/;
const COMPOSE_CONTENT = /^[ \t]*image:[ \t]*\S/m;
/** A Terraform `kafka_topic` resource (the Mongey/kafka provider). */
const TERRAFORM_TOPIC = /^[ \t]*resource[ \t]+"kafka_topic"/m;
const KAFKA_DISTRIBUTION_SCRIPT = /^(kafka|zookeeper|connect|trogdor|zk)(?![\w-]*-env\.sh$)[\w-]*\.sh$/;
const JVM_ASSIGNMENT = /^[ \t]*(export[ \t]+)?(KAFKA_HEAP_OPTS|KAFKA_OPTS|KAFKA_JVM_PERFORMANCE_OPTS|KAFKA_JMX_OPTS|JMX_PORT|SERVER_JVMFLAGS|JVMFLAGS|ZK_SERVER_HEAP|KAFKA_CFG_\w+|KAFKA_\w+)=/m;

/**
 * How each deployment kind is recognised: `names`, a regular expression source over the whole
 * lower-cased base name (for a directory walk, and the pre-commit hook's `files` pattern, so
 * only syntax JavaScript and Python share), then `detect` by name and content. Strimzi comes
 * before compose: both are YAML.
 */
export const DEPLOYMENT_DETECTORS: readonly { kind: DeploymentKind; names: string; detect: (name: string, text: string) => boolean }[] = [
  {
    kind: 'strimzi',
    names: '[^/]*\\.ya?ml',
    detect: (_name, text) => STRIMZI_KIND.test(text) && STRIMZI_API.test(text),
  },
  {
    kind: 'topics',
    names: '[^/]*\\.ya?ml',
    detect: (_name, text) => definesTopics(text),
  },
  {
    kind: 'topics',
    names: '[^/]*\\.tf',
    detect: (_name, text) => TERRAFORM_TOPIC.test(text),
  },
  {
    kind: 'compose',
    names: '[^/]*\\.(?:ya?ml|m4)',
    detect: (name, text) => COMPOSE_NAME.test(name) || (COMPOSE_CONTENT.test(text) && /^[ \t]*environment:/m.test(text) && !/^apiVersion:/m.test(text)),
  },
  {
    kind: 'systemd',
    names: '[^/]*\\.service',
    detect: (name, text) => name.endsWith('.service') || /^\[Service\]/m.test(text),
  },
  {
    kind: 'env',
    names: '(?:[^/]*[._-])?env(?:\\.sh)?|[^/]*\\.sh|(?:[^/]*[_-])?(?:kafka|zookeeper|environment)',
    detect: (name, text) =>
      /(^|[._-])env$|(^|[_-])java\.env$/.test(name) ||
      // Kafka's and ZooKeeper's own bin/ scripts assign these variables as defaults; they are not a deployment's settings.
      (!KAFKA_DISTRIBUTION_SCRIPT.test(name) && JVM_ASSIGNMENT.test(text)) ||
      (/(^|[_-])environment$/.test(name) && /^ZOO\w*=/m.test(text)),
  },
];

/** Records which supplied files a loader read through it, so they are not judged twice. */
function recordingResolver(resolve: IncludedFileResolver, used: Map<string, string>): IncludedFileResolver {
  return (reference, from) => {
    const found = resolve(reference, from);
    if (found && found.file !== from) used.set(found.file, from);
    return found;
  };
}

/**
 * Applies the `--override` settings of kafka-server-start commands to the broker config they start:
 * the config in view that the command's properties path names gets the overrides as entries of
 * its own, positioned at the command (Kafka reads them after the file, so they win). A command
 * whose file is not in view gets a `start-config-missing` notice.
 */
function applyStartOverrides(cluster: Cluster, d: DeploymentFile & { starts: KafkaStartCommand[] }, resolveFile: IncludedFileResolver, notices: DeploymentNotice[]): void {
  for (const start of d.starts) {
    if (start.overrides.length === 0) continue;
    const found = resolveFile(start.configPath, d.file);
    const at = found === undefined ? -1 : cluster.brokers.findIndex((b) => b.file === found.file);
    const broker = cluster.brokers[at];
    if (!broker) {
      notices.push({ code: 'not-read', reason: 'start-config-missing', data: { path: start.configPath }, file: d.file, span: start.span });
      continue;
    }
    const rebuilt: BrokerConfig = buildBrokerConfig([...broker.entries, ...start.overrides], { file: broker.file, ...(broker.properties ? { properties: broker.properties } : {}), ...(broker.host !== undefined ? { host: broker.host } : {}) });
    for (const k of ['jvm', 'anchor', 'partial'] as const) if (broker[k] !== undefined) Object.assign(rebuilt, { [k]: broker[k] });
    cluster.brokers[at] = rebuilt;
  }
}

/**
 * Loads deployment files into a cluster: compose services, Strimzi resources and their nodes go
 * into `brokers`/`zookeeper` (so every broker and ZooKeeper rule applies), each file into
 * `deployments`. `files` are all files of the cluster: env_file and EnvironmentFile= references,
 * mounted server.properties files and the properties files of start commands are looked up among
 * them, never read from disk. A server.properties a compose service's image reads from a mount is
 * part of that service's node, not a node of its own; `--override` settings of start commands
 * join the node of the file they start.
 *
 * @example
 * ```ts
 * const cluster: Cluster = { brokers: [], zookeeper: [], myids: [] };
 * loadDeployments(cluster, [{ file: 'docker-compose.yml', text, kind: 'compose' }], files);
 * ```
 */
export function loadDeployments(cluster: Cluster, deployments: readonly (IncludedFile & { kind: DeploymentKind })[], files: readonly IncludedFile[]): void {
  if (deployments.length === 0) return;
  const used = new Map<string, string>();
  const resolve = includedFileResolver(files);
  const resolveFile = recordingResolver(resolve, used);
  const resolveConfig = (reference: string, from: string): BrokerConfig | ZooKeeperConfig | undefined => {
    const found = resolve(reference, from);
    return found === undefined ? undefined : [...cluster.brokers, ...cluster.zookeeper].find((b) => b.file === found.file);
  };
  const consumed = new Set<BrokerConfig>();
  const loaded: DeploymentFile[] = [];
  for (const { file, text, kind } of deployments) {
    if (kind === 'compose') {
      const compose = parseComposeFile(text, file, { resolveFile, resolveConfig });
      for (const s of compose.services) {
        // A file the image reads as it is stays the node; a file apache/kafka merges with the environment is part of the service's node.
        const base = s.mountedConfig === undefined ? undefined : cluster.brokers.find((b) => b.file === s.mountedConfig);
        if (base && base !== s.node) consumed.add(base);
        if (s.node?.kind === 'broker' && !cluster.brokers.includes(s.node)) cluster.brokers.push(s.node);
        else if (s.node?.kind === 'zookeeper' && !cluster.zookeeper.includes(s.node)) cluster.zookeeper.push(s.node);
      }
      loaded.push(compose);
    } else if (kind === 'systemd') loaded.push(parseSystemdUnit(text, file, { resolveFile }));
    else if (kind === 'env') loaded.push(parseEnvFile(text, file));
    else if (kind === 'topics') loaded.push(parseTopicsFile(text, file));
    else loaded.push(parseStrimziFile(text, file));
  }
  // A mounted server.properties is read as part of its service's node.
  if (consumed.size > 0) cluster.brokers = cluster.brokers.filter((b) => !consumed.has(b));
  for (const d of loaded) {
    const by = used.get(d.file);
    if (d.kind === 'env' && by !== undefined) d.includedBy = by;
    if (d.kind === 'systemd' || d.kind === 'env') applyStartOverrides(cluster, d, resolve, d.notices);
  }
  // A templated file (Helm) is not a resource yet: its parts are reported by deploy/not-read, not built into nodes.
  const resources = loaded.flatMap((d) => (d.kind === 'strimzi' && !d.notices.some((n) => n.reason === 'yaml-template') ? d.resources.map((r) => ({ r, file: d.file })) : []));
  const kafkas = resources.filter(({ r }) => r.kind === 'Kafka');
  for (const { r, file } of kafkas) {
    const pools = resources.filter((p) => p.r.kind === 'KafkaNodePool' && p.r.cluster === r.name).map((p) => p.r);
    cluster.brokers.push(strimziBrokerConfig(r, file, pools));
    const declared = pools.length > 0 ? pools.reduce((sum, p) => sum + (p.roles.includes('broker') ? (p.replicas ?? 0) : 0), 0) : (r.replicas ?? 0);
    // One Kafka resource is one cluster; with several in the files, their counts do not add up.
    if (kafkas.length === 1 && declared > 1) cluster.declaredBrokerCount = declared;
  }
  cluster.deployments = [...(cluster.deployments ?? []), ...loaded];
}

/**
 * The deployment files of one kind in a cluster.
 *
 * @example
 * ```ts
 * for (const unit of deploymentsOf(ctx.cluster, 'systemd')) { ... }
 * ```
 */
export function deploymentsOf<K extends DeploymentFile['kind']>(cluster: Cluster, kind: K): Extract<DeploymentFile, { kind: K }>[] {
  return (cluster.deployments ?? []).filter((d): d is Extract<DeploymentFile, { kind: K }> => d.kind === kind);
}

/**
 * Every topic the cluster's files define: in topic files (KafkaTopic resources, JulieOps
 * topologies) and beside Strimzi's Kafka resources, in file order.
 *
 * @example
 * ```ts
 * for (const topic of topicsOf(ctx.cluster)) if (topic.partitionCount === 1) ...
 * ```
 */
export function topicsOf(cluster: Cluster): TopicDefinition[] {
  return (cluster.deployments ?? []).flatMap((d) => (d.kind === 'topics' || d.kind === 'strimzi' ? (d.topics ?? []) : []));
}

/**
 * One compose file is one cluster, and so is one Strimzi `kind: Kafka` resource. When the files
 * hold any of them, each becomes its own group with the files a container deployment may
 * include (env files, node pools) and the files it bind-mounts into its containers (a
 * server.properties or zoo.cfg the image reads); the hosts' own configs (.properties, zoo.cfg,
 * myid, systemd units) form one more group. A repository that keeps a compose stack beside a VM
 * deployment, or several alternative stacks, is then not judged as one cluster of twice the
 * nodes. Other sets of files stay one group.
 *
 * @example
 * ```ts
 * clusterGroups(files, (f) => detectFileKind(f.file, f.text));
 * // [[zk-single.yml, kafka.env], [zk-multiple.yml, kafka.env], [server.properties, kafka.env]]
 * ```
 */
export function clusterGroups<F extends IncludedFile>(files: readonly F[], kindOf: (file: F) => string | undefined): F[][] {
  const primary: F[] = [];
  const shared: F[] = [];
  const host: F[] = [];
  const topics: F[] = [];
  for (const f of files) {
    const kind = kindOf(f);
    if (kind === 'compose' || (kind === 'strimzi' && /^kind:[ \t]*["']?Kafka["']?[ \t]*$/m.test(f.text))) primary.push(f);
    else if (kind === 'topics') topics.push(f);
    else if (kind === 'env' || kind === 'strimzi') shared.push(f);
    else host.push(f);
  }
  if (primary.length === 0 || primary.length + (host.length > 0 ? 1 : 0) < 2) return [[...files]];
  const resolve = includedFileResolver(host);
  const mounted = new Map<F, F[]>();
  for (const p of primary) {
    if (kindOf(p) !== 'compose') continue;
    const files = composeBindSources(p.text).flatMap((source) => {
      // A mounted directory brings the config files directly in it (a config dir such as /mnt/shared/config or /conf).
      const dir = resolvedPath(`${source.replace(/\/+$/, '')}/`, p.file);
      const inDir = host.filter((h) => h.file.startsWith(dir) && !h.file.slice(dir.length).includes('/') && /\.(properties|cfg)$/.test(h.file));
      const file = resolve(source, p.file) as F | undefined;
      return file ? [file, ...inDir] : inDir;
    });
    if (files.length > 0) mounted.set(p, [...new Set(files)]);
  }
  const taken = new Set([...mounted.values()].flat());
  const rest = host.filter((h) => !taken.has(h));
  // A topics file goes to the Strimzi cluster its KafkaTopics name (label strimzi.io/cluster);
  // one that names no cluster in view is judged on its own, not against every cluster's brokers.
  const topicsOf = new Map<F, F[]>();
  const unattached: F[] = [];
  for (const t of topics) {
    const owner = labelledCluster(t.text);
    const p = owner === undefined ? undefined : primary.find((q) => kindOf(q) === 'strimzi' && strimziKafkaNames(q.text).includes(owner));
    if (p) topicsOf.set(p, [...(topicsOf.get(p) ?? []), t]);
    else unattached.push(t);
  }
  const groups = primary.map((p) => [p, ...(mounted.get(p) ?? []), ...(topicsOf.get(p) ?? []), ...shared]);
  if (rest.length > 0) groups.push([...rest, ...shared]);
  if (unattached.length > 0) groups.push(unattached);
  return groups.length > 1 ? groups : [[...files]];
}

/** The one cluster every `strimzi.io/cluster:` label of a file names, when they name one. */
function labelledCluster(text: string): string | undefined {
  const names = new Set([...text.matchAll(/^[ \t]*["']?strimzi\.io\/cluster["']?[ \t]*:[ \t]*["']?([\w.-]+)["']?[ \t]*(?:#.*)?$/gm)].map((m) => m[1] as string));
  return names.size === 1 ? [...names][0] : undefined;
}

/** The metadata.name of each `kind: Kafka` document of a Strimzi file. */
function strimziKafkaNames(text: string): string[] {
  return text
    .split(/^---[ \t]*(?:#.*)?$/m)
    .filter((doc) => /^kind:[ \t]*["']?Kafka["']?[ \t]*$/m.test(doc))
    .flatMap((doc) => {
      // Each skipped line is one [ \t] and the rest of the line: one way to match it, so no backtracking blow-up.
      const m = /^metadata:[ \t]*\r?\n(?:[ \t][^\n]*\n)*?[ \t]+name:[ \t]*["']?([\w.-]+)["']?/m.exec(doc);
      return m ? [m[1] as string] : [];
    });
}

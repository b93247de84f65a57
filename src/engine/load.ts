/**
 * From files to clusters: which kind of config each file holds (by its name and content, and the
 * name beneath a template suffix), how template files are read, and which files form a cluster.
 * This is the first step of the run pipeline; nothing else decides kinds or groups.
 */
import { parseProperties, type TextEncoding } from '../parse/properties.js';
export type { TextEncoding };
import { decodeConfigBytes } from '../parse/decode.js';
import { maskTemplateControl, renderedName, TEMPLATE_SUFFIXES } from '../parse/template.js';
import type { ConfigEntry } from '../parse/entry.js';
import { buildBrokerConfig } from '../model/broker.js';
import { attachMyids, buildZooKeeperConfig, parseMyid } from '../model/zookeeper.js';
import type { Cluster, DeploymentFile, MyidFile, TopicDefinition } from '../model/types.js';
import { clusterGroups, DEPLOYMENT_DETECTORS, DEPLOYMENT_KINDS, loadDeployments, topicsOf, type DeploymentKind } from '../deploy/load.js';
import { cleanupPolicies, isTiered, nameIsWritten, topicConfigNumber } from '../deploy/topics.js';

/** A file's name and decoded text, as read by the caller (the CLI, a test, an API user). */
export interface SourceFile {
  /** The path as findings show it. */
  file: string;
  /** The decoded text. */
  text: string;
  /** The kind, when the caller knows it (`--type` for standard input); otherwise detected. */
  kind?: FileKind;
  /** How the bytes were decoded (see `decodeConfigBytes`); `utf-8` when absent. */
  encoding?: TextEncoding;
  /** The bytes as read, when the caller has them: fixes are applied to them byte-exact. */
  bytes?: Uint8Array;
}

/** The kinds of config file kafka-lint reads. */
export const FILE_KINDS = ['broker', 'zookeeper', 'myid', ...DEPLOYMENT_KINDS] as const;

/** The kind of config a file holds, or `undefined` when it is not one kafka-lint reads. */
export type FileKind = (typeof FILE_KINDS)[number];

const BROKER_KEYS = /^[ \t]*(broker\.id|node\.id|process\.roles|listeners|advertised\.listeners|log\.dirs?|zookeeper\.connect|controller\.quorum\.(voters|bootstrap\.servers)|num\.partitions)[ \t]*[=:]/m;
const ZOOKEEPER_KEYS = /^[ \t]*(tickTime|initLimit|syncLimit|dataDir|clientPort|server\.\d+)[ \t]*[=:]/m;

/**
 * How one file kind is recognised. `names` is a regular expression source over the whole
 * lower-cased base name (template suffix removed), so a directory walk reads just the files that
 * may be configs, and the pre-commit hook runs on just those (see {@link candidateNamePattern});
 * `detect` then decides by name and content. The first detector that accepts a file wins; a new
 * kind adds an entry here.
 */
export interface FileKindDetector {
  /** The kind it recognises. */
  kind: FileKind;
  /** The base names that may hold this kind; only syntax JavaScript and Python's `re` share. */
  names: string;
  /** Whether the file holds this kind, by name and content. */
  detect: (name: string, text: string) => boolean;
}

/** Every detector, in the order they are tried. */
export const FILE_KIND_DETECTORS: readonly FileKindDetector[] = [
  { kind: 'myid', names: 'myid', detect: () => true },
  {
    kind: 'zookeeper',
    names: '[^/]*\\.cfg|zookeeper\\.properties',
    detect: (name, text) => name === 'zoo.cfg' || name === 'zookeeper.properties' || (name.endsWith('.cfg') && ZOOKEEPER_KEYS.test(text)),
  },
  {
    kind: 'zookeeper',
    names: '[^/]*\\.properties',
    detect: (_name, text) => ZOOKEEPER_KEYS.test(text) && !BROKER_KEYS.test(text),
  },
  {
    kind: 'broker',
    names: '[^/]*\\.properties',
    detect: (name, text) => BROKER_KEYS.test(text) || /(^|[-_.])(server|broker|controller)/.test(name),
  },
  // docker-compose, systemd units, env files and Strimzi resources (src/deploy/load.ts).
  ...DEPLOYMENT_DETECTORS,
];

// Pure: a bundle that takes only FILE_KINDS from this module leaves the detectors out.
const CANDIDATES = /* @__PURE__ */ FILE_KIND_DETECTORS.map((d) => ({ ...d, candidate: new RegExp(`^(?:${d.names})$`) }));

/** The base names of any kind, as one alternation. */
const ANY_NAME = /* @__PURE__ */ [...new Set(FILE_KIND_DETECTORS.map((d) => d.names))].join('|');

/** Any candidate name, in one expression: a walk tests every file name against it. */
const ANY_CANDIDATE = /* @__PURE__ */ new RegExp(`^(?:${ANY_NAME})$`);

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
}

/** The base name a detector looks at: lower-cased, without a template suffix. */
function detectedName(file: string): string {
  return baseName(renderedName(file) ?? file);
}

/**
 * The names of the files kafka-lint may read (template files included), as one regular
 * expression over a `/`-separated path, to be matched ignoring case: the pre-commit hook's
 * `files` pattern is generated from it (`npm run pre-commit:pattern`), so the hook runs on every
 * file a walk would read. It uses only syntax JavaScript and Python's `re` share.
 *
 * @example
 * ```ts
 * new RegExp(candidateNamePattern(), 'i').test('config/kafka-env.sh'); // true
 * new RegExp(candidateNamePattern(), 'i').test('templates/server.properties.j2'); // true
 * ```
 */
export function candidateNamePattern(): string {
  const suffixes = TEMPLATE_SUFFIXES.map((s) => s.replace('.', '\\.')).join('|');
  return `(^|/)(?:${ANY_NAME})(?:${suffixes})?$`;
}

/**
 * Whether a file's name allows it to be a config kafka-lint reads; a directory walk reads only
 * these files (and {@link detectFileKind} then decides by content).
 *
 * @example
 * ```ts
 * isCandidateFileName('conf/zoo.cfg'); // true
 * isCandidateFileName('templates/server.properties.j2'); // true
 * isCandidateFileName('README.md'); // false
 * ```
 */
export function isCandidateFileName(file: string): boolean {
  return ANY_CANDIDATE.test(detectedName(file));
}

/**
 * Tells which kind of config a file holds, by its name first and then by its content; a template
 * file is the kind beneath its suffix.
 *
 * @example
 * ```ts
 * detectFileKind('conf/zoo.cfg', ''); // 'zookeeper'
 * detectFileKind('kafka/server-1.properties', 'broker.id=1'); // 'broker'
 * detectFileKind('roles/kafka/templates/server.properties.j2', 'broker.id={{ id }}'); // 'broker'
 * ```
 */
export function detectFileKind(file: string, text: string): FileKind | undefined {
  const name = detectedName(file);
  for (const d of CANDIDATES) {
    if (d.candidate.test(name) && d.detect(name, text)) return d.kind;
  }
  return undefined;
}

/** Kinds read as YAML: their template control lines are left to their own readers. */
const YAML_KINDS: ReadonlySet<string> = new Set(['compose', 'strimzi', 'topics']);

/** A file ready to load: its kind, and its text with template control tags blanked. */
interface PreparedFile extends SourceFile {
  kind: FileKind;
  /** Lines in conditional or loop blocks of a template. */
  conditionalLines: ReadonlySet<number>;
}

function prepare(f: SourceFile & { kind: FileKind }): PreparedFile {
  const template = renderedName(f.file) !== undefined;
  if (YAML_KINDS.has(f.kind) && !template) return { ...f, conditionalLines: new Set() };
  const masked = maskTemplateControl(f.text);
  return { ...f, text: masked.text, conditionalLines: masked.conditionalLines };
}

function markConditional(entries: readonly ConfigEntry[], lines: ReadonlySet<number>): void {
  if (lines.size === 0) return;
  for (const e of entries) {
    const line = e.keySpan?.line ?? e.valueSpan?.line;
    if (line !== undefined && lines.has(line)) e.conditional = true;
  }
}

/** Marks the entries of a deployment file that stand in conditional template blocks. */
function markDeployment(d: DeploymentFile, lines: ReadonlySet<number>): void {
  if (lines.size === 0) return;
  if (d.kind === 'compose') for (const s of d.services) markConditional(s.environment, lines);
  else if (d.kind === 'systemd') markConditional(d.environment, lines);
  else if (d.kind === 'env') markConditional(d.variables, lines);
  else if (d.kind === 'topics') for (const t of d.topics) markConditional([t.nameEntry, ...t.configs, ...(t.partitions ? [t.partitions] : []), ...(t.replicas ? [t.replicas] : [])], lines);
  else for (const r of d.resources) markConditional(r.config, lines);
}

/**
 * Builds one cluster from files: each file parsed by its kind (template files by the kind beneath
 * their suffix, their control tags blanked and the entries of conditional blocks marked), each
 * myid attached to the zoo.cfg in the same directory or whose dataDir holds it. Files of no known
 * kind are skipped.
 *
 * @example
 * ```ts
 * const cluster = loadCluster([{ file: 'zk1/zoo.cfg', text: zooCfg }, { file: 'zk1/myid', text: '1\n' }], 'prod');
 * cluster.zookeeper[0]?.myid?.id; // 1
 * ```
 */
export function loadCluster(files: readonly SourceFile[], name?: string): Cluster {
  const cluster: Cluster = { brokers: [], zookeeper: [], myids: [] };
  if (name !== undefined) cluster.name = name;
  const myids: MyidFile[] = [];
  const deployments: PreparedFile[] = [];
  const prepared: SourceFile[] = [];
  for (const f of files) {
    const kind = f.kind ?? detectFileKind(f.file, f.text);
    if (kind === undefined) {
      prepared.push(f);
      continue;
    }
    const p = prepare({ ...f, kind });
    prepared.push(p);
    const options = p.encoding ? { file: p.file, encoding: p.encoding } : { file: p.file };
    if ((DEPLOYMENT_KINDS as readonly string[]).includes(kind)) deployments.push(p);
    else if (kind === 'broker' || kind === 'zookeeper') {
      const properties = parseProperties(p.text, options);
      markConditional(properties.entries, p.conditionalLines);
      if (kind === 'broker') cluster.brokers.push(buildBrokerConfig(properties.entries, { file: properties.file, properties }));
      else cluster.zookeeper.push(buildZooKeeperConfig(properties.entries, { file: properties.file, properties }));
    } else if (kind === 'myid') myids.push(parseMyid(p.text, { file: p.file }));
  }
  const before = cluster.deployments?.length ?? 0;
  loadDeployments(cluster, deployments as (PreparedFile & { kind: DeploymentKind })[], prepared);
  const loaded = cluster.deployments ?? [];
  for (let i = before; i < loaded.length; i++) {
    const d = loaded[i] as DeploymentFile;
    const lines = deployments.find((p) => p.file === d.file)?.conditionalLines;
    if (lines) markDeployment(d, lines);
  }
  attachMyids(cluster, myids);
  return cluster;
}

/** One cluster's files, as the pipeline judges them together. */
export interface FileGroup {
  /** The files, each with its kind (undefined for files of no known kind). */
  files: (SourceFile & { kind?: FileKind })[];
}

/**
 * Splits files into the clusters they form (see `clusterGroups`: each compose file and each
 * Strimzi Kafka resource is its own deployment; host configs form one more), after detecting
 * each file's kind once and sorting them by path, so the outcome never depends on the order
 * the files were given in.
 *
 * @example
 * ```ts
 * groupFiles([{ file: 'a/docker-compose.yml', text }, { file: 'b/server.properties', text }]).length; // 2
 * ```
 */
export function groupFiles(files: readonly SourceFile[]): FileGroup[] {
  const kinded = files
    .map((f) => (f.kind !== undefined ? f : { ...f, kind: detectFileKind(f.file, f.text) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return clusterGroups(kinded, (f) => f.kind).map((group) => ({ files: group }));
}

/** What {@link readSourceFile} makes of a file's bytes. */
export type ReadFile =
  | { status: 'config'; file: SourceFile & { kind: FileKind; bytes: Uint8Array; encoding: TextEncoding } }
  | { status: 'binary' }
  | { status: 'unknown-kind' };

/**
 * Turns a file's bytes into a source file: decoded as Kafka and ZooKeeper decode them (UTF-8,
 * else Latin-1; see `decodeConfigBytes`) and its kind detected (or `kind` when the caller knows it).
 *
 * @example
 * ```ts
 * const read = readSourceFile('zk/zoo.cfg', readFileSync('zk/zoo.cfg'));
 * if (read.status === 'config') runOnFiles([read.file], options);
 * ```
 */
export function readSourceFile(file: string, bytes: Uint8Array, kind?: FileKind): ReadFile {
  const { text, encoding, binary } = decodeConfigBytes(bytes);
  if (binary) return { status: 'binary' };
  const detected = kind ?? detectFileKind(file, text);
  if (detected === undefined) return { status: 'unknown-kind' };
  return { status: 'config', file: { file, text, bytes, encoding, kind: detected } };
}

/**
 * What a topic file says of one topic's workload, in the planner's terms (`TopicInput` without
 * its rate, which no topic file holds).
 */
export interface TopicWorkload {
  name: string;
  partitions?: number;
  replicationFactor?: number;
  retention?: { ms?: number; bytesPerPartition?: number };
  compacted?: true;
  minCleanableDirtyRatio?: number;
  localRetentionMs?: number;
}

function workloadOf(topic: TopicDefinition): TopicWorkload {
  const out: TopicWorkload = { name: topic.name };
  if (topic.partitionCount !== undefined && topic.partitionCount > 0) out.partitions = topic.partitionCount;
  if (topic.replicationFactor !== undefined && topic.replicationFactor > 0) out.replicationFactor = topic.replicationFactor;
  const ms = topicConfigNumber(topic, 'retention.ms')?.value;
  const bytes = topicConfigNumber(topic, 'retention.bytes')?.value;
  // -1 is "no limit": the planner then needs the other one, or the cluster-wide retention.
  const retention: NonNullable<TopicWorkload['retention']> = {};
  if (ms !== undefined && ms >= 0) retention.ms = ms;
  if (bytes !== undefined && bytes >= 0) retention.bytesPerPartition = bytes;
  if (Object.keys(retention).length > 0) out.retention = retention;
  if (cleanupPolicies(topic).includes('compact')) out.compacted = true;
  // A DOUBLE: the one topic config here that is not a whole number.
  const dirty = topic.configs.findLast((e) => e.key === 'min.cleanable.dirty.ratio')?.value.trim();
  if (dirty !== undefined && /^\d+(\.\d+)?$/.test(dirty)) out.minCleanableDirtyRatio = Number(dirty);
  const local = topicConfigNumber(topic, 'local.retention.ms')?.value;
  if (isTiered(topic) && local !== undefined && local >= 0) out.localRetentionMs = local;
  return out;
}

/**
 * The workloads of the topics that files define (KafkaTopic resources, JulieOps topologies, Terraform resources), in
 * file order: partitions, replication factor, retention, compaction and tiering as written (a
 * template-filled field is left out). What `kafka-lint plan --topics` sizes a cluster for.
 *
 * @example
 * ```ts
 * topicWorkloads([{ file: 'topics.yaml', text }]).workloads.map((t) => t.name); // ['orders', 'payments']
 * ```
 */
export function topicWorkloads(files: readonly SourceFile[]): { workloads: TopicWorkload[]; templatedNames: string[] } {
  const topics = topicsOf(loadCluster(files));
  // A name a template fills in (Terraform's "${var.env}-events") is not a topic the planner can name.
  const templatedNames = topics.filter((t) => !nameIsWritten(t)).map((t) => `${t.name} (${t.file}:${t.nameEntry.valueSpan?.line ?? t.nameEntry.keySpan?.line ?? 1})`);
  return { workloads: topics.filter(nameIsWritten).map(workloadOf), templatedNames };
}

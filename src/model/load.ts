import { parseServerProperties } from './broker.js';
import { parseZooCfg, parseMyid } from './zookeeper.js';
import type { Cluster, MyidFile } from './types.js';
import type { TextEncoding } from '../parse/properties.js';
import { DEPLOYMENT_DETECTORS, DEPLOYMENT_KINDS, loadDeployments, type DeploymentKind } from '../deploy/load.js';

/** A file's name and decoded text, as read by the caller (the CLI or a test). */
export interface SourceFile {
  /** The path as findings show it. */
  file: string;
  /** The decoded text. */
  text: string;
  /** The kind, when the caller knows it (`--type` for standard input); otherwise detected. */
  kind?: FileKind;
  /** How the bytes were decoded (see `decodeConfigBytes`); `utf-8` when absent. */
  encoding?: TextEncoding;
}

/** The kinds of config file kafka-lint reads. */
export const FILE_KINDS = ['broker', 'zookeeper', 'myid', ...DEPLOYMENT_KINDS] as const;

/** The kind of config a file holds, or `undefined` when it is not one kafka-lint reads. */
export type FileKind = (typeof FILE_KINDS)[number];

const BROKER_KEYS = /^[ \t]*(broker\.id|node\.id|process\.roles|listeners|advertised\.listeners|log\.dirs?|zookeeper\.connect|controller\.quorum\.(voters|bootstrap\.servers)|num\.partitions)[ \t]*[=:]/m;
const ZOOKEEPER_KEYS = /^[ \t]*(tickTime|initLimit|syncLimit|dataDir|clientPort|server\.\d+)[ \t]*[=:]/m;

/**
 * How one file kind is recognised. `names` is a regular expression source over the whole
 * lower-cased base name, so a directory walk reads just the files that may be configs (and the
 * pre-commit hook runs on just those: see {@link candidateNamePattern}); `detect` then decides by
 * name and content. The first detector that accepts a file wins; a new kind adds an entry here.
 */
interface FileKindDetector {
  kind: FileKind;
  /** Only syntax JavaScript and Python share: the hook's pattern is read by Python. */
  names: string;
  detect: (name: string, text: string) => boolean;
}

const DETECTORS: readonly FileKindDetector[] = [
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
const CANDIDATES = /* @__PURE__ */ DETECTORS.map((d) => ({ ...d, candidate: new RegExp(`^(?:${d.names})$`) }));

/** Any candidate name, in one expression: a walk tests every file name against it. */
const ANY_CANDIDATE = /* @__PURE__ */ new RegExp(`^(?:${[...new Set(DETECTORS.map((d) => d.names))].join('|')})$`);

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
}

/**
 * The names of the files kafka-lint may read, as one regular expression over a `/`-separated
 * path, to be matched ignoring case: the pre-commit hook's `files` pattern is generated from it
 * (`node scripts/pre-commit-pattern.mjs`), so the hook runs on every file a walk would read. It
 * uses only syntax JavaScript and Python's `re` share.
 *
 * @example
 * ```ts
 * new RegExp(candidateNamePattern(), 'i').test('config/kafka-env.sh'); // true
 * ```
 */
export function candidateNamePattern(): string {
  return `(^|/)(?:${[...new Set(DETECTORS.map((d) => d.names))].join('|')})$`;
}

/**
 * Whether a file's name allows it to be a config kafka-lint reads; a directory walk reads only
 * these files (and {@link detectFileKind} then decides by content).
 *
 * @example
 * ```ts
 * isCandidateFileName('conf/zoo.cfg'); // true
 * isCandidateFileName('README.md'); // false
 * ```
 */
export function isCandidateFileName(file: string): boolean {
  return ANY_CANDIDATE.test(baseName(file));
}

/**
 * Tells which kind of config a file holds, by its name first and then by its content.
 *
 * @example
 * ```ts
 * detectFileKind('conf/zoo.cfg', ''); // 'zookeeper'
 * detectFileKind('kafka/server-1.properties', 'broker.id=1'); // 'broker'
 * ```
 */
export function detectFileKind(file: string, text: string): FileKind | undefined {
  const name = baseName(file);
  for (const d of CANDIDATES) {
    if (d.candidate.test(name) && d.detect(name, text)) return d.kind;
  }
  return undefined;
}

function dirName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '.' : path.slice(0, i);
}

/**
 * Builds one cluster from files: each file parsed by its kind, each myid attached to the
 * zoo.cfg in the same directory or whose dataDir holds it. Files of no known kind are skipped.
 *
 * @example
 * ```ts
 * const cluster = loadCluster([{ file: 'zk1/zoo.cfg', text: zooCfg }, { file: 'zk1/myid', text: '1\n' }], 'prod');
 * cluster.zookeeper[0]?.myid?.id; // 1
 * ```
 */
export function loadCluster(files: SourceFile[], name?: string): Cluster {
  const cluster: Cluster = { brokers: [], zookeeper: [], myids: [] };
  if (name !== undefined) cluster.name = name;
  const myids: MyidFile[] = [];
  const deployments: (SourceFile & { kind: DeploymentKind })[] = [];
  for (const { file, text, kind: given, encoding } of files) {
    const kind = given ?? detectFileKind(file, text);
    if ((DEPLOYMENT_KINDS as readonly string[]).includes(kind ?? '')) deployments.push({ file, text, kind: kind as DeploymentKind });
    if (kind === 'broker') cluster.brokers.push(parseServerProperties(text, encoding ? { file, encoding } : { file }));
    else if (kind === 'zookeeper') cluster.zookeeper.push(parseZooCfg(text, encoding ? { file, encoding } : { file }));
    else if (kind === 'myid') myids.push(parseMyid(text, { file }));
  }
  loadDeployments(cluster, deployments, files);
  attachMyids(cluster, myids);
  return cluster;
}

/**
 * Attaches each myid file to the zoo.cfg in the same directory, or to the one whose dataDir
 * holds it (where ZooKeeper reads it); the others stay in `cluster.myids`.
 *
 * @example
 * ```ts
 * attachMyids(cluster, [parseMyid('1\n', { file: 'zk1/myid' })]);
 * ```
 */
export function attachMyids(cluster: Cluster, myids: readonly MyidFile[]): void {
  for (const myid of myids) {
    const dir = dirName(myid.file);
    const owner =
      cluster.zookeeper.find((z) => !z.myid && dirName(z.file) === dir) ??
      cluster.zookeeper.find((z) => {
        const dataDir = z.settings.get('dataDir')?.value.trim().replace(/\/+$/, '');
        return !z.myid && dataDir !== undefined && dataDir !== '' && dir.endsWith(dataDir);
      });
    if (owner) owner.myid = myid;
    else cluster.myids.push(myid);
  }
}

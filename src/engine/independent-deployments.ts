import type { Cluster } from '../model/types.js';
import { addTo } from '../core/maps.js';
import { loadCluster, type SourceFile } from './load.js';

/** What shows that the files of one cluster are several deployments. */
export interface IndependentDeployments {
  /** How many deployments the strongest piece of evidence shows (2 or more). */
  count: number;
  /** Each piece of evidence in words, e.g. `3 ZooKeeper ensembles with no server in common`. */
  evidence: string[];
  /**
   * The files of each deployment, as far as the first evidence of disjoint addresses shows them
   * (the zoo.cfg files of each ensemble, or the broker files of each quorum): a caller can tell
   * from their directories how to lint the deployments apart.
   */
  deployments?: string[][];
}

/** Addresses that stand for "this host" in every file, so they tie no two files together. */
const SELF = new Set(['0.0.0.0', '::', '[::]', 'localhost', '127.0.0.1', '']);

/** A host that is still a template or placeholder (`${ZK1}`, `{{ zk1 }}`, `<zk1>`) says nothing yet. */
const PLACEHOLDER = /[{}$<>%]/;

/**
 * The groups the sets form when sets that share a member are one group (union-find), as the
 * indexes of the sets in each: ensembles whose server lists share no address are independent.
 */
function disjointGroups(sets: readonly (readonly string[])[]): number[][] {
  const parent = sets.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const owner = new Map<string, number>();
  sets.forEach((members, i) => {
    for (const m of members) {
      const j = owner.get(m);
      if (j === undefined) owner.set(m, i);
      else parent[root(i)] = root(j);
    }
  });
  const groups = new Map<number, number[]>();
  sets.forEach((members, i) => {
    if (members.length === 0) return;
    const r = root(i);
    addTo(groups, r, i);
  });
  return [...groups.values()];
}

function addresses(list: readonly { host: string; port?: number | undefined }[]): string[] {
  return list.filter((a) => !SELF.has(a.host.toLowerCase()) && !PLACEHOLDER.test(a.host)).map((a) => `${a.host.toLowerCase()}:${a.port ?? ''}`);
}

function dirName(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '.' : file.slice(0, i);
}

/**
 * Whether the files linted as one cluster hold several independent deployments, and the
 * evidence: ZooKeeper ensembles (zoo.cfg server lists) or KRaft controller quorums that share
 * no address, brokers whose `zookeeper.connect` share no host, several broker ids each repeated
 * (every deployment numbering its brokers from 1), or docker-compose files in several
 * directories. `undefined` when nothing shows it. Pure: it reads the loaded cluster only, so the
 * engine or a caller that groups files can ask before or after linting.
 *
 * @example
 * ```ts
 * independentDeployments(loadCluster(files));
 * // { count: 3, evidence: ['3 ZooKeeper ensembles with no server in common', 'broker ids 1, 2, 3 each appear 3 times'],
 * //   deployments: [['east/zk1/zoo.cfg', ...], ['west/zk1/zoo.cfg', ...], ...] }
 * ```
 */
export function independentDeployments(cluster: Cluster): IndependentDeployments | undefined {
  const found: { count: number; text: string; files?: string[][] }[] = [];
  const disjoint = (nodes: readonly { file: string }[], sets: string[][], text: (n: number) => string): void => {
    const groups = disjointGroups(sets);
    if (groups.length > 1) found.push({ count: groups.length, text: text(groups.length), files: groups.map((g) => g.map((i) => (nodes[i] as { file: string }).file)) });
  };
  disjoint(
    cluster.zookeeper,
    cluster.zookeeper.map((z) => addresses(z.servers.filter((s) => s.error === undefined).map((s) => ({ host: s.host, port: s.quorumPort })))),
    (n) => `${n} ZooKeeper ensembles with no server in common`,
  );
  disjoint(
    cluster.brokers,
    cluster.brokers.map((b) => addresses(b.quorumVoters?.value ?? [])),
    (n) => `${n} KRaft controller quorums with no voter in common`,
  );
  disjoint(
    cluster.brokers,
    cluster.brokers.map((b) => addresses(b.zookeeperConnect?.value?.hosts ?? [])),
    (n) => `brokers connect to ${n} ZooKeeper ensembles with no host in common`,
  );

  const perId = new Map<number, number>();
  for (const b of cluster.brokers) if (b.nodeId !== undefined) perId.set(b.nodeId, (perId.get(b.nodeId) ?? 0) + 1);
  // One repeated id is a mistake within a cluster (cluster/duplicate-broker-id); several are a pattern.
  const repeated = [...perId].filter(([, n]) => n > 1).sort(([a], [b]) => a - b);
  if (repeated.length > 1) {
    const most = Math.max(...repeated.map(([, n]) => n));
    const ids = repeated.map(([id]) => id);
    const shown = ids.length > 5 ? `${ids.slice(0, 5).join(', ')}, ...` : ids.join(', ');
    found.push({ count: most, text: `broker ids ${shown} each appear ${repeated.every(([, n]) => n === most) ? `${most} times` : `up to ${most} times`}` });
  }

  const composeDirs = new Set((cluster.deployments ?? []).filter((d) => d.kind === 'compose').map((d) => dirName(d.file)));
  if (composeDirs.size > 1) found.push({ count: composeDirs.size, text: `docker-compose files in ${composeDirs.size} directories` });

  if (found.length === 0) return undefined;
  const result: IndependentDeployments = { count: Math.max(...found.map((f) => f.count)), evidence: found.map((f) => f.text) };
  const split = found.find((f) => f.files !== undefined)?.files;
  if (split) result.deployments = split;
  return result;
}

/**
 * {@link independentDeployments} of files not yet loaded, such as one path argument's files.
 *
 * @example
 * ```ts
 * independentDeploymentsIn([{ file: 'a/zoo.cfg', text: a }, { file: 'b/zoo.cfg', text: b }]);
 * ```
 */
export function independentDeploymentsIn(files: readonly SourceFile[]): IndependentDeployments | undefined {
  return independentDeployments(loadCluster([...files]));
}

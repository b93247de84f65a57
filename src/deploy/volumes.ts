/**
 * Where a compose service keeps its data: the data directories of its node, and the mount (if
 * any) each lies on. Both compose/ephemeral-data and compose/shared-data-volume judge from this.
 */
import type { ConfigEntry } from '../parse/entry.js';
import type { BrokerConfig, ComposeMount, ComposeService, ZooKeeperConfig } from '../model/types.js';
import type { SettingRead } from '../model/settings.js';

/** A directory a node writes its data to. */
export interface DataDirectory {
  /** The absolute path inside the container. */
  dir: string;
  /** The key that sets it (`log.dirs`, `metadata.log.dir`, `dataDir`, ...). */
  key: string;
  /** The entry that sets it; absent when it is the program's default. */
  entry?: ConfigEntry;
}

/**
 * The data directories of a node, as the program reads them: log.dirs (or log.dir, or Kafka's
 * default /tmp/kafka-logs) and metadata.log.dir for a broker; dataDir and dataLogDir for
 * ZooKeeper. Templated or invalid values, and keys a partial node leaves unset, are left out.
 *
 * @example
 * ```ts
 * dataDirectories(node, ctx.setting).map((d) => d.dir); // ['/var/lib/kafka/data']
 * ```
 */
export function dataDirectories(node: BrokerConfig | ZooKeeperConfig, setting: (node: BrokerConfig | ZooKeeperConfig, key: string) => SettingRead): DataDirectory[] {
  const out: DataDirectory[] = [];
  const add = (key: string, read: SettingRead): void => {
    if (read.state !== 'set' && read.state !== 'default') return;
    const values = Array.isArray(read.value) ? read.value : typeof read.value === 'string' ? read.value.split(',') : [];
    for (const value of values) {
      const dir = value.trim();
      if (!dir.startsWith('/')) continue;
      out.push(read.state === 'set' ? { dir, key, entry: read.entry } : { dir, key });
    }
  };
  if (node.kind === 'broker') {
    const dirs = setting(node, 'log.dirs');
    // KafkaConfig: log.dirs when written, else log.dir (default /tmp/kafka-logs).
    if (dirs.state === 'set') add('log.dirs', dirs);
    else if (dirs.state !== 'templated' && dirs.state !== 'invalid') add('log.dir', setting(node, 'log.dir'));
    const metadata = setting(node, 'metadata.log.dir');
    if (metadata.state === 'set') add('metadata.log.dir', metadata);
  } else {
    add('dataDir', setting(node, 'dataDir'));
    const log = setting(node, 'dataLogDir');
    if (log.state === 'set') add('dataLogDir', log);
  }
  return out;
}

/** Whether `dir` is `base` or below it. */
function isUnder(dir: string, base: string): boolean {
  const b = base.replace(/\/+$/, '');
  return dir === b || b === '' || dir.startsWith(`${b}/`);
}

/**
 * The mount a directory lies on: the mount whose target is the longest prefix of it (the
 * innermost wins, as in the container), or undefined when none covers it.
 *
 * @example
 * ```ts
 * mountOf(service, '/var/lib/kafka/data')?.source; // 'kafka-data'
 * ```
 */
export function mountOf(service: ComposeService, dir: string): ComposeMount | undefined {
  let best: ComposeMount | undefined;
  for (const m of service.volumes) {
    if (m.target === undefined || !isUnder(dir, m.target)) continue;
    if (!best || (best.target ?? '').length < m.target.length) best = m;
  }
  return best;
}

/**
 * The image VOLUME a directory lies on, when no mount of the service covers it.
 *
 * @example
 * ```ts
 * imageVolumeOf(service, '/var/lib/kafka/data'); // '/var/lib/kafka/data' for cp-kafka
 * ```
 */
export function imageVolumeOf(service: ComposeService, dir: string): string | undefined {
  return service.imageVolumes.filter((v) => isUnder(dir, v)).sort((a, b) => b.length - a.length)[0];
}

/**
 * Where a directory's data lives across containers: a named volume or a host path, with the
 * directory's path inside it; undefined for anything a container does not share (no mount, an
 * anonymous volume, tmpfs). Two brokers with the same place write the same directory.
 *
 * @example
 * ```ts
 * sharedPlace(mount, '/bitnami/kafka/data'); // 'volume kafka_data, kafka/data' for kafka_data:/bitnami
 * ```
 */
export function sharedPlace(mount: ComposeMount, dir: string): { kind: 'volume' | 'bind'; source: string; path: string } | undefined {
  if ((mount.type !== 'volume' && mount.type !== 'bind') || mount.source === undefined || mount.target === undefined) return undefined;
  const base = mount.target.replace(/\/+$/, '');
  const path = dir.slice(base.length).replace(/^\/+/, '');
  const source = mount.type === 'bind' ? mount.source.replace(/^\.\//, '').replace(/\/+$/, '') : mount.source;
  return { kind: mount.type, source, path };
}

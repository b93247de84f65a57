import { parseServerProperties } from './broker.js';
import { parseZooCfg, parseMyid } from './zookeeper.js';
import type { Cluster, MyidFile } from './types.js';

/** A file's name and decoded text, as read by the caller (the CLI or a test). */
export interface SourceFile {
  file: string;
  text: string;
}

/** The kind of config a file holds, or `undefined` when it is not one kafka-lint reads. */
export type FileKind = 'broker' | 'zookeeper' | 'myid';

const BROKER_KEYS = /^[ \t]*(broker\.id|node\.id|process\.roles|listeners|advertised\.listeners|log\.dirs?|zookeeper\.connect|controller\.quorum\.(voters|bootstrap\.servers)|num\.partitions)[ \t]*[=:]/m;
const ZOOKEEPER_KEYS = /^[ \t]*(tickTime|initLimit|syncLimit|dataDir|clientPort|server\.\d+)[ \t]*[=:]/m;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
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
  const name = baseName(file).toLowerCase();
  if (name === 'myid') return 'myid';
  if (name === 'zoo.cfg' || name === 'zookeeper.properties' || name.endsWith('.cfg')) {
    return ZOOKEEPER_KEYS.test(text) || name === 'zoo.cfg' || name === 'zookeeper.properties' ? 'zookeeper' : undefined;
  }
  if (/\.properties$/.test(name)) {
    if (ZOOKEEPER_KEYS.test(text) && !BROKER_KEYS.test(text)) return 'zookeeper';
    if (BROKER_KEYS.test(text) || /^(server|broker|controller)/.test(name)) return 'broker';
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
 */
export function loadCluster(files: SourceFile[], name?: string): Cluster {
  const cluster: Cluster = { brokers: [], zookeeper: [], myids: [] };
  if (name !== undefined) cluster.name = name;
  const myids: MyidFile[] = [];
  for (const { file, text } of files) {
    const kind = detectFileKind(file, text);
    if (kind === 'broker') cluster.brokers.push(parseServerProperties(text, { file }));
    else if (kind === 'zookeeper') cluster.zookeeper.push(parseZooCfg(text, { file }));
    else if (kind === 'myid') myids.push(parseMyid(text, { file }));
  }
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
  return cluster;
}

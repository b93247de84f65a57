import { parseProperties, lastEntries } from '../parse/properties.js';
import type { ConfigEntry } from './entry.js';
import type { ZooKeeperConfig, MyidFile } from './types.js';
import type { PropertiesDocument } from '../parse/properties.js';
import { coerceValues } from './coerce.js';

/** Options for building a ZooKeeper config. */
export interface ZooKeeperConfigOptions {
  file?: string;
  properties?: PropertiesDocument;
  host?: string;
  myid?: MyidFile;
}

/** Builds the typed zoo.cfg model from entries, wherever they were written. */
export function buildZooKeeperConfig(entries: ConfigEntry[], options: ZooKeeperConfigOptions = {}): ZooKeeperConfig {
  const settings = lastEntries(entries);
  const config: ZooKeeperConfig = {
    kind: 'zookeeper',
    file: options.file ?? '<object>',
    entries,
    settings,
    values: coerceValues('zookeeper', settings),
    servers: [],
  };
  if (options.properties) config.properties = options.properties;
  if (options.host) config.host = options.host;
  if (options.myid) config.myid = options.myid;
  return config;
}

/**
 * Reads a zoo.cfg (or zookeeper.properties) text into the typed model.
 *
 * @example
 * ```ts
 * const zk = parseZooCfg('dataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=zk1:2888:3888\n');
 * zk.servers[0]?.electionPort; // 3888
 * ```
 */
export function parseZooCfg(text: string, options: { file?: string; host?: string; myid?: MyidFile } = {}): ZooKeeperConfig {
  const properties = parseProperties(text, options);
  return buildZooKeeperConfig(properties.entries, { ...options, file: properties.file, properties });
}

/**
 * Reads a myid file: ZooKeeper accepts a bare integer (surrounding blanks and a newline allowed).
 *
 * @example
 * ```ts
 * parseMyid('3\n').id; // 3
 * ```
 */
export function parseMyid(text: string, options: { file?: string } = {}): MyidFile {
  const file = options.file ?? 'myid';
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed)) return { kind: 'myid', file, id: Number(trimmed), text };
  return { kind: 'myid', file, text, error: `myid must hold only an integer, found '${trimmed.slice(0, 40)}'` };
}

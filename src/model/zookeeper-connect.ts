import type { ConfigEntry } from '../parse/entry.js';
import type { ConnectHost, Parsed, ZookeeperConnect } from './types.js';
import { parseJavaInt } from './coerce.js';

/** ZooKeeper's default client port (ConnectStringParser.DEFAULT_PORT). */
export const DEFAULT_ZOOKEEPER_PORT = 2181;

/** One host element of a connect string, as written and as ZooKeeper splits it. */
export interface ConnectHostPart {
  /** The element after ZooKeeper's trim (`StringUtils.split`). */
  text: string;
  /** The host: everything before the last `:` (or inside IPv6 brackets); untrimmed on the right. */
  host: string;
  /** The text after the last `:`, untrimmed; absent when there is no port. */
  portText?: string;
  /**
   * Where the element was written in the value: offsets of everything between its separators
   * (the `,` around it, the chroot's `/`), blanks included.
   */
  written: {
    /** 0-based offset in the value where the element starts. */
    start: number;
    /** 0-based offset just past it. */
    end: number;
  };
}

/** A connect string split as ZooKeeper 3.8's ConnectStringParser splits it, before any number is read. */
export interface ConnectStringParts {
  /** The elements before the chroot, split on `,`. */
  hosts: ConnectHostPart[];
  /** Everything from the first `/`, untouched (a lone `/` is kept here; it means no chroot). */
  chroot?: string;
}

/**
 * Splits a `zookeeper.connect` value as Kafka and ZooKeeper read it: the value trimmed (Kafka's
 * ConfigDef), the chroot from the first `/` to the end, the rest split on `,` with each element
 * trimmed and empty ones dropped, each host's port after its last `:` (IPv6 in brackets).
 *
 * @example
 * ```ts
 * splitZookeeperConnect('zk1:2181, zk2 :2181/kafka');
 * // { hosts: [{ text: 'zk1:2181', host: 'zk1', portText: '2181', written: { start: 0, end: 8 } },
 * //           { text: 'zk2 :2181', host: 'zk2 ', portText: '2181', written: { start: 9, end: 19 } }], chroot: '/kafka' }
 * ```
 */
export function splitZookeeperConnect(value: string): ConnectStringParts {
  let rest = value.trim();
  const parts: ConnectStringParts = { hosts: [] };
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    parts.chroot = rest.slice(slash);
    rest = rest.slice(0, slash);
  }
  let start = value.length - value.trimStart().length;
  for (const raw of rest.split(',')) {
    const written = { start, end: start + raw.length };
    start = written.end + 1;
    const text = raw.trim();
    if (text === '') continue;
    if (text.startsWith('[')) {
      const close = text.indexOf(']');
      const part: ConnectHostPart = { text, host: close < 0 ? text.slice(1) : text.slice(1, close), written };
      if (close >= 0 && close + 1 < text.length) part.portText = text.slice(close + 2);
      parts.hosts.push(part);
      continue;
    }
    const colon = text.lastIndexOf(':');
    if (colon < 0) parts.hosts.push({ text, host: text, written });
    else if (colon === text.length - 1) parts.hosts.push({ text, host: text.slice(0, colon), written });
    else parts.hosts.push({ text, host: text.slice(0, colon), portText: text.slice(colon + 1), written });
  }
  return parts;
}

/**
 * Why ZooKeeper's `PathUtils.validatePath` (3.8) refuses a chroot, or `undefined` when it
 * accepts it. Spaces and commas are accepted.
 *
 * @example
 * ```ts
 * chrootError('/kafka/'); // 'Path must not end with / character'
 * chrootError('/kafka'); // undefined
 * ```
 */
export function chrootError(path: string): string | undefined {
  if (path === '/') return undefined;
  if (path.endsWith('/')) return 'Path must not end with / character';
  for (let i = 1; i < path.length; i++) {
    const c = path.charCodeAt(i);
    const prev = path[i - 1];
    const nextEnds = i + 1 === path.length || path[i + 1] === '/';
    let reason: string | undefined;
    if (c === 0) reason = `null character not allowed @${i}`;
    else if (path[i] === '/' && prev === '/') reason = `empty node name specified @${i}`;
    else if (path[i] === '.' && prev === '.' && path[i - 2] === '/' && nextEnds) reason = `relative paths not allowed @${i}`;
    else if (path[i] === '.' && prev === '/' && nextEnds) reason = `relative paths not allowed @${i}`;
    else if ((c > 0 && c <= 0x1f) || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xf8ff) || c >= 0xfff0) {
      reason = `invalid character @${i}`;
    }
    if (reason) return `Invalid path string "${path}" caused by ${reason}`;
  }
  return undefined;
}

/**
 * Why ZooKeeper cannot read a host element's port, or `undefined`. `Integer.parseInt` does not
 * trim, and `InetSocketAddress` refuses ports outside 0 to 65535.
 *
 * @example
 * ```ts
 * portError(' 2181'); // 'NumberFormatException: For input string: " 2181"'
 * ```
 */
export function portError(portText: string): string | undefined {
  const port = parseJavaInt(portText);
  if (port === undefined) return `NumberFormatException: For input string: "${portText}"`;
  if (port < 0 || port > 65535) return `port out of range:${port}`;
  return undefined;
}

/**
 * Parses `zookeeper.connect` with ZooKeeper's ConnectStringParser semantics. A chroot of `/`
 * means none. The first problem ZooKeeper would throw on (a bad port, a bad chroot, no host)
 * becomes `error`; the value is then unset.
 *
 * @example
 * ```ts
 * parseZookeeperConnect({ key: 'zookeeper.connect', value: 'zk1:2181,zk2/kafka', syntax: 'object' }).value;
 * // { hosts: [{ host: 'zk1', port: 2181, portText: '2181' }, { host: 'zk2', port: 2181 }], chroot: '/kafka' }
 * ```
 */
export function parseZookeeperConnect(entry: ConfigEntry): Parsed<ZookeeperConnect> {
  const parts = splitZookeeperConnect(entry.value);
  if (parts.chroot !== undefined) {
    const error = chrootError(parts.chroot);
    if (error) return { entry, error };
  }
  const hosts: ConnectHost[] = [];
  for (const part of parts.hosts) {
    if (part.text.startsWith('[') && !part.text.includes(']')) {
      return { entry, error: `${part.text} starts with '[' but has no matching ']'` };
    }
    const host: ConnectHost = { host: part.host, port: DEFAULT_ZOOKEEPER_PORT };
    if (part.portText !== undefined) {
      const error = portError(part.portText);
      if (error) return { entry, error };
      host.port = Number(part.portText);
      host.portText = part.portText;
    }
    hosts.push(host);
  }
  if (hosts.length === 0) return { entry, error: 'A HostProvider may not be empty!' };
  const value: ZookeeperConnect = { hosts };
  if (parts.chroot !== undefined && parts.chroot !== '/') value.chroot = parts.chroot;
  return { entry, value };
}

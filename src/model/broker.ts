import { parseProperties, lastEntries, type TextEncoding } from '../parse/properties.js';
import type { ConfigEntry } from '../parse/entry.js';
import type { BrokerConfig, Listener, Parsed, ZooKeeperConfig } from './types.js';
import type { PropertiesDocument } from '../parse/properties.js';
import { coerceValues, javaTrim, parseJavaInt } from './coerce.js';
import { isTemplated, knownNumber, readSetting, type SettingValue } from './settings.js';
export { isConfigFragment } from './settings.js';
import { parseListeners, parseSecurityProtocolMap, splitList } from './listeners.js';
import { parseZookeeperConnect } from './zookeeper-connect.js';
import { parseQuorumVoters } from './kraft.js';
import type { KafkaVersion } from '../core/version.js';

/** Options for building a broker config. */
export interface BrokerConfigOptions {
  /** The file name findings will carry. */
  file?: string;
  /** The parsed document the entries come from. */
  properties?: PropertiesDocument;
  /** The host the node runs on, when known. */
  host?: string;
}

/** A value that is wholly a deployment script's placeholder: `%ID%`, `<id>`, `@ID@`, also in lower case and with dots or dashes. */
const PLACEHOLDER = /^\s*(?:%[\w.-]+%|<[\w.-]+>|@[\w.-]+@)\s*$/;

/**
 * Whether a value is wholly a placeholder a deployment script replaces (`%ID%`, `<id>`, `@ID@`,
 * also in lower case and with dots or dashes, which template spans do not all cover): like a
 * template, what Kafka will read is not known yet.
 *
 * @example
 * ```ts
 * isPlaceholder('%ID%'); // true
 * isPlaceholder('@broker.id@'); // true
 * isPlaceholder('1'); // false
 * ```
 */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value);
}

/** A UTF-8 byte-order mark as decoded (U+FEFF) or as Java reads its bytes in ISO-8859-1. */
const BYTE_ORDER_MARK = /^(?:\uFEFF|\u00EF\u00BB\u00BF)/;

/**
 * A key without the byte-order mark a file may start with. Java reads the mark as part of the
 * first key; properties/encoding reports that, so key rules judge the key the user wrote.
 *
 * @example
 * ```ts
 * withoutByteOrderMark('\uFEFFclientPort'); // 'clientPort'
 * ```
 */
export function withoutByteOrderMark(key: string): string {
  return key.replace(BYTE_ORDER_MARK, '');
}

/** Where a finding about a node points: an entry, or the top of its file when no key is set. */
export type Anchor = { entry: ConfigEntry; part?: 'key' | 'value' | 'entry' } | { file?: string; span?: { line: number; column: number; endLine: number; endColumn: number } };

/**
 * Where to report a finding about a broker or a zoo.cfg: the first of `keys` it sets, else the
 * place its deployment declares it (a compose service's name, a Strimzi resource), else line 1
 * of its file (a finding about a missing key or a default); the file alone when its entries have
 * no positions, and nothing for a plain object.
 *
 * @example
 * ```ts
 * anchorOf(broker, 'node.id', 'broker.id'); // { entry: <the node.id line> }
 * anchorOf(zk, 'dataDir'); // { file: 'zoo.cfg', span: <line 1> } when dataDir is not set
 * ```
 */
export function anchorOf(config: BrokerConfig | ZooKeeperConfig, ...keys: string[]): Anchor {
  for (const key of keys) {
    const entry = config.settings.get(key);
    if (entry) return { entry };
  }
  if (config.anchor) return { file: config.anchor.file, span: config.anchor.span };
  if (config.entries.some((e) => e.keySpan !== undefined)) return { file: config.file, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
  return config.entries.some((e) => e.file !== undefined) ? { file: config.file } : {};
}

/** A setting as a node runs with it: the value written, or the version's default when unset. */
export interface EffectiveSetting {
  /** The typed value; `null` when the key is unset and has a null default. */
  value: SettingValue | null;
  /** The entry that sets it; absent when the default applies. */
  entry?: ConfigEntry;
}

/**
 * The value a node runs with for `key` under Kafka `version` (see {@link readSetting}), or
 * `undefined` when it is not known: invalid, templated, or unset without a default.
 *
 * @example
 * ```ts
 * effectiveSetting(parseServerProperties('num.partitions=6\n'), 'default.replication.factor', '4.3'); // { value: 1 }
 * ```
 */
export function effectiveSetting(broker: BrokerConfig, key: string, version: KafkaVersion): EffectiveSetting | undefined {
  const read = readSetting(broker, key, version);
  if (read.state === 'set') return { value: read.value, entry: read.entry };
  return read.state === 'default' ? { value: read.value } : undefined;
}

/**
 * {@link effectiveSetting} narrowed to a number; `undefined` when unset with a null default,
 * unreadable, or not a number.
 *
 * @example
 * ```ts
 * effectiveNumber(broker, 'offsets.topic.replication.factor', '3.9')?.value; // 3 unless set
 * ```
 */
export function effectiveNumber(broker: BrokerConfig, key: string, version: KafkaVersion): { value: number; entry?: ConfigEntry } | undefined {
  return knownNumber(readSetting(broker, key, version));
}

/**
 * Splits the brokers of a file set into the clusters they form: ZooKeeper-mode brokers that share
 * no ZooKeeper host talk to different ensembles, and KRaft nodes whose controller quorums share
 * no voter address elect different controllers, so each is a different cluster; a KRaft node
 * that is not migrating from ZooKeeper never joins a ZooKeeper-mode cluster. Nodes that show
 * neither (fragments) join the one cluster there is, else form their own.
 *
 * @example
 * ```ts
 * brokerClusters([a, b, c]); // [[a, b], [c]] when c names other ZooKeeper hosts
 * ```
 */
export function brokerClusters(brokers: readonly BrokerConfig[]): BrokerConfig[][] {
  const zookeeper = groupByAddresses(brokers, (b) => b.zookeeperConnect?.value?.hosts.map((h) => `${h.host.trim().toLowerCase()}:${h.port}`));
  const kraft = groupByAddresses(zookeeper.rest, (b) => (b.mode === 'kraft' ? b.quorumVoters?.value?.map((v) => `${v.host.toLowerCase()}:${v.port}`) : undefined));
  const clusters = [...zookeeper.groups, ...kraft.groups];
  const rest = kraft.rest;
  if (rest.length > 0) {
    if (clusters.length === 1) clusters[0]?.push(...rest);
    else clusters.push(rest);
  }
  const order = new Map(brokers.map((b, i) => [b, i]));
  return clusters.map((c) => c.sort((x, y) => (order.get(x) as number) - (order.get(y) as number)));
}

/**
 * Groups nodes whose address lists share an address (transitively); nodes with no list are the
 * rest. Union-find over the nodes, so thousands of brokers on one ensemble group in linear time.
 * Groups come in the order of their last member, members in node order.
 */
function groupByAddresses(nodes: readonly BrokerConfig[], addressesOf: (b: BrokerConfig) => string[] | undefined): { groups: BrokerConfig[][]; rest: BrokerConfig[] } {
  const parent: number[] = [];
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const firstWith = new Map<string, number>();
  const grouped: number[] = [];
  const rest: BrokerConfig[] = [];
  nodes.forEach((b, i) => {
    parent[i] = i;
    const addresses = addressesOf(b);
    if (addresses === undefined || addresses.length === 0) {
      rest.push(b);
      return;
    }
    grouped.push(i);
    for (const a of addresses) {
      const other = firstWith.get(a);
      if (other === undefined) firstWith.set(a, i);
      else parent[root(other)] = root(i);
    }
  });
  const byRoot = new Map<number, { members: BrokerConfig[]; last: number }>();
  for (const i of grouped) {
    const r = root(i);
    const group = byRoot.get(r);
    if (group) {
      group.members.push(nodes[i] as BrokerConfig);
      group.last = i;
    } else byRoot.set(r, { members: [nodes[i] as BrokerConfig], last: i });
  }
  return { groups: [...byRoot.values()].sort((x, y) => x.last - y.last).map((g) => g.members), rest };
}

/** Hosts that say nothing about which machine a node runs on. */
const NON_IDENTIFYING_HOSTS = new Set(['', '0.0.0.0', '::', 'localhost', '127.0.0.1', '::1']);

/** Reads an id key as an int the way ConfigDef does (trimmed, `Integer.parseInt`), or undefined. */
function idOf(entry: ConfigEntry | undefined): number | undefined {
  return entry === undefined ? undefined : parseJavaInt(javaTrim(entry.value));
}

/**
 * The host a node's clients reach it by, from its advertised listeners (or its listeners when
 * none are advertised): the inter-broker listener's host first, then any other, skipping
 * wildcard and loopback hosts and templates.
 */
function hostFromListeners(config: BrokerConfig): string | undefined {
  const effective = config.advertisedListeners ?? config.listeners;
  const listeners = effective?.value;
  if (!listeners || !effective) return undefined;
  const interBroker = config.settings.get('inter.broker.listener.name')?.value.trim().toUpperCase();
  const usable = (l: Listener) => !NON_IDENTIFYING_HOSTS.has(l.host.toLowerCase());
  return (listeners.find((l) => l.name === interBroker && usable(l)) ?? listeners.find(usable))?.host;
}

/** A structured value parsed, or marked templated when a template fills it in (so nothing judges it). */
function unlessTemplated<T>(entry: ConfigEntry, parse: (entry: ConfigEntry) => Parsed<T>): Parsed<T> {
  return isTemplated(entry) ? { entry, templated: true } : parse(entry);
}

/** Parses a list-valued key into its trimmed, non-empty elements. */
function parseList(entry: ConfigEntry): Parsed<string[]> {
  return { entry, value: splitList(entry.value) };
}

/**
 * Builds the typed broker model from entries, wherever they were written.
 * Structured views (listeners, zookeeper.connect, ...) keep bad values with their position.
 *
 * @example
 * ```ts
 * const broker = buildBrokerConfig([{ key: 'node.id', value: '1', syntax: 'object' }]);
 * broker.nodeId; // 1
 * ```
 */
export function buildBrokerConfig(entries: ConfigEntry[], options: BrokerConfigOptions = {}): BrokerConfig {
  const settings = lastEntries(entries);
  const config: BrokerConfig = {
    kind: 'broker',
    file: options.file ?? '<object>',
    entries,
    settings,
    values: coerceValues('broker', settings),
    roles: [],
    mode: 'unknown',
  };
  if (options.properties) config.properties = options.properties;

  // An empty process.roles is ZooKeeper mode in 3.9 (its default), so only a listed role means KRaft.
  const roles = splitList(settings.get('process.roles')?.value ?? '');
  if (roles.length > 0) {
    config.mode = 'kraft';
    for (const role of roles) {
      if ((role === 'broker' || role === 'controller') && !config.roles.includes(role)) config.roles.push(role);
    }
  } else if (settings.has('zookeeper.connect')) {
    config.mode = 'zookeeper';
  }
  const nodeId = idOf(settings.get('node.id')) ?? idOf(settings.get('broker.id'));
  if (nodeId !== undefined) config.nodeId = nodeId;

  const listeners = settings.get('listeners');
  if (listeners) config.listeners = unlessTemplated(listeners, parseListeners);
  const advertised = settings.get('advertised.listeners');
  if (advertised) config.advertisedListeners = unlessTemplated(advertised, parseListeners);
  const protocolMap = settings.get('listener.security.protocol.map');
  if (protocolMap) config.securityProtocolMap = unlessTemplated(protocolMap, parseSecurityProtocolMap);
  const zookeeperConnect = settings.get('zookeeper.connect');
  if (zookeeperConnect) config.zookeeperConnect = unlessTemplated(zookeeperConnect, parseZookeeperConnect);
  const logDirs = settings.get('log.dirs') ?? settings.get('log.dir');
  if (logDirs) config.logDirs = unlessTemplated(logDirs, parseList);
  const voters = settings.get('controller.quorum.voters');
  if (voters) config.quorumVoters = unlessTemplated(voters, parseQuorumVoters);

  const host = options.host ?? hostFromListeners(config);
  if (host !== undefined) config.host = host;
  return config;
}

/**
 * Reads a server.properties (or broker/controller .properties) text into the typed model.
 *
 * @example
 * ```ts
 * const broker = parseServerProperties('broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181/kafka\n',
 *   { file: 'server.properties' });
 * broker.zookeeperConnect?.value?.chroot; // '/kafka'
 * ```
 */
export function parseServerProperties(text: string, options: { file?: string; host?: string; encoding?: TextEncoding } = {}): BrokerConfig {
  const properties = parseProperties(text, options);
  return buildBrokerConfig(properties.entries, { ...options, file: properties.file, properties });
}

/**
 * Whether a node serves clients as a broker: ZooKeeper mode, or KRaft with the broker role.
 *
 * @example
 * ```ts
 * isBrokerRole(parseServerProperties('process.roles=controller\n')); // false
 * ```
 */
export function isBrokerRole(broker: BrokerConfig): boolean {
  return broker.mode !== 'kraft' || broker.roles.includes('broker');
}


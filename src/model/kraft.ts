import { isTemplated } from './settings.js';
import type { ConfigEntry } from '../parse/entry.js';
import type { BrokerConfig, Parsed, QuorumBootstrapServer, QuorumVoter } from './types.js';
import { javaSplit, javaTrim, parseConfigDefList, parseJavaInt } from './coerce.js';

/** `Utils.HOST_PORT_PATTERN` (clients, identical in 3.9 to 4.3), applied with `matches()`. */
const HOST_PORT = /^(?:[0-9a-zA-Z\-%._]*:\/\/)?\[?([0-9a-zA-Z\-%._:]*)\]?:([0-9]+)$/;

/**
 * The host and port of an address as `Utils.getHost`/`getPort` and `InetSocketAddress` read it,
 * or the error Kafka throws: `overflow` is the port text when it does not fit an int (Java then
 * throws NumberFormatException) and `range` when it is outside 0..65535.
 */
function hostPort(address: string): { host: string; port: number } | 'host' | { overflow: string } | { range: number } {
  const m = HOST_PORT.exec(address);
  if (!m) return 'host';
  const portText = m[2] as string;
  const port = parseJavaInt(portText);
  if (port === undefined) return { overflow: portText };
  if (port > 65535) return { range: port };
  return { host: m[1] as string, port };
}

const VOTERS = 'controller.quorum.voters';
const BOOTSTRAP = 'controller.quorum.bootstrap.servers';

/**
 * Parses `controller.quorum.voters` (`id@host:port,...`) exactly as Kafka's
 * `QuorumConfig.ControllerQuorumVotersValidator` does (same code and messages in 3.9 to 4.3):
 * the first entry Kafka refuses sets `error` to Kafka's message, and no value is given.
 * Voters are kept in written order, repeated ids included (Kafka keeps the last of each id,
 * see {@link effectiveVoters}). A `0.0.0.0` host passes here: Kafka refuses it only when it
 * connects (see the `kraft/voter-address` rule).
 *
 * @example
 * ```ts
 * parseQuorumVoters({ key: 'controller.quorum.voters', value: '1@kafka1:9093,2@[::1]:9093', syntax: 'object' }).value;
 * // [{ id: 1, host: 'kafka1', port: 9093, text: '1@kafka1:9093' }, { id: 2, host: '::1', port: 9093, text: '2@[::1]:9093' }]
 * parseQuorumVoters({ key: 'controller.quorum.voters', value: 'kafka1:9093', syntax: 'object' }).error;
 * // 'Invalid configuration value for controller.quorum.voters. Each entry should be in the form `{id}@{host}:{port}`.'
 * ```
 */
export function parseQuorumVoters(entry: ConfigEntry): Parsed<QuorumVoter[]> {
  const voters: QuorumVoter[] = [];
  const form = 'Each entry should be in the form `{id}@{host}:{port}`.';
  for (const text of parseConfigDefList(entry.value)) {
    const parts = javaSplit(text, '@');
    if (parts.length !== 2) return { entry, error: `Invalid configuration value for ${VOTERS}. ${form}` };
    const [idText, address] = parts as [string, string];
    const id = parseJavaInt(idText);
    if (id === undefined) return { entry, error: `Failed to parse voter ID as an integer from ${idText}` };
    const parsed = hostPort(address);
    if (parsed === 'host') return { entry, error: `Failed to parse host name from entry ${text} for the configuration ${VOTERS}. ${form}` };
    if ('range' in parsed) return { entry, error: `port out of range:${parsed.range}` };
    if ('overflow' in parsed) return { entry, error: `For input string: "${parsed.overflow}"` };
    voters.push({ id, host: parsed.host, port: parsed.port, text });
  }
  return { entry, value: voters };
}

/**
 * Parses `controller.quorum.bootstrap.servers` (`host:port,...`) exactly as Kafka's
 * `QuorumConfig.ControllerQuorumBootstrapServersValidator` does (3.9 to 4.3): the first entry
 * Kafka refuses sets `error` to Kafka's message.
 *
 * @example
 * ```ts
 * parseQuorumBootstrapServers({ key: 'controller.quorum.bootstrap.servers', value: 'c1:9093, c2:9093', syntax: 'object' }).value;
 * // [{ host: 'c1', port: 9093, text: 'c1:9093' }, { host: 'c2', port: 9093, text: 'c2:9093' }]
 * ```
 */
export function parseQuorumBootstrapServers(entry: ConfigEntry): Parsed<QuorumBootstrapServer[]> {
  const servers: QuorumBootstrapServer[] = [];
  const form = 'Each entry should be in the form "{host}:{port}"';
  for (const text of parseConfigDefList(entry.value)) {
    const parsed = hostPort(text);
    if (parsed === 'host') return { entry, error: `Failed to parse host name from ${text} for the configuration ${BOOTSTRAP}. ${form}` };
    if ('range' in parsed) return { entry, error: `port out of range:${parsed.range}` };
    if ('overflow' in parsed) return { entry, error: `For input string: "${parsed.overflow}"` };
    servers.push({ host: parsed.host, port: parsed.port, text });
  }
  return { entry, value: servers };
}

/**
 * A node's `controller.quorum.bootstrap.servers`, parsed, when it sets the key.
 *
 * @example
 * ```ts
 * quorumBootstrapServersOf(parseServerProperties('controller.quorum.bootstrap.servers=c1:9093\n'))?.value?.[0]?.host; // 'c1'
 * ```
 */
export function quorumBootstrapServersOf(broker: BrokerConfig): Parsed<QuorumBootstrapServer[]> | undefined {
  const entry = broker.settings.get(BOOTSTRAP);
  if (!entry) return undefined;
  return isTemplated(entry) ? { entry, templated: true } : parseQuorumBootstrapServers(entry);
}

/**
 * The voters Kafka ends up with: one per id, the last written entry winning (QuorumConfig fills
 * a HashMap), in the order the ids first appear.
 *
 * @example
 * ```ts
 * effectiveVoters([{ id: 1, host: 'a', port: 9093, text: '1@a:9093' }, { id: 1, host: 'b', port: 9093, text: '1@b:9093' }]);
 * // Map { 1 => { id: 1, host: 'b', port: 9093, text: '1@b:9093' } }
 * ```
 */
export function effectiveVoters(voters: readonly QuorumVoter[]): Map<number, QuorumVoter> {
  const byId = new Map<number, QuorumVoter>();
  for (const voter of voters) byId.set(voter.id, voter);
  return byId;
}

/**
 * The voter set of a node as one comparable string (`1@host:port,...`, ids sorted, hosts
 * lower-cased since DNS names are case-insensitive), or undefined when the node sets no
 * parsable non-empty voter list.
 *
 * @example
 * ```ts
 * voterSetKey(parseServerProperties('controller.quorum.voters=2@B:9093,1@a:9093\n')); // '1@a:9093,2@b:9093'
 * ```
 */
export function voterSetKey(broker: BrokerConfig): string | undefined {
  const voters = broker.quorumVoters?.value;
  if (!voters || voters.length === 0) return undefined;
  return [...effectiveVoters(voters).values()]
    .sort((a, b) => a.id - b.id)
    .map((v) => `${v.id}@${formatHostPort(v.host.toLowerCase(), v.port)}`)
    .join(',');
}

/**
 * `host:port`, with an IPv6 host in brackets (Kafka's `Utils.formatAddress`).
 *
 * @example
 * ```ts
 * formatHostPort('::1', 9093); // '[::1]:9093'
 * ```
 */
export function formatHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/**
 * Whether a boolean key is set to true as ConfigDef reads BOOLEAN (trimmed, any case).
 *
 * @example
 * ```ts
 * isSetTrue(parseServerProperties('zookeeper.metadata.migration.enable = TRUE\n'), 'zookeeper.metadata.migration.enable'); // true
 * ```
 */
export function isSetTrue(broker: BrokerConfig, key: string): boolean {
  const value = broker.settings.get(key)?.value;
  return value !== undefined && javaTrim(value).toLowerCase() === 'true';
}

/** The nodes of a cluster that run the KRaft controller role (controller-only or combined). */
function controllersOf(cluster: { brokers: BrokerConfig[] }): BrokerConfig[] {
  return cluster.brokers.filter((b) => b.roles.includes('controller'));
}

/** A node's voter list as Kafka reads it: set, parsable, not templated, not empty. */
export interface VoterListing {
  node: BrokerConfig;
  entry: ConfigEntry;
  /** The effective voters by id (last entry of an id wins). */
  voters: Map<number, QuorumVoter>;
  /** The voter set as a comparable string (see {@link voterSetKey}). */
  key: string;
}

/**
 * The voter lists of a cluster's nodes that Kafka can read, in node order. Templated values
 * (`{{ voters }}`) and lists Kafka refuses are left out: what they hold is unknown.
 *
 * @example
 * ```ts
 * voterListings(cluster).map((l) => l.voters.size); // [3, 3, 3]
 * ```
 */
export function voterListings(cluster: { brokers: BrokerConfig[] }): VoterListing[] {
  const listings: VoterListing[] = [];
  for (const node of cluster.brokers) {
    const parsed = node.quorumVoters;
    const key = voterSetKey(node);
    if (!parsed?.value || key === undefined) continue;
    listings.push({ node, entry: parsed.entry, voters: effectiveVoters(parsed.value), key });
  }
  return listings;
}

/**
 * The first listing of each distinct voter set of a cluster: one quorum to judge however many
 * nodes repeat it (kraft/voters-drift compares the copies).
 *
 * @example
 * ```ts
 * distinctVoterListings(cluster).length; // 1 when every node lists the same voters
 * ```
 */
export function distinctVoterListings(cluster: { brokers: BrokerConfig[] }): VoterListing[] {
  const seen = new Set<string>();
  return voterListings(cluster).filter((l) => !seen.has(l.key) && seen.add(l.key));
}

/**
 * The controllers of a cluster that lists no static voters (a dynamic quorum, found through
 * `controller.quorum.bootstrap.servers`), when the files seem to hold all of them: at least as
 * many controller nodes as distinct bootstrap servers. Undefined otherwise, so that linting one
 * file of a larger cluster never counts a quorum of one.
 *
 * @example
 * ```ts
 * dynamicQuorumControllers(cluster)?.length; // 3
 * ```
 */
export function dynamicQuorumControllers(cluster: { brokers: BrokerConfig[] }): BrokerConfig[] | undefined {
  if (voterListings(cluster).length > 0) return undefined;
  const servers = new Set<string>();
  for (const node of cluster.brokers) {
    const parsed = quorumBootstrapServersOf(node);
    if (!parsed?.value) continue;
    for (const s of parsed.value) servers.add(formatHostPort(s.host.toLowerCase(), s.port));
  }
  const controllers = controllersOf(cluster);
  return servers.size > 0 && controllers.length >= servers.size ? controllers : undefined;
}

/**
 * How many voters a Raft quorum of `n` needs to elect a leader and commit, and how many may
 * fail while it still can.
 *
 * @example
 * ```ts
 * quorumMath(4); // { majority: 3, tolerated: 1 }
 * ```
 */
export function quorumMath(n: number): { majority: number; tolerated: number } {
  const majority = Math.floor(n / 2) + 1;
  return { majority, tolerated: n - majority };
}

/**
 * The files of some nodes, comma-separated, for messages; nodes that share a file (the services
 * of one docker-compose file) are told apart by their host.
 *
 * @example
 * ```ts
 * fileList([broker1, broker2]); // 'kafka1/server.properties, kafka2/server.properties'
 * fileList(composeNodes); // 'docker-compose.yml (kafka-1), docker-compose.yml (kafka-2)'
 * ```
 */
export function fileList(nodes: readonly BrokerConfig[]): string {
  const shared = (file: string) => nodes.filter((n) => n.file === file).length > 1;
  const names = nodes.map((n) => (shared(n.file) && n.host !== undefined ? `${n.file} (${n.host})` : n.file));
  return [...new Set(names)].join(', ');
}

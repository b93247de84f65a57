/**
 * The zoo.cfg model, read as ZooKeeper 3.8's QuorumPeerConfig and QuorumServer read it
 * (release-3.8.0: QuorumPeerConfig.parseProperties, QuorumPeer.QuorumServer,
 * ConfigUtils.getHostAndPort, QuorumHierarchical.parse). Lines ZooKeeper refuses or misreads
 * keep an `error`; nothing here throws or judges beyond what ZooKeeper itself would trip on.
 */
import { parseProperties, lastEntries, type TextEncoding } from '../parse/properties.js';
import type { ConfigEntry } from '../parse/entry.js';
import type {
  Cluster,
  JvmOptions,
  MyidFile,
  TypedValue,
  ZkGroup,
  ZkServer,
  ZkServerAddress,
  ZkWeight,
  ZooKeeperConfig,
  ZooKeeperEffectiveSettings,
} from './types.js';
import type { PropertiesDocument } from '../parse/properties.js';
import { coerceValues, javaSplit, parseJavaInt, parseJavaLong } from './coerce.js';
import { hasTemplate } from '../parse/template.js';
import { isTemplated } from './settings.js';
import { zookeeperKey } from '../catalog/index.js';

/** Options for building a ZooKeeper config. */
export interface ZooKeeperConfigOptions {
  /** The file name findings will carry. */
  file?: string;
  /** The parsed document the entries come from. */
  properties?: PropertiesDocument;
  /** The host the server runs on, when known. */
  host?: string;
  /** The server's myid file, when known. */
  myid?: MyidFile;
  /** JVM options of the server: `-Dzookeeper.*` flags feed the effective settings. */
  jvm?: JvmOptions;
}

/** A default from the ZooKeeper catalog, as a number (tickTime, maxClientCnxns, ...). */
function numericDefault(key: string): number {
  return Number(zookeeperKey(key)?.default);
}

/** `ConfigUtils.getHostAndPort`: `[ipv6]:a:b` or `host:a:b`, split on `:`. */
function hostAndPort(text: string): { parts: string[] } | { error: string } {
  if (!text.startsWith('[')) return { parts: javaSplit(text, ':') };
  const close = text.indexOf(']');
  if (close < 0) return { error: `'${text}' starts with '[' but has no matching ']', so ZooKeeper refuses the file; write [address]:2888:3888` };
  if (close + 2 === text.length) return { error: `'${text}' has no port after the colon, so ZooKeeper refuses the file; write [address]:2888:3888` };
  if (close + 2 < text.length) return { parts: [text.slice(1, close), ...javaSplit(text.slice(close + 2), ':')] };
  return { parts: [text.replace(/[[\]]/g, '')] };
}

/** An IPv6 host (two or more colons) followed by ports, written without brackets. */
const UNBRACKETED_IPV6 = /^([0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}(?:\.\d+){0,3}):\d+:\d+(?::\w+)?$/;

const hasBlank = (text: string): boolean => /\s/.test(text);

const WRITE_AS = 'write server.N=host:quorumPort:electionPort, optionally followed by :observer and ;clientPort';

/** Why a port text fails (`Integer.parseInt`, then InetSocketAddress's 0-65535), or its value. */
function readPort(text: string, what: string, host: string): { port: number } | { error: string } {
  const n = parseJavaInt(text);
  if (n === undefined) {
    if (parseJavaInt(text.trim()) !== undefined) {
      return { error: `the ${what} '${text}' has a blank around it, which ZooKeeper does not trim in server lines: it refuses the file with "Address unresolved: ${host}:${text}"; delete the blank` };
    }
    return { error: `the ${what} '${text}' is not a number, so ZooKeeper refuses the file ("Address unresolved: ${host}:${text}"); ${WRITE_AS}` };
  }
  if (n < 0 || n > 65535) return { error: `the ${what} ${n} is outside 0-65535, so ZooKeeper refuses the file ("port out of range:${n}"); use a real port (usually quorum 2888, election 3888, client 2181)` };
  return { port: n };
}

/** Reads the client part of a server line (after its `;`): `port` or `address:port`. */
function readClientPart(client: string): { port: number; address?: string } | { error: string } {
  const split = hostAndPort(client);
  if ('error' in split) return split;
  // Java's split of ':' or '::' is empty, and QuorumServer then indexes past its end.
  if (split.parts.length === 0) return { error: `the client part '${client}' has no port, so ZooKeeper refuses the file (it stops with an ArrayIndexOutOfBoundsException); write ;2181 or ;0.0.0.0:2181` };
  if (split.parts.length > 2) return { error: `the client part '${client}' is not port or address:port, so ZooKeeper refuses the file; write ;2181 or ;0.0.0.0:2181` };
  const port = readPort(split.parts[split.parts.length - 1] as string, 'client port', 'null');
  if ('error' in port) return port;
  return split.parts.length === 2 ? { port: port.port, address: split.parts[0] as string } : { port: port.port };
}

/** Reads one `host:quorum:election[:role]` address as QuorumServer does. */
function readAddress(text: string, value: string): { address: ZkServerAddress; role?: ZkServer['role'] } | { error: string; host?: string } {
  const split = hostAndPort(text);
  if ('error' in split) return split;
  const parts = split.parts;
  const host = parts[0] ?? '';
  const ipv6 = UNBRACKETED_IPV6.exec(text);
  if (ipv6) {
    return { error: `the IPv6 address ${ipv6[1]} is not in brackets; ZooKeeper splits on every ':' and refuses the file. Write [${ipv6[1]}]${text.slice((ipv6[1] as string).length)}` };
  }
  if (parts.length < 3 || parts.length > 4) {
    if (parts.length === 2) return { error: `'${value}' gives only one port; ZooKeeper needs a quorum port and an election port and refuses the file; ${WRITE_AS}` };
    return { error: `'${value}' is not host:quorumPort:electionPort, so ZooKeeper refuses the file; ${WRITE_AS}` };
  }
  const quorum = readPort(parts[1] as string, 'quorum port', host);
  if ('error' in quorum) return { error: quorum.error, host };
  const election = readPort(parts[2] as string, 'election port', host);
  if ('error' in election) return { error: election.error, host };
  if (quorum.port === election.port) {
    return { error: `the quorum and election ports are both ${quorum.port}; ZooKeeper refuses the file ("Client and election port must be different!"). Use two ports, e.g. 2888:3888`, host };
  }
  const address: ZkServerAddress = { host, quorumPort: quorum.port, electionPort: election.port };
  if (parts.length === 4) {
    const field = parts[3] as string;
    const role = field.trim().toLowerCase();
    if (role === 'observer' || role === 'participant') return { address, role };
    if (parseJavaInt(field.trim()) !== undefined) {
      return { error: `the fourth ':' field '${field}' is read as the role, not as a client port, so ZooKeeper refuses the file ("Unrecognised peertype: ${field}"). Put the client port after a ';': ${text.slice(0, text.length - field.length - 1)};${field.trim()}`, host };
    }
    return { error: `the role '${field}' is neither participant nor observer, so ZooKeeper refuses the file ("Unrecognised peertype: ${field}"); append :observer for an observer, nothing for a voting server`, host };
  }
  return { address };
}

/**
 * Reads one `server.N` entry as ZooKeeper 3.8's QuorumServer does: the value is not trimmed,
 * `;` splits off the client part, `|` separates addresses, `:` separates host, ports and role.
 *
 * @example
 * ```ts
 * const s = parseServerEntry({ key: 'server.01', value: 'zk1:2888:3888;2181', syntax: 'object' });
 * [s.id, s.host, s.clientPort]; // [1, 'zk1', 2181]
 * ```
 */
export function parseServerEntry(entry: ConfigEntry): ZkServer {
  if (isTemplated(entry)) {
    const templated: ZkServer = { idText: entry.key.slice('server.'.length), host: '', role: 'participant', entry, templated: true };
    // A line whose value alone a template fills is still one server of the list, with its id.
    const id = entry.conditional || hasTemplate(entry.key) ? undefined : parseJavaLong(templated.idText);
    if (id !== undefined) templated.id = id;
    return templated;
  }
  const server = readServerEntry(entry);
  // `# ...` after a value is part of it in a .properties file; say so rather than what it broke.
  const comment = entry.value.search(/\s#/);
  if (server.error && comment >= 0) {
    server.error = `it ends with the inline comment '${entry.value.slice(comment).trim()}', which a .properties file reads as part of the value (comments only start a line), so ZooKeeper refuses the file; move the comment to a line of its own`;
  }
  return server;
}

/** QuorumServer's reading of one server line: the first thing it trips on, or the parsed line. */
function readServerEntry(entry: ConfigEntry): ZkServer {
  const idText = entry.key.slice(entry.key.indexOf('.') + 1);
  const server: ZkServer = { idText, host: '', role: 'participant', entry };
  const id = parseJavaLong(idText);
  if (id === undefined) {
    server.error = `'${idText}' after 'server.' is not a number, so ZooKeeper refuses the file; server ids are integers (server.1, server.2, ...)`;
    return server;
  }
  server.id = id;
  const value = entry.value;
  const serverAndClient = javaSplit(value, ';');
  if (serverAndClient.length === 0) {
    server.error = `'${value}' has no address, so ZooKeeper refuses the file; ${WRITE_AS}`;
    return server;
  }
  // QuorumServer reads the client part first, and only when there is exactly one ';'.
  const client = serverAndClient.length === 2 ? readClientPart(serverAndClient[1] as string) : undefined;
  const addresses = javaSplit(serverAndClient[0] as string, '|');
  if (addresses.length === 0) {
    // Java's split of '|' or '||' is empty: QuorumServer reads no address, checks no format, and still counts the server.
    if (client !== undefined && 'error' in client) server.error = client.error;
    else server.noAddress = true;
    return server;
  }
  if (serverAndClient.length > 2) {
    server.error = `'${value}' has more than one ;, so ZooKeeper refuses the file; ${WRITE_AS}`;
    return server;
  }
  const read = addresses.map((a) => readAddress(a, value));
  const failed = read.find((r): r is { error: string; host?: string } => 'error' in r);
  if (failed) {
    if (failed.host !== undefined) server.host = failed.host;
    server.error = failed.error;
    return server;
  }
  const ok = read as { address: ZkServerAddress; role?: ZkServer['role'] }[];
  const first = ok[0]?.address as ZkServerAddress;
  server.host = first.host;
  if (first.quorumPort !== undefined) server.quorumPort = first.quorumPort;
  if (first.electionPort !== undefined) server.electionPort = first.electionPort;
  if (ok.length > 1) server.otherAddresses = ok.slice(1).map((r) => r.address);
  const roles = new Set(ok.map((r) => r.role).filter((r) => r !== undefined));
  if (roles.size > 1) {
    server.error = `its addresses give different roles, so ZooKeeper refuses the file ("Multiple addresses should have similar roles"); give every address the same role`;
    return server;
  }
  const role = [...roles][0];
  if (role) server.role = role;
  if (client !== undefined) {
    if ('error' in client) {
      server.error = client.error;
      return server;
    }
    server.clientPort = client.port;
    if (client.address !== undefined) server.clientPortAddress = client.address;
  }
  const blankHost = [first, ...(server.otherAddresses ?? [])].find((a) => hasBlank(a.host));
  if (blankHost) {
    server.error = `the host '${blankHost.host}' contains a blank, which ZooKeeper does not trim in server lines: it accepts the file but the name never resolves, so this server cannot be reached; delete the blank`;
  } else if ([first, ...(server.otherAddresses ?? [])].some((a) => a.quorumPort === 0 || a.electionPort === 0) || server.clientPort === 0) {
    server.error = `it gives port 0, which ZooKeeper accepts but binds to a random free port that no other server or client knows; give the real port (usually quorum 2888, election 3888, client 2181)`;
  }
  return server;
}

/** `group.N=1:2:3` and `weight.N=W` lines, as QuorumHierarchical.parse reads them. */
function parseHierarchy(settings: Map<string, ConfigEntry>, serverIds: Set<number>): { groups: ZkGroup[]; weights: ZkWeight[] } {
  const groups: ZkGroup[] = [];
  const weights: ZkWeight[] = [];
  const groupOf = new Map<number, number>();
  for (const entry of settings.values()) {
    const key = entry.key.trim();
    const idText = key.slice(key.indexOf('.') + 1);
    if (key.startsWith('group')) {
      const group: ZkGroup = { members: [], entry };
      const id = key.includes('.') ? parseJavaLong(idText) : undefined;
      if (id === undefined) group.error = `'${key}' is not group.<number>; ZooKeeper reads every key starting with 'group' as a group line and refuses the file`;
      else group.id = id;
      for (const member of javaSplit(entry.value, ':')) {
        const sid = parseJavaLong(member);
        if (sid === undefined) {
          group.error ??= `the member '${member}' is not a server id, so ZooKeeper refuses the file; write group.N=1:2:3`;
          continue;
        }
        group.members.push(sid);
        if (groupOf.has(sid)) group.error ??= `server ${sid} is already in group ${groupOf.get(sid)}, so ZooKeeper refuses the file ("Server ${sid}is in multiple groups")`;
        else if (id !== undefined) groupOf.set(sid, id);
        if (!serverIds.has(sid)) group.error ??= `server ${sid} has no server.${sid} line, so ZooKeeper stops with a NullPointerException; add its server line or drop it from the group`;
      }
      groups.push(group);
    } else if (key.startsWith('weight')) {
      const weight: ZkWeight = { entry };
      const sid = key.includes('.') ? parseJavaLong(idText) : undefined;
      if (sid === undefined) weight.error = `'${key}' is not weight.<server id>; ZooKeeper reads every key starting with 'weight' as a weight line and refuses the file`;
      else weight.serverId = sid;
      const w = parseJavaLong(entry.value);
      if (w === undefined) weight.error ??= `the weight '${entry.value}' is not a number, so ZooKeeper refuses the file`;
      else weight.weight = w;
      weights.push(weight);
    }
  }
  return { groups, weights };
}

/** The typed value of a key as the catalog coerced it, when it is an int. */
function intOf(values: Map<string, TypedValue>, key: string): number | undefined {
  const v = values.get(key)?.value;
  return typeof v === 'number' ? v : undefined;
}

function boolOf(values: Map<string, TypedValue>, key: string): boolean | undefined {
  const v = values.get(key)?.value;
  return typeof v === 'boolean' ? v : undefined;
}

/**
 * A ZooKeeper system property as the server sees it: the zoo.cfg key (QuorumPeerConfig turns
 * an unknown key `k` into `zookeeper.k`, overriding the JVM flag), else `-Dzookeeper.k=` from
 * the JVM options.
 */
function systemProperty(settings: Map<string, ConfigEntry>, jvm: JvmOptions | undefined, key: string): string | undefined {
  const written = settings.get(key)?.value.trim();
  if (written !== undefined) return written;
  const prefix = `-Dzookeeper.${key}=`;
  const flag = [...(jvm?.flags ?? [])].reverse().find((f) => f.text.startsWith(prefix));
  return flag?.text.slice(prefix.length);
}

/** The settings ZooKeeper 3.8 runs with: written values, else its defaults. */
function effectiveSettings(settings: Map<string, ConfigEntry>, values: Map<string, TypedValue>, jvm: JvmOptions | undefined): ZooKeeperEffectiveSettings {
  const tickTime = intOf(values, 'tickTime') ?? numericDefault('tickTime');
  const minSet = intOf(values, 'minSessionTimeout');
  const maxSet = intOf(values, 'maxSessionTimeout');
  const text = (key: string) => settings.get(key)?.value.trim();
  const dataDir = text('dataDir');
  const clientPort = intOf(values, 'clientPort');
  const secureClientPort = intOf(values, 'secureClientPort');
  const whitelist = systemProperty(settings, jvm, '4lw.commands.whitelist');
  const words = whitelist === undefined ? [] : whitelist.split(',').map((w) => w.trim()).filter((w) => w !== '');
  const adminPort = parseJavaInt(systemProperty(settings, jvm, 'admin.serverPort') ?? '');
  const effective: ZooKeeperEffectiveSettings = {
    tickTime,
    initLimit: intOf(values, 'initLimit') ?? 0,
    syncLimit: intOf(values, 'syncLimit') ?? 0,
    minSessionTimeout: minSet === undefined || minSet === -1 ? 2 * tickTime : minSet,
    maxSessionTimeout: maxSet === undefined || maxSet === -1 ? 20 * tickTime : maxSet,
    maxClientCnxns: intOf(values, 'maxClientCnxns') ?? numericDefault('maxClientCnxns'),
    snapRetainCount: Math.max(numericDefault('autopurge.snapRetainCount'), intOf(values, 'autopurge.snapRetainCount') ?? 0),
    purgeInterval: intOf(values, 'autopurge.purgeInterval') ?? 0,
    standaloneEnabled: boolOf(values, 'standaloneEnabled') ?? true,
    reconfigEnabled: boolOf(values, 'reconfigEnabled') ?? false,
    fourLetterWords: [...new Set([...words, 'srvr'])],
    adminServer: {
      enabled: systemProperty(settings, jvm, 'admin.enableServer') !== 'false',
      address: systemProperty(settings, jvm, 'admin.serverAddress') ?? zookeeperKey('admin.serverAddress')?.default ?? '0.0.0.0',
      port: adminPort ?? numericDefault('admin.serverPort'),
    },
  };
  if (dataDir !== undefined) effective.dataDir = dataDir;
  const dataLogDir = text('dataLogDir') ?? dataDir;
  if (dataLogDir !== undefined) effective.dataLogDir = dataLogDir;
  if (clientPort !== undefined && clientPort !== 0) effective.clientPort = clientPort;
  const clientPortAddress = text('clientPortAddress');
  if (clientPortAddress !== undefined) effective.clientPortAddress = clientPortAddress;
  if (secureClientPort !== undefined && secureClientPort !== 0) effective.secureClientPort = secureClientPort;
  const dynamicConfigFile = text('dynamicConfigFile');
  if (dynamicConfigFile !== undefined) effective.dynamicConfigFile = dynamicConfigFile;
  return effective;
}

/**
 * Builds the typed zoo.cfg model from entries, wherever they were written.
 *
 * @example
 * ```ts
 * const zk = buildZooKeeperConfig([{ key: 'dataDir', value: '/var/lib/zookeeper', syntax: 'object' }]);
 * zk.effective.tickTime; // 3000, ZooKeeper's default
 * ```
 */
export function buildZooKeeperConfig(entries: ConfigEntry[], options: ZooKeeperConfigOptions = {}): ZooKeeperConfig {
  const settings = lastEntries(entries);
  const values = coerceValues('zookeeper', settings);
  const servers = [...settings.values()].filter((e) => e.key.startsWith('server.')).map(parseServerEntry);
  const serverIds = new Set(servers.flatMap((s) => (s.id === undefined ? [] : [s.id])));
  const config: ZooKeeperConfig = {
    kind: 'zookeeper',
    file: options.file ?? '<object>',
    entries,
    settings,
    values,
    servers,
    ...parseHierarchy(settings, serverIds),
    effective: effectiveSettings(settings, values, options.jvm),
  };
  if (options.properties) config.properties = options.properties;
  if (options.host) config.host = options.host;
  if (options.myid) config.myid = options.myid;
  if (options.jvm) config.jvm = options.jvm;
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
export function parseZooCfg(
  text: string,
  options: { file?: string; host?: string; myid?: MyidFile; jvm?: JvmOptions; encoding?: TextEncoding } = {},
): ZooKeeperConfig {
  const properties = parseProperties(text, options);
  return buildZooKeeperConfig(properties.entries, { ...options, file: properties.file, properties });
}

/**
 * Reads a myid file as ZooKeeper 3.8's QuorumPeerConfig.setupMyId does: the first line,
 * untrimmed, through `Long.parseLong` (so `3` and `3\n` are fine, ` 3` and `3 ` are refused).
 *
 * @example
 * ```ts
 * parseMyid('3\n').id; // 3
 * parseMyid('3 \n').error; // the blank makes ZooKeeper refuse it
 * ```
 */
export function parseMyid(text: string, options: { file?: string } = {}): MyidFile {
  const file = options.file ?? 'myid';
  const firstLine = text === '' ? undefined : (text.split(/\r\n|\r|\n/)[0] as string);
  const id = firstLine === undefined ? undefined : parseJavaLong(firstLine);
  if (id !== undefined) return { kind: 'myid', file, id, text };
  if (firstLine !== undefined && hasTemplate(firstLine)) return { kind: 'myid', file, text, templated: true };
  const shown = firstLine === undefined ? 'nothing' : `'${firstLine.slice(0, 40)}'`;
  const blank = firstLine !== undefined && parseJavaLong(firstLine.trim()) !== undefined;
  const error = blank
    ? `its first line ${shown} has blanks around the number, which ZooKeeper does not trim: it refuses to start ("serverid ${firstLine} is not a number")`
    : `its first line holds ${shown}, not a server id, so ZooKeeper refuses to start ("serverid ${firstLine ?? 'null'} is not a number")`;
  return { kind: 'myid', file, text, error };
}

/**
 * The ids of the voting servers (participants) of a zoo.cfg, each once.
 *
 * @example
 * ```ts
 * votingServerIds(parseZooCfg('server.1=a:2888:3888\nserver.2=b:2888:3888:observer\n')); // [1]
 * ```
 */
export function votingServerIds(zk: ZooKeeperConfig): number[] {
  return [...new Set(zk.servers.filter((s) => s.id !== undefined && s.role === 'participant').map((s) => s.id as number))];
}

/**
 * Whether ZooKeeper runs this config as an ensemble member (QuorumPeerConfig.isDistributed):
 * more than one voter, or `standaloneEnabled=false`. False when the server list is in a
 * dynamic file kafka-lint cannot see.
 *
 * @example
 * ```ts
 * isDistributed(parseZooCfg('server.1=a:2888:3888\n')); // false: one server runs standalone
 * ```
 */
export function isDistributed(zk: ZooKeeperConfig): boolean {
  if (zk.effective.dynamicConfigFile !== undefined) return false;
  return votingServerIds(zk).length > 1 || !zk.effective.standaloneEnabled;
}

/**
 * The server line of this server: the one whose id is in its myid file, when known.
 *
 * @example
 * ```ts
 * const zk = parseZooCfg('server.1=a:2888:3888\n', { myid: parseMyid('1') });
 * ownServer(zk)?.host; // 'a'
 * ```
 */
export function ownServer(zk: ZooKeeperConfig): ZkServer | undefined {
  const id = zk.myid?.id;
  return id === undefined ? undefined : zk.servers.find((s) => s.id === id);
}

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '0:0:0:0:0:0:0:0', '']);
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '0:0:0:0:0:0:0:1']);
/** A host left for a deployment tool to fill in: `<ip>`, `%HOST%`. */
const PLACEHOLDER_HOST = /^<[^>]*>$|%\w+%/;

/**
 * A key that is equal for two host names of one machine as far as the text tells: case
 * folded, loopback names merged. Wildcard addresses (`0.0.0.0`) and placeholders (`<ip>`,
 * `%HOST%`, `{{ host }}`) give `undefined`: they name no machine.
 *
 * @example
 * ```ts
 * machineKey('LocalHost') === machineKey('127.0.0.1'); // true
 * ```
 */
export function machineKey(host: string): string | undefined {
  const h = host.trim().toLowerCase();
  if (WILDCARD_HOSTS.has(h) || PLACEHOLDER_HOST.test(h) || hasTemplate(h)) return undefined;
  return LOOPBACK_HOSTS.has(h) ? 'localhost' : h;
}

/**
 * The zoo.cfg files of a cluster grouped into ensembles: files whose server lists share a
 * server id belong together; a file without server lines stands alone.
 *
 * @example
 * ```ts
 * ensembles({ brokers: [], zookeeper: [zk1, zk2, zk3], myids: [] }); // [[zk1, zk2, zk3]]
 * ```
 */
export function ensembles(cluster: Cluster): ZooKeeperConfig[][] {
  const groups: { ids: Set<number>; members: ZooKeeperConfig[] }[] = [];
  for (const zk of cluster.zookeeper) {
    const ids = new Set(zk.servers.flatMap((s) => (s.id === undefined ? [] : [s.id])));
    const joined = groups.filter((g) => [...ids].some((id) => g.ids.has(id)));
    const group = { ids, members: [zk] };
    for (const g of joined) {
      g.ids.forEach((id) => group.ids.add(id));
      group.members.unshift(...g.members);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(group);
  }
  return groups.map((g) => g.members.sort((a, b) => cluster.zookeeper.indexOf(a) - cluster.zookeeper.indexOf(b)));
}

function dirName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '.' : path.slice(0, i);
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

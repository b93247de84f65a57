import type { ParsedNode } from 'yaml';
import type { ConfigEntry } from '../parse/entry.js';
import type {
  BrokerConfig,
  ComposeFile,
  ComposeMount,
  ComposePort,
  ComposeService,
  DeploymentNotice,
  IgnoredVariable,
  ImageFamily,
  MyidFile,
  ZooKeeperConfig,
} from '../model/types.js';
import type { Span } from '../parse/source.js';
import { SourceText } from '../parse/source.js';
import { buildBrokerConfig } from '../model/broker.js';
import { hasTemplate } from '../parse/template.js';
import { buildZooKeeperConfig } from '../model/zookeeper.js';
import { parseEnvAssignments, notReadNotice } from './env.js';
import { envToKey, imageDefaults, imageFamily, imageRelease, imageSslSettings, imageVolumes, isBitnamiAlias, isZooKeeperFamily, mountedConfigDir, parseImageReference } from './images.js';
import { jvmFromVariables } from './jvm.js';
import type { IncludedFileResolver } from './include.js';
import { mapGet, mapPairs, nodeSpan, scalarText, seqItems, yamlCommentLines, yamlErrorNotice, yamlModule, type YamlSource } from './yaml.js';

/** Options of {@link parseComposeFile}. */
export interface ComposeOptions {
  /** Supplies env_file files and the `.env` file used for `${VAR}` interpolation. */
  resolveFile?: IncludedFileResolver;
  /** Supplies the config of a file in view that a service mounts where its image reads one (server.properties, zoo.cfg). */
  resolveConfig?: (reference: string, from: string) => BrokerConfig | ZooKeeperConfig | undefined;
}

/**
 * Parses a compose YAML text, falling back to reading tab indentation as spaces (each tab one
 * column, so positions stay exact) with a `syntax` notice: compose refuses tabs, but the
 * settings are still worth checking.
 */
function parseYaml(text: string, file: string, notices: DeploymentNotice[]): YamlSource {
  const { parseDocument } = yamlModule();
  const source = new SourceText(text);
  const options = { merge: true, uniqueKeys: false, prettyErrors: false } as const;
  let doc = parseDocument(text, options);
  if (doc.errors.some((e) => e.code === 'TAB_AS_INDENT')) {
    const first = doc.errors.find((e) => e.code === 'TAB_AS_INDENT');
    // Only a line indented by tabs alone is certainly refused; a tab after spaces inside a quoted scalar may be accepted.
    if (first && source.position(first.pos[0]).column === 1 && text[first.pos[0]] === '\t') notices.push({ code: 'syntax', reason: 'yaml-tabs', refused: true, data: {}, file, span: source.span(first.pos[0], first.pos[0]) });
    doc = parseDocument(text.replace(/^[ \t]+/gm, (lead) => lead.replace(/\t/g, ' ')), options);
  }
  const error = doc.errors[0];
  if (error) notices.push(yamlErrorNotice(error, { source, file, text }, 'compose'));
  return { source, file, doc };
}

/** A variable name's first character, and the ones after it. */
const isNameStart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z_]/.test(c);
const isNameChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);

/**
 * `${VAR}`, `${VAR:-default}` and `$VAR` replaced from the `.env` file; undefined when one is unknown.
 * A scan rather than a regular expression: one that looks for the closing brace from every `${`
 * takes quadratic time on a long value of unclosed `${`.
 */
function interpolate(value: string, dotenv: ReadonlyMap<string, string>): string | undefined {
  let unknown = false;
  let out = '';
  // The first `}` at or after the current `${`: searched once per brace, and never again once none is left.
  let close = -1;
  let closeLeft = true;
  let i = 0;
  const nameEnd = (from: number): number => {
    let j = from;
    if (!isNameStart(value[j])) return from;
    while (isNameChar(value[j])) j++;
    return j;
  };
  const substitute = (all: string, name: string, op?: string, arg?: string): string => {
    const known = dotenv.get(name);
    if (known !== undefined && !(op === ':-' && known === '')) return op === ':+' || op === '+' ? (arg ?? '') : known;
    // Unset: compose uses the default of `${VAR:-default}` and `${VAR-default}` (assuming the shell does not set VAR).
    if (known === undefined && (op === ':-' || op === '-')) return arg ?? '';
    unknown = true;
    return all;
  };
  while (i < value.length) {
    const dollar = value.indexOf('$', i);
    if (dollar < 0) break;
    out += value.slice(i, dollar);
    i = dollar + 1;
    if (value[i] === '$') {
      out += '$';
      i++;
      continue;
    }
    if (value[i] === '{') {
      const end = nameEnd(i + 1);
      if (end > i + 1) {
        let op: string | undefined;
        let j = end;
        if (value[j] === ':' && '-?+'.includes(value[j + 1] ?? '\n')) op = value.slice(j, (j += 2));
        else if ('-?+'.includes(value[j] ?? '\n')) op = value.slice(j, (j += 1));
        if (closeLeft && close < j) {
          close = value.indexOf('}', j);
          closeLeft = close >= 0;
        }
        if (closeLeft && (op !== undefined || close === j)) {
          const all = value.slice(dollar, close + 1);
          out += substitute(all, value.slice(i + 1, end), op, op === undefined ? undefined : value.slice(j, close));
          i = close + 1;
          continue;
        }
      }
      out += '$';
      continue;
    }
    const end = nameEnd(i);
    if (end > i) {
      out += substitute(value.slice(dollar, end), value.slice(i, end));
      i = end;
      continue;
    }
    out += '$';
  }
  out += value.slice(i);
  return unknown ? undefined : out;
}

function entryOf(key: string, value: string, file: string, keySpan: Span | undefined, valueSpan: Span | undefined): ConfigEntry {
  const entry: ConfigEntry = { key, value, file, syntax: 'yaml' };
  if (keySpan) entry.keySpan = keySpan;
  if (valueSpan) entry.valueSpan = valueSpan;
  return entry;
}

/** The `environment:` of a service, map or list form, with the positions of names and values. */
function environmentEntries(src: YamlSource, node: ParsedNode | null | undefined, service: string, notices: DeploymentNotice[]): ConfigEntry[] {
  const m = yamlModule();
  const entries: ConfigEntry[] = [];
  if (m.isSeq(node)) {
    for (const item of seqItems(src, node)) {
      const text = scalarText(src, item);
      const span = nodeSpan(src, item);
      if (text === undefined || !span) continue;
      const eq = text.indexOf('=');
      const name = eq < 0 ? text : text.slice(0, eq);
      const keySpan = src.source.span(span.start, span.start + name.length);
      if (eq < 0) {
        notices.push(notReadNotice(entryOf(name, '', src.file, keySpan, undefined), 'shell-variable', { variable: name, service }));
        continue;
      }
      entries.push(entryOf(name, text.slice(eq + 1), src.file, keySpan, src.source.span(span.start + eq + 1, span.end)));
    }
    return entries;
  }
  for (const { key, value } of mapPairs(src, node)) {
    const name = String(key.value);
    const text = scalarText(src, value);
    const keySpan = nodeSpan(src, key);
    if (text === undefined) {
      notices.push(notReadNotice(entryOf(name, '', src.file, keySpan, undefined), 'shell-variable', { variable: name, service }));
      continue;
    }
    entries.push(entryOf(name, text, src.file, keySpan, nodeSpan(src, value)));
  }
  return entries;
}

function envFileRefs(src: YamlSource, node: ParsedNode | null | undefined): string[] {
  const single = scalarText(src, node);
  if (single !== undefined) return [single];
  return seqItems(src, node).flatMap((item) => {
    const path = scalarText(src, item) ?? scalarText(src, mapGet(src, item, 'path'));
    return path === undefined ? [] : [path];
  });
}

/** Reads a port number list item: `"9092"`, `"9092:9092"`, `"127.0.0.1:9092:9092/tcp"`, `9092-9094:...`, or the long form. */
function parsePorts(src: YamlSource, node: ParsedNode | null | undefined): ComposePort[] {
  const ports: ComposePort[] = [];
  for (const item of seqItems(src, node)) {
    const span = nodeSpan(src, item);
    const text = scalarText(src, item);
    let port: ComposePort;
    if (text !== undefined) {
      const parts = text.replace(/\/(tcp|udp|sctp)$/, '').split(':');
      const target = /^(\d+)(?:-(\d+))?$/.exec(parts[parts.length - 1] ?? '');
      port = { published: true, text };
      if (target) {
        port.target = Number(target[1]);
        if (target[2]) port.targetEnd = Number(target[2]);
      }
    } else {
      const target = scalarText(src, mapGet(src, item, 'target'));
      port = { published: mapGet(src, item, 'published') !== undefined, text: `target: ${target ?? '?'}` };
      if (target !== undefined && /^\d+$/.test(target)) port.target = Number(target);
    }
    if (span) port.span = span;
    ports.push(port);
  }
  return ports;
}

function parseMounts(src: YamlSource, service: ParsedNode): ComposeMount[] {
  const mounts: ComposeMount[] = [];
  for (const item of seqItems(src, mapGet(src, service, 'volumes'))) {
    const span = nodeSpan(src, item);
    const text = scalarText(src, item);
    let mount: ComposeMount;
    if (text !== undefined) {
      const parts = text.split(':');
      // `target`, `source:target` or `source:target:mode` (a Windows drive letter adds one part).
      const target = parts.length === 1 ? parts[0] : /^[a-zA-Z]$/.test(parts[0] ?? '') && parts.length > 2 ? parts[2] : parts[1];
      const drive = /^[a-zA-Z]$/.test(parts[0] ?? '') && parts.length > 2;
      const source = parts.length === 1 ? '' : drive ? `${parts[0]}:${parts[1]}` : (parts[0] as string);
      mount = { type: /^[./~]|^[a-zA-Z]:/.test(source) ? 'bind' : 'volume' };
      if (target) mount.target = target;
      if (source !== '') mount.source = source;
    } else {
      const type = scalarText(src, mapGet(src, item, 'type'));
      const target = scalarText(src, mapGet(src, item, 'target'));
      const source = scalarText(src, mapGet(src, item, 'source'));
      mount = { type: type === 'tmpfs' ? 'tmpfs' : type === 'bind' ? 'bind' : type === 'volume' || type === undefined ? 'volume' : 'unknown' };
      if (target) mount.target = target;
      if (source) mount.source = source;
      // Neither a string nor a mapping with a target: something compose will refuse; never judge it.
      if (target === undefined) mount.type = 'unknown';
    }
    if (span) mount.span = span;
    mounts.push(mount);
  }
  const tmpfs = mapGet(src, service, 'tmpfs');
  const tmpfsItems = scalarText(src, tmpfs) !== undefined ? [tmpfs] : seqItems(src, tmpfs);
  for (const item of tmpfsItems) {
    const target = scalarText(src, item)?.split(':')[0];
    const mount: ComposeMount = { type: 'tmpfs' };
    if (target) mount.target = target;
    const span = nodeSpan(src, item ?? undefined);
    if (span) mount.span = span;
    mounts.push(mount);
  }
  return mounts;
}

/** Images named like Kafka or ZooKeeper whose conventions kafka-lint does not know. */
const KAFKA_LIKE_IMAGE = /(^|[/_-])(kafka|zookeeper)(:|$)/;

/** Services named like a broker or ZooKeeper server. */
const BROKER_LIKE_NAME = /kafka|broker|zookeeper|(^|[-_])zk\d*([-_]|$)/i;

/** Kafka tools and clients: their KAFKA_* variables are not a broker's settings. */
const KAFKA_TOOL_NAME = /kafka[-_]?(ui|manager|rest|connect|exporter|lag|topics?|init|setup|client|console|tools?)|kafdrop|akhq|schema[-_]?registry|ksql|connect|cruise|burrow|mirror|cmak|control[-_]?center|rest[-_]?proxy|kcat|kafkacat|redpanda|conduktor|producer|consumer/i;

/** Splits a list variable into entries that keep the variable's position. */
function splitEntry(variable: ConfigEntry, separator: RegExp, toPair: (item: string, index: number) => [string, string] | undefined): ConfigEntry[] {
  return variable.value
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .flatMap((item, i) => {
      const pair = toPair(item, i);
      return pair ? [{ ...variable, key: pair[0], value: pair[1], writtenAs: variable.key }] : [];
    });
}

/**
 * The names of the `${VAR}` and `$VAR` variables a value needs (names only: values may be
 * secrets); `${VAR:-default}` and `${VAR-default}` need none, compose fills in the default.
 */
function variableNames(value: string): string[] {
  const names = new Set<string>();
  for (let i = value.indexOf('$'); i >= 0 && i < value.length; i = value.indexOf('$', i + 1)) {
    const braced = value[i + 1] === '{';
    let j = braced ? i + 2 : i + 1;
    const start = j;
    while (j < value.length && /\w/.test(value[j] as string)) j++;
    const defaulted = braced && (value.startsWith(':-', j) || value[j] === '-');
    if (j > start && !/\d/.test(value[start] as string) && !defaulted) names.add(value.slice(start, j));
  }
  return [...names];
}

/** How a service's environment is read: its image's family, whether the family was assumed, the release its tag names. */
interface Reading {
  family: ImageFamily;
  assumed: boolean;
  release?: string;
}

/** The config entries, myid and ignored variables a service's environment gives its image. */
function mapEnvironment(service: ComposeService, reading: Reading, file: string, notices: DeploymentNotice[]): { entries: ConfigEntry[]; myid?: number } {
  const { family } = reading;
  const entries: ConfigEntry[] = [];
  // bitnami/kafka copies its older variable names over the KAFKA_CFG_* ones: they come last, so they win.
  const aliases: ConfigEntry[] = [];
  let myid: number | undefined;
  for (const variable of service.environment) {
    // The entry stays (the key is set), but rules do not judge a value that holds a template.
    if (hasTemplate(variable.value) && envToKey(family, variable.key).kind !== 'other') {
      notices.push(notReadNotice(variable, 'unresolved-value', { variable: variable.key, service: service.name, names: variableNames(variable.value).join(', ') || 'a template' }));
    }
    if (family === 'cp-zookeeper' && variable.key === 'ZOOKEEPER_SERVERS') {
      entries.push(...splitEntry(variable, /;/, (item, i) => [`server.${i + 1}`, item]));
    } else if (family === 'zookeeper' && (variable.key === 'ZOO_SERVERS' || variable.key === 'ZOO_CFG_EXTRA')) {
      entries.push(...splitEntry(variable, /\s+/, (item) => {
        const eq = item.indexOf('=');
        return eq > 0 ? [item.slice(0, eq), item.slice(eq + 1)] : undefined;
      }));
    } else if ((family === 'cp-zookeeper' && variable.key === 'ZOOKEEPER_SERVER_ID') || (family === 'zookeeper' && variable.key === 'ZOO_MY_ID')) {
      if (/^\s*\d+\s*$/.test(variable.value)) myid = Number(variable.value);
    } else {
      const mapping = envToKey(family, variable.key);
      if (mapping.kind === 'key') (family === 'bitnami-kafka' && isBitnamiAlias(variable.key) ? aliases : entries).push({ ...variable, key: mapping.key, writtenAs: variable.key });
      else if (mapping.kind === 'ignored' && !reading.assumed) {
        const ignored: IgnoredVariable = { entry: variable, reason: mapping.reason };
        if (mapping.suggestion !== undefined) ignored.suggestion = mapping.suggestion;
        if (mapping.writes !== undefined) ignored.writes = mapping.writes;
        service.ignored.push(ignored);
      }
    }
  }
  entries.push(...aliases);
  if (family === 'cp-kafka' || family === 'confluent-local' || family === 'apache-kafka') {
    const byName = Object.fromEntries(service.environment.map((v) => [v.key, v.value]));
    const keys = new Set(entries.map((e) => e.key));
    for (const [variable, key, value] of imageSslSettings(byName)) {
      const source = service.environment.find((v) => v.key === variable) as ConfigEntry;
      if (!keys.has(key)) entries.push({ ...source, key, value, writtenAs: variable });
      keys.add(key);
    }
  }
  // An image kafka-lint only assumed the convention of fills in nothing it knows of.
  const defaults = reading.assumed ? [] : imageDefaults(family, new Map(entries.map((e) => [e.key, e.value])), reading.release);
  if (family === 'cp-zookeeper' && entries.some((e) => e.key.startsWith('server.'))) {
    // configure: an ensemble gets initLimit 10 and syncLimit 5 unless set.
    for (const key of ['initLimit', 'syncLimit']) if (!entries.some((e) => e.key === key)) defaults.push({ key, value: key === 'initLimit' ? '10' : '5' });
  }
  if (family === 'zookeeper' && !entries.some((e) => e.key.startsWith('server.'))) {
    // docker-entrypoint.sh: without ZOO_SERVERS the image writes a one-server ensemble.
    defaults.push({ key: 'server.1', value: 'localhost:2888:3888;2181' });
    if (myid === undefined) myid = 1;
  }
  const at = service.imageSpan ?? service.nameSpan;
  for (const d of defaults) {
    const entry: ConfigEntry = { key: d.key, value: d.value, file, syntax: 'yaml' };
    if (at) {
      entry.keySpan = at;
      entry.valueSpan = at;
    }
    entries.unshift(entry);
  }
  return myid === undefined ? { entries } : { entries, myid };
}

/** A config file that a service's image reads from a mount, and whether the image merges it with its environment. */
interface MountedConfig {
  /** The file's reference: the host path of the bind mount. */
  reference: string;
  /** The config, when the file is in view. */
  config?: BrokerConfig | ZooKeeperConfig;
  /** Whether the image appends its environment's settings to the file (apache/kafka) or ignores them (bitnami/kafka, zookeeper). */
  merges: boolean;
  /** The mount's line. */
  span?: Span;
}

/** The config file a service mounts where its image reads one, if it mounts one. */
function mountedConfig(service: ComposeService, family: ImageFamily, file: string, options: ComposeOptions): MountedConfig | undefined {
  const reads = mountedConfigDir(family);
  if (!reads) return undefined;
  for (const mount of service.volumes) {
    if (mount.type !== 'bind' || mount.source === undefined || mount.target === undefined) continue;
    const target = mount.target.replace(/\/+$/, '');
    const reference = reads.dirs.some((d) => target === `${d}/${reads.file}`) ? mount.source : reads.dirs.includes(target) ? `${mount.source.replace(/\/+$/, '')}/${reads.file}` : undefined;
    if (reference === undefined) continue;
    const found: MountedConfig = { reference, merges: reads.merges };
    const config = options.resolveConfig?.(reference, file);
    if (config) found.config = config;
    if (mount.span) found.span = mount.span;
    return found;
  }
  return undefined;
}

function buildNode(service: ComposeService, file: string, reading: Reading, mounted: MountedConfig | undefined, notices: DeploymentNotice[], host: string): BrokerConfig | ZooKeeperConfig | undefined {
  const role = isZooKeeperFamily(reading.family) ? 'zookeeper' : 'kafka';
  const jvm = jvmFromVariables(service.environment, role);
  if (mounted?.config === undefined && mounted !== undefined) {
    notices.push({ code: 'not-read', reason: 'mounted-config-missing', data: { service: service.name, path: mounted.reference }, file, ...(mounted.span ? { span: mounted.span } : {}) });
  }
  if (mounted && !mounted.merges) {
    // The image reads the mounted file as it is and skips the variables it would otherwise write.
    for (const entry of service.environment) if (envToKey(reading.family, entry.key).kind === 'key') service.ignored.push({ entry, reason: 'mounted-config' });
    const config = mounted.config;
    // The file in view is this container's config: it is the node (already among the cluster's nodes).
    if (config) {
      if (jvm && !config.jvm) config.jvm = jvm;
      if (config.host === undefined) config.host = host;
    }
    return config;
  }
  let node: BrokerConfig | ZooKeeperConfig;
  const { entries, myid } = mapEnvironment(service, reading, file, notices);
  if (role === 'zookeeper') {
    const options: Parameters<typeof buildZooKeeperConfig>[1] = { file, host };
    if (myid !== undefined) {
      const myidFile: MyidFile = { kind: 'myid', file, id: myid, text: String(myid) };
      options.myid = myidFile;
    }
    if (jvm) options.jvm = jvm;
    node = buildZooKeeperConfig(entries, options);
  } else {
    // apache/kafka appends its environment's settings to a mounted server.properties: they win.
    const base = mounted?.config?.kind === 'broker' ? mounted.config : undefined;
    node = buildBrokerConfig([...(base?.entries ?? []), ...entries], { file, host, ...(base?.properties ? { properties: base.properties } : {}) });
    // The image may fill in what kafka-lint does not see: a convention only assumed, or a mounted file not in view.
    if (reading.assumed || (mounted !== undefined && base === undefined)) node.partial = true;
    if (jvm) node.jvm = jvm;
  }
  if (service.nameSpan) node.anchor = { file, span: service.nameSpan };
  return node;
}

/**
 * The host paths a compose file bind-mounts into its containers (files and directories, as
 * written): the files in view they name belong to the compose deployment.
 *
 * @example
 * ```ts
 * composeBindSources('services:\n  kafka:\n    volumes: ["./server.properties:/mnt/shared/config/server.properties"]\n'); // ['./server.properties']
 * ```
 */
export function composeBindSources(text: string): string[] {
  const { parseDocument } = yamlModule();
  const src: YamlSource = { source: new SourceText(text), file: '', doc: parseDocument(text, { merge: true, uniqueKeys: false, prettyErrors: false }) };
  return serviceNodes(src).flatMap(({ value }) => parseMounts(src, value).flatMap((m) => (m.type === 'bind' && m.source !== undefined ? [m.source] : [])));
}

/** The service mappings: `services:` entries, or top-level mappings with an `image:` (the v1 format, or a mis-indented file). */
function serviceNodes(src: YamlSource): { key: ParsedNode; value: ParsedNode }[] {
  const m = yamlModule();
  const top = mapPairs(src, src.doc.contents);
  const out: { key: ParsedNode; value: ParsedNode }[] = [];
  for (const { key, value } of top) {
    if (key.value === 'services') {
      for (const s of mapPairs(src, value)) if (m.isMap(s.value)) out.push({ key: s.key as ParsedNode, value: s.value });
    } else if (m.isMap(value) && !String(key.value).startsWith('x-') && mapGet(src, value, 'image') !== undefined) {
      out.push({ key: key as ParsedNode, value });
    }
  }
  return out;
}

/**
 * An image as compose reads it: `${VAR}` and `$VAR` that no `.env` in view sets become empty
 * strings, as compose substitutes them (unless the shell that runs compose sets them); the names
 * of those variables come back beside it.
 */
function imageAsRead(raw: string, dotenv: ReadonlyMap<string, string>): { image: string; unset: string[] } {
  const known = interpolate(raw, dotenv);
  if (known !== undefined) return { image: known, unset: [] };
  const unset = variableNames(raw).filter((name) => !dotenv.has(name));
  // An empty tag (`kafka:${VERSION}`) leaves the image untagged as far as kafka-lint can tell.
  const image = (interpolate(raw, new Map([...dotenv, ...unset.map((name): [string, string] => [name, ''])])) ?? raw).replace(/:$/, '');
  return { image, unset };
}

/**
 * The convention an unknown image's environment follows, when the service looks like a broker
 * (its name, container name, hostname, image or build context says Kafka, not a Kafka tool) and
 * sets a broker's identity variables: KAFKA_CFG_* as bitnami/kafka reads them, KAFKA_* as
 * cp-kafka does.
 */
function assumedFamily(service: ComposeService, names: readonly string[]): ImageFamily | undefined {
  const identity = service.environment.filter((v) => /^KAFKA_(CFG_)?(BROKER_ID|NODE_ID|PROCESS_ROLES|LISTENERS|ADVERTISED_LISTENERS|ADVERTISED_HOST_NAME|LOG_DIRS|CONTROLLER_QUORUM_VOTERS|ZOOKEEPER_CONNECT)$/.test(v.key));
  if (identity.length === 0) return undefined;
  // An image whose repository is named kafka (debezium/kafka, wurstmeister/kafka) is a broker whatever the service is called,
  // and so is a service that sets a broker's id or roles; Kafka's tools and clients set neither.
  const kafkaImage = service.image !== undefined && parseImageReference(service.image).path.split('/').at(-1) === 'kafka';
  const brokerIdentity = identity.some((v) => /_(BROKER_ID|NODE_ID|PROCESS_ROLES)$/.test(v.key));
  if (!kafkaImage && !brokerIdentity && (!names.some((n) => BROKER_LIKE_NAME.test(n)) || names.some((n) => KAFKA_TOOL_NAME.test(n)))) return undefined;
  return identity.some((v) => v.key.startsWith('KAFKA_CFG_')) ? 'bitnami-kafka' : 'cp-kafka';
}

/**
 * Reads a docker-compose file: each service with its image (`${VAR}` substituted as compose does),
 * environment (env_file files first, then `environment:`, `${VAR}` interpolated from the `.env`
 * file when supplied), ports and volumes; and for each Kafka or ZooKeeper image kafka-lint knows
 * (matched by the end of its repository path), or whose environment follows a convention it knows,
 * the broker or ZooKeeper config its environment (and a mounted server.properties in view) gives,
 * with every entry at the line of its variable. Never throws.
 *
 * @example
 * ```ts
 * const compose = parseComposeFile(text, 'docker-compose.yml', { resolveFile: includedFileResolver(files) });
 * compose.services[0]?.node?.kind; // 'broker'
 * ```
 */
export function parseComposeFile(text: string, file: string, options: ComposeOptions = {}): ComposeFile {
  const notices: DeploymentNotice[] = [];
  const compose: ComposeFile = { kind: 'compose', file, services: [], notices };
  const src = parseYaml(text, file, notices);
  compose.commentLines = yamlCommentLines(src.source, [src.doc]);
  const dotenvFile = options.resolveFile?.('.env', file);
  const dotenv = new Map((dotenvFile ? parseEnvAssignments(dotenvFile.text, dotenvFile.file) : []).map((e) => [e.key, e.value]));
  for (const { key, value } of serviceNodes(src)) {
    const name = scalarText(src, key) ?? '';
    const imageNode = mapGet(src, value, 'image');
    const rawImage = scalarText(src, imageNode);
    const service: ComposeService = {
      name,
      environment: [],
      volumes: parseMounts(src, value),
      ports: parsePorts(src, mapGet(src, value, 'ports')),
      imageVolumes: [],
      ignored: [],
    };
    const nameSpan = nodeSpan(src, key);
    if (nameSpan) service.nameSpan = nameSpan;
    const imageSpan = nodeSpan(src, imageNode);
    if (imageSpan) service.imageSpan = imageSpan;
    const read = rawImage === undefined ? undefined : imageAsRead(rawImage, dotenv);
    if (read !== undefined && read.image !== '') service.image = read.image;
    const build = mapGet(src, value, 'build');
    if (build !== undefined && build !== null) service.built = true;

    const missing: DeploymentNotice[] = [];
    for (const ref of envFileRefs(src, mapGet(src, value, 'env_file'))) {
      const included = options.resolveFile?.(ref, file);
      if (included) service.environment.push(...parseEnvAssignments(included.text, included.file));
        else {
        const notice: DeploymentNotice = { code: 'not-read', reason: 'env-file-missing', data: { path: ref, service: name }, file };
        const span = nodeSpan(src, mapGet(src, value, 'env_file'));
        if (span) notice.span = span;
        missing.push(notice);
      }
    }
    for (const entry of environmentEntries(src, mapGet(src, value, 'environment'), name, notices)) {
      const resolved = interpolate(entry.value, dotenv);
      service.environment.push(resolved === undefined ? entry : { ...entry, value: resolved });
    }
    // A later assignment of the same variable wins (environment over env_file).
    const last = new Map(service.environment.map((e, i) => [e.key, i]));
    service.environment = service.environment.filter((e, i) => last.get(e.key) === i);

    const memory = mapPairs(src, value).find((p) => p.key.value === 'mem_limit') ??
      mapPairs(src, mapGet(src, mapGet(src, mapGet(src, value, 'deploy'), 'resources'), 'limits')).find((p) => p.key.value === 'memory');
    const memoryText = scalarText(src, memory?.value);
    if (memory && memoryText !== undefined) service.memoryLimit = entryOf(String(memory.key.value), memoryText, file, nodeSpan(src, memory.key), nodeSpan(src, memory.value));
    const image = service.image;
    const shown = image ?? (service.built ? `built from ${scalarText(src, build) ?? scalarText(src, mapGet(src, build, 'context')) ?? 'a Dockerfile'}` : (rawImage ?? 'no image'));
    const known = image === undefined ? undefined : imageFamily(image);
    const hints = [name, image ?? '', scalarText(src, mapGet(src, value, 'container_name')) ?? '', scalarText(src, mapGet(src, value, 'hostname')) ?? '', service.built ? shown : ''];
    const assumed = known === undefined ? assumedFamily(service, hints) : undefined;
    const family = known ?? assumed;
    const brokerLike = family !== undefined || (hints.some((h) => BROKER_LIKE_NAME.test(h)) && !hints.some((h) => KAFKA_TOOL_NAME.test(h)));
    // What is missing matters for the Kafka and ZooKeeper services only, not for the applications beside them.
    if (brokerLike || known !== undefined) notices.push(...missing);
    for (const variable of brokerLike ? (read?.unset ?? []) : []) {
      notices.push({ code: 'not-read', reason: 'image-variable-unset', data: { variable, service: name, image: image ?? '' }, file, ...(imageSpan ? { span: imageSpan } : {}) });
    }
    const command = [mapGet(src, value, 'entrypoint'), mapGet(src, value, 'command')].map((n) => scalarText(src, n) ?? seqItems(src, n).map((i) => scalarText(src, i) ?? '').join(' ')).join(' ');
    // A container of a Kafka image that runs a tool (kafka-topics, kafka-storage) instead of the server is not a node.
    const runsTool = command.trim() !== '' && !/docker\/run|server-start|zkServer|run\.sh|entrypoint|launch/.test(command);
    if (family) {
      service.family = family;
      if (assumed) service.assumedFamily = true;
    }
    if (family && !runsTool) {
      if (known) service.imageVolumes = [...imageVolumes(image as string, known)];
      const host = scalarText(src, mapGet(src, value, 'hostname')) ?? scalarText(src, mapGet(src, value, 'container_name')) ?? name;
      const reading: Reading = { family, assumed: assumed !== undefined };
      const release = image === undefined ? undefined : imageRelease(image).kafka;
      if (release !== undefined) reading.release = release;
      const mounted = known ? mountedConfig(service, known, file, options) : undefined;
      const node = buildNode(service, file, reading, mounted, notices, host);
      if (node) service.node = node;
      // An env_file that is not in view may set what the node seems to lack.
      if (node?.kind === 'broker' && missing.length > 0 && (mounted === undefined || mounted.merges)) node.partial = true;
      if (mounted?.config) service.mountedConfig = mounted.config.file;
      if (assumed) notices.push({ code: 'not-read', reason: service.built ? 'built-image' : 'assumed-convention', data: { service: name, image: shown, convention: assumed }, file, ...((imageSpan ?? nameSpan) ? { span: (imageSpan ?? nameSpan) as Span } : {}) });
    } else if (!family && !runsTool && (KAFKA_LIKE_IMAGE.test(parseImageReference(image ?? '').path) || ((service.built || image === undefined) && brokerLike))) {
      notices.push({ code: 'not-read', reason: 'unknown-image', data: { service: name, image: shown }, file, ...((imageSpan ?? nameSpan) ? { span: (imageSpan ?? nameSpan) as Span } : {}) });
    }
    compose.services.push(service);
  }
  return compose;
}

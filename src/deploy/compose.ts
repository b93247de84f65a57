import type { ParsedNode } from 'yaml';
import type { ConfigEntry } from '../parse/entry.js';
import type {
  BrokerConfig,
  ComposeFile,
  ComposeMount,
  ComposePort,
  ComposeService,
  DeploymentNotice,
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
import { envToKey, imageDefaults, imageFamily, imageSslSettings, IMAGE_VOLUMES, isZooKeeperFamily } from './images.js';
import { jvmFromVariables } from './jvm.js';
import type { IncludedFileResolver } from './include.js';
import { mapGet, mapPairs, nodeSpan, scalarText, seqItems, yamlErrorNotice, yamlModule, type YamlSource } from './yaml.js';

/** Options of {@link parseComposeFile}. */
export interface ComposeOptions {
  /** Supplies env_file files and the `.env` file used for `${VAR}` interpolation. */
  resolveFile?: IncludedFileResolver;
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
    if (first && source.position(first.pos[0]).column === 1 && text[first.pos[0]] === '\t') notices.push({ code: 'syntax', refused: true, file, span: source.span(first?.pos[0] ?? 0, first?.pos[0] ?? 0), message: 'Compose refuses this file: YAML does not allow tabs for indentation. Indent with spaces; kafka-lint read it as if the tabs were spaces.' });
    doc = parseDocument(text.replace(/^[ \t]+/gm, (lead) => lead.replace(/\t/g, ' ')), options);
  }
  const error = doc.errors[0];
  if (error) notices.push(yamlErrorNotice(error, { source, file, text }, 'Compose', 'lint the rendered file'));
  return { source, file, doc };
}

/** `${VAR}`, `${VAR:-default}` and `$VAR` replaced from the `.env` file; undefined when one is unknown. */
function interpolate(value: string, dotenv: ReadonlyMap<string, string>): string | undefined {
  let unknown = false;
  const out = value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (all, braced: string | undefined, op: string | undefined, arg: string | undefined, bare: string | undefined) => {
    if (all === '$$') return '$';
    const name = (braced ?? bare) as string;
    const known = dotenv.get(name);
    if (known !== undefined && !(op === ':-' && known === '')) return op === ':+' || op === '+' ? (arg ?? '') : known;
    // Unset: compose uses the default of `${VAR:-default}` and `${VAR-default}` (assuming the shell does not set VAR).
    if (known === undefined && (op === ':-' || op === '-')) return arg ?? '';
    unknown = true;
    return all;
  });
  return unknown ? undefined : out;
}

function entryOf(key: string, value: string, file: string, keySpan: Span | undefined, valueSpan: Span | undefined): ConfigEntry {
  const entry: ConfigEntry = { key, value, file, syntax: 'yaml' };
  if (keySpan) entry.keySpan = keySpan;
  if (valueSpan) entry.valueSpan = valueSpan;
  return entry;
}

/** The `environment:` of a service, map or list form, with the positions of names and values. */
function environmentEntries(src: YamlSource, node: ParsedNode | null | undefined, notices: DeploymentNotice[]): ConfigEntry[] {
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
        notices.push(notReadNotice(entryOf(name, '', src.file, keySpan, undefined), `${name} takes its value from the shell that runs compose, so kafka-lint cannot judge it.`));
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
      notices.push(notReadNotice(entryOf(name, '', src.file, keySpan, undefined), `${name} takes its value from the shell that runs compose, so kafka-lint cannot judge it.`));
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
      const source = parts.length > 1 ? (parts[0] as string) : '';
      mount = { type: /^[./~]|^[a-zA-Z]:/.test(source) ? 'bind' : 'volume' };
      if (target) mount.target = target;
    } else {
      const type = scalarText(src, mapGet(src, item, 'type'));
      const target = scalarText(src, mapGet(src, item, 'target'));
      mount = { type: type === 'tmpfs' ? 'tmpfs' : type === 'bind' ? 'bind' : type === 'volume' || type === undefined ? 'volume' : 'unknown' };
      if (target) mount.target = target;
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

/** The config entries, myid and ignored variables a service's environment gives its image. */
function mapEnvironment(service: ComposeService, family: ImageFamily, file: string, notices: DeploymentNotice[]): { entries: ConfigEntry[]; myid?: number } {
  const entries: ConfigEntry[] = [];
  let myid: number | undefined;
  for (const variable of service.environment) {
    // The entry stays (the key is set), but rules do not judge a value that holds a template.
    if (hasTemplate(variable.value) && envToKey(family, variable.key).kind !== 'other') {
      notices.push(notReadNotice(variable, `${variable.key} holds an unresolved value (${variable.value.slice(0, 60)}), so kafka-lint did not judge it; supply the .env file or lint the rendered config (docker compose config) to check it.`));
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
      if (mapping.kind === 'key') entries.push({ ...variable, key: mapping.key, writtenAs: variable.key });
      else if (mapping.kind === 'ignored') service.ignored.push({ entry: variable, reason: mapping.reason });
    }
  }
  if (family === 'cp-kafka' || family === 'apache-kafka') {
    const byName = Object.fromEntries(service.environment.map((v) => [v.key, v.value]));
    for (const [variable, key, value] of imageSslSettings(byName)) {
      const source = service.environment.find((v) => v.key === variable) as ConfigEntry;
      if (!entries.some((e) => e.key === key)) entries.push({ ...source, key, value, writtenAs: variable });
    }
  }
  const defaults = imageDefaults(family, new Map(entries.map((e) => [e.key, e.value])));
  if (family === 'cp-zookeeper' && entries.some((e) => e.key.startsWith('server.'))) {
    // configure: an ensemble gets initLimit 10 and syncLimit 5 unless set.
    for (const key of ['initLimit', 'syncLimit']) if (!entries.some((e) => e.key === key)) defaults.push({ key, value: key === 'initLimit' ? '10' : '5' });
  }
  if (family === 'zookeeper' && !entries.some((e) => e.key.startsWith('server.'))) {
    // docker-entrypoint.sh: without ZOO_SERVERS the image writes a one-server ensemble.
    defaults.push({ key: 'server.1', value: 'localhost:2888:3888;2181' });
    if (myid === undefined) myid = 1;
  }
  for (const d of defaults) {
    const entry: ConfigEntry = { key: d.key, value: d.value, file, syntax: 'yaml' };
    if (service.imageSpan) {
      entry.keySpan = service.imageSpan;
      entry.valueSpan = service.imageSpan;
    }
    entries.unshift(entry);
  }
  return myid === undefined ? { entries } : { entries, myid };
}

function buildNode(service: ComposeService, file: string, family: ImageFamily, notices: DeploymentNotice[], host: string): BrokerConfig | ZooKeeperConfig {
  const { entries, myid } = mapEnvironment(service, family, file, notices);
  const role = isZooKeeperFamily(family) ? 'zookeeper' : 'kafka';
  const jvm = jvmFromVariables(service.environment, role);
  if (role === 'zookeeper') {
    const options: Parameters<typeof buildZooKeeperConfig>[1] = { file, host };
    if (myid !== undefined) {
      const myidFile: MyidFile = { kind: 'myid', file, id: myid, text: String(myid) };
      options.myid = myidFile;
    }
    if (jvm) options.jvm = jvm;
    return buildZooKeeperConfig(entries, options);
  }
  const broker = buildBrokerConfig(entries, { file, host });
  if (jvm) broker.jvm = jvm;
  return broker;
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
 * Reads a docker-compose file: each service with its image, environment (env_file files first,
 * then `environment:`, `${VAR}` interpolated from the `.env` file when supplied), ports and
 * volumes; and for each Kafka or ZooKeeper image kafka-lint knows, the broker or ZooKeeper config
 * its environment gives, with every entry at the YAML line of its variable. Never throws.
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
    const image = rawImage === undefined ? undefined : (interpolate(rawImage, dotenv) ?? rawImage);
    if (image !== undefined) service.image = image;

    for (const ref of envFileRefs(src, mapGet(src, value, 'env_file'))) {
      const included = options.resolveFile?.(ref, file);
      if (included) service.environment.push(...parseEnvAssignments(included.text, included.file));
        else {
        const notice: DeploymentNotice = { code: 'not-read', file, message: `The env_file '${ref}' of service '${name}' was not among the files linted, so its settings were not checked; lint it together with this file.` };
        const span = nodeSpan(src, mapGet(src, value, 'env_file'));
        if (span) notice.span = span;
        notices.push(notice);
      }
    }
    for (const entry of environmentEntries(src, mapGet(src, value, 'environment'), notices)) {
      const resolved = interpolate(entry.value, dotenv);
      service.environment.push(resolved === undefined ? entry : { ...entry, value: resolved });
    }
    // A later assignment of the same variable wins (environment over env_file).
    service.environment = service.environment.filter((e, i, all) => !all.slice(i + 1).some((later) => later.key === e.key));

    const memory = mapPairs(src, value).find((p) => p.key.value === 'mem_limit') ??
      mapPairs(src, mapGet(src, mapGet(src, mapGet(src, value, 'deploy'), 'resources'), 'limits')).find((p) => p.key.value === 'memory');
    const memoryText = scalarText(src, memory?.value);
    if (memory && memoryText !== undefined) service.memoryLimit = entryOf(String(memory.key.value), memoryText, file, nodeSpan(src, memory.key), nodeSpan(src, memory.value));
    const family = image === undefined ? undefined : imageFamily(image);
    const command = [mapGet(src, value, 'entrypoint'), mapGet(src, value, 'command')].map((n) => scalarText(src, n) ?? seqItems(src, n).map((i) => scalarText(src, i) ?? '').join(' ')).join(' ');
    // A container of a Kafka image that runs a tool (kafka-topics, kafka-storage) instead of the server is not a node.
    const runsTool = command.trim() !== '' && !/docker\/run|server-start|zkServer|run\.sh|entrypoint|launch/.test(command);
    if (family && runsTool) {
      service.family = family;
    } else if (family) {
      service.family = family;
      service.imageVolumes = [...IMAGE_VOLUMES[family]];
      const host = scalarText(src, mapGet(src, value, 'hostname')) ?? scalarText(src, mapGet(src, value, 'container_name')) ?? name;
      service.node = buildNode(service, file, family, notices, host);
    } else if (image !== undefined && KAFKA_LIKE_IMAGE.test(image.replace(/:[^/:]*$/, '')) && !hasTemplate(image)) {
      const notice: DeploymentNotice = { code: 'not-read', file, message: `Service '${name}' runs '${image}', an image whose environment conventions kafka-lint does not know, so its settings were not checked; lint its mounted config files instead.` };
      if (imageSpan) notice.span = imageSpan;
      notices.push(notice);
    }
    compose.services.push(service);
  }
  return compose;
}

/**
 * `--bootstrap-server`: reads a running cluster (brokers and racks, each broker's configs as
 * DescribeConfigs reports them, topics with their partitions, replication and configs) through
 * @platformatic/kafka, and turns it into the model the rules judge: brokers as `BrokerConfig`
 * (file `broker:<id>`), topics as `TopicDefinition` (file `topic:<name>`), and the broker count.
 * Only read requests are sent (Metadata, DescribeConfigs): nothing is written to the cluster.
 *
 * Loaded only when `--bootstrap-server` is given (an entry point of scripts/build-cli.mjs), and
 * the client is imported here with `import()`, so a run over files never loads it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ConnectionOptions as TlsOptions } from 'node:tls';
import { parseProperties, lastEntries } from '../parse/properties.js';
import type { ConfigEntry } from '../parse/entry.js';
import { buildBrokerConfig } from '../model/broker.js';
import type { BrokerConfig, TopicDefinition } from '../model/types.js';
import type { KafkaVersion } from '../core/version.js';
import { liveTopic } from './topics.js';

/**
 * Why a running cluster could not be read (refused, timed out, authentication or authorisation
 * failed, an unusable --command-config): one line, with no secret in it.
 */
export class LiveClusterError extends Error {
  override name = 'LiveClusterError';
}

/** What was read from a live cluster, in the project's model. */
export interface LiveCluster {
  /** The bootstrap servers, as given. */
  server: string;
  /** Its brokers, by id (file `broker:<id>`). */
  brokers: BrokerConfig[];
  /** Its topics other than Kafka's internal ones (file `topic:<name>`). */
  topics: TopicDefinition[];
  /** The number of brokers the cluster's metadata lists. */
  brokerCount: number;
  /** The Kafka release line the bootstrap broker runs, told by the newest metadata.version it supports. */
  kafkaVersion?: { value: KafkaVersion; detail: string };
}

/**
 * The newest production metadata.version (its feature level) of each release line: a broker
 * advertises it as the highest metadata.version it supports (ApiVersions v3+), which tells the
 * release it runs. Read from each release's `MetadataVersion.latestProduction()` in its jars;
 * test/cli/live.test.ts checks it there.
 */
export const METADATA_VERSION_RELEASES: Readonly<Record<number, KafkaVersion>> = { 21: '3.9', 25: '4.0', 27: '4.1', 29: '4.2', 30: '4.3', 33: '4.4' };

/** How to reach the cluster. */
export interface LiveOptions {
  /** `host:port[,host:port...]`. */
  server: string;
  /** The `--command-config` file, as given. */
  commandConfig?: string;
  /** Where relative paths start. */
  cwd: string;
  /** The most the whole read may take. */
  timeoutMs: number;
}

/** What `--command-config` turns into: the client's security options, and the values never to print. */
interface ClientSecurity {
  tls?: TlsOptions;
  sasl?: { mechanism: 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512'; username: string; password: string };
  secrets: string[];
}

/**
 * The value of a sensitive config (a password), which Kafka sends without its value: a
 * placeholder, so the key is known to be set and its value, like a template's, is never judged.
 */
export const SENSITIVE = '<sensitive>';

/** DescribeConfigs' config sources (KIP-226), by number. */
const SOURCE = { DYNAMIC_TOPIC: 1, DYNAMIC_BROKER: 2, DYNAMIC_DEFAULT_BROKER: 3, STATIC_BROKER: 4, DEFAULT: 5 } as const;
/** DescribeConfigs' resource types. */
const RESOURCE = { TOPIC: 2, BROKER: 4 } as const;

/** A key of a client config whose value is a secret (`sasl.jaas.config`, `ssl.keystore.password`, ...). */
export function isSecretClientKey(key: string): boolean {
  return key === 'sasl.jaas.config' || /(^|\.)password$/.test(key) || key === 'ssl.keystore.key' || key === 'sasl.oauthbearer.client.secret';
}

/** `key="value"` and `key=value` options of a JAAS login module line. */
function jaasOptions(text: string): Map<string, string> {
  const options = new Map<string, string>();
  const option = /([\w.-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s;"]+))/g;
  for (let m = option.exec(text); m; m = option.exec(text)) {
    options.set(m[1] as string, m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] as string));
  }
  return options;
}

/**
 * Reads `--command-config` as Kafka's tools do (a .properties file) into the client's TLS and
 * SASL options. Messages name keys and files, never a value of a secret key.
 */
export function clientSecurity(file: string | undefined, cwd: string): ClientSecurity {
  if (file === undefined) return { secrets: [] };
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new LiveClusterError(`cannot read --command-config ${file}: ${(err as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  const settings = lastEntries(parseProperties(text, { file }).entries);
  const get = (key: string): string | undefined => {
    const v = settings.get(key)?.value.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const secrets = [...settings.values()].filter((e) => isSecretClientKey(e.key) && e.value.trim() !== '').map((e) => e.value.trim());
  const out: ClientSecurity = { secrets };
  const protocol = (get('security.protocol') ?? 'PLAINTEXT').toUpperCase();
  if (!['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'].includes(protocol)) {
    throw new LiveClusterError(`${file}: security.protocol ${protocol} is not one of PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL`);
  }
  const readPem = (key: string): string => {
    const location = get(key) as string;
    try {
      return readFileSync(resolve(cwd, location), 'utf8');
    } catch (err) {
      throw new LiveClusterError(`${file}: cannot read ${key} ${location}: ${(err as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
  };
  if (protocol === 'SSL' || protocol === 'SASL_SSL') {
    const tls: TlsOptions = {};
    const trustType = (get('ssl.truststore.type') ?? 'JKS').toUpperCase();
    if (get('ssl.truststore.certificates')) tls.ca = get('ssl.truststore.certificates') as string;
    else if (get('ssl.truststore.location')) {
      if (trustType !== 'PEM') throw new LiveClusterError(`${file}: kafka-lint reads trust stores of ssl.truststore.type=PEM only, not ${trustType}; export the CA certificates as PEM (keytool -exportcert -rfc) and point ssl.truststore.location at them`);
      tls.ca = readPem('ssl.truststore.location');
    }
    const keyType = (get('ssl.keystore.type') ?? 'JKS').toUpperCase();
    if (get('ssl.keystore.key') && get('ssl.keystore.certificate.chain')) {
      tls.key = get('ssl.keystore.key') as string;
      tls.cert = get('ssl.keystore.certificate.chain') as string;
      const passphrase = get('ssl.key.password');
      if (passphrase !== undefined) tls.passphrase = passphrase;
    } else if (get('ssl.keystore.location')) {
      if (keyType === 'PEM') {
        const pem = readPem('ssl.keystore.location');
        tls.key = pem;
        tls.cert = pem;
        const passphrase = get('ssl.key.password');
        if (passphrase !== undefined) tls.passphrase = passphrase;
      } else if (keyType === 'PKCS12') {
        const location = get('ssl.keystore.location') as string;
        try {
          tls.pfx = readFileSync(resolve(cwd, location));
        } catch (err) {
          throw new LiveClusterError(`${file}: cannot read ssl.keystore.location ${location}: ${(err as NodeJS.ErrnoException).code ?? 'unreadable'}`);
        }
        const passphrase = get('ssl.keystore.password');
        if (passphrase !== undefined) tls.passphrase = passphrase;
      } else {
        throw new LiveClusterError(`${file}: kafka-lint reads key stores of ssl.keystore.type PEM or PKCS12, not ${keyType}`);
      }
    }
    // An empty ssl.endpoint.identification.algorithm turns host name verification off, as in Kafka's clients.
    if (settings.has('ssl.endpoint.identification.algorithm') && get('ssl.endpoint.identification.algorithm') === undefined) tls.checkServerIdentity = () => undefined;
    out.tls = tls;
  }
  if (protocol === 'SASL_PLAINTEXT' || protocol === 'SASL_SSL') {
    const mechanism = (get('sasl.mechanism') ?? 'GSSAPI').toUpperCase();
    if (mechanism !== 'PLAIN' && mechanism !== 'SCRAM-SHA-256' && mechanism !== 'SCRAM-SHA-512') {
      throw new LiveClusterError(`${file}: sasl.mechanism ${mechanism} is not supported by kafka-lint; use PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512`);
    }
    const jaas = get('sasl.jaas.config');
    if (jaas === undefined) throw new LiveClusterError(`${file}: ${protocol} needs sasl.jaas.config with a username and password`);
    const options = jaasOptions(jaas);
    const username = options.get('username');
    const password = options.get('password');
    if (username === undefined || password === undefined) throw new LiveClusterError(`${file}: sasl.jaas.config has no username="..." password="..." options`);
    if (password !== '') secrets.push(password);
    out.sasl = { mechanism, username, password };
  }
  return out;
}

/** Replaces every secret value in a text (an error message of the client) with `***`. */
function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) if (s.length > 0) out = out.split(s).join('***');
  return out;
}

/** Every error inside an error: its `errors` (AggregateError) and `cause`, depth first. */
function causes(err: unknown, seen = new Set<unknown>()): unknown[] {
  if (err === null || typeof err !== 'object' || seen.has(err)) return [];
  seen.add(err);
  const e = err as { errors?: unknown[]; cause?: unknown };
  return [err, ...(Array.isArray(e.errors) ? e.errors.flatMap((x) => causes(x, seen)) : []), ...causes(e.cause, seen)];
}

/** One line that says why the cluster could not be read (nothing secret in it). */
export function describeFailure(err: unknown, server: string, security: ClientSecurity, commandConfig: string | undefined): string {
  const all = causes(err) as { code?: unknown; name?: unknown; message?: unknown; apiId?: unknown }[];
  const codes = all.map((e) => String(e.code ?? ''));
  const text = all.map((e) => `${String(e.name ?? '')} ${String(e.apiId ?? '')} ${String(e.message ?? '')}`).join(' ');
  const config = commandConfig !== undefined ? ` in ${commandConfig}` : '';
  if (codes.includes('ECONNREFUSED')) return `cannot connect to ${server}: connection refused`;
  if (codes.includes('ENOTFOUND') || codes.includes('EAI_AGAIN')) return `cannot connect to ${server}: the host name does not resolve`;
  if (codes.includes('EHOSTUNREACH') || codes.includes('ENETUNREACH')) return `cannot connect to ${server}: the host is unreachable`;
  if (codes.includes('ECONNRESET') || codes.includes('EPIPE')) return `cannot read the cluster at ${server}: the connection was closed (does security.protocol${config} match the listener?)`;
  const tlsCode = codes.find((c) => /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED|ERR_OSSL)/.test(c));
  if (tlsCode !== undefined) return `TLS with ${server} failed (${tlsCode}); check the ssl.* settings${config}`;
  if (all.some((e) => e.name === 'AuthenticationError') || /SASL_AUTHENTICATION_FAILED|ILLEGAL_SASL_STATE|UNSUPPORTED_SASL_MECHANISM|authentication failed/i.test(text)) {
    return `authentication to ${server} failed; check sasl.mechanism and sasl.jaas.config${config}`;
  }
  const denied = /([A-Z_]*AUTHORIZATION_FAILED)/.exec(text);
  if (denied) return `not authorised to read the cluster at ${server} (${denied[1]}): kafka-lint needs Describe on the cluster and topics and DescribeConfigs on the brokers and topics`;
  if (all.some((e) => e.name === 'TimeoutError') || codes.includes('ETIMEDOUT')) return `no answer from ${server} in time (--timeout)`;
  const first = all.find((e) => typeof e.message === 'string' && e.message !== '') as { message: string } | undefined;
  return `cannot read the cluster at ${server}: ${scrub((first?.message ?? String(err)).split('\n')[0] as string, security.secrets)}`;
}

/** A config entry read from the cluster: no file position, its file the resource it belongs to. */
function entry(key: string, value: string, file: string): ConfigEntry {
  return { key, value, file, syntax: 'object' };
}

/** Node 20 lacks `Promise.withResolvers` (Node 22), the one newer API the client uses. */
export function polyfillWithResolvers(): void {
  const P = Promise as unknown as { withResolvers?: unknown };
  if (typeof P.withResolvers === 'function') return;
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value<T>(this: PromiseConstructor) {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new this<T>((a, b) => {
        resolve = a;
        reject = b;
      });
      return { promise, resolve, reject };
    },
  });
}

/** Describes config resources, failing on the first resource the cluster refuses. */
interface ConfigDescription {
  resourceType: number;
  resourceName: string;
  configs: { name: string; value: string | null; configSource: number; isSensitive: boolean }[];
}

/**
 * Reads the cluster at `options.server`: its brokers (id, host, rack), each broker's configs
 * that are not Kafka's defaults (static from its server.properties, dynamic per broker or
 * cluster-wide), and its topics (partitions, replication factor, configs set on the topic).
 * Failures (refused, timed out, authentication, authorisation) throw an `InputError` of one line.
 *
 * @example
 * ```ts
 * const live = await readLiveCluster({ server: 'localhost:9092', cwd: process.cwd(), timeoutMs: 10_000 });
 * live.brokers[0]?.file; // 'broker:1'
 * ```
 */
export async function readLiveCluster(options: LiveOptions): Promise<LiveCluster> {
  const security = clientSecurity(options.commandConfig, options.cwd);
  polyfillWithResolvers();
  let kafka: typeof import('@platformatic/kafka');
  try {
    kafka = await import('@platformatic/kafka');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') throw new LiveClusterError('--bootstrap-server needs the package @platformatic/kafka: npm install @platformatic/kafka');
    throw new LiveClusterError(`cannot load the Kafka client @platformatic/kafka: ${String((err as Error).message ?? err).split('\n')[0]}`);
  }
  const admin = new kafka.Admin({
    clientId: 'kafka-lint',
    bootstrapBrokers: options.server.split(',').map((address) => {
      const [host, port] = splitHostPort(address);
      return { host, port };
    }),
    connectTimeout: options.timeoutMs,
    requestTimeout: options.timeoutMs,
    timeout: options.timeoutMs,
    retries: 1,
    retryDelay: 200,
    ...(security.tls ? { tls: security.tls } : {}),
    ...(security.sasl ? { sasl: security.sasl } : {}),
  });
  // The client reports failures through the returned promises; an 'error' event must not crash the process.
  admin.on('error', () => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LiveClusterError(`no answer from ${options.server} within ${options.timeoutMs / 1000} s (--timeout)`)), options.timeoutMs);
  });
  try {
    return await Promise.race([read(admin, options.server, kafka, security, options.timeoutMs), timedOut]);
  } catch (err) {
    if (err instanceof LiveClusterError) throw err;
    throw new LiveClusterError(describeFailure(err, options.server, security, options.commandConfig));
  } finally {
    clearTimeout(timer);
    // Closing waits for nothing that could hang the process: a close that fails or stalls is left.
    await Promise.race([admin.close().catch(() => undefined), new Promise((r) => setTimeout(r, 1000).unref())]);
  }
}

async function read(
  admin: InstanceType<typeof import('@platformatic/kafka').Admin>,
  server: string,
  kafka: typeof import('@platformatic/kafka'),
  security: ClientSecurity,
  timeoutMs: number,
): Promise<LiveCluster> {
  const names = (await admin.listTopics({ includeInternals: false })).sort();
  const metadata = await admin.metadata({ topics: names, forceUpdate: true, autocreateTopics: false });
  const brokerIds = [...metadata.brokers.keys()].sort((a, b) => a - b);
  const resources = [
    ...brokerIds.map((id) => ({ resourceType: RESOURCE.BROKER, resourceName: String(id) })),
    ...names.map((name) => ({ resourceType: RESOURCE.TOPIC, resourceName: name })),
  ];
  const described = (resources.length > 0 ? await admin.describeConfigs({ resources: resources as never, includeSynonyms: false }) : []) as unknown as ConfigDescription[];
  const configsOf = (type: number, name: string, sources: readonly number[]): ConfigDescription['configs'] =>
    (described.find((d) => d.resourceType === type && d.resourceName === name)?.configs ?? [])
      .filter((c) => sources.includes(c.configSource) && (c.value !== null || c.isSensitive))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const brokers = brokerIds.map((id) => {
    const file = `broker:${id}`;
    const info = metadata.brokers.get(id);
    const entries = configsOf(RESOURCE.BROKER, String(id), [SOURCE.STATIC_BROKER, SOURCE.DYNAMIC_DEFAULT_BROKER, SOURCE.DYNAMIC_BROKER]).map((c) => entry(c.name, c.value ?? SENSITIVE, file));
    if (info?.rack && !entries.some((e) => e.key === 'broker.rack')) entries.push(entry('broker.rack', info.rack, file));
    // A KRaft broker reports broker.id as a static config even when only node.id is set (Kafka copies
    // it over): judged, that would be a broker.id the file does not hold (deprecated from 4.4).
    const nodeId = entries.find((e) => e.key === 'node.id');
    const brokerId = entries.findIndex((e) => e.key === 'broker.id');
    if (nodeId && brokerId >= 0 && entries[brokerId]?.value === nodeId.value && entries.some((e) => e.key === 'process.roles')) entries.splice(brokerId, 1);
    return buildBrokerConfig(entries, { file, ...(info ? { host: info.host } : {}) });
  });

  const topics = names.map((name): TopicDefinition => {
    const t = metadata.topics.get(name);
    const configs = configsOf(RESOURCE.TOPIC, name, [SOURCE.DYNAMIC_TOPIC]).map((c): [string, string] => [c.name, c.value ?? SENSITIVE]);
    if (!t) return liveTopic(name, undefined, configs);
    const partitions = t.partitionsCount ?? t.partitions.length;
    return liveTopic(name, { partitions, replicationFactor: Math.max(0, ...t.partitions.map((p) => p.replicas.length)) }, configs);
  });
  const out: LiveCluster = { server, brokers, topics, brokerCount: brokerIds.length };
  const version = await releaseOf(kafka, server, security, timeoutMs);
  if (version) out.kafkaVersion = version;
  return out;
}

/**
 * The release line the first bootstrap broker runs, from the highest metadata.version it
 * supports (ApiVersions v3); undefined when it does not say or names a level kafka-lint does not
 * know (then the version stays assumed, as for files).
 */
async function releaseOf(kafka: typeof import('@platformatic/kafka'), server: string, security: ClientSecurity, timeoutMs: number): Promise<LiveCluster['kafkaVersion']> {
  const [host, port] = splitHostPort(server.split(',')[0] as string);
  const connection = new kafka.Connection('kafka-lint', {
    connectTimeout: timeoutMs,
    requestTimeout: timeoutMs,
    ...(security.tls ? { tls: security.tls } : {}),
    ...(security.sasl ? { sasl: security.sasl } : {}),
  });
  connection.on('error' as never, () => undefined);
  try {
    await connection.connect(host, port);
    const response = await kafka.apiVersionsV3.api.async(connection, 'kafka-lint', '0');
    const level = response.supportedFeatures?.find((f) => f.name === 'metadata.version')?.maxVersion;
    const value = level === undefined ? undefined : METADATA_VERSION_RELEASES[level];
    return value === undefined ? undefined : { value, detail: `the broker at ${server} supports metadata.version level ${level}, the newest of Kafka ${value}` };
  } catch {
    return undefined;
  } finally {
    await Promise.race([connection.close().catch(() => undefined), new Promise((r) => setTimeout(r, 1000).unref())]);
  }
}

/** `host:port` or `[v6]:port` as host and port. */
function splitHostPort(address: string): [string, number] {
  const i = address.lastIndexOf(':');
  return [address.slice(0, i).replace(/^\[(.*)\]$/, '$1'), Number(address.slice(i + 1))];
}

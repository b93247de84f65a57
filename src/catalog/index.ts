/**
 * The Kafka and ZooKeeper key catalog: every broker key of each supported Kafka version (3.9 to
 * 4.4) with its ConfigDef facts, the keys removed along the way, the client-only keys, and every
 * zoo.cfg key of ZooKeeper 3.8/3.9. The data is generated from the released jars by
 * `npm run catalog` (scripts/catalog/; see docs/catalog.md).
 */
import kafkaData from './data/kafka.json' with { type: 'json' };
import clientKeyData from './data/kafka-client-keys.json' with { type: 'json' };
import zookeeperData from './data/zookeeper.json' with { type: 'json' };
import { NEWEST_KAFKA_VERSION, compareVersions, isKafkaVersion, type KafkaVersion } from '../core/version.js';

/** A ConfigDef type. */
export type KafkaType = 'BOOLEAN' | 'INT' | 'LONG' | 'SHORT' | 'DOUBLE' | 'STRING' | 'LIST' | 'CLASS' | 'PASSWORD';

/** One bound of a composite validator (`-1 or at least 1`). */
export interface KafkaValidatorBound {
  /** The value equals this. */
  equals?: number;
  /** The value is at least this. */
  atLeast?: number;
  /** The value is between these, inclusive. */
  between?: [number, number];
}

/**
 * A key's ConfigDef validator, normalised: a Range (`atLeast`, `atMost`, `between`), a
 * ValidString (`in`, case-sensitive; `inIgnoreCase`), a ValidList (`list`, with `eachIn` and the
 * 4.2+ flags), `nonNull`, `nonEmptyString`, a composite (`anyOf`), or one of the custom
 * validators kafka-lint re-implements (`custom`).
 */
export interface KafkaValidator {
  /** Range: the smallest value accepted. */
  atLeast?: number;
  /** Range: the largest value accepted. */
  atMost?: number;
  /** Range: the smallest and largest values accepted. */
  between?: [number, number];
  /** ValidString: the values accepted, case-sensitive. */
  in?: string[];
  /** ValidString: the values accepted, ignoring case. */
  inIgnoreCase?: string[];
  /** True for a ValidList. */
  list?: true;
  /** ValidList: the values each element may take. */
  eachIn?: string[];
  /** ValidList (4.2+): whether an empty list is accepted. */
  allowEmptyList?: boolean;
  /** ValidList (4.2+): whether null is accepted. */
  allowNull?: boolean;
  /** ValidList (4.2+): whether duplicates are refused. */
  noDuplicates?: boolean;
  /** ValidList (4.2+): whether empty elements are refused. */
  noEmptyElements?: boolean;
  /** The value must be set. */
  nonNull?: true;
  /** The value must not be empty. */
  nonEmptyString?: true;
  /** A composite: the value must satisfy one of these bounds. */
  anyOf?: KafkaValidatorBound[];
  /** A validator of Kafka's own that kafka-lint re-implements. */
  custom?: 'quorum-voters' | 'quorum-bootstrap-servers' | 'metadata-version' | 'throttled-replicas';
  /** For `metadata-version`: the version strings MetadataVersion.fromVersionString accepts. */
  knownVersions?: string[];
}

/** The facts of one broker key in one Kafka version. */
export interface KafkaKeyFact {
  /** The key. */
  name: string;
  /** The version these facts hold for. */
  version: KafkaVersion;
  /** The ConfigDef type. */
  type: KafkaType;
  /** ConfigDef.convertToString of the default; `null` for no default or a null default. */
  default: string | null;
  /** True when the key has no default and must be set. */
  required: boolean;
  /** The validator, when the key has one. */
  validator?: KafkaValidator;
  /** ConfigDef importance. */
  importance: 'HIGH' | 'MEDIUM' | 'LOW';
  /** True for internal keys (not in the documentation). */
  internal: boolean;
  /** True for PASSWORD keys: never print their value. */
  password: boolean;
  /** Every version whose ConfigDef defines the key. */
  versions: KafkaVersion[];
}

/** A broker key removed from Kafka. */
export interface RemovedKafkaKey {
  /** The key. */
  name: string;
  /** The first version without it (`3.0` for keys removed before the catalog's range). */
  removedIn: string;
  /** Keys (or, for quotas, the mechanism) to use instead; empty when there is none. */
  replacement: string[];
  /** Why it went: `zookeeper-only`, `zookeeper-migration`, `replaced-by-feature`, ... */
  category: string;
}

/** A class name that was once a valid value of a broker key and is gone from Kafka. */
export interface RemovedKafkaClass {
  /** The fully qualified class name. */
  className: string;
  /** The keys that took it. */
  keys: string[];
  /** The first version without it. */
  removedIn: string;
  /** The class to use instead, per metadata mode where they differ. */
  replacement: {
    /** In ZooKeeper mode. */
    zookeeper?: string;
    /** In KRaft mode. */
    kraft?: string;
  };
  /** The commit that removed it. */
  commit: string;
}

/** A key that still works in a version but is deprecated there. */
export interface DeprecatedKafkaKey {
  /** The key. */
  name: string;
  /** The first version that deprecates it. */
  since: KafkaVersion;
  /** Keys to use instead; empty when there is none. */
  replacement: string[];
}

/** How a ZooKeeper key is read: its value type and default. */
export interface ZooKeeperKeyFact {
  /** The key. */
  name: string;
  /**
   * `int`/`long`/`boolean`/`enum`: read by QuorumPeerConfig.parseProperties (a bad value stops
   * ZooKeeper) or by a system-property reader (a bad value falls back silently); `path`,
   * `string`, `list`: taken as written.
   */
  type: 'int' | 'long' | 'boolean' | 'enum' | 'path' | 'string' | 'list';
  /** The default as text; `null` when there is none. */
  default: string | null;
  /** Where ZooKeeper reads it: `QuorumPeerConfig.parseProperties`, or the file that reads the system property `zookeeper.<name>`. */
  source: string;
  /** True when QuorumPeerConfig.parseProperties reads it itself (its parse errors stop the server). */
  parsed: boolean;
  /** Allowed values (`enum`, `electionAlg`). */
  allowed?: string[];
  /** Whether `allowed` is matched ignoring case. */
  ignoreCase?: boolean;
  /** The ZooKeeper minor versions that read it. */
  versions: string[];
}

interface KafkaVariant extends Omit<KafkaKeyFact, 'name' | 'version' | 'required' | 'internal' | 'password'> {
  required?: boolean;
  internal?: boolean;
}

interface KafkaCatalogData {
  versions: KafkaVersion[];
  keys: Record<string, KafkaVariant[]>;
  removed: Record<string, Omit<RemovedKafkaKey, 'name'>>;
  deprecated: Record<string, Omit<DeprecatedKafkaKey, 'name'>>;
  pluginKeys: Record<string, { versions: KafkaVersion[]; source: string }>;
  removedClasses: Record<string, Omit<RemovedKafkaClass, 'className'>>;
  prefixes: Record<string, { versions: KafkaVersion[]; source: string }>;
  topicKeys: Record<string, { versions: KafkaVersion[]; broker?: string; facts: KafkaVariant[] }>;
}

interface ZooKeeperCatalogData {
  keys: Record<string, Omit<ZooKeeperKeyFact, 'name' | 'parsed'> & { parsed?: boolean }>;
  prefixes: Record<string, string>;
}

const kafka = kafkaData as unknown as KafkaCatalogData;
const clientKeys = clientKeyData as Record<string, string[]>;
const zookeeper = zookeeperData as unknown as ZooKeeperCatalogData;

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/**
 * The facts of a broker key in a version, or `undefined` when that version's ConfigDef does not
 * define it (listener-prefixed and plugin keys included: see `kafkaKeyPrefix`).
 *
 * @example
 * ```ts
 * kafkaKey('log.segment.bytes', '3.9')?.validator; // { atLeast: 14 }
 * kafkaKey('log.segment.bytes', '4.0')?.validator; // { atLeast: 1048576 }
 * ```
 */
export function kafkaKey(name: string, version: KafkaVersion = NEWEST_KAFKA_VERSION): KafkaKeyFact | undefined {
  const variants = own(kafka.keys, name);
  if (!variants) return undefined;
  // Rules ask for the same keys again and again (every rule, every broker): build each fact once.
  let facts = factCache.get(name);
  if (!facts) factCache.set(name, (facts = new Map()));
  if (facts.has(version)) return facts.get(version);
  const fact = factOfVariants(name, variants, version);
  facts.set(version, fact);
  return fact;
}

/** A key's facts in a version, from the variants the catalog stores (one per run of versions with the same facts). */
function factOfVariants(name: string, variants: readonly KafkaVariant[], version: KafkaVersion): KafkaKeyFact | undefined {
  const variant = variants.find((v) => v.versions.includes(version));
  if (!variant) return undefined;
  const { required, internal, ...rest } = variant;
  return {
    ...rest,
    name,
    version,
    required: required === true,
    internal: internal === true,
    password: variant.type === 'PASSWORD',
    versions: variants.flatMap((v) => v.versions).sort(compareVersions),
  };
}

/** The facts {@link kafkaKey} built, by key and version (catalog keys only, so it stays small). */
const factCache = new Map<string, Map<KafkaVersion, KafkaKeyFact | undefined>>();

/**
 * Every key the version's ConfigDef defines, and the keys Kafka's own plugins read outside it
 * (`super.users`, `metrics.jmx.include`, ...): the candidates for a did-you-mean.
 *
 * @example
 * ```ts
 * kafkaKeyNames('4.3').includes('advertised.listeners'); // true
 * ```
 */
export function kafkaKeyNames(version: KafkaVersion = NEWEST_KAFKA_VERSION): string[] {
  const names = Object.keys(kafka.keys).filter((n) => kafka.keys[n]?.some((v) => v.versions.includes(version)));
  const plugins = Object.keys(kafka.pluginKeys).filter((n) => kafka.pluginKeys[n]?.versions.includes(version));
  return [...names, ...plugins];
}

/** A topic-level config of one Kafka version (LogConfig), and the broker key it defaults to. */
export interface TopicConfigFact {
  /** The topic config. */
  name: string;
  /** The versions that define it. */
  versions: KafkaVersion[];
  /** The broker key whose value a topic that does not set it takes (ServerTopicConfigSynonyms), when there is one. */
  broker?: string;
  /** Its type, default and validator as the version's LogConfig parses a topic's configs. */
  fact: KafkaKeyFact;
}

/**
 * A topic config as the version's LogConfig defines it, or `undefined` when that version refuses
 * it (topic creation and alteration fail with "Unknown topic config name").
 *
 * @example
 * ```ts
 * topicConfig('retention.ms', '4.4')?.broker; // 'log.retention.ms'
 * topicConfig('segment.bytes', '4.1')?.fact.validator; // { atLeast: 1048576 }
 * topicConfig('message.format.version', '4.0'); // undefined (removed in 4.0)
 * ```
 */
export function topicConfig(name: string, version: KafkaVersion = NEWEST_KAFKA_VERSION): TopicConfigFact | undefined {
  const known = own(kafka.topicKeys, name);
  const fact = known && factOfVariants(name, known.facts, version);
  if (!known || !fact) return undefined;
  const out: TopicConfigFact = { name, versions: known.versions, fact };
  if (known.broker !== undefined) out.broker = known.broker;
  return out;
}

/**
 * Every topic config the version defines: the candidates for a did-you-mean.
 *
 * @example
 * ```ts
 * topicConfigNames('4.4').includes('cleanup.policy'); // true
 * ```
 */
export function topicConfigNames(version: KafkaVersion = NEWEST_KAFKA_VERSION): string[] {
  return Object.keys(kafka.topicKeys).filter((n) => kafka.topicKeys[n]?.versions.includes(version));
}

/**
 * The topic config whose default a broker key sets (`log.retention.ms` → `retention.ms`), when
 * the key is a broker key and not also a topic config of its own name.
 *
 * @example
 * ```ts
 * topicConfigOfBrokerKey('log.retention.ms', '4.4'); // 'retention.ms'
 * ```
 */
export function topicConfigOfBrokerKey(key: string, version: KafkaVersion = NEWEST_KAFKA_VERSION): string | undefined {
  for (const [name, known] of Object.entries(kafka.topicKeys)) if (known.broker === key && name !== key && known.versions.includes(version)) return name;
  return undefined;
}

/** What a key under a known prefix is, and the key it overrides when there is one. */
export interface KafkaPrefixMatch {
  /** The prefix as written, e.g. `listener.name.internal.` or `rsm.config.`. */
  prefix: string;
  /** The broker key a listener-prefixed key overrides (`ssl.keystore.location`). */
  overrides?: string;
  /** Where Kafka reads keys under this prefix. */
  source: string;
}

/** The prefixes as a list, built once: every unknown key of every file is matched against them. */
const kafkaPrefixes = Object.entries(kafka.prefixes);
const zookeeperPrefixes = Object.entries(zookeeper.prefixes);

const LISTENER_PREFIX = /^listener\.name\.([^.]+)\.(.+)$/;
/**
 * SASL keys under a mechanism prefix within a listener prefix: AbstractConfig.valuesWithPrefixOverride
 * keeps `<mechanism>.<key>` for any broker key, and the SASL code reads it for its mechanism
 * (SaslChannelBuilder: the JAAS and callback classes; the OAUTHBEARER validator's
 * ConfigurationUtils: `sasl.oauthbearer.*`, 3.9.2 to 4.4.0 jars).
 */
const MECHANISM_KEY = /^([a-z0-9-]+)\.(sasl\.[a-z0-9.-]+)$/i;

/**
 * Matches a key that Kafka reads under a prefix: `listener.name.<listener>.<key>` (and
 * `listener.name.<listener>.<mechanism>.sasl.*`, e.g. `.oauthbearer.sasl.jaas.config`), `config.providers.`,
 * `metrics.context.`, and the tiered-storage plugin prefixes, which are the values of
 * `remote.log.storage.manager.impl.prefix` (default `rsm.config.`) and
 * `remote.log.metadata.manager.impl.prefix` (default `rlmm.config.`). Pass the file's settings so
 * changed plugin prefixes count. A listener-prefixed key matches only when the key after the
 * prefix is a broker key of the version.
 *
 * @example
 * ```ts
 * kafkaKeyPrefix('listener.name.internal.ssl.keystore.location', '4.3')?.overrides; // 'ssl.keystore.location'
 * kafkaKeyPrefix('rsm.config.bucket', '4.3')?.prefix; // 'rsm.config.'
 * ```
 */
export function kafkaKeyPrefix(
  name: string,
  version: KafkaVersion = NEWEST_KAFKA_VERSION,
  settings?: ReadonlyMap<string, { value: string }>,
): KafkaPrefixMatch | undefined {
  const listener = LISTENER_PREFIX.exec(name);
  if (listener) {
    const prefix = `listener.name.${listener[1]}.`;
    const rest = listener[2] as string;
    const mechanism = MECHANISM_KEY.exec(rest);
    const overrides = mechanism ? (mechanism[2] as string) : rest;
    if (kafkaKey(overrides, version)) {
      return { prefix: mechanism ? `${prefix}${mechanism[1]}.` : prefix, overrides, source: 'AbstractConfig.valuesWithPrefixOverride (listener prefix)' };
    }
    return undefined;
  }
  for (const [prefix, { versions, source }] of kafkaPrefixes) {
    if (name.startsWith(prefix) && name.length > prefix.length && versions.includes(version)) return { prefix, source };
  }
  for (const prefixKey of ['remote.log.storage.manager.impl.prefix', 'remote.log.metadata.manager.impl.prefix']) {
    const prefix = settings?.get(prefixKey)?.value.trim() || kafkaKey(prefixKey, version)?.default;
    if (prefix && name.startsWith(prefix) && name.length > prefix.length) return { prefix, source: `RemoteLogManagerConfig (${prefixKey})` };
  }
  return undefined;
}

/**
 * Whether a broker file may hold the key in this version: a ConfigDef key, a key Kafka's own
 * plugins read, or a key under a known prefix.
 *
 * @example
 * ```ts
 * isKnownKafkaKey('advertised.listeners', '4.3'); // true
 * isKnownKafkaKey('advertised.listners', '4.3'); // false
 * isKnownKafkaKey('zookeeper.connect', '4.0'); // false (removed)
 * ```
 */
export function isKnownKafkaKey(
  name: string,
  version: KafkaVersion = NEWEST_KAFKA_VERSION,
  settings?: ReadonlyMap<string, { value: string }>,
): boolean {
  if (kafkaKey(name, version)) return true;
  if (own(kafka.pluginKeys, name)?.versions.includes(version)) return true;
  return kafkaKeyPrefix(name, version, settings) !== undefined;
}

/**
 * The removal of a broker key that is gone in `version` (removed in that version or earlier),
 * or `undefined` when the version still has it or it never existed.
 *
 * @example
 * ```ts
 * removedKafkaKey('zookeeper.connect', '4.0'); // { removedIn: '4.0', replacement: [], category: 'zookeeper-only', ... }
 * removedKafkaKey('zookeeper.connect', '3.9'); // undefined
 * removedKafkaKey('advertised.host.name', '3.9')?.replacement; // ['advertised.listeners']
 * ```
 */
export function removedKafkaKey(name: string, version: KafkaVersion = NEWEST_KAFKA_VERSION): RemovedKafkaKey | undefined {
  const removed = own(kafka.removed, name);
  if (!removed || kafkaKey(name, version)) return undefined;
  return { name, ...removed };
}

/**
 * The removal of a class name set as the value of `key`, when `version` no longer has the class
 * (the broker cannot load it and does not start); `undefined` otherwise.
 *
 * @example
 * ```ts
 * removedKafkaClass('authorizer.class.name', 'kafka.security.auth.SimpleAclAuthorizer', '3.9')?.removedIn; // '3.0'
 * removedKafkaClass('authorizer.class.name', 'kafka.security.authorizer.AclAuthorizer', '3.9'); // undefined
 * ```
 */
export function removedKafkaClass(key: string, className: string, version: KafkaVersion = NEWEST_KAFKA_VERSION): RemovedKafkaClass | undefined {
  const removed = own(kafka.removedClasses, className);
  if (!removed || !removed.keys.includes(key)) return undefined;
  // A removal before the catalog's first version (3.0) holds for every version it knows.
  const gone = !isKafkaVersion(removed.removedIn) || compareVersions(version, removed.removedIn) >= 0;
  return gone ? { className, ...removed } : undefined;
}

/**
 * The deprecation of a key that still works in `version`, or `undefined`.
 *
 * @example
 * ```ts
 * deprecatedKafkaKey('remote.log.manager.thread.pool.size', '4.2')?.replacement; // ['remote.log.manager.follower.thread.pool.size']
 * ```
 */
export function deprecatedKafkaKey(name: string, version: KafkaVersion = NEWEST_KAFKA_VERSION): DeprecatedKafkaKey | undefined {
  const deprecated = own(kafka.deprecated, name);
  if (!deprecated || !kafkaKey(name, version) || compareVersions(version, deprecated.since) < 0) return undefined;
  return { name, ...deprecated };
}

/**
 * The clients that read a key no broker version defines (`bootstrap.servers`, `acks`,
 * `group.id`, ...), from Kafka's producer, consumer, admin, Connect and Streams configs;
 * `undefined` for other keys. An empty list means a common client key.
 *
 * @example
 * ```ts
 * clientOnlyKey('key.serializer'); // ['producer']
 * clientOnlyKey('log.dirs'); // undefined
 * ```
 */
export function clientOnlyKey(name: string): string[] | undefined {
  return own(clientKeys, name);
}

/**
 * The facts of a zoo.cfg key (ZooKeeper 3.8/3.9): the keys QuorumPeerConfig.parseProperties
 * reads, and the `zookeeper.*` system properties that zoo.cfg sets by their short name. `server.N`,
 * `group.N`, `weight.N` and the other prefixed keys are matched by `zookeeperKeyPrefix`.
 *
 * @example
 * ```ts
 * zookeeperKey('tickTime')?.default; // '3000'
 * zookeeperKey('clientport'); // undefined
 * ```
 */
export function zookeeperKey(name: string): ZooKeeperKeyFact | undefined {
  const fact = own(zookeeper.keys, name);
  if (!fact) return undefined;
  let built = zookeeperFactCache.get(name);
  if (!built) zookeeperFactCache.set(name, (built = { ...fact, name, parsed: fact.parsed === true }));
  return built;
}

/** The facts {@link zookeeperKey} built, by key: rules and the model ask for the same keys often. */
const zookeeperFactCache = new Map<string, ZooKeeperKeyFact>();

/**
 * The prefix of a zoo.cfg key with an id or free-form suffix (`server.`, `group.`, `weight.`,
 * `metricsProvider.`, `authProvider.`), with what reads it.
 *
 * @example
 * ```ts
 * zookeeperKeyPrefix('server.1')?.prefix; // 'server.'
 * ```
 */
export function zookeeperKeyPrefix(name: string): {
  /** The prefix, e.g. `server.`. */
  prefix: string;
  /** What reads keys under it. */
  source: string;
} | undefined {
  for (const [prefix, source] of zookeeperPrefixes) {
    if (name.startsWith(prefix) && name.length > prefix.length) return { prefix, source };
  }
  return undefined;
}

/**
 * Every zoo.cfg key name of the catalog: the candidates for a did-you-mean.
 *
 * @example
 * ```ts
 * zookeeperKeyNames().includes('clientPort'); // true
 * ```
 */
export function zookeeperKeyNames(): string[] {
  return Object.keys(zookeeper.keys);
}

export { suggestKey } from './suggest.js';

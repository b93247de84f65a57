/**
 * The one way rules read a node's settings. Every read says whether the value is known: written
 * and valid, Kafka's or ZooKeeper's default, unset, held by a template (so not judged), or
 * invalid (its own rule reports it). A rule cannot judge a templated value by accident, because
 * it never gets one.
 */
import type { ConfigEntry } from '../parse/entry.js';
import { hasTemplate } from '../parse/template.js';
import type { KafkaVersion } from '../core/version.js';
import type { BrokerConfig, ZooKeeperConfig } from './types.js';
import { zookeeperKey } from '../catalog/index.js';
import { brokerKeyFact, coerceKafkaValue, coerceZooKeeperValue } from './coerce.js';

/** A setting's value as the program reads it. */
export type SettingValue = string | number | boolean | string[];

/** A setting as a node runs with it, and whether kafka-lint knows it. */
export type SettingRead =
  | {
      /** Written in the file, and valid. */
      state: 'set';
      /** The typed value (numbers, booleans and lists by the key's type; other keys as trimmed text). */
      value: SettingValue;
      /** The entry that sets it. */
      entry: ConfigEntry;
    }
  | {
      /** Not written: the program's default for this version applies. */
      state: 'default';
      /** The default, typed; `null` for keys without one. */
      value: SettingValue | null;
    }
  | {
      /** Not written, and its value is not known: no default in this version, or a fragment's base sets it. */
      state: 'unset';
    }
  | {
      /** Written, but a template fills it in (or a template block decides whether it is written). */
      state: 'templated';
      /** The entry. */
      entry: ConfigEntry;
    }
  | {
      /** Written, but the program cannot read it; the key's `invalid-value` rule reports it. */
      state: 'invalid';
      /** The entry. */
      entry: ConfigEntry;
      /** Why the program refuses or misreads it. */
      error: string;
    };

/**
 * Whether a template decides an entry: its key or value holds a template part, or it stands in a
 * conditional or loop block of a template file.
 *
 * @example
 * ```ts
 * isTemplated({ key: 'log.dirs', value: '{{ kafka_log_dirs }}', syntax: 'properties' }); // true
 * ```
 */
export function isTemplated(entry: ConfigEntry): boolean {
  return entry.conditional === true || hasTemplate(entry.value) || hasTemplate(entry.key);
}

/**
 * Whether a template decides an entry's key (`{{ key }}=value`, or an entry in a conditional
 * block): then even the key cannot be judged, while an entry whose value alone is templated can
 * still be judged by its key (a misspelt key is misspelt whatever its value).
 *
 * @example
 * ```ts
 * isTemplatedKey({ key: 'advertised.listners', value: '{{ x }}', syntax: 'properties' }); // false
 * ```
 */
export function isTemplatedKey(entry: ConfigEntry): boolean {
  return entry.conditional === true || hasTemplate(entry.key);
}

/** Reads a catalog default (ConfigDef.convertToString form) as its type. */
function typedKafkaDefault(text: string | null, type: string): SettingValue | null {
  if (text === null) return null;
  if (type === 'INT' || type === 'LONG' || type === 'SHORT' || type === 'DOUBLE') return Number(text);
  if (type === 'BOOLEAN') return text === 'true';
  if (type === 'LIST') return text === '' ? [] : text.split(',');
  return text;
}

/**
 * A ZooKeeper default as its type, or `undefined` when the catalog's default is not a value but
 * a rule (`2 * tickTime`, or another key's name: dataLogDir defaults to dataDir).
 */
function typedZooKeeperDefault(text: string | null, type: string): SettingValue | null | undefined {
  if (text === null) return null;
  if (type === 'int' || type === 'long') {
    const n = Number(text);
    return Number.isFinite(n) && text.trim() !== '' ? n : undefined;
  }
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : undefined;
  if (zookeeperKey(text)) return undefined;
  return text;
}

// A file that sets none of these cannot be a whole node's config.
const NODE_IDENTITY_KEYS = [
  'process.roles', 'node.id', 'broker.id', 'zookeeper.connect', 'listeners', 'advertised.listeners',
  'log.dirs', 'log.dir', 'controller.quorum.voters', 'controller.quorum.bootstrap.servers', 'controller.listener.names',
];

/**
 * Whether a broker config is a fragment meant to be appended to or layered over a full config (a
 * rack setting, an override file, the properties an image merges with its environment): it sets
 * none of the keys that make a node (roles, ids, listeners, log dirs, ZooKeeper or quorum), or it
 * says so itself (`partial`). Keys missing from a fragment are not findings.
 *
 * @example
 * ```ts
 * isConfigFragment(parseServerProperties('broker.rack=rack1\n')); // true
 * isConfigFragment(parseServerProperties('node.id=1\nprocess.roles=broker\n')); // false
 * ```
 */
export function isConfigFragment(broker: BrokerConfig): boolean {
  return broker.partial === true || (broker.settings.size > 0 && !NODE_IDENTITY_KEYS.some((key) => broker.settings.has(key)));
}

/**
 * A broker or ZooKeeper setting as the node runs with it under Kafka `version`.
 *
 * @example
 * ```ts
 * readSetting(parseServerProperties('num.partitions=6\n'), 'num.partitions', '4.3'); // { state: 'set', value: 6, entry }
 * readSetting(parseServerProperties('num.partitions=6\n'), 'default.replication.factor', '4.3'); // { state: 'default', value: 1 }
 * readSetting(parseServerProperties('log.dirs={{ dirs }}\n'), 'log.dirs', '4.3').state; // 'templated'
 * ```
 */
export function readSetting(node: BrokerConfig | ZooKeeperConfig, key: string, version: KafkaVersion): SettingRead {
  const entry = node.settings.get(key);
  if (node.kind === 'zookeeper') {
    const fact = zookeeperKey(key);
    if (!entry) {
      const value = fact && fact.default !== null ? typedZooKeeperDefault(fact.default, fact.type) : undefined;
      return value === undefined ? { state: 'unset' } : { state: 'default', value };
    }
    if (isTemplated(entry)) return { state: 'templated', entry };
    if (!fact) return { state: 'set', value: entry.value.trim(), entry };
    const typed = coerceZooKeeperValue(entry, fact);
    return typed.error !== undefined || typed.value === undefined || typed.value === null
      ? { state: 'invalid', entry, error: typed.error ?? 'unreadable' }
      : { state: 'set', value: typed.value, entry };
  }
  const fact = brokerKeyFact(key, version);
  if (!entry) {
    if (!fact || isConfigFragment(node)) return { state: 'unset' };
    return { state: 'default', value: typedKafkaDefault(fact.default, fact.type) };
  }
  if (isTemplated(entry)) return { state: 'templated', entry };
  // Keys the version does not define are read as the newest version that has them.
  const typed = fact ? coerceKafkaValue(entry, fact) : node.values.get(key);
  if (!typed) return { state: 'set', value: entry.value.trim(), entry };
  return typed.error !== undefined || typed.value === undefined || typed.value === null
    ? { state: 'invalid', entry, error: typed.error ?? 'unreadable' }
    : { state: 'set', value: typed.value, entry };
}

/**
 * The value of a read when it is known (set or default), else `undefined`.
 *
 * @example
 * ```ts
 * knownValue(readSetting(broker, 'num.partitions', '4.3')); // 1 unless set
 * ```
 */
export function knownValue(read: SettingRead): SettingValue | null | undefined {
  return read.state === 'set' || read.state === 'default' ? read.value : undefined;
}

/**
 * The number a read holds when it is known and numeric, with the entry that sets it (absent for
 * a default).
 *
 * @example
 * ```ts
 * knownNumber(readSetting(broker, 'offsets.topic.replication.factor', '3.9'))?.value; // 3 unless set
 * ```
 */
export function knownNumber(read: SettingRead): { value: number; entry?: ConfigEntry } | undefined {
  if (read.state === 'set' && typeof read.value === 'number') return { value: read.value, entry: read.entry };
  if (read.state === 'default' && typeof read.value === 'number') return { value: read.value };
  return undefined;
}

import type { ConfigEntry } from '../parse/entry.js';
import type { TypedValue } from './types.js';
import { kafkaKey, kafkaKeyPrefix, zookeeperKey, type KafkaKeyFact, type KafkaValidator, type ZooKeeperKeyFact } from '../catalog/index.js';
import { KAFKA_VERSIONS, compareVersions, type KafkaVersion } from '../core/version.js';

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
const LONG_MAX = 9223372036854775807n;
const DECIMAL = /^[+-]?[0-9]+$/;

/**
 * `Integer.parseInt`: an optional sign and decimal digits, nothing else (no blanks, units, `_`
 * or exponent), within -2147483648..2147483647; `undefined` where Java throws.
 *
 * @example
 * ```ts
 * parseJavaInt('+42'); // 42
 * parseJavaInt('1GB'); // undefined
 * parseJavaInt('2147483648'); // undefined
 * ```
 */
export function parseJavaInt(text: string): number | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const n = Number(text);
  return n >= INT_MIN && n <= INT_MAX ? n : undefined;
}

/**
 * `Short.parseShort`: as {@link parseJavaInt}, within -32768..32767.
 *
 * @example
 * ```ts
 * parseJavaShort('32768'); // undefined
 * ```
 */
export function parseJavaShort(text: string): number | undefined {
  const n = parseJavaInt(text);
  return n !== undefined && n >= -32768 && n <= 32767 ? n : undefined;
}

/**
 * `Long.parseLong`: as {@link parseJavaInt}, within the long range. Values beyond 2^53 come back
 * rounded to the nearest double, which is exact enough for range checks.
 *
 * @example
 * ```ts
 * parseJavaLong('9223372036854775807'); // 9223372036854776000
 * parseJavaLong('9223372036854775808'); // undefined
 * ```
 */
export function parseJavaLong(text: string): number | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const big = BigInt(text);
  return big <= LONG_MAX && big >= -LONG_MAX - 1n ? Number(big) : undefined;
}

/**
 * `String.trim()` as Java has it: strips every character up to U+0020, nothing else (a
 * no-break space stays).
 *
 * @example
 * ```ts
 * javaTrim(' \tbroker\n'); // 'broker'
 * javaTrim('\u00a0broker'); // '\u00a0broker'
 * ```
 */
export function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return s.slice(start, end);
}

/**
 * A LIST value as `ConfigDef.parseType` splits it (3.9 to 4.3): trimmed; `""` is the empty list;
 * otherwise split on `\s*,\s*` (Java's `\s`, ASCII only), keeping empty elements.
 *
 * @example
 * ```ts
 * parseConfigDefList(' broker, controller ,'); // ['broker', 'controller', '']
 * ```
 */
export function parseConfigDefList(value: string): string[] {
  const trimmed = javaTrim(value);
  return trimmed === '' ? [] : splitOnCommas(trimmed);
}

/** Java's `\s`: ASCII blanks only. */
const isJavaBlank = (code: number): boolean => code === 0x20 || (code >= 0x09 && code <= 0x0d);

/**
 * Splits on `\s*,\s*` (Java's `\s`), keeping every element, in linear time: the regular
 * expression retries at every blank of a long run of blanks that no comma follows (quadratic).
 *
 * @example
 * ```ts
 * splitOnCommas(' a , b,,c '); // [' a', 'b', '', 'c ']
 * ```
 */
export function splitOnCommas(text: string): string[] {
  const parts = text.split(',');
  return parts.map((part, i) => {
    let start = 0;
    let end = part.length;
    if (i > 0) while (start < end && isJavaBlank(part.charCodeAt(start))) start++;
    if (i < parts.length - 1) while (end > start && isJavaBlank(part.charCodeAt(end - 1))) end--;
    return part.slice(start, end);
  });
}

/**
 * `String.split` with a one-character separator, as Java does it: no separator gives `[text]`,
 * trailing empty strings are dropped.
 *
 * @example
 * ```ts
 * javaSplit('zk1:2888:3888:', ':'); // ['zk1', '2888', '3888']
 * ```
 */
export function javaSplit(text: string, separator: string): string[] {
  if (!text.includes(separator)) return [text];
  const parts = text.split(separator);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** `Double.parseDouble`'s grammar (FloatingDecimal): decimal or hex, optional exponent and f/d suffix. */
const JAVA_DOUBLE =
  /^[+-]?(?:NaN|Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[fFdD]?|0[xX](?:[0-9a-fA-F]+\.?|[0-9a-fA-F]*\.[0-9a-fA-F]+)[pP][+-]?[0-9]+[fFdD]?)$/;

/**
 * `Double.parseDouble` (after the trim ConfigDef does): `undefined` where Java throws.
 *
 * @example
 * ```ts
 * parseJavaDouble('0.5'); // 0.5
 * parseJavaDouble('1e3d'); // 1000
 * parseJavaDouble('50%'); // undefined
 * ```
 */
export function parseJavaDouble(text: string): number | undefined {
  if (!JAVA_DOUBLE.test(text)) return undefined;
  const body = text.replace(/[fFdD]$/, '');
  if (/^[+-]?0[xX]/.test(body)) {
    const m = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?[0-9]+)$/.exec(body);
    if (!m) return undefined;
    const digits = `${m[2]}${m[3]}` || '0';
    const mantissa = parseInt(digits, 16) / 16 ** (m[3] as string).length;
    return (m[1] === '-' ? -1 : 1) * mantissa * 2 ** Number(m[4]);
  }
  return Number(body);
}

/**
 * A binary class name as `Class.forName` can load it: dotted Java identifiers, `$` for nested
 * classes, in a package (no class Kafka or a plugin jar ships sits in the unnamed package, so
 * `not_a_number` names nothing Kafka can load).
 */
const CLASS_NAME = /^[\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)+$/u;

/**
 * Whether a value can name a class Kafka loads (see CLASS_NAME above): for CLASS keys and for the
 * class names in lists such as group.consumer.assignors.
 *
 * @example
 * ```ts
 * isLoadableClassName('com.example.MyAssignor'); // true
 * isLoadableClassName('not_a_number'); // false
 * ```
 */
export function isLoadableClassName(text: string): boolean {
  return CLASS_NAME.test(text);
}

const TYPE_FORMS: Record<string, string> = {
  INT: 'a whole number from -2147483648 to 2147483647 (INT), written as plain digits without units or separators',
  SHORT: 'a whole number from -32768 to 32767 (SHORT), written as plain digits',
  LONG: 'a whole number from -9223372036854775808 to 9223372036854775807 (LONG), written as plain digits without units or separators',
  DOUBLE: 'a decimal number (DOUBLE), e.g. 0.5',
};

/** Lists the allowed strings of a ValidString for a message. */
function oneOf(values: readonly string[]): string {
  return values.join(', ');
}

/** The ConfigDef Range / composite validators on a number; the reason it fails, or undefined. */
function checkNumber(n: number, v: KafkaValidator): string | undefined {
  if (v.atLeast !== undefined && n < v.atLeast) return `the value must be at least ${v.atLeast}`;
  if (v.atMost !== undefined && n > v.atMost) return `the value must be no more than ${v.atMost}`;
  if (v.between && (n < v.between[0] || n > v.between[1])) return `the value must be between ${v.between[0]} and ${v.between[1]}`;
  if (v.anyOf) {
    const ok = v.anyOf.some(
      (b) =>
        (b.equals !== undefined && n === b.equals) ||
        (b.atLeast !== undefined && n >= b.atLeast) ||
        (b.between !== undefined && n >= b.between[0] && n <= b.between[1]),
    );
    const forms = v.anyOf.map((b) =>
      b.equals !== undefined ? String(b.equals) : b.atLeast !== undefined ? `at least ${b.atLeast}` : `between ${b.between?.[0]} and ${b.between?.[1]}`,
    );
    if (!ok) return `the value must be ${forms.join(' or ')}`;
  }
  return undefined;
}

/** The ValidList checks of a version on a parsed list; the reason it fails, or undefined. */
function checkList(list: string[], v: KafkaValidator): string | undefined {
  const flags = v.noEmptyElements !== undefined || v.allowEmptyList !== undefined;
  if (flags) {
    // 4.2+ ValidList: duplicates were already removed by ConfigDef.parseValue (with a WARN).
    if (v.allowEmptyList === false && list.length === 0) {
      return `the list must not be empty${v.eachIn ? `; valid values: ${oneOf(v.eachIn)}` : ''}`;
    }
    if (v.noEmptyElements && list.includes('')) return 'the list has an empty element (two commas in a row, or a leading or trailing comma)';
  }
  if (v.eachIn) {
    const bad = list.find((e) => e !== '' && !(v.eachIn as string[]).includes(e));
    if (bad !== undefined) return `'${bad}' is not allowed; each element must be one of: ${oneOf(v.eachIn)} (case-sensitive)`;
    // Before 4.2 an empty element is just one more string that is not in the allowed set.
    if (!flags && list.includes('')) return `the list has an empty element, which is not one of: ${oneOf(v.eachIn)}`;
  }
  return undefined;
}

/** ThrottledReplicaListValidator (3.9 to 4.4): `*` alone, or partition:broker pairs (empty elements pass). */
function checkThrottledReplicas(list: string[]): string | undefined {
  if (list.join('') === '*' || list.every((e) => /^(\d+:\d+)?$/.test(e.trim()))) return undefined;
  return "the value must be the literal '*' or a list of partitionId:brokerId pairs, such as 0:101,1:102";
}

/** MetadataVersion.fromVersionString (3.9): extra segments are cut off, then the string must be known. */
function metadataVersionKey(text: string): string {
  const segments = text.split('.');
  const keep = text.startsWith('0.') ? 3 : 2;
  return segments.length <= keep ? text : segments.slice(0, keep).join('.');
}

function ok(entry: ConfigEntry, value: string | number | boolean | string[] | null): TypedValue {
  return { entry, value };
}

function fail(entry: ConfigEntry, error: string): TypedValue {
  return { entry, error };
}

/**
 * Coerces a broker value to its Kafka type exactly as `ConfigDef.parseType` does, then applies
 * the key's validator as `ConfigDef.parseValue` does in that version: every type trimmed; BOOLEAN
 * `true`/`false` in any case; INT/SHORT/LONG/DOUBLE by Java's parsers with their ranges; LIST
 * split on `\s*,\s*` keeping empty elements (an empty value is an empty list; 4.2+ removes
 * duplicates first); ValidString case-sensitive. A CLASS is checked to be a loadable class name
 * only, since kafka-lint cannot see the classpath. `error` says why Kafka would refuse the value.
 * The custom validators of `controller.quorum.voters` and `controller.quorum.bootstrap.servers`
 * are left to the KRaft rules.
 *
 * @example
 * ```ts
 * const fact = kafkaKey('log.segment.bytes', '4.0')!;
 * coerceKafkaValue({ key: 'log.segment.bytes', value: ' 1024 ', syntax: 'object' }, fact).error;
 * // 'the value must be at least 1048576'
 * ```
 */
export function coerceKafkaValue(entry: ConfigEntry, fact: KafkaKeyFact): TypedValue {
  const text = entry.value.trim();
  const v = fact.validator;
  switch (fact.type) {
    case 'BOOLEAN': {
      const lower = text.toLowerCase();
      if (lower !== 'true' && lower !== 'false') return fail(entry, 'Kafka expects true or false (in any case)');
      return ok(entry, lower === 'true');
    }
    case 'INT':
    case 'SHORT':
    case 'LONG':
    case 'DOUBLE': {
      const n =
        fact.type === 'INT' ? parseJavaInt(text) : fact.type === 'SHORT' ? parseJavaShort(text) : fact.type === 'LONG' ? parseJavaLong(text) : parseJavaDouble(text);
      if (n === undefined) return fail(entry, `Kafka expects ${TYPE_FORMS[fact.type]}`);
      const reason = v && checkNumber(n, v);
      return reason ? fail(entry, reason) : ok(entry, n);
    }
    case 'LIST': {
      let list = parseConfigDefList(text);
      if (v?.list && compareVersions(fact.version, '4.2') >= 0) list = [...new Set(list)];
      const reason = v && (checkList(list, v) ?? (v.custom === 'throttled-replicas' ? checkThrottledReplicas(list) : undefined));
      return reason ? fail(entry, reason) : ok(entry, list);
    }
    case 'CLASS':
      if (!isLoadableClassName(text)) return fail(entry, 'Kafka expects a fully qualified Java class name (package.Class), and cannot load this one');
      return ok(entry, text);
    case 'STRING':
    case 'PASSWORD': {
      if (v?.in && !v.in.includes(text)) return fail(entry, `the value must be one of: ${oneOf(v.in)} (case-sensitive)`);
      if (v?.inIgnoreCase && !v.inIgnoreCase.some((s) => s.toLowerCase() === text.toLowerCase())) {
        return fail(entry, `the value must be one of: ${oneOf(v.inIgnoreCase)} (in any case)`);
      }
      if (v?.nonEmptyString && text === '') return fail(entry, 'the value must not be empty');
      if (v?.custom === 'metadata-version' && !v.knownVersions?.includes(metadataVersionKey(text))) {
        return fail(entry, `'${text}' is not a version Kafka ${fact.version} knows; write a release such as ${fact.default?.replace(/-IV\d+$/, '') ?? '3.9'} or a full version such as ${fact.default ?? '3.9-IV0'}`);
      }
      return ok(entry, text);
    }
  }
}

/**
 * Coerces a zoo.cfg value as ZooKeeper 3.8/3.9 reads it. QuorumPeerConfig.parseProperties trims
 * the value and reads ints with `Integer.parseInt`, longs with `Long.parseLong`, booleans as
 * `true`/`false` in any case, `peerType` as observer/participant in any case and `electionAlg`
 * as 3 only; a failure there stops ZooKeeper, so it is an `error`. Keys ZooKeeper passes on as
 * `zookeeper.*` system properties are kept as trimmed text: their readers fall back to a default
 * without failing.
 *
 * @example
 * ```ts
 * coerceZooKeeperValue({ key: 'tickTime', value: '2s', syntax: 'object' }, zookeeperKey('tickTime')!).error;
 * // "ZooKeeper reads it with Integer.parseInt and needs a whole number from -2147483648 to 2147483647"
 * ```
 */
export function coerceZooKeeperValue(entry: ConfigEntry, fact: ZooKeeperKeyFact): TypedValue {
  const text = entry.value.trim();
  if (!fact.parsed) return ok(entry, text);
  switch (fact.type) {
    case 'int': {
      const n = parseJavaInt(text);
      if (n === undefined) return fail(entry, 'ZooKeeper reads it with Integer.parseInt and needs a whole number from -2147483648 to 2147483647');
      if (fact.allowed && !fact.allowed.includes(String(n))) return fail(entry, `ZooKeeper only supports ${oneOf(fact.allowed)}`);
      return ok(entry, n);
    }
    case 'long': {
      const n = parseJavaLong(text);
      if (n === undefined) return fail(entry, 'ZooKeeper reads it with Long.parseLong and needs a whole number from -9223372036854775808 to 9223372036854775807');
      return ok(entry, n);
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (lower !== 'true' && lower !== 'false') return fail(entry, "ZooKeeper accepts only 'true' or 'false' (in any case)");
      return ok(entry, lower === 'true');
    }
    case 'enum': {
      const allowed = fact.allowed ?? [];
      const match = allowed.find((a) => (fact.ignoreCase ? a.toLowerCase() === text.toLowerCase() : a === text));
      if (match === undefined) return fail(entry, `ZooKeeper accepts only ${oneOf(allowed)}${fact.ignoreCase ? ' (in any case)' : ''}`);
      return ok(entry, match);
    }
    default:
      return ok(entry, text);
  }
}

/** The newest version whose ConfigDef defines the key, for coercing before the version is known. */
function newestFact(name: string): KafkaKeyFact | undefined {
  for (let i = KAFKA_VERSIONS.length - 1; i >= 0; i--) {
    const fact = kafkaKey(name, KAFKA_VERSIONS[i] as KafkaVersion);
    if (fact) return fact;
  }
  return undefined;
}

/**
 * The facts a broker key is coerced by in `version` (or, without one, in the newest version that
 * defines it); a listener-prefixed key (`listener.name.<l>.<key>`) takes the facts of the key it
 * overrides.
 *
 * @example
 * ```ts
 * brokerKeyFact('listener.name.internal.ssl.client.auth', '4.3')?.validator?.in; // ['required', 'requested', 'none']
 * ```
 */
export function brokerKeyFact(name: string, version?: KafkaVersion): KafkaKeyFact | undefined {
  const direct = version ? kafkaKey(name, version) : newestFact(name);
  if (direct) return direct;
  const overrides = kafkaKeyPrefix(name, version)?.overrides;
  return overrides === undefined ? undefined : version ? kafkaKey(overrides, version) : newestFact(overrides);
}

/**
 * The supported versions other than `version` whose facts for the entry's key (from `factIn`)
 * accept its value: a verdict that depends on the version says which releases would take it.
 *
 * @example
 * ```ts
 * versionsAccepting({ key: 'log.segment.bytes', value: '102400', syntax: 'object' }, '4.3', (v) => brokerKeyFact('log.segment.bytes', v)); // ['3.9']
 * ```
 */
export function versionsAccepting(entry: ConfigEntry, version: KafkaVersion, factIn: (version: KafkaVersion) => KafkaKeyFact | undefined): KafkaVersion[] {
  return KAFKA_VERSIONS.filter((v) => {
    const fact = v === version ? undefined : factIn(v);
    return fact !== undefined && coerceKafkaValue(entry, fact).error === undefined;
  });
}

/**
 * Coerces every key the catalog knows to its type. Broker keys use `version` when given, else
 * the newest version that defines each key (the model is built before the version is chosen;
 * rules that judge per version coerce again with `ctx.kafkaVersion`).
 *
 * @example
 * ```ts
 * const settings = new Map([['num.partitions', { key: 'num.partitions', value: '6', syntax: 'object' as const }]]);
 * coerceValues('broker', settings).get('num.partitions')?.value; // 6
 * ```
 */
export function coerceValues(kind: 'broker' | 'zookeeper', settings: Map<string, ConfigEntry>, version?: KafkaVersion): Map<string, TypedValue> {
  const values = new Map<string, TypedValue>();
  for (const [name, entry] of settings) {
    if (kind === 'broker') {
      const fact = brokerKeyFact(name, version);
      if (fact) values.set(name, coerceKafkaValue(entry, fact));
    } else {
      const fact = zookeeperKey(name);
      if (fact) values.set(name, coerceZooKeeperValue(entry, fact));
    }
  }
  return values;
}

import { isIP, isIPv4, isIPv6 } from 'node:net';
import type { ConfigEntry } from '../parse/entry.js';
import { splitOnCommas } from './coerce.js';
import type { BrokerConfig, Listener, Parsed } from './types.js';
import type { KafkaVersion } from '../core/version.js';
import type { SettingRead } from './settings.js';

/**
 * Kafka's listener grammar (SocketServerConfigs.URI_PARSE_REGEXP, identical in 3.9 to 4.3),
 * applied to the whole element: a greedy name, `://`, an optional bracketed host of
 * `[0-9a-zA-Z-%._:]`, and a signed decimal port.
 */
const LISTENER_PATTERN = /^(.*):\/\/\[?([0-9a-zA-Z\-%._:]*)\]?:(-?[0-9]+)$/;

/** The four security protocols Kafka knows (SecurityProtocol, 3.9 to 4.3). */
export const SECURITY_PROTOCOLS = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'] as const;

/** One of Kafka's security protocols. */
export type SecurityProtocol = (typeof SECURITY_PROTOCOLS)[number];

/**
 * Whether `name` is a security protocol as `SecurityProtocol.forName` reads it (case-insensitive).
 *
 * @example
 * ```ts
 * isSecurityProtocol('sasl_ssl'); // true
 * isSecurityProtocol('INTERNAL'); // false
 * ```
 */
export function isSecurityProtocol(name: string): name is SecurityProtocol {
  return (SECURITY_PROTOCOLS as readonly string[]).includes(name.toUpperCase());
}

/**
 * Splits a comma-separated list value the way Kafka reads `listeners` and similar keys: the
 * value trimmed, split on `\s*,\s*`, empty elements dropped (4.2+ refuses empty elements
 * instead; that verdict belongs to the rules).
 *
 * @example
 * ```ts
 * splitList(' PLAINTEXT://:9092 , SSL://:9093 ,'); // ['PLAINTEXT://:9092', 'SSL://:9093']
 * ```
 */
export function splitList(value: string): string[] {
  const trimmed = value.trim();
  return trimmed === '' ? [] : splitOnCommas(trimmed).filter((s) => s !== '');
}

/**
 * Parses one `NAME://host:port` element as Kafka does: the name upper-cased, IPv6 brackets
 * dropped, an empty host meaning every interface. Returns Kafka's own message when it does not
 * match the grammar.
 *
 * @example
 * ```ts
 * parseListener('plaintext://[::1]:9092'); // { name: 'PLAINTEXT', host: '::1', port: 9092, text: 'plaintext://[::1]:9092' }
 * parseListener('SSL//:0901'); // 'Unable to parse SSL//:0901 to a broker endpoint'
 * ```
 */
export function parseListener(text: string): Listener | string {
  const m = LISTENER_PATTERN.exec(text);
  const port = m ? Number(m[3]) : NaN;
  if (!m || !Number.isSafeInteger(port) || port > 2147483647 || port < -2147483648) {
    return `Unable to parse ${text} to a broker endpoint`;
  }
  const name = (m[1] as string).toUpperCase();
  if (name.trim() === '') return 'The provided listener name is null or empty string';
  return { name, host: m[2] as string, port, text };
}

/**
 * Parses a `listeners` or `advertised.listeners` entry into its listeners. A malformed element
 * leaves the value unset and names the element in `error`, with Kafka's message.
 *
 * @example
 * ```ts
 * parseListeners({ key: 'listeners', value: 'PLAINTEXT://:9092', syntax: 'object' }).value?.[0]?.port; // 9092
 * ```
 */
export function parseListeners(entry: ConfigEntry): Parsed<Listener[]> {
  const listeners: Listener[] = [];
  for (const element of splitList(entry.value)) {
    const parsed = parseListener(element);
    if (typeof parsed === 'string') return { entry, error: parsed };
    listeners.push(parsed);
  }
  return { entry, value: listeners };
}

/**
 * Parses `listener.security.protocol.map` as Kafka's `Csv.parseCsvMap` does (split on
 * `\s*,\s*`, each pair at its last `:`), names upper-cased. The protocols are kept as written
 * (upper-cased); an unknown protocol is left for the rules, since Kafka reports it separately.
 *
 * @example
 * ```ts
 * parseSecurityProtocolMap({ key: 'listener.security.protocol.map', value: 'internal:plaintext', syntax: 'object' })
 *   .value?.get('INTERNAL'); // 'PLAINTEXT'
 * ```
 */
export function parseSecurityProtocolMap(entry: ConfigEntry): Parsed<Map<string, string>> {
  const map = new Map<string, string>();
  const trimmed = entry.value.trim();
  if (trimmed === '') return { entry, value: map };
  // Java's String.split drops trailing empty strings, so `a:b,` is one pair; a leading or inner
  // empty pair has no ':' and fails.
  const pairs = splitOnCommas(trimmed);
  while (pairs.length > 0 && pairs[pairs.length - 1] === '') pairs.pop();
  for (const pair of pairs) {
    const colon = pair.lastIndexOf(':');
    if (colon < 0) {
      return { entry, error: `Error parsing configuration property 'listener.security.protocol.map': the entry '${pair}' has no ':' between listener name and protocol` };
    }
    const name = pair.slice(0, colon).trim();
    if (name === '') return { entry, error: 'The provided listener name is null or empty string' };
    map.set(name.toUpperCase(), pair.slice(colon + 1).trim().toUpperCase());
  }
  return { entry, value: map };
}

/**
 * Whether two hosts are one IPv4 and one IPv6 literal, the only case where Kafka lets two
 * listeners share a port (AbstractKafkaConfig.validateOneIsIpv4AndOtherIpv6, 4.3; CoreUtils in 3.9 to 4.2).
 *
 * @example
 * ```ts
 * isIpv4AndIpv6Pair('192.168.1.5', '::1'); // true
 * ```
 */
export function isIpv4AndIpv6Pair(a: string, b: string): boolean {
  return (isIPv4(a) && isIPv6(b)) || (isIPv6(a) && isIPv4(b));
}

/**
 * Whether a host is an IP literal (v4 or v6), as Kafka's InetAddressValidator tells them apart.
 *
 * @example
 * ```ts
 * isIpLiteral('10.0.0.1'); // true
 * isIpLiteral('kafka1'); // false
 * ```
 */
export function isIpLiteral(host: string): boolean {
  return isIP(host) !== 0;
}

/** Kafka's default `listeners` value (3.9 to 4.3). */
export const DEFAULT_LISTENERS = 'PLAINTEXT://:9092';

/**
 * `controller.listener.names` as the given Kafka version splits it: 3.9 and 4.0 split on `,`
 * without trimming (so `A, B` holds `' B'`), 4.1 and later trim each name. Empty names dropped.
 *
 * @example
 * ```ts
 * controllerListenerNames('CONTROLLER, CTRL2', '4.0'); // ['CONTROLLER', ' CTRL2']
 * controllerListenerNames('CONTROLLER, CTRL2', '4.1'); // ['CONTROLLER', 'CTRL2']
 * ```
 */
export function controllerListenerNames(value: string | undefined, version: KafkaVersion): string[] {
  if (value === undefined) return [];
  if (version === '3.9' || version === '4.0') {
    const trimmed = value.trim();
    if (trimmed === '') return [];
    const names = trimmed.split(',');
    // Java's String.split drops trailing empty strings.
    while (names.length > 0 && names[names.length - 1] === '') names.pop();
    return names;
  }
  return splitList(value);
}

const SSL_OR_SASL = new Set(['SSL', 'SASL_SSL', 'SASL_PLAINTEXT']);

/**
 * The listener-name-to-protocol map Kafka uses (AbstractKafkaConfig.effectiveListenerSecurityProtocolMap
 * in 4.3; KafkaConfig in 3.9 to 4.2): the explicit map, or the default one; when the map is not
 * in the file and no SSL or SASL name is in use, each controller listener name is added as
 * PLAINTEXT, exactly as written (not upper-cased). 3.9 adds them only in KRaft mode.
 * `undefined` when the explicit map is unparsable.
 *
 * @example
 * ```ts
 * const node = parseServerProperties('process.roles=controller\ncontroller.listener.names=CONTROLLER\nlisteners=CONTROLLER://:9093\n');
 * effectiveSecurityProtocolMap(node, '4.3')?.get('CONTROLLER'); // 'PLAINTEXT'
 * ```
 */
export function effectiveSecurityProtocolMap(broker: BrokerConfig, version: KafkaVersion): Map<string, string> | undefined {
  if (broker.securityProtocolMap) return broker.securityProtocolMap.value && new Map(broker.securityProtocolMap.value);
  const map = new Map<string, string>(SECURITY_PROTOCOLS.map((p) => [p, p]));
  if (broker.mode !== 'kraft' && version === '3.9') return map;
  const controllerNames = controllerListenerNames(broker.settings.get('controller.listener.names')?.value, version);
  const listenerNames = splitList(broker.settings.get('listeners')?.value ?? DEFAULT_LISTENERS).map((l) => {
    const colon = l.indexOf(':');
    return colon < 0 ? '' : l.slice(0, colon).toUpperCase();
  });
  if (controllerNames.some((n) => SSL_OR_SASL.has(n)) || listenerNames.some((n) => SSL_OR_SASL.has(n))) return map;
  for (const name of controllerNames) if (name !== 'PLAINTEXT') map.set(name, 'PLAINTEXT');
  return map;
}

/** The listener brokers talk to each other over, as Kafka names it. */
export interface InterBrokerListener {
  /** The listener name (upper-cased, as Kafka normalises it). */
  name: string;
  /** Its security protocol; `undefined` when the map does not name it. */
  protocol: string | undefined;
  /** Whether inter.broker.listener.name names it (rather than security.inter.broker.protocol or the default). */
  named: boolean;
}

/**
 * The inter-broker listener as Kafka picks it (AbstractKafkaConfig.interBrokerListenerNameAndSecurityProtocol
 * in 4.3, KafkaConfig in 3.9 to 4.2): inter.broker.listener.name upper-cased with its protocol from
 * the listener map, else the listener named after security.inter.broker.protocol (PLAINTEXT by
 * default). `undefined` when a template decides either key or the map, or the protocol key is
 * invalid. `read` is the rule's settings accessor.
 *
 * @example
 * ```ts
 * interBrokerListener(broker, '4.3', (key) => ctx.setting(broker, key))?.name; // 'PLAINTEXT' unless set
 * ```
 */
export function interBrokerListener(broker: BrokerConfig, version: KafkaVersion, read: (key: string) => SettingRead): InterBrokerListener | undefined {
  const name = read('inter.broker.listener.name');
  const protocol = read('security.inter.broker.protocol');
  if (name.state === 'templated' || protocol.state === 'templated' || protocol.state === 'invalid' || broker.securityProtocolMap?.templated) return undefined;
  if (name.state === 'set' && typeof name.value === 'string') {
    const listener = name.value.toUpperCase();
    return { name: listener, protocol: effectiveSecurityProtocolMap(broker, version)?.get(listener), named: true };
  }
  const p = protocol.state === 'set' || protocol.state === 'default' ? protocol.value : undefined;
  const upper = typeof p === 'string' ? p.toUpperCase() : 'PLAINTEXT';
  return { name: upper, protocol: upper, named: false };
}

import type { ConfigEntry } from './entry.js';
import { kafkaKey } from '../catalog/index.js';

// Names that hold secrets whatever the file: Kafka's PASSWORD keys follow these shapes, and so
// do JAAS configs, ZooKeeper's SSL/SASL settings and plugin credentials.
// Misspellings (pasword, passwd) and plurals (bitnami's KAFKA_CLIENT_PASSWORDS) count too: a
// typo in the key does not make the value less secret.
const SECRET_KEY =
  /(^|[._-])(passwords?|passwds?|paswords?|passphrases?|secrets?|jaas\.config|credentials?|api[._-]?keys?|tokens?)$|\.(key|keystore\.key|keystore\.certificate\.chain|truststore\.certificates)$/i;

/**
 * Whether a key holds a secret: every key Kafka's catalog types as PASSWORD (also behind a
 * `listener.name.<name>.` prefix), JAAS configs, and anything named like a secret. No output
 * shows these values.
 *
 * @example
 * ```ts
 * isSecretKey('ssl.keystore.password'); // true
 * isSecretKey('listener.name.internal.sasl.jaas.config'); // true
 * isSecretKey('ssl.truststore.pasword'); // true (a typo still holds a password)
 * isSecretKey('log.dirs'); // false
 * ```
 */
export function isSecretKey(key: string): boolean {
  if (SECRET_KEY.test(key)) return true;
  const unprefixed = key.replace(/^listener\.name\.[^.]+\.(?:[^.]+\.(?=sasl\.))?/, '');
  return kafkaKey(unprefixed)?.password === true;
}

/**
 * The value of an entry as findings may show it: quoted and shortened, or `(hidden)` for secrets.
 *
 * @example
 * ```ts
 * displayValue({ key: 'log.dirs', value: '/data', syntax: 'object' }); // "'/data'"
 * displayValue({ key: 'ssl.key.password', value: 'x', syntax: 'object' }); // '(hidden)'
 * ```
 */
export function displayValue(entry: ConfigEntry): string {
  if (isSecretKey(entry.key)) return '(hidden)';
  const v = entry.value.length > 120 ? `${entry.value.slice(0, 117)}...` : entry.value;
  return `'${v}'`;
}

/**
 * What counts as a secret. No output of kafka-lint shows any part of one: the engine collects
 * every secret of a run with {@link secretParts} and hides them wherever they would be printed.
 */
import type { ConfigEntry } from '../parse/entry.js';
import { kafkaKey } from '../catalog/index.js';

// Key endings that hold key material whatever the word before them.
const KEY_MATERIAL = ['.key', '.keystore.key', '.keystore.certificate.chain', '.truststore.certificates', 'private.key', 'privatekey'];

/** Words a secret's name contains. */
const SECRET_WORDS = ['password', 'passwd', 'passphrase', 'secret', 'jaas', 'token', 'credential', 'apikey', 'api_key', 'api-key', 'api.key'];

/** Names of secrets that misspellings stay near to. */
const SECRET_NAMES = ['password', 'passwd', 'passphrase', 'pwd', 'pass'];

/** Levenshtein distance, stopping early past `max`. */
function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return false;
    prev = cur;
  }
  return (prev[b.length] as number) <= max;
}

/** The words of a name: split at `.`, `_`, `-` and camel-case humps, lower-cased. */
function nameWords(name: string): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < name.length && i < 256; i++) {
    const ch = name[i] as string;
    const upper = ch >= 'A' && ch <= 'Z';
    if (ch === '.' || ch === '_' || ch === '-' || ch === ' ' || (upper && word !== '' && !(name[i - 1] as string).match(/[A-Z]/))) {
      if (word !== '') words.push(word.toLowerCase());
      word = ch === '.' || ch === '_' || ch === '-' || ch === ' ' ? '' : ch;
    } else word += ch;
  }
  if (word !== '') words.push(word.toLowerCase());
  return words;
}

/**
 * Whether a key (a config key, an environment variable, a JVM system property) holds a secret:
 * every key Kafka's catalog types as PASSWORD (also behind a `listener.name.<name>.` prefix), JAAS
 * configs, anything named like a secret (`*password*`, `*secret*`, `*jaas*`, `*token*`,
 * credentials, `*.key`), and misspellings near a password's name (`passwrod`, `pasword`): a typo
 * in the key does not make the value less secret.
 *
 * @example
 * ```ts
 * isSecretKey('ssl.keystore.password'); // true
 * isSecretKey('KAFKA_SSL_KEYSTORE_PASSWORD'); // true
 * isSecretKey('javax.net.ssl.keyStorePassword'); // true
 * isSecretKey('ssl.keystore.passwrod'); // true
 * isSecretKey('log.dirs'); // false
 * ```
 */
export function isSecretKey(key: string): boolean {
  const lower = key.toLowerCase();
  if (SECRET_WORDS.some((w) => lower.includes(w))) return true;
  if (KEY_MATERIAL.some((k) => lower.endsWith(k))) return true;
  if (nameWords(key).some((w) => w.length >= 4 && SECRET_NAMES.some((n) => n.length >= 6 && withinDistance(w, n, 2)))) return true;
  if (nameWords(key).some((w) => w === 'pwd' || w === 'pass' || w === 'passwords' || w === 'keypass' || w === 'storepass')) return true;
  const unprefixed = key.replace(/^listener\.name\.[^.]+\.(?:[^.]+\.(?=sasl\.))?/, '');
  return kafkaKey(unprefixed)?.password === true;
}

const PLAIN_SETTING = /^(?:true|false|-?\d{1,19}(?:\.\d{1,10})?)$/i;

/** Whether a key is a password's: Kafka's PASSWORD type, or named like one (misspellings included). */
function isPasswordKey(key: string): boolean {
  const lower = key.toLowerCase();
  if (lower.includes('pass') || lower.includes('pwd') || lower.includes('secret')) return true;
  const unprefixed = key.replace(/^listener\.name\.[^.]+\.(?:[^.]+\.(?=sasl\.))?/, '');
  return kafkaKey(unprefixed)?.password === true;
}

/** A JAAS configuration: `<LoginModule class> required|requisite|sufficient|optional <options>;`. */
export function isJaasConfig(value: string): boolean {
  const at = value.indexOf('LoginModule');
  if (at < 0) return false;
  const after = value.slice(at + 11, at + 40).trimStart();
  return /^(required|requisite|sufficient|optional)\b/.test(after);
}

/**
 * A secret to hide: a `value` (a password, a token: no six characters of it may be shown) or a
 * `phrase` (a JAAS config, whose words such as `required` are common: no twelve characters of it).
 */
export interface SecretPart {
  /** The secret text. */
  text: string;
  /** How closely it is hidden. */
  kind: 'value' | 'phrase';
}

/** The option values of a JAAS config (`username="…"`, `password=…;`), each a secret value. */
function jaasOptionValues(value: string): string[] {
  const out: string[] = [];
  let at = value.indexOf('=');
  while (at >= 0) {
    let start = at + 1;
    while (start < value.length && (value[start] === ' ' || value[start] === '\t')) start++;
    const quote = value[start] === '"' || value[start] === "'" ? value[start] : undefined;
    let end: number;
    if (quote !== undefined) {
      start++;
      end = value.indexOf(quote, start);
      if (end < 0) end = value.length;
    } else {
      end = start;
      while (end < value.length && !/[\s;]/.test(value[end] as string)) end++;
    }
    if (end > start) out.push(value.slice(start, end));
    at = value.indexOf('=', end);
  }
  return out;
}

/**
 * The secret parts of an entry: its whole value when its key is a secret's; a JAAS config as a
 * phrase with each of its option values; otherwise the values of secret-named `name=value` words
 * inside it (JVM `-Djavax.net.ssl.keyStorePassword=…` in KAFKA_OPTS, `ZOO_CFG_EXTRA`'s
 * `…password=…`). Blank values hold no secret.
 *
 * @example
 * ```ts
 * secretParts({ key: 'KAFKA_OPTS', value: '-Xmx1g -Djavax.net.ssl.keyStorePassword=hunter2' }); // [{ text: 'hunter2', kind: 'value' }]
 * secretParts({ key: 'ssl.key.password', value: 'hunter2' }); // [{ text: 'hunter2', kind: 'value' }]
 * ```
 */
export function secretParts(entry: Pick<ConfigEntry, 'key' | 'value'>): SecretPart[] {
  const value = entry.value;
  if (value.trim() === '') return [];
  if (isJaasConfig(value)) {
    return [{ text: value.trim(), kind: 'phrase' as const }, ...jaasOptionValues(value).map((text) => ({ text, kind: 'value' as const }))];
  }
  // A number or a boolean under a key that only mentions tokens or credentials is a setting (delegation.token.expiry.time.ms).
  if (PLAIN_SETTING.test(value.trim()) && !isPasswordKey(entry.key)) return [];
  if (isSecretKey(entry.key)) return [{ text: value.trim(), kind: 'value' }];
  if (!value.includes('=')) return [];
  const parts: SecretPart[] = [];
  // Words separated by blanks, commas or semicolons; quotes are part of the word and stripped after.
  for (const word of value.split(/[\s,;]+/)) {
    const eq = word.indexOf('=');
    if (eq <= 0) continue;
    const name = word.slice(0, eq).replace(/^-D/, '').replace(/^["']/, '');
    const secret = word.slice(eq + 1).replace(/^["']|["']$/g, '');
    if (secret !== '' && isSecretKey(name)) parts.push({ text: secret, kind: 'value' });
  }
  return parts;
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
  if (secretParts(entry).length > 0) return '(hidden)';
  const v = entry.value.length > 120 ? `${entry.value.slice(0, 117)}...` : entry.value;
  return `'${v}'`;
}

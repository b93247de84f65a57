import type { ConfigEntry } from './entry.js';

const SECRET_KEY = /(password|secret|jaas\.config|credentials?|api\.?key|token)($|\.)|\.(key|keystore\.key|truststore\.certificates)$/i;

/**
 * Whether a key holds a secret: Kafka's PASSWORD-type keys (`*.password`, `*.key`), JAAS
 * configs, and anything named like a secret. Output never shows these values.
 */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** The value of an entry as findings may show it: quoted, or `(hidden)` for secrets. */
export function displayValue(entry: ConfigEntry): string {
  if (isSecretKey(entry.key)) return '(hidden)';
  const v = entry.value.length > 120 ? `${entry.value.slice(0, 117)}...` : entry.value;
  return `'${v}'`;
}

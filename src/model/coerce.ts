import type { ConfigEntry } from './entry.js';
import type { TypedValue } from './types.js';

/** Coerces every key the catalog knows to its type. (Filled in with the catalog.) */
export function coerceValues(_kind: 'broker' | 'zookeeper', _settings: Map<string, ConfigEntry>): Map<string, TypedValue> {
  return new Map();
}

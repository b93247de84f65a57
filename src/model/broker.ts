import { parseProperties, lastEntries } from '../parse/properties.js';
import type { ConfigEntry } from './entry.js';
import type { BrokerConfig } from './types.js';
import type { PropertiesDocument } from '../parse/properties.js';
import { coerceValues } from './coerce.js';

/** Options for building a broker config. */
export interface BrokerConfigOptions {
  file?: string;
  properties?: PropertiesDocument;
  host?: string;
}

/**
 * Builds the typed broker model from entries, wherever they were written.
 * Structured views (listeners, zookeeper.connect, ...) keep bad values with their position.
 */
export function buildBrokerConfig(entries: ConfigEntry[], options: BrokerConfigOptions = {}): BrokerConfig {
  const settings = lastEntries(entries);
  const config: BrokerConfig = {
    kind: 'broker',
    file: options.file ?? '<object>',
    entries,
    settings,
    values: coerceValues('broker', settings),
    roles: [],
    mode: 'unknown',
  };
  if (options.properties) config.properties = options.properties;
  if (options.host) config.host = options.host;
  return config;
}

/**
 * Reads a server.properties (or broker/controller .properties) text into the typed model.
 *
 * @example
 * ```ts
 * const broker = parseServerProperties('broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181/kafka\n',
 *   { file: 'server.properties' });
 * broker.zookeeperConnect?.value?.chroot; // '/kafka'
 * ```
 */
export function parseServerProperties(text: string, options: { file?: string; host?: string } = {}): BrokerConfig {
  const properties = parseProperties(text, options);
  return buildBrokerConfig(properties.entries, { ...options, file: properties.file, properties });
}

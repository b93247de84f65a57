import type { Span } from './source.js';

/** Where a setting came from: the syntax of the file that holds it. */
export type EntrySyntax = 'properties' | 'yaml' | 'env' | 'systemd' | 'object';

/**
 * One key = value setting, wherever it was written: a line of a .properties file, an
 * environment variable of a compose service, an Environment= line of a systemd unit, or a
 * plain object passed to `lint()` (which has no position).
 */
export interface ConfigEntry {
  /** The key as the program reads it (after unescaping or environment-variable mapping). */
  key: string;
  /** The value as the program reads it (after unescaping), untrimmed. */
  value: string;
  /** The file that holds it; absent for plain objects. */
  file?: string;
  /** Position of the key (for env variables: of the variable name). */
  keySpan?: Span;
  /** Position of the value. */
  valueSpan?: Span;
  /** The syntax it was written in. */
  syntax: EntrySyntax;
  /** The name it was written under when that differs from `key` (e.g. `KAFKA_LOG_DIRS`). */
  writtenAs?: string;
  /** True when it stands in a conditional or loop block of a template file: it may not be rendered. */
  conditional?: boolean;
}

/** Line of an entry's key, when known. */
export function entryLine(entry: ConfigEntry): number | undefined {
  return entry.keySpan?.line;
}

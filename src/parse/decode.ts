import type { TextEncoding } from './properties.js';

/** A config file's bytes as text, and how they were read. */
export interface DecodedConfig {
  /**
   * The text. A UTF-8 byte-order mark is kept (as U+FEFF), because Kafka and ZooKeeper read it
   * as part of the first line and the parser reports it.
   */
  text: string;
  /** `utf-8` when the bytes are valid UTF-8 (plain ASCII included), otherwise `latin1`. */
  encoding: TextEncoding;
  /** True when the bytes hold a NUL byte, which no text config file has. */
  binary: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Characters decoded per `String.fromCharCode` call, well below engines' argument limits. */
const CHUNK = 0x2000;

/** Each byte as the character with that code, as Java's ISO-8859-1 reading does. */
function latin1(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  }
  return parts.join('');
}

/**
 * Decodes a config file's bytes: as UTF-8 when they are valid UTF-8 (what editors write, and
 * what positions in an editor count), otherwise as ISO-8859-1, byte for byte. Kafka and
 * ZooKeeper themselves always read ISO-8859-1; pass `encoding` on to `parseProperties`, which
 * then reports the characters they would misread. Never throws.
 *
 * @example
 * ```ts
 * const { text, encoding, binary } = decodeConfigBytes(readFileSync('server.properties'));
 * const doc = parseProperties(text, { file: 'server.properties', encoding });
 * ```
 */
export function decodeConfigBytes(bytes: Uint8Array): DecodedConfig {
  const binary = bytes.includes(0);
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', binary };
  } catch {
    return { text: latin1(bytes), encoding: 'latin1', binary };
  }
}

/**
 * Kafka versions: the basic facts every layer may use. This module imports nothing of the
 * project's own, so the parsers, the model and the catalog can name versions without reaching up.
 */

/**
 * The Kafka versions kafka-lint knows the configuration of, oldest first. `npm run catalog`
 * writes this line from scripts/catalog/releases.json.
 */
export const KAFKA_VERSIONS = ['3.9', '4.0', '4.1', '4.2', '4.3', '4.4'] as const;

/** A Kafka version kafka-lint can judge against. */
export type KafkaVersion = (typeof KAFKA_VERSIONS)[number];

/** The newest Kafka version kafka-lint knows: the last of {@link KAFKA_VERSIONS}. */
export const NEWEST_KAFKA_VERSION: KafkaVersion = KAFKA_VERSIONS[KAFKA_VERSIONS.length - 1] as KafkaVersion;

/** The oldest Kafka version kafka-lint knows; older clusters are judged against it, with a notice. */
export const OLDEST_KAFKA_VERSION: KafkaVersion = '3.9';

/**
 * Whether `s` names a version kafka-lint knows.
 *
 * @example
 * ```ts
 * isKafkaVersion('3.9'); // true
 * isKafkaVersion('2.8'); // false
 * ```
 */
export function isKafkaVersion(s: unknown): s is KafkaVersion {
  return typeof s === 'string' && (KAFKA_VERSIONS as readonly string[]).includes(s);
}

/**
 * Compares two known versions: negative when `a` is older.
 *
 * @example
 * ```ts
 * compareVersions('3.9', '4.0') < 0; // true
 * ```
 */
export function compareVersions(a: KafkaVersion, b: KafkaVersion): number {
  return KAFKA_VERSIONS.indexOf(a) - KAFKA_VERSIONS.indexOf(b);
}

/**
 * Reads a release number as written in image tags, Strimzi resources and version keys
 * (`3.6`, `3.8.0`, `7.4.0-1-ubi8`, `2.8-IV1`): its major, minor and patch, or `undefined` when it
 * does not start with `major.minor`.
 *
 * @example
 * ```ts
 * parseRelease('3.8.0'); // [3, 8, 0]
 * parseRelease('7.4.0-1-ubi8'); // [7, 4, 0]
 * parseRelease('latest'); // undefined
 * ```
 */
export function parseRelease(text: string): [number, number, number] | undefined {
  const m = /^v?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,4}))?/.exec(text.trim());
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2]), m[3] === undefined ? 0 : Number(m[3])];
}

/**
 * Compares two releases (`[major, minor, patch]`): negative when `a` is older.
 *
 * @example
 * ```ts
 * compareReleases([2, 8, 0], [3, 9, 0]) < 0; // true
 * ```
 */
export function compareReleases(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The known version a release is judged as: the line itself when kafka-lint knows it, the oldest
 * known line for older releases, the newest for newer ones.
 *
 * @example
 * ```ts
 * judgedVersion([3, 8, 0]); // '3.9'
 * judgedVersion([4, 1, 2]); // '4.1'
 * ```
 */
export function judgedVersion(release: readonly number[]): KafkaVersion {
  const line = `${release[0]}.${release[1]}`;
  if (isKafkaVersion(line)) return line;
  const oldest = parseRelease(OLDEST_KAFKA_VERSION) as [number, number, number];
  return compareReleases(release, oldest) < 0 ? OLDEST_KAFKA_VERSION : NEWEST_KAFKA_VERSION;
}

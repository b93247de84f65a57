/**
 * The released Kafka jars of every supported version, from the local Maven repository, for the
 * tests that run Kafka's own code (test/oracle/*.test.ts), or why they cannot run here.
 */
import { spawnSync } from 'node:child_process';
// @ts-expect-error: a plain .mjs script, typed by use
import { RELEASES, javaArgs, mavenAvailable, resolveClasspaths } from '../../scripts/catalog/maven.mjs';
import { KAFKA_VERSIONS, type KafkaVersion } from '../../src/core/version.js';

/** Each supported version's release (`4.4` → `4.4.0`). */
export const KAFKA_RELEASES = RELEASES.kafka as Record<KafkaVersion, string>;

/** The java arguments that compile (once) and run a harness on a classpath. */
export const javaHarnessArgs = javaArgs as (sources: string[], classpath: string, compileClasspath?: string) => string[];

/** The classpath of each version in KAFKA_VERSIONS order, or the reason the jars are not usable here. */
export function kafkaClasspaths(): { classpaths: string[]; skipReason?: string } {
  const javaWorks = ['java', 'javac'].every((tool) => spawnSync(tool, ['-version'], { encoding: 'utf8' }).status === 0);
  if (!javaWorks) return { classpaths: [], skipReason: 'no JDK (java and javac) on PATH' };
  if (!mavenAvailable()) return { classpaths: [], skipReason: 'no Maven (mvn) on PATH' };
  try {
    return { classpaths: resolveClasspaths(KAFKA_VERSIONS.map((v) => ({ kind: 'kafka', release: KAFKA_RELEASES[v] })), { offline: true }) as string[] };
  } catch (e) {
    return { classpaths: [], skipReason: `the released jars are not in the local Maven repository (${(e as Error).message.split('\n')[0]}); run \`npm run catalog\` once online, as .ci/run does` };
  }
}

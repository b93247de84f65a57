/**
 * Differential test of topic/invalid-value against Kafka itself: for every topic config each
 * supported release defines, a set of probe values (every type's forms and near misses, each
 * version's default) goes through the release's own topic ConfigDef
 * (test/oracle/kafka/TopicConfigOracle.java, LogConfig.configDefCopy().parse) and through
 * kafka-lint, written as Strimzi KafkaTopic resources, with that version forced. Kafka refusing a
 * value and kafka-lint staying quiet fails, as does the reverse. Without a JDK or Maven, or before
 * the jars were fetched (`npm run catalog` or .ci/run), the suite is skipped with a notice.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KAFKA_RELEASES, javaHarnessArgs, kafkaClasspaths } from './kafka-jars.js';
import { lintFiles } from '../../src/index.js';
import { topicConfig, topicConfigNames } from '../../src/catalog/index.js';
import { KAFKA_VERSIONS, type KafkaVersion } from '../../src/core/version.js';
import invalidValue from '../../rules/topic/invalid-value.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const harness = [join(repoRoot, 'test', 'oracle', 'kafka', 'TopicConfigOracle.java'), join(repoRoot, 'test', 'oracle', 'Verdicts.java')];

/** Values of every type in their accepted forms and their near misses. */
const PROBES = [
  '', ' ', '-2', '-1', '0', '1', ' 2 ', '14', '1048575', '1048576', '2147483647', '2147483648', '9223372036854775807', '9223372036854775808',
  '0.5', '1.5', '1e3', '-0.1', 'abc', '7d', '1_000', 'true', 'TRUE', 'yes', 'compact', 'delete', 'compact,delete', 'delete, compact',
  'compact,,delete', 'compacted', 'Delete', 'producer', 'zstd', 'ZSTD', 'uncompressed', 'none', 'CreateTime', 'logappendtime', '*', '0:1,1:2',
  '0:1,1', ' 0:1 , 1:2 ', '0:1,,1:2', '0:1,', '*,0:1', '3.0', '3.0-IV1', '2.8', '4.0', 'x.y',
];

interface Verdict {
  line: number;
  accepted: boolean;
  error?: string;
}

const { classpaths, skipReason } = kafkaClasspaths();
if (skipReason) console.warn(`[topic config oracle] SKIPPED: ${skipReason}. The differential test of topic/invalid-value against Kafka's topic ConfigDef did not run.`);

/** Every topic config of the version with every probe and the version's default. */
function probesOf(version: KafkaVersion): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const name of topicConfigNames(version).sort()) {
    const fallback = topicConfig(name, version)?.fact.default;
    const values = new Set([...PROBES, ...(fallback !== null && fallback !== undefined ? [fallback] : [])]);
    for (const value of values) out.push({ name, value });
  }
  return out;
}

describe.skipIf(skipReason !== undefined)('Topic config oracle: each release accepts or refuses every probe value as topic/invalid-value says', () => {
  let root = '';
  const figures: string[] = [];

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'kafka-lint-topic-oracle-'));
  });

  afterAll(() => {
    if (figures.length > 0) console.log(`[topic config oracle] agreement with Kafka's topic ConfigDef:\n  ${figures.join('\n  ')}`);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  KAFKA_VERSIONS.forEach((version, index) => {
    it(`Kafka ${version} (${KAFKA_RELEASES[version]})`, () => {
      const probes = probesOf(version);
      const input = join(root, `${version}.tsv`);
      writeFileSync(input, probes.map((p) => `${p.name}\t${p.value}`).join('\n') + '\n', 'utf8');
      const run = spawnSync('java', [...javaHarnessArgs(harness, classpaths[index] as string), input], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(run.status, run.stderr).toBe(0);
      const verdicts = run.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Verdict);
      expect(verdicts).toHaveLength(probes.length);

      // One file per config: a run lists at most 1,000 findings of a rule in one file.
      const files = new Map<string, string[]>();
      probes.forEach((p, i) => {
        const doc = `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: t${i}\nspec:\n  partitions: 1\n  replicas: 1\n  config:\n    ${p.name}: ${JSON.stringify(p.value)}\n`;
        files.set(p.name, [...(files.get(p.name) ?? []), doc]);
      });
      const inputs = [...files].map(([name, docs]) => ({ file: `topics/${name}.yaml`, text: docs.join('---\n') }));
      const findings = lintFiles(inputs, { kafkaVersion: version, ruleSet: [invalidValue] }).findings;
      const refusedByLint = new Set(findings.map((f) => Number(/^Topic 't(\d+)'/.exec(f.message)?.[1])));
      expect(findings.every((f) => f.severity === 'error')).toBe(true);

      const wrong: string[] = [];
      let refused = 0;
      verdicts.forEach((verdict, i) => {
        const probe = probes[i]!;
        if (!verdict.accepted) refused++;
        if (verdict.accepted === refusedByLint.has(i)) {
          wrong.push(`${probe.name}=${JSON.stringify(probe.value)}: Kafka ${verdict.accepted ? 'accepts it' : `refuses it (${verdict.error})`}, kafka-lint ${refusedByLint.has(i) ? 'reports invalid-value' : 'is quiet'}`);
        }
      });
      figures.push(`Kafka ${version}: ${probes.length} values of ${topicConfigNames(version).length} topic configs; Kafka refused ${refused}, accepted ${probes.length - refused}; disagreements: ${wrong.length}`);
      expect(wrong).toEqual([]);
      // The probes reach both verdicts, so agreement is not a matter of always saying one thing.
      expect(refused).toBeGreaterThan(probes.length / 10);
      expect(probes.length - refused).toBeGreaterThan(probes.length / 10);
    }, 120_000);
  });
});

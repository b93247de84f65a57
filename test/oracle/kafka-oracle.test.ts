/**
 * Differential test against Kafka itself: every broker and controller config of the project (the
 * startup-check fixtures of test/startup-checks.ts, the rules' docs examples, the .properties
 * files of test/fixtures) and every broker file of ../shared/corpus/kafka-properties goes through
 * each supported release's own startup validation (test/oracle/kafka/KafkaOracle.java, one JVM
 * per release on the jars scripts/catalog/maven.mjs resolves) and through kafka-lint with that
 * version forced.
 *
 * - Kafka refuses and kafka-lint reports no error: a failure (a refusal kafka-lint misses).
 * - kafka-lint reports an error and Kafka starts: a failure, unless the error is one of
 *   DELIBERATE_ERRORS below, each with the reason the broker still does not work.
 * Templates and fragments are not compared (Kafka reads them only once rendered or merged), nor
 * a refusal that only says a third-party class (a plugin: principal builder, assignor) cannot be
 * found, where kafka-lint reports no error: the oracle runs without the plugin's jar, which a
 * real broker has on its classpath. They are counted. The agreement figures are printed. Without a JDK or Maven, or before the jars were
 * fetched (`npm run catalog` or .ci/run), the suite is skipped with a notice saying why.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { KAFKA_RELEASES, javaHarnessArgs, kafkaClasspaths } from './kafka-jars.js';
import { lintFiles } from '../../src/index.js';
import { decodeConfigBytes } from '../../src/parse/decode.js';
import { detectFileKind } from '../../src/engine/load.js';
import { isConfigFragment, isPlaceholder, parseServerProperties } from '../../src/model/broker.js';
import { isTemplated } from '../../src/model/settings.js';
import { KAFKA_VERSIONS, type KafkaVersion } from '../../src/core/version.js';
import type { Finding } from '../../src/engine/finding.js';
import { allRules } from '../../rules/index.js';
import { checks, BROKER_ONLY, COMBINED, CONTROLLER_ONLY, ZK_BROKER } from '../startup-checks.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const harness = [join(repoRoot, 'test', 'oracle', 'kafka', 'KafkaOracle.java'), join(repoRoot, 'test', 'oracle', 'Verdicts.java')];
const corpus = join(repoRoot, '..', 'shared', 'corpus', 'kafka-properties');

/**
 * Errors kafka-lint reports on configs the oracle lets start: the broker still does not work,
 * for a reason the oracle cannot see. A rule and the message ids it applies to (all of the rule's
 * errors when absent), optionally narrowed by the message text.
 */
const DELIBERATE_ERRORS: { rule: string; messageIds?: string[]; message?: RegExp; reason: string }[] = [
  {
    rule: 'broker/unknown-key',
    messageIds: ['typo'],
    reason: 'a near miss of a real key (num.partitons): Kafka ignores the unknown key silently, so the setting meant is never applied',
  },
  {
    rule: 'broker/startup-constraints',
    messageIds: ['duplicate-log-dir'],
    reason: 'LogManager refuses it ("Duplicate log directory found") when it creates the log directories and compares their canonical paths: a disk step, after the oracle stops',
  },
  {
    rule: 'broker/startup-constraints',
    messageIds: ['inter-broker-keystore-missing'],
    reason: 'the inter-broker listener\'s SslFactory validates its engine when SocketServer builds the listener, after the log directories: Kafka stops with "A client SSLEngine created with the provided settings can\'t connect to a server SSLEngine" (other TLS listeners without a keystore are a warning: Kafka starts)',
  },
  {
    rule: 'broker/startup-constraints',
    messageIds: ['oauthbearer-claims-unverified'],
    reason: '4.4\'s BrokerJwtValidator refuses it when SocketServer builds the SASL listener\'s channel, after the log directories (upgrade notes 4.4.0)',
  },
  {
    rule: 'broker/zookeeper-connect-format',
    messageIds: ['blank-in-chroot', 'chroot-repeated'],
    reason: 'ZooKeeper takes the whole rest of zookeeper.connect as the chroot: the broker starts on another znode ("/ kafka", "/kafka,zk2:2181/kafka") than its cluster, an empty cluster of its own',
  },
  {
    rule: 'broker/zookeeper-connect-format',
    messageIds: ['blank-at-port'],
    message: /does not trim the host/,
    reason: 'a host with a blank ("zk1 ") never resolves: the ZooKeeper client retries until zookeeper.connection.timeout.ms and the broker stops, which needs the network to see',
  },
  {
    rule: 'broker/min-insync-replicas',
    messageIds: ['above-replication-factor'],
    reason: 'Kafka starts, but every acks=all write to a topic created with the default replication factor fails with NotEnoughReplicas',
  },
];

interface Verdict {
  file: string;
  starts: boolean;
  error?: string;
}

interface Input {
  /** Where it comes from, for messages. */
  name: string;
  /** The path the oracle reads. */
  path: string;
  /** The name kafka-lint lints it under. */
  lintAs: string;
  text: string;
}

const { classpaths, skipReason } = kafkaClasspaths();
if (skipReason) console.warn(`[kafka oracle] SKIPPED: ${skipReason}. The differential test against Kafka's own startup validation did not run.`);
if (!existsSync(corpus)) console.warn(`[kafka oracle] ${corpus} is absent: the corpus files are left out (CI always has them).`);

/** The project's broker configs and the corpus's broker files, written where the oracle reads them. */
function gatherInputs(root: string): Input[] {
  const texts = new Map<string, { name: string; lintAs: string; text: string }>();
  const add = (name: string, lintAs: string, text: string) => {
    if (!texts.has(text)) texts.set(text, { name, lintAs, text });
  };
  add('startup base: ZooKeeper broker', 'server.properties', ZK_BROKER);
  add('startup base: combined', 'server.properties', COMBINED);
  add('startup base: broker only', 'server.properties', BROKER_ONLY);
  add('startup base: controller only', 'server.properties', CONTROLLER_ONLY);
  for (const check of checks) {
    add(`startup check ${check.id} (bad)`, 'server.properties', check.bad);
    add(`startup check ${check.id} (good)`, 'server.properties', check.good);
  }
  for (const rule of allRules) {
    for (const [kind, examples] of Object.entries(rule.meta.examples)) {
      examples.forEach((example, i) => {
        if (detectFileKind(example.file, example.text) === 'broker') add(`${rule.meta.id} example ${kind} ${i + 1}`, example.file, example.text);
      });
    }
  }
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  for (const path of walk(join(repoRoot, 'test', 'fixtures')).filter((p) => p.endsWith('.properties')).sort()) {
    const { text } = decodeConfigBytes(readFileSync(path));
    if (detectFileKind(path, text) === 'broker') add(relative(repoRoot, path), path, text);
  }
  if (existsSync(corpus)) {
    for (const name of readdirSync(corpus).sort()) {
      const { text } = decodeConfigBytes(readFileSync(join(corpus, name)));
      add(`corpus ${name}`, name.endsWith('.properties') ? name : `${name}.properties`, text);
    }
  }
  return [...texts.values()].map((input, i) => {
    const path = join(root, `${i}.properties`);
    writeFileSync(path, input.text, 'latin1');
    return { ...input, path };
  });
}

/** Why a file is not compared, or undefined: Kafka reads a template or fragment only once rendered or merged. */
function notCompared(text: string): string | undefined {
  const broker = parseServerProperties(text);
  if ([...broker.settings.values()].some((entry) => isTemplated(entry) || isPlaceholder(entry.value))) return 'template';
  if (isConfigFragment(broker)) return 'fragment';
  return undefined;
}

/** A refusal for a class outside Kafka that the oracle's classpath lacks: the plugin's jar. */
const PLUGIN_CLASS_MISSING = /Class (?!org\.apache\.kafka\.)[\w$]+(?:\.[\w$]+)+ (?:could not|cannot) be found/;

function runOracle(classpath: string, paths: string[]): Promise<Map<string, Verdict>> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', [...javaHarnessArgs(harness, classpath, ''), ...paths], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0) return reject(new Error(`KafkaOracle failed (${status}): ${stderr.slice(-2000)}`));
      const verdicts = new Map<string, Verdict>();
      for (const line of stdout.split('\n').filter((l) => l.startsWith('{'))) {
        const verdict = JSON.parse(line) as Verdict;
        verdicts.set(verdict.file, verdict);
      }
      resolve(verdicts);
    });
  });
}

/** The DELIBERATE_ERRORS entry a finding falls under, or -1. */
function deliberateIndex(finding: Finding): number {
  return DELIBERATE_ERRORS.findIndex(
    (d) =>
      d.rule === finding.ruleId &&
      (d.messageIds === undefined || d.messageIds.includes(finding.messageId)) &&
      (d.message === undefined || d.message.test(finding.message)),
  );
}

describe.skipIf(skipReason !== undefined)('Kafka oracle: each release refuses or starts every broker config as kafka-lint says', () => {
  let root = '';
  let inputs: Input[] = [];
  const verdicts = new Map<KafkaVersion, Map<string, Verdict>>();
  const figures: string[] = [];
  const usedDeliberate = new Set<number>();

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'kafka-lint-kafka-oracle-'));
    mkdirSync(root, { recursive: true });
    inputs = gatherInputs(root);
    const paths = inputs.map((i) => i.path);
    // One JVM per release, two at a time (one a core).
    const queue = KAFKA_VERSIONS.map((v, i) => [v, classpaths[i] as string] as const);
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) verdicts.set(next[0], await runOracle(next[1], paths));
    };
    await Promise.all([worker(), worker()]);
  }, 600_000);

  afterAll(() => {
    if (figures.length > 0) console.log(`[kafka oracle] agreement with Kafka's own startup validation:\n  ${figures.join('\n  ')}`);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('has the project and corpus configs to compare', () => {
    expect(inputs.length).toBeGreaterThan(200);
  });

  for (const version of KAFKA_VERSIONS) {
    it(`Kafka ${version} (${KAFKA_RELEASES[version]}): every refusal gets an error, every other error is deliberate`, () => {
      const byVersion = verdicts.get(version)!;
      const wrong: string[] = [];
      let refused = 0;
      let caught = 0;
      let started = 0;
      let quiet = 0;
      let deliberateCount = 0;
      const skipped = { template: 0, fragment: 0, plugin: 0 };
      for (const input of inputs) {
        const verdict = byVersion.get(input.path);
        if (!verdict) {
          wrong.push(`${input.name}: Kafka gave no verdict`);
          continue;
        }
        const why = notCompared(input.text);
        if (why) {
          skipped[why as keyof typeof skipped]++;
          continue;
        }
        const errors = lintFiles([{ file: input.lintAs, text: input.text }], { kafkaVersion: version }).findings.filter((f) => f.severity === 'error');
        if (!verdict.starts && errors.length === 0 && PLUGIN_CLASS_MISSING.test(verdict.error ?? '')) {
          skipped.plugin++;
          continue;
        }
        if (!verdict.starts) {
          refused++;
          if (errors.length > 0) caught++;
          else wrong.push(`${input.name}: Kafka ${version} refuses it (${verdict.error}), kafka-lint reports no error`);
          continue;
        }
        started++;
        const unexplained = errors.filter((f) => deliberateIndex(f) < 0);
        if (errors.length === 0) quiet++;
        else if (unexplained.length === 0) deliberateCount++;
        for (const f of errors) {
          const index = deliberateIndex(f);
          if (index >= 0) usedDeliberate.add(index);
        }
        for (const f of unexplained) wrong.push(`${input.name}: Kafka ${version} starts it, kafka-lint reports ${f.ruleId}/${f.messageId} (line ${f.line}): ${f.message}`);
      }
      figures.push(
        `Kafka ${version}: ${refused + started} configs compared; Kafka refused ${refused}, kafka-lint reported an error on ${caught}; ` +
          `Kafka started ${started}, kafka-lint quiet on ${quiet}, deliberate errors on ${deliberateCount}; ` +
          `not compared: ${skipped.template} templates, ${skipped.fragment} fragments, ${skipped.plugin} naming a plugin class the oracle lacks`,
      );
      expect(wrong).toEqual([]);
    });
  }

  it('every deliberate error is met at least once, and says why', () => {
    for (const d of DELIBERATE_ERRORS) expect(d.reason.length).toBeGreaterThan(20);
    expect(DELIBERATE_ERRORS.filter((_, i) => !usedDeliberate.has(i)).map((d) => `${d.rule}/${d.messageIds?.join('|') ?? '*'}`)).toEqual([]);
  });
});

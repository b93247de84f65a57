/**
 * Property tests of lint() and of every output format: random valid configs built from the
 * catalog (each key with a value of its type), plain objects with random keys and values, and
 * whole clusters. No exception escapes and no rule fails (`internal/rule-failure`), the same
 * input gives byte-identical findings and output, inputs are never changed, and no
 * password-type value appears in any message or output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lint, type LintInput, type PlainConfig } from '../../src/index.js';
import { type LintResult } from '../../src/engine/finding.js';
import { KAFKA_VERSIONS, type KafkaVersion } from '../../src/core/version.js';
import { kafkaKey, kafkaKeyNames, zookeeperKey, zookeeperKeyNames, type KafkaKeyFact, type ZooKeeperKeyFact } from '../../src/catalog/index.js';
import { loadFormatter } from '../../src/report/index.js';
import { clusterReport } from '../../src/report/files.js';
import { FORMAT_NAMES, type Formatter, type LintReport } from '../../src/report/types.js';
import { allRules } from '../../rules/index.js';
import { printCaseCounts, deepFreeze, runs, stable } from './support.js';

const SECRET_MARK = 'PW-SECRET-';
const secretValue = fc.stringMatching(/^[0-9a-f]{6}$/).map((s) => `${SECRET_MARK}${s}`);

function between(lo: number, hi: number): fc.Arbitrary<number> {
  return fc.integer({ min: Math.max(lo, -(2 ** 31)), max: Math.min(hi, 2 ** 31 - 1) });
}

/** A value of a Kafka key's type that its validator accepts (most of the time: bounds are honoured). */
function kafkaValue(fact: KafkaKeyFact): fc.Arbitrary<string> {
  const v = fact.validator ?? {};
  const choices = v.in ?? v.inIgnoreCase;
  if (fact.password) return secretValue;
  switch (fact.type) {
    case 'BOOLEAN':
      return fc.constantFrom('true', 'false', 'TRUE');
    case 'INT':
    case 'SHORT':
    case 'LONG': {
      const lo = v.between?.[0] ?? v.atLeast ?? (fact.type === 'SHORT' ? -32768 : -(2 ** 31));
      const hi = v.between?.[1] ?? v.atMost ?? (fact.type === 'SHORT' ? 32767 : 2 ** 31 - 1);
      return between(lo, hi).map(String);
    }
    case 'DOUBLE':
      return fc.double({ min: v.between?.[0] ?? v.atLeast ?? 0, max: v.between?.[1] ?? v.atMost ?? 1e6, noNaN: true }).map(String);
    case 'LIST': {
      const item = v.eachIn && v.eachIn.length > 0 ? fc.constantFrom(...v.eachIn) : fc.constantFrom('PLAINTEXT://host:9092', 'SSL://:9093', '/data/kafka', 'a', 'b');
      return fc.array(item, { maxLength: 3 }).map((items) => items.join(','));
    }
    case 'CLASS':
      return fact.default ? fc.constant(fact.default) : fc.constantFrom('org.example.Plugin', '');
    default:
      if (choices && choices.length > 0) return fc.constantFrom(...choices);
      return fact.default !== null ? fc.oneof(fc.constant(fact.default), fc.string({ maxLength: 12 })) : fc.string({ maxLength: 12 });
  }
}

function zooKeeperValue(fact: ZooKeeperKeyFact): fc.Arbitrary<string> {
  if (/password/i.test(fact.name)) return secretValue;
  switch (fact.type) {
    case 'int':
    case 'long':
      return fc.integer({ min: 0, max: 100_000 }).map(String);
    case 'boolean':
      return fc.constantFrom('true', 'false');
    case 'enum':
      return fact.allowed && fact.allowed.length > 0 ? fc.constantFrom(...fact.allowed) : fc.string({ maxLength: 8 });
    case 'path':
      return fc.constantFrom('/var/lib/zookeeper', '/tmp/zk', 'data');
    default:
      return fact.default !== null ? fc.constant(fact.default) : fc.string({ maxLength: 10 });
  }
}

const version = fc.constantFrom<KafkaVersion>(...KAFKA_VERSIONS);

/** A broker config of catalog keys with values of their types, for one version. */
function brokerConfig(v: KafkaVersion): fc.Arbitrary<PlainConfig> {
  const names = kafkaKeyNames(v).filter((n) => kafkaKey(n, v));
  return fc
    .uniqueArray(fc.constantFrom(...names), { maxLength: 25 })
    .chain((keys) => fc.tuple(...keys.map((k) => kafkaValue(kafkaKey(k, v) as KafkaKeyFact).map((value) => [k, value] as const))))
    .chain((pairs) =>
      fc.record({ id: fc.integer({ min: 0, max: 5 }), mode: fc.constantFrom('kraft', 'zookeeper', 'none') }).map(({ id, mode }) => {
        const config: PlainConfig = Object.fromEntries(pairs);
        if (mode === 'kraft') Object.assign(config, { 'process.roles': 'broker,controller', 'node.id': id, 'controller.quorum.voters': `${id}@localhost:9093` });
        if (mode === 'zookeeper') Object.assign(config, { 'broker.id': id, 'zookeeper.connect': 'zk1:2181,zk2:2181/kafka' });
        return config;
      }),
    );
}

const zooKeeperNames = zookeeperKeyNames();
const zooKeeperConfig: fc.Arbitrary<PlainConfig> = fc
  .uniqueArray(fc.constantFrom(...zooKeeperNames), { maxLength: 15 })
  .chain((keys) => fc.tuple(...keys.map((k) => zooKeeperValue(zookeeperKey(k) as ZooKeeperKeyFact).map((value) => [k, value] as const))))
  .chain((pairs) =>
    fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.constantFrom('zk1:2888:3888', 'zk2:2888:3888;2181', 'zk3:2888:3888:observer', 'x', '')), { maxLength: 5 }).map((servers) => ({
      ...Object.fromEntries(pairs),
      tickTime: '2000',
      dataDir: '/var/lib/zookeeper',
      ...Object.fromEntries(servers.map(([id, address]) => [`server.${id}`, address])),
    })),
  );

/** Plain objects with random keys (some of them real) and values of any JSON-ish type. */
const randomObject: fc.Arbitrary<PlainConfig> = fc.dictionary(
  fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...kafkaKeyNames().slice(0, 400), ...zooKeeperNames, 'server.1', '__proto__', 'constructor', 'listener.name.x.sasl.jaas.config')),
  fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined)),
  { maxKeys: 30 },
);

const clusterInput: fc.Arbitrary<LintInput> = version.chain((v) =>
  fc.record({
    name: fc.string({ maxLength: 8 }),
    brokers: fc.array(fc.oneof(brokerConfig(v), fc.record({ config: brokerConfig(v), jvm: fc.constantFrom('-Xmx8g -Xms8g', '-Xmx1g', '', '-XX:+UseG1GC -Xmx') })), { maxLength: 4 }),
    zookeeper: fc.array(zooKeeperConfig, { maxLength: 4 }),
  }),
);

/** Strings shown in any output must not include a secret value of the input. */
function secretsIn(input: unknown): string[] {
  return [...stable(input).matchAll(new RegExp(`${SECRET_MARK}[0-9a-f]{6}`, 'g'))].map((m) => m[0]);
}

const formatters = new Map<string, Formatter>();
beforeAll(async () => {
  for (const name of FORMAT_NAMES) formatters.set(name, await loadFormatter(name));
});

function report(result: LintResult): LintReport {
  return {
    clusters: result.clusters.map((c) => clusterReport(c, 'fuzz')),
    rules: allRules,
    toolVersion: '0.0.0-fuzz',
  };
}

/** Every format renders the result, the same twice, valid where it has a syntax, and without secrets. */
function checkFormats(result: LintResult, secrets: readonly string[]): void {
  const r = deepFreeze(report(result));
  for (const [name, format] of formatters) {
    const options = { color: name === 'stylish', warningsFail: false, env: {}, cwd: '/' };
    const text = format(r, options);
    expect(format(r, options), name).toBe(text);
    if (name === 'json' || name === 'sarif') expect(() => JSON.parse(text), name).not.toThrow();
    for (const s of secrets) expect(text, `${name} shows ${s}`).not.toContain(s);
  }
}

/** lint() survives, is deterministic, changes nothing, fails no rule and shows no secret. */
function checkLint(input: LintInput, options: { kafkaVersion?: KafkaVersion; brokerCount?: number } = {}, withFormats = false): LintResult {
  const before = stable(input);
  const result = lint(input, options);
  expect(stable(input)).toBe(before);
  expect(stable(lint(input, options))).toBe(stable(result));
  expect(result.findings.filter((f) => f.ruleId === 'internal/rule-failure')).toEqual([]);
  const secrets = secretsIn(input);
  for (const f of result.findings) for (const s of secrets) expect(f.message, `${f.ruleId} shows ${s}`).not.toContain(s);
  if (withFormats) checkFormats(result, secrets);
  return result;
}

describe('lint() on generated input', () => {
  it('random valid broker configs from the catalog, judged at their version', () => {
    fc.assert(
      fc.property(version.chain((v) => fc.tuple(fc.constant(v), brokerConfig(v), fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }))), ([v, config, brokerCount]) => {
        checkLint(deepFreeze(config), { kafkaVersion: v, ...(brokerCount !== undefined ? { brokerCount } : {}) });
      }),
      runs('lint: catalog broker configs', 400),
    );
  });
  it('random valid zoo.cfg settings from the catalog', () => {
    fc.assert(fc.property(zooKeeperConfig, (config) => void checkLint(deepFreeze(config))), runs('lint: catalog zoo.cfg configs', 250));
  });
  it('plain objects with random keys and values', () => {
    fc.assert(fc.property(randomObject, (config) => void checkLint(deepFreeze(config))), runs('lint: random plain objects', 400));
  });
  it('clusters of brokers (with JVM options) and ZooKeeper servers, through every output format', () => {
    fc.assert(fc.property(clusterInput, (input) => void checkLint(deepFreeze(input), {}, true)), runs('lint + formats: clusters', 200));
  });
});

afterAll(printCaseCounts);

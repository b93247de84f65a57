/**
 * Property tests of everything that reads a file's text: the model builders
 * (parseServerProperties, parseZooCfg, parseMyid; the .properties parser itself has
 * test/parse/properties.fuzz.test.ts), the deployment loaders (compose, Strimzi, systemd, env,
 * topic files: KafkaTopic YAML and Terraform) through loadCluster, and lint() over what they build. Inputs are random text of the characters
 * that matter, random YAML documents, and mutations of the examples, fixtures and corpus files.
 * No exception escapes, no rule fails, the same text gives byte-identical results, every
 * finding's line lies in its file, no message says NaN, and the files given are never changed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseServerProperties } from '../../src/model/broker.js';
import { parseMyid, parseZooCfg } from '../../src/model/zookeeper.js';
import { loadCluster, FILE_KINDS, type FileKind, type SourceFile } from '../../src/engine/load.js';
import { lintFiles } from '../../src/index.js';
import { yamlModule } from '../../src/deploy/yaml.js';
import { kafkaKeyNames, zookeeperKeyNames } from '../../src/catalog/index.js';
import { printCaseCounts, deepFreeze, mutated, runs, seedTexts, stable, syntaxText } from './support.js';

const KEY_WORDS = [...kafkaKeyNames().slice(0, 200), ...zookeeperKeyNames().slice(0, 60), 'server.1', 'server.2', 'listener.name.internal.ssl.key.password', 'KAFKA_CFG_NODE_ID', 'KAFKA_HEAP_OPTS', 'ExecStart', 'Environment', '[Service]', 'services:', 'environment:', 'image: bitnami/kafka:3.7', 'kind: Kafka', 'apiVersion: kafka.strimzi.io/v1beta2'];
const anyText = fc.oneof(syntaxText(60, KEY_WORDS), fc.string({ unit: 'binary', maxLength: 300 }), mutated(fc.constantFrom(...seedTexts.map((s) => s.text))));

/** How many lines a text has, as the spans count them (`\r\n`, `\r` and `\n` end a line). */
function lineCount(text: string): number {
  return (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** loadCluster and lintFiles (as the CLI lints) over files: no rule fails, the same twice, lines inside the files. */
function checkFiles(files: SourceFile[]): void {
  const build = () => loadCluster(files.map((f) => ({ ...f })), 'fuzz');
  const cluster = build();
  expect(stable(build())).toBe(stable(cluster));
  const before = stable(files);
  const lintAll = () => lintFiles(deepFreeze(files), {}, 'fuzz');
  const result = lintAll();
  expect(stable(lintAll())).toBe(stable(result));
  expect(stable(files)).toBe(before);
  expect(result.findings.filter((f) => f.ruleId === 'internal/rule-failure')).toEqual([]);
  const lines = new Map(files.map((f) => [f.file, lineCount(f.text)]));
  // A number no arithmetic should give (0 × Infinity) must never reach a message.
  for (const f of result.findings) expect(f.message, `${f.ruleId} at ${f.file}:${f.line}`).not.toMatch(/\bNaN\b/);
  for (const f of result.findings) {
    if (f.file === undefined || f.line === undefined || !lines.has(f.file)) continue;
    expect(f.line, `${f.ruleId} at ${f.file}:${f.line}`).toBeGreaterThanOrEqual(1);
    expect(f.line, `${f.ruleId} at ${f.file}:${f.line}`).toBeLessThanOrEqual(lines.get(f.file) as number);
  }
}

describe('the model builders', () => {
  it('parseServerProperties, parseZooCfg and parseMyid never throw and give the same result twice', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const parse of [() => parseServerProperties(text, { file: 'server.properties' }), () => parseZooCfg(text, { file: 'zoo.cfg' }), () => parseMyid(text, { file: 'myid' })]) {
          expect(stable(parse())).toBe(stable(parse()));
        }
      }),
      runs('parse: server.properties, zoo.cfg, myid', 600),
    );
  });
  it('lint() of a broker, a ZooKeeper server and its myid built from the same text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('1\n', '2', 'x', ''), (text, myid) => {
        checkFiles([
          { file: 'kafka/server.properties', text, kind: 'broker' },
          { file: 'zk/zoo.cfg', text, kind: 'zookeeper' },
          { file: 'zk/myid', text: myid, kind: 'myid' },
        ]);
      }),
      runs('lint: random properties text', 250),
    );
  });
});

/**
 * zoo.cfg server values built from QuorumServer's grammar: addresses of host and port fields
 * joined by `|`, then `;` and a client part, with every separator also free to appear anywhere,
 * empty or doubled (ZooKeeper's own verdicts on such lines: test/zookeeper/oracle.test.ts).
 */
const serverValue = fc
  .array(fc.oneof(fc.constantFrom('|', ';', ':', '[', ']', ' ', '', '||', ';;', '::'), fc.constantFrom('zk1', '127.0.0.1', '::1', '[::1]', 'localhost', '2888', '3888', '2181', '0', '-1', '70000', 'observer', 'participant', 'x'), fc.string({ maxLength: 3 })), { maxLength: 14 })
  .map((parts) => parts.join(''));

describe('zoo.cfg server lines from the QuorumServer grammar', () => {
  it('never throw, fail no rule, and give the same result twice', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('1', '2', '3', '01', 'x', ''), serverValue), { minLength: 1, maxLength: 4 }), fc.constantFrom('1\n', '2', ''), (servers, myid) => {
        const text = `tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\n${servers.map(([id, value]) => `server.${id}=${value}`).join('\n')}\n`;
        expect(stable(parseZooCfg(text, { file: 'zoo.cfg' }))).toBe(stable(parseZooCfg(text, { file: 'zoo.cfg' })));
        checkFiles([
          { file: 'zk/zoo.cfg', text, kind: 'zookeeper' },
          { file: 'zk/myid', text: myid, kind: 'myid' },
        ]);
      }),
      runs('zoo.cfg: server lines from the grammar', 200),
    );
  });
});

/** Random YAML documents: any JSON-ish value, and shapes close to compose and Strimzi files. */
const yamlText = fc
  .oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.record({
      services: fc.dictionary(
        fc.constantFrom('kafka', 'kafka1', 'zookeeper', 'zk1', 'broker'),
        fc.record({ image: fc.constantFrom('bitnami/kafka:3.7', 'confluentinc/cp-kafka:7.6.1', 'apache/kafka:3.9.0', 'zookeeper:3.8', 'x'), environment: fc.oneof(fc.dictionary(fc.constantFrom('KAFKA_CFG_NODE_ID', 'KAFKA_BROKER_ID', 'KAFKA_ZOOKEEPER_CONNECT', 'KAFKA_HEAP_OPTS', 'ZOO_MY_ID', 'ZOO_SERVERS', 'KAFKA_SSL_KEY_PASSWORD'), fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(null))), fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 })), volumes: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }), mem_limit: fc.constantFrom('1g', '512m', 'x') }, { requiredKeys: [] }),
      ),
    }),
    fc.record({ apiVersion: fc.constant('kafka.strimzi.io/v1beta2'), kind: fc.constantFrom('Kafka', 'KafkaNodePool'), metadata: fc.record({ name: fc.constantFrom('my-cluster', ''), labels: fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 12 })) }), spec: fc.jsonValue({ maxDepth: 3 }) }),
    // KafkaTopic resources of either operator, with config values of any type.
    fc.record({
      apiVersion: fc.constantFrom('kafka.strimzi.io/v1beta2', 'kafka.strimzi.io/v1', 'platform.confluent.io/v1beta1'),
      kind: fc.constant('KafkaTopic'),
      metadata: fc.record({ name: fc.constantFrom('orders', '', 'a..b', 'x'.repeat(260)), labels: fc.dictionary(fc.constantFrom('strimzi.io/cluster'), fc.constantFrom('my-cluster', '')) }, { requiredKeys: [] }),
      spec: fc.record(
        {
          partitions: fc.oneof(fc.integer(), fc.string({ maxLength: 4 })),
          partitionCount: fc.integer(),
          replicas: fc.oneof(fc.integer(), fc.constant('{{ .Values.rf }}')),
          config: fc.dictionary(fc.constantFrom('retention.ms', 'retention.bytes', 'cleanup.policy', 'min.insync.replicas', 'segment.bytes', 'remote.storage.enable', 'local.retention.bytes', 'leader.replication.throttled.replicas', 'x'), fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }))),
          configs: fc.dictionary(fc.constantFrom('retention.ms', 'cleanup.policy'), fc.string({ maxLength: 12 })),
        },
        { requiredKeys: [] },
      ),
    }),
  )
  .map((value) => yamlModule().stringify(value));

const unitText = fc
  .array(fc.oneof(fc.constantFrom('[Unit]', '[Service]', '[Install]', 'ExecStart=/opt/kafka/bin/kafka-server-start.sh /etc/kafka/server.properties', 'Environment="KAFKA_HEAP_OPTS=-Xmx1G -Xms1G"', 'EnvironmentFile=-/etc/default/kafka', 'LimitNOFILE=100000', 'User=kafka', '\\', '"'), syntaxText(8)), { maxLength: 15 })
  .map((lines) => lines.join('\n'));
const envText = fc
  .array(fc.oneof(fc.constantFrom('export KAFKA_HEAP_OPTS="-Xmx4g -Xms4g"', 'KAFKA_OPTS=-Djava.security.auth.login.config=/etc/kafka/jaas.conf', 'ZOO_MY_ID=1', "KAFKA_CFG_SSL_KEY_PASSWORD='x'", '# comment', 'A=$B'), syntaxText(8)), { maxLength: 15 })
  .map((lines) => lines.join('\n'));

const DEPLOY_SEEDS = seedTexts.filter((s) => /\.(ya?ml|service|env|sh|tf)$|(^|\/)(kafka|zookeeper|environment)$/.test(s.path)).map((s) => s.text);

/** Terraform kafka_topic resources: HCL pieces in any order, so most are broken somewhere. */
const hclText = fc
  .array(fc.oneof(fc.constantFrom('resource "kafka_topic" "t" {', '}', '{', 'name = "orders"', 'name = "${var.env}-x"', 'partitions = 4', 'replication_factor = var.rf', 'config = {', '"retention.ms" = "86400000"', '"cleanup.policy" = "compacted"', '# c', '// c', '/*', '*/', '"', '${', '<<EOT', 'EOT'), syntaxText(6)), { maxLength: 20 })
  .map((lines) => lines.join('\n'));

describe('the deployment loaders', () => {
  const kinds = FILE_KINDS.filter((k) => !['broker', 'zookeeper', 'myid'].includes(k)) as FileKind[];
  it('compose, Strimzi, systemd and env files of random text never throw, and lint() over them holds', () => {
    fc.assert(
      fc.property(fc.oneof(yamlText, unitText, envText, hclText, mutated(fc.constantFrom(...(DEPLOY_SEEDS.length > 0 ? DEPLOY_SEEDS : ['services: {}\n']))), syntaxText(40, KEY_WORDS)), fc.constantFrom(...kinds), fc.boolean(), (text, kind, terraform) => {
        const name = kind === 'compose' ? 'docker-compose.yml' : kind === 'strimzi' ? 'kafka.yaml' : kind === 'systemd' ? 'kafka.service' : kind === 'topics' ? (terraform ? 'topics.tf' : 'topics.yaml') : 'broker.env';
        checkFiles([
          { file: `deploy/${name}`, text, kind },
          { file: 'deploy/kafka.env', text: 'KAFKA_HEAP_OPTS=-Xmx1g\n', kind: 'env' },
        ]);
      }),
      runs('deploy loaders + lint: random text', 400),
    );
  });
  it('files detected by name and content, as the CLI reads them', () => {
    const names = ['docker-compose.yml', 'kafka.yaml', 'kafka.service', 'kafka.env', 'server.properties', 'zoo.cfg', 'myid', 'java.env', 'topics.yaml', 'main.tf'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...names), fc.oneof(yamlText, unitText, envText, hclText, anyText)), { minLength: 1, maxLength: 4 }), (files) => {
        checkFiles(files.map(([name, text], i) => ({ file: `node${i}/${name}`, text })));
      }),
      runs('detect + load + lint: random file sets', 150),
    );
  });
});

afterAll(printCaseCounts);

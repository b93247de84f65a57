import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCluster, detectFileKind } from '../../src/engine/load.js';
// The engine's entry points with an explicit rule set: these tests are about the deployment readers.
import { lintFiles } from '../../src/engine/lint-files.js';
import { lint } from '../../src/engine/lint.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import { tokenizeUnit } from '../../src/deploy/systemd.js';
import { parseEnvAssignments } from '../../src/deploy/env.js';
import { parseJvmSize, parseJvmOptions } from '../../src/deploy/jvm.js';
import type { BrokerConfig, ZooKeeperConfig } from '../../src/model/types.js';
import type { Rule } from '../../src/engine/rule.js';
import notRead from '../../rules/deploy/not-read.js';
import syntax from '../../rules/deploy/syntax.js';
import runsAsRoot from '../../rules/systemd/runs-as-root.js';
import restartPolicy from '../../rules/systemd/restart-policy.js';
import heapTooLarge from '../../rules/jvm/heap-too-large.js';
import heapMinMaxDiffer from '../../rules/jvm/heap-min-max-differ.js';
import obsoleteFlags from '../../rules/jvm/obsolete-flags.js';

/** The deployment rules these tests exercise (the loaders are what is under test). */
const deploymentRules: readonly Rule[] = [notRead, syntax, runsAsRoot, restartPolicy, heapTooLarge, heapMinMaxDiffer, obsoleteFlags];

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const read = (path: string) => readFileSync(join(fixtures, path), 'utf8');

describe('file kinds', () => {
  it.each([
    ['docker-compose.yml', 'services: {}\n', 'compose'],
    ['stack/compose.yaml', 'services: {}\n', 'compose'],
    ['kafka.service', '[Service]\n', 'systemd'],
    ['kafka-env.sh', 'export KAFKA_HEAP_OPTS="-Xmx1g"\n', 'env'],
    ['conf/java.env', 'export SERVER_JVMFLAGS="-Xmx1g"\n', 'env'],
    ['sysconfig/kafka', 'KAFKA_OPTS="-Xmx1g"\n', 'env'],
    ['.env', 'HOST_IP=10.0.0.1\n', 'env'],
    ['kafka.yaml', 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\n', 'strimzi'],
    ['values.yaml', 'replicas: 3\n', undefined],
    ['bin/kafka-run-class.sh', 'KAFKA_JVM_PERFORMANCE_OPTS="-server -XX:+UseG1GC"\n', undefined],
    ['bin/zookeeper-env.sh', 'export JVMFLAGS="-Xmx1g"\n', 'env'],
  ])('%s is %s', (file, text, kind) => {
    expect(detectFileKind(file, text)).toBe(kind);
  });
});

describe('compose', () => {
  const compose = [
    'x-kafka: &kafka',
    '  image: confluentinc/cp-kafka:7.6.1',
    '  environment: &kafka-env',
    '    KAFKA_ZOOKEEPER_CONNECT: zk:2181',
    'services:',
    '  kafka1:',
    '    <<: *kafka',
    '    environment:',
    '      <<: *kafka-env',
    '      KAFKA_BROKER_ID: 1',
    '  kafka2:',
    '    <<: *kafka',
    '    env_file: kafka.env',
    '    environment:',
    '      - KAFKA_BROKER_ID=2',
    '      - "KAFKA_LOG_DIRS=/data/kafka"',
    '',
  ].join('\n');
  const cluster = loadCluster([
    { file: 'stack/docker-compose.yml', text: compose },
    { file: 'stack/kafka.env', text: '# shared\nKAFKA_ZOOKEEPER_CONNECT=zk1:2181,zk2:2181\nKAFKA_NUM_PARTITIONS=6\n' },
  ]);
  const [b1, b2] = cluster.brokers as [BrokerConfig, BrokerConfig];

  it('reads merge keys, anchors, both environment forms and env_file', () => {
    expect(cluster.brokers).toHaveLength(2);
    expect(b1.settings.get('zookeeper.connect')?.value).toBe('zk:2181');
    expect(b2.settings.get('zookeeper.connect')?.value).toBe('zk1:2181,zk2:2181');
    expect(b2.settings.get('num.partitions')?.value).toBe('6');
    expect(b2.settings.get('log.dirs')?.value).toBe('/data/kafka');
    expect(b1.settings.get('log.dirs')?.value).toBe('/var/lib/kafka/data');
  });
  it('points every entry at the line of its variable', () => {
    // An anchored variable is at the anchor's line; an env_file variable in the env file.
    expect(b1.settings.get('zookeeper.connect')?.keySpan?.line).toBe(4);
    expect(b1.settings.get('broker.id')?.keySpan?.line).toBe(10);
    expect(b2.settings.get('broker.id')?.keySpan).toMatchObject({ line: 15, column: 9 });
    expect(b2.settings.get('log.dirs')?.valueSpan).toMatchObject({ line: 16, column: 25 });
    expect(b2.settings.get('num.partitions')).toMatchObject({ file: 'stack/kafka.env', writtenAs: 'KAFKA_NUM_PARTITIONS', keySpan: { line: 3 } });
  });
  it('counts an env file a compose file read once', () => {
    const env = deploymentsOf(cluster, 'env')[0];
    expect(env?.includedBy).toBe('stack/docker-compose.yml');
  });
  it('never throws on templates or broken YAML', () => {
    for (const text of ['services:\n  k:\n    image: {{ .Values.image }}\n', 'services: [\n', '{{ range }}\n', '']) {
      expect(() => lintFiles([{ file: 'docker-compose.yml', text }], { ruleSet: deploymentRules })).not.toThrow();
    }
  });
});

describe('seed fixtures', () => {
  it('001: the one-server ensemble of the seed compose file', () => {
    const result = lintFiles([{ file: 'test/fixtures/seeds/001-docker-compose.yml', text: read('seeds/001-docker-compose.yml') }], { ruleSet: deploymentRules });
    expect(result.findings.map((f) => f.ruleId)).toContain('deploy/syntax');
    const cluster = loadCluster([{ file: 'docker-compose.yml', text: read('seeds/001-docker-compose.yml') }]);
    const zk = cluster.zookeeper[0] as ZooKeeperConfig;
    expect(zk.servers.map((s) => s.idText)).toEqual(['1']);
    expect(zk.myid?.id).toBe(1);
    expect(cluster.brokers.map((b) => b.nodeId)).toEqual([1, 2, 3]);
  });
  it('003: the seed unit runs as root and is never restarted', () => {
    const result = lintFiles([{ file: 'test/fixtures/seeds/003-kafka.service', text: read('seeds/003-kafka.service') }], { ruleSet: deploymentRules });
    const found = result.findings.map((f) => `${f.ruleId}:${f.line}`);
    expect(found).toContain('systemd/runs-as-root:6');
    expect(found).toContain('systemd/restart-policy:10');
  });
});

describe('systemd tokenizer', () => {
  it('keeps repeated keys, resets, continuations and line numbers; # and ; only start comments at line start', () => {
    const { directives } = tokenizeUnit(
      '[Service]\nEnvironment=A=1\nEnvironment="B=2 3"\nExecStart=\nExecStart=/bin/run \\\n  --flag ; not a comment\n# ExecStop=/x\nExecStop=/bin/stop #kept\n',
      'kafka.service',
    );
    expect(directives.map((d) => [d.key, d.value, d.keySpan.line])).toEqual([
      ['Environment', 'A=1', 2],
      ['Environment', '"B=2 3"', 3],
      ['ExecStart', '', 4],
      ['ExecStart', '/bin/run    --flag ; not a comment', 5],
      ['ExecStop', '/bin/stop #kept', 8],
    ]);
  });
});

describe('env files and JVM options', () => {
  it('reads export, quotes, multi-line values and trailing comments', () => {
    const vars = parseEnvAssignments('export KAFKA_HEAP_OPTS="-Xmx4g\n  -Xms4g"\nJMX_PORT=9999 # jmx\nif [ -z "$X" ]; then\n  KAFKA_OPTS=\'-Da=b\'\nfi\n', 'kafka-env.sh');
    expect(vars.map((v) => [v.key, v.value, v.keySpan?.line])).toEqual([
      ['KAFKA_HEAP_OPTS', '-Xmx4g\n  -Xms4g', 1],
      ['JMX_PORT', '9999', 3],
      ['KAFKA_OPTS', '-Da=b', 5],
    ]);
  });
  it('reads JVM sizes with k, m, g units', () => {
    expect(parseJvmSize('512k')).toBe(512 * 1024);
    expect(parseJvmSize('6G')).toBe(6 * 1024 ** 3);
    expect(parseJvmSize('1048576')).toBe(1048576);
    expect(parseJvmSize('6gb')).toBeUndefined();
    expect(parseJvmOptions('-Xms1g -XX:MaxHeapSize=2g -Dx=1')).toMatchObject({ initialHeapBytes: 1024 ** 3, maxHeapBytes: 2 * 1024 ** 3 });
  });
  it('lint() takes the JVM options of a node from code', () => {
    const result = lint({ brokers: [{ config: { 'node.id': 1, 'process.roles': 'broker' }, jvm: '-Xmx8g -Xms8g' }] }, { ruleSet: [] });
    expect(result.findings).toEqual([]);
    const withRules = lint({ brokers: [{ config: { 'node.id': 1 }, jvm: ['-Xmx8g', '-Xms2g', '-XX:+UseConcMarkSweepGC'] }] }, { ruleSet: deploymentRules });
    const ids = withRules.findings.map((f) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['jvm/heap-too-large', 'jvm/heap-min-max-differ', 'jvm/obsolete-flags']));
  });
});

describe('strimzi', () => {
  const kafka = 'apiVersion: kafka.strimzi.io/v1\nkind: Kafka\nmetadata:\n  name: prod\nspec:\n  kafka:\n    version: 4.1.0\n    listeners:\n      - name: tls\n        port: 9093\n        type: internal\n        tls: true\n    config:\n      min.insync.replicas: 2\n      log.dirs: /x\n';
  const pools = 'apiVersion: kafka.strimzi.io/v1\nkind: KafkaNodePool\nmetadata:\n  name: controllers\n  labels:\n    strimzi.io/cluster: prod\nspec:\n  replicas: 3\n  roles: [controller]\n---\napiVersion: kafka.strimzi.io/v1\nkind: KafkaNodePool\nmetadata:\n  name: brokers\n  labels:\n    strimzi.io/cluster: prod\nspec:\n  replicas: 4\n  roles: [broker]\n';
  it('gives the broker count and controller quorum from node pools, config entries at their lines', () => {
    const cluster = loadCluster([{ file: 'kafka.yaml', text: kafka }, { file: 'pools.yaml', text: pools }]);
    expect(cluster.declaredBrokerCount).toBe(4);
    const broker = cluster.brokers[0] as BrokerConfig;
    expect(broker.settings.get('min.insync.replicas')?.keySpan?.line).toBe(14);
    expect(broker.settings.get('log.dirs')?.value).toBe('/var/lib/kafka/data/kafka-log0');
    expect(broker.quorumVoters?.value?.length).toBe(3);
  });
  it('reads plain YAML 1.1 booleans as Kubernetes does (go-yaml v2), quoted ones as strings', () => {
    const text = kafka.replace('tls: true', 'tls: yes').replace('log.dirs: /x', 'auto.create.topics.enable: Off\n      delete.topic.enable: "no"');
    const cluster = loadCluster([{ file: 'kafka.yaml', text }, { file: 'pools.yaml', text: pools }]);
    const broker = cluster.brokers[0] as BrokerConfig;
    expect(broker.settings.get('auto.create.topics.enable')?.value).toBe('false');
    expect(broker.settings.get('delete.topic.enable')?.value).toBe('no');
    expect(broker.settings.get('listener.security.protocol.map')?.value).toContain('TLS-9093:SSL');
  });
});

const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
if (!existsSync(corpus)) console.warn(`Skipping the deployment corpus test: ${corpus} is absent.`);
describe.skipIf(!existsSync(corpus))('corpus: every compose, systemd, env and Strimzi file loads and lints', () => {
  const files = existsSync(corpus) ? ['docker-compose', 'systemd', 'env', 'strimzi'].flatMap((dir) => readdirSync(join(corpus, dir)).map((f) => `${dir}/${f}`)) : [];
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(corpus, file), 'utf8');
    expect(detectFileKind(file, text)).toBeDefined();
    const result = lintFiles([{ file, text }], { ruleSet: deploymentRules });
    expect(result.findings.filter((f) => f.ruleId === 'internal/rule-failure')).toEqual([]);
  });
});

/**
 * Verdicts that depend on the Kafka version: the same file judged under two versions.
 * Facts: /work/shared/reference/kafka-startup-validation.md (§3 LIST semantics, §4 K2 and K18)
 * and the per-version ConfigDef dumps (kafka-broker-configs-by-version/), checked against the
 * release commits named there.
 */
import { describe, it, expect } from 'vitest';
import { lintFiles } from '../src/index.js';
import { resolveFacts } from '../src/engine/context.js';
import type { Cluster } from '../src/model/types.js';

const inferKafkaVersion = (cluster: Cluster) => resolveFacts(cluster).kafkaVersion.judged;
import { loadCluster } from '../src/engine/load.js';
import type { Finding } from '../src/engine/finding.js';
import type { KafkaVersion } from '../src/core/version.js';

const combined = (extra: string, logDirs = '/var/lib/kafka') =>
  `process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@localhost:9093\nlisteners=PLAINTEXT://:9092,CONTROLLER://:9093\n` +
  `advertised.listeners=PLAINTEXT://localhost:9092\ncontroller.listener.names=CONTROLLER\nlog.dirs=${logDirs}\n${extra}`;

function errorsOn(text: string, version: KafkaVersion, key: string): Finding[] {
  return lintFiles([{ file: 'server.properties', text }], { kafkaVersion: version }).findings.filter(
    (f) => f.severity === 'error' && f.key === key,
  );
}

interface VersionCase {
  name: string;
  text: string;
  key: string;
  /** The rule that refuses the value where Kafka does. */
  ruleId: string;
  refusedIn: KafkaVersion[];
  acceptedIn: KafkaVersion[];
  /** What the message must say in a version, when the reason differs by version. */
  messages?: Partial<Record<KafkaVersion, RegExp>>;
}

const cases: VersionCase[] = [
  {
    // K2: KafkaConfig refuses a repeated role up to 4.1; 4.2's ConfigDef removes duplicates of a ValidList with a WARN.
    name: 'a role repeated in process.roles',
    text: combined('').replace('process.roles=broker,controller', 'process.roles=broker,controller,broker'),
    key: 'process.roles',
    ruleId: 'broker/startup-constraints',
    refusedIn: ['4.0', '4.1'],
    acceptedIn: ['4.2', '4.3'],
  },
  {
    // 4.0/4.1 read log.dirs as a STRING split by Csv.parseCsvList, which drops empty elements;
    // 4.2 made it a LIST whose ValidList refuses them ("values must not be empty").
    name: 'an empty element in log.dirs',
    text: combined('', '/var/lib/kafka/a,,/var/lib/kafka/b'),
    key: 'log.dirs',
    ruleId: 'broker/invalid-value',
    refusedIn: ['4.2', '4.3'],
    acceptedIn: ['4.0', '4.1'],
  },
  {
    // log.segment.bytes: atLeast(14) in 3.9 (LogConfig), atLeast(1048576) from 4.0 (KAFKA-16368).
    name: 'log.segment.bytes of 100 kB',
    text: combined('log.segment.bytes=100000\n'),
    key: 'log.segment.bytes',
    ruleId: 'broker/invalid-value',
    refusedIn: ['4.0', '4.3'],
    acceptedIn: ['3.9'],
  },
];

describe('verdicts that change with the Kafka version', () => {
  for (const c of cases) {
    describe(c.name, () => {
      it.each(c.refusedIn)(`is refused by ${c.ruleId} under %s`, (version) => {
        const found = errorsOn(c.text, version, c.key);
        expect(found.map((f) => f.ruleId)).toContain(c.ruleId);
        const want = c.messages?.[version];
        if (want) expect(found.find((f) => f.ruleId === c.ruleId)?.message).toMatch(want);
      });
      it.each(c.acceptedIn)('is accepted under %s', (version) => {
        expect(errorsOn(c.text, version, c.key)).toEqual([]);
      });
    });
  }

  describe('controller.listener.names missing on a broker-only node', () => {
    // Refused in every version, for a different reason: up to 4.1 by KafkaConfig (K18, broker
    // role only), from 4.2 by ConfigDef, where the key has no default and is required of every node.
    const text = 'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=1@c1:9093\nlisteners=PLAINTEXT://:9092\nadvertised.listeners=PLAINTEXT://b4:9092\nlog.dirs=/var/lib/kafka\n';
    const refusal = (version: KafkaVersion) =>
      lintFiles([{ file: 'server.properties', text }], { kafkaVersion: version }).findings.find(
        (f) => f.severity === 'error' && f.message.includes('controller.listener.names'),
      );
    it.each(['4.0', '4.1'] as const)('under %s, as a broker-only requirement', (version) => {
      expect(refusal(version)?.message).toMatch(new RegExp(`Kafka ${version.replace('.', '\\.')} refuses to start`));
    });
    it.each(['4.2', '4.3'] as const)('under %s, as a required key', (version) => {
      expect(refusal(version)?.message).toMatch(/required from Kafka 4\.2/);
    });
  });

  describe('zookeeper.* keys on a KRaft node', () => {
    const text = combined('zookeeper.connect=zk1:2181,zk2:2181,zk3:2181\n');
    const ids = (version: KafkaVersion) =>
      lintFiles([{ file: 'server.properties', text }], { kafkaVersion: version }).findings.filter((f) => f.key === 'zookeeper.connect').map((f) => f.ruleId);
    it('3.9: ignored outside a migration (kraft/zookeeper-keys)', () => {
      expect(ids('3.9')).toEqual(['kraft/zookeeper-keys']);
    });
    it('4.0: removed with ZooKeeper mode (broker/removed-key)', () => {
      expect(ids('4.0')).toEqual(['broker/removed-key']);
    });
  });

  describe('a half-migrated cluster', () => {
    const files = [
      { file: 'controller/controller.properties', text: 'process.roles=controller\nnode.id=3000\ncontroller.quorum.voters=3000@c1:9093\nzookeeper.connect=zk1:2181\nzookeeper.metadata.migration.enable=true\n' },
      { file: 'broker1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nzookeeper.metadata.migration.enable=true\ncontroller.quorum.voters=3000@c1:9093\ncontroller.listener.names=CONTROLLER\n' },
      { file: 'broker2/server.properties', text: 'process.roles=broker\nnode.id=2\ncontroller.quorum.voters=3000@c1:9093\ncontroller.listener.names=CONTROLLER\n' },
    ];
    const ids = (version?: KafkaVersion) => lintFiles(files, version ? { kafkaVersion: version } : {}).findings.map((f) => f.ruleId);
    it('is a migration-state warning under 3.9, and 3.9 is what the files infer', () => {
      expect(inferKafkaVersion(loadCluster(files))).toBe('3.9');
      expect(ids()).toContain('kraft/migration-state');
    });
    it('is a startup failure of the ZooKeeper-mode broker under 4.0', () => {
      expect(ids('4.0')).not.toContain('kraft/migration-state');
      const failures = lintFiles(files, { kafkaVersion: '4.0' }).findings.filter((f) => f.file === 'broker1/server.properties' && f.ruleId === 'broker/startup-constraints');
      expect(failures.map((f) => f.message).join('\n')).toMatch(/process\.roles is required from Kafka 4\.0/);
    });
  });
});

describe('inferKafkaVersion', () => {
  const infer = (text: string) => inferKafkaVersion(loadCluster([{ file: 'server.properties', text }]));
  it.each([
    ['ZooKeeper mode', 'broker.id=1\nzookeeper.connect=zk1:2181\n', '3.9'],
    ['ZooKeeper mode with an empty process.roles (3.9 default)', 'broker.id=1\nprocess.roles=\nzookeeper.connect=zk1:2181\n', '3.9'],
    ['a KRaft controller in a migration', 'process.roles=controller\nnode.id=3000\nzookeeper.metadata.migration.enable=true\nzookeeper.connect=zk1:2181\n', '3.9'],
    ['KRaft', 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@localhost:9093\n', '4.3'],
    ['KRaft with a leftover zookeeper.connect', 'process.roles=broker\nnode.id=1\nzookeeper.connect=zk1:2181\n', '4.3'],
    ['no mode at all', 'log.dirs=/var/lib/kafka\n', '4.3'],
  ])('%s: %s', (_name, text, want) => {
    expect(infer(text)).toBe(want);
  });
});

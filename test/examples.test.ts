import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintFiles } from '../src/index.js';

const root = join(import.meta.dirname, '..', 'examples', 'cluster');
const walk = (dir: string): string[] =>
  readdirSync(dir).sort().flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
// Read as ISO-8859-1, as Kafka and ZooKeeper read their files.
const files = walk(root).map((f) => ({ file: relative(root, f), text: readFileSync(f, 'latin1') }));
const result = lintFiles(files);

describe('examples/cluster: three ZooKeeper servers and three brokers with the seed mistakes', () => {
  it('reads all nine files', () => {
    expect(files.map((f) => f.file)).toEqual([
      'kafka1/server.properties', 'kafka2/server.properties', 'kafka3/server.properties',
      'zk1/myid', 'zk1/zoo.cfg', 'zk2/myid', 'zk2/zoo.cfg', 'zk3/myid', 'zk3/zoo.cfg',
    ]);
  });

  it('judges the cluster as Kafka 3.9 in ZooKeeper mode', () => {
    expect(result.kafkaVersion).toBe('3.9');
  });

  it('gives exactly the broker and cluster findings the example is built to show', () => {
    const got = result.findings
      .filter((f) => f.ruleId.startsWith('broker/') || f.ruleId.startsWith('cluster/'))
      .map((f) => `${f.ruleId} ${f.file}:${f.line}`);
    expect(got).toEqual([
      // Quickstart replication factors; only the first ZooKeeper server listed (seeds 000 and 003).
      'broker/partitions-not-multiple-of-brokers kafka1/server.properties:9',
      'broker/internal-topics-under-replicated kafka1/server.properties:13',
      'broker/internal-topics-under-replicated kafka1/server.properties:14',
      'cluster/config-drift kafka1/server.properties:24',
      'broker/partial-zookeeper-connect kafka1/server.properties:24',
      // The advertised.listners typo (seed 002): Kafka ignores it and advertises 0.0.0.0.
      'broker/listeners kafka2/server.properties:3',
      'broker/unknown-key kafka2/server.properties:4',
      'broker/log-dirs-volatile kafka2/server.properties:8',
      'broker/partitions-not-multiple-of-brokers kafka2/server.properties:9',
      'broker/internal-topics-under-replicated kafka2/server.properties:12',
      'broker/internal-topics-under-replicated kafka2/server.properties:13',
      // On a ZooKeeper machine, with its own chroot written with blanks (seed 003).
      'cluster/colocated-zookeeper kafka3/server.properties:4',
      'broker/partitions-not-multiple-of-brokers kafka3/server.properties:9',
      'broker/internal-topics-under-replicated kafka3/server.properties:12',
      'broker/internal-topics-under-replicated kafka3/server.properties:13',
      'broker/zookeeper-connect-format kafka3/server.properties:23',
      'cluster/inconsistent-chroot kafka3/server.properties:23',
    ]);
  });

  it('has no error from the ZooKeeper rules: the ensemble itself is sound', () => {
    expect(result.findings.filter((f) => f.ruleId.startsWith('zookeeper/') && f.severity === 'error')).toEqual([]);
  });
});

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess, spawnCli } from '../cli/harness.js';

let dir: string;
const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kafka-lint-upgrade-'));
  write('zk/server.properties', 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181\nlog.dirs=/data\n');
  write(
    'kraft/server.properties',
    'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@k1:9093\nlisteners=PLAINTEXT://:9092,CONTROLLER://:9093\n' +
      'advertised.listeners=PLAINTEXT://k1:9092\ncontroller.listener.names=CONTROLLER\nlog.dirs=/data\nlog.message.format.version=3.0\n' +
      'group.coordinator.threads=1\ngroup.consumer.migration.policy=disabled\ngroup.coordinator.append.linger.ms=10\n' +
      'group.coordinator.rebalance.protocols=classic\ngroup.share.partition.max.record.locks=200\nlog.message.timestamp.after.max.ms=9223372036854775807\n' +
      'metric.reporters=\nnum.recovery.threads.per.data.dir=1\nremote.log.manager.thread.pool.size=10\n' +
      'remote.log.manager.copier.thread.pool.size=10\nremote.log.manager.expiration.thread.pool.size=10\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kafka-lint upgrade-check', () => {
  it('stops at a ZooKeeper-mode broker: exit 1, text report naming the inferred version', async () => {
    const r = await runInProcess(['upgrade-check', '--to', '4.3', 'zk'], { cwd: dir });
    expect(r.code).toBe(1);
    const [head, changes] = r.stdout.split('\nWould change:\n');
    expect(head).toBe(
      'Kafka 3.9 (inferred) to 4.3: 1 would stop the cluster, 11 would change.\n\n' +
        'Would stop the cluster:\n' +
        '  zk/server.properties:2:1  zookeeper.connect\n' +
        '    This broker runs in ZooKeeper mode, which Kafka 4.0 removed: Kafka 4.3 refuses to start it (process.roles is required). Migrate the cluster to KRaft on 3.9 first (ZooKeeper to KRaft migration), then upgrade; the items marked "after the migration" below still apply to it then, and its new KRaft settings need a check of their own.\n',
    );
    // What still changes for it once migrated: defaults that move between 3.9 and 4.3, each marked.
    expect(changes).toContain('  (unset in zk/server.properties)  group.coordinator.threads\n    After the migration to KRaft: The default of group.coordinator.threads changes from 1 (Kafka 3.9) to 4 (Kafka 4.3)');
    expect(changes?.match(/After the migration to KRaft:/g)).toHaveLength(11);
  });

  it('lists changes only: exit 0, JSON per cluster', async () => {
    const r = await runInProcess(['upgrade-check', '--from', '3.9', '--to', '4.3', '--format', 'json', 'kraft'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { clusters: { name: string; from: string; fromInferred: boolean; stopCount: number; items: { kind: string; key?: string; line?: number }[] }[] };
    expect(out.clusters).toHaveLength(1);
    expect(out.clusters[0]).toMatchObject({ name: 'kraft', from: '3.9', fromInferred: false, stopCount: 0 });
    expect(out.clusters[0]?.items.map((i) => [i.kind, i.key, i.line])).toEqual([['removed-key', 'log.message.format.version', 8]]);
  });

  it('reports every cluster of the paths, under its name', async () => {
    const r = await runInProcess(['upgrade-check', '--to', '4.4', '--cluster-per-dir', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('kraft: Kafka 4.4 (inferred) to 4.4: nothing would stop or change.');
    expect(r.stdout).toContain('zk: Kafka 3.9 (inferred) to 4.4: 1 would stop the cluster, 11 would change.');
  });

  it.each([
    [['upgrade-check', 'kraft'], '--to is required'],
    [['upgrade-check', '--to', '5.0', 'kraft'], '--to must be one of 3.9, 4.0, 4.1, 4.2, 4.3, 4.4, not "5.0"'],
    [['upgrade-check', '--to', '4.0', '--from', '4.3', 'kraft'], 'Cannot check a downgrade from Kafka 4.3 to 4.0.'],
    [['upgrade-check', '--to', '4.0', 'kraft'], 'kraft: the files do not show which Kafka version this cluster runs (read as 4.4, newer than --to 4.0); pass --from <version>'],
    [['upgrade-check', '--to', '4.3', '--format', 'sarif', 'kraft'], '--format must be text, json or github, not "sarif"'],
    [['upgrade-check', '--to', '4.3', 'missing'], 'cannot read missing: no such file or directory'],
    [['upgrade-check', '--to', '4.3', '--bogus'], 'unknown option --bogus'],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const r = await runInProcess(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('-f github annotates, -o writes to a file (built CLI)', () => {
    const r = spawnCli(['upgrade-check', '--to', '4.3', '-f', 'github', '-o', 'out/upgrade.txt', 'zk'], { cwd: dir, env: { GITHUB_WORKSPACE: dir } });
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'out', 'upgrade.txt'), 'utf8')).toMatch(
      /^::error file=zk\/server\.properties,line=2,col=1,.*title=kafka-lint upgrade-check\/zookeeper-mode::This broker runs in ZooKeeper mode/,
    );
  });

  it('prints its help', async () => {
    const r = await runInProcess(['upgrade-check', '--help'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: kafka-lint upgrade-check --to <version>/);
  });
});

import { describe, it, expect } from 'vitest';
import { upgradeCheck } from '../../src/index.js';
import { loadCluster } from '../../src/engine/load.js';

const kraftNode = (extra: string, logDirs = '/data') =>
  'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@k1:9093\nlisteners=PLAINTEXT://:9092,CONTROLLER://:9093\n' +
  `advertised.listeners=PLAINTEXT://k1:9092\ncontroller.listener.names=CONTROLLER\nlog.dirs=${logDirs}\n${extra}`;
const one = (text: string, file = 'k1/server.properties') => loadCluster([{ file, text }]);

describe('upgradeCheck', () => {
  it('stops at every ZooKeeper-mode broker on the way to 4.x, and marks what still applies after the migration', () => {
    const cluster = loadCluster([
      { file: 'b1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181\nlog.message.format.version=3.0\n' },
      { file: 'b2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181\n' },
    ]);
    const report = upgradeCheck(cluster, { to: '4.3' });
    expect(report).toMatchObject({ from: '3.9', fromInferred: true, to: '4.3', stopCount: 2 });
    expect(report.items.filter((i) => i.impact === 'stop').map((i) => [i.kind, i.file, i.line, i.key])).toEqual([
      ['zookeeper-mode', 'b1/server.properties', 2, 'zookeeper.connect'],
      ['zookeeper-mode', 'b2/server.properties', 2, 'zookeeper.connect'],
    ]);
    expect(report.items[0]?.message).toBe(
      'This broker runs in ZooKeeper mode, which Kafka 4.0 removed: Kafka 4.3 refuses to start it (process.roles is required). Migrate the cluster to KRaft on 3.9 first (ZooKeeper to KRaft migration), then upgrade; the items marked "after the migration" below still apply to it then, and its new KRaft settings need a check of their own.',
    );
    // The key 4.0 removed is still reported, for the KRaft node the broker becomes; no ZooKeeper key is.
    const changes = report.items.filter((i) => i.impact !== 'stop');
    expect(changes.length).toBe(report.changeCount);
    expect(changes.every((i) => i.message.startsWith('After the migration to KRaft: '))).toBe(true);
    expect(changes.find((i) => i.key === 'log.message.format.version')).toMatchObject({ kind: 'removed-key', file: 'b1/server.properties', line: 3 });
    expect(changes.some((i) => i.key?.startsWith('zookeeper.'))).toBe(false);
  });

  it('stops at an unfinished migration', () => {
    const cluster = one('process.roles=controller\nnode.id=3000\ncontroller.quorum.voters=3000@c1:9093\nlisteners=CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\nzookeeper.metadata.migration.enable=true\nzookeeper.connect=zk1:2181\n');
    const report = upgradeCheck(cluster, { to: '4.0' });
    expect(report.from).toBe('3.9');
    const stop = report.items.find((i) => i.kind === 'unfinished-migration');
    expect(stop).toMatchObject({ impact: 'stop', key: 'zookeeper.metadata.migration.enable', line: 6 });
    expect(stop?.message).toBe(
      'This node still takes part in a ZooKeeper-to-KRaft migration (zookeeper.metadata.migration.enable=true), which Kafka 4.0 cannot run or finish. Finalize the migration on 3.9 (remove zookeeper.metadata.migration.enable and zookeeper.connect from every node), then upgrade to 4.0.',
    );
    // The migration keys are gone in 4.0 too: ignored, not a second stop.
    expect(report.items.filter((i) => i.kind === 'removed-key').map((i) => i.key).sort()).toEqual(['zookeeper.connect', 'zookeeper.metadata.migration.enable']);
  });

  describe('a KRaft cluster from 3.9 to 4.3', () => {
    const cluster = one(
      kraftNode(
        'log.segment.bytes=100000\nlog.message.format.version=3.0\nnum.recovery.threads.per.data.dir=4\nauthorizer.class.name=kafka.security.authorizer.AclAuthorizer\npassword.encoder.secret=s3cr3t\n',
        '/data/a,,/data/b',
      ),
    );
    const report = upgradeCheck(cluster, { from: '3.9', to: '4.3' });
    const byKey = (key: string) => report.items.find((i) => i.key === key);

    it('lists stricter values and new requirements the 4.3 rules find as stops', () => {
      expect(byKey('log.segment.bytes')).toMatchObject({ impact: 'stop', kind: 'new-failure', ruleId: 'broker/invalid-value', file: 'k1/server.properties', line: 8 });
      expect(byKey('log.dirs')).toMatchObject({ impact: 'stop', kind: 'new-failure', ruleId: 'broker/invalid-value', line: 7 });
    });
    it('lists removed class names as stops and removed keys as changes', () => {
      expect(byKey('authorizer.class.name')).toMatchObject({
        impact: 'stop', kind: 'removed-class', line: 11,
        message: 'kafka.security.authorizer.AclAuthorizer is removed in Kafka 4.0: Kafka 4.3 cannot load it and does not start. Set authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer.',
      });
      expect(byKey('log.message.format.version')).toMatchObject({
        impact: 'change', kind: 'removed-key', line: 9,
        message: "'log.message.format.version' is removed in Kafka 4.0, so Kafka 4.3 ignores it and its value '3.0' no longer applies; delete it.",
      });
    });
    it('never shows a secret', () => {
      expect(byKey('password.encoder.secret')?.message).toContain('(hidden)');
      expect(JSON.stringify(report)).not.toContain('s3cr3t');
    });
    it('lists changed defaults of unset keys, with the old value only where 4.3 still accepts it', () => {
      expect(byKey('group.coordinator.threads')).toMatchObject({
        impact: 'change', kind: 'changed-default', files: ['k1/server.properties'],
        message: "The default of group.coordinator.threads changes from 1 (Kafka 3.9) to 4 (Kafka 4.3), and no node sets it. Set group.coordinator.threads=1 to keep today's behaviour, or accept the new default.",
      });
      expect(byKey('remote.log.manager.copier.thread.pool.size')?.message).toBe(
        'The default of remote.log.manager.copier.thread.pool.size changes from -1 (Kafka 3.9) to 10 (Kafka 4.3), and no node sets it. Kafka 4.3 no longer accepts the old value; check that the new default suits this cluster.',
      );
      expect(byKey('num.recovery.threads.per.data.dir')).toBeUndefined();
      expect(byKey('group.consumer.assignors')).toBeUndefined();
      expect(byKey('node.id')).toBeUndefined();
    });
    it('puts stops first and counts them', () => {
      expect(report.stopCount).toBe(3);
      expect(report.items.slice(0, 3).every((i) => i.impact === 'stop')).toBe(true);
      expect(report.changeCount).toBe(report.items.length - 3);
    });
  });

  it('lists what a minor upgrade changes: 4.1 to 4.2 refuses empty list elements', () => {
    const report = upgradeCheck(one(kraftNode('', '/data/a,/data/b,')), { from: '4.1', to: '4.2' });
    expect(report.items.filter((i) => i.impact === 'stop').map((i) => i.key)).toEqual(['log.dirs']);
  });

  it('does not list what an upgrade fixes: a repeated role, refused by 4.1, accepted by 4.2', () => {
    const report = upgradeCheck(one(kraftNode('').replace('broker,controller', 'broker,controller,broker')), { from: '4.1', to: '4.2' });
    expect(report.stopCount).toBe(0);
  });

  it('has nothing to say without a version change, and refuses a downgrade', () => {
    expect(upgradeCheck(one(kraftNode('')), { from: '4.3', to: '4.3' }).items).toEqual([]);
    expect(() => upgradeCheck(one(kraftNode('')), { from: '4.3', to: '4.0' })).toThrow('Cannot check a downgrade from Kafka 4.3 to 4.0.');
  });
});

import { describe, it, expect } from 'vitest';
import { lint } from '../../src/index.js';
import { parseZooCfg, parseMyid } from '../../src/model/zookeeper.js';

const ensemble = (id: number) =>
  parseZooCfg(
    `tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\nautopurge.purgeInterval=24\nserver.1=10.0.0.1:2888:3888\nserver.2=10.0.0.2:2888:3888\nserver.3=10.0.0.3:2888:3888\n`,
    { file: `zk${id}/zoo.cfg` },
  );

describe('lint() input shapes', () => {
  it('attaches myids given beside the zookeeper configs, without changing the caller\'s documents', () => {
    const zk = [ensemble(1), ensemble(2), ensemble(3)];
    const myids = [parseMyid('1\n', { file: 'zk1/myid' }), parseMyid('2\n', { file: 'zk2/myid' }), parseMyid('7\n', { file: 'zk3/myid' })];
    const result = lint({ zookeeper: zk, myids });
    const mismatch = result.findings.filter((f) => f.ruleId === 'zookeeper/myid-mismatch');
    expect(mismatch.map((f) => f.file)).toEqual(['zk3/myid']);
    expect(zk.every((z) => z.myid === undefined)).toBe(true);
  });

  it('reads a plain object of zoo.cfg keys as a ZooKeeper config', () => {
    const result = lint({ dataDir: '/tmp/zookeeper', clientPort: 2181 });
    expect(result.findings.map((f) => f.ruleId)).toContain('zookeeper/data-dir-volatile');
  });

  it('reads a plain object of broker keys as a broker config', () => {
    const result = lint({ 'broker.id': 1, 'advertised.listners': 'PLAINTEXT://kafka1:9092' });
    expect(result.findings.map((f) => f.ruleId)).toContain('broker/unknown-key');
  });
});

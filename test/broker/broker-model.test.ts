import { describe, it, expect } from 'vitest';
import { anchorOf, brokerClusters, effectiveNumber, effectiveSetting, isBrokerRole, isConfigFragment, parseServerProperties } from '../../src/model/broker.js';
import { hasTemplate } from '../../src/parse/template.js';

describe('parseServerProperties: structured views', () => {
  const broker = parseServerProperties(
    'broker.id=3\nlisteners=INTERNAL://:9092,EXTERNAL://:9093\nadvertised.listeners=INTERNAL://kafka3.internal:9092,EXTERNAL://kafka3.example.com:9093\n' +
      'listener.security.protocol.map=INTERNAL:PLAINTEXT,EXTERNAL:SSL\ninter.broker.listener.name=INTERNAL\nzookeeper.connect=zk1:2181,zk2:2181/kafka\nlog.dirs=/data1, /data2\n',
    { file: 'kafka3/server.properties' },
  );
  it('mode, id, listeners, map, connect string, log dirs', () => {
    expect(broker.mode).toBe('zookeeper');
    expect(broker.nodeId).toBe(3);
    expect(broker.listeners?.value?.map((l) => `${l.name}:${l.port}`)).toEqual(['INTERNAL:9092', 'EXTERNAL:9093']);
    expect(broker.securityProtocolMap?.value?.get('EXTERNAL')).toBe('SSL');
    expect(broker.zookeeperConnect?.value?.chroot).toBe('/kafka');
    expect(broker.logDirs?.value).toEqual(['/data1', '/data2']);
  });
  it('the host is the advertised host of the inter-broker listener', () => {
    expect(broker.host).toBe('kafka3.internal');
  });
  it('KRaft roles; node.id wins over broker.id; wildcard hosts say nothing', () => {
    const node = parseServerProperties('process.roles=controller\nnode.id=9\nbroker.id=9\nlisteners=CONTROLLER://0.0.0.0:9093\n');
    expect(node.mode).toBe('kraft');
    expect(node.roles).toEqual(['controller']);
    expect(isBrokerRole(node)).toBe(false);
    expect(node.host).toBeUndefined();
  });
  it('bad values stay with their error', () => {
    const bad = parseServerProperties('listeners=SSL//:0901\nzookeeper.connect=zk1: 2181\n');
    expect(bad.listeners?.error).toBe('Unable to parse SSL//:0901 to a broker endpoint');
    expect(bad.zookeeperConnect?.error).toBe('NumberFormatException: For input string: " 2181"');
  });
});

describe('effectiveSetting', () => {
  const broker = parseServerProperties('broker.id=1\nnum.partitions=6\nmin.insync.replicas=two\nlog.retention.ms=${RETENTION}\n');
  it('the value written, coerced for the version', () => {
    expect(effectiveNumber(broker, 'num.partitions', '4.3')).toMatchObject({ value: 6 });
  });
  it('the version default when unset', () => {
    expect(effectiveSetting(broker, 'offsets.topic.replication.factor', '3.9')).toEqual({ value: 3 });
    expect(effectiveSetting(broker, 'auto.create.topics.enable', '4.3')).toEqual({ value: true });
  });
  it('nothing for keys a fragment leaves to the config it is layered over', () => {
    const fragment = parseServerProperties('broker.rack=rack1\nreplica.selector.class=org.apache.kafka.common.replica.RackAwareReplicaSelector\n');
    expect(isConfigFragment(fragment)).toBe(true);
    expect(isConfigFragment(broker)).toBe(false);
    expect(effectiveSetting(fragment, 'auto.create.topics.enable', '4.3')).toBeUndefined();
    expect(effectiveSetting(fragment, 'broker.rack', '4.3')).toMatchObject({ value: 'rack1' });
  });
  it('nothing for invalid or templated values, or keys the version lacks', () => {
    expect(effectiveSetting(broker, 'min.insync.replicas', '4.3')).toBeUndefined();
    expect(effectiveSetting(broker, 'log.retention.ms', '4.3')).toBeUndefined();
    expect(effectiveSetting(broker, 'zookeeper.connect', '4.3')).toBeUndefined();
  });
});

describe('helpers', () => {
  it('hasTemplate', () => {
    for (const t of ['${X}', '{{ x }}', '{% if %}', '<%= x %>', 'PLAINTEXT://{}:9092', 'PLAINTEXT://<ip>:9092']) expect(hasTemplate(t)).toBe(true);
    for (const t of ['/data/kafka', 'PLAINTEXT://[::1]:9092', 'User:admin;User:kafka']) expect(hasTemplate(t)).toBe(false);
  });
  it('anchorOf points at the key, or line 1 of the file', () => {
    const b = parseServerProperties('# c\nbroker.id=1\n', { file: 'a.properties' });
    expect(anchorOf(b, 'node.id', 'broker.id')).toMatchObject({ entry: { key: 'broker.id' } });
    expect(anchorOf(b, 'node.id')).toEqual({ file: 'a.properties', span: { line: 1, column: 1, endLine: 1, endColumn: 1 } });
  });
  it('brokerClusters splits brokers of different ensembles', () => {
    const a = parseServerProperties('zookeeper.connect=zkA:2181\n');
    const b = parseServerProperties('zookeeper.connect=zkA:2181,zkB:2181\n');
    const c = parseServerProperties('zookeeper.connect=zkC:2181\n');
    expect(brokerClusters([a, b, c])).toEqual([[a, b], [c]]);
  });
});

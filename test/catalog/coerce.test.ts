import { describe, it, expect } from 'vitest';
import { kafkaKey, zookeeperKey } from '../../src/catalog/index.js';
import {
  brokerKeyFact,
  coerceKafkaValue,
  coerceValues,
  coerceZooKeeperValue,
  parseJavaDouble,
  parseJavaInt,
  parseJavaLong,
  parseJavaShort,
} from '../../src/model/coerce.js';
import type { ConfigEntry } from '../../src/parse/entry.js';

const entry = (key: string, value: string): ConfigEntry => ({ key, value, syntax: 'object' });
const kafka = (key: string, value: string, version: '3.9' | '4.0' | '4.1' | '4.2' | '4.3' = '4.3') => {
  const fact = kafkaKey(key, version);
  if (!fact) throw new Error(`${key} is not a ${version} key`);
  return coerceKafkaValue(entry(key, value), fact);
};

describe('Java number parsers', () => {
  it.each([
    ['0', 0], ['+7', 7], ['-2147483648', -2147483648], ['2147483647', 2147483647],
    ['2147483648', undefined], [' 1', undefined], ['1_000', undefined], ['1e3', undefined], ['0x10', undefined], ['', undefined], ['-', undefined],
  ])('parseInt(%j) = %j', (text, want) => expect(parseJavaInt(text)).toBe(want));
  it('parseShort and parseLong ranges', () => {
    expect(parseJavaShort('32767')).toBe(32767);
    expect(parseJavaShort('32768')).toBeUndefined();
    expect(parseJavaLong('-9223372036854775808')).toBe(-9223372036854775808);
    expect(parseJavaLong('9223372036854775808')).toBeUndefined();
  });
  it.each([
    ['0.5', 0.5], ['1e3', 1000], ['1.5d', 1.5], ['.5', 0.5], ['5.', 5], ['-Infinity', -Infinity], ['0x1p3', 8], ['0x.8p1', 1],
    ['50%', undefined], ['1,5', undefined], ['e3', undefined], ['', undefined], ['inf', undefined],
  ])('parseDouble(%j) = %j', (text, want) => expect(parseJavaDouble(text)).toBe(want));
  it('parseDouble(NaN) is NaN', () => expect(parseJavaDouble('NaN')).toBeNaN());
});

describe('coerceKafkaValue (ConfigDef.parseType and validators)', () => {
  it('trims every type', () => {
    expect(kafka('num.partitions', ' 6\t').value).toBe(6);
    expect(kafka('log.dirs', ' /a , /b ').value).toEqual(['/a', '/b']);
    expect(kafka('broker.rack', ' rack-1 ').value).toBe('rack-1');
  });
  it('booleans in any case, nothing else', () => {
    expect(kafka('auto.create.topics.enable', 'TRUE').value).toBe(true);
    expect(kafka('auto.create.topics.enable', '1').error).toBe('Kafka expects true or false (in any case)');
  });
  it('lists split on \\s*,\\s* keeping empty elements; an empty value is an empty list', () => {
    expect(kafka('log.cleanup.policy', '').value).toEqual([]);
    expect(kafka('metric.reporters', 'a.B , c.D', '4.1').value).toEqual(['a.B', 'c.D']);
    expect(kafka('log.dirs', '/a,,/b', '4.2').error).toBe('the list has an empty element (two commas in a row, or a leading or trailing comma)');
  });
  it('4.2+ removes duplicates before validating; earlier versions keep them', () => {
    expect(kafka('process.roles', 'broker,broker', '4.2').value).toEqual(['broker']);
    expect(kafka('process.roles', 'broker,broker', '4.1').value).toEqual(['broker', 'broker']);
  });
  it('an empty list where the 4.2 validator refuses it', () => {
    expect(kafka('process.roles', ' ', '4.2').error).toBe('the list must not be empty; valid values: broker, controller');
    expect(kafka('process.roles', '', '3.9').value).toEqual([]);
  });
  it('ranges of the version', () => {
    expect(kafka('log.segment.bytes', '14', '3.9').value).toBe(14);
    expect(kafka('log.segment.bytes', '14', '4.0').error).toBe('the value must be at least 1048576');
    expect(kafka('min.insync.replicas', '0').error).toBe('the value must be at least 1');
    expect(kafka('default.replication.factor', '0').value).toBe(0); // no validator in ConfigDef
  });
  it('SHORT, LONG and DOUBLE keys', () => {
    expect(kafka('offsets.topic.replication.factor', '40000').error).toMatch(/SHORT/);
    expect(kafka('log.retention.ms', '-1').value).toBe(-1);
    expect(kafka('log.cleaner.min.cleanable.ratio', '0.5').value).toBe(0.5);
    expect(kafka('log.cleaner.min.cleanable.ratio', '2').error).toBe('the value must be between 0 and 1');
  });
  it('CLASS: a loadable class name', () => {
    expect(kafka('principal.builder.class', 'org.example.Builder$Inner').value).toBe('org.example.Builder$Inner');
    expect(kafka('principal.builder.class', 'org.example.Builder;').error).toMatch(/class name/);
    // Issue 13: values that cannot name a class Kafka loads.
    expect(kafka('principal.builder.class', 'not_a_number').error).toBe('Kafka expects a fully qualified Java class name (package.Class), and cannot load this one');
    expect(kafka('principal.builder.class', '-1').error).toBe('Kafka expects a fully qualified Java class name (package.Class), and cannot load this one');
  });
  it('enumerated strings are case-sensitive', () => {
    expect(kafka('security.inter.broker.protocol', 'SSL').value).toBe('SSL');
    expect(kafka('security.inter.broker.protocol', 'ssl').error).toBe('the value must be one of: PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL (case-sensitive)');
  });
});

describe('coerceZooKeeperValue (QuorumPeerConfig.parseProperties)', () => {
  const zk = (key: string, value: string) => coerceZooKeeperValue(entry(key, value), zookeeperKey(key)!);
  it('trims and parses', () => {
    expect(zk('tickTime', ' 2000 ').value).toBe(2000);
    expect(zk('standaloneEnabled', 'False').value).toBe(false);
    expect(zk('peerType', 'OBSERVER').value).toBe('observer');
    expect(zk('dataDir', ' /var/lib/zookeeper ').value).toBe('/var/lib/zookeeper');
  });
  it('system-property keys stay text', () => {
    expect(zk('snapCount', 'many').value).toBe('many');
  });
});

describe('coerceValues', () => {
  it('coerces broker keys with the newest version that defines each key when no version is given', () => {
    const settings = new Map([
      ['zookeeper.connect', entry('zookeeper.connect', 'zk1:2181')],
      ['num.partitions', entry('num.partitions', '3')],
      ['listener.name.internal.ssl.client.auth', entry('listener.name.internal.ssl.client.auth', 'required')],
      ['made.up', entry('made.up', 'x')],
    ]);
    const values = coerceValues('broker', settings);
    expect(values.get('zookeeper.connect')?.value).toBe('zk1:2181');
    expect(values.get('num.partitions')?.value).toBe(3);
    expect(values.get('listener.name.internal.ssl.client.auth')?.value).toBe('required');
    expect(values.has('made.up')).toBe(false);
    expect(coerceValues('broker', settings, '4.0').has('zookeeper.connect')).toBe(false);
  });
  it('listener-prefixed keys take the facts of the key they override', () => {
    expect(brokerKeyFact('listener.name.external.ssl.keystore.type', '4.3')?.name).toBe('ssl.keystore.type');
  });
  it('coerces zoo.cfg keys', () => {
    const values = coerceValues('zookeeper', new Map([['initLimit', entry('initLimit', '10')], ['clientport', entry('clientport', '2181')]]));
    expect(values.get('initLimit')?.value).toBe(10);
    expect(values.has('clientport')).toBe(false);
  });
});

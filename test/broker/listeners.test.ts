import { describe, it, expect } from 'vitest';
import { parseServerProperties } from '../../src/model/broker.js';
import {
  controllerListenerNames,
  effectiveSecurityProtocolMap,
  isIpv4AndIpv6Pair,
  parseListener,
  parseListeners,
  parseSecurityProtocolMap,
  splitList,
} from '../../src/model/listeners.js';

const entry = (key: string, value: string) => ({ key, value, syntax: 'object' as const });

describe('parseListener: SocketServerConfigs.URI_PARSE_REGEXP (Kafka 3.9 to 4.3)', () => {
  it.each([
    ['PLAINTEXT://:9092', { name: 'PLAINTEXT', host: '', port: 9092 }],
    ['plaintext://kafka1:9092', { name: 'PLAINTEXT', host: 'kafka1', port: 9092 }],
    ['SSL://[::1]:9093', { name: 'SSL', host: '::1', port: 9093 }],
    ['INTERNAL://10.0.0.1:-1', { name: 'INTERNAL', host: '10.0.0.1', port: -1 }],
    ['EXTERNAL://fe80::1%eth0:9094', { name: 'EXTERNAL', host: 'fe80::1%eth0', port: 9094 }],
  ])('%s', (text, want) => {
    expect(parseListener(text)).toEqual({ ...want, text });
  });
  it.each(['SSL//:0901', 'PLAINTEXT://kafka_1 :9092', 'PLAINTEXT://{}:9092', 'PLAINTEXT://:port', 'PLAINTEXT://:99999999999'])('refuses %s', (text) => {
    expect(parseListener(text)).toBe(`Unable to parse ${text} to a broker endpoint`);
  });
  it('refuses an empty name', () => {
    expect(parseListener('://:9092')).toBe('The provided listener name is null or empty string');
  });
});

describe('parseListeners', () => {
  it('splits on commas with blanks and drops empty elements', () => {
    expect(parseListeners(entry('listeners', ' A://:1 , B://:2 ,')).value?.map((l) => l.name)).toEqual(['A', 'B']);
  });
  it('keeps the malformed value with Kafka\'s message', () => {
    expect(parseListeners(entry('listeners', 'PLAINTEXT://:9092,SSL//:0901'))).toMatchObject({ error: 'Unable to parse SSL//:0901 to a broker endpoint' });
  });
});

describe('parseSecurityProtocolMap: Csv.parseCsvMap', () => {
  it('upper-cases names and protocols, splits at the last colon', () => {
    expect([...(parseSecurityProtocolMap(entry('m', 'internal:plaintext, a:b:SSL')).value ?? [])]).toEqual([['INTERNAL', 'PLAINTEXT'], ['A:B', 'SSL']]);
  });
  it('accepts a trailing comma (Java split drops trailing empties) but not a pair without a colon', () => {
    expect(parseSecurityProtocolMap(entry('m', 'A:SSL,')).value?.size).toBe(1);
    expect(parseSecurityProtocolMap(entry('m', 'A:SSL,B')).error).toMatch(/^Error parsing configuration property 'listener.security.protocol.map'/);
  });
});

describe('controllerListenerNames (L7)', () => {
  it('3.9 and 4.0 do not trim, 4.1+ do', () => {
    expect(controllerListenerNames('A, B', '3.9')).toEqual(['A', ' B']);
    expect(controllerListenerNames('A, B', '4.0')).toEqual(['A', ' B']);
    expect(controllerListenerNames('A, B', '4.1')).toEqual(['A', 'B']);
    expect(controllerListenerNames(undefined, '4.3')).toEqual([]);
  });
});

describe('effectiveSecurityProtocolMap (L6)', () => {
  const kraft = 'process.roles=controller\ncontroller.listener.names=controller\nlisteners=PLAINTEXT://:9092,controller://:9093\n';
  it('adds controller names as written when the map is not set (4.x, 3.9 KRaft)', () => {
    expect(effectiveSecurityProtocolMap(parseServerProperties(kraft), '4.3')?.get('controller')).toBe('PLAINTEXT');
    expect(effectiveSecurityProtocolMap(parseServerProperties(kraft), '4.3')?.has('CONTROLLER')).toBe(false);
    expect(effectiveSecurityProtocolMap(parseServerProperties(kraft), '3.9')?.get('controller')).toBe('PLAINTEXT');
  });
  it('adds nothing in 3.9 ZooKeeper mode, or when SSL or SASL is in use', () => {
    const zk = parseServerProperties('zookeeper.connect=zk1\ncontroller.listener.names=controller\n');
    expect(effectiveSecurityProtocolMap(zk, '3.9')?.has('controller')).toBe(false);
    expect(effectiveSecurityProtocolMap(parseServerProperties(`${kraft}listeners=SSL://:9092\n`), '4.3')?.has('controller')).toBe(false);
  });
  it('is undefined when the explicit map cannot be parsed', () => {
    expect(effectiveSecurityProtocolMap(parseServerProperties(`${kraft}listener.security.protocol.map=X\n`), '4.3')).toBeUndefined();
  });
});

describe('helpers', () => {
  it('splitList', () => expect(splitList('  ')).toEqual([]));
  it('isIpv4AndIpv6Pair', () => {
    expect(isIpv4AndIpv6Pair('10.0.0.1', '::1')).toBe(true);
    expect(isIpv4AndIpv6Pair('10.0.0.1', '10.0.0.2')).toBe(false);
    expect(isIpv4AndIpv6Pair('kafka1', '::1')).toBe(false);
  });
});

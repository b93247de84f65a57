import { describe, it, expect } from 'vitest';
import { chrootError, parseZookeeperConnect, portError, splitZookeeperConnect } from '../../src/model/zookeeper-connect.js';

const parse = (value: string) => parseZookeeperConnect({ key: 'zookeeper.connect', value, syntax: 'object' });

// Expected values from kafka-startup-validation.md §8, where ZooKeeper's ConnectStringParser was run.
describe('parseZookeeperConnect: ZooKeeper 3.8 ConnectStringParser', () => {
  it('hosts trimmed around commas', () => {
    expect(parse('zk1:2181, zk2:2181').value).toEqual({ hosts: [{ host: 'zk1', port: 2181, portText: '2181' }, { host: 'zk2', port: 2181, portText: '2181' }] });
  });
  it('the chroot runs from the first / and keeps its blanks', () => {
    expect(parse('zk1:2181, zk2:2181 / kafka').value?.chroot).toBe('/ kafka');
  });
  it('a chroot after every host makes one host', () => {
    const v = parse('zk1:2181/a,zk2:2181/b').value;
    expect(v?.hosts.map((h) => h.host)).toEqual(['zk1']);
    expect(v?.chroot).toBe('/a,zk2:2181/b');
  });
  it('the port is not trimmed', () => {
    expect(parse('zk1: 2181').error).toBe('NumberFormatException: For input string: " 2181"');
  });
  it('a blank before the colon stays in the host', () => {
    expect(parse('zk1 :2181').value?.hosts[0]?.host).toBe('zk1 ');
  });
  it('invalid chroots', () => {
    expect(parse('zk1/kafka/').error).toBe('Path must not end with / character');
    expect(parse('zk1//kafka').error).toBe('Invalid path string "//kafka" caused by empty node name specified @1');
  });
  it('a lone / is no chroot; host: takes 2181; IPv6 in brackets', () => {
    expect(parse('zk1:/').value).toEqual({ hosts: [{ host: 'zk1', port: 2181 }] });
    expect(parse('[::1]:2182').value?.hosts[0]).toEqual({ host: '::1', port: 2182, portText: '2182' });
  });
  it('no host at all', () => {
    expect(parse('/kafka').error).toBe('A HostProvider may not be empty!');
    expect(parse(' , ').error).toBe('A HostProvider may not be empty!');
  });
  it('ports out of range', () => {
    expect(parse('zk1:70000').error).toBe('port out of range:70000');
  });
});

describe('helpers', () => {
  it('splitZookeeperConnect keeps raw text', () => {
    expect(splitZookeeperConnect(' zk1 :2181, zk2/x').hosts).toEqual([
      { text: 'zk1 :2181', host: 'zk1 ', portText: '2181', written: { start: 1, end: 10 } },
      { text: 'zk2', host: 'zk2', written: { start: 11, end: 15 } },
    ]);
  });
  it('chrootError accepts spaces and commas, refuses . segments', () => {
    expect(chrootError('/a b,c')).toBeUndefined();
    expect(chrootError('/kafka/.')).toBe('Invalid path string "/kafka/." caused by relative paths not allowed @7');
    expect(chrootError('/kafka/..')).toBe('Invalid path string "/kafka/.." caused by relative paths not allowed @8');
  });
  it('portError', () => {
    expect(portError('2181')).toBeUndefined();
    expect(portError('21a')).toBe('NumberFormatException: For input string: "21a"');
  });
});

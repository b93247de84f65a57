import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ensembles,
  isDistributed,
  machineKey,
  ownServer,
  parseMyid,
  parseServerEntry,
  parseZooCfg,
  votingServerIds,
} from '../../src/model/zookeeper.js';
import { lint } from '../../src/index.js';
import { lintFiles } from '../../src/index.js';
import type { ConfigEntry } from '../../src/parse/entry.js';
import type { JvmOptions } from '../../src/model/types.js';

const server = (key: string, value: string) => parseServerEntry({ key, value, syntax: 'object' } as ConfigEntry);

describe('server.N lines, read as QuorumServer reads them (ZooKeeper 3.8.0)', () => {
  it('reads id, host, ports, role and client part', () => {
    const s = server('server.01', 'zk1:2888:3888:Observer ;10.0.0.1:2181');
    expect(s).toMatchObject({ id: 1, idText: '01', host: 'zk1', quorumPort: 2888, electionPort: 3888, role: 'observer', clientPortAddress: '10.0.0.1', clientPort: 2181 });
    expect(s.error).toBeUndefined();
  });

  it('reads bracketed IPv6 hosts and client addresses', () => {
    expect(server('server.2', '[fe80::2]:2888:3888;[::1]:2181')).toMatchObject({ host: 'fe80::2', quorumPort: 2888, clientPortAddress: '::1', clientPort: 2181 });
  });

  it("drops trailing empty fields as Java's split does", () => {
    expect(server('server.1', 'zk1:2888:3888:').error).toBeUndefined();
    expect(server('server.1', 'zk1:2888:3888;').clientPort).toBeUndefined();
  });

  it.each([
    ['zk1:2888:3888 ', /election port '3888 ' has a blank/],
    ['zk1: 2888:3888', /quorum port ' 2888' has a blank/],
    ['zk1 :2888:3888', /host 'zk1 ' contains a blank/],
    ['zk1:2888', /only one port/],
    ['zk1:2888:2888', /both 2888/],
    ['zk1:70000:3888', /outside 0-65535/],
    ['zk1:0:3888', /port 0/],
    ['fe80::1:2888:3888', /IPv6 address fe80::1 is not in brackets/],
    ['[fe80::1:2888:3888', /no matching '\]'/],
    ['zk1:2888:3888:2181', /fourth ':' field '2181' is read as the role/],
    ['zk1:2888:3888:follower', /role 'follower'/],
    ['zk1:2888:3888;2181 ', /client port '2181 ' has a blank/],
    ['zk1:2888:3888;1;2', /more than one ;/],
    ['zk1:2888:3888 # first server', /inline comment '# first server'/],
  ])('%j is refused or misread', (value, why) => {
    expect(server('server.1', value).error).toMatch(why);
  });

  it('keeps further | addresses', () => {
    expect(server('server.1', '10.0.0.1:2888:3888|10.0.1.1:2889:3889').otherAddresses).toEqual([{ host: '10.0.1.1', quorumPort: 2889, electionPort: 3889 }]);
  });

  it('keeps the id of a line whose value a template fills, and judges nothing else of it', () => {
    expect(server('server.2', '{{ zk2_host }}:2888:3888')).toEqual({ id: 2, idText: '2', host: '', role: 'participant', templated: true, entry: expect.anything() });
    expect(server('server.{{ loop.index }}', '{{ host }}:2888:3888').id).toBeUndefined();
    const conditional = parseServerEntry({ key: 'server.3', value: 'zk3:2888:3888', syntax: 'properties', conditional: true } as ConfigEntry);
    expect([conditional.templated, conditional.id]).toEqual([true, undefined]);
  });

  it('refuses ids that are not numbers', () => {
    const s = server('server.a', 'zk1:2888:3888');
    expect(s.id).toBeUndefined();
    expect(s.error).toMatch(/'a' after 'server.' is not a number/);
  });
});

describe('zoo.cfg model', () => {
  it("applies ZooKeeper's defaults", () => {
    const e = parseZooCfg('dataDir=/var/lib/zookeeper\n').effective;
    expect(e).toMatchObject({
      tickTime: 3000,
      minSessionTimeout: 6000,
      maxSessionTimeout: 60000,
      maxClientCnxns: 60,
      initLimit: 0,
      syncLimit: 0,
      dataDir: '/var/lib/zookeeper',
      dataLogDir: '/var/lib/zookeeper',
      snapRetainCount: 3,
      purgeInterval: 0,
      standaloneEnabled: true,
      reconfigEnabled: false,
      fourLetterWords: ['srvr'],
      adminServer: { enabled: true, address: '0.0.0.0', port: 8080 },
    });
    expect(e.clientPort).toBeUndefined();
  });

  it('derives session timeouts from tickTime, and reads written values', () => {
    const e = parseZooCfg('tickTime=2000\ndataDir=/d\ndataLogDir=/l\nclientPort=0\nautopurge.snapRetainCount=1\nadmin.serverPort=x\n4lw.commands.whitelist=mntr, ruok\n').effective;
    expect(e).toMatchObject({ minSessionTimeout: 4000, maxSessionTimeout: 40000, dataLogDir: '/l', snapRetainCount: 3, fourLetterWords: ['mntr', 'ruok', 'srvr'] });
    expect(e.adminServer.port).toBe(8080); // Integer.getInteger falls back on a bad value
    expect(e.clientPort).toBeUndefined(); // clientPort=0 means unset
  });

  it('takes -Dzookeeper.* JVM flags, which zoo.cfg overrides', () => {
    const flag = (text: string) => ({ text, variable: 'SERVER_JVMFLAGS', entry: { key: 'SERVER_JVMFLAGS', value: text, syntax: 'env' as const } });
    const jvm: JvmOptions = { flags: [flag('-Dzookeeper.admin.enableServer=false'), flag('-Dzookeeper.4lw.commands.whitelist=*')] };
    expect(parseZooCfg('dataDir=/d\n', { jvm }).effective.adminServer.enabled).toBe(false);
    expect(parseZooCfg('dataDir=/d\nadmin.enableServer=true\n', { jvm }).effective.adminServer.enabled).toBe(true);
    expect(parseZooCfg('dataDir=/d\n', { jvm }).effective.fourLetterWords).toContain('*');
  });

  it('reads group and weight lines', () => {
    const zk = parseZooCfg('dataDir=/d\nserver.1=a:1:2\nserver.2=b:1:2\ngroup.1=1:2\nweight.2=3\n');
    expect(zk.groups).toMatchObject([{ id: 1, members: [1, 2] }]);
    expect(zk.weights).toMatchObject([{ serverId: 2, weight: 3 }]);
  });

  it('counts voters, tells ensembles from standalone servers, finds its own line', () => {
    const zk = parseZooCfg('dataDir=/d\nserver.1=a:1:2\nserver.2=b:1:2\nserver.3=c:1:2:observer\n', { myid: parseMyid('2\n') });
    expect(votingServerIds(zk)).toEqual([1, 2]);
    expect(isDistributed(zk)).toBe(true);
    expect(ownServer(zk)?.host).toBe('b');
    expect(isDistributed(parseZooCfg('dataDir=/d\nserver.1=a:1:2\n'))).toBe(false);
    expect(isDistributed(parseZooCfg('dataDir=/d\nstandaloneEnabled=false\nserver.1=a:1:2\n'))).toBe(true);
  });

  it('merges loopback names and ignores wildcards when comparing hosts', () => {
    expect(machineKey('LocalHost')).toBe(machineKey('127.0.0.1'));
    expect(machineKey('0.0.0.0')).toBeUndefined();
  });

  it('groups files into ensembles by shared server ids', () => {
    const a = parseZooCfg('dataDir=/d\nserver.1=a:1:2\nserver.2=b:1:2\n', { file: 'a' });
    const b = parseZooCfg('dataDir=/d\nserver.2=b:1:2\nserver.3=c:1:2\n', { file: 'b' });
    const c = parseZooCfg('dataDir=/d\nserver.7=x:1:2\n', { file: 'c' });
    const d = parseZooCfg('dataDir=/d\n', { file: 'd' });
    expect(ensembles({ brokers: [], zookeeper: [a, b, c, d], myids: [] }).map((g) => g.map((z) => z.file))).toEqual([['a', 'b'], ['c'], ['d']]);
  });
});

describe('myid, read as QuorumPeerConfig.setupMyId reads it', () => {
  it.each([['3\n', 3], ['3', 3], ['+3\r\n', 3], ['3\nanything\n', 3], ['0', 0]])('%j is %i', (text, id) => {
    expect(parseMyid(text)).toMatchObject({ id });
  });
  it('leaves a myid a template fills in to the template', () => {
    expect(parseMyid('{{ zookeeper_id }}\n')).toEqual({ kind: 'myid', file: 'myid', text: '{{ zookeeper_id }}\n', templated: true });
  });
  it.each([[' 3\n', /blanks/], ['3 \n', /blanks/], ['', /nothing/], ['\n3\n', /''/], ['one', /'one'/]])('%j is refused', (text, why) => {
    const myid = parseMyid(text);
    expect(myid.id).toBeUndefined();
    expect(myid.error).toMatch(why);
  });
});

describe('lint({ zookeeper: [...] }) is enough', () => {
  const members = [1, 2, 3].map((n) => ({
    tickTime: 2000,
    dataDir: '/var/lib/zookeeper',
    clientPort: 2181,
    initLimit: 10,
    syncLimit: n === 3 ? 2 : 5,
    'server.1': 'zk1:2888:3888',
    'server.2': 'zk2:2888:3888',
    'server.3': 'zk3:2888:3888',
    'server.4': n === 1 ? 'zk4:2888:3888' : undefined,
  }));

  it('judges plain objects as one ensemble', () => {
    const ids = lint({ zookeeper: members }).findings.map((f) => f.ruleId);
    expect(ids).toContain('zookeeper/ensemble-drift');
    expect(ids).toContain('zookeeper/even-ensemble');
  });

  it('judges parsed configs with their myid', () => {
    const zk = parseZooCfg('dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n', { file: 'zk9/zoo.cfg', myid: parseMyid('9\n', { file: 'zk9/myid' }) });
    const finding = lint({ zookeeper: [zk] }).findings.find((f) => f.ruleId === 'zookeeper/myid-mismatch');
    expect(finding).toMatchObject({ file: 'zk9/myid', line: 1, severity: 'error' });
  });

  it('accepts | addresses when the JVM runs with -Dzookeeper.multiAddress.enabled=true', () => {
    const text = 'dataDir=/d\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=10.0.0.1:2888:3888|10.0.1.1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n';
    const flag = '-Dzookeeper.multiAddress.enabled=true';
    const jvm: JvmOptions = { flags: [{ text: flag, variable: 'SERVER_JVMFLAGS', entry: { key: 'SERVER_JVMFLAGS', value: flag, syntax: 'env' } }] };
    const rule = 'zookeeper/invalid-server-entry';
    expect(lint(parseZooCfg(text)).findings.map((f) => f.ruleId)).toContain(rule);
    expect(lint(parseZooCfg(text, { jvm })).findings.map((f) => f.ruleId)).not.toContain(rule);
  });
});

describe("seed 004's zoo.cfg", () => {
  const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seeds', '004-zoo.cfg'), 'utf8');
  const findings = lintFiles([{ file: 'zoo.cfg', text }]).findings;

  it('has no client port: clientport is not clientPort (line 3)', () => {
    expect(findings.filter((f) => f.ruleId === 'zookeeper/missing-required-key')).toMatchObject([{ line: 3, severity: 'error', message: expect.stringMatching(/^No client port: .*'clientport' does not count/) }]);
  });

  it('points all three servers at one host and port', () => {
    expect(findings.filter((f) => f.ruleId === 'zookeeper/duplicate-server').map((f) => [f.line, f.severity])).toEqual([[7, 'error'], [8, 'error']]);
  });

  it('misspells clientPort (zookeeper/unknown-key, line 3)', () => {
    expect(findings.filter((f) => f.ruleId === 'zookeeper/unknown-key')).toMatchObject([{ line: 3, message: expect.stringContaining('clientPort') }]);
  });
});

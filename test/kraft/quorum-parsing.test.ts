import { describe, it, expect } from 'vitest';
import { effectiveVoters, parseQuorumBootstrapServers, parseQuorumVoters, voterSetKey } from '../../src/model/kraft.js';
import { parseServerProperties } from '../../src/model/broker.js';

const voters = (value: string) => parseQuorumVoters({ key: 'controller.quorum.voters', value, syntax: 'object' });
const bootstrap = (value: string) => parseQuorumBootstrapServers({ key: 'controller.quorum.bootstrap.servers', value, syntax: 'object' });
const FORM = 'Each entry should be in the form `{id}@{host}:{port}`.';

// Expected values and messages: QuorumConfig.parseVoterConnections and Utils.HOST_PORT_PATTERN,
// identical at the 3.9.0 (cc53a632ed) and 4.3.1 (26b251a451) release commits.
describe('parseQuorumVoters', () => {
  it.each([
    ['1@kafka1:9093,2@kafka2:9093', [[1, 'kafka1', 9093], [2, 'kafka2', 9093]]],
    ['  1@a:9093 ,\t2@b:9094  ', [[1, 'a', 9093], [2, 'b', 9094]]],
    ['1@[::1]:9093', [[1, '::1', 9093]]],
    ['1@::1:9093', [[1, '::1', 9093]]],
    ['1@fe80::1%eth0:9093', [[1, 'fe80::1%eth0', 9093]]],
    ['1@PLAINTEXT://kafka1:9093', [[1, 'kafka1', 9093]]],
    ['1@:9093', [[1, '', 9093]]],
    ['+1@a:9093', [[1, 'a', 9093]]],
    ['1@a:9093@', [[1, 'a', 9093]]],
    ['1@a:9093,1@b:9093', [[1, 'a', 9093], [1, 'b', 9093]]],
    ['', []],
    ['   ', []],
  ])('reads %j', (value, want) => {
    const got = voters(value);
    expect(got.error).toBeUndefined();
    expect(got.value?.map((v) => [v.id, v.host, v.port])).toEqual(want);
  });

  it.each([
    ['kafka1:9093', `Invalid configuration value for controller.quorum.voters. ${FORM}`],
    ['1@a:9093,', `Invalid configuration value for controller.quorum.voters. ${FORM}`],
    ['1@a:9093,,2@b:9093', `Invalid configuration value for controller.quorum.voters. ${FORM}`],
    ['1@@a:9093', `Invalid configuration value for controller.quorum.voters. ${FORM}`],
    ['1@', `Invalid configuration value for controller.quorum.voters. ${FORM}`],
    ['one@a:9093', 'Failed to parse voter ID as an integer from one'],
    ['@a:9093', 'Failed to parse voter ID as an integer from '],
    ['1 @a:9093', 'Failed to parse voter ID as an integer from 1 '],
    ['3000000000@a:9093', 'Failed to parse voter ID as an integer from 3000000000'],
    ['1@kafka1', `Failed to parse host name from entry 1@kafka1 for the configuration controller.quorum.voters. ${FORM}`],
    ['1@kafka_1:90x3', `Failed to parse host name from entry 1@kafka_1:90x3 for the configuration controller.quorum.voters. ${FORM}`],
    ['1@kafka1:-1', `Failed to parse host name from entry 1@kafka1:-1 for the configuration controller.quorum.voters. ${FORM}`],
    ['1@kafka1:70000', 'port out of range:70000'],
    ['1@kafka1:99999999999', 'For input string: "99999999999"'],
  ])('refuses %j with Kafka\'s message', (value, message) => {
    expect(voters(value)).toEqual({ entry: expect.anything(), error: message });
  });

  it('keeps the last voter of a repeated id, as the HashMap does', () => {
    const byId = effectiveVoters(voters('1@a:9093,2@b:9093,1@c:9093').value ?? []);
    expect([...byId.values()].map((v) => v.text)).toEqual(['1@c:9093', '2@b:9093']);
  });

  it('compares voter sets regardless of order and host case', () => {
    const a = parseServerProperties('controller.quorum.voters=2@B:9093,1@a:9093\n');
    const b = parseServerProperties('controller.quorum.voters=1@A:9093, 2@b:9093\n');
    expect(voterSetKey(a)).toBe('1@a:9093,2@b:9093');
    expect(voterSetKey(a)).toBe(voterSetKey(b));
    expect(voterSetKey(parseServerProperties('controller.quorum.voters=1@[::1]:9093\n'))).toBe('1@[::1]:9093');
  });
});

describe('parseQuorumBootstrapServers', () => {
  it('reads host:port lists', () => {
    expect(bootstrap(' c1:9093, [::1]:9093 ').value).toEqual([
      { host: 'c1', port: 9093, text: 'c1:9093' },
      { host: '::1', port: 9093, text: '[::1]:9093' },
    ]);
  });
  it.each([
    ['c1', 'Failed to parse host name from c1 for the configuration controller.quorum.bootstrap.servers. Each entry should be in the form "{host}:{port}"'],
    ['c1:9093,', 'Failed to parse host name from  for the configuration controller.quorum.bootstrap.servers. Each entry should be in the form "{host}:{port}"'],
    ['c1:65536', 'port out of range:65536'],
  ])('refuses %j with Kafka\'s message', (value, message) => {
    expect(bootstrap(value).error).toBe(message);
  });
});

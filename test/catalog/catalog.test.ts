import { describe, it, expect } from 'vitest';
import {
  clientOnlyKey,
  deprecatedKafkaKey,
  isKnownKafkaKey,
  kafkaKey,
  kafkaKeyNames,
  kafkaKeyPrefix,
  removedKafkaClass,
  removedKafkaKey,
  suggestKey,
  zookeeperKey,
  zookeeperKeyNames,
  zookeeperKeyPrefix,
} from '../../src/catalog/index.js';

describe('kafkaKey', () => {
  it('gives the facts of the version asked', () => {
    expect(kafkaKey('log.segment.bytes', '3.9')).toMatchObject({ type: 'INT', default: '1073741824', validator: { atLeast: 14 }, importance: 'HIGH' });
    expect(kafkaKey('log.segment.bytes', '4.0')?.validator).toEqual({ atLeast: 1048576 });
    expect(kafkaKey('log.segment.bytes', '4.3')?.versions).toEqual(['3.9', '4.0', '4.1', '4.2', '4.3', '4.4']);
  });
  it('knows the keys 4.4 adds, in 4.4 only (KIP-1241)', () => {
    expect(kafkaKey('log.remote.copy.lag.bytes', '4.4')).toMatchObject({ type: 'LONG', versions: ['4.4'] });
    expect(kafkaKey('log.remote.copy.lag.ms', '4.4')).toMatchObject({ type: 'LONG', versions: ['4.4'] });
    expect(kafkaKey('log.remote.copy.lag.ms', '4.3')).toBeUndefined();
    expect(isKnownKafkaKey('sasl.oauthbearer.allow.unverified.audience', '4.4')).toBe(true);
  });
  it('follows type changes (listeners became a LIST in 4.2)', () => {
    expect(kafkaKey('listeners', '4.1')?.type).toBe('STRING');
    expect(kafkaKey('listeners', '4.2')?.type).toBe('LIST');
  });
  it('marks PASSWORD keys, required keys and internal keys', () => {
    expect(kafkaKey('ssl.keystore.password', '4.3')?.password).toBe(true);
    expect(kafkaKey('process.roles', '4.0')?.required).toBe(true);
    expect(kafkaKey('process.roles', '3.9')?.required).toBe(false);
    expect(kafkaKey('num.partitions', '4.3')?.password).toBe(false);
  });
  it('knows nothing of keys a version does not define', () => {
    expect(kafkaKey('zookeeper.connect', '4.0')).toBeUndefined();
    expect(kafkaKey('toString', '4.3')).toBeUndefined();
  });
});

describe('isKnownKafkaKey and prefixes', () => {
  it('accepts listener-prefixed keys whose key is a broker key', () => {
    expect(kafkaKeyPrefix('listener.name.internal.ssl.keystore.location', '4.3')?.overrides).toBe('ssl.keystore.location');
    expect(kafkaKeyPrefix('listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config', '4.3')).toMatchObject({ prefix: 'listener.name.sasl_ssl.scram-sha-256.', overrides: 'sasl.jaas.config' });
    expect(isKnownKafkaKey('listener.name.internal.ssl.keystore.locaton', '4.3')).toBe(false);
  });
  it('accepts any SASL key under a mechanism prefix, as the OAUTHBEARER validator reads them', () => {
    expect(kafkaKeyPrefix('listener.name.sasl_ssl.oauthbearer.sasl.oauthbearer.expected.issuer', '4.4')).toMatchObject({
      prefix: 'listener.name.sasl_ssl.oauthbearer.',
      overrides: 'sasl.oauthbearer.expected.issuer',
    });
    expect(kafkaKeyPrefix('listener.name.sasl_ssl.oauthbearer.sasl.oauthbearer.allow.unverified.issuer', '4.3')).toBeUndefined();
    expect(isKnownKafkaKey('listener.name.sasl_ssl.oauthbearer.ssl.keystore.location', '4.4')).toBe(false);
  });
  it('accepts the plugin prefixes, following changed tiered-storage prefixes', () => {
    expect(isKnownKafkaKey('config.providers.vault.param.address', '4.3')).toBe(true);
    expect(isKnownKafkaKey('rsm.config.bucket', '3.9')).toBe(true);
    const settings = new Map([['remote.log.storage.manager.impl.prefix', { value: 's3.' }]]);
    expect(isKnownKafkaKey('s3.bucket', '4.3', settings)).toBe(true);
    expect(isKnownKafkaKey('s3.bucket', '4.3')).toBe(false);
  });
  it('accepts keys Kafka plugins read outside the ConfigDef, per version', () => {
    expect(isKnownKafkaKey('super.users', '4.3')).toBe(true);
    expect(isKnownKafkaKey('authorizer.zookeeper.url', '3.9')).toBe(true);
    expect(isKnownKafkaKey('authorizer.zookeeper.url', '4.0')).toBe(false);
    expect(isKnownKafkaKey('config.providers', '3.9')).toBe(true);
  });
});

describe('removed, deprecated and client keys', () => {
  it('a removed key is removed from its version on', () => {
    expect(removedKafkaKey('zookeeper.connect', '3.9')).toBeUndefined();
    expect(removedKafkaKey('zookeeper.connect', '4.0')).toMatchObject({ removedIn: '4.0', category: 'zookeeper-only' });
    expect(removedKafkaKey('port', '3.9')).toMatchObject({ removedIn: '3.0', replacement: ['listeners'] });
    expect(removedKafkaKey('group.share.enable', '4.2')).toBeUndefined();
    expect(removedKafkaKey('group.share.enable', '4.3')?.removedIn).toBe('4.3');
  });
  it('removed classes', () => {
    expect(removedKafkaClass('authorizer.class.name', 'kafka.security.auth.SimpleAclAuthorizer', '3.9')?.removedIn).toBe('3.0');
    expect(removedKafkaClass('authorizer.class.name', 'kafka.security.authorizer.AclAuthorizer', '3.9')).toBeUndefined();
    expect(removedKafkaClass('authorizer.class.name', 'kafka.security.authorizer.AclAuthorizer', '4.0')?.removedIn).toBe('4.0');
    expect(removedKafkaClass('metric.reporters', 'kafka.security.authorizer.AclAuthorizer', '4.0')).toBeUndefined();
  });
  it('deprecations hold from their version', () => {
    expect(deprecatedKafkaKey('remote.log.manager.thread.pool.size', '4.1')).toBeUndefined();
    expect(deprecatedKafkaKey('remote.log.manager.thread.pool.size', '4.2')?.replacement).toEqual(['remote.log.manager.follower.thread.pool.size']);
    expect(deprecatedKafkaKey('log.cleaner.enable', '4.0')).toBeUndefined();
    expect(deprecatedKafkaKey('log.cleaner.enable', '4.1')?.since).toBe('4.1');
    expect(deprecatedKafkaKey('broker.id', '4.3')).toBeUndefined();
    expect(deprecatedKafkaKey('broker.id', '4.4')?.replacement).toEqual(['node.id']);
  });
  it('a key the releases show going is removed from the next version (3.9.1 added one that 4.0 lacks)', () => {
    expect(removedKafkaKey('alter.config.policy.kraft.compatibility.enable', '3.9')).toBeUndefined();
    expect(removedKafkaKey('alter.config.policy.kraft.compatibility.enable', '4.0')?.removedIn).toBe('4.0');
  });
  it('client-only keys, never broker keys', () => {
    expect(clientOnlyKey('bootstrap.servers')).toEqual(['client']);
    expect(clientOnlyKey('key.serializer')).toEqual(['producer']);
    expect(clientOnlyKey('group.id')).toBeDefined();
    expect(clientOnlyKey('compression.type')).toBeUndefined();
    expect(clientOnlyKey('sasl.jaas.config')).toBeUndefined();
  });
});

describe('zookeeperKey', () => {
  it('keys parseProperties reads, with defaults', () => {
    expect(zookeeperKey('tickTime')).toMatchObject({ type: 'int', default: '3000', parsed: true });
    expect(zookeeperKey('peerType')).toMatchObject({ type: 'enum', allowed: ['observer', 'participant'] });
    expect(zookeeperKey('clientport')).toBeUndefined();
  });
  it('system-property keys, which zoo.cfg sets by their short name', () => {
    expect(zookeeperKey('4lw.commands.whitelist')).toMatchObject({ parsed: false, default: 'srvr' });
    expect(zookeeperKey('ssl.quorum.keyStore.location')?.parsed).toBe(false);
    expect(zookeeperKey('serializeLastProcessedZxid.enabled')?.versions).toEqual(['3.9']);
  });
  it('prefixed keys', () => {
    expect(zookeeperKeyPrefix('server.1')?.prefix).toBe('server.');
    expect(zookeeperKeyPrefix('weight.2')?.prefix).toBe('weight.');
    expect(zookeeperKeyPrefix('server.')).toBeUndefined();
  });
});

describe('suggestKey', () => {
  const kafka = kafkaKeyNames('4.3');
  it.each([
    ['advertised.listners', kafka, 'advertised.listeners'],
    ['clientport', zookeeperKeyNames(), 'clientPort'],
    ['log_dirs', kafka, 'log.dirs'],
    ['LOG-RETENTION-HOURS', kafka, 'log.retention.hours'],
    ['num.partiitons', kafka, 'num.partitions'],
    ['initlimit', zookeeperKeyNames(), 'initLimit'],
  ])('%s -> %s', (name, candidates, want) => {
    expect(suggestKey(name, candidates)).toBe(want);
  });
  it('suggests nothing for a known key or a far one', () => {
    expect(suggestKey('log.dirs', kafka)).toBeUndefined();
    expect(suggestKey('kerberos.auth.enable', kafka)).toBeUndefined();
    expect(suggestKey('jaasLoginRenew', zookeeperKeyNames())).toBeUndefined();
  });
});

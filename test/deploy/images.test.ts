import { describe, it, expect } from 'vitest';
import { envToKey, imageDefaults, imageFamily, keyToEnv } from '../../src/deploy/images.js';
import type { ImageFamily } from '../../src/model/types.js';

function keyOf(family: ImageFamily, variable: string): string | undefined {
  const m = envToKey(family, variable);
  return m.kind === 'key' ? m.key : undefined;
}

describe('imageFamily', () => {
  it.each([
    ['confluentinc/cp-kafka:7.6.1', 'cp-kafka'],
    ['confluentinc/cp-server:6.1.1', 'cp-kafka'],
    ['confluentinc/cp-enterprise-kafka:5.3.1', 'cp-kafka'],
    ['confluentinc/cp-zookeeper:5.3.1', 'cp-zookeeper'],
    ['apache/kafka:3.9.0', 'apache-kafka'],
    ['apache/kafka-native:3.8.0', 'apache-kafka'],
    ['docker.io/bitnami/kafka:3.7', 'bitnami-kafka'],
    ['bitnamilegacy/kafka:4.0', 'bitnami-kafka'],
    ['zookeeper:3.8.4', 'zookeeper'],
    ['library/zookeeper', 'zookeeper'],
    ['registry.example.com:5000/confluentinc/cp-kafka:7.6.1', 'cp-kafka'],
    ['wurstmeister/kafka:2.13-2.8.1', undefined],
    ['bitnami/zookeeper:3.9', undefined],
  ])('%s -> %s', (image, family) => {
    expect(imageFamily(image)).toBe(family);
  });
});

describe('cp-kafka and cp-server: KAFKA_ prefix, _ to ., __ to -, ___ to _', () => {
  const pairs: [string, string][] = [
    ['KAFKA_ADVERTISED_LISTENERS', 'advertised.listeners'],
    ['KAFKA_CONFLUENT_SUPPORT__METRICS___ENABLE', 'confluent.support-metrics_enable'],
    ['KAFKA_LISTENER_NAME_INTERNAL_SSL_KEYSTORE_LOCATION', 'listener.name.internal.ssl.keystore.location'],
  ];
  it.each(pairs)('%s <-> %s', (variable, key) => {
    expect(keyOf('cp-kafka', variable)).toBe(key);
    expect(keyToEnv('cp-kafka', key)).toBe(variable);
  });
  it('leaves launcher and image variables out of the config', () => {
    for (const v of ['KAFKA_HEAP_OPTS', 'KAFKA_OPTS', 'KAFKA_JMX_PORT', 'KAFKA_LOG4J_LOGGERS', 'KAFKA_SSL_KEYSTORE_FILENAME']) expect(envToKey('cp-kafka', v).kind).toBe('own');
  });
});

describe('apache/kafka: _ to ., __ to _, ___ to -', () => {
  const pairs: [string, string][] = [
    ['KAFKA_LOG_DIRS', 'log.dirs'],
    ['KAFKA_LISTENER_NAME_CONTROLLER_SASL__ENABLED__MECHANISMS', 'listener.name.controller.sasl_enabled_mechanisms'],
    ['KAFKA_SOME___DASHED_KEY', 'some-dashed.key'],
  ];
  it.each(pairs)('%s <-> %s', (variable, key) => {
    expect(keyOf('apache-kafka', variable)).toBe(key);
    expect(keyToEnv('apache-kafka', key)).toBe(variable);
  });
  it('the same variable means different keys in the two conventions', () => {
    expect(keyOf('cp-kafka', 'KAFKA_A__B___C')).toBe('a-b_c');
    expect(keyOf('apache-kafka', 'KAFKA_A__B___C')).toBe('a_b-c');
  });
  it('fills in the packaged single-node KRaft config only when no KAFKA_* key is set', () => {
    const fallback = imageDefaults('apache-kafka', new Map());
    expect(fallback.find((d) => d.key === 'log.dirs')?.value).toBe('/tmp/kraft-combined-logs');
    expect(fallback.find((d) => d.key === 'offsets.topic.replication.factor')?.value).toBe('1');
    expect(imageDefaults('apache-kafka', new Map([['node.id', '1']]))).toEqual([]);
  });
});

describe('bitnami/kafka: only KAFKA_CFG_*, every _ to .', () => {
  it.each([
    ['KAFKA_CFG_ADVERTISED_LISTENERS', 'advertised.listeners'],
    ['KAFKA_CFG_CONTROLLER_QUORUM_VOTERS', 'controller.quorum.voters'],
  ])('%s <-> %s', (variable, key) => {
    expect(keyOf('bitnami-kafka', variable)).toBe(key);
    expect(keyToEnv('bitnami-kafka', key)).toBe(variable);
  });
  it('cannot write a key with _ or - (no escape exists)', () => {
    expect(keyToEnv('bitnami-kafka', 'confluent.support-metrics_enable')).toBeUndefined();
  });
  it('ignores KAFKA_* that are not its own variables', () => {
    expect(envToKey('bitnami-kafka', 'KAFKA_ZOOKEEPER_CONNECT').kind).toBe('ignored');
    expect(envToKey('bitnami-kafka', 'KAFKA_KRAFT_CLUSTER_ID').kind).toBe('own');
    expect(envToKey('bitnami-kafka', 'PATH').kind).toBe('other');
  });
});

describe('ZooKeeper images', () => {
  it('cp-zookeeper maps its table both ways', () => {
    expect(keyOf('cp-zookeeper', 'ZOOKEEPER_CLIENT_PORT')).toBe('clientPort');
    expect(keyOf('cp-zookeeper', 'ZOOKEEPER_AUTOPURGE_PURGE_INTERVAL')).toBe('autopurge.purgeInterval');
    expect(keyToEnv('cp-zookeeper', 'tickTime')).toBe('ZOOKEEPER_TICK_TIME');
    expect(envToKey('cp-zookeeper', 'ZOO_TICK_TIME').kind).toBe('ignored');
  });
  it('the official image maps ZOO_* both ways', () => {
    expect(keyOf('zookeeper', 'ZOO_TICK_TIME')).toBe('tickTime');
    expect(keyToEnv('zookeeper', 'admin.enableServer')).toBe('ZOO_ADMINSERVER_ENABLED');
    expect(envToKey('zookeeper', 'ZOO_SERVERS').kind).toBe('own');
    expect(envToKey('zookeeper', 'ZOOKEEPER_TICK_TIME').kind).toBe('ignored');
  });
});

import { describe, it, expect } from 'vitest';
import { envToKey, imageDefaults, imageFamily, imageRelease, imageVolumes, keyToEnv } from '../../src/deploy/images.js';
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
    // Matched by the end of the repository path: a mirror, or `${REPOSITORY}/` and `${DOCKER_REGISTRY}` left empty.
    ['/cp-server:7.6.1', 'cp-kafka'],
    ['mirror.example.com/confluentinc/cp-kafka:7.6.1', 'cp-kafka'],
    ['confluentinc/confluent-local:7.6.0', 'confluent-local'],
    ['quay.io/debezium/kafka', undefined],
    ['example/zookeeper:3.8', undefined],
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
  it("cp-kafka listens where it advertises, on every interface (cub listeners)", () => {
    const listeners = (advertised: string) => imageDefaults('cp-kafka', new Map([['advertised.listeners', advertised]])).find((d) => d.key === 'listeners')?.value;
    expect(listeners('PLAINTEXT://kafka:29092,PLAINTEXT_HOST://localhost:9092')).toBe('PLAINTEXT://0.0.0.0:29092,PLAINTEXT_HOST://0.0.0.0:9092');
    expect(listeners('PLAINTEXT://kafka')).toBe('PLAINTEXT://kafka');
    expect(imageDefaults('cp-kafka', new Map([['advertised.listeners', 'A://a:1'], ['listeners', 'A://:1']])).find((d) => d.key === 'listeners')).toBeUndefined();
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
  it('ignores KAFKA_* that are neither its own variables nor the older names it maps', () => {
    expect(envToKey('bitnami-kafka', 'KAFKA_NUM_REPLICA_FETCHERS')).toEqual({ kind: 'ignored', reason: 'bitnami-cfg-only', suggestion: 'KAFKA_CFG_NUM_REPLICA_FETCHERS' });
    expect(envToKey('bitnami-kafka', 'KAFKA_KRAFT_CLUSTER_ID').kind).toBe('own');
    expect(envToKey('bitnami-kafka', 'PATH').kind).toBe('other');
  });
  it('maps the older names libkafka.sh copies onto KAFKA_CFG_* (kafka_create_alias_environment_variables)', () => {
    expect(keyOf('bitnami-kafka', 'KAFKA_ZOOKEEPER_CONNECT')).toBe('zookeeper.connect');
    expect(keyOf('bitnami-kafka', 'KAFKA_BROKER_ID')).toBe('broker.id');
    expect(keyOf('bitnami-kafka', 'KAFKA_LOGS_DIRS')).toBe('log.dirs');
    expect(keyOf('bitnami-kafka', 'KAFKA_AUTO_CREATE_TOPICS_ENABLE')).toBe('auto.create.topics.enable');
  });
  it('writes its exceptions (kafka_configure_from_environment_variables)', () => {
    expect(keyOf('bitnami-kafka', 'KAFKA_CFG_LISTENER_NAME_CLIENT_SASL_SSL_ENABLED_MECHANISMS')).toBe('listener.name.client.sasl_ssl.enabled.mechanisms');
    expect(keyOf('bitnami-kafka', 'KAFKA_CFG_ZOOKEEPER_CLIENTCNXNSOCKET')).toBe('zookeeper.clientCnxnSocket');
  });
  it('defaults the controller bootstrap servers from 4.1 (kafka-env.sh), not in 4.0', () => {
    expect(imageDefaults('bitnami-kafka', new Map([['process.roles', 'broker']]), '4.1.0')).toContainEqual({ key: 'controller.quorum.bootstrap.servers', value: 'localhost:9093' });
    expect(imageDefaults('bitnami-kafka', new Map([['process.roles', 'broker']]), '4.0')).not.toContainEqual({ key: 'controller.quorum.bootstrap.servers', value: 'localhost:9093' });
    expect(imageDefaults('bitnami-kafka', new Map([['controller.quorum.voters', '1@k:9093']]), '4.1')).not.toContainEqual({ key: 'controller.quorum.bootstrap.servers', value: 'localhost:9093' });
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

describe('confluent-local', () => {
  it('reads KAFKA_* as cp-kafka does and fills in each configureDefaults value the environment leaves unset', () => {
    expect(keyOf('confluent-local', 'KAFKA_NUM_PARTITIONS')).toBe('num.partitions');
    expect(envToKey('confluent-local', 'KAFKA_REST_BOOTSTRAP_SERVERS').kind).toBe('own');
    const defaults = imageDefaults('confluent-local', new Map([['node.id', '2']]));
    expect(defaults.find((d) => d.key === 'node.id')).toBeUndefined();
    expect(defaults.find((d) => d.key === 'log.dirs')?.value).toBe('/tmp/kraft-combined-logs');
    expect(defaults.find((d) => d.key === 'controller.quorum.voters')?.value).toBe('1@localhost:29093');
  });
});

describe('image VOLUMEs (the images\' Dockerfiles)', () => {
  it.each([
    ['confluentinc/cp-kafka:7.6.1', ['/var/lib/kafka/data', '/etc/kafka/secrets']],
    ['confluentinc/cp-zookeeper:7.6.1', ['/var/lib/zookeeper/data', '/var/lib/zookeeper/log', '/etc/zookeeper/secrets']],
    ['apache/kafka:3.9.0', ['/etc/kafka/secrets', '/var/lib/kafka/data', '/mnt/shared/config']],
    ['apache/kafka-native:3.9.0', ['/etc/kafka/secrets', '/mnt/shared/config']],
    ['bitnami/kafka:4.1', []],
    ['zookeeper:3.9.4', ['/data', '/datalog', '/logs']],
  ])('%s', (image, volumes) => {
    expect(imageVolumes(image, imageFamily(image) as ImageFamily)).toEqual(volumes);
  });
});

describe('imageRelease: Kafka, ZooKeeper and Java from the tag and the image\'s Dockerfiles', () => {
  it.each([
    ['confluentinc/cp-kafka:5.4.1', { kafka: '2.4', java: 8 }],
    ['confluentinc/cp-kafka:6.2.1', { kafka: '2.8', java: 11 }],
    ['confluentinc/cp-server:7.4.0', { kafka: '3.4', java: 11 }],
    ['confluentinc/cp-kafka:7.6.1', { kafka: '3.6', java: 11 }],
    ['confluentinc/cp-kafka:7.7.0', { kafka: '3.7', java: 17 }],
    ['confluentinc/cp-kafka:7.9.0', { kafka: '3.9', java: 17 }],
    ['confluentinc/cp-kafka:8.0.0', { kafka: '4.0', java: 21 }],
    ['confluentinc/confluent-local:7.6.0', { kafka: '3.6', java: 11 }],
    ['confluentinc/cp-zookeeper:5.3.1', { zookeeper: '3.4' }],
    ['confluentinc/cp-zookeeper:5.5.0', { zookeeper: '3.5', java: 8 }],
    ['confluentinc/cp-zookeeper:7.4.0', { zookeeper: '3.6', java: 11 }],
    ['confluentinc/cp-zookeeper:7.6.1', { zookeeper: '3.8', java: 11 }],
    ['confluentinc/cp-kafka:latest', {}],
    ['apache/kafka:3.8.0', { kafka: '3.8.0', java: 21 }],
    ['apache/kafka:4.0.0', { kafka: '4.0.0' }],
    ['apache/kafka-native:3.8.0', { kafka: '3.8.0' }],
    ['bitnami/kafka:3.9', { kafka: '3.9', java: 17 }],
    ['bitnami/kafka:3.6', { kafka: '3.6' }],
    ['bitnami/kafka:4.1.0', { kafka: '4.1.0', java: 17 }],
    ['zookeeper:3.4.14', { zookeeper: '3.4.14', java: 8 }],
    ['zookeeper:3.7.1', { zookeeper: '3.7.1', java: 11 }],
    ['zookeeper:3.8.3', { zookeeper: '3.8.3' }],
    ['zookeeper:3.8.6-jre-17', { zookeeper: '3.8.6', java: 17 }],
    ['zookeeper:3.9', { zookeeper: '3.9' }],
    ['wurstmeister/kafka:2.13-2.8.1', { kafka: '2.8.1' }],
    ['quay.io/strimzi/kafka:0.45.0-kafka-3.9.0', { kafka: '3.9.0' }],
  ])('%s', (image, release) => {
    expect(imageRelease(image)).toEqual(release);
  });
});

import { describe, it, expect } from 'vitest';
import { resolveFacts } from '../../src/engine/context.js';
import { loadCluster } from '../../src/engine/load.js';
import { imageRelease, parseImageReference } from '../../src/deploy/images.js';

const facts = (files: { file: string; text: string }[]) => resolveFacts(loadCluster(files));

describe('image tags', () => {
  it.each([
    ['confluentinc/cp-kafka:7.4.0', { kafka: '3.4', java: 11 }],
    ['confluentinc/cp-server:6.2.1', { kafka: '2.8', java: 11 }],
    ['bitnami/kafka:3.6', { kafka: '3.6' }],
    ['docker.io/bitnami/kafka:3.7.0-debian-12-r3', { kafka: '3.7.0' }],
    ['apache/kafka:3.8.0', { kafka: '3.8.0', java: 21 }],
    ['wurstmeister/kafka:2.13-2.8.1', { kafka: '2.8.1' }],
    ['quay.io/strimzi/kafka:0.38.0-kafka-3.6.0', { kafka: '3.6.0' }],
    ['zookeeper:3.8', { zookeeper: '3.8' }],
    ['apache/kafka:latest', {}],
    ['my/kafka:1.0', {}],
  ])('%s', (image, release) => {
    expect(imageRelease(image)).toEqual(release);
  });
  it('splits registry, path and tag', () => {
    expect(parseImageReference('registry.example.com:5000/library/zookeeper:3.9@sha256:abc')).toEqual({ path: 'zookeeper', tag: '3.9' });
    expect(parseImageReference('docker.io/bitnami/kafka:3.6')).toEqual({ path: 'bitnami/kafka', tag: '3.6' });
    expect(parseImageReference('localhost:5000/kafka:1')).toEqual({ path: 'localhost:5000/kafka', tag: '1' });
    expect(parseImageReference('a./kafka')).toEqual({ path: 'a./kafka' });
  });
});

describe('resolved facts', () => {
  it('a Strimzi resource names its Kafka version and broker count', () => {
    const text = 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: my\nspec:\n  kafka:\n    version: 3.7.0\n    replicas: 3\n    listeners: []\n    storage:\n      type: ephemeral\n';
    const f = facts([{ file: 'kafka.yaml', text }]);
    expect([f.kafkaVersion.judged, f.kafkaVersion.release, f.kafkaVersion.older, f.kafkaVersion.origin.source]).toEqual(['3.9', '3.7.0', true, 'strimzi']);
    expect(f.brokerCount).toEqual({ value: 3, known: true, origin: { source: 'strimzi', detail: 'the replicas of the Strimzi resources' } });
  });
  it('a systemd unit names the Kafka release and the Java it runs on', () => {
    const unit = '[Service]\nEnvironment=JAVA_HOME=/usr/lib/jvm/java-11-openjdk-amd64\nExecStart=/opt/kafka_2.13-3.6.1/bin/kafka-server-start.sh /opt/kafka/config/server.properties\n';
    const f = facts([{ file: 'kafka.service', text: unit }, { file: 'server.properties', text: 'broker.id=1\nzookeeper.connect=zk:2181\n' }]);
    expect([f.kafkaVersion.release, f.kafkaVersion.origin.detail]).toEqual(['3.6.1', 'the path kafka_2.x-3.6.1 (kafka.service:3)']);
    expect([f.javaVersion.value, f.javaVersion.known]).toEqual([11, true]);
  });
  it.each([
    ['/usr/lib/jvm/java-1.8.0-openjdk/jre', 8],
    ['/opt/jdk1.8.0_202', 8],
    ['/opt/jdk-17.0.2', 17],
    ['/usr/lib/jvm/temurin-21-jdk-amd64', 21],
  ])('JAVA_HOME=%s is Java %i', (home, java) => {
    expect(facts([{ file: 'kafka-env.sh', text: `JAVA_HOME=${home}\nKAFKA_HEAP_OPTS="-Xmx1g"\n` }]).javaVersion.value).toBe(java);
  });
  it('nothing names Java: unknown', () => {
    expect(facts([{ file: 'server.properties', text: 'broker.id=1\n' }]).javaVersion).toEqual({ known: false, origin: { source: 'default', detail: 'no image, JAVA_HOME or java path names it' } });
  });
  it('the broker services of one compose file are the broker count', () => {
    const compose = 'services:\n  k1:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_BROKER_ID: 1\n  k2:\n    image: confluentinc/cp-kafka:7.6.1\n    environment:\n      KAFKA_BROKER_ID: 2\n';
    const f = facts([{ file: 'docker-compose.yml', text: compose }]);
    expect([f.brokerCount.value, f.brokerCount.known, f.brokerCount.origin.source]).toEqual([2, true, 'compose']);
  });
  it('a one-server ZooKeeper is a known ensemble of one; no zoo.cfg is unknown', () => {
    expect(facts([{ file: 'zoo.cfg', text: 'dataDir=/data\nclientPort=2181\n' }]).zookeeperEnsemble.servers).toEqual(['localhost:2181']);
    expect(facts([{ file: 'server.properties', text: 'broker.id=1\n' }]).zookeeperEnsemble.known).toBe(false);
    expect(facts([{ file: 'zoo.cfg.j2', text: 'dataDir=/data\n{% for h in zk %}\nserver.{{ loop.index }}={{ h }}:2888:3888\n{% endfor %}\n' }]).zookeeperEnsemble.known).toBe(false);
  });
  it('ZooKeeper mode without evidence assumes 3.9', () => {
    const f = facts([{ file: 'server.properties', text: 'broker.id=1\nzookeeper.connect=zk:2181\n' }]);
    expect([f.kafkaVersion.judged, f.kafkaVersion.known, f.kafkaVersion.origin.detail]).toEqual(['3.9', false, 'ZooKeeper mode, last supported by Kafka 3.9']);
  });
});

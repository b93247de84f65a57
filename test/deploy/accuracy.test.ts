/**
 * Issue 13's false alarms and misses in the deployment rules, each on a synthetic fixture
 * (test/fixtures/deployments/<case>/bad) and its good twin: the rule reports exactly these
 * findings on the one, and nothing on the other. The words of each message are checked by the
 * rule's own tests.
 */
import { describe, it, expect } from 'vitest';
import { lintFiles } from '../../src/engine/lint-files.js';
import { loadCluster } from '../../src/engine/load.js';
import { anchorOf } from '../../src/model/broker.js';
import type { Rule } from '../../src/engine/rule.js';
import type { BrokerConfig } from '../../src/model/types.js';
import { fixtureFiles } from './fixtures.js';
import ephemeralData from '../../rules/compose/ephemeral-data.js';
import ignoredVariable from '../../rules/compose/ignored-variable.js';
import portMapping from '../../rules/compose/port-mapping.js';
import sharedDataVolume from '../../rules/compose/shared-data-volume.js';
import notRead from '../../rules/deploy/not-read.js';
import obsoleteFlags from '../../rules/jvm/obsolete-flags.js';
import fileLimit from '../../rules/systemd/file-limit.js';
import duplicateDirective from '../../rules/systemd/duplicate-directive.js';
import listenerAuthentication from '../../rules/strimzi/listener-authentication.js';
import superUsers from '../../rules/strimzi/super-users.js';
import deleteClaim from '../../rules/strimzi/delete-claim.js';
import ignoredStorage from '../../rules/strimzi/ignored-storage.js';

/** One case: the rule, and the findings (message id, file, line) it gives on `bad`; none on `good`. */
const cases: { folder: string; rule: Rule; bad: [messageId: string, file: string, line: number][] }[] = [
  { folder: 'jvm-java-unknown', rule: obsoleteFlags, bad: [['refused-by-some-java', 'kafka-env.sh', 3]] },
  { folder: 'systemd-file-limit', rule: fileLimit, bad: [['low', 'kafka.service', 7]] },
  { folder: 'bitnami-legacy-names', rule: ignoredVariable, bad: [['bitnami-cfg-only', 'docker-compose.yml', 9]] },
  { folder: 'bitnami-no-volume', rule: ephemeralData, bad: [['in-container', 'docker-compose.yml', 3]] },
  { folder: 'start-overrides', rule: notRead, bad: [['start-config-missing', 'kafka.service', 8]] },
  { folder: 'compose-anchor', rule: ephemeralData, bad: [['in-container', 'docker-compose.yml', 9]] },
  { folder: 'jmx-port', rule: portMapping, bad: [['jmx-port-not-set', 'docker-compose.yml', 6]] },
  { folder: 'shared-data-volume', rule: sharedDataVolume, bad: [['shared-log-dir', 'docker-compose.yml', 4], ['shared-log-dir', 'docker-compose.yml', 4], ['shared-log-dir', 'docker-compose.yml', 4]] },
  { folder: 'anonymous-volume', rule: ephemeralData, bad: [['image-volume', 'docker-compose.yml', 3], ['image-volume', 'docker-compose.yml', 3], ['anonymous-volume', 'docker-compose.yml', 7]] },
  { folder: 'duplicate-directive', rule: duplicateDirective, bad: [['overridden', 'kafka.service', 6]] },
  { folder: 'strimzi-listener-auth', rule: listenerAuthentication, bad: [['open-to-all', 'kafka.yaml', 19]] },
  { folder: 'strimzi-super-users', rule: superUsers, bad: [['anonymous-super-user', 'kafka.yaml', 21]] },
  { folder: 'strimzi-delete-claim', rule: deleteClaim, bad: [['node-pool', 'pool.yaml', 14]] },
  { folder: 'strimzi-kraft-metadata', rule: ignoredStorage, bad: [['kraft-metadata-volumes', 'pool.yaml', 21]] },
  { folder: 'strimzi-ignored-storage', rule: ignoredStorage, bad: [['kafka-storage', 'kafka.yaml', 17]] },
];

describe('issue 13 in the deployment rules: the rule is right on the fixture and quiet on its twin', () => {
  for (const { folder, rule, bad } of cases) {
    it(`${folder}: ${rule.meta.id}`, () => {
      const found = lintFiles(fixtureFiles(`deployments/${folder}/bad`), { ruleSet: [rule] }).findings;
      expect(found.map((f) => [f.messageId, f.file, f.line])).toEqual(bad);
      expect(lintFiles(fixtureFiles(`deployments/${folder}/good`), { ruleSet: [rule] }).findings).toEqual([]);
    });
  }
});

describe('what the deployment readers make of the fixtures', () => {
  const broker = (folder: string, file?: string): BrokerConfig => {
    const cluster = loadCluster(fixtureFiles(`deployments/${folder}`));
    return (file === undefined ? cluster.brokers[0] : cluster.brokers.find((b) => b.file === file)) as BrokerConfig;
  };

  it('bitnami/kafka reads KAFKA_ZOOKEEPER_CONNECT and KAFKA_BROKER_ID (libkafka.sh aliases)', () => {
    const node = broker('bitnami-legacy-names/good');
    expect(node.settings.get('zookeeper.connect')).toMatchObject({ value: 'zookeeper:2181', writtenAs: 'KAFKA_ZOOKEEPER_CONNECT', keySpan: { line: 8 } });
    expect(node.nodeId).toBe(1);
  });

  it('bitnami/kafka 4.1 fills in controller.quorum.bootstrap.servers (kafka-env.sh), so the node is complete without voters', () => {
    const node = broker('bitnami-4-1-readme/good');
    expect(node.settings.get('controller.quorum.bootstrap.servers')?.value).toBe('localhost:9093');
    expect(node.partial).toBeUndefined();
  });

  it('--override settings of a unit join the node of the file it starts, at the unit line', () => {
    const node = broker('start-overrides/good', 'broker1.properties');
    expect(node.settings.get('listeners')).toMatchObject({ value: 'PLAINTEXT://:9092', file: 'kafka.service', keySpan: { line: 8, column: 89 } });
    expect(node.listeners?.value?.map((l) => l.port)).toEqual([9092]);
    expect(node.settings.get('broker.id')?.file).toBe('broker1.properties');
  });

  it('--override settings of a start script, with the variables the script sets', () => {
    const node = broker('start-overrides/good', 'brokers/b0/config/server.properties');
    expect(node.settings.get('listeners')).toMatchObject({ value: 'SSL://10.0.0.10:9093', file: 'cli/b0-start.sh', keySpan: { line: 4 } });
  });

  it('a compose-built node anchors findings about unset keys at its service', () => {
    const cluster = loadCluster(fixtureFiles('deployments/compose-anchor/bad'));
    const kafka = cluster.brokers[0] as BrokerConfig;
    expect(anchorOf(kafka, 'log.dirs')).toEqual({ file: 'docker-compose.yml', span: expect.objectContaining({ line: 9, column: 3 }) });
    expect(anchorOf(cluster.zookeeper[0]!, 'autopurge.purgeInterval')).toEqual({ file: 'docker-compose.yml', span: expect.objectContaining({ line: 2, column: 3 }) });
  });

  it('a Strimzi-built node anchors at its resource', () => {
    const cluster = loadCluster(fixtureFiles('deployments/strimzi-ignored-storage/good'));
    expect(anchorOf(cluster.brokers[0]!, 'num.partitions')).toEqual({ file: 'kafka.yaml', span: expect.objectContaining({ line: 2 }) });
  });
});

/**
 * The image causes of issue 12 on their fixtures (test/fixtures/unseen-patterns): images named
 * through unset variables, by a registry prefix or a vendor's repository, a local build, and a
 * properties file apache/kafka merges with its environment. Every service is either read (with
 * what it runs on) or named in an info finding; none gives an error.
 */
import { describe, it, expect } from 'vitest';
import { lintFiles } from '../../src/engine/lint-files.js';
import { loadCluster } from '../../src/engine/load.js';
import { deploymentsOf } from '../../src/deploy/load.js';
import type { Rule } from '../../src/engine/rule.js';
import type { BrokerConfig } from '../../src/model/types.js';
import { fixtureFiles } from './fixtures.js';
import notRead from '../../rules/deploy/not-read.js';
import syntax from '../../rules/deploy/syntax.js';
import ephemeralData from '../../rules/compose/ephemeral-data.js';
import ignoredVariable from '../../rules/compose/ignored-variable.js';
import portMapping from '../../rules/compose/port-mapping.js';
import sharedDataVolume from '../../rules/compose/shared-data-volume.js';
import obsoleteFlags from '../../rules/jvm/obsolete-flags.js';

const rules: readonly Rule[] = [notRead, syntax, ephemeralData, ignoredVariable, portMapping, sharedDataVolume, obsoleteFlags];

describe('unresolved-images', () => {
  const files = fixtureFiles('unseen-patterns/unresolved-images');
  const compose = deploymentsOf(loadCluster(files), 'compose')[0];
  const service = (name: string) => compose?.services.find((s) => s.name === name);

  it('reads each service as compose would run it, or says what it could not read', () => {
    expect(service('zookeeper')).toMatchObject({ image: '/cp-zookeeper', family: 'cp-zookeeper', node: { kind: 'zookeeper' } });
    expect(service('broker')).toMatchObject({ image: 'confluentinc/cp-server', family: 'cp-kafka', node: { kind: 'broker', nodeId: 1 } });
    expect(service('connect-kafka')).toMatchObject({ family: 'cp-kafka', assumedFamily: true, node: { kind: 'broker', partial: true } });
    expect(service('local')).toMatchObject({ family: 'confluent-local', node: { kind: 'broker', nodeId: 1 } });
    expect(service('custom')).toMatchObject({ built: true, assumedFamily: true, node: { kind: 'broker', nodeId: 9, partial: true } });
    expect(service('exotic')?.node).toBeUndefined();
  });

  it('gives no error, and an info finding for each variable compose leaves empty and each image it only assumed', () => {
    const found = lintFiles(files, { ruleSet: rules }).findings;
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
    expect(found.filter((f) => f.ruleId === 'deploy/not-read').map((f) => [f.messageId, f.line])).toEqual([
      ['image-variable-unset', 4],
      ['image-variable-unset', 4],
      ['image-variable-unset', 8],
      ['image-variable-unset', 8],
      ['image-variable-unset', 15],
      ['assumed-convention', 15],
      ['built-image', 23],
    ]);
  });
});

describe('image-merged-properties', () => {
  const files = fixtureFiles('unseen-patterns/image-merged-properties');

  it('reads the mounted server.properties as part of the service, not as a broker of its own', () => {
    const cluster = loadCluster(files);
    expect(cluster.brokers).toHaveLength(1);
    const node = cluster.brokers[0] as BrokerConfig;
    expect(node.file).toBe('docker-compose.yml');
    expect(node.nodeId).toBe(1);
    expect(node.settings.get('log.retention.hours')).toMatchObject({ file: 'server.properties', keySpan: { line: 6 } });
    expect(node.properties?.file).toBe('server.properties');
    expect(deploymentsOf(cluster, 'compose')[0]?.services[0]?.mountedConfig).toBe('server.properties');
  });

  it('keeps the file with its compose stack when host configs are beside it', () => {
    const result = lintFiles([...files, { file: 'vm/server.properties', text: 'broker.id=7\nzookeeper.connect=zk:2181\n' }], { ruleSet: rules });
    expect(result.clusters.map((c) => c.files)).toEqual([['docker-compose.yml', 'server.properties'], ['vm/server.properties']]);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('java8-image', () => {
  it('judges the GC logging flags of Confluent Platform 5.4 against its Java 8: they are accepted there', () => {
    const result = lintFiles(fixtureFiles('unseen-patterns/java8-image'), { ruleSet: rules });
    expect(result.clusters[0]?.facts.javaVersion).toMatchObject({ value: 8, known: true });
    expect(result.findings.filter((f) => f.ruleId === 'jvm/obsolete-flags')).toEqual([]);
  });
});

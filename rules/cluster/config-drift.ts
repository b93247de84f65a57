import { defineRule } from '../../src/engine/rule.js';
import { anchorOf, brokerClusters, effectiveSetting, hasUnresolvedTemplate, isBrokerRole } from '../../src/model/broker.js';
import { machineKey } from '../../src/model/zookeeper.js';
import { fileList } from '../../src/model/kraft.js';
import { effectiveSecurityProtocolMap } from '../../src/model/listeners.js';
import type { KafkaVersion } from '../../src/engine/finding.js';
import type { BrokerConfig } from '../../src/model/types.js';

/** What must match on every broker, and why. */
const KEYS: [key: string, why: string][] = [
  ['default.replication.factor', 'topics get a different replication depending on which broker handles the create request'],
  ['min.insync.replicas', 'the durability of acks=all writes depends on which broker leads the partition'],
  ['num.partitions', 'auto-created topics get a different partition count depending on the broker'],
  ['log.dirs', 'the same log directory names on every broker keep mounts, tooling and monitoring uniform'],
  ['inter.broker.listener.name', 'brokers must reach each other over the same listener'],
  ['security.inter.broker.protocol', 'brokers must speak the same protocol to each other'],
  ['sasl.mechanism.inter.broker.protocol', 'brokers must authenticate to each other with the same mechanism'],
  ['listener.security.protocol.map', 'the inter-broker listener must use the same security protocol on every broker'],
  ['zookeeper.connect', 'brokers must use the same ZooKeeper ensemble'],
];

function comparable(broker: BrokerConfig, key: string, version: KafkaVersion): string | undefined {
  if (key === 'zookeeper.connect') {
    const connect = broker.zookeeperConnect;
    if (!connect?.value || hasUnresolvedTemplate(connect.entry.value)) return undefined;
    return connect.value.hosts.map((h) => `${h.host.toLowerCase()}:${h.port}`).sort().join(',');
  }
  if (key === 'log.dirs') {
    const dirs = broker.logDirs;
    if (!dirs?.value || hasUnresolvedTemplate(dirs.entry.value)) return undefined;
    return [...dirs.value].sort().join(',');
  }
  // Listener names differ per deployment; what must match is the inter-broker listener's protocol.
  if (key === 'listener.security.protocol.map') {
    const name = broker.settings.get('inter.broker.listener.name')?.value.trim().toUpperCase();
    const protocol = name ? effectiveSecurityProtocolMap(broker, version)?.get(name) : undefined;
    return name && protocol && !hasUnresolvedTemplate(name) ? `${name}:${protocol}` : undefined;
  }
  // The mechanism matters only where a broker chose SASL, so defaults are not compared.
  if (key === 'sasl.mechanism.inter.broker.protocol' && !broker.settings.has(key)) return undefined;
  const setting = effectiveSetting(broker, key, version);
  if (!setting || setting.value === null) return undefined;
  const value = Array.isArray(setting.value) ? setting.value.join(',') : String(setting.value);
  return key === 'inter.broker.listener.name' ? value.toUpperCase() : value;
}

export default defineRule({
  meta: {
    id: 'cluster/config-drift',
    severity: 'warning',
    category: 'outage-risk',
    fileKinds: ['broker'],
    description: 'Brokers of one cluster disagree on settings that must match: replication defaults, min.insync.replicas, num.partitions, log directory names, inter-broker listener and security, ZooKeeper hosts.',
    rationale:
      'Brokers are interchangeable only when they share these settings. When they drift, behaviour depends on which broker handles a request or leads a partition, inter-broker connections fail after a restart, or brokers end up in different ZooKeeper ensembles. Drift usually comes from editing one file and forgetting the others. Log directory names are kafka-lint\'s advice, for uniform mounts, tooling and monitoring; they are compared only between brokers on different, known hosts, since brokers sharing a machine need different directories. Brokers that share no ZooKeeper host are separate clusters and are not compared.',
    fix: 'Set the same value on every broker; keep per-broker differences to broker.id/node.id, listeners, advertised.listeners and broker.rack.',
    references: [
      { title: 'Kafka 4.3 documentation, broker configs: inter.broker.listener.name, listener.security.protocol.map, security.inter.broker.protocol', url: 'https://kafka.apache.org/documentation/#brokerconfigs' },
    ],
    examples: {
      bad: [{
        file: 'kafka1/server.properties',
        text: 'broker.id=1\nzookeeper.connect=zk1:2181\nmin.insync.replicas=2\n',
        cluster: [
          { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181\nmin.insync.replicas=2\n' },
          { file: 'kafka3/server.properties', text: 'broker.id=3\nzookeeper.connect=zk1:2181\nmin.insync.replicas=1\n' },
        ],
      }],
      good: [{
        file: 'kafka1/server.properties',
        text: 'broker.id=1\nzookeeper.connect=zk1:2181\nmin.insync.replicas=2\n',
        cluster: [{ file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181\nmin.insync.replicas=2\n' }],
      }],
    },
  },
  check(ctx) {
    for (const brokers of brokerClusters(ctx.cluster.brokers.filter(isBrokerRole))) {
      if (brokers.length < 2) continue;
      // Brokers sharing a machine (or on unknown ones) need different directories.
      const machines = brokers.map((b) => (b.host === undefined ? undefined : machineKey(b.host)));
      const distinctHosts = machines.every((m, i) => m !== undefined && m !== 'localhost' && machines.indexOf(m) === i);
      for (const [key, why] of KEYS) {
        if (key === 'log.dirs' && !distinctHosts) continue;
        const groups = new Map<string, BrokerConfig[]>();
        let explicit = false;
        for (const b of brokers) {
          const value = comparable(b, key, ctx.kafkaVersion);
          if (value === undefined) continue;
          explicit ||= b.settings.has(key) || (key === 'log.dirs' && b.settings.has('log.dir'));
          groups.set(value, [...(groups.get(value) ?? []), b]);
        }
        if (!explicit || groups.size < 2) continue;
        const [majority] = [...groups].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
        for (const [value, members] of groups) {
          if (value === majority) continue;
          const others = [...groups].filter(([v]) => v !== value).map(([v, m]) => `'${v}' on ${fileList(m)}`).join('; ');
          for (const b of members) {
            ctx.report({
              ...anchorOf(b, key, key === 'log.dirs' ? 'log.dir' : key),
              message: `${key === 'listener.security.protocol.map' ? "The inter-broker listener's protocol (listener.security.protocol.map)" : key} is '${value}' here${b.settings.has(key) || key === 'log.dirs' ? '' : ' (the default)'} but ${others}: ${why}. Use one value on every broker${majority !== undefined ? ` (most use '${majority}')` : ''}.`,
            });
          }
        }
      }
    }
  },
});

import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { addTo } from '../../src/core/maps.js';
import { anchorOf, brokerClusters, isBrokerRole } from '../../src/model/broker.js';
import { knownValue } from '../../src/model/settings.js';
import { machineKey } from '../../src/model/zookeeper.js';
import { fileList } from '../../src/model/kraft.js';
import { effectiveSecurityProtocolMap } from '../../src/model/listeners.js';
import type { BrokerConfig } from '../../src/model/types.js';

/** What must match on every broker: the key, its message id, and why. */
const KEYS = [
  ['default.replication.factor', 'default-replication-factor', 'topics get a different replication depending on which broker handles the create request'],
  ['min.insync.replicas', 'min-insync-replicas', 'the durability of acks=all writes depends on which broker leads the partition'],
  ['num.partitions', 'num-partitions', 'auto-created topics get a different partition count depending on the broker'],
  ['log.dirs', 'log-dirs', 'the same log directory names on every broker keep mounts, tooling and monitoring uniform'],
  ['inter.broker.listener.name', 'inter-broker-listener-name', 'brokers must reach each other over the same listener'],
  ['security.inter.broker.protocol', 'security-inter-broker-protocol', 'brokers must speak the same protocol to each other'],
  ['sasl.mechanism.inter.broker.protocol', 'sasl-mechanism-inter-broker-protocol', 'brokers must authenticate to each other with the same mechanism'],
  ['listener.security.protocol.map', 'inter-broker-listener-protocol', 'the inter-broker listener must use the same security protocol on every broker'],
  ['zookeeper.connect', 'zookeeper-connect', 'brokers must use the same ZooKeeper ensemble'],
] as const;

type DriftMessage = (typeof KEYS)[number][1];

const MESSAGES = Object.fromEntries(
  KEYS.map(([key, id, why]) => [
    id,
    {
      severity: 'warning' as const,
      text: `${key === 'listener.security.protocol.map' ? "The inter-broker listener's protocol (listener.security.protocol.map)" : key} is {{value}} here{{isDefault}} but {{others}}: ${why}. Use one value on every broker{{majority}}.`,
    },
  ]),
) as Record<DriftMessage, { severity: 'warning'; text: string }>;

function comparable(broker: BrokerConfig, key: string, ctx: RuleContext): string | undefined {
  if (key === 'zookeeper.connect') {
    const connect = broker.zookeeperConnect?.value;
    return connect?.hosts.map((h) => `${h.host.toLowerCase()}:${h.port}`).sort().join(',');
  }
  if (key === 'log.dirs') {
    const dirs = broker.logDirs?.value;
    return dirs && [...dirs].sort().join(',');
  }
  // Listener names differ per deployment; what must match is the inter-broker listener's protocol.
  if (key === 'listener.security.protocol.map') {
    const name = knownValue(ctx.setting(broker, 'inter.broker.listener.name'));
    const upper = typeof name === 'string' && name !== '' ? name.toUpperCase() : undefined;
    const protocol = upper ? effectiveSecurityProtocolMap(broker, ctx.kafkaVersion)?.get(upper) : undefined;
    return upper && protocol ? `${upper}:${protocol}` : undefined;
  }
  const read = ctx.setting(broker, key);
  // The mechanism matters only where a broker chose SASL, so defaults are not compared.
  if (key === 'sasl.mechanism.inter.broker.protocol' && read.state !== 'set') return undefined;
  const value = knownValue(read);
  if (value === undefined || value === null) return undefined;
  const text = Array.isArray(value) ? value.join(',') : String(value);
  return key === 'inter.broker.listener.name' ? text.toUpperCase() : text;
}

export default defineRule({
  meta: {
    id: 'cluster/config-drift',
    category: 'outage-risk',
    fileKinds: ['broker'],
    description: 'Brokers of one cluster disagree on settings that must match: replication defaults, min.insync.replicas, num.partitions, log directory names, inter-broker listener and security, ZooKeeper hosts.',
    rationale:
      'Brokers are interchangeable only when they share these settings. When they drift, behaviour depends on which broker handles a request or leads a partition, inter-broker connections fail after a restart, or brokers end up in different ZooKeeper ensembles. Drift usually comes from editing one file and forgetting the others. The same log directory names on every broker is operational advice (uniform mounts, tooling and monitoring), not a Kafka requirement; they are compared only between brokers on different, known hosts, since brokers sharing a machine need different directories. Brokers that share no ZooKeeper host are separate clusters and are not compared.',
    fix: 'Set the same value on every broker; keep per-broker differences to broker.id/node.id, listeners, advertised.listeners and broker.rack.',
    references: [
      { title: 'Apache Kafka documentation: broker configs (inter.broker.listener.name, security.inter.broker.protocol, listener.security.protocol.map, zookeeper.connect)', url: 'https://kafka.apache.org/39/documentation.html#brokerconfigs' },
      { title: 'Apache Kafka documentation: topic-level defaults a broker applies to the topics it creates (default.replication.factor, num.partitions, min.insync.replicas)', url: 'https://kafka.apache.org/documentation/#topicconfigs' },
    ],
    messages: MESSAGES,
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
      const distinctHosts = machines.every((m) => m !== undefined && m !== 'localhost') && new Set(machines).size === machines.length;
      for (const [key, messageId] of KEYS) {
        if (key === 'log.dirs' && !distinctHosts) continue;
        const groups = new Map<string, BrokerConfig[]>();
        let explicit = false;
        for (const b of brokers) {
          const value = comparable(b, key, ctx);
          if (value === undefined) continue;
          explicit ||= b.settings.has(key) || (key === 'log.dirs' && b.settings.has('log.dir'));
          addTo(groups, value, b);
        }
        if (!explicit || groups.size < 2) continue;
        const [majority] = [...groups].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
        for (const [value, members] of groups) {
          if (value === majority) continue;
          const others = [...groups].filter(([v]) => v !== value).map(([v, m]) => `'${v}' on ${fileList(m)}`).join('; ');
          for (const b of members) {
            ctx.report({
              ...anchorOf(b, key, key === 'log.dirs' ? 'log.dir' : key),
              messageId,
              data: {
                value: `'${value}'`,
                isDefault: b.settings.has(key) || key === 'log.dirs' ? '' : ' (the default)',
                others,
                majority: majority !== undefined ? ` (most use '${majority}')` : '',
              },
            });
          }
        }
      }
    }
  },
});

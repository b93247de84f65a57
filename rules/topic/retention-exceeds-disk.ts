import { defineRule } from '../../src/engine/rule.js';
import { deploymentsOf, topicsOf } from '../../src/deploy/load.js';
import { strimziBrokerDisks } from '../../src/deploy/strimzi.js';
import { cleanupPolicies, isTiered, topicConfigNumber } from '../../src/deploy/topics.js';
import { CAPACITY_DEFAULTS } from '../../src/capacity/input.js';
import { workloadStorage } from '../../src/capacity/model.js';
import { formatBytes, formatDuration, formatRate, parseByteRate, parseBytes } from '../../src/capacity/units.js';
import type { ConfigEntry } from '../../src/parse/entry.js';
import type { TopicDefinition } from '../../src/model/types.js';

/** Kafka's default retention.ms (log.retention.hours=168). */
const DEFAULT_RETENTION_MS = 604_800_000;

/** A size or rate option: a number of bytes (per second), or text with a unit. */
function optionBytes(value: unknown, parse: (text: string) => number): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  try {
    return parse(value);
  } catch {
    return undefined;
  }
}

/** What one topic keeps on the brokers' disks at full retention, all replicas. */
interface Retained {
  topic: TopicDefinition;
  bytes: number;
  /** The line the figure rests on: retention.bytes, or the name when a write rate drives it. */
  entry: ConfigEntry;
  basis: string;
}

/**
 * A topic's local storage at full retention with the planner's formula (data, indexes, open
 * segments, the storage allowance), times its replication factor; undefined when nothing bounds
 * it: no retention.bytes and no write rate given, compaction without deletion, or no limit.
 */
function retained(topic: TopicDefinition, write: number | undefined): Retained | undefined {
  const partitions = topic.partitionCount;
  const rf = topic.replicationFactor;
  if (partitions === undefined || partitions < 1 || rf === undefined || rf < 1) return undefined;
  if (!cleanupPolicies(topic).includes('delete')) return undefined;
  // With tiered storage the brokers keep the local part: local.retention.* (-2: as retention.*).
  const tiered = isTiered(topic);
  const limit = (key: 'bytes' | 'ms') => {
    const local = tiered ? topicConfigNumber(topic, `local.retention.${key}`) : undefined;
    return local && local.value !== -2 ? local : topicConfigNumber(topic, `retention.${key}`);
  };
  const bytes = limit('bytes');
  const ms = limit('ms');
  const perPartition = bytes && bytes.value >= 0 ? bytes.value : undefined;
  const retentionMs = ms ? (ms.value >= 0 ? ms.value : undefined) : DEFAULT_RETENTION_MS;
  if (perPartition === undefined && (write === undefined || retentionMs === undefined)) return undefined;
  const settings = {
    segmentBytes: topicConfigNumber(topic, 'segment.bytes')?.value ?? CAPACITY_DEFAULTS.segmentBytes.value,
    // Kafka refuses segment.ms below 1 (topic/invalid-value says so); at 0 the open-segment term would be undefined.
    segmentMs: Math.max(1, topicConfigNumber(topic, 'segment.ms')?.value ?? CAPACITY_DEFAULTS.segmentMs.value),
    storageOverhead: CAPACITY_DEFAULTS.storageOverhead.value,
  };
  // Without a write rate the topic fills its retention.bytes: time does not bound it (and an infinite rate times 0 ms is no number).
  const byTime = write !== undefined && retentionMs !== undefined ? { retentionMs } : {};
  const workload = { writeAvg: write ?? Infinity, ...byTime, ...(perPartition !== undefined ? { retentionBytesPerPartition: perPartition } : {}) };
  const copy = workloadStorage(settings, workload, partitions);
  const byBytes = perPartition !== undefined && (write === undefined || retentionMs === undefined || partitions * perPartition <= (write * retentionMs) / 1000);
  const basis = byBytes
    ? `${partitions} partitions × retention.bytes ${formatBytes(perPartition as number)}`
    : `${formatRate(write as number)} × retention.ms ${ms ? '' : '(Kafka\'s default) '}${formatDuration(retentionMs as number)}`;
  return { topic, bytes: (copy.data + copy.overhead) * rf, entry: byBytes && bytes ? bytes.entry : (ms?.entry ?? topic.nameEntry), basis: `${basis}, plus the larger of ${Math.round(settings.storageOverhead * 100)}% or its indexes and open segments, × replication factor ${rf}` };
}

export default defineRule({
  meta: {
    id: 'topic/retention-exceeds-disk',
    category: 'outage-risk',
    fileKinds: ['topics', 'strimzi'],
    facts: ['brokerCount'],
    description: "The topics in view keep more at full retention than the brokers' disks hold (warning), or more than the share of the disks the capacity planner fills (info).",
    rationale:
      "A partition keeps its data until retention.ms or retention.bytes (per partition, whole segments at a time) lets Kafka delete it, so at full retention a topic holds up to partitions × retention.bytes, or its write rate × retention.ms, on each replica. When the topics together need more than the brokers' disks hold, a disk fills before retention deletes anything: Kafka marks the log directory offline (KafkaStorageException), its partitions go offline on that broker, and a broker with a single log directory stops. The figures are kafka-lint plan's own (the same workloadStorage: data, indexes, open segments, and a 10% allowance from Kafka: The Definitive Guide), and the planner keeps disks at most 70% full. The disks are known from a Strimzi cluster's storage sizes (persistent-claim size, JBOD volumes, node pool replicas) or the rule option diskPerBroker with the broker count; write rates come from the rule option write (per topic; topic files hold no traffic). The result rests on the data reaching its retention: a warning.",
    fix: 'Lower retention.bytes or retention.ms on the largest topics, or give the brokers more or larger disks; `kafka-lint plan --topics DIR --input rates.json` sizes the cluster for the topics.',
    references: [
      { title: 'Apache Kafka documentation: retention.bytes and retention.ms (topic configs)', url: 'https://kafka.apache.org/documentation/#topicconfigs_retention.bytes' },
      { title: 'Kafka 4.4.0 LogDirFailureChannel / ReplicaManager.handleLogDirFailure (a failed log directory goes offline)', url: 'https://github.com/apache/kafka/blob/4.4.0/storage/src/main/java/org/apache/kafka/storage/internals/log/LogDirFailureChannel.java' },
      { title: 'Strimzi documentation: configuring storage (persistent-claim size, JBOD volumes)', url: 'https://strimzi.io/docs/operators/latest/deploying#assembly-storage-str' },
    ],
    messages: {
      'exceeds-disk': {
        severity: 'warning',
        text: '{{inView}} up to {{total}} at full retention, more than the {{disk}} of {{brokers}} brokers\' disks ({{diskBasis}}): a disk fills before retention deletes, and Kafka takes its log directory offline. \'{{topic}}\' keeps the most, {{topicBytes}} ({{basis}}).{{uncounted}} Lower retention on the largest topics or add disk; `kafka-lint plan --topics` sizes the cluster.',
      },
      'above-fill': {
        severity: 'info',
        text: '{{inView}} up to {{total}} at full retention, {{percent}}% of the {{disk}} of {{brokers}} brokers\' disks ({{diskBasis}}): above the {{fill}}% kafka-lint plan fills, which leaves room for a broker\'s recovery and a rebalance. \'{{topic}}\' keeps the most, {{topicBytes}} ({{basis}}).{{uncounted}}',
      },
    },
    options: (z) =>
      z.strictObject({
        diskPerBroker: z.union([z.number().positive(), z.string().refine((s) => optionBytes(s, parseBytes) !== undefined, 'a size with its unit, such as "2 TiB"')]).optional(),
        write: z.record(z.string(), z.union([z.number().nonnegative(), z.string().refine((s) => optionBytes(s, parseByteRate) !== undefined, 'a rate with its unit, such as "5 MB/s"')])).optional(),
      }),
    examples: {
      bad: [
        {
          file: 'kafka.yaml',
          text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: shop\nspec:\n  kafka:\n    replicas: 3\n    storage:\n      type: persistent-claim\n      size: 100Gi\n---\napiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\n  labels:\n    strimzi.io/cluster: shop\nspec:\n  partitions: 12\n  replicas: 3\n  config:\n    retention.bytes: 32212254720\n',
        },
      ],
      good: [
        {
          file: 'kafka.yaml',
          text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata:\n  name: shop\nspec:\n  kafka:\n    replicas: 3\n    storage:\n      type: persistent-claim\n      size: 100Gi\n---\napiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\n  labels:\n    strimzi.io/cluster: shop\nspec:\n  partitions: 12\n  replicas: 3\n  config:\n    retention.bytes: 1073741824\n',
        },
      ],
    },
  },
  check(ctx) {
    const disks = strimziBrokerDisks(deploymentsOf(ctx.cluster, 'strimzi'));
    const perBroker = optionBytes(ctx.options['diskPerBroker'], parseBytes);
    const brokers = ctx.brokerCount.value;
    // One Strimzi cluster's disks, or the stated size per broker times a broker count that is known.
    const strimzi = disks.length === 1 ? disks[0] : undefined;
    const disk =
      strimzi
        ? { bytes: strimzi.bytes, brokers: strimzi.brokers, basis: strimzi.pools.map((p) => `${p.replicas} × ${p.sizes.length === 1 ? p.sizes[0] : `(${p.sizes.join(' + ')})`} at ${p.size.file}:${p.size.keySpan?.line ?? 1}`).join(', ') }
        : perBroker !== undefined && brokers !== undefined && !ctx.brokerCount.atLeast
          ? { bytes: perBroker * brokers, brokers, basis: `option diskPerBroker ${String(ctx.options['diskPerBroker'])} × ${brokers} brokers` }
          : undefined;
    if (!disk) return;
    const writes = (ctx.options['write'] ?? {}) as Record<string, unknown>;
    // A topic both in files and in the running cluster counts once, as the files define it.
    const all = topicsOf(ctx.cluster);
    const inFiles = new Set(all.filter((t) => t.source !== 'cluster').map((t) => t.name));
    // On a Strimzi cluster's disks, its own KafkaTopics only (label strimzi.io/cluster).
    const topics = all.filter((t) => (t.source !== 'cluster' || !inFiles.has(t.name)) && (!strimzi || t.cluster === undefined || t.cluster === strimzi.cluster));
    const counted: Retained[] = [];
    for (const topic of topics) {
      const write = Object.prototype.hasOwnProperty.call(writes, topic.name) ? optionBytes(writes[topic.name], parseByteRate) : undefined;
      const r = retained(topic, write);
      if (r) counted.push(r);
    }
    if (counted.length === 0) return;
    const total = counted.reduce((n, r) => n + r.bytes, 0);
    const fill = CAPACITY_DEFAULTS.diskFill.value;
    if (total <= disk.bytes * fill) return;
    const largest = counted.reduce((a, r) => (r.bytes > a.bytes ? r : a));
    const left = topics.length - counted.length;
    const uncounted = left > 0 ? ` ${left} other topic${left === 1 ? '' : 's'} (no retention.bytes and no write rate in the rule option write, compacted only, or without a limit) ${left === 1 ? 'is' : 'are'} not counted.` : '';
    const data = {
      inView: counted.length === 1 ? 'The one topic counted keeps' : `The ${counted.length} topics counted keep`,
      total: formatBytes(total),
      disk: formatBytes(disk.bytes),
      brokers: disk.brokers,
      diskBasis: disk.basis,
      topic: largest.topic.name,
      topicBytes: formatBytes(largest.bytes),
      basis: largest.basis,
      uncounted,
      percent: Math.round((total / disk.bytes) * 100),
      fill: Math.round(fill * 100),
    };
    ctx.report({ entry: largest.entry, part: 'value', messageId: total > disk.bytes ? 'exceeds-disk' : 'above-fill', data });
  },
});

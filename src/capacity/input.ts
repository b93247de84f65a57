/**
 * The planner's input: its TypeScript shape, the error that reports bad input, and the
 * defaults it fills in (each with its source, so the report can list what it assumed). The zod
 * schema that checks it is in schema.ts, loaded only when a plan is made.
 */
import type { BrokerProfile } from './hardware.js';

/** A size: bytes as a number, or a string with a unit (`"2 TiB"`, `"400 B"`). */
export type Size = number | string;
/** A data rate: bytes per second as a number, or a string (`"50 MB/s"`, `"1 Gbit/s"`, `"1 TB/d"`). */
export type Rate = number | string;
/** A duration: milliseconds as a number, or a string (`"7d"`, `"36h"`, `"500 ms"`). */
export type Duration = number | string;

/**
 * What producers send, before compression: a byte rate (`avgBytesPerSec`, optional
 * `peakBytesPerSec`) or a message rate (`messagesPerSec` × `messageBytes`, optional
 * `peakMessagesPerSec`). Throughput constraints use the peak; storage uses the average.
 */
export interface WriteInput {
  /** Average producer rate before compression. */
  avgBytesPerSec?: Rate;
  /** Peak producer rate before compression; default the average (with a warning). */
  peakBytesPerSec?: Rate;
  /** Average messages per second (with `messageBytes`). */
  messagesPerSec?: number;
  /** Average message size before compression. */
  messageBytes?: Size;
  /** Peak messages per second. */
  peakMessagesPerSec?: number;
}

/** `retention.ms` and/or `retention.bytes` (per partition, as Kafka applies it). At least one. */
export interface RetentionInput {
  /** `retention.ms`. */
  ms?: Duration;
  /** `retention.bytes`: a limit per partition, not per topic. */
  bytesPerPartition?: Size;
}

/**
 * One topic's workload. Fields left out take the cluster-wide value of the same name
 * (`replicationFactor`, `readFanout`, `compressionRatio`, `retention`).
 */
export interface TopicInput {
  /** The topic's name, unique among `topics`. */
  name: string;
  /** What producers send to this topic. */
  write: WriteInput;
  /** This topic's retention; required unless the topic is compacted or a cluster-wide `retention` is given. */
  retention?: RetentionInput;
  /** `replication.factor` of this topic. */
  replicationFactor?: number;
  /** Partitions of this topic; default from `partitionThroughput`, else one per broker. */
  partitions?: number;
  /** Consumer groups reading every message of this topic. */
  readFanout?: number;
  /** Stored bytes / raw bytes for this topic, in (0, 1]. */
  compressionRatio?: number;
  /** Tiered storage for this topic: `local.retention.ms`, at most `retention.ms`. */
  localRetentionMs?: Duration;
  /**
   * `cleanup.policy=compact`: the topic keeps the latest record of each key, sized from `keys`.
   * With a `retention` too it is `compact,delete`, and the smaller size holds.
   */
  compacted?: boolean;
  /** A compacted topic's key space: distinct keys and the size of one record (default `write.messageBytes`). */
  keys?: {
    /** Distinct keys alive at once. */
    count: number;
    /** One record as produced, before compression. */
    recordBytes?: Size;
  };
  /** `min.cleanable.dirty.ratio`, in (0, 1). Default 0.5 (Kafka's default). */
  minCleanableDirtyRatio?: number;
}

/**
 * Everything {@link planCapacity} needs to size a cluster. Required: `write` and `retention`
 * (or `topics`), `replicationFactor` and `broker.diskBytes`; every other field has a default
 * whose source docs/capacity.md names, and the plan lists the defaults it used.
 */
export interface CapacityInput {
  /** All traffic as one aggregate; beside `topics`, the traffic of topics not listed. */
  write?: WriteInput;
  /**
   * Workloads per topic, each with its own write rate, retention, replication, partitions and
   * compaction. Beside or instead of `write`.
   */
  topics?: TopicInput[];
  /** Stored bytes / raw bytes, in (0, 1]; 0.5 means the data compresses to half. Default 1. */
  compressionRatio?: number;
  /** Consumer groups reading every message (may be fractional). Default 1. */
  readFanout?: number;
  /** Share of consumer reads served from disk rather than the page cache, 0 to 1. Default 0.25. */
  lagReadShare?: number;
  /** Retention of the aggregate `write`, and the default for topics that give none. */
  retention?: RetentionInput;
  /** Tiered storage: local disks keep `localRetentionMs`, remote storage the full retention. */
  tiered?: {
    /** `local.retention.ms`, at most `retention.ms`. */
    localRetentionMs: Duration;
  };
  /** Copies of every partition (`replication.factor`). */
  replicationFactor: number;
  /** `min.insync.replicas`, checked against the replication factor and the failures to tolerate. */
  minInsyncReplicas?: number;
  /** Partitions in total (leaders). Give this or `partitionThroughput`. */
  partitions?: number;
  /** Measured throughput of one partition; partitions = max(peak / producer, peak / consumer). */
  partitionThroughput?: {
    /** What one producer achieves on one partition. */
    producerBytesPerSec: Rate;
    /** What one consumer achieves on one partition. */
    consumerBytesPerSec: Rate;
  };
  /**
   * One broker's hardware and settings, or the name of a built-in profile (`'m7g.2xlarge'`,
   * `'kafka.m7g.2xlarge'` for MSK, `'n2-standard-8'`, `'Standard_D8s_v5'`). Required unless
   * `candidates` is given.
   */
  broker?: string | BrokerInput;
  /** Profiles to choose from: the plan is made with the cheapest that fits, and says why the others lose. */
  candidates?: string[];
  /** Prices for the monthly cost, USD; defaults by provider, dated in docs/capacity.md. */
  prices?: PriceInput;
  /** Consumers fetch from a replica in their own zone (KIP-392, `client.rack`), so consumer traffic stays in the zone. Default false. */
  followerFetching?: boolean;
  /** Share of each resource the plan may use at peak. Defaults: diskFill 0.7, network 0.7, cpu 0.6, diskThroughput 0.8. */
  headroom?: {
    /** Share of the disk the data may fill. Default 0.7. */
    diskFill?: number;
    /** Share of the NIC used at peak, each direction. Default 0.7. */
    network?: number;
    /** Share of the CPU used at peak. Default 0.6. */
    cpu?: number;
    /** Share of the disk throughput used at peak. Default 0.8. */
    diskThroughput?: number;
  };
  /** Failures the cluster must carry full traffic through. Default `{ brokerFailures: 1 }`. */
  tolerate?: {
    /** Brokers down at once. */
    brokerFailures?: number;
    /** Racks or zones down at once (fewer than `racks`). */
    zoneFailures?: number;
  };
  /**
   * Recovery and rebalancing: every broker keeps room, on top of peak traffic, to refill or move
   * its share of the data within `within`. Applies when failures are tolerated, or when given.
   */
  recovery?: {
    /** Time to re-replicate a lost broker's (or each broker of a lost zone's) data. Default 24 h. */
    within?: Duration;
    /** The reassignment throttle (`kafka-reassign-partitions --throttle`) kept free on every broker, B/s. */
    rebalanceBytesPerSec?: Rate;
  };
  /**
   * Consumer catch-up: consumer groups that fell `backlog` behind read it back within `within`,
   * from disk (not the page cache), on top of peak traffic. With tiered storage, local retention
   * is kept at least as long as the backlog (the local-tier lag allowance).
   */
  catchUp?: {
    /** How far behind the consumers fall, as time of writes, e.g. `"2h"`. */
    backlog: Duration;
    /** How soon they must be back at the tip, e.g. `"15min"`. */
    within: Duration;
    /** Consumer groups catching up at once. Default 1. */
    groups?: number;
  };
  /** Racks or availability zones; the broker count is rounded up to a multiple. Default 1. */
  racks?: number;
  /** Metadata quorum. Default `{ mode: 'kraft' }`. */
  metadata?: {
    /** `kraft` (default) or `zookeeper`. */
    mode?: 'zookeeper' | 'kraft';
    /** ZooKeeper requests per second, to size the ensemble. */
    requestsPerSec?: number;
  };
  /** Traffic growth, to find the month each constraint runs out. */
  growth?: {
    /** Growth per month: 0.05 is 5%. */
    monthlyRate: number;
    /** Months to look ahead. Default 36. */
    horizonMonths?: number;
  };
  /** Segment settings. */
  segment?: {
    /** `log.segment.bytes`. Default 1 GiB. */
    bytes?: Size;
    /** `log.roll.ms`. Default 7 days. */
    ms?: Duration;
  };
  /** Allowance for indexes, active segments and other files, as a share of the data. Default 0.10. */
  storageOverhead?: number;
  /** Seconds of writes the page cache should hold. Default 30. */
  pageCacheSeconds?: number;
}

/** One broker's hardware and settings; with `profile`, the fields given override the profile's. */
export interface BrokerInput {
  /** A built-in hardware profile, e.g. `m7g.2xlarge`; its figures fill every field not given. */
  profile?: string;
  /** Usable disk per broker, all log.dirs together. Required unless a profile sizes it. */
  diskBytes?: Size;
  /** Number of log.dirs (disks). Default 1. */
  logDirs?: number;
  /** Sequential disk throughput per broker, all disks together (for a profile: the provisioned volume throughput). Default 250 MiB/s. */
  diskThroughputBytesPerSec?: Rate;
  /** NIC speed: a number is bits per second; a string may be any rate (`"10 Gbit/s"`). Default 10 Gbit/s. */
  nicBitsPerSec?: Rate;
  /** CPU cores (vCPUs); the CPU constraint is computed only when known. */
  cores?: number;
  /** RAM per broker, for heap and page-cache advice. */
  memoryBytes?: Size;
  /** Partition replicas one broker may hold. Default 4,000 (MSK: its recommended limit per size). */
  maxPartitions?: number;
  /** Listeners on the broker, controller listener excluded. Default 1. */
  listeners?: number;
  /** `num.recovery.threads.per.data.dir`. Default 2 (Kafka 4.0 and later; 1 before). */
  recoveryThreadsPerDataDir?: number;
  /** Client and inter-broker connections per broker, for the open-files limit. Default 0. */
  connections?: number;
}

/** Prices in USD; each left out takes the provider's dated default. */
export interface PriceInput {
  /** One broker instance per hour. */
  instancePerHour?: number;
  /** Block storage per GiB-month. */
  storagePerGiBMonth?: number;
  /** Provisioned volume throughput per MiB/s-month, above what the storage price includes. */
  throughputPerMiBpsMonth?: number;
  /** Remote (tiered) storage per GiB-month. */
  tieredPerGiBMonth?: number;
  /** Data crossing availability zones, per GiB (both directions together). */
  crossZonePerGiB?: number;
}

/** One problem with the input: where (`write.avgBytesPerSec`) and what is allowed. */
export interface CapacityInputIssue {
  /** The field, dotted (`broker.diskBytes`); empty for the input as a whole. */
  path: string;
  /** What is wrong and what is allowed. */
  message: string;
}

/**
 * Thrown by {@link planCapacity} when the input is invalid. `issues` lists every bad field
 * found, each with what is allowed.
 *
 * @example
 * ```ts
 * try {
 *   planCapacity(input);
 * } catch (e) {
 *   if (e instanceof CapacityInputError) for (const i of e.issues) console.error(`${i.path}: ${i.message}`);
 * }
 * ```
 */
export class CapacityInputError extends Error {
  /** Always `CapacityInputError`. */
  override readonly name = 'CapacityInputError';
  /** Every problem found, in input order. */
  readonly issues: readonly CapacityInputIssue[];
  /** Makes the error from its issues; the message lists them one a line. */
  constructor(issues: CapacityInputIssue[]) {
    super(`invalid capacity input:\n${issues.map((i) => `  ${i.path || '(input)'}: ${i.message}`).join('\n')}`);
    this.issues = issues;
  }
}

/** A default the planner fills in, with where the figure comes from. */
export interface Default<T> {
  value: T;
  source: string;
}

/** Every default, with its source; docs/capacity.md explains each. */
export const CAPACITY_DEFAULTS = {
  compressionRatio: { value: 1, source: 'no compression assumed' },
  readFanout: { value: 1, source: 'one consumer group' },
  lagReadShare: { value: 0.25, source: 'AKalculator: 25% of reads are historical' },
  logDirs: { value: 1, source: 'one log.dirs entry' },
  diskThroughputBytesPerSec: { value: 250 * 2 ** 20, source: 'AWS MSK default volume throughput, 250 MiB/s' },
  nicBytesPerSec: { value: 10e9 / 8, source: '10 Gbit/s NIC' },
  maxPartitions: { value: 4000, source: 'Jun Rao (Confluent, 2018): about 4,000 partition replicas per broker' },
  listeners: { value: 1, source: 'one listener' },
  recoveryThreadsPerDataDir: { value: 2, source: 'num.recovery.threads.per.data.dir default since Kafka 4.0 (1 before)' },
  connections: { value: 0, source: 'no client connections counted' },
  diskFill: { value: 0.7, source: 'community rule: never fill disks past 70%' },
  network: { value: 0.7, source: 'NIC at most 70% at peak (duckkit; Netflix keeps 1/1.4)' },
  cpu: { value: 0.6, source: 'AWS MSK: keep CPU user+system under 60%' },
  diskThroughput: { value: 0.8, source: 'Red Hat AMQ Streams calculator: 80% disk saturation' },
  brokerFailures: { value: 1, source: 'survive one broker failure' },
  racks: { value: 1, source: 'one rack' },
  metadataMode: { value: 'kraft' as const, source: 'KRaft (ZooKeeper mode was removed in Kafka 4.0)' },
  horizonMonths: { value: 36, source: 'three-year horizon' },
  segmentBytes: { value: 2 ** 30, source: 'log.segment.bytes default, 1 GiB' },
  segmentMs: { value: 7 * 86_400_000, source: 'log.roll.hours default, 168 h' },
  storageOverhead: { value: 0.1, source: 'Kafka: The Definitive Guide, 2nd ed., ch. 2: at least 10% overhead' },
  pageCacheSeconds: { value: 30, source: 'Kafka docs: page cache for about 30 s of writes' },
  recoveryWithinMs: { value: 24 * 3_600_000, source: 'refill a lost broker within a day: what AWS MSK sizing\'s rebalancing reserve (as much as the broker\'s own writes) gives with its default 24 h of local retention; Netflix asks 60 min of nodes holding at most 2 TiB' },
  minCleanableDirtyRatio: { value: 0.5, source: 'Kafka default min.cleanable.dirty.ratio (log.cleaner.min.cleanable.ratio)' },
} satisfies Record<string, Default<unknown>>;

/** The input in base units (bytes, bytes per second, milliseconds), every default filled in. */
export interface ResolvedCapacityInput {
  /** What is written and kept: the aggregate `write`, or one entry per topic. */
  workloads: ResolvedWorkload[];
  /** Average write rate of all workloads as stored (after compression), B/s. */
  writeAvg: number;
  /** Peak write rate of all workloads as stored (after compression), B/s. */
  writePeak: number;
  /** Share of reads served from disk. */
  lagReadShare: number;
  /** The cluster's replication factor (the default for topics that give none). */
  replicationFactor: number;
  /** `min.insync.replicas`, if given. */
  minInsyncReplicas?: number;
  /** Measured per-partition throughput (B/s), if given. */
  partitionThroughput?: ResolvedPartitionThroughput;
  /** One broker's hardware and settings. */
  broker: ResolvedBroker;
  /** Share of each resource the plan may use. */
  headroom: ResolvedHeadroom;
  /** Failures to carry full traffic through: brokers, or zones (one of them is 0). */
  tolerate: ResolvedFailures;
  /** Racks or zones. */
  racks: number;
  /** Consumer catch-up, if given. */
  catchUp?: ResolvedCatchUp;
  /** Prices for the cost, when a profile or an instance price is known. */
  prices?: ResolvedPrices;
  /** Consumers fetch from their own zone (KIP-392). */
  followerFetching: boolean;
  /** Recovery and rebalance reserve; absent when no failure is tolerated and none was asked for. */
  recovery?: ResolvedRecovery;
  /** Metadata quorum mode and ZooKeeper request rate. */
  metadata: ResolvedMetadata;
  /** Growth per month and the horizon in months, if given. */
  growth?: ResolvedGrowth;
  /** `log.segment.bytes`. */
  segmentBytes: number;
  /** `log.roll.ms`. */
  segmentMs: number;
  /** Overhead allowance as a share of the data. */
  storageOverhead: number;
  /** Seconds of writes for the page cache. */
  pageCacheSeconds: number;
  /** The defaults used because the input left them out: "field = value (source)". */
  assumptions: string[];
}

/** One stream of writes with its own retention, replication and partitions, in base units. */
export interface ResolvedWorkload {
  /** The topic's name; `(all topics)` for the aggregate `write`, `(other topics)` beside `topics`. */
  name: string;
  /** Where the input gave it: `write` or `topics[i]`. */
  path: string;
  /** Average write rate as stored (after compression), B/s. */
  writeAvg: number;
  /** Peak write rate as stored (after compression), B/s. */
  writePeak: number;
  /** Stored bytes / raw bytes. */
  compressionRatio: number;
  /** Consumer groups reading every message. */
  readFanout: number;
  /** Copies of every partition. */
  replicationFactor: number;
  /** `retention.ms`, if given. */
  retentionMs?: number;
  /** `retention.bytes` per partition, if given. */
  retentionBytesPerPartition?: number;
  /** `local.retention.ms` when tiered storage is on. */
  localRetentionMs?: number;
  /** The partition count, or undefined for one partition per broker. */
  partitions?: number;
  /** Where the partition count comes from. */
  partitionBasis: 'input' | 'throughput' | 'one per broker';
  /** A compacted topic's key space and cleaner setting. */
  compaction?: ResolvedCompaction;
}

/** A compacted topic, in base units. */
export interface ResolvedCompaction {
  /** Distinct keys alive at once. */
  keys: number;
  /** One record as stored (after compression), B. */
  recordBytes: number;
  /** `min.cleanable.dirty.ratio`. */
  minCleanableDirtyRatio: number;
}

/** Prices, USD, with where the defaults come from. */
export interface ResolvedPrices {
  /** One broker per hour. */
  instancePerHour: number;
  /** Block storage per GiB-month (0 for local drives). */
  storagePerGiBMonth: number;
  /** Provisioned throughput per MiB/s-month above the included throughput. */
  throughputPerMiBpsMonth: number;
  /** Remote storage per GiB-month. */
  tieredPerGiBMonth: number;
  /** Data crossing zones per GiB. */
  crossZonePerGiB: number;
  /** Whether replication between brokers is billed when it crosses zones (not on MSK). */
  replicationCrossesZones: boolean;
  /** Where the defaults come from. */
  source: string;
}

/** Consumer catch-up, in base units. */
export interface ResolvedCatchUp {
  /** Backlog as time of writes, ms. */
  backlogMs: number;
  /** Time to read it back, ms. */
  withinMs: number;
  /** Consumer groups catching up at once. */
  groups: number;
}

/** Recovery and rebalance reserve, in base units. */
export interface ResolvedRecovery {
  /** Time to re-replicate a broker's data, ms. */
  withinMs: number;
  /** Reassignment throttle kept free per broker, B/s, if given. */
  rebalanceBytesPerSec?: number;
}

/** Per-partition throughput in B/s. */
export interface ResolvedPartitionThroughput {
  /** What one producer achieves on one partition. */
  producerBytesPerSec: number;
  /** What one consumer achieves on one partition. */
  consumerBytesPerSec: number;
}

/** One broker, in base units. */
export interface ResolvedBroker {
  /** The hardware profile, if one was named. */
  profile?: BrokerProfile;
  /** Usable disk, all log dirs (B); with a block-storage profile and no disk given, the most one broker can have. */
  diskBytes: number;
  /** The disk is provisioned to fit the plan (a block-storage profile with no `diskBytes`). */
  diskSizedToFit: boolean;
  /** Entries in `log.dirs`. */
  logDirs: number;
  /** Disk throughput (B/s). */
  diskThroughputBytesPerSec: number;
  /** NIC speed in **bytes** per second (bits ÷ 8). */
  nicBytesPerSec: number;
  /** vCPUs, if given. */
  cores?: number;
  /** RAM (B), if given. */
  memoryBytes?: number;
  /** Partition replicas one broker may hold. */
  maxPartitions: number;
  /** Listeners, controller listener excluded. */
  listeners: number;
  /** `num.recovery.threads.per.data.dir`. */
  recoveryThreadsPerDataDir: number;
  /** Connections counted for open files. */
  connections: number;
}

/** Share of each resource the plan may use, 0 to 1. */
export interface ResolvedHeadroom {
  /** Disk space. */
  diskFill: number;
  /** NIC, each direction. */
  network: number;
  /** CPU. */
  cpu: number;
  /** Disk throughput. */
  diskThroughput: number;
}

/** Failures to tolerate. */
export interface ResolvedFailures {
  /** Brokers down at once. */
  brokerFailures: number;
  /** Zones down at once. */
  zoneFailures: number;
}

/** The metadata quorum. */
export interface ResolvedMetadata {
  /** KRaft controllers or a ZooKeeper ensemble. */
  mode: 'zookeeper' | 'kraft';
  /** ZooKeeper requests per second, if given. */
  requestsPerSec?: number;
}

/** Traffic growth. */
export interface ResolvedGrowth {
  /** Growth per month (0.05 = 5%). */
  monthlyRate: number;
  /** Months to look ahead. */
  horizonMonths: number;
}

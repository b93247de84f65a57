/**
 * What planCapacity() returns. The types live apart from the code that fills them so that the
 * planner, its explanation and its renderers depend on them and not on each other.
 */
import type { ResolvedCapacityInput } from './input.js';
import type { Constraint, ConstraintName, StorageFigures } from './model.js';
import type { MemoryPlan, OsLimits, QuorumPlan, ThreadPlan } from './derived.js';

/** Storage of the plan, in bytes. */
export interface StoragePlan extends StorageFigures {
  /** totalLocal ÷ brokers. */
  perBroker: number;
  /** Disk each broker has: `broker.diskBytes`, the local drives, or (a block-storage profile without diskBytes) perBroker ÷ diskFill rounded up to whole GiB. */
  provisionedPerBroker: number;
  /** perBroker as a share of provisionedPerBroker. */
  diskFillAtPlan: number;
}

/** One line of the monthly cost. */
export interface CostLine {
  /** What is paid for. */
  item: 'brokers' | 'block storage' | 'provisioned throughput' | 'tiered storage' | 'cross-zone: producers' | 'cross-zone: replication' | 'cross-zone: consumers';
  /** USD a month. */
  monthly: number;
  /** The arithmetic: quantity × price. */
  basis: string;
}

/** The monthly cost of the plan, when a broker profile or an instance price is known. */
export interface CostPlan {
  /** Always USD. */
  currency: 'USD';
  /** The sum of the lines, USD a month. */
  monthly: number;
  /** Instances, block storage, provisioned throughput, tiered storage, cross-zone traffic. */
  lines: CostLine[];
  /** What consumers fetching from their own zone (KIP-392) would save a month, when they do not yet. */
  followerFetchingSaves?: number;
  /** Where the prices come from, with their date. */
  source: string;
}

/** One of `candidates`, planned on its own, and why it was or was not chosen. */
export interface CandidatePlan {
  /** The profile. */
  broker: string;
  /** Brokers it needs; null when it does not fit. */
  brokers: number | null;
  /** What decides its count; null when it does not fit. */
  binding: ConstraintName | null;
  /** Its monthly cost, USD; null when it does not fit. */
  monthlyCost: number | null;
  /** The cheapest that fits (fewer brokers breaks a tie). */
  chosen: boolean;
  /** Why it won or lost. */
  why: string;
}

/** The partitions the plan sized with, and what retention.bytes makes of them. */
export interface PartitionPlan {
  /** Partitions the plan is sized for: the input's count as given, max(peak / producer, peak / consumer), or one per broker. */
  count: number;
  /** A multiple of the broker count at least `count`, so leaders spread evenly (Kafka: The Definitive Guide, ch. 2): advice, not what was sized. */
  suggested: number;
  /** Where `count` comes from. */
  basis: 'input' | 'throughput' | 'one per broker' | 'per topic';
  /** Partition replicas each broker holds (the most any broker holds). */
  replicasPerBroker: number;
  /** With retention by bytes: the topic size per copy and in all copies (retention.bytes is per partition). */
  retentionBytes?: {
    /** retention.bytes. */
    perPartition: number;
    /** count × retention.bytes. */
    perCopy: number;
    /** Whole-segment deletion can keep up to one more segment per partition. */
    worstCasePerCopy: number;
    /** perCopy × RF. */
    allCopies: number;
  };
}

/** One topic's part of the plan (`topics` input only; the aggregate `write` is `(other topics)`). */
export interface TopicPlan {
  /** The topic. */
  name: string;
  /** Partitions sized for. */
  partitions: number;
  /** Where the count comes from. */
  partitionBasis: 'input' | 'throughput' | 'one per broker';
  /** A multiple of the broker count at least `partitions`: advice for an even spread. */
  suggestedPartitions: number;
  /** `replication.factor`. */
  replicationFactor: number;
  /** With retention.bytes: the topic's size, per copy and in all copies. */
  retentionBytes?: {
    /** retention.bytes. */
    perPartition: number;
    /** partitions × retention.bytes. */
    perCopy: number;
    /** perCopy × RF. */
    allCopies: number;
  };
  /** Bytes on local disks, all copies, overhead included. */
  storedBytes: number;
  /** storedBytes as a share of everything on local disks. */
  diskShare: number;
  /** Network in plus out at peak, B/s. */
  networkBytesPerSec: number;
  /** networkBytesPerSec as a share of all network traffic. */
  networkShare: number;
  /** A compacted topic: its live data and the log cleaner's disk traffic. */
  compaction?: {
    /** keys × record ÷ (1 − min.cleanable.dirty.ratio), per copy. */
    liveBytesPerCopy: number;
    /** 2 × average write × RF ÷ min.cleanable.dirty.ratio. */
    cleanerBytesPerSec: number;
  };
}

/** Consumers catching up: what they read on top of peak traffic. */
export interface CatchUpPlan {
  /** Consumer groups catching up at once. */
  groups: number;
  /** The backlog of one group: average write × backlog, B. */
  backlogBytes: number;
  /** groups × backlog ÷ within, read from disk and sent out, B/s. */
  readBytesPerSec: number;
}

/** When each constraint runs out as traffic grows. */
export interface GrowthPlan {
  /** Growth per month (0.05 = 5%). */
  monthlyRate: number;
  /** Months looked ahead. */
  horizonMonths: number;
  /** For each constraint, the first month in which the planned brokers no longer suffice. */
  runsOut: RunsOut[];
  /** The broker count a new plan would give at the horizon's traffic; null when that is beyond the 10,000 brokers the planner sizes. */
  brokersAtHorizon: number | null;
}

/** When one constraint runs out. */
export interface RunsOut {
  /** The constraint. */
  name: ConstraintName;
  /** The first month it needs more brokers than planned; null if not within the horizon. */
  month: number | null;
}

/** The result of {@link planCapacity}. */
export interface CapacityPlan {
  /** Brokers: the maximum over the constraints, rounded up to a multiple of the racks, never below the replication factor, at most 10,000. */
  brokers: number;
  /** The constraint that decides the broker count. */
  binding: ConstraintName;
  /** Other constraints that need exactly as many brokers as the binding one. */
  ties: ConstraintName[];
  /** Every constraint, with its demand, per-broker capacity, brokers needed and utilization at the plan. */
  constraints: Constraint[];
  /** Readable sentences: what binds, what comes second, what would change the answer. */
  explanation: string[];
  /** Stored bytes: retained data, overhead, local and remote, per broker. */
  storage: StoragePlan;
  /** The partition count sized for, a multiple of the brokers to consider, and the topic size under retention.bytes. */
  partitions: PartitionPlan;
  /** Each topic's partitions, retention.bytes and share of disk and network, when `topics` is given. */
  topics?: TopicPlan[];
  /** The monthly cost, when a broker profile or an instance price is known. */
  cost?: CostPlan;
  /** Every candidate with its brokers, cost and why it won or lost, when `candidates` was given. */
  candidates?: CandidatePlan[];
  /** Consumer catch-up, if `catchUp` was given. */
  catchUp?: CatchUpPlan;
  /** Thread settings per broker. */
  threads: ThreadPlan;
  /** Page cache and heap per broker. */
  memory: MemoryPlan;
  /** Open files and memory maps per broker. */
  osLimits: OsLimits;
  /** ZooKeeper servers or KRaft controllers. */
  quorum: QuorumPlan;
  /** What the operator should know before buying hardware. */
  warnings: CapacityWarning[];
  /** Defaults the plan used because the input left them out. */
  assumptions: string[];
  /** When each constraint runs out, if `growth` was given. */
  growth?: GrowthPlan;
  /** The input in base units (bytes, bytes per second, milliseconds). */
  input: ResolvedCapacityInput;
}

/** Something the operator should know; `code` is stable, `message` says what and what to do. */
export interface CapacityWarning {
  /** Stable identifier; docs/capacity.md lists them. */
  code:
    | 'retention-needs-hundreds-of-brokers'
    | 'min-isr-equals-rf'
    | 'min-isr-blocks-writes-on-failure'
    | 'slow-nic-limits'
    | 'no-peak-rate'
    | 'no-replication'
    | 'partition-larger-than-log-dir'
    | 'memory-short'
    | 'too-many-partitions-for-zookeeper'
    | 'zookeeper-throughput'
    | 'zookeeper-removed'
    | 'two-zones-lose-quorum'
    | 'partitions-not-a-multiple'
    | 'growth-beyond-bounds'
    | 'compaction-needs-several-passes'
    | 'partitions-beyond-kraft-tested';
  /** What is wrong and what to do. */
  message: string;
}

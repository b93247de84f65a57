/**
 * The sizing arithmetic: storage for a partition count, and every constraint as "brokers
 * needed" for a given broker and partition count. Pure functions over the resolved input.
 */
import type { ResolvedCapacityInput } from './input.js';

/** The constraints the planner sizes against, in the order the report lists them. */
export type ConstraintName =
  | 'disk-capacity'
  | 'disk-throughput'
  | 'network-in'
  | 'network-out'
  | 'partitions'
  | 'cpu'
  | 'failure-headroom'
  | 'replication-factor';

/** The unit of a constraint's demand and capacity. */
export type ConstraintUnit = 'bytes' | 'bytes/s' | 'write-equivalent bytes/s' | 'partition replicas' | 'replicas of a partition';

/** One constraint: what the workload demands, what one broker offers, and what follows. */
export interface Constraint {
  /** Which constraint. */
  name: ConstraintName;
  /** Readable name, e.g. "disk capacity". */
  label: string;
  /** Unit of `demand` and the capacities. */
  unit: ConstraintUnit;
  /** Cluster-wide demand, in `unit`. */
  demand: number;
  /** What one broker may carry: raw capacity × headroom. */
  capacityPerBroker: number;
  /** One broker's raw capacity, before headroom. */
  rawCapacityPerBroker: number;
  /** Share of the raw capacity the plan may use (1 where no headroom applies). */
  headroom: number;
  /** Brokers this constraint alone needs (before rounding to racks). */
  brokersNeeded: number;
  /** Demand / raw capacity of the brokers serving it at the planned count (survivors, for failure headroom). */
  utilizationAtPlan: number;
  /** The formula, in words and symbols. */
  formula: string;
  /** Where the formula or its default comes from. */
  source: string;
}

/** Stored bytes for one partition count. Sizes are bytes; "per copy" is one replica of every partition. */
export interface StorageFigures {
  /** Retained data per copy, after compression: min(write × retention, partitions × retention.bytes). */
  dataPerCopy: number;
  /** Offset and time index entries per copy. */
  indexPerCopy: number;
  /** Whole-segment deletion: up to one segment per partition beyond retention. */
  segmentSlackPerCopy: number;
  /** The overhead counted: max(allowance × data, index + segment slack). */
  overheadPerCopy: number;
  /** data + overhead, one copy, on local disks. */
  localPerCopy: number;
  /** Retained data × replication factor, before overhead. */
  retainedBytes: number;
  /** localPerCopy × replication factor: what the brokers' disks hold. */
  totalLocal: number;
  /** One copy of the full retention in remote storage (tiered storage only; else 0). */
  remote: number;
}

/** Index bytes per log byte: an 8 B offset-index and a 12 B time-index entry per log.index.interval.bytes (4,096). */
const INDEX_BYTES_PER_LOG_BYTE = (8 + 12) / 4096;
/** Google Cloud's figure: one vCPU handles 20 MB/s of write-equivalent traffic. */
const WRITE_EQUIVALENT_BYTES_PER_VCPU = 20e6;

/**
 * Ceiling that ignores floating-point dust (5.0000000001 brokers is 5).
 *
 * @example
 * ```ts
 * ceilCount(259.2); // 260
 * ceilCount((10e12 / 1.1) * 1.1 / 2e12); // 5
 * ```
 */
export function ceilCount(x: number): number {
  return Math.max(0, Math.ceil(x * (1 - 1e-9)));
}

/**
 * Rounds `n` up to a multiple of `m`.
 *
 * @example
 * ```ts
 * roundUpTo(5, 3); // 6
 * ```
 */
export function roundUpTo(n: number, m: number): number {
  return Math.ceil(n / m) * m;
}

/**
 * Partitions the workload needs: the input, or Jun Rao's max(t/p, t/c), or one (which the
 * plan spreads to one per broker).
 *
 * @example
 * ```ts
 * partitionsNeeded(resolveCapacityInput({ ...input, partitionThroughput: { producerBytesPerSec: '20 MB/s', consumerBytesPerSec: '50 MB/s' } })); // 10 at 200 MB/s
 * ```
 */
export function partitionsNeeded(r: ResolvedCapacityInput): number {
  if (r.partitions !== undefined) return r.partitions;
  const pt = r.partitionThroughput;
  if (pt) return Math.max(1, ceilCount(Math.max(r.writePeak / pt.producerBytesPerSec, r.writePeak / pt.consumerBytesPerSec)));
  return 1;
}

/** Whether a copy of the log is also uploaded to remote storage (one more reader of every byte). */
function uploads(r: ResolvedCapacityInput): number {
  return r.localRetentionMs !== undefined ? 1 : 0;
}

/**
 * Stored bytes with `partitions` partitions.
 *
 * @example
 * ```ts
 * storageFor(resolved, 8).dataPerCopy; // 8e9 with retention.bytes of 1 GB
 * ```
 */
export function storageFor(r: ResolvedCapacityInput, partitions: number): StorageFigures {
  const localMs = r.localRetentionMs ?? r.retentionMs;
  const byTime = (ms: number | undefined) => (ms === undefined ? Infinity : (r.writeAvg * ms) / 1000);
  const byBytes = r.retentionBytesPerPartition === undefined ? Infinity : partitions * r.retentionBytesPerPartition;
  const dataPerCopy = Math.min(byTime(localMs), byBytes);
  const indexPerCopy = dataPerCopy * INDEX_BYTES_PER_LOG_BYTE;
  const segmentSlackPerCopy = Math.min(partitions * r.segmentBytes, (r.writeAvg * r.segmentMs) / 1000);
  const overheadPerCopy = Math.max(r.storageOverhead * dataPerCopy, indexPerCopy + segmentSlackPerCopy);
  const localPerCopy = dataPerCopy + overheadPerCopy;
  const remote = r.localRetentionMs !== undefined ? Math.min(byTime(r.retentionMs), byBytes) : 0;
  return {
    dataPerCopy,
    indexPerCopy,
    segmentSlackPerCopy,
    overheadPerCopy,
    localPerCopy,
    retainedBytes: dataPerCopy * r.replicationFactor,
    totalLocal: localPerCopy * r.replicationFactor,
    remote,
  };
}

/**
 * Brokers left serving traffic after the tolerated failures, out of `brokers`.
 *
 * @example
 * ```ts
 * survivors(resolved, 15); // 10 with one zone of 3 down, 14 with one broker down
 * ```
 */
export function survivors(r: ResolvedCapacityInput, brokers: number): number {
  if (r.tolerate.zoneFailures > 0) return (brokers * (r.racks - r.tolerate.zoneFailures)) / r.racks;
  return brokers - r.tolerate.brokerFailures;
}

function constraint(
  name: ConstraintName,
  label: string,
  unit: ConstraintUnit,
  demand: number,
  raw: number,
  headroom: number,
  formula: string,
  source: string,
  brokers: number,
): Constraint {
  const capacityPerBroker = raw * headroom;
  return {
    name,
    label,
    unit,
    demand,
    capacityPerBroker,
    rawCapacityPerBroker: raw,
    headroom,
    brokersNeeded: ceilCount(demand / capacityPerBroker),
    utilizationAtPlan: demand / (brokers * raw),
    formula,
    source,
  };
}

/**
 * Every constraint for `partitions` partitions, with utilization at `brokers` brokers.
 * Throughput constraints use the peak write rate; disk capacity the average.
 *
 * @example
 * ```ts
 * evaluateConstraints(resolved, 120, 18).find((c) => c.name === 'network-in')?.demand; // peak × RF
 * ```
 */
export function evaluateConstraints(r: ResolvedCapacityInput, partitions: number, brokers: number): Constraint[] {
  const W = r.writePeak;
  const RF = r.replicationFactor;
  const F = r.readFanout;
  const up = uploads(r);
  const h = r.headroom;
  const storage = storageFor(r, partitions);
  const list: Constraint[] = [
    constraint('disk-capacity', 'disk capacity', 'bytes', storage.totalLocal, r.broker.diskBytes, h.diskFill,
      'average write × local retention × RF + max(overhead allowance, index + one segment per partition)',
      'seed notes (Kafka: The Definitive Guide, ch. 2); Kafka docs on retention.bytes and segments', brokers),
    constraint('disk-throughput', 'disk throughput', 'bytes/s', W * RF + W * (F + up) * r.lagReadShare, r.broker.diskThroughputBytesPerSec, h.diskThroughput,
      'peak write × RF + peak write × (fan-out + tiered upload) × lag read share',
      'AWS Equation 1 (t_storage × B / r); AKalculator 25% historical reads; AMQ 80% disk', brokers),
    constraint('network-in', 'network in', 'bytes/s', W * RF, r.broker.nicBytesPerSec, h.network,
      'peak write × RF (producers plus replication in)', 'Netflix and Redpanda bandwidth models; AWS MSK sizing', brokers),
    constraint('network-out', 'network out', 'bytes/s', W * (F + RF - 1 + up), r.broker.nicBytesPerSec, h.network,
      'peak write × (fan-out + RF − 1 + tiered upload)', 'AWS Equation 1 (t_EC2net × B / (C + r − 1)); Redpanda tiered storage', brokers),
    constraint('partitions', 'partitions per broker', 'partition replicas', partitions * RF, r.broker.maxPartitions, 1,
      'partitions × RF replicas ÷ replicas a broker may hold', 'Jun Rao (Confluent): about 4,000 replicas per broker; AWS MSK per-instance limits', brokers),
  ];
  const cores = r.broker.cores;
  if (cores !== undefined)
    list.push(constraint('cpu', 'CPU', 'write-equivalent bytes/s', W * RF + (W * (F + up) + W * (RF - 1)) / 4, cores * WRITE_EQUIVALENT_BYTES_PER_VCPU, h.cpu,
      'write-equivalent = peak write × RF + reads ÷ 4; 20 MB/s per vCPU', 'Google Cloud Managed Kafka, "Plan cluster size"', brokers));

  const throughput = list.filter((c) => c.unit !== 'bytes' && c.unit !== 'partition replicas');
  const { brokerFailures: k, zoneFailures: z } = r.tolerate;
  const withFailures = (c: Constraint) => {
    const ratio = c.demand / c.capacityPerBroker;
    return z > 0 ? ceilCount((ratio * r.racks) / (r.racks - z)) : ceilCount(ratio) + k;
  };
  let worst = throughput[0]!;
  for (const c of throughput) if (withFailures(c) > withFailures(worst)) worst = c;
  const tolerated = z > 0 ? `${z} zone${z > 1 ? 's' : ''} of ${r.racks}` : `${k} broker${k === 1 ? '' : 's'}`;
  const left = survivors(r, brokers);
  list.push({
    name: 'failure-headroom',
    label: 'failure headroom',
    unit: worst.unit,
    demand: worst.demand,
    capacityPerBroker: worst.capacityPerBroker,
    rawCapacityPerBroker: worst.rawCapacityPerBroker,
    headroom: worst.headroom,
    brokersNeeded: k === 0 && z === 0 ? 1 : withFailures(worst),
    utilizationAtPlan: left > 0 ? worst.demand / (left * worst.rawCapacityPerBroker) : Infinity,
    formula: k === 0 && z === 0 ? 'no failures to tolerate' : `${worst.label} still within headroom with ${tolerated} down`,
    source: 'AWS MSK sizing (one AZ down); Redpanda degraded state; AMQ tolerance nodes',
  });
  list.push({
    name: 'replication-factor',
    label: 'replication-factor floor',
    unit: 'replicas of a partition',
    demand: RF,
    capacityPerBroker: 1,
    rawCapacityPerBroker: 1,
    headroom: 1,
    brokersNeeded: RF,
    utilizationAtPlan: RF / brokers,
    formula: 'each replica of a partition on its own broker',
    source: 'Kafka: a replication factor above the broker count cannot be assigned',
  });
  return list;
}

/**
 * The sizing arithmetic: what each workload stores and moves, and every constraint as "brokers
 * needed". All closed forms: a constraint's demand either is fixed or, when partitions are one
 * per broker, grows in straight pieces with the broker count, and the least broker count that
 * carries it is solved piece by piece, never searched for.
 */
import type { ResolvedCapacityInput, ResolvedWorkload } from './input.js';

/** The constraints the planner sizes against, in the order the report lists them. */
export type ConstraintName =
  | 'disk-capacity'
  | 'disk-throughput'
  | 'network-in'
  | 'network-out'
  | 'partitions'
  | 'cpu'
  | 'failure-headroom'
  | 'recovery'
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
  /** Cluster-wide demand at the planned broker count, in `unit`. */
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

/** Stored bytes of all workloads. "Per copy" is one replica of every partition. */
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

/** A rise of `weight` per broker between `from` and `to` brokers, flat before and after. */
interface Ramp {
  weight: number;
  from: number;
  to: number;
}

/**
 * A demand as a function of the broker count B: `fixed + Σ weight × clamp(B − from, 0, to − from)`.
 * Every demand here has value(B) / B non-increasing, so the counts that carry it are all counts
 * from some least one on.
 */
export interface Demand {
  /** The part that does not depend on B. */
  fixed: number;
  /** Parts that grow with B (partitions one per broker). */
  ramps: Ramp[];
}

const fixedDemand = (value: number): Demand => ({ fixed: value, ramps: [] });

function addDemand(a: Demand, b: Demand, scale = 1): Demand {
  return { fixed: a.fixed + b.fixed * scale, ramps: [...a.ramps, ...b.ramps.map((x) => ({ ...x, weight: x.weight * scale }))] };
}

/**
 * The demand at `brokers` brokers.
 *
 * @example
 * ```ts
 * demandAt({ fixed: 10, ramps: [{ weight: 2, from: 0, to: 5 }] }, 3); // 16
 * ```
 */
export function demandAt(d: Demand, brokers: number): number {
  let v = d.fixed;
  for (const x of d.ramps) v += x.weight * Math.min(Math.max(brokers - x.from, 0), x.to - x.from);
  return v;
}

/**
 * The least broker count B at which `d` fits in B × `capacity` (0 when the demand is 0;
 * Infinity when no count does). Solved on each straight piece of the demand in turn.
 *
 * @example
 * ```ts
 * brokersFor({ fixed: 700, ramps: [] }, 100); // 7
 * brokersFor({ fixed: 10, ramps: [{ weight: 2, from: 0, to: Infinity }] }, 4); // 5
 * ```
 */
export function brokersFor(d: Demand, capacity: number): number {
  if (d.ramps.length === 0) return ceilCount(d.fixed / capacity);
  const events = d.ramps.flatMap((x) => (x.to > x.from ? [{ at: x.from, slope: x.weight }, { at: x.to, slope: -x.weight }] : [])).sort((a, b) => a.at - b.at);
  let x = 0;
  let value = demandAt(d, 0);
  let slope = 0;
  let i = 0;
  for (;;) {
    while (i < events.length && events[i]!.at <= x) slope += events[i++]!.slope;
    const next = i < events.length ? events[i]!.at : Infinity;
    // On [x, next] the demand is value + slope × (B − x); it fits where that is ≤ capacity × B.
    if (capacity > slope) {
      const least = Math.max(x, (value - slope * x) / (capacity - slope));
      if (least <= next) return ceilCount(least);
    }
    if (next === Infinity) return Infinity;
    value += slope * (next - x);
    x = next;
  }
}

/** Whether a copy of the log is also uploaded to remote storage (one more reader of every byte). */
function uploads(w: ResolvedWorkload): number {
  return w.localRetentionMs !== undefined ? 1 : 0;
}

/** Stored bytes of one workload, per copy, with `partitions` partitions. */
export interface WorkloadStorage {
  data: number;
  index: number;
  slack: number;
  overhead: number;
  remote: number;
}

/**
 * The live data of a compacted topic, per copy: one record per key when cleaned, and up to
 * min.cleanable.dirty.ratio of the log dirty before the cleaner starts: keys × record ÷ (1 − ratio).
 */
export function compactedBytes(w: Pick<ResolvedWorkload, 'compaction'>): number {
  const c = w.compaction;
  return c ? (c.keys * c.recordBytes) / (1 - c.minCleanableDirtyRatio) : Infinity;
}

/**
 * Disk traffic of the log cleaner for a compacted topic, all copies: each pass reads the dirty
 * part to build its offset map, then reads the whole log and writes the cleaned one; with passes
 * every ratio ÷ (1 − ratio) of the clean size written, that is 2 × average write ÷ ratio a copy.
 */
export function cleanerBytesPerSec(w: ResolvedWorkload): number {
  return w.compaction ? (2 * w.writeAvg * w.replicationFactor) / w.compaction.minCleanableDirtyRatio : 0;
}

/** What sets how much of a workload one copy keeps: its write rate, retention and compaction. */
export type RetainedWorkload = Pick<ResolvedWorkload, 'writeAvg' | 'retentionMs' | 'retentionBytesPerPartition' | 'localRetentionMs' | 'compaction'>;

/** The planner's settings that size a copy beside its data: segments and the storage allowance. */
export type StorageSettings = Pick<ResolvedCapacityInput, 'segmentBytes' | 'segmentMs' | 'storageOverhead'>;

function dataPerCopy(w: RetainedWorkload, partitions: number): { local: number; remote: number } {
  const localMs = w.localRetentionMs ?? w.retentionMs;
  const byTime = (ms: number | undefined) => (ms === undefined ? Infinity : (w.writeAvg * ms) / 1000);
  const byBytes = w.retentionBytesPerPartition === undefined ? Infinity : partitions * w.retentionBytesPerPartition;
  return { local: Math.min(byTime(localMs), byBytes, compactedBytes(w)), remote: w.localRetentionMs !== undefined ? Math.min(byTime(w.retentionMs), byBytes) : 0 };
}

/**
 * What one copy of a workload stores at full retention with `partitions` partitions: the data
 * (the least of write × retention.ms, partitions × retention.bytes and a compacted key space), its
 * indexes, the open segments, and the storage allowance. An infinite write rate stands for
 * "enough to fill retention.bytes" (topic/retention-exceeds-disk).
 *
 * @example
 * ```ts
 * workloadStorage({ segmentBytes: 2 ** 30, segmentMs: 6048e5, storageOverhead: 0.1 }, { writeAvg: Infinity, retentionBytesPerPartition: 1e9 }, 6).data; // 6e9
 * ```
 */
export function workloadStorage(r: StorageSettings, w: RetainedWorkload, partitions: number): WorkloadStorage {
  const { local: data, remote } = dataPerCopy(w, partitions);
  const index = data * INDEX_BYTES_PER_LOG_BYTE;
  const slack = Math.min(partitions * r.segmentBytes, (w.writeAvg * r.segmentMs) / 1000);
  return { data, index, slack, overhead: Math.max(r.storageOverhead * data, index + slack), remote };
}

/** The partitions of a workload at `brokers` brokers: its count, or one per broker. */
export function partitionsAt(w: ResolvedWorkload, brokers: number): number {
  return w.partitions ?? Math.max(1, brokers);
}

/**
 * Stored bytes of all workloads at `brokers` brokers.
 *
 * @example
 * ```ts
 * storageFor(resolved, 6).dataPerCopy; // 8e9 with 8 partitions of retention.bytes 1 GB
 * ```
 */
export function storageFor(r: ResolvedCapacityInput, brokers: number): StorageFigures {
  const f: StorageFigures = { dataPerCopy: 0, indexPerCopy: 0, segmentSlackPerCopy: 0, overheadPerCopy: 0, localPerCopy: 0, retainedBytes: 0, totalLocal: 0, remote: 0 };
  for (const w of r.workloads) {
    const s = workloadStorage(r, w, partitionsAt(w, brokers));
    f.dataPerCopy += s.data;
    f.indexPerCopy += s.index;
    f.segmentSlackPerCopy += s.slack;
    f.overheadPerCopy += s.overhead;
    f.localPerCopy += s.data + s.overhead;
    f.retainedBytes += s.data * w.replicationFactor;
    f.totalLocal += (s.data + s.overhead) * w.replicationFactor;
    f.remote += s.remote;
  }
  return f;
}

/**
 * Local storage of all workloads as a function of the broker count. With one partition per
 * broker, the segment slack max(allowance × data, index + min(B × segment.bytes, write × segment.ms))
 * is flat, then rises by segment.bytes a broker, then flat again.
 */
function storageDemand(r: ResolvedCapacityInput): Demand {
  let d = fixedDemand(0);
  for (const w of r.workloads) {
    const RF = w.replicationFactor;
    if (w.partitions !== undefined) {
      const s = workloadStorage(r, w, w.partitions);
      d = addDemand(d, fixedDemand((s.data + s.overhead) * RF));
      continue;
    }
    const { data, index } = workloadStorage(r, w, 1);
    const allowance = r.storageOverhead * data;
    const cap = (w.writeAvg * r.segmentMs) / 1000;
    const s = r.segmentBytes;
    if (allowance >= index + cap) d = addDemand(d, fixedDemand((data + allowance) * RF));
    else if (allowance <= index) d = addDemand(d, { fixed: (data + index) * RF, ramps: [{ weight: s * RF, from: 0, to: cap / s }] });
    else d = addDemand(d, { fixed: (data + allowance) * RF, ramps: [{ weight: s * RF, from: (allowance - index) / s, to: cap / s }] });
  }
  return d;
}

/** Partition replicas as a function of the broker count. */
function replicaDemand(r: ResolvedCapacityInput): Demand {
  let fixed = 0;
  let perBroker = 0;
  for (const w of r.workloads) {
    if (w.partitions !== undefined) fixed += w.partitions * w.replicationFactor;
    else perBroker += w.replicationFactor;
  }
  return { fixed, ramps: perBroker > 0 ? [{ weight: perBroker, from: 0, to: Infinity }] : [] };
}

/**
 * What consumers catching up read on top of peak traffic: groups × average write × backlog ÷
 * within, all of it from disk (a backlog is older than what the page cache holds).
 *
 * @example
 * ```ts
 * catchUpBytesPerSec(resolved); // 400e6 for 50 MB/s, a 2 h backlog read within 15 min
 * ```
 */
export function catchUpBytesPerSec(r: ResolvedCapacityInput): number {
  const c = r.catchUp;
  return c ? (c.groups * r.writeAvg * c.backlogMs) / c.withinMs : 0;
}

/** Throughput demands (B/s) at peak, summed over the workloads. */
export interface Traffic {
  /** Producers plus replication in: Σ peak × RF. */
  networkIn: number;
  /** Consumers, replication out and tiered upload: Σ peak × (fan-out + RF − 1 + upload). */
  networkOut: number;
  /** Writes of every replica, reads from disk, and the log cleaner of compacted topics. */
  diskThroughput: number;
  /** Google's write-equivalent: writes + reads ÷ 4. */
  cpu: number;
}

/**
 * Peak traffic of all workloads.
 *
 * @example
 * ```ts
 * trafficOf(resolved).networkIn; // peak × RF
 * ```
 */
export function trafficOf(r: ResolvedCapacityInput): Traffic {
  const catchUp = catchUpBytesPerSec(r);
  const t: Traffic = { networkIn: 0, networkOut: catchUp, diskThroughput: catchUp, cpu: catchUp / 4 };
  for (const w of r.workloads) {
    const W = w.writePeak;
    const RF = w.replicationFactor;
    const F = w.readFanout;
    const U = uploads(w);
    t.networkIn += W * RF;
    t.networkOut += W * (F + RF - 1 + U);
    t.diskThroughput += W * RF + W * (F + U) * r.lagReadShare + cleanerBytesPerSec(w);
    t.cpu += W * RF + (W * (F + U) + W * (RF - 1)) / 4;
  }
  return t;
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

/** A constraint with the brokers it needs, before the planned broker count is known. */
export interface Sized {
  name: ConstraintName;
  label: string;
  unit: ConstraintUnit;
  /** The demand at a broker count. */
  at: (brokers: number) => number;
  /** The demand when it does not depend on the broker count. */
  fixed?: number;
  raw: number;
  headroom: number;
  brokersNeeded: number;
  formula: string;
  source: string;
}

function sized(name: ConstraintName, label: string, unit: ConstraintUnit, demand: Demand, raw: number, headroom: number, formula: string, source: string): Sized {
  return {
    name, label, unit, raw, headroom, formula, source,
    at: (brokers) => demandAt(demand, brokers),
    ...(demand.ramps.length === 0 ? { fixed: demand.fixed } : {}),
    brokersNeeded: brokersFor(demand, raw * headroom),
  };
}

/**
 * Recovery and rebalancing: every broker keeps room, on top of peak traffic, to take in (or
 * send out) its share of the stored data within `recovery.within` (a replacement for a lost
 * broker, or each broker of a lost zone, refilling from the survivors; or a reassignment moving
 * a broker's worth of data), and at least the reassignment throttle when one is given. Checked
 * on the receiving NIC, the sending NIC and the disks; the worst of the three is reported.
 */
function recoveryConstraint(r: ResolvedCapacityInput, throughput: Sized[]): Sized {
  const rec = r.recovery!;
  const stored = storageDemand(r);
  const perSecond = 1000 / rec.withinMs;
  const theta = rec.rebalanceBytesPerSec ?? 0;
  const within = formatHours(rec.withinMs);
  const options = throughput.filter((c) => c.name !== 'cpu').map((c): Sized => {
    const cap = c.raw * c.headroom;
    const refill = addDemand(fixedDemand(c.fixed!), stored, perSecond);
    const throttled = theta > 0 ? (cap > theta ? ceilCount(c.fixed! / (cap - theta)) : Infinity) : 0;
    return {
      ...c,
      name: 'recovery',
      label: 'recovery and rebalance',
      at: (brokers) => c.fixed! + Math.max(demandAt(stored, brokers) * perSecond, theta * brokers),
      brokersNeeded: Math.max(brokersFor(refill, cap), throttled),
      formula: `${c.label}: peak traffic plus moving a broker's share of the stored data within ${within}${theta > 0 ? ', or the reassignment throttle, whichever is more' : ''}`,
      source: 'Netflix service-capacity-modeling (recover a node within 60 min); AWS MSK sizing (3 × ingress kept for rebalancing)',
    };
  });
  let worst = options[0]!;
  for (const c of options) if (c.brokersNeeded > worst.brokersNeeded) worst = c;
  const { fixed: _, ...rest } = worst;
  return rest;
}

function formatHours(ms: number): string {
  const h = ms / 3_600_000;
  return h >= 1 ? `${Number(h.toPrecision(3))} h` : `${Number((ms / 60_000).toPrecision(3))} min`;
}

/**
 * Every constraint with the brokers it alone needs; `brokersNeeded` does not depend on the
 * planned count, so this is all the sizing there is.
 *
 * @example
 * ```ts
 * sizeConstraints(resolved).find((c) => c.name === 'network-in')?.brokersNeeded;
 * ```
 */
export function sizeConstraints(r: ResolvedCapacityInput): Sized[] {
  const h = r.headroom;
  const t = trafficOf(r);
  const list: Sized[] = [
    sized('disk-capacity', 'disk capacity', 'bytes', storageDemand(r), r.broker.diskBytes, h.diskFill,
      'average write × local retention × RF + max(overhead allowance, index + one segment per partition)',
      'Kafka: The Definitive Guide, 2nd ed., ch. 2; Kafka docs on retention.bytes and segments'),
    sized('disk-throughput', 'disk throughput', 'bytes/s', fixedDemand(t.diskThroughput), r.broker.diskThroughputBytesPerSec, h.diskThroughput,
      `peak write × RF + peak write × (fan-out + tiered upload) × lag read share${r.workloads.some((w) => w.compaction) ? ' + cleaner I/O of compacted topics' : ''}${r.catchUp ? ' + catch-up reads' : ''}`,
      'AWS Equation 1 (t_storage × B / r); AKalculator 25% historical reads; AMQ 80% disk; Kafka LogCleaner'),
    sized('network-in', 'network in', 'bytes/s', fixedDemand(t.networkIn), r.broker.nicBytesPerSec, h.network,
      'peak write × RF (producers plus replication in)', 'Netflix and Redpanda bandwidth models; AWS MSK sizing'),
    sized('network-out', 'network out', 'bytes/s', fixedDemand(t.networkOut), r.broker.nicBytesPerSec, h.network,
      `peak write × (fan-out + RF − 1 + tiered upload)${r.catchUp ? ' + catch-up reads' : ''}`, 'AWS Equation 1 (t_EC2net × B / (C + r − 1)); Redpanda tiered storage'),
    sized('partitions', 'partitions per broker', 'partition replicas', replicaDemand(r), r.broker.maxPartitions, 1,
      'partitions × RF replicas ÷ replicas a broker may hold', 'Jun Rao (Confluent): about 4,000 replicas per broker; AWS MSK per-instance limits'),
  ];
  const cores = r.broker.cores;
  if (cores !== undefined)
    list.push(sized('cpu', 'CPU', 'write-equivalent bytes/s', fixedDemand(t.cpu), cores * WRITE_EQUIVALENT_BYTES_PER_VCPU, h.cpu,
      'write-equivalent = peak write × RF + reads ÷ 4; 20 MB/s per vCPU', 'Google Cloud Managed Kafka, "Plan cluster size"'));

  const throughput = list.filter((c) => c.unit !== 'bytes' && c.unit !== 'partition replicas');
  const { brokerFailures: k, zoneFailures: z } = r.tolerate;
  const withFailures = (c: Sized) => {
    const ratio = c.fixed! / (c.raw * c.headroom);
    return z > 0 ? ceilCount((ratio * r.racks) / (r.racks - z)) : ceilCount(ratio) + k;
  };
  let worst = throughput[0]!;
  for (const c of throughput) if (withFailures(c) > withFailures(worst)) worst = c;
  const tolerated = z > 0 ? `${z} zone${z > 1 ? 's' : ''} of ${r.racks}` : `${k} broker${k === 1 ? '' : 's'}`;
  list.push({
    ...worst,
    name: 'failure-headroom',
    label: 'failure headroom',
    brokersNeeded: k === 0 && z === 0 ? 1 : withFailures(worst),
    formula: k === 0 && z === 0 ? 'no failures to tolerate' : `${worst.label} still within headroom with ${tolerated} down`,
    source: 'AWS MSK sizing (one AZ down); Redpanda degraded state; AMQ tolerance nodes',
  });
  if (r.recovery) list.push(recoveryConstraint(r, throughput));
  // Whatever a constraint asks, a cluster has at least one broker.
  for (const c of list) c.brokersNeeded = Math.max(1, c.brokersNeeded);
  const maxRF = Math.max(...r.workloads.map((w) => w.replicationFactor));
  list.push({
    name: 'replication-factor',
    label: 'replication-factor floor',
    unit: 'replicas of a partition',
    at: () => maxRF,
    fixed: maxRF,
    raw: 1,
    headroom: 1,
    brokersNeeded: maxRF,
    formula: 'each replica of a partition on its own broker',
    source: 'Kafka: a replication factor above the broker count cannot be assigned',
  });
  return list;
}

/**
 * The sized constraints at the planned broker count: demand and utilization at `brokers`.
 *
 * @example
 * ```ts
 * constraintsAt(resolved, sizeConstraints(resolved), 18).find((c) => c.name === 'disk-capacity')?.utilizationAtPlan;
 * ```
 */
export function constraintsAt(r: ResolvedCapacityInput, list: Sized[], brokers: number): Constraint[] {
  return list.map((c) => {
    const demand = c.at(brokers);
    const serving = c.name === 'failure-headroom' ? survivors(r, brokers) : brokers;
    return {
      name: c.name,
      label: c.label,
      unit: c.unit,
      demand,
      capacityPerBroker: c.raw * c.headroom,
      rawCapacityPerBroker: c.raw,
      headroom: c.headroom,
      brokersNeeded: c.brokersNeeded,
      utilizationAtPlan: serving > 0 ? demand / (serving * c.raw) : 1,
      formula: c.formula,
      source: c.source,
    };
  });
}

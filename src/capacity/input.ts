/**
 * The planner's input: its TypeScript shape, the zod schema that checks it, and the defaults
 * it fills in (each with its source, so the report can list what it assumed).
 */
import { z } from 'zod';
import { parseByteRate, parseBytes, parseDuration, UnitError } from './units.js';

/** A size: bytes as a number, or a string with a unit (`"2 TiB"`, `"400 B"`). */
export type Size = number | string;
/** A data rate: bytes per second as a number, or a string (`"50 MB/s"`, `"1 Gbit/s"`, `"1 TB/d"`). */
export type Rate = number | string;
/** A duration: milliseconds as a number, or a string (`"7d"`, `"36h"`, `"500 ms"`). */
export type Duration = number | string;

/**
 * Everything {@link planCapacity} needs to size a cluster. Only `write`, `retention`,
 * `replicationFactor` and `broker.diskBytes` are required; every other field has a default
 * whose source docs/capacity.md names, and the plan lists the defaults it used.
 */
export interface CapacityInput {
  /**
   * What producers send, before compression: a byte rate (`avgBytesPerSec`, optional
   * `peakBytesPerSec`) or a message rate (`messagesPerSec` × `messageBytes`, optional
   * `peakMessagesPerSec`). Throughput constraints use the peak; storage uses the average.
   */
  write: {
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
  };
  /** Stored bytes / raw bytes, in (0, 1]; 0.5 means the data compresses to half. Default 1. */
  compressionRatio?: number;
  /** Consumer groups reading every message (may be fractional). Default 1. */
  readFanout?: number;
  /** Share of consumer reads served from disk rather than the page cache, 0 to 1. Default 0.25. */
  lagReadShare?: number;
  /** `retention.ms` and/or `retention.bytes` (per partition, as Kafka applies it). At least one. */
  retention: {
    /** `retention.ms`. */
    ms?: Duration;
    /** `retention.bytes`: a limit per partition, not per topic. */
    bytesPerPartition?: Size;
  };
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
  /** One broker's hardware and settings. */
  broker: {
    /** Usable disk per broker, all log.dirs together. */
    diskBytes: Size;
    /** Number of log.dirs (disks). Default 1. */
    logDirs?: number;
    /** Sequential disk throughput per broker, all disks together. Default 250 MiB/s. */
    diskThroughputBytesPerSec?: Rate;
    /** NIC speed: a number is bits per second; a string may be any rate (`"10 Gbit/s"`). Default 10 Gbit/s. */
    nicBitsPerSec?: Rate;
    /** CPU cores (vCPUs); the CPU constraint is computed only when given. */
    cores?: number;
    /** RAM per broker, for heap and page-cache advice. */
    memoryBytes?: Size;
    /** Partition replicas one broker may hold. Default 4,000. */
    maxPartitions?: number;
    /** Listeners on the broker, controller listener excluded. Default 1. */
    listeners?: number;
    /** `num.recovery.threads.per.data.dir`. Default 2 (Kafka 4.0 and later; 1 before). */
    recoveryThreadsPerDataDir?: number;
    /** Client and inter-broker connections per broker, for the open-files limit. Default 0. */
    connections?: number;
  };
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
interface Default<T> {
  value: T;
  source: string;
}

/** Every default, with its source; docs/capacity.md explains each. */
const CAPACITY_DEFAULTS = {
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
  storageOverhead: { value: 0.1, source: 'seed notes on Kafka: The Definitive Guide: about 10% overhead' },
  pageCacheSeconds: { value: 30, source: 'Kafka docs: page cache for about 30 s of writes' },
} satisfies Record<string, Default<unknown>>;

/** The input in base units (bytes, bytes per second, milliseconds), every default filled in. */
export interface ResolvedCapacityInput {
  /** Average write rate as stored (after compression), B/s. */
  writeAvg: number;
  /** Peak write rate as stored (after compression), B/s. */
  writePeak: number;
  /** Stored bytes / raw bytes. */
  compressionRatio: number;
  /** Consumer groups reading every message. */
  readFanout: number;
  /** Share of reads served from disk. */
  lagReadShare: number;
  /** `retention.ms`, if given. */
  retentionMs?: number;
  /** `retention.bytes` per partition, if given. */
  retentionBytesPerPartition?: number;
  /** `local.retention.ms` when tiered storage is on. */
  localRetentionMs?: number;
  /** Copies of every partition. */
  replicationFactor: number;
  /** `min.insync.replicas`, if given. */
  minInsyncReplicas?: number;
  /** Partitions in total, if given. */
  partitions?: number;
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

/** Per-partition throughput in B/s. */
export interface ResolvedPartitionThroughput {
  /** What one producer achieves on one partition. */
  producerBytesPerSec: number;
  /** What one consumer achieves on one partition. */
  consumerBytesPerSec: number;
}

/** One broker, in base units. */
export interface ResolvedBroker {
  /** Usable disk, all log dirs (B). */
  diskBytes: number;
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

function unitField(parse: (text: string) => number, expected: string) {
  return z.union([z.number(), z.string()], { error: `expected ${expected}` }).transform((v, ctx) => {
    let n: number;
    if (typeof v === 'number') n = v;
    else {
      try {
        n = parse(v);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: e instanceof UnitError ? e.message : String(e) });
        return z.NEVER;
      }
    }
    if (!Number.isFinite(n) || n <= 0) {
      ctx.addIssue({ code: 'custom', message: `must be greater than 0; expected ${expected}` });
      return z.NEVER;
    }
    return n;
  });
}

const size = unitField(parseBytes, 'bytes (a number) or a size such as "2 TiB" or "400 B"');
const rate = unitField(parseByteRate, 'bytes per second (a number) or a rate such as "50 MB/s" or "1 Gbit/s"');
const duration = unitField(parseDuration, 'milliseconds (a number) or a duration such as "7d" or "36h"');
const nicRate = z.union([z.number(), z.string()], { error: 'expected bits per second (a number) or a rate such as "10 Gbit/s"' }).transform((v, ctx) => {
  if (typeof v === 'number') {
    if (Number.isFinite(v) && v > 0) return v / 8;
    ctx.addIssue({ code: 'custom', message: 'must be greater than 0 bits per second' });
    return z.NEVER;
  }
  try {
    return parseByteRate(v);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: e instanceof UnitError ? e.message : String(e) });
    return z.NEVER;
  }
});

const whole = (min: number) =>
  z
    .number({ error: `must be a whole number of at least ${min}` })
    .int({ error: `must be a whole number of at least ${min}` })
    .min(min, { error: `must be at least ${min}` })
    .max(Number.MAX_SAFE_INTEGER, { error: 'is too large' });

/** A number in a range; `open` excludes the lower bound. */
const share = (lo: number, hi: number, open: boolean) => {
  const words = `a number ${open ? 'above' : 'from'} ${lo} ${open ? 'and up to' : 'to'} ${hi}`;
  const base = z.number({ error: `must be ${words}` }).max(hi, { error: `must be ${words}` });
  return open ? base.gt(lo, { error: `must be ${words}` }) : base.min(lo, { error: `must be ${words}` });
};

const positive = (what: string) =>
  z
    .number({ error: `must be a positive number (${what})` })
    .positive({ error: `must be a positive number (${what})` })
    .max(1e18, { error: 'is too large' });

function obj<S extends z.core.$ZodLooseShape>(shape: S) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code === 'unrecognized_keys') return `unknown field${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `"${k}"`).join(', ')}; allowed: ${allowed}`;
      if (iss.code === 'invalid_type') return `expected an object with fields: ${allowed}`;
      return undefined;
    },
  });
}

/** The zod schema of {@link CapacityInput}: checks every field and converts units to base units. */
const capacityInputSchema = obj({
  write: obj({
    avgBytesPerSec: rate.optional(),
    peakBytesPerSec: rate.optional(),
    messagesPerSec: positive('messages per second').optional(),
    messageBytes: size.optional(),
    peakMessagesPerSec: positive('messages per second').optional(),
  }),
  compressionRatio: share(0, 1, true).optional(),
  readFanout: z.number({ error: 'must be a number of consumer groups, 0 or more' }).min(0, { error: 'must be 0 or more' }).max(10_000, { error: 'must be at most 10,000' }).optional(),
  lagReadShare: share(0, 1, false).optional(),
  retention: obj({ ms: duration.optional(), bytesPerPartition: size.optional() }),
  tiered: obj({ localRetentionMs: duration }).optional(),
  replicationFactor: whole(1).max(32_767, { error: 'must be at most 32,767' }),
  minInsyncReplicas: whole(1).optional(),
  partitions: whole(1).optional(),
  partitionThroughput: obj({ producerBytesPerSec: rate, consumerBytesPerSec: rate }).optional(),
  broker: obj({
    diskBytes: size,
    logDirs: whole(1).optional(),
    diskThroughputBytesPerSec: rate.optional(),
    nicBitsPerSec: nicRate.optional(),
    cores: whole(1).optional(),
    memoryBytes: size.optional(),
    maxPartitions: whole(1).optional(),
    listeners: whole(1).optional(),
    recoveryThreadsPerDataDir: whole(1).optional(),
    connections: whole(0).optional(),
  }),
  headroom: obj({
    diskFill: share(0, 1, true).optional(),
    network: share(0, 1, true).optional(),
    cpu: share(0, 1, true).optional(),
    diskThroughput: share(0, 1, true).optional(),
  }).optional(),
  tolerate: obj({ brokerFailures: whole(0).optional(), zoneFailures: whole(0).optional() }).optional(),
  racks: whole(1).optional(),
  metadata: obj({
    mode: z.enum(['zookeeper', 'kraft'], { error: 'must be "zookeeper" or "kraft"' }).optional(),
    requestsPerSec: positive('requests per second').optional(),
  }).optional(),
  growth: obj({
    monthlyRate: z.number({ error: 'must be a monthly growth rate from 0 to 10 (0.05 = 5%)' }).min(0, { error: 'must be 0 or more' }).max(10, { error: 'must be at most 10 (1,000% a month)' }),
    horizonMonths: whole(1).max(600, { error: 'must be at most 600 months' }).optional(),
  }).optional(),
  segment: obj({ bytes: size.optional(), ms: duration.optional() }).optional(),
  storageOverhead: share(0, 10, false).optional(),
  pageCacheSeconds: z.number({ error: 'must be a number of seconds, 0 or more' }).min(0, { error: 'must be 0 or more' }).max(86_400, { error: 'must be at most 86,400 (one day)' }).optional(),
});

type Parsed = z.output<typeof capacityInputSchema>;

/** Checks that need several fields at once; each issue names the field to change. */
function crossFieldIssues(p: Parsed): CapacityInputIssue[] {
  const issues: CapacityInputIssue[] = [];
  const w = p.write;
  const byBytes = w.avgBytesPerSec !== undefined || w.peakBytesPerSec !== undefined;
  const byMessages = w.messagesPerSec !== undefined || w.messageBytes !== undefined || w.peakMessagesPerSec !== undefined;
  if (byBytes && byMessages) issues.push({ path: 'write', message: 'give either a byte rate (avgBytesPerSec, peakBytesPerSec) or a message rate (messagesPerSec, messageBytes, peakMessagesPerSec), not both' });
  else if (byBytes && w.avgBytesPerSec === undefined) issues.push({ path: 'write.avgBytesPerSec', message: 'is required with peakBytesPerSec: storage is sized from the average' });
  else if (byMessages) {
    if (w.messagesPerSec === undefined) issues.push({ path: 'write.messagesPerSec', message: 'is required with a message rate: the average messages per second' });
    if (w.messageBytes === undefined) issues.push({ path: 'write.messageBytes', message: 'is required with a message rate: the average message size, e.g. "1 kB"' });
  } else if (!byBytes) issues.push({ path: 'write', message: 'needs avgBytesPerSec (e.g. "50 MB/s"), or messagesPerSec and messageBytes' });
  if (w.avgBytesPerSec !== undefined && w.peakBytesPerSec !== undefined && w.peakBytesPerSec < w.avgBytesPerSec)
    issues.push({ path: 'write.peakBytesPerSec', message: 'must be at least the average (avgBytesPerSec)' });
  if (w.messagesPerSec !== undefined && w.peakMessagesPerSec !== undefined && w.peakMessagesPerSec < w.messagesPerSec)
    issues.push({ path: 'write.peakMessagesPerSec', message: 'must be at least the average (messagesPerSec)' });
  if (p.retention.ms === undefined && p.retention.bytesPerPartition === undefined)
    issues.push({ path: 'retention', message: 'needs ms (retention.ms, e.g. "7d") and/or bytesPerPartition (retention.bytes, e.g. "1 GB")' });
  if (p.retention.bytesPerPartition !== undefined && p.partitions === undefined && p.partitionThroughput === undefined)
    issues.push({ path: 'partitions', message: 'is required with retention.bytesPerPartition: retention.bytes is per partition, so the topic size is partitions × retention.bytes (or give partitionThroughput)' });
  if (p.partitions !== undefined && p.partitionThroughput !== undefined)
    issues.push({ path: 'partitionThroughput', message: 'give partitions or partitionThroughput, not both' });
  if (p.tiered && p.retention.ms !== undefined && p.tiered.localRetentionMs > p.retention.ms)
    issues.push({ path: 'tiered.localRetentionMs', message: 'must not exceed retention.ms (Kafka caps local.retention.ms at retention.ms)' });
  if (p.minInsyncReplicas !== undefined && p.minInsyncReplicas > p.replicationFactor)
    issues.push({ path: 'minInsyncReplicas', message: `must not exceed replicationFactor (${p.replicationFactor}): no write with acks=all could ever succeed` });
  const maxPartitions = p.broker.maxPartitions ?? CAPACITY_DEFAULTS.maxPartitions.value;
  if (maxPartitions < p.replicationFactor)
    issues.push({ path: 'broker.maxPartitions', message: `must be at least replicationFactor (${p.replicationFactor}): every broker holds at least one replica of each of its partitions` });
  const t = p.tolerate ?? {};
  if (t.brokerFailures !== undefined && t.zoneFailures !== undefined) issues.push({ path: 'tolerate', message: 'give brokerFailures or zoneFailures, not both' });
  const racks = p.racks ?? 1;
  if ((t.zoneFailures ?? 0) > 0 && (t.zoneFailures ?? 0) >= racks)
    issues.push({ path: 'tolerate.zoneFailures', message: `must be less than racks (${racks}): some zone must survive` });
  return issues;
}

/**
 * Checks the input and converts it to base units with every default filled in.
 *
 * @example
 * ```ts
 * const r = resolveCapacityInput({ write: { avgBytesPerSec: '50 MB/s' }, retention: { ms: '7d' }, replicationFactor: 3, broker: { diskBytes: '4 TB' } });
 * r.writePeak; // 50000000
 * ```
 * @throws CapacityInputError listing every bad field.
 */
export function resolveCapacityInput(input: unknown): ResolvedCapacityInput {
  const result = capacityInputSchema.safeParse(input);
  if (!result.success) throw new CapacityInputError(result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  const p = result.data;
  const issues = crossFieldIssues(p);
  if (issues.length > 0) throw new CapacityInputError(issues);

  const assumptions: string[] = [];
  function pick<T>(given: T | undefined, name: string, d: Default<T>, shown: (v: T) => string = String): T {
    if (given !== undefined) return given;
    assumptions.push(`${name} = ${shown(d.value)} (${d.source})`);
    return d.value;
  }
  const D = CAPACITY_DEFAULTS;
  const w = p.write;
  const avgRaw = w.avgBytesPerSec ?? (w.messagesPerSec ?? 0) * (w.messageBytes ?? 0);
  const peakGiven = w.peakBytesPerSec ?? (w.peakMessagesPerSec !== undefined ? w.peakMessagesPerSec * (w.messageBytes ?? 0) : undefined);
  if (peakGiven === undefined) assumptions.push('peak write = average write (no peak given: throughput is sized at the average)');
  const compressionRatio = pick(p.compressionRatio, 'compressionRatio', D.compressionRatio);
  const tolerate = p.tolerate ?? {};
  const zoneFailures = tolerate.zoneFailures ?? 0;
  const brokerFailures = tolerate.zoneFailures !== undefined ? 0 : pick(tolerate.brokerFailures, 'tolerate.brokerFailures', D.brokerFailures);
  const hr = p.headroom ?? {};
  const b = p.broker;
  const resolved: ResolvedCapacityInput = {
    writeAvg: avgRaw * compressionRatio,
    writePeak: (peakGiven ?? avgRaw) * compressionRatio,
    compressionRatio,
    readFanout: pick(p.readFanout, 'readFanout', D.readFanout),
    lagReadShare: pick(p.lagReadShare, 'lagReadShare', D.lagReadShare),
    replicationFactor: p.replicationFactor,
    broker: {
      diskBytes: b.diskBytes,
      logDirs: pick(b.logDirs, 'broker.logDirs', D.logDirs),
      diskThroughputBytesPerSec: pick(b.diskThroughputBytesPerSec, 'broker.diskThroughputBytesPerSec', D.diskThroughputBytesPerSec, () => '250 MiB/s'),
      nicBytesPerSec: pick(b.nicBitsPerSec, 'broker.nicBitsPerSec', D.nicBytesPerSec, () => '10 Gbit/s'),
      maxPartitions: pick(b.maxPartitions, 'broker.maxPartitions', D.maxPartitions),
      listeners: pick(b.listeners, 'broker.listeners', D.listeners),
      recoveryThreadsPerDataDir: pick(b.recoveryThreadsPerDataDir, 'broker.recoveryThreadsPerDataDir', D.recoveryThreadsPerDataDir),
      connections: pick(b.connections, 'broker.connections', D.connections),
      ...(b.cores !== undefined ? { cores: b.cores } : {}),
      ...(b.memoryBytes !== undefined ? { memoryBytes: b.memoryBytes } : {}),
    },
    headroom: {
      diskFill: pick(hr.diskFill, 'headroom.diskFill', D.diskFill),
      network: pick(hr.network, 'headroom.network', D.network),
      cpu: pick(hr.cpu, 'headroom.cpu', D.cpu),
      diskThroughput: pick(hr.diskThroughput, 'headroom.diskThroughput', D.diskThroughput),
    },
    tolerate: { brokerFailures, zoneFailures },
    racks: pick(p.racks, 'racks', D.racks),
    metadata: {
      mode: pick(p.metadata?.mode, 'metadata.mode', D.metadataMode),
      ...(p.metadata?.requestsPerSec !== undefined ? { requestsPerSec: p.metadata.requestsPerSec } : {}),
    },
    segmentBytes: pick(p.segment?.bytes, 'segment.bytes', D.segmentBytes, () => '1 GiB'),
    segmentMs: pick(p.segment?.ms, 'segment.ms', D.segmentMs, () => '7 d'),
    storageOverhead: pick(p.storageOverhead, 'storageOverhead', D.storageOverhead),
    pageCacheSeconds: pick(p.pageCacheSeconds, 'pageCacheSeconds', D.pageCacheSeconds),
    assumptions,
  };
  if (p.retention.ms !== undefined) resolved.retentionMs = p.retention.ms;
  if (p.retention.bytesPerPartition !== undefined) resolved.retentionBytesPerPartition = p.retention.bytesPerPartition;
  if (p.tiered) resolved.localRetentionMs = p.tiered.localRetentionMs;
  if (p.minInsyncReplicas !== undefined) resolved.minInsyncReplicas = p.minInsyncReplicas;
  if (p.partitions !== undefined) resolved.partitions = p.partitions;
  if (p.partitionThroughput) resolved.partitionThroughput = p.partitionThroughput;
  if (p.growth) resolved.growth = { monthlyRate: p.growth.monthlyRate, horizonMonths: p.growth.horizonMonths ?? D.horizonMonths.value };
  if (p.partitions === undefined && p.partitionThroughput === undefined)
    assumptions.push('partitions = one per broker (neither partitions nor partitionThroughput given)');
  return resolved;
}

/**
 * The zod schema of the planner's input, and the function that checks an input against it and
 * fills in the defaults. zod is loaded here, on the first plan, and not when kafka-lint is
 * imported or lints: most runs never plan, and zod is the largest module the package loads.
 */
import { createRequire } from 'node:module';
import type * as Zod from 'zod';
import { CAPACITY_DEFAULTS, CapacityInputError } from './input.js';
import type { CapacityInputIssue, Default, ResolvedCapacityInput, ResolvedWorkload } from './input.js';
import { ceilCount } from './model.js';
import { parseByteRate, parseBytes, parseDuration, UnitError } from './units.js';

/** The least RAM per broker the planner accepts. */
const MIN_MEMORY_BYTES = 512 * 2 ** 20;
/** NIC speeds below this are refused as a probable unit slip. */
const MIN_NIC_BITS_PER_SEC = 100e6;

/** Builds the schema with the zod it is given (loaded on first use). */
function buildSchema(z: typeof Zod) {
  /** A number or a string with a unit, converted to base units, positive and at most `max` (in words). */
  function unitField(parse: (text: string) => number, expected: string, max: [number, string]) {
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
      if (n > max[0]) {
        ctx.addIssue({ code: 'custom', message: `must be at most ${max[1]}` });
        return z.NEVER;
      }
      return n;
    });
  }

  // The upper bounds keep every product of the arithmetic finite; no cluster comes near them.
  const size = unitField(parseBytes, 'bytes (a number) or a size such as "2 TiB" or "400 B"', [1e24, '1e24 (1 YB)']);
  const rate = unitField(parseByteRate, 'bytes per second (a number) or a rate such as "50 MB/s" or "1 Gbit/s"', [1e18, '1e18 (1 EB/s)']);
  const duration = unitField(parseDuration, 'milliseconds (a number) or a duration such as "7d" or "36h"', [1e15, '1e15 ms (about 31,700 years)']);
  const memory = size.refine((n) => n >= MIN_MEMORY_BYTES, {
    error: "must be at least 512 MiB: below that no broker heap fits beside the page cache and the OS (Kafka's start script alone asks for a 1 GiB heap)",
  });
  // A plain number is bits per second, as NICs are sold; below 100 Mbit/s it is far more likely
  // a number meant in Gbit/s or bytes than a NIC anyone runs Kafka on.
  const nicRate = z.union([z.number(), z.string()], { error: 'expected bits per second (a number) or a rate such as "10 Gbit/s"' }).transform((v, ctx) => {
    let bytesPerSec: number;
    if (typeof v === 'number') {
      if (!(Number.isFinite(v) && v > 0)) {
        ctx.addIssue({ code: 'custom', message: 'must be greater than 0 bits per second' });
        return z.NEVER;
      }
      bytesPerSec = v / 8;
    } else {
      try {
        bytesPerSec = parseByteRate(v);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: e instanceof UnitError ? e.message : String(e) });
        return z.NEVER;
      }
    }
    if (bytesPerSec * 8 < MIN_NIC_BITS_PER_SEC) {
      const shown = typeof v === 'number' ? `${v.toLocaleString('en-US')} bit/s` : `"${v}"`;
      ctx.addIssue({ code: 'custom', message: `${shown} is below 100 Mbit/s, so probably a unit slip: a number here is bits per second; write e.g. 10e9 or "10 Gbit/s"` });
      return z.NEVER;
    }
    if (bytesPerSec > 1e18) {
      ctx.addIssue({ code: 'custom', message: 'must be at most 8e18 bits per second' });
      return z.NEVER;
    }
    return bytesPerSec;
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

  function obj<S extends Zod.core.$ZodLooseShape>(shape: S) {
    const allowed = Object.keys(shape).join(', ');
    return z.strictObject(shape, {
      error: (iss) => {
        if (iss.code === 'unrecognized_keys') return `unknown field${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `"${k}"`).join(', ')}; allowed: ${allowed}`;
        if (iss.code === 'invalid_type') return `expected an object with fields: ${allowed}`;
        return undefined;
      },
    });
  }

  /* The schema of CapacityInput: checks every field and converts units to base units. */
  return obj({
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
      memoryBytes: memory.optional(),
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

}

type Parsed = Zod.output<ReturnType<typeof buildSchema>>;

let schema: ReturnType<typeof buildSchema> | undefined;

/** The schema, built once; `require` keeps planCapacity synchronous while zod loads lazily. */
function capacityInputSchema(): ReturnType<typeof buildSchema> {
  schema ??= buildSchema(createRequire(import.meta.url)('zod') as typeof Zod);
  return schema;
}

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
  if (maxPartitions < p.replicationFactor) {
    if (p.broker.maxPartitions !== undefined)
      issues.push({ path: 'broker.maxPartitions', message: `must be at least replicationFactor (${p.replicationFactor}): every broker holds at least one replica of each of its partitions` });
    else
      issues.push({ path: 'replicationFactor', message: `must be at most ${maxPartitions.toLocaleString('en-US')}, the partition replicas one broker holds by default (broker.maxPartitions): with ${p.replicationFactor.toLocaleString('en-US')} copies each broker holds a replica of every partition` });
  }
  const t = p.tolerate ?? {};
  if (t.brokerFailures !== undefined && t.brokerFailures > 0 && t.brokerFailures >= p.replicationFactor)
    issues.push({ path: 'tolerate.brokerFailures', message: `must be less than the replication factor (${p.replicationFactor}): with ${t.brokerFailures} broker${t.brokerFailures > 1 ? 's' : ''} down some partitions have no replica left, and no broker count carries their traffic` });

  if (t.brokerFailures !== undefined && t.zoneFailures !== undefined) issues.push({ path: 'tolerate', message: 'give brokerFailures or zoneFailures, not both' });
  const racks = p.racks ?? 1;
  if ((t.zoneFailures ?? 0) > 0 && (t.zoneFailures ?? 0) >= racks)
    issues.push({ path: 'tolerate.zoneFailures', message: `must be less than racks (${racks}): some zone must survive` });
  else if (t.zoneFailures !== undefined && t.zoneFailures > 0 && t.zoneFailures >= p.replicationFactor)
    issues.push({ path: 'tolerate.zoneFailures', message: `must be less than the replication factor (${p.replicationFactor}): with ${t.zoneFailures} zone${t.zoneFailures > 1 ? 's' : ''} down some partitions have no replica left` });
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
  const result = capacityInputSchema().safeParse(input);
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
  const aggregate: ResolvedWorkload = {
    name: '(all topics)',
    path: 'write',
    writeAvg: avgRaw * compressionRatio,
    writePeak: (peakGiven ?? avgRaw) * compressionRatio,
    compressionRatio,
    readFanout: pick(p.readFanout, 'readFanout', D.readFanout),
    replicationFactor: p.replicationFactor,
    partitionBasis: 'one per broker',
  };
  if (p.retention.ms !== undefined) aggregate.retentionMs = p.retention.ms;
  if (p.retention.bytesPerPartition !== undefined) aggregate.retentionBytesPerPartition = p.retention.bytesPerPartition;
  if (p.tiered) aggregate.localRetentionMs = p.tiered.localRetentionMs;
  if (p.partitions !== undefined) Object.assign(aggregate, { partitions: p.partitions, partitionBasis: 'input' });
  else if (p.partitionThroughput) {
    const pt = p.partitionThroughput;
    const W = aggregate.writePeak;
    Object.assign(aggregate, { partitions: Math.max(1, ceilCount(Math.max(W / pt.producerBytesPerSec, W / pt.consumerBytesPerSec))), partitionBasis: 'throughput' });
  } else assumptions.push('partitions = one per broker (neither partitions nor partitionThroughput given)');
  const workloads = [aggregate];
  const minRF = Math.min(...workloads.map((x) => x.replicationFactor));
  const tolerate = p.tolerate ?? {};
  const zoneFailures = tolerate.zoneFailures ?? 0;
  let brokerFailures = 0;
  if (tolerate.zoneFailures === undefined) {
    if (tolerate.brokerFailures !== undefined) brokerFailures = tolerate.brokerFailures;
    else if (minRF === 1) assumptions.push('tolerate.brokerFailures = 0 (replication factor 1: a lost broker takes its partitions with it, so no spare broker can carry their traffic)');
    else brokerFailures = pick(undefined, 'tolerate.brokerFailures', D.brokerFailures);
  }
  const hr = p.headroom ?? {};
  const b = p.broker;
  const resolved: ResolvedCapacityInput = {
    workloads,
    writeAvg: workloads.reduce((sum, x) => sum + x.writeAvg, 0),
    writePeak: workloads.reduce((sum, x) => sum + x.writePeak, 0),
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
  if (p.minInsyncReplicas !== undefined) resolved.minInsyncReplicas = p.minInsyncReplicas;
  if (p.partitionThroughput) resolved.partitionThroughput = p.partitionThroughput;
  if (p.growth) resolved.growth = { monthlyRate: p.growth.monthlyRate, horizonMonths: p.growth.horizonMonths ?? D.horizonMonths.value };
  return resolved;
}

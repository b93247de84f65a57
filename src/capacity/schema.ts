/**
 * The zod schema of the planner's input, and the function that checks an input against it and
 * fills in the defaults. zod is loaded here, on the first plan, and not when kafka-lint is
 * imported or lints: most runs never plan, and zod is the largest module the package loads.
 */
import { createRequire } from 'node:module';
import type * as Zod from 'zod';
import { CAPACITY_DEFAULTS, CapacityInputError } from './input.js';
import type { CapacityInputIssue, Default, ResolvedBroker, ResolvedCapacityInput, ResolvedWorkload } from './input.js';
import { ceilCount } from './model.js';
import { BROKER_PROFILES, PRICE_DEFAULTS, brokerProfile, similarProfiles } from './hardware.js';
import { formatBytes, formatDuration, formatRate, parseByteRate, parseBytes, parseDuration, UnitError } from './units.js';

/** The least RAM per broker the planner accepts. */
const MIN_MEMORY_BYTES = 512 * 2 ** 20;
/** The input's fields in the order issues are listed. */
const FIELD_ORDER = ['write', 'topics', 'compressionRatio', 'readFanout', 'lagReadShare', 'retention', 'tiered', 'replicationFactor', 'minInsyncReplicas', 'partitions', 'partitionThroughput', 'broker', 'candidates', 'prices', 'followerFetching', 'headroom', 'tolerate', 'recovery', 'catchUp', 'racks', 'metadata', 'growth', 'segment', 'storageOverhead', 'pageCacheSeconds'];
/** The most topics one input may list: enough for a cluster's heavy topics, few enough to plan in milliseconds. */
const MAX_TOPICS = 1_000;
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

  const price = z.number({ error: 'must be a price in USD, 0 or more' }).min(0, { error: 'must be 0 or more' }).max(1e9, { error: 'is too large' });

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

  const write = obj({
    avgBytesPerSec: rate.optional(),
    peakBytesPerSec: rate.optional(),
    messagesPerSec: positive('messages per second').optional(),
    messageBytes: size.optional(),
    peakMessagesPerSec: positive('messages per second').optional(),
  });
  const retention = obj({ ms: duration.optional(), bytesPerPartition: size.optional() });
  const fanout = z.number({ error: 'must be a number of consumer groups, 0 or more' }).min(0, { error: 'must be 0 or more' }).max(10_000, { error: 'must be at most 10,000' });
  const topic = obj({
    // Kafka's own rule for topic names (Topic.validate): 1 to 249 of [a-zA-Z0-9._-].
    name: z.string({ error: 'must be a topic name' }).regex(/^[a-zA-Z0-9._-]{1,249}$/, { error: 'must be a Kafka topic name: 1 to 249 letters, digits, ".", "_" or "-"' }),
    write,
    retention: retention.optional(),
    replicationFactor: whole(1).max(32_767, { error: 'must be at most 32,767' }).optional(),
    partitions: whole(1).optional(),
    readFanout: fanout.optional(),
    compressionRatio: share(0, 1, true).optional(),
    localRetentionMs: duration.optional(),
    compacted: z.boolean({ error: 'must be true or false' }).optional(),
    keys: obj({ count: whole(1), recordBytes: size.optional() }).optional(),
    minCleanableDirtyRatio: z.number({ error: 'must be a number above 0 and below 1' }).gt(0, { error: 'must be a number above 0 and below 1' }).lt(1, { error: 'must be a number above 0 and below 1' }).optional(),
  });

  /* The schema of CapacityInput: checks every field and converts units to base units. */
  return obj({
    write: write.optional(),
    topics: z.array(topic, { error: 'must be a list of topics' }).min(1, { error: 'must list at least one topic' }).max(MAX_TOPICS, { error: `must list at most ${MAX_TOPICS.toLocaleString('en-US')} topics` }).optional(),
    compressionRatio: share(0, 1, true).optional(),
    readFanout: fanout.optional(),
    lagReadShare: share(0, 1, false).optional(),
    retention: retention.optional(),
    tiered: obj({ localRetentionMs: duration }).optional(),
    replicationFactor: whole(1).max(32_767, { error: 'must be at most 32,767' }),
    minInsyncReplicas: whole(1).optional(),
    partitions: whole(1).optional(),
    partitionThroughput: obj({ producerBytesPerSec: rate, consumerBytesPerSec: rate }).optional(),
    broker: z.preprocess((v) => (typeof v === 'string' ? { profile: v } : v), obj({
      profile: z.string().optional(),
      diskBytes: size.optional(),
      logDirs: whole(1).optional(),
      diskThroughputBytesPerSec: rate.optional(),
      nicBitsPerSec: nicRate.optional(),
      cores: whole(1).optional(),
      memoryBytes: memory.optional(),
      maxPartitions: whole(1).optional(),
      listeners: whole(1).optional(),
      recoveryThreadsPerDataDir: whole(1).optional(),
      connections: whole(0).optional(),
    })).optional(),
    candidates: z.array(z.string(), { error: 'must be a list of profile names, e.g. ["m7g.2xlarge", "m6i.2xlarge"]' }).min(1, { error: 'must list at least one profile' }).max(BROKER_PROFILES.length, { error: `must list at most ${BROKER_PROFILES.length} profiles` }).optional(),
    prices: obj({
      instancePerHour: price.optional(),
      storagePerGiBMonth: price.optional(),
      throughputPerMiBpsMonth: price.optional(),
      tieredPerGiBMonth: price.optional(),
      crossZonePerGiB: price.optional(),
    }).optional(),
    followerFetching: z.boolean({ error: 'must be true or false' }).optional(),
    headroom: obj({
      diskFill: share(0, 1, true).optional(),
      network: share(0, 1, true).optional(),
      cpu: share(0, 1, true).optional(),
      diskThroughput: share(0, 1, true).optional(),
    }).optional(),
    tolerate: obj({ brokerFailures: whole(0).optional(), zoneFailures: whole(0).optional() }).optional(),
    recovery: obj({ within: duration.optional(), rebalanceBytesPerSec: rate.optional() }).optional(),
    catchUp: obj({ backlog: duration, within: duration, groups: fanout.gt(0, { error: 'must be more than 0' }).optional() }).optional(),
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

type ParsedWrite = NonNullable<Parsed['write']>;
type ParsedRetention = NonNullable<Parsed['retention']>;

/** Issues of one write rate, under `path`. */
function writeIssues(w: ParsedWrite, path: string): CapacityInputIssue[] {
  const issues: CapacityInputIssue[] = [];
  const byBytes = w.avgBytesPerSec !== undefined || w.peakBytesPerSec !== undefined;
  const byMessages = w.messagesPerSec !== undefined || w.messageBytes !== undefined || w.peakMessagesPerSec !== undefined;
  if (byBytes && byMessages) issues.push({ path, message: 'give either a byte rate (avgBytesPerSec, peakBytesPerSec) or a message rate (messagesPerSec, messageBytes, peakMessagesPerSec), not both' });
  else if (byBytes && w.avgBytesPerSec === undefined) issues.push({ path: `${path}.avgBytesPerSec`, message: 'is required with peakBytesPerSec: storage is sized from the average' });
  else if (byMessages) {
    if (w.messagesPerSec === undefined) issues.push({ path: `${path}.messagesPerSec`, message: 'is required with a message rate: the average messages per second' });
    if (w.messageBytes === undefined) issues.push({ path: `${path}.messageBytes`, message: 'is required with a message rate: the average message size, e.g. "1 kB"' });
  } else if (!byBytes) issues.push({ path, message: 'needs avgBytesPerSec (e.g. "50 MB/s"), or messagesPerSec and messageBytes' });
  if (w.avgBytesPerSec !== undefined && w.peakBytesPerSec !== undefined && w.peakBytesPerSec < w.avgBytesPerSec)
    issues.push({ path: `${path}.peakBytesPerSec`, message: 'must be at least the average (avgBytesPerSec)' });
  if (w.messagesPerSec !== undefined && w.peakMessagesPerSec !== undefined && w.peakMessagesPerSec < w.messagesPerSec)
    issues.push({ path: `${path}.peakMessagesPerSec`, message: 'must be at least the average (messagesPerSec)' });
  return issues;
}

const RETENTION_NEEDED = 'needs ms (retention.ms, e.g. "7d") and/or bytesPerPartition (retention.bytes, e.g. "1 GB")';

/** Issues of one retention with its partition count and tiered local retention. */
function retentionIssues(r: ParsedRetention, path: string, partitionsKnown: boolean, partitionsPath: string, local: { ms: number | undefined; path: string }): CapacityInputIssue[] {
  const issues: CapacityInputIssue[] = [];
  if (r.ms === undefined && r.bytesPerPartition === undefined) issues.push({ path, message: RETENTION_NEEDED });
  if (r.bytesPerPartition !== undefined && !partitionsKnown)
    issues.push({ path: partitionsPath, message: 'is required with retention.bytesPerPartition: retention.bytes is per partition, so the topic size is partitions × retention.bytes (or give partitionThroughput)' });
  if (local.ms !== undefined && r.ms !== undefined && local.ms > r.ms)
    issues.push({ path: local.path, message: 'must not exceed retention.ms (Kafka caps local.retention.ms at retention.ms)' });
  return issues;
}

/** A replication factor against the partition replicas one broker may hold. */
function replicaLimitIssue(rf: number, path: string, p: Parsed): CapacityInputIssue | undefined {
  const profile = p.broker?.profile !== undefined ? brokerProfile(p.broker.profile) : undefined;
  const maxPartitions = p.broker?.maxPartitions ?? profile?.maxPartitions ?? CAPACITY_DEFAULTS.maxPartitions.value;
  if (maxPartitions >= rf) return undefined;
  if (p.broker?.maxPartitions !== undefined)
    return { path: 'broker.maxPartitions', message: `must be at least the replication factor (${rf} at ${path}): every broker holds at least one replica of each of its partitions` };
  return { path, message: `must be at most ${maxPartitions.toLocaleString('en-US')}, the partition replicas one broker holds by default${profile ? ` on ${profile.name}` : ''} (broker.maxPartitions): with ${rf.toLocaleString('en-US')} copies each broker holds a replica of every partition` };
}

/** Fields the schema leaves optional that others make required: write or topics, broker or candidates. */
function presenceIssues(input: unknown): CapacityInputIssue[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [];
  const i = input as Record<string, unknown>;
  const issues: CapacityInputIssue[] = [];
  if (i['topics'] === undefined && i['write'] === undefined) issues.push({ path: 'write', message: 'is required (or give topics): avgBytesPerSec (e.g. "50 MB/s"), or messagesPerSec and messageBytes' });
  if (i['topics'] === undefined && i['retention'] === undefined) issues.push({ path: 'retention', message: `is required with write: it ${RETENTION_NEEDED}` });
  if (i['broker'] === undefined && i['candidates'] === undefined) issues.push({ path: 'broker', message: 'is required (or give candidates): a profile name such as "m7g.2xlarge", or { diskBytes, ... }' });
  return issues;
}

/** Issues in the order of the input's fields, as the schema reports them. */
function inFieldOrder(issues: CapacityInputIssue[]): CapacityInputIssue[] {
  const rank = (i: CapacityInputIssue) => {
    const at = FIELD_ORDER.indexOf(i.path.split('.')[0]!);
    return at < 0 ? FIELD_ORDER.length : at;
  };
  return issues.map((issue, n) => ({ issue, n })).sort((a, b) => rank(a.issue) - rank(b.issue) || a.n - b.n).map((x) => x.issue);
}

/** Profile names, each known, else an issue with the closest names. */
function profileIssues(names: { name: string; path: string }[]): CapacityInputIssue[] {
  return names
    .filter((n) => !brokerProfile(n.name))
    .map((n) => {
      const near = similarProfiles(n.name);
      return { path: n.path, message: `"${n.name}" is not a built-in broker profile${near.length ? `; did you mean ${near.join(', ')}?` : ''} (docs/capacity.md lists them all)` };
    });
}

/** Checks that need several fields at once; each issue names the field to change. */
function crossFieldIssues(p: Parsed): CapacityInputIssue[] {
  const issues: CapacityInputIssue[] = [];
  const topics = p.topics ?? [];
  const b = p.broker;
  issues.push(...profileIssues([...(b?.profile !== undefined ? [{ name: b.profile, path: 'broker.profile' }] : []), ...(p.candidates ?? []).map((name, i) => ({ name, path: `candidates.${i}` }))]));
  if (b?.profile !== undefined && p.candidates) issues.push({ path: 'candidates', message: 'give a broker profile or candidates to choose from, not both' });
  if (b && b.profile === undefined && !p.candidates && b.diskBytes === undefined) issues.push({ path: 'broker.diskBytes', message: 'is required without a profile: usable disk per broker, e.g. "4 TB"' });
  if (p.write) {
    issues.push(...writeIssues(p.write, 'write'));
    if (p.retention) issues.push(...retentionIssues(p.retention, 'retention', p.partitions !== undefined || p.partitionThroughput !== undefined, 'partitions', { ms: p.tiered?.localRetentionMs, path: 'tiered.localRetentionMs' }));
  } else {
    if (p.partitions !== undefined) issues.push({ path: 'partitions', message: 'counts the partitions of the aggregate write, and there is none: give partitions per topic' });
    if (p.tiered) issues.push({ path: 'tiered', message: 'applies to the aggregate write, and there is none: give localRetentionMs per topic' });
  }
  const names = new Set<string>();
  topics.forEach((t, i) => {
    const at = `topics.${i}`;
    if (names.has(t.name)) issues.push({ path: `${at}.name`, message: `"${t.name}" is listed twice: each topic once` });
    names.add(t.name);
    issues.push(...writeIssues(t.write, `${at}.write`));
    const retention = t.retention ?? (t.compacted ? undefined : p.retention);
    if (retention) issues.push(...retentionIssues(retention, t.retention ? `${at}.retention` : 'retention', t.partitions !== undefined || p.partitionThroughput !== undefined, `${at}.partitions`, { ms: t.localRetentionMs, path: `${at}.localRetentionMs` }));
    else if (!t.compacted) issues.push({ path: `${at}.retention`, message: `is required unless the topic is compacted or a cluster-wide retention is given: it ${RETENTION_NEEDED}` });
    if (t.compacted && !t.keys) issues.push({ path: `${at}.keys`, message: 'is required for a compacted topic: the distinct keys alive at once ({ count, recordBytes })' });
    if (t.compacted && t.keys && t.keys.recordBytes === undefined && t.write.messageBytes === undefined)
      issues.push({ path: `${at}.keys.recordBytes`, message: 'is required (or write.messageBytes): the size of one record, e.g. "1 kB"' });
    if (t.compacted && t.localRetentionMs !== undefined) issues.push({ path: `${at}.localRetentionMs`, message: 'cannot apply: Kafka does not tier compacted topics (KIP-405 tiers delete-policy topics only)' });
    if (!t.compacted && t.keys) issues.push({ path: `${at}.keys`, message: 'sizes a compacted topic: add compacted: true, or leave keys out' });
    if (!t.compacted && t.minCleanableDirtyRatio !== undefined) issues.push({ path: `${at}.minCleanableDirtyRatio`, message: 'applies to a compacted topic only: add compacted: true' });
    if (t.partitions !== undefined && p.partitionThroughput !== undefined) issues.push({ path: `${at}.partitions`, message: 'is given beside partitionThroughput: give one or the other' });
    const limit = t.replicationFactor !== undefined ? replicaLimitIssue(t.replicationFactor, `${at}.replicationFactor`, p) : undefined;
    if (limit) issues.push(limit);
  });
  if (p.partitions !== undefined && p.partitionThroughput !== undefined)
    issues.push({ path: 'partitionThroughput', message: 'give partitions or partitionThroughput, not both' });
  if (p.minInsyncReplicas !== undefined && p.minInsyncReplicas > p.replicationFactor)
    issues.push({ path: 'minInsyncReplicas', message: `must not exceed replicationFactor (${p.replicationFactor}): no write with acks=all could ever succeed` });
  const limit = replicaLimitIssue(p.replicationFactor, 'replicationFactor', p);
  if (limit) issues.push(limit);
  const rfs = [...(p.write ? [p.replicationFactor] : []), ...topics.map((t) => t.replicationFactor ?? p.replicationFactor)];
  const minRF = Math.min(...rfs);
  const t = p.tolerate ?? {};
  if (t.brokerFailures !== undefined && t.brokerFailures > 0 && t.brokerFailures >= minRF)
    issues.push({ path: 'tolerate.brokerFailures', message: `must be less than the replication factor (${minRF}): with ${t.brokerFailures} broker${t.brokerFailures > 1 ? 's' : ''} down some partitions have no replica left, and no broker count carries their traffic` });
  if (t.brokerFailures !== undefined && t.zoneFailures !== undefined) issues.push({ path: 'tolerate', message: 'give brokerFailures or zoneFailures, not both' });
  const racks = p.racks ?? 1;
  if ((t.zoneFailures ?? 0) > 0 && (t.zoneFailures ?? 0) >= racks)
    issues.push({ path: 'tolerate.zoneFailures', message: `must be less than racks (${racks}): some zone must survive` });
  else if (t.zoneFailures !== undefined && t.zoneFailures > 0 && t.zoneFailures >= minRF)
    issues.push({ path: 'tolerate.zoneFailures', message: `must be less than the replication factor (${minRF}): with ${t.zoneFailures} zone${t.zoneFailures > 1 ? 's' : ''} down some partitions have no replica left` });
  return issues;
}

type ParsedBroker = NonNullable<Parsed['broker']>;

/** The broker in base units: the given fields, then the profile's figures, then the defaults. */
function resolveBroker(b: ParsedBroker, pick: <T>(given: T | undefined, name: string, d: Default<T>, shown?: (v: T) => string) => T, assumptions: string[]): ResolvedBroker {
  const D = CAPACITY_DEFAULTS;
  const prof = b.profile !== undefined ? brokerProfile(b.profile) : undefined;
  const common = {
    logDirs: pick(b.logDirs, 'broker.logDirs', D.logDirs),
    listeners: pick(b.listeners, 'broker.listeners', D.listeners),
    recoveryThreadsPerDataDir: pick(b.recoveryThreadsPerDataDir, 'broker.recoveryThreadsPerDataDir', D.recoveryThreadsPerDataDir),
    connections: pick(b.connections, 'broker.connections', D.connections),
  };
  if (!prof)
    return {
      ...common,
      diskBytes: b.diskBytes!,
      diskSizedToFit: false,
      diskThroughputBytesPerSec: pick(b.diskThroughputBytesPerSec, 'broker.diskThroughputBytesPerSec', D.diskThroughputBytesPerSec, () => '250 MiB/s'),
      nicBytesPerSec: pick(b.nicBitsPerSec, 'broker.nicBitsPerSec', D.nicBytesPerSec, () => '10 Gbit/s'),
      maxPartitions: pick(b.maxPartitions, 'broker.maxPartitions', D.maxPartitions),
      ...(b.cores !== undefined ? { cores: b.cores } : {}),
      ...(b.memoryBytes !== undefined ? { memoryBytes: b.memoryBytes } : {}),
    };
  const st = prof.storage;
  let throughput: number;
  let disk: string;
  if (st.kind === 'local') {
    throughput = b.diskThroughputBytesPerSec ?? st.throughputBytesPerSec;
    disk = `${st.drives} local NVMe drive${st.drives > 1 ? 's' : ''}, ${formatBytes(st.bytes)}, at least ${formatRate(st.throughputBytesPerSec)} of writes (published 4 KiB random-write IOPS; sequential is faster: measure and give broker.diskThroughputBytesPerSec)`;
  } else {
    const volume = b.diskThroughputBytesPerSec ?? (st.includedBytesPerSec > 0 ? st.includedBytesPerSec : D.diskThroughputBytesPerSec.value);
    const ceiling = Math.min(st.maxProvisionedBytesPerSec, st.baselineBytesPerSec ?? Infinity);
    throughput = Math.min(volume, ceiling);
    if (b.diskThroughputBytesPerSec !== undefined && volume > ceiling)
      assumptions.push(`broker.diskThroughputBytesPerSec = ${formatRate(ceiling)} (the ${prof.name} sustains no more to its volumes than ${formatRate(ceiling)}; more is bought for nothing)`);
    const sustained = st.baselineBytesPerSec !== undefined ? `, ${formatRate(st.baselineBytesPerSec)} sustained to its volumes${st.burstBytesPerSec !== undefined ? ` (${formatRate(st.burstBytesPerSec)} in bursts, not counted)` : ''}` : '';
    disk = `volumes of ${formatRate(volume)}${b.diskThroughputBytesPerSec === undefined ? (st.includedBytesPerSec > 0 ? ' (the throughput the storage price includes)' : ' (no figure in the profile: 250 MiB/s assumed, AWS MSK\'s default)') : ''}${sustained}, up to ${formatBytes(st.maxBytes)} a broker${b.diskBytes === undefined ? ', sized to fit' : ''}`;
  }
  const burst = prof.networkBurstBitsPerSec !== undefined ? ` (${formatRate(prof.networkBurstBitsPerSec / 8)} in bursts, not counted)` : '';
  assumptions.push(`broker = ${prof.name}: ${prof.vcpus} vCPUs, ${formatBytes(prof.memoryBytes)} RAM, ${formatRate(prof.networkBitsPerSec / 8)} sustained network${burst}, ${disk}${prof.maxPartitions !== undefined ? `, ${prof.maxPartitions.toLocaleString('en-US')} partition replicas` : ''} (${prof.source})`);
  return {
    ...common,
    profile: prof,
    diskBytes: b.diskBytes ?? (st.kind === 'local' ? st.bytes : st.maxBytes),
    diskSizedToFit: b.diskBytes === undefined && st.kind === 'block',
    diskThroughputBytesPerSec: throughput,
    nicBytesPerSec: b.nicBitsPerSec ?? prof.networkBitsPerSec / 8,
    maxPartitions: b.maxPartitions ?? prof.maxPartitions ?? D.maxPartitions.value,
    cores: b.cores ?? prof.vcpus,
    memoryBytes: b.memoryBytes ?? prof.memoryBytes,
  };
}

/** The input as the schema returns it: checked, units converted, defaults not yet filled in. */
export type ParsedCapacityInput = Parsed;

/**
 * Checks the input: the schema and every check across fields. With `candidates`, the broker is
 * checked per candidate when it is resolved.
 *
 * @example
 * ```ts
 * const p = parseCapacityInput({ write: { avgBytesPerSec: '50 MB/s' }, retention: { ms: '7d' }, replicationFactor: 3, candidates: ['m7g.2xlarge'] });
 * ```
 * @throws CapacityInputError listing every bad field.
 */
export function parseCapacityInput(input: unknown): ParsedCapacityInput {
  const result = capacityInputSchema().safeParse(input);
  if (!result.success) throw new CapacityInputError(inFieldOrder([...presenceIssues(input), ...result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))]));
  const issues = [...presenceIssues(input), ...crossFieldIssues(result.data)];
  if (issues.length > 0) throw new CapacityInputError(inFieldOrder(issues));
  return result.data;
}

/**
 * The parsed input with `profile` as the broker in place of the candidates (the fields of an
 * object `broker` still override it), checked again for what depends on the broker.
 *
 * @example
 * ```ts
 * resolveCapacityInput(withProfile(parsed, 'm7g.2xlarge')).broker.cores; // 8
 * ```
 * @throws CapacityInputError when the input does not suit that broker (its partition limit).
 */
export function withProfile(p: ParsedCapacityInput, profile: string): ParsedCapacityInput {
  const { candidates: _, ...rest } = p;
  const q: ParsedCapacityInput = { ...rest, broker: { ...(p.broker ?? {}), profile } };
  const issues = crossFieldIssues(q);
  if (issues.length > 0) throw new CapacityInputError(inFieldOrder(issues));
  return q;
}

/**
 * Checks the input (or takes it parsed) and converts it to base units with every default filled in.
 *
 * @example
 * ```ts
 * const r = resolveCapacityInput({ write: { avgBytesPerSec: '50 MB/s' }, retention: { ms: '7d' }, replicationFactor: 3, broker: { diskBytes: '4 TB' } });
 * r.writePeak; // 50000000
 * ```
 * @throws CapacityInputError listing every bad field.
 */
export function resolveCapacityInput(input: unknown, parsed?: ParsedCapacityInput): ResolvedCapacityInput {
  const p = parsed ?? parseCapacityInput(input);

  const assumptions: string[] = [];
  function pick<T>(given: T | undefined, name: string, d: Default<T>, shown: (v: T) => string = String): T {
    if (given !== undefined) return given;
    assumptions.push(`${name} = ${shown(d.value)} (${d.source})`);
    return d.value;
  }
  const D = CAPACITY_DEFAULTS;
  const compressionRatio = pick(p.compressionRatio, 'compressionRatio', D.compressionRatio);
  const readFanout = p.readFanout ?? D.readFanout.value;
  if (p.readFanout === undefined && (p.write || (p.topics ?? []).some((t) => t.readFanout === undefined))) pick(undefined, 'readFanout', D.readFanout);
  const pt = p.partitionThroughput;
  const peakMissing: string[] = [];
  /** One workload from a write rate; the partitions and retention are set by the caller. */
  const workload = (name: string, path: string, w: ParsedWrite, ratio: number, fanout: number, rf: number): ResolvedWorkload => {
    const avgRaw = w.avgBytesPerSec ?? (w.messagesPerSec ?? 0) * (w.messageBytes ?? 0);
    const peakGiven = w.peakBytesPerSec ?? (w.peakMessagesPerSec !== undefined ? w.peakMessagesPerSec * (w.messageBytes ?? 0) : undefined);
    if (peakGiven === undefined) peakMissing.push(path);
    return { name, path, writeAvg: avgRaw * ratio, writePeak: (peakGiven ?? avgRaw) * ratio, compressionRatio: ratio, readFanout: fanout, replicationFactor: rf, partitionBasis: 'one per broker' };
  };
  const partitioned = (x: ResolvedWorkload, given: number | undefined): void => {
    if (given !== undefined) Object.assign(x, { partitions: given, partitionBasis: 'input' });
    else if (pt) Object.assign(x, { partitions: Math.max(1, ceilCount(Math.max(x.writePeak / pt.producerBytesPerSec, x.writePeak / pt.consumerBytesPerSec))), partitionBasis: 'throughput' });
  };
  const retained = (x: ResolvedWorkload, r: ParsedRetention | undefined, localMs: number | undefined): void => {
    if (r?.ms !== undefined) x.retentionMs = r.ms;
    if (r?.bytesPerPartition !== undefined) x.retentionBytesPerPartition = r.bytesPerPartition;
    if (localMs !== undefined) x.localRetentionMs = localMs;
  };
  const workloads: ResolvedWorkload[] = [];
  if (p.write) {
    const aggregate = workload(p.topics ? '(other topics)' : '(all topics)', 'write', p.write, compressionRatio, readFanout, p.replicationFactor);
    retained(aggregate, p.retention, p.tiered?.localRetentionMs);
    partitioned(aggregate, p.partitions);
    workloads.push(aggregate);
  }
  (p.topics ?? []).forEach((t, i) => {
    const x = workload(t.name, `topics.${i}`, t.write, t.compressionRatio ?? compressionRatio, t.readFanout ?? readFanout, t.replicationFactor ?? p.replicationFactor);
    retained(x, t.retention ?? (t.compacted ? undefined : p.retention), t.localRetentionMs);
    partitioned(x, t.partitions);
    if (t.compacted && t.keys) {
      const ratio = pick(t.minCleanableDirtyRatio, `topics.${i}.minCleanableDirtyRatio`, D.minCleanableDirtyRatio);
      x.compaction = { keys: t.keys.count, recordBytes: (t.keys.recordBytes ?? t.write.messageBytes ?? 0) * x.compressionRatio, minCleanableDirtyRatio: ratio };
    }
    workloads.push(x);
  });
  if (p.catchUp) {
    // The local-tier lag allowance: a backlog read back from remote storage would not come off local disks.
    const backlog = p.catchUp.backlog;
    for (const x of workloads)
      if (x.localRetentionMs !== undefined && x.localRetentionMs < backlog) {
        x.localRetentionMs = Math.min(backlog, x.retentionMs ?? backlog);
        assumptions.push(`local retention of ${x.path} = ${formatDuration(x.localRetentionMs)} (the catch-up backlog, so consumers catching up read local disks: set local.retention.ms to at least this)`);
      }
  }
  const onePerBroker = workloads.filter((x) => x.partitions === undefined).map((x) => x.path);
  if (onePerBroker.length > 0) assumptions.push(`partitions = one per broker for ${onePerBroker.join(', ')} (neither partitions nor partitionThroughput given)`);
  if (peakMissing.length > 0) assumptions.push(`peak write = average write for ${peakMissing.join(', ')} (no peak given: throughput is sized at the average)`);
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
  const broker = resolveBroker(p.broker ?? {}, pick, assumptions);
  const resolved: ResolvedCapacityInput = {
    workloads,
    writeAvg: workloads.reduce((sum, x) => sum + x.writeAvg, 0),
    writePeak: workloads.reduce((sum, x) => sum + x.writePeak, 0),
    lagReadShare: pick(p.lagReadShare, 'lagReadShare', D.lagReadShare),
    replicationFactor: p.replicationFactor,
    broker,
    followerFetching: p.followerFetching ?? false,
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
  const prof = broker.profile;
  if (prof || p.prices?.instancePerHour !== undefined) {
    const d = PRICE_DEFAULTS[prof?.provider ?? 'aws'];
    const given = p.prices ?? {};
    resolved.prices = {
      instancePerHour: given.instancePerHour ?? prof!.pricePerHour,
      storagePerGiBMonth: given.storagePerGiBMonth ?? (prof?.storage.kind === 'local' ? 0 : d.storage),
      throughputPerMiBpsMonth: given.throughputPerMiBpsMonth ?? d.throughput,
      tieredPerGiBMonth: given.tieredPerGiBMonth ?? d.tiered,
      crossZonePerGiB: given.crossZonePerGiB ?? d.crossZone,
      replicationCrossesZones: d.replicationCrossesZones,
      source: `${given.instancePerHour === undefined ? `instance: ${prof!.source}; ` : ''}${d.source}`,
    };
  }
  if (p.catchUp) resolved.catchUp = { backlogMs: p.catchUp.backlog, withinMs: p.catchUp.within, groups: p.catchUp.groups ?? 1 };
  if (p.recovery || brokerFailures > 0 || zoneFailures > 0) {
    resolved.recovery = { withinMs: pick(p.recovery?.within, 'recovery.within', D.recoveryWithinMs, () => '24 h') };
    if (p.recovery?.rebalanceBytesPerSec !== undefined) resolved.recovery.rebalanceBytesPerSec = p.recovery.rebalanceBytesPerSec;
  }
  if (p.partitionThroughput) resolved.partitionThroughput = p.partitionThroughput;
  if (p.growth) resolved.growth = { monthlyRate: p.growth.monthlyRate, horizonMonths: p.growth.horizonMonths ?? D.horizonMonths.value };
  return resolved;
}

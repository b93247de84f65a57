/**
 * The plan in words: what binds, what comes second, what would change the answer, and the
 * warnings an operator should read before buying hardware.
 */
import type { Constraint } from './model.js';
import { partitionsAt, roundUpTo, survivors } from './model.js';
import type { CapacityPlan, CapacityWarning } from './types.js';
import { ZOOKEEPER_REQUESTS_PER_SEC } from './derived.js';
import { formatBytes, formatDuration, formatRate } from './units.js';

/**
 * A quantity in the constraint's own unit.
 *
 * @example
 * ```ts
 * formatDemand({ unit: 'bytes/s' }, 125e6); // '125 MB/s'
 * ```
 */
export function formatDemand(c: Pick<Constraint, 'unit'>, value: number): string {
  switch (c.unit) {
    case 'bytes':
      return formatBytes(value);
    case 'bytes/s':
      return formatRate(value);
    case 'write-equivalent bytes/s':
      return `${formatRate(value)} write-equivalent`;
    case 'partition replicas':
    case 'replicas of a partition': {
      const n = Math.ceil(value);
      return `${n.toLocaleString('en-US')} replica${n === 1 ? '' : 's'}`;
    }
  }
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
/**
 * Keys one log cleaner pass can deduplicate with Kafka's defaults: log.cleaner.dedupe.buffer.size
 * 134,217,728 B × log.cleaner.io.buffer.load.factor 0.9 ÷ 24 B a key (a 16-byte MD5 hash and an
 * 8-byte offset in the cleaner's offset map), with the default single cleaner thread.
 */
const KEYS_PER_CLEANER_PASS = Math.floor((134_217_728 * 0.9) / 24);
const brokersWord = (n: number) => `${n} broker${n === 1 ? '' : 's'}`;

/**
 * One broker's usable capacity, with the raw figure and headroom it comes from.
 *
 * @example
 * ```ts
 * capacityText(diskConstraint); // '5.6 TB (8 TB × 70%)'
 * ```
 */
export function capacityText(c: Constraint): string {
  const usable = formatDemand(c, c.capacityPerBroker);
  if (c.headroom >= 1) return usable;
  const raw = c.unit === 'write-equivalent bytes/s' ? formatRate(c.rawCapacityPerBroker) : formatDemand(c, c.rawCapacityPerBroker);
  return `${usable} (${raw} × ${pct(c.headroom)})`;
}

/** `prefix` and the replication factor when every workload has the same one, else ''. */
function rfText(plan: CapacityPlan, prefix: string): string {
  const rfs = new Set(plan.input.workloads.map((w) => w.replicationFactor));
  return rfs.size === 1 ? `${prefix}${[...rfs][0]}` : '';
}

function decides(c: Constraint, plan: CapacityPlan): string {
  const name = c.label.charAt(0).toUpperCase() + c.label.slice(1);
  const verb = c.name === 'partitions' ? 'decide' : 'decides';
  switch (c.name) {
    case 'replication-factor':
      return `The replication factor decides: ${c.demand} copies of each partition need ${brokersWord(c.demand)}, and every other constraint fits in fewer.`;
    case 'failure-headroom':
      return `Failure headroom decides: ${c.formula}, ${formatDemand(c, c.demand)} against ${capacityText(c)} per broker needs ${brokersWord(c.brokersNeeded)}.`;
    case 'recovery': {
      const within = formatDuration(plan.input.recovery!.withinMs);
      return `Recovery and rebalance ${verb}: ${c.formula.split(':')[0]!} must carry peak traffic plus each broker's share of ${formatBytes(plan.storage.totalLocal)} stored within ${within}, ${formatDemand(c, c.demand)} against ${capacityText(c)} per broker, which needs ${brokersWord(c.brokersNeeded)}.`;
    }
    case 'partitions':
      return `${name} ${verb}: ${plan.partitions.count.toLocaleString('en-US')} partitions${rfText(plan, ' × RF ')} = ${formatDemand(c, c.demand)} against ${capacityText(c)} per broker needs ${brokersWord(c.brokersNeeded)}.`;
    case 'disk-capacity': {
      const s = plan.storage;
      const copies = rfText(plan, ' × RF ');
      const retained = copies ? `${formatBytes(s.dataPerCopy)} retained${copies}` : `${formatBytes(s.retainedBytes)} retained in all copies`;
      return `${name} ${verb}: ${formatBytes(s.totalLocal)} stored (${retained}, plus ${formatBytes(s.totalLocal - s.retainedBytes)} overhead) against ${capacityText(c)} per broker needs ${brokersWord(c.brokersNeeded)}.`;
    }
    default:
      return `${name} ${verb}: ${formatDemand(c, c.demand)} at peak (${c.formula}) against ${capacityText(c)} per broker needs ${brokersWord(c.brokersNeeded)}.`;
  }
}

/** For each constraint: its demand in words, how to lower it, and what to buy instead. */
const LEVERS: Record<Constraint['name'], { demand: string; how: string; capacity: string }> = {
  'disk-capacity': { demand: 'stored data', how: 'shorter retention, better compression, or tiered storage', capacity: 'disk per broker' },
  'disk-throughput': { demand: 'disk traffic', how: 'fewer reads from disk', capacity: 'disk throughput per broker' },
  'network-in': { demand: 'inbound traffic', how: 'a lower peak write rate', capacity: 'NIC speed' },
  'network-out': { demand: 'outbound traffic', how: 'less fan-out, or consumers fetching from the nearest replica', capacity: 'NIC speed' },
  partitions: { demand: 'partition replicas', how: 'fewer partitions', capacity: 'replicas allowed per broker' },
  cpu: { demand: 'CPU load', how: 'a lower peak rate or better batching', capacity: 'cores per broker' },
  'failure-headroom': { demand: 'peak traffic', how: 'tolerating fewer failures', capacity: 'capacity per broker' },
  recovery: { demand: 'traffic plus data to move', how: 'a longer recovery.within, shorter local retention or tiered storage', capacity: 'throughput per broker' },
  'replication-factor': { demand: 'replication factor', how: '', capacity: '' },
};

/**
 * The explanation sentences: the binding constraint with its arithmetic, the rounding, ties,
 * the runner-up, and what would change the answer.
 *
 * @example
 * ```ts
 * explain(plan, rankedConstraints)[0]; // 'Disk capacity decides: 7.7 TB stored ...'
 * ```
 */
export function explain(plan: CapacityPlan, ranked: Constraint[]): string[] {
  const r = plan.input;
  const B = plan.brokers;
  const [binding, ...rest] = ranked as [Constraint, ...Constraint[]];
  const out = [decides(binding, plan)];
  if (B > binding.brokersNeeded) out.push(`Rounded up to ${brokersWord(B)}: a multiple of ${r.racks} racks keeps brokers per rack equal.`);
  if (plan.ties.length > 0) {
    const labels = plan.ties.map((n) => ranked.find((c) => c.name === n)!.label);
    const these = labels.join(' and ');
    out.push(`${these.charAt(0).toUpperCase()}${these.slice(1)} ${labels.length > 1 ? 'need' : 'needs'} as many brokers (${binding.brokersNeeded}): relieving ${binding.label} alone would not change the answer.`);
  }
  const meaningful = rest.filter((c) => !plan.ties.includes(c.name) && !(c.name === 'failure-headroom' && c.formula === 'no failures to tolerate'));
  const second = meaningful[0];
  if (second) out.push(`Next comes ${second.label}: ${brokersWord(second.brokersNeeded)} (${pct(second.utilizationAtPlan)} used at ${B}).`);
  if (plan.ties.length === 0 && binding.name !== 'replication-factor') {
    const othersNeed = roundUpTo(second?.brokersNeeded ?? 1, r.racks);
    const lever = LEVERS[binding.name];
    // Brokers that carry the binding demand: all of them, or the survivors for failure headroom.
    const serving = (b: number) => (binding.name === 'failure-headroom' ? survivors(r, b) : b);
    const target = B - r.racks;
    const cut = target > 0 && serving(target) > 0 ? 1 - (serving(target) * binding.capacityPerBroker) / binding.demand : 0;
    // cut ≤ 0: the binding constraint would fit one rack fewer, but the partitions rounded to
    // that count would not; the rounding sentence above already says so.
    if (othersNeed < B && cut > 0) {
      const more = binding.demand / (serving(target) * binding.capacityPerBroker) - 1;
      out.push(`${brokersWord(target)} would do with ${pct(cut)} less ${lever.demand} (${lever.how}), or ${pct(more)} more ${lever.capacity}.`);
    } else if (second && othersNeed >= B) {
      const rounded = othersNeed !== second.brokersNeeded ? `, ${othersNeed} after rounding to ${r.racks} racks` : '';
      out.push(`Relieving ${binding.label} alone would not lower the count: ${second.label} needs ${brokersWord(second.brokersNeeded)}${rounded}.`);
    }
    const room = (serving(B) * binding.capacityPerBroker) / binding.demand - 1;
    if (Number.isFinite(room)) out.push(`At ${brokersWord(B)}, ${lever.demand} can grow ${pct(Math.max(0, room))} before ${binding.label} needs another broker.`);
  }
  if (plan.growth) {
    const first = plan.growth.runsOut.filter((g) => g.month !== null).sort((a, b) => a.month! - b.month!)[0];
    const label = first && ranked.find((c) => c.name === first.name)!.label;
    out.push(
      first
        ? `Growing ${pct(plan.growth.monthlyRate)} a month, ${label} runs out first, in month ${first.month}; ${plan.growth.horizonMonths} months out the plan would ${plan.growth.brokersAtHorizon === null ? 'need more than 10,000 brokers' : `be ${brokersWord(plan.growth.brokersAtHorizon)}`}.`
        : `Growing ${pct(plan.growth.monthlyRate)} a month, no constraint runs out within ${plan.growth.horizonMonths} months.`,
    );
  }
  return out;
}

/**
 * The warnings for a plan. `beyondMonth` is the month from which growth needs more brokers than
 * the planner sizes (null if never within the horizon); `suggestedBrokers` what the plan needs
 * with the suggested partition count (null when that is beyond the planner's bounds).
 *
 * @example
 * ```ts
 * planWarnings(plan, null, plan.brokers).map((w) => w.code); // e.g. ['min-isr-equals-rf']
 * ```
 */
export function planWarnings(plan: CapacityPlan, beyondMonth: number | null, suggestedBrokers: number | null): CapacityWarning[] {
  const r = plan.input;
  const RF = r.replicationFactor;
  const minRF = Math.min(...r.workloads.map((x) => x.replicationFactor));
  const w: CapacityWarning[] = [];
  const binding = plan.constraints.find((c) => c.name === plan.binding)!;
  if (plan.brokers >= 100 && plan.binding === 'disk-capacity')
    w.push({ code: 'retention-needs-hundreds-of-brokers', message: `Retention alone needs ${plan.brokers} brokers (${formatBytes(plan.storage.totalLocal)} on local disks). Tiered storage (tiered.localRetentionMs) or a shorter retention would let throughput decide instead.` });
  if (minRF === 1)
    w.push({ code: 'no-replication', message: 'Replication factor 1 keeps one copy: losing a broker or a disk loses its partitions. Use 3 for production data.' });
  const m = r.minInsyncReplicas;
  if (m !== undefined && RF > 1 && m >= RF)
    w.push({ code: 'min-isr-equals-rf', message: `min.insync.replicas ${m} equals the replication factor ${RF}: with acks=all, writes stop whenever one replica is down, even for a rolling restart. Use ${RF - 1}.` });
  else if (m !== undefined && RF > 1) {
    const lost = r.tolerate.zoneFailures > 0 ? Math.ceil(RF / r.racks) * r.tolerate.zoneFailures : r.tolerate.brokerFailures;
    if (m + lost > RF)
      w.push({ code: 'min-isr-blocks-writes-on-failure', message: `With ${lost} replica${lost > 1 ? 's' : ''} of a partition down (the failures to tolerate), ${RF - lost} remain, fewer than min.insync.replicas ${m}: acks=all writes stop. Use min.insync.replicas ≤ ${Math.max(1, RF - lost)} or a larger replication factor.` });
  }
  const networkBinds = binding.name === 'network-in' || binding.name === 'network-out' || (binding.name === 'failure-headroom' && binding.rawCapacityPerBroker === r.broker.nicBytesPerSec && binding.unit === 'bytes/s');
  if (networkBinds && r.broker.nicBytesPerSec <= 125e6)
    w.push({ code: 'slow-nic-limits', message: `A ${formatRate(r.broker.nicBytesPerSec)} NIC (1 Gbit/s is 125 MB/s, not 1,024 MB/s) decides the broker count. Faster NICs would cut it.` });
  if (r.assumptions.some((a) => a.startsWith('peak write')))
    w.push({ code: 'no-peak-rate', message: 'No peak write rate given: throughput is sized at the average, and peaks are often several times higher. Give write.peakBytesPerSec.' });
  const perReplica = plan.storage.localPerCopy / plan.partitions.count;
  const perLogDir = (r.broker.diskBytes / r.broker.logDirs) * r.headroom.diskFill;
  if (perReplica > perLogDir)
    w.push({ code: 'partition-larger-than-log-dir', message: `One partition replica grows to ${formatBytes(perReplica)}, more than one log dir should hold (${formatBytes(perLogDir)}): a partition cannot span log dirs. Use more partitions or larger disks.` });
  const ram = r.broker.memoryBytes;
  if (ram !== undefined && plan.memory.recommendedBytes > ram)
    w.push({ code: 'memory-short', message: `${formatBytes(ram)} of RAM per broker is less than heap + ${formatDuration(r.pageCacheSeconds * 1000)} of writes in page cache + OS (${formatBytes(plan.memory.recommendedBytes)}): consumers that fall behind will read from disk.` });
  const clusterReplicas = r.workloads.reduce((sum, x) => sum + partitionsAt(x, plan.brokers) * x.replicationFactor, 0);
  if (r.metadata.mode === 'zookeeper') {
    w.push({ code: 'zookeeper-removed', message: 'ZooKeeper mode was removed in Kafka 4.0: plan the migration to KRaft controllers.' });
    if (clusterReplicas > 200_000)
      w.push({ code: 'too-many-partitions-for-zookeeper', message: `${clusterReplicas.toLocaleString('en-US')} partition replicas exceed the about 200,000 per cluster that ZooKeeper mode was shown to handle (Jun Rao, 2018). Use KRaft or split the cluster.` });
    const rps = r.metadata.requestsPerSec;
    if (rps !== undefined && rps > ZOOKEEPER_REQUESTS_PER_SEC[5])
      w.push({ code: 'zookeeper-throughput', message: `${rps.toLocaleString('en-US')} requests/s is beyond the about 140,000/s of a 5-server ensemble, and more servers slow writes down. Reduce ZooKeeper traffic or move to KRaft.` });
  }
  const ceiling = plan.quorum.partitionCeiling;
  if (r.metadata.mode === 'kraft' && plan.partitions.count > ceiling.partitions)
    w.push({ code: 'partitions-beyond-kraft-tested', message: `${plan.partitions.count.toLocaleString('en-US')} partitions are more than the ${ceiling.partitions.toLocaleString('en-US')} a KRaft cluster has been shown to run (${ceiling.source}). Test the controllers at this size, or split the cluster.` });
  if (r.racks === 2 && r.tolerate.zoneFailures > 0)
    w.push({ code: 'two-zones-lose-quorum', message: 'With 2 zones the metadata quorum cannot keep a majority when the zone holding more voters fails. Use 3 zones.' });
  const p = plan.partitions;
  if (p.suggested !== p.count) {
    const then = suggestedBrokers === null ? 'more brokers than the planner sizes' : suggestedBrokers === plan.brokers ? `still ${brokersWord(plan.brokers)}` : brokersWord(suggestedBrokers);
    w.push({ code: 'partitions-not-a-multiple', message: `${p.count.toLocaleString('en-US')} partitions on ${brokersWord(plan.brokers)} put more leaders on some brokers than on others (Kafka: The Definitive Guide, ch. 2: make num.partitions a multiple of the brokers). The plan keeps ${p.count.toLocaleString('en-US')}; ${p.suggested.toLocaleString('en-US')} would spread them evenly and need ${then}.` });
  }
  for (const x of r.workloads) {
    const keysPerPartition = x.compaction ? x.compaction.keys / partitionsAt(x, plan.brokers) : 0;
    if (keysPerPartition > KEYS_PER_CLEANER_PASS)
      w.push({ code: 'compaction-needs-several-passes', message: `${x.name}: ${Math.round(keysPerPartition).toLocaleString('en-US')} keys per partition exceed the ${KEYS_PER_CLEANER_PASS.toLocaleString('en-US')} one cleaner pass can hold with the default log.cleaner.dedupe.buffer.size (128 MiB × 0.9 load factor ÷ 24 B a key), so each clean takes several passes and the dirty part grows past min.cleanable.dirty.ratio. Use more partitions or a larger log.cleaner.dedupe.buffer.size.` });
  }
  const g = plan.growth;
  if (g && beyondMonth !== null)
    w.push({ code: 'growth-beyond-bounds', message: `Growing ${pct(g.monthlyRate)} a month, the cluster would need more than 10,000 brokers by month ${beyondMonth}: no plan is given for the horizon (month ${g.horizonMonths}). Plan for a shorter horizon or split the cluster.` });
  return w;
}

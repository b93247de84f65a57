/**
 * planCapacity(): size a Kafka cluster from traffic, retention and replication, taking the
 * maximum over every constraint and saying which one decides.
 */
import type { CapacityInput, ResolvedCapacityInput } from './input.js';
import { resolveCapacityInput } from './schema.js';
import type { Constraint, ConstraintName } from './model.js';
import { evaluateConstraints, partitionsNeeded, roundUpTo, storageFor } from './model.js';
import { memoryPlan, osLimits, quorumPlan, threadPlan } from './derived.js';
import { explain, planWarnings } from './explain.js';
import type { CapacityPlan, GrowthPlan, PartitionPlan, StoragePlan } from './types.js';

/** Order of preference when constraints tie: the physical resource before derived ones. */
const ORDER: readonly ConstraintName[] = ['disk-capacity', 'disk-throughput', 'network-in', 'network-out', 'cpu', 'partitions', 'failure-headroom', 'replication-factor'];
/**
 * Beyond this the search gives up rounding partitions: retention by bytes alone can put more
 * on every broker than its disk holds however many brokers there are.
 */
const MAX_BROKERS = 2 ** 40;

interface Sizing {
  brokers: number;
  partitions: number;
  constraints: Constraint[];
  /** The partition count could not be rounded to a multiple of the brokers. */
  unrounded: boolean;
}

function largestNeed(constraints: Constraint[]): number {
  return Math.max(...constraints.map((c) => c.brokersNeeded));
}

/**
 * The smallest broker count (a multiple of the racks, at least RF) at which every constraint
 * fits once the partitions are rounded up to a multiple of the brokers. Rounding only adds
 * partitions, so the count computed with the needed partitions is a lower bound to start from.
 * Taking the true minimum keeps the answer monotone in every input.
 */
function sizeCluster(r: ResolvedCapacityInput): Sizing {
  const needed = partitionsNeeded(r);
  const racks = r.racks;
  const start = roundUpTo(Math.max(r.replicationFactor, largestNeed(evaluateConstraints(r, needed, 1))), racks);
  const fits = (brokers: number): Sizing | undefined => {
    const partitions = roundUpTo(needed, brokers);
    const constraints = evaluateConstraints(r, partitions, brokers);
    return largestNeed(constraints) <= brokers ? { brokers, partitions, constraints, unrounded: false } : undefined;
  };
  // Below `needed` brokers, rounding adds up to brokers − 1 partitions, so a count can fail
  // where a smaller one fits: try each.
  for (let b = start; b < needed; b += racks) {
    const found = fits(b);
    if (found) return found;
  }
  // From `needed` brokers on there is one partition per broker, and every demand per broker
  // only falls as brokers are added: once a count fits, every larger one does. Double, then bisect.
  let low = Math.max(start, roundUpTo(needed, racks));
  let high = low;
  let found = fits(high);
  while (!found) {
    low = high;
    high = roundUpTo(high * 2, racks);
    if (high > MAX_BROKERS) return { brokers: start, partitions: needed, constraints: evaluateConstraints(r, needed, start), unrounded: true };
    found = fits(high);
  }
  while (high - low > racks) {
    const mid = roundUpTo(Math.floor((low + high) / 2), racks);
    if (mid <= low || mid >= high) break;
    const at = fits(mid);
    if (at) [high, found] = [mid, at];
    else low = mid;
  }
  return found;
}

function scaled(r: ResolvedCapacityInput, factor: number): ResolvedCapacityInput {
  return { ...r, writeAvg: r.writeAvg * factor, writePeak: r.writePeak * factor };
}

function growthPlan(r: ResolvedCapacityInput, sizing: Sizing): GrowthPlan | undefined {
  if (!r.growth) return undefined;
  const { monthlyRate, horizonMonths } = r.growth;
  const runsOut = sizing.constraints.map((c) => ({ name: c.name, month: null as number | null }));
  for (let m = 1; m <= horizonMonths && monthlyRate > 0; m += 1) {
    const grown = evaluateConstraints(scaled(r, (1 + monthlyRate) ** m), sizing.partitions, sizing.brokers);
    for (const entry of runsOut) {
      const c = grown.find((g) => g.name === entry.name);
      if (entry.month === null && c && c.brokersNeeded > sizing.brokers) entry.month = m;
    }
    if (runsOut.every((e) => e.month !== null)) break;
  }
  const atHorizon = sizeCluster(scaled(r, (1 + monthlyRate) ** horizonMonths));
  return { monthlyRate, horizonMonths, runsOut, brokersAtHorizon: atHorizon.brokers };
}

function partitionPlan(r: ResolvedCapacityInput, sizing: Sizing): PartitionPlan {
  const p = sizing.partitions;
  const plan: PartitionPlan = {
    recommended: p,
    needed: partitionsNeeded(r),
    basis: r.partitions !== undefined ? 'input' : r.partitionThroughput ? 'throughput' : 'one per broker',
    replicasPerBroker: Math.ceil((p * r.replicationFactor) / sizing.brokers),
  };
  const rb = r.retentionBytesPerPartition;
  if (rb !== undefined)
    plan.retentionBytes = { perPartition: rb, perCopy: p * rb, worstCasePerCopy: p * (rb + r.segmentBytes), allCopies: p * rb * r.replicationFactor };
  return plan;
}

/**
 * Sizes a Kafka cluster. Every constraint (disk capacity, disk throughput, network in and out,
 * partitions per broker, CPU when cores are given, failure headroom, the replication-factor
 * floor) is computed as a broker count; the plan takes the largest, rounds it up to a multiple
 * of the racks, and explains which constraint decided and what would change the answer.
 * Synchronous and pure.
 *
 * Numbers are base units (bytes, bytes per second, milliseconds; `nicBitsPerSec` in bits per
 * second); strings with units are parsed strictly: MB = 10^6 B, MiB = 2^20 B, Gbit/s in bits.
 *
 * @example
 * ```ts
 * import { planCapacity } from 'kafka-lint';
 * const plan = planCapacity({
 *   write: { avgBytesPerSec: '50 MB/s', peakBytesPerSec: '150 MB/s' },
 *   readFanout: 3,
 *   retention: { ms: '7d' },
 *   replicationFactor: 3,
 *   broker: { diskBytes: '8 TB', nicBitsPerSec: '10 Gbit/s', cores: 16 },
 *   racks: 3,
 * });
 * plan.brokers;        // 18
 * plan.binding;        // 'disk-capacity'
 * plan.explanation[0]; // 'Disk capacity decides: ...'
 * ```
 * @throws CapacityInputError listing every invalid field and what is allowed.
 */
export function planCapacity(input: CapacityInput): CapacityPlan {
  const r = resolveCapacityInput(input);
  const sizing = sizeCluster(r);
  const { brokers, partitions, constraints } = sizing;
  const top = largestNeed(constraints);
  const ranked = [...constraints].sort((a, b) => b.brokersNeeded - a.brokersNeeded || ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  const binding = ranked[0]!;
  const nothingTolerated = r.tolerate.brokerFailures === 0 && r.tolerate.zoneFailures === 0;
  const ties = ranked.slice(1).filter((c) => c.brokersNeeded === top && !(c.name === 'failure-headroom' && nothingTolerated)).map((c) => c.name);
  const storageFigures = storageFor(r, partitions);
  const storage: StoragePlan = {
    ...storageFigures,
    perBroker: storageFigures.totalLocal / brokers,
    diskFillAtPlan: storageFigures.totalLocal / brokers / r.broker.diskBytes,
  };
  const partitionsOut = partitionPlan(r, sizing);
  const limits = osLimits(r, storageFigures, partitions, brokers);
  const memory = memoryPlan(r, brokers);
  const plan: CapacityPlan = {
    brokers,
    binding: binding.name,
    ties,
    constraints,
    explanation: [],
    storage,
    partitions: partitionsOut,
    threads: threadPlan(r, brokers, limits.partitionReplicasPerBroker),
    memory,
    osLimits: limits,
    quorum: quorumPlan(r, brokers),
    warnings: [],
    assumptions: r.assumptions,
    input: r,
  };
  const growth = growthPlan(r, sizing);
  if (growth) plan.growth = growth;
  plan.explanation = explain(plan, ranked);
  plan.warnings = planWarnings(plan, sizing.unrounded);
  return plan;
}

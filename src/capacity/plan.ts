/**
 * planCapacity(): size a Kafka cluster from traffic, retention and replication, taking the
 * maximum over every constraint and saying which one decides.
 */
import type { CapacityInput, ResolvedCapacityInput } from './input.js';
import { CapacityInputError } from './input.js';
import { parseCapacityInput, resolveCapacityInput, withProfile } from './schema.js';
import type { ParsedCapacityInput } from './schema.js';
import { formatUsd } from './units.js';
import type { Constraint, ConstraintName, Sized } from './model.js';
import { catchUpBytesPerSec, cleanerBytesPerSec, compactedBytes, constraintsAt, partitionsAt, roundUpTo, sizeConstraints, storageFor, trafficOf } from './model.js';
import { memoryPlan, osLimits, quorumPlan, threadPlan } from './derived.js';
import { costPlan } from './cost.js';
import { explain, formatDemand, planWarnings } from './explain.js';
import type { CandidatePlan, CapacityPlan, GrowthPlan, PartitionPlan, StoragePlan, TopicPlan } from './types.js';

/** Order of preference when constraints tie: the physical resource before derived ones. */
const ORDER: readonly ConstraintName[] = ['disk-capacity', 'disk-throughput', 'network-in', 'network-out', 'cpu', 'partitions', 'failure-headroom', 'recovery', 'replication-factor'];

/** The most brokers the planner sizes: beyond this a plan is refused, naming what drove it. */
export const MAX_BROKERS = 10_000;

/** Growth factors are capped here: by then every constraint has long run out, and numbers stay finite. */
const MAX_GROWTH_FACTOR = 1e30;

/** The input field to change when a constraint needs more brokers than the planner sizes. */
const DRIVER_PATH: Record<ConstraintName, string> = {
  'disk-capacity': 'broker.diskBytes',
  'disk-throughput': 'broker.diskThroughputBytesPerSec',
  'network-in': 'broker.nicBitsPerSec',
  'network-out': 'broker.nicBitsPerSec',
  partitions: 'partitions',
  cpu: 'broker.cores',
  'failure-headroom': 'tolerate',
  recovery: 'recovery.within',
  'replication-factor': 'replicationFactor',
};

interface Sizing {
  brokers: number;
  constraints: Constraint[];
}

/** The broker count and constraints, or the constraint that needs more than MAX_BROKERS. */
function sizeCluster(r: ResolvedCapacityInput): Sizing | { beyond: Sized } {
  const list = sizeConstraints(r);
  let top = list[0]!;
  for (const c of list) if (!(c.brokersNeeded <= top.brokersNeeded)) top = c;
  if (!(top.brokersNeeded <= MAX_BROKERS)) return { beyond: top };
  const brokers = roundUpTo(top.brokersNeeded, r.racks);
  if (brokers > MAX_BROKERS) return { beyond: top };
  return { brokers, constraints: constraintsAt(r, list, brokers) };
}

function refuse(beyond: Sized): never {
  const n = beyond.brokersNeeded;
  const count = Number.isFinite(n) && n < 1e21 ? `${n.toLocaleString('en-US')} brokers` : 'more brokers than can be counted';
  const demand = beyond.fixed !== undefined && Number.isFinite(beyond.fixed) ? ` (${formatDemand(beyond, beyond.fixed)} against ${formatDemand(beyond, beyond.raw * beyond.headroom)} per broker)` : '';
  throw new CapacityInputError([
    { path: DRIVER_PATH[beyond.name], message: `${beyond.label} would need ${count}, more than the ${MAX_BROKERS.toLocaleString('en-US')} this planner sizes${demand}: lower the demand, or give each broker more capacity` },
  ]);
}

function scaled(r: ResolvedCapacityInput, factor: number): ResolvedCapacityInput {
  const f = Math.min(factor, MAX_GROWTH_FACTOR);
  return {
    ...r,
    writeAvg: r.writeAvg * f,
    writePeak: r.writePeak * f,
    workloads: r.workloads.map((w) => ({ ...w, writeAvg: w.writeAvg * f, writePeak: w.writePeak * f })),
  };
}

/** The first month in 1..horizon where `after(month)` holds (it holds from some month on), or null. */
function firstMonth(horizon: number, after: (month: number) => boolean): number | null {
  if (!after(horizon)) return null;
  let lo = 0;
  let hi = horizon;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (after(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

function growthPlan(r: ResolvedCapacityInput, sizing: Sizing): { plan: GrowthPlan; beyondMonth: number | null } | undefined {
  if (!r.growth) return undefined;
  const { monthlyRate, horizonMonths } = r.growth;
  // Each constraint bisects over the months, mostly over the same ones: size each month once.
  const sized = new Map<number, { needs: Map<ConstraintName, number>; brokers: number }>();
  const month = (m: number) => {
    let at = sized.get(m);
    if (!at) {
      const list = sizeConstraints(scaled(r, (1 + monthlyRate) ** m));
      const top = Math.max(...list.map((c) => c.brokersNeeded));
      sized.set(m, (at = { needs: new Map(list.map((c) => [c.name, c.brokersNeeded])), brokers: top <= MAX_BROKERS ? roundUpTo(top, r.racks) : Infinity }));
    }
    return at;
  };
  const beyond = (m: number) => !(month(m).brokers <= MAX_BROKERS);
  const runsOut = sizing.constraints.map((c) => ({
    name: c.name,
    month: monthlyRate > 0 ? firstMonth(horizonMonths, (m) => !(month(m).needs.get(c.name)! <= sizing.brokers)) : null,
  }));
  const fits = !beyond(horizonMonths);
  return {
    plan: { monthlyRate, horizonMonths, runsOut, brokersAtHorizon: fits ? month(horizonMonths).brokers : null },
    beyondMonth: fits ? null : firstMonth(horizonMonths, beyond),
  };
}

function partitionPlan(r: ResolvedCapacityInput, brokers: number): PartitionPlan {
  const counts = r.workloads.map((w) => partitionsAt(w, brokers));
  const count = counts.reduce((a, b) => a + b, 0);
  const replicas = r.workloads.reduce((sum, w, i) => sum + counts[i]! * w.replicationFactor, 0);
  const only = r.workloads.length === 1 ? r.workloads[0]! : undefined;
  const plan: PartitionPlan = {
    count,
    suggested: counts.reduce((sum, p) => sum + roundUpTo(p, brokers), 0),
    basis: only ? only.partitionBasis : 'per topic',
    replicasPerBroker: Math.ceil(replicas / brokers),
  };
  const rb = only?.retentionBytesPerPartition;
  if (only && rb !== undefined)
    plan.retentionBytes = { perPartition: rb, perCopy: count * rb, worstCasePerCopy: count * (rb + r.segmentBytes), allCopies: count * rb * only.replicationFactor };
  return plan;
}

function topicPlans(r: ResolvedCapacityInput, brokers: number, storage: StoragePlan): TopicPlan[] {
  const all = trafficOf(r);
  const network = all.networkIn + all.networkOut;
  return r.workloads.map((w) => {
    const one = { ...r, workloads: [w] };
    const stored = storageFor(one, brokers).totalLocal;
    const t = trafficOf(one);
    const partitions = partitionsAt(w, brokers);
    const topic: TopicPlan = {
      name: w.name,
      partitions,
      partitionBasis: w.partitionBasis,
      suggestedPartitions: roundUpTo(partitions, brokers),
      replicationFactor: w.replicationFactor,
      storedBytes: stored,
      diskShare: storage.totalLocal > 0 ? stored / storage.totalLocal : 0,
      networkBytesPerSec: t.networkIn + t.networkOut,
      networkShare: network > 0 ? (t.networkIn + t.networkOut) / network : 0,
    };
    const rb = w.retentionBytesPerPartition;
    if (rb !== undefined) topic.retentionBytes = { perPartition: rb, perCopy: partitions * rb, allCopies: partitions * rb * w.replicationFactor };
    if (w.compaction) topic.compaction = { liveBytesPerCopy: compactedBytes(w), cleanerBytesPerSec: cleanerBytesPerSec(w) };
    return topic;
  });
}

/** The brokers a plan would need with each fixed partition count rounded up to a multiple of `brokers` (null beyond the bounds). */
function suggestedBrokers(r: ResolvedCapacityInput, brokers: number): number | null {
  const rounded = sizeCluster({ ...r, workloads: r.workloads.map((w) => (w.partitions === undefined ? w : { ...w, partitions: roundUpTo(w.partitions, brokers) })) });
  return 'brokers' in rounded ? rounded.brokers : null;
}

/**
 * Sizes a Kafka cluster. Every constraint (disk capacity, disk throughput, network in and out,
 * partitions per broker, CPU when cores are given, failure headroom, the replication-factor
 * floor) is computed as a broker count in closed form; the plan takes the largest, rounds it up
 * to a multiple of the racks, and explains which constraint decided and what would change the
 * answer. Synchronous and pure; answers in milliseconds.
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
 * @throws CapacityInputError listing every invalid field and what is allowed, or naming the
 * constraint when the plan would need more than 10,000 brokers.
 */
export function planCapacity(input: CapacityInput): CapacityPlan {
  const parsed = parseCapacityInput(input);
  return parsed.candidates ? chooseCandidate(parsed, parsed.candidates) : planResolved(resolveCapacityInput(undefined, parsed), parsed.topics !== undefined);
}

const usd = (n: number) => formatUsd(n, 'whole');

/**
 * Plans each candidate profile, keeps the cheapest that fits (fewer brokers breaks a tie), and
 * says of every other why it lost: its cost, or what does not fit.
 */
function chooseCandidate(parsed: ParsedCapacityInput, names: string[]): CapacityPlan {
  const perTopic = parsed.topics !== undefined;
  // Growth matters for the one chosen only: the others are planned without it, for their cost.
  const { growth: _, ...steady } = parsed;
  const tried = names.map((name) => {
    try {
      return { name, plan: planResolved(resolveCapacityInput(undefined, withProfile(steady, name)), perTopic) };
    } catch (e) {
      if (!(e instanceof CapacityInputError)) throw e;
      return { name, error: e.issues.map((i) => i.message).join('; ') };
    }
  });
  const fits = tried.filter((t): t is { name: string; plan: CapacityPlan } => t.plan !== undefined);
  if (fits.length === 0) throw new CapacityInputError([{ path: 'candidates', message: `none fits: ${tried.map((t) => `${t.name}: ${t.error}`).join('; ')}` }]);
  const monthly = (p: CapacityPlan) => p.cost!.monthly;
  const best = fits.reduce((a, b) => (monthly(b.plan) < monthly(a.plan) || (monthly(b.plan) === monthly(a.plan) && b.plan.brokers < a.plan.brokers) ? b : a));
  const label = (p: CapacityPlan) => p.constraints.find((c) => c.name === p.binding)!.label;
  const summary = (p: CapacityPlan) => `${p.brokers} brokers (${label(p)} decides) at ${usd(monthly(p))} a month`;
  const candidates: CandidatePlan[] = tried.map((t) => {
    if (!t.plan) return { broker: t.name, brokers: null, binding: null, monthlyCost: null, chosen: false, why: `does not fit: ${t.error}` };
    const chosen = t === best;
    const why = chosen ? `the cheapest that fits: ${summary(t.plan)}` : `${usd(monthly(t.plan) - monthly(best.plan))} a month more than ${best.name}: ${summary(t.plan)}`;
    return { broker: t.name, brokers: t.plan.brokers, binding: t.plan.binding, monthlyCost: monthly(t.plan), chosen, why };
  });
  const plan = parsed.growth ? planResolved(resolveCapacityInput(undefined, withProfile(parsed, best.name)), perTopic) : best.plan;
  plan.candidates = candidates;
  const losers = tried.filter((t) => t !== best).map((t) => `${t.name} ${t.plan ? `costs ${usd(monthly(t.plan) - monthly(plan))} more (${t.plan.brokers} brokers, ${label(t.plan)} decides)` : 'does not fit'}`);
  plan.explanation.unshift(`Of ${names.length} candidates, ${best.name} is the cheapest that fits, at ${usd(monthly(plan))} a month${losers.length ? `; ${losers.join('; ')}` : ''}.`);
  return plan;
}

function planResolved(r: ResolvedCapacityInput, perTopic: boolean): CapacityPlan {
  const sizing = sizeCluster(r);
  if (!('brokers' in sizing)) refuse(sizing.beyond);
  const { brokers, constraints } = sizing;
  const top = Math.max(...constraints.map((c) => c.brokersNeeded));
  const ranked = [...constraints].sort((a, b) => b.brokersNeeded - a.brokersNeeded || ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  const binding = ranked[0]!;
  const nothingTolerated = r.tolerate.brokerFailures === 0 && r.tolerate.zoneFailures === 0;
  const ties = ranked.slice(1).filter((c) => c.brokersNeeded === top && !(c.name === 'failure-headroom' && nothingTolerated)).map((c) => c.name);
  const storageFigures = storageFor(r, brokers);
  const perBroker = storageFigures.totalLocal / brokers;
  const provisioned = r.broker.diskSizedToFit ? Math.max(1, Math.ceil(perBroker / r.headroom.diskFill / 2 ** 30)) * 2 ** 30 : r.broker.diskBytes;
  const storage: StoragePlan = { ...storageFigures, perBroker, provisionedPerBroker: provisioned, diskFillAtPlan: perBroker / provisioned };
  const partitions = partitionPlan(r, brokers);
  const limits = osLimits(r, brokers);
  const plan: CapacityPlan = {
    brokers,
    binding: binding.name,
    ties,
    constraints,
    explanation: [],
    storage,
    partitions,
    ...(perTopic ? { topics: topicPlans(r, brokers, storage) } : {}),
    ...(r.catchUp ? { catchUp: { groups: r.catchUp.groups, backlogBytes: (r.writeAvg * r.catchUp.backlogMs) / 1000, readBytesPerSec: catchUpBytesPerSec(r) } } : {}),
    threads: threadPlan(r, brokers, limits.partitionReplicasPerBroker),
    memory: memoryPlan(r, brokers),
    osLimits: limits,
    quorum: quorumPlan(r, brokers),
    warnings: [],
    assumptions: r.assumptions,
    input: r,
  };
  const cost = costPlan(r, brokers, storage);
  if (cost) plan.cost = cost;
  const growth = growthPlan(r, sizing);
  if (growth) plan.growth = growth.plan;
  plan.explanation = explain(plan, ranked);
  plan.warnings = planWarnings(plan, growth?.beyondMonth ?? null, suggestedBrokers(r, brokers));
  return plan;
}

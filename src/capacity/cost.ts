/**
 * The monthly cost of a plan, line by line: broker instances, block storage and its provisioned
 * throughput, tiered storage, and data crossing availability zones (producers, replication,
 * consumers), with what follower fetching (KIP-392) would save. Prices come from the input or
 * the provider's dated defaults (hardware.ts).
 */
import type { ResolvedCapacityInput } from './input.js';
import type { CostLine, CostPlan, StoragePlan } from './types.js';
import { formatBytes, formatUsd } from './units.js';

const usd = (n: number) => formatUsd(n, 'price');

/** Hours in a billing month, as AWS, Google and Azure price monthly figures. */
export const HOURS_PER_MONTH = 730;
const GiB = 2 ** 30;
const MiB = 2 ** 20;
/** GiB a month of a steady rate in bytes per second. */
const monthlyGiB = (bytesPerSec: number) => (bytesPerSec * 3600 * HOURS_PER_MONTH) / GiB;

/**
 * Data crossing zones each second, with `Z` zones and rack-aware replica placement: producers
 * reach a leader in another zone (Z − 1) / Z of the time; each follower outside the leader's
 * zone copies every byte (RF − ⌈RF / Z⌉ of them); consumers read across zones (Z − 1) / Z of the
 * time, or, fetching from a replica in their own zone, only where a zone holds no replica.
 */
function crossZone(r: ResolvedCapacityInput, followerFetching: boolean): { producers: number; replication: number; consumers: number } {
  const Z = r.racks;
  const out = { producers: 0, replication: 0, consumers: 0 };
  for (const w of r.workloads) {
    const RF = w.replicationFactor;
    out.producers += (w.writeAvg * (Z - 1)) / Z;
    out.replication += w.writeAvg * (RF - Math.ceil(RF / Z));
    out.consumers += (w.writeAvg * w.readFanout * (followerFetching ? Z - Math.min(RF, Z) : Z - 1)) / Z;
  }
  return out;
}

/**
 * The monthly cost of `brokers` brokers, or undefined when no prices are known (no profile and
 * no `prices.instancePerHour`).
 *
 * @example
 * ```ts
 * costPlan(resolved, 6, plan.storage)?.monthly; // e.g. 4321.5
 * ```
 */
export function costPlan(r: ResolvedCapacityInput, brokers: number, storage: StoragePlan): CostPlan | undefined {
  const p = r.prices;
  if (!p) return undefined;
  const prof = r.broker.profile;
  const lines: CostLine[] = [];
  const add = (item: CostLine['item'], monthly: number, basis: string) => {
    if (monthly > 0 || item === 'brokers') lines.push({ item, monthly, basis });
  };
  add('brokers', brokers * p.instancePerHour * HOURS_PER_MONTH, `${brokers} × ${prof ? `${prof.name} at ` : ''}${usd(p.instancePerHour)}/h × ${HOURS_PER_MONTH} h`);
  if (prof?.storage.kind !== 'local') {
    const gib = Math.ceil(storage.provisionedPerBroker / GiB);
    add('block storage', brokers * gib * p.storagePerGiBMonth, `${brokers} × ${gib.toLocaleString('en-US')} GiB at ${usd(p.storagePerGiBMonth)}/GiB-month`);
  }
  if (prof?.storage.kind === 'block') {
    const extra = Math.max(0, r.broker.diskThroughputBytesPerSec - prof.storage.includedBytesPerSec) / MiB;
    add('provisioned throughput', brokers * extra * p.throughputPerMiBpsMonth, `${brokers} × ${Number(extra.toFixed(1)).toLocaleString('en-US')} MiB/s above the included ${Number((prof.storage.includedBytesPerSec / MiB).toFixed(1))} MiB/s at ${usd(p.throughputPerMiBpsMonth)}/MiB/s-month`);
  }
  add('tiered storage', (storage.remote / GiB) * p.tieredPerGiBMonth, `${formatBytes(storage.remote)} (one copy) at ${usd(p.tieredPerGiBMonth)}/GiB-month`);
  const plan: CostPlan = { currency: 'USD', monthly: 0, lines, source: p.source };
  if (r.racks > 1) {
    const crossing = crossZone(r, r.followerFetching);
    const each = (bytesPerSec: number) => monthlyGiB(bytesPerSec) * p.crossZonePerGiB;
    const gib = (bytesPerSec: number) => `${Math.round(monthlyGiB(bytesPerSec)).toLocaleString('en-US')} GiB a month`;
    add('cross-zone: producers', each(crossing.producers), `${gib(crossing.producers)} at ${usd(p.crossZonePerGiB)}/GiB: (Z − 1)/Z of the writes reach a leader in another zone`);
    if (p.replicationCrossesZones) add('cross-zone: replication', each(crossing.replication), `${gib(crossing.replication)} at ${usd(p.crossZonePerGiB)}/GiB: every follower outside the leader's zone`);
    add('cross-zone: consumers', each(crossing.consumers), `${gib(crossing.consumers)} at ${usd(p.crossZonePerGiB)}/GiB: ${r.followerFetching ? 'only where a zone holds no replica (follower fetching)' : '(Z − 1)/Z of the reads, from leaders in other zones'}`);
    if (!r.followerFetching) {
      const saves = each(crossing.consumers) - each(crossZone(r, true).consumers);
      if (saves > 0) plan.followerFetchingSaves = saves;
    }
  }
  plan.monthly = lines.reduce((sum, l) => sum + l.monthly, 0);
  return plan;
}

/**
 * A small, dated and cited table of broker hardware: common cloud instance types and AWS MSK
 * broker sizes, with what sizing needs from each (vCPUs, memory, sustained network, disk
 * throughput baseline and burst, partition limits, storage caps) and an on-demand price. Figures
 * are the providers' published ones as of the date in `source`; a figure marked "recalled" was
 * not re-read there and should be checked (docs/capacity.md lists each source).
 */

/** Attached block storage (EBS, Persistent Disk, managed disks): sized to fit, throughput capped by the instance. */
export interface BlockStorage {
  /** Block volumes. */
  kind: 'block';
  /** What the instance sustains to its volumes, B/s (EBS-optimized baseline, uncached disk limit); undefined when not published. */
  baselineBytesPerSec?: number;
  /** What it bursts to for a limited time (typically 30 min a day), B/s, when above the baseline. */
  burstBytesPerSec?: number;
  /** Volume throughput included in the storage price (gp3 125 MiB/s; MSK 250 MiB/s), B/s. */
  includedBytesPerSec: number;
  /** The most throughput one broker's volumes can be provisioned to, B/s. */
  maxProvisionedBytesPerSec: number;
  /** The most storage one broker can have, B. */
  maxBytes: number;
}

/** Local NVMe drives, priced with the instance. */
export interface LocalStorage {
  /** Instance-store drives. */
  kind: 'local';
  /** All drives together, B. */
  bytes: number;
  /** Drives. */
  drives: number;
  /** A lower bound of the write throughput, B/s: the published 4 KiB random-write IOPS × 4 KiB (sequential writes are faster). */
  throughputBytesPerSec: number;
}

/** One broker size. */
export interface BrokerProfile {
  /** The name to write as `broker` or in `candidates`: `m7g.2xlarge`, `kafka.m7g.2xlarge` (MSK), `n2-standard-8`, `Standard_D8s_v5`. */
  name: string;
  /** Where it runs; `aws-msk` is Amazon MSK (provisioned, standard brokers). */
  provider: 'aws' | 'aws-msk' | 'gcp' | 'azure';
  /** vCPUs. */
  vcpus: number;
  /** Memory, B. */
  memoryBytes: number;
  /** Sustained network bandwidth, bits/s (the baseline of "up to" instances). */
  networkBitsPerSec: number;
  /** What an "up to" instance bursts to for a limited time, bits/s. */
  networkBurstBitsPerSec?: number;
  /** Where the log lives. */
  storage: BlockStorage | LocalStorage;
  /** Partition replicas per broker the provider recommends (MSK). */
  maxPartitions?: number;
  /** On-demand price per hour, USD, in `region`. */
  pricePerHour: number;
  /** The region the price is for. */
  region: string;
  /** Where the figures come from and when they were read. */
  source: string;
}

const GiB = 2 ** 30;
const TiB = 2 ** 40;
const MiB = 2 ** 20;
/** Mbit/s to bytes per second. */
const mbps = (n: number) => (n * 1e6) / 8;
const gbps = (n: number) => n * 1e9;

const READ = '2026-12-02';
const EC2_SOURCE = `AWS EC2 instance type specifications (vCPU, memory, baseline and burst network and EBS bandwidth) and on-demand Linux prices, us-east-1; network baselines read in Netflix service-capacity-modeling's AWS shapes, EBS baselines of m5/m7g in AWS's msk_sizing.py (${READ}); m6i/r6i EBS figures and prices recalled`;
const GP3 = { kind: 'block' as const, includedBytesPerSec: 125 * MiB, maxProvisionedBytesPerSec: 1000 * MiB, maxBytes: 16 * TiB };

/** What every profile has besides its storage and partition limit. */
function base(name: string, provider: BrokerProfile['provider'], vcpus: number, memoryBytes: number, networkBits: number, burstBits: number, pricePerHour: number, region: string, source: string): Omit<BrokerProfile, 'storage'> {
  return { name, provider, vcpus, memoryBytes, networkBitsPerSec: networkBits, ...(burstBits > 0 ? { networkBurstBitsPerSec: burstBits } : {}), pricePerHour, region, source };
}

/** An EC2 instance on gp3 volumes: [name, vCPUs, GiB, network baseline Gbit/s, burst Gbit/s or 0, EBS baseline Mbit/s, EBS burst Mbit/s or 0, $/h]. */
type Ec2Row = [string, number, number, number, number, number, number, number];

function ec2(rows: Ec2Row[]): BrokerProfile[] {
  return rows.map(([name, vcpus, gib, net, netBurst, ebs, ebsBurst, price]) => ({
    ...base(name, 'aws', vcpus, gib * GiB, gbps(net), gbps(netBurst), price, 'us-east-1', EC2_SOURCE),
    storage: { ...GP3, baselineBytesPerSec: mbps(ebs), ...(ebsBurst > 0 ? { burstBytesPerSec: mbps(ebsBurst) } : {}) },
  }));
}

/** An i3en instance: [name, vCPUs, GiB, network baseline Gbit/s, burst Gbit/s or 0, drives, GB per drive, 4 KiB random-write IOPS, $/h]. */
type I3enRow = [string, number, number, number, number, number, number, number, number];

function i3en(rows: I3enRow[]): BrokerProfile[] {
  const source = `AWS EC2 storage-optimized instance specifications (NVMe drives, random-write IOPS, network) read in Netflix service-capacity-modeling's AWS shapes (${READ}); prices recalled`;
  return rows.map(([name, vcpus, gib, net, netBurst, drives, gb, writeIops, price]) => ({
    ...base(name, 'aws', vcpus, gib * GiB, gbps(net), gbps(netBurst), price, 'us-east-1', source),
    storage: { kind: 'local', bytes: drives * gb * 1e9, drives, throughputBytesPerSec: writeIops * 4096 },
  }));
}

/** An MSK standard broker: [name, vCPUs, GiB, network baseline Gbit/s, EBS baseline MiB/s, most provisioned MiB/s, recommended partitions, $/h]. */
type MskRow = [string, number, number, number, number, number, number, number];

function msk(rows: MskRow[]): BrokerProfile[] {
  const source = `AWS MSK best practices (recommended partitions per broker; storage throughput and the 16 TiB volume cap) and AWS's msk_sizing.py (EBS throughput per size, us-east-1 prices), read ${READ}`;
  return rows.map(([name, vcpus, gib, net, ebs, maxProvisioned, partitions, price]) => ({
    ...base(name, 'aws-msk', vcpus, gib * GiB, gbps(net), 0, price, 'us-east-1', source),
    storage: { kind: 'block', baselineBytesPerSec: ebs * MiB, includedBytesPerSec: 250 * MiB, maxProvisionedBytesPerSec: maxProvisioned * MiB, maxBytes: 16 * TiB },
    maxPartitions: partitions,
  }));
}

/** A GCP machine type on Persistent Disk: [name, vCPUs, GB, egress Gbit/s, $/h]. Disk throughput is not in the table (not re-read). */
function gcp(rows: [string, number, number, number, number][]): BrokerProfile[] {
  const source = `Google Compute Engine machine types (vCPU, memory, default egress bandwidth) and on-demand prices, us-central1: recalled, not re-read on ${READ}; Persistent Disk's 1,200 MiB/s per-instance write limit read on ${READ}`;
  return rows.map(([name, vcpus, gb, net, price]) => ({
    ...base(name, 'gcp', vcpus, gb * 1e9, gbps(net), 0, price, 'us-central1', source),
    storage: { kind: 'block', includedBytesPerSec: 0, maxProvisionedBytesPerSec: 1200 * MiB, maxBytes: 64 * TiB },
  }));
}

/** An Azure Dsv5/Esv5 VM on managed disks: [name, vCPUs, GiB, network Mbit/s, uncached disk MB/s, burst MB/s, $/h]. */
function azure(rows: [string, number, number, number, number, number, number][]): BrokerProfile[] {
  const source = `Microsoft Azure Dv5/Dsv5 and Ev5/Esv5 size tables (vCPU, memory, max uncached and burst disk throughput, network bandwidth; MicrosoftDocs/azure-docs, read ${READ}); prices (East US, Linux, pay as you go) recalled`;
  return rows.map(([name, vcpus, gib, net, disk, burst, price]) => ({
    ...base(name, 'azure', vcpus, gib * GiB, mbps(net), 0, price, 'eastus', source),
    storage: { kind: 'block', baselineBytesPerSec: disk * 1e6, burstBytesPerSec: burst * 1e6, includedBytesPerSec: disk * 1e6, maxProvisionedBytesPerSec: disk * 1e6, maxBytes: 32 * TiB },
  }));
}

/** Every built-in profile. */
export const BROKER_PROFILES: readonly BrokerProfile[] = [
  ...ec2([
    ['m5.large', 2, 8, 0.75, 10, 650, 4750, 0.096],
    ['m5.xlarge', 4, 16, 1.25, 10, 1150, 4750, 0.192],
    ['m5.2xlarge', 8, 32, 2.5, 10, 2300, 4750, 0.384],
    ['m5.4xlarge', 16, 64, 5, 10, 4750, 0, 0.768],
    ['m5.8xlarge', 32, 128, 10, 0, 6800, 0, 1.536],
    ['m5.12xlarge', 48, 192, 12, 0, 9500, 0, 2.304],
    ['m6i.large', 2, 8, 0.781, 12.5, 650, 10000, 0.096],
    ['m6i.xlarge', 4, 16, 1.562, 12.5, 1250, 10000, 0.192],
    ['m6i.2xlarge', 8, 32, 3.125, 12.5, 2500, 10000, 0.384],
    ['m6i.4xlarge', 16, 64, 6.25, 12.5, 5000, 10000, 0.768],
    ['m6i.8xlarge', 32, 128, 12.5, 0, 10000, 0, 1.536],
    ['m6i.12xlarge', 48, 192, 18.75, 0, 15000, 0, 2.304],
    ['m7g.large', 2, 8, 0.937, 12.5, 630, 10000, 0.0816],
    ['m7g.xlarge', 4, 16, 1.876, 12.5, 1250, 10000, 0.1632],
    ['m7g.2xlarge', 8, 32, 3.75, 15, 2500, 10000, 0.3264],
    ['m7g.4xlarge', 16, 64, 7.5, 15, 5000, 10000, 0.6528],
    ['m7g.8xlarge', 32, 128, 15, 0, 10000, 0, 1.3056],
    ['m7g.12xlarge', 48, 192, 22.5, 0, 15000, 0, 1.9584],
    ['r6i.large', 2, 16, 0.781, 12.5, 650, 10000, 0.126],
    ['r6i.xlarge', 4, 32, 1.562, 12.5, 1250, 10000, 0.252],
    ['r6i.2xlarge', 8, 64, 3.125, 12.5, 2500, 10000, 0.504],
    ['r6i.4xlarge', 16, 128, 6.25, 12.5, 5000, 10000, 1.008],
    ['r6i.8xlarge', 32, 256, 12.5, 0, 10000, 0, 2.016],
  ]),
  ...i3en([
    ['i3en.large', 2, 16, 2.1, 25, 1, 1250, 32_500, 0.226],
    ['i3en.xlarge', 4, 32, 4.2, 25, 1, 2500, 65_000, 0.452],
    ['i3en.2xlarge', 8, 64, 8.4, 25, 2, 2500, 130_000, 0.904],
    ['i3en.3xlarge', 12, 96, 12.5, 25, 1, 7500, 195_000, 1.356],
    ['i3en.6xlarge', 24, 192, 25, 0, 2, 7500, 390_000, 2.712],
    ['i3en.12xlarge', 48, 384, 50, 0, 4, 7500, 780_000, 5.424],
  ]),
  ...msk([
    ['kafka.m5.large', 2, 8, 0.75, 81.25, 81.25, 1000, 0.21],
    ['kafka.m5.xlarge', 4, 16, 1.25, 143.75, 143.75, 1000, 0.42],
    ['kafka.m5.2xlarge', 8, 32, 2.5, 250, 250, 2000, 0.84],
    ['kafka.m5.4xlarge', 16, 64, 5, 593.75, 593.75, 4000, 1.68],
    ['kafka.m5.8xlarge', 32, 128, 10, 850, 850, 4000, 3.36],
    ['kafka.m5.12xlarge', 48, 192, 12, 1000, 1000, 4000, 5.04],
    ['kafka.m5.16xlarge', 64, 256, 20, 1000, 1000, 4000, 6.72],
    ['kafka.m5.24xlarge', 96, 384, 25, 1000, 1000, 4000, 10.08],
    ['kafka.m7g.large', 2, 8, 0.937, 78.75, 78.75, 1000, 0.204],
    ['kafka.m7g.xlarge', 4, 16, 1.876, 156.25, 156.25, 1000, 0.408],
    ['kafka.m7g.2xlarge', 8, 32, 3.75, 312.5, 312.5, 2000, 0.816],
    ['kafka.m7g.4xlarge', 16, 64, 7.5, 625, 625, 4000, 1.632],
    ['kafka.m7g.8xlarge', 32, 128, 15, 1000, 1000, 4000, 3.264],
    ['kafka.m7g.12xlarge', 48, 192, 22.5, 1000, 1000, 4000, 4.896],
    ['kafka.m7g.16xlarge', 64, 256, 30, 1000, 1000, 4000, 6.528],
  ]),
  ...gcp([
    ['n2-standard-8', 8, 32, 16, 0.388472],
    ['n2-standard-16', 16, 64, 32, 0.776944],
    ['n2-standard-32', 32, 128, 32, 1.553888],
    ['c3-standard-8', 8, 32, 23, 0.41776],
    ['c3-standard-22', 22, 88, 23, 1.14884],
    ['c3-standard-44', 44, 176, 32, 2.29768],
  ]),
  ...azure([
    ['Standard_D4s_v5', 4, 16, 12500, 145, 1200, 0.192],
    ['Standard_D8s_v5', 8, 32, 12500, 290, 1200, 0.384],
    ['Standard_D16s_v5', 16, 64, 12500, 600, 1200, 0.768],
    ['Standard_D32s_v5', 32, 128, 16000, 865, 2000, 1.536],
    ['Standard_E4s_v5', 4, 32, 12500, 145, 1200, 0.252],
    ['Standard_E8s_v5', 8, 64, 12500, 290, 1200, 0.504],
    ['Standard_E16s_v5', 16, 128, 12500, 600, 1200, 1.008],
    ['Standard_E32s_v5', 32, 256, 16000, 865, 2000, 2.016],
  ]),
];

/**
 * The profile of that name, or undefined.
 *
 * @example
 * ```ts
 * brokerProfile('m7g.2xlarge')?.vcpus; // 8
 * ```
 */
export function brokerProfile(name: string): BrokerProfile | undefined {
  return BROKER_PROFILES.find((p) => p.name === name);
}

/**
 * Prices per provider, USD: storage per GiB-month, provisioned throughput per MiB/s-month above
 * what is included, remote (tiered) storage per GiB-month, and data crossing zones per GiB
 * (both directions together). Dated; every one is an input (`prices`) to override.
 */
export const PRICE_DEFAULTS: Readonly<Record<BrokerProfile['provider'], { storage: number; throughput: number; tiered: number; crossZone: number; replicationCrossesZones: boolean; source: string }>> = {
  aws: { storage: 0.08, throughput: 0.04, tiered: 0.023, crossZone: 0.02, replicationCrossesZones: true, source: 'us-east-1 list prices: EBS gp3 $0.08/GB-month and $0.04 per MB/s-month above 125 MiB/s, S3 Standard $0.023/GB-month, inter-AZ data $0.01/GB each way (recalled)' },
  'aws-msk': { storage: 0.1, throughput: 0.08, tiered: 0.023, crossZone: 0.02, replicationCrossesZones: false, source: `AWS msk_sizing.py constants, us-east-1 (read ${READ}): storage $0.10/GB-month, provisioned throughput $0.08 per MiB/s-month, tiered $0.023/GB-month, cross-AZ $0.02/GB; replication between MSK brokers is not billed` },
  gcp: { storage: 0.1, throughput: 0, tiered: 0.02, crossZone: 0.01, replicationCrossesZones: true, source: 'us-central1 list prices: Balanced Persistent Disk $0.10/GB-month, Cloud Storage Standard $0.020/GB-month, inter-zone egress $0.01/GB (recalled)' },
  azure: { storage: 0.12, throughput: 0, tiered: 0.018, crossZone: 0.01, replicationCrossesZones: true, source: 'East US: Premium SSD about $0.12/GiB-month (P40/P50 tiers), Blob hot $0.018/GB-month, inter-zone transfer $0.01/GB (recalled)' },
};

/**
 * Names close to `name`, for "did you mean" in an unknown-profile message.
 *
 * @example
 * ```ts
 * similarProfiles('m7g.2xl'); // ['m7g.2xlarge', ...]
 * ```
 */
export function similarProfiles(name: string): string[] {
  const family = name.replace(/^kafka\./, '').split(/[.-]/)[0]!.toLowerCase();
  return BROKER_PROFILES.filter((p) => p.name.replace(/^kafka\./, '').toLowerCase().startsWith(family)).map((p) => p.name).slice(0, 8);
}

/**
 * What follows from a broker and partition count but does not size the cluster: threads,
 * memory, OS limits and the metadata quorum.
 */
import type { ResolvedCapacityInput } from './input.js';
import { ceilCount, partitionsAt, storageFor, trafficOf } from './model.js';
import { MAX_BROKER_HEAP_BYTES, MAX_HEAP_SHARE_OF_MEMORY } from '../model/heap-limits.js';

/** Thread settings per broker. */
export interface ThreadPlan {
  /** `num.recovery.threads.per.data.dir` × `log.dirs`: threads that load logs at startup. */
  recovery: {
    /** `num.recovery.threads.per.data.dir`. */
    perDataDir: number;
    /** Entries in `log.dirs`. */
    logDirs: number;
    /** perDataDir × logDirs. */
    total: number;
  };
  /** `num.io.threads`: the default 8, or one per core on larger brokers (AWS MSK). */
  io: number;
  /** `num.network.threads` is one pool per listener: `total` = perListener × listeners. */
  network: {
    /** `num.network.threads`. */
    perListener: number;
    /** Listeners, controller listener excluded. */
    listeners: number;
    /** perListener × listeners. */
    total: number;
  };
  /** `num.replica.fetchers` (per source broker) and the threads it makes in total. */
  replicaFetchers: {
    /** `num.replica.fetchers`. */
    perSourceBroker: number;
    /** perSourceBroker × (brokers − 1). */
    total: number;
  };
}

/** Memory per broker, in bytes. */
export interface MemoryPlan {
  /** Bytes written to one broker per second at peak (its share of write × RF). */
  writeBytesPerSecPerBroker: number;
  /** Seconds of writes the page cache should hold. */
  pageCacheSeconds: number;
  /** Page cache for those seconds of writes. */
  pageCacheBytes: number;
  /** JVM heap: at most 5 GiB (Kafka: The Definitive Guide, 2nd ed., ch. 2: a 5 GB heap; Strimzi caps at 5 GiB) and at most 25% of RAM. */
  heapBytes: number;
  /** The matching JVM options, e.g. `-Xms5g -Xmx5g`. */
  jvmOptions: string;
  /** Left for the operating system. */
  osReserveBytes: number;
  /** heap + page cache + OS reserve. */
  recommendedBytes: number;
  /** Seconds of writes the given RAM holds after heap and OS (only when RAM is given). */
  cacheWindowSeconds?: number;
}

/** Operating-system limits per broker. */
export interface OsLimits {
  /** Partition replicas on one broker. */
  partitionReplicasPerBroker: number;
  /** Closed segments plus the active one, per replica (the most of any topic). */
  segmentsPerReplica: number;
  /** segmentsPerReplica × partitionReplicasPerBroker. */
  segmentsPerBroker: number;
  /** Open files: segments × 3 (.log, .index, .timeindex) + connections, at least 100,000. */
  openFiles: number;
  /** vm.max_map_count: 2 map areas per segment × 1.5 headroom, at least 262,144. */
  vmMaxMapCount: number;
}

/** The metadata quorum. */
export interface QuorumPlan {
  /** ZooKeeper ensemble or KRaft controllers. */
  mode: 'zookeeper' | 'kraft';
  /** ZooKeeper servers or KRaft controllers. */
  servers: number;
  /** Failures the quorum survives: (servers − 1) / 2. */
  toleratesFailures: number;
  /** ZooKeeper only: a rough throughput figure for this ensemble size (no primary source), requests per second. */
  approxRequestsPerSec?: number;
  /** Why this size. */
  reason: string;
  /** KRaft only: the metadata each controller holds and the memory to give it. */
  controllerMemory?: ControllerMemory;
  /** The most partitions a cluster in this mode is known to run, with the source. */
  partitionCeiling: {
    /** Partitions in the cluster (leaders). */
    partitions: number;
    /** Where the figure comes from. */
    source: string;
  };
}

/** Memory of one KRaft controller for the cluster's metadata. */
export interface ControllerMemory {
  /** Partitions (leaders) in the metadata. */
  partitions: number;
  /** JVM heap: about 1 KiB a partition for the metadata image, twice while a snapshot is written, in whole GiB, at least 1 GiB (Confluent's minimum). */
  heapBytes: number;
  /** `-Xms… -Xmx…` for the controllers. */
  jvmOptions: string;
  /** RAM per controller: heap + 2 GiB for the OS and the metadata log's page cache, at least 4 GiB (Confluent). */
  memoryBytes: number;
}

const GiB = 2 ** 30;
const OS_RESERVE_BYTES = 2 * GiB;
const FILES_PER_SEGMENT = 3;
const MIN_OPEN_FILES = 100_000;
const MIN_MAP_COUNT = 262_144;
/** ZooKeeper throughput by ensemble size, a study note's rough figures with no primary source (about 80,000/s for 3, 140,000/s for 5 or more). */
export const ZOOKEEPER_REQUESTS_PER_SEC: Readonly<Record<3 | 5, number>> = { 3: 80_000, 5: 140_000 };
/** KRaft controllers' heap: at least Confluent's 1 GiB; our estimate of the metadata image is 1 KiB a partition, twice during a snapshot (no published figure). */
const CONTROLLER_MIN_HEAP_BYTES = GiB;
const CONTROLLER_HEAP_BYTES_PER_PARTITION = 2 * 1024;
/** Confluent's minimum RAM for a KRaft controller. */
const CONTROLLER_MIN_MEMORY_BYTES = 4 * GiB;
/** The partitions a cluster is known to run: ZooKeeper mode (Jun Rao, 2018) and KRaft (Confluent, 2021). */
export const PARTITION_CEILING = {
  zookeeper: { partitions: 200_000, source: 'Jun Rao (Confluent, 2018): about 200,000 partitions per cluster in ZooKeeper mode' },
  kraft: { partitions: 2_000_000, source: 'Confluent (2021, "A First Glimpse of a Kafka Without ZooKeeper"): 2 million partitions shown on KRaft (recalled)' },
} as const;
/** Above this many brokers we plan 5 KRaft controllers (our threshold; the docs say "3 or 5"). */
const LARGE_CLUSTER_BROKERS = 30;

/**
 * Thread settings for `brokers` brokers holding `replicasPerBroker` partition replicas each.
 *
 * @example
 * ```ts
 * threadPlan(resolved, 6, 1200).recovery; // { perDataDir: 8, logDirs: 3, total: 24 } when given 8 threads and 3 dirs
 * ```
 */
export function threadPlan(r: ResolvedCapacityInput, brokers: number, replicasPerBroker: number): ThreadPlan {
  const cores = r.broker.cores;
  const perListener = cores === undefined ? 3 : Math.max(3, Math.ceil(cores / 2));
  const fetchers = Math.min(1 + Math.floor(replicasPerBroker / 500), cores ?? 8);
  return {
    recovery: { perDataDir: r.broker.recoveryThreadsPerDataDir, logDirs: r.broker.logDirs, total: r.broker.recoveryThreadsPerDataDir * r.broker.logDirs },
    io: cores === undefined ? 8 : Math.max(8, cores),
    network: { perListener, listeners: r.broker.listeners, total: perListener * r.broker.listeners },
    replicaFetchers: { perSourceBroker: fetchers, total: fetchers * Math.max(0, brokers - 1) },
  };
}

function jvmSize(bytes: number): string {
  return bytes % GiB === 0 ? `${bytes / GiB}g` : `${Math.floor(bytes / 2 ** 20)}m`;
}

/**
 * Page cache and heap per broker.
 *
 * @example
 * ```ts
 * memoryPlan(resolved, 3).pageCacheBytes; // 1.5e9 for 50 MB/s at RF 3 on 3 brokers, 30 s
 * ```
 */
export function memoryPlan(r: ResolvedCapacityInput, brokers: number): MemoryPlan {
  const perBroker = trafficOf(r).networkIn / brokers;
  const pageCacheBytes = perBroker * r.pageCacheSeconds;
  const ram = r.broker.memoryBytes;
  // Whole MiB, so the JVM option says exactly what the plan counted.
  const heapBytes = ram === undefined ? MAX_BROKER_HEAP_BYTES : Math.min(MAX_BROKER_HEAP_BYTES, Math.floor((ram * MAX_HEAP_SHARE_OF_MEMORY) / 2 ** 20) * 2 ** 20);
  const plan: MemoryPlan = {
    writeBytesPerSecPerBroker: perBroker,
    pageCacheSeconds: r.pageCacheSeconds,
    pageCacheBytes,
    heapBytes,
    jvmOptions: `-Xms${jvmSize(heapBytes)} -Xmx${jvmSize(heapBytes)}`,
    osReserveBytes: OS_RESERVE_BYTES,
    recommendedBytes: heapBytes + pageCacheBytes + OS_RESERVE_BYTES,
  };
  if (ram !== undefined) plan.cacheWindowSeconds = perBroker > 0 ? Math.max(0, ram - heapBytes - OS_RESERVE_BYTES) / perBroker : Infinity;
  return plan;
}

/**
 * Open files and memory maps per broker: every segment has a .log, .index and .timeindex file,
 * and its two indexes are memory-mapped (Kafka docs, "OS" section).
 *
 * @example
 * ```ts
 * osLimits(resolved, 6).openFiles; // at least 100000
 * ```
 */
export function osLimits(r: ResolvedCapacityInput, brokers: number): OsLimits {
  let replicas = 0;
  let segments = 0;
  let segmentsPerReplica = 1;
  for (const w of r.workloads) {
    const partitions = partitionsAt(w, brokers);
    const data = storageFor({ ...r, workloads: [w] }, brokers).dataPerCopy;
    const localMs = w.localRetentionMs ?? w.retentionMs;
    const bySize = ceilCount(data / partitions / r.segmentBytes);
    const byTime = localMs === undefined ? 0 : ceilCount(localMs / r.segmentMs);
    // Closed segments (rolled by size or by time, whichever comes first) plus the active one.
    const perReplica = Math.max(bySize, byTime) + 1;
    segmentsPerReplica = Math.max(segmentsPerReplica, perReplica);
    replicas += partitions * w.replicationFactor;
    segments += ((partitions * w.replicationFactor) / brokers) * perReplica;
  }
  const segmentsPerBroker = Math.ceil(segments * (1 - 1e-12));
  return {
    partitionReplicasPerBroker: Math.ceil(replicas / brokers),
    segmentsPerReplica,
    segmentsPerBroker,
    openFiles: Math.max(MIN_OPEN_FILES, segmentsPerBroker * FILES_PER_SEGMENT + r.broker.connections),
    vmMaxMapCount: Math.max(MIN_MAP_COUNT, Math.ceil(segmentsPerBroker * 2 * 1.5)),
  };
}

/**
 * ZooKeeper ensemble (2f + 1, at least 3, sized up for the request rate) or KRaft controllers
 * (3, or 5 for large clusters or two failures).
 *
 * @example
 * ```ts
 * quorumPlan(resolved, 6).servers; // 3
 * ```
 */
export function quorumPlan(r: ResolvedCapacityInput, brokers: number): QuorumPlan {
  const failures = Math.max(1, r.tolerate.brokerFailures, r.tolerate.zoneFailures);
  const byFailures = 2 * failures + 1;
  if (r.metadata.mode === 'kraft') {
    const large = brokers > LARGE_CLUSTER_BROKERS;
    const servers = Math.max(byFailures, large ? 5 : 3);
    const reason =
      servers > 5 ? `2f + 1 for ${failures} failures` : large ? `5 controllers for a cluster above ${LARGE_CLUSTER_BROKERS} brokers` : byFailures > 3 ? `2f + 1 for ${failures} failures` : '3 controllers survive one failure';
    const partitions = r.workloads.reduce((sum, w) => sum + partitionsAt(w, brokers), 0);
    const heapBytes = Math.ceil(Math.max(CONTROLLER_MIN_HEAP_BYTES, partitions * CONTROLLER_HEAP_BYTES_PER_PARTITION) / GiB) * GiB;
    const controllerMemory: ControllerMemory = { partitions, heapBytes, jvmOptions: `-Xms${jvmSize(heapBytes)} -Xmx${jvmSize(heapBytes)}`, memoryBytes: Math.max(CONTROLLER_MIN_MEMORY_BYTES, heapBytes + OS_RESERVE_BYTES) };
    return { mode: 'kraft', servers, toleratesFailures: (servers - 1) / 2, reason, controllerMemory, partitionCeiling: { ...PARTITION_CEILING.kraft } };
  }
  const rps = r.metadata.requestsPerSec ?? 0;
  const byLoad = rps > ZOOKEEPER_REQUESTS_PER_SEC[3] ? 5 : 3;
  const servers = Math.max(byFailures, byLoad);
  const reason = byLoad > byFailures ? `${rps.toLocaleString('en-US')} requests/s exceeds the ~80,000/s of 3 servers` : `2f + 1 for ${failures} failure${failures > 1 ? 's' : ''}`;
  return {
    mode: 'zookeeper',
    servers,
    toleratesFailures: (servers - 1) / 2,
    approxRequestsPerSec: servers >= 5 ? ZOOKEEPER_REQUESTS_PER_SEC[5] : ZOOKEEPER_REQUESTS_PER_SEC[3],
    reason,
    partitionCeiling: { ...PARTITION_CEILING.zookeeper },
  };
}

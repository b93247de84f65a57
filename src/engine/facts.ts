import type { KafkaVersion } from '../core/version.js';

/** The facts about a cluster, besides its files, that rules may rest on. */
export type FactName = 'kafkaVersion' | 'javaVersion' | 'zookeeperVersion' | 'brokerCount' | 'zookeeperEnsemble' | 'kraftQuorum';

/**
 * Where a fact came from: an option of the run (`--kafka-version`, `lint()` options), the
 * config file, an image tag, a Strimzi resource, a key or path in a file, the files in view,
 * a live cluster (`--bootstrap-server`), or nothing (kafka-lint's default assumption).
 */
export type FactSource = 'option' | 'config-file' | 'image' | 'strimzi' | 'file' | 'files' | 'compose' | 'cluster' | 'default';

/** A fact's provenance: its source and, in words, the evidence. */
export interface FactOrigin {
  /** The kind of source. */
  source: FactSource;
  /** The evidence, e.g. `image confluentinc/cp-kafka:7.4.0 (docker-compose.yml:5)`. */
  detail: string;
  /** The file the evidence is in, when it is in one. */
  file?: string;
  /** Its 1-based line, when known. */
  line?: number;
}

/** A fact as resolved for a run: known (stated or read from evidence) or assumed. */
export interface Fact {
  /** True when the value was stated or read from evidence; false when kafka-lint assumed it. */
  known: boolean;
  /** Where it came from. */
  origin: FactOrigin;
}

/** The Kafka version the cluster runs and the version kafka-lint judges it against. */
export interface KafkaVersionFact extends Fact {
  /** The version judged against: the release's line when kafka-lint knows it, else the nearest. */
  judged: KafkaVersion;
  /** The release the evidence names (`3.8.0`, `2.4`), when it names one. */
  release?: string;
  /** Whether the release is older than the oldest version kafka-lint knows (judged as that). */
  older?: boolean;
  /** Whether the release is newer than the newest version kafka-lint knows (judged as that). */
  newer?: boolean;
}

/** The Java feature release the nodes run on (8, 11, 17, 21, ...), when known. */
export interface JavaVersionFact extends Fact {
  /** The feature release; absent when unknown. */
  value?: number;
}

/** The ZooKeeper release the ensemble runs, when known. */
export interface ZooKeeperVersionFact extends Fact {
  /** `major.minor`, e.g. `3.8`; absent when unknown. */
  value?: string;
}

/** The number of brokers of the cluster. */
export interface BrokerCountFact extends Fact {
  /** The count, or the lower bound when `atLeast`; absent when nothing tells. */
  value?: number;
  /** True when the count is only a lower bound: the broker files in view. */
  atLeast?: boolean;
}

/** The ZooKeeper ensemble's servers (`host:clientPort`), when the files list them. */
export interface EnsembleFact extends Fact {
  /** The servers' client addresses; absent when unknown. */
  servers?: string[];
}

/** The KRaft controller quorum, when the files list its voters. */
export interface QuorumFact extends Fact {
  /** The number of voters; absent when unknown (a dynamic quorum, or no KRaft node in view). */
  voters?: number;
}

/** Every fact about one cluster, with provenance; returned with the findings and shown by `--show-clusters`. */
export interface ClusterFacts {
  /** The Kafka version. */
  kafkaVersion: KafkaVersionFact;
  /** The Java version. */
  javaVersion: JavaVersionFact;
  /** The ZooKeeper version. */
  zookeeperVersion: ZooKeeperVersionFact;
  /** The broker count. */
  brokerCount: BrokerCountFact;
  /** The ZooKeeper ensemble. */
  zookeeperEnsemble: EnsembleFact;
  /** The KRaft quorum. */
  kraftQuorum: QuorumFact;
}

/** The flag and config-file key that state each fact, for messages that say how. */
export const FACT_OPTIONS: Readonly<Record<FactName, { flag: string; key: string }>> = {
  kafkaVersion: { flag: '--kafka-version', key: 'kafkaVersion' },
  javaVersion: { flag: '--java-version', key: 'javaVersion' },
  zookeeperVersion: { flag: '--zookeeper-version', key: 'zookeeperVersion' },
  brokerCount: { flag: '--brokers', key: 'brokerCount' },
  zookeeperEnsemble: { flag: '--cluster-per-dir', key: 'clusters' },
  kraftQuorum: { flag: '--cluster-per-dir', key: 'clusters' },
};

/**
 * One sentence on what kafka-lint assumed for a fact and how to state it, appended to findings
 * that rest on it (and so are at most warnings).
 *
 * @example
 * ```ts
 * assumptionSentence('javaVersion', facts); // 'kafka-lint does not know the Java version (...); state it with --java-version or "javaVersion" in kafka-lint.config.json.'
 * ```
 */
export function assumptionSentence(name: FactName, facts: ClusterFacts): string {
  const how = FACT_OPTIONS[name];
  const state = `state it with ${how.flag} or "${how.key}" in kafka-lint.config.json`;
  switch (name) {
    case 'kafkaVersion': {
      const f = facts.kafkaVersion;
      if (f.release !== undefined) return `This is judged against Kafka ${f.judged}, while ${f.origin.detail} says ${f.release}; kafka-lint knows ${f.older ? 'no older release' : 'no newer release'}.`;
      return `kafka-lint assumed Kafka ${f.judged} (${f.origin.detail}); ${state}.`;
    }
    case 'javaVersion':
      return `kafka-lint does not know the Java version the node runs on; ${state}.`;
    case 'zookeeperVersion':
      return `kafka-lint does not know the ZooKeeper version; ${state}.`;
    case 'brokerCount': {
      const f = facts.brokerCount;
      return f.value !== undefined && f.atLeast
        ? `kafka-lint counted at least ${f.value} broker${f.value === 1 ? '' : 's'} from the files in view; if the cluster has more, ${state.replace('state it', 'state the count')}.`
        : `kafka-lint does not know how many brokers the cluster has; ${state.replace('state it', 'state the count')}.`;
    }
    case 'zookeeperEnsemble':
      return 'kafka-lint does not see the ensemble\'s zoo.cfg; lint it together with the brokers.';
    case 'kraftQuorum':
      return 'kafka-lint does not see the controller quorum\'s voters; lint the controllers together with the brokers.';
  }
}

import type { ConfigEntry } from './entry.js';
import type { PropertiesDocument } from '../parse/properties.js';
import type { Span } from '../parse/source.js';

/**
 * A value as the program reads it, or the reason it cannot: bad values never throw, they stay
 * with their entry (and so their position) for the rules to judge.
 */
export interface Parsed<T> {
  entry: ConfigEntry;
  /** The parsed value; absent when `error` is set. */
  value?: T;
  /** Why the program would refuse or misread the value. */
  error?: string;
}

/** The typed value of one catalog key. */
export type TypedValue = Parsed<string | number | boolean | string[] | null>;

/** One `NAME://host:port` element of `listeners`, `advertised.listeners` or a controller listener. */
export interface Listener {
  /** The listener name, upper-cased as Kafka normalises it. */
  name: string;
  /** The host, without IPv6 brackets; empty means the default interface. */
  host: string;
  port: number;
  /** The element as written (trimmed). */
  text: string;
}

/** One host of a `zookeeper.connect` string, with ZooKeeper's ConnectStringParser semantics. */
export interface ConnectHost {
  host: string;
  /** The port (2181 when absent). */
  port: number;
  /** The port text as written, untrimmed (ZooKeeper does not trim it). */
  portText?: string;
}

/** `zookeeper.connect` split into hosts and chroot. */
export interface ZookeeperConnect {
  hosts: ConnectHost[];
  /** The chroot path from the first `/`, when present. */
  chroot?: string;
}

/** One `id@host:port` voter of `controller.quorum.voters`. */
export interface QuorumVoter {
  id: number;
  host: string;
  port: number;
  text: string;
}

/** One `host:port` of `controller.quorum.bootstrap.servers`. */
export interface QuorumBootstrapServer {
  /** The host, without IPv6 brackets. */
  host: string;
  port: number;
  /** The element as written (trimmed). */
  text: string;
}

/** JVM settings of a node: heap and flags, from env files, units, compose or `lint()` input. */
export interface JvmOptions {
  /** Where the options were written, each flag with its entry (for positions). */
  flags: JvmFlag[];
  /** -Xmx in bytes, when set. */
  maxHeapBytes?: number;
  /** -Xms in bytes, when set. */
  initialHeapBytes?: number;
}

/** One JVM flag (`-Xmx4g`, `-XX:+UseG1GC`, `-Dcom.sun.management.jmxremote.port=9999`). */
export interface JvmFlag {
  text: string;
  /** The variable or setting it came from (e.g. KAFKA_HEAP_OPTS). */
  variable: string;
  entry: ConfigEntry;
}

/**
 * A Kafka broker or controller configuration (server.properties, broker.properties,
 * controller.properties, or the same keys from docker-compose, Strimzi or a plain object).
 */
export interface BrokerConfig {
  kind: 'broker';
  /** The file it came from; `<object>` for plain objects. */
  file: string;
  /** Every entry in order, repeated keys included. */
  entries: ConfigEntry[];
  /** The effective entry of each key (the last one wins). */
  settings: Map<string, ConfigEntry>;
  /** Every key the catalog knows, coerced to its Kafka type. */
  values: Map<string, TypedValue>;
  /** The parsed .properties document, when the config came from one. */
  properties?: PropertiesDocument;
  /** KRaft roles from `process.roles`; empty in ZooKeeper mode. */
  roles: ('broker' | 'controller')[];
  /** `kraft` when process.roles is set, `zookeeper` when zookeeper.connect is set without it. */
  mode: 'kraft' | 'zookeeper' | 'unknown';
  /** node.id, or broker.id in ZooKeeper mode, when set and numeric. */
  nodeId?: number;
  listeners?: Parsed<Listener[]>;
  advertisedListeners?: Parsed<Listener[]>;
  /** listener.security.protocol.map as name to protocol (names upper-cased). */
  securityProtocolMap?: Parsed<Map<string, string>>;
  zookeeperConnect?: Parsed<ZookeeperConnect>;
  /** log.dirs, or log.dir when log.dirs is absent. */
  logDirs?: Parsed<string[]>;
  quorumVoters?: Parsed<QuorumVoter[]>;
  /** The host this node runs on, when known (compose service, Strimzi pod, file option). */
  host?: string;
  /** JVM options of this node, when known. */
  jvm?: JvmOptions;
}

/** One `host:quorumPort:electionPort` address of a `server.N=` line. */
export interface ZkServerAddress {
  /** The host as written (IPv6 without brackets); ZooKeeper does not trim it. */
  host: string;
  quorumPort?: number;
  electionPort?: number;
}

/** One `server.N=` line of a zoo.cfg, read as ZooKeeper 3.8's QuorumServer reads it. */
export interface ZkServer {
  /** The id as ZooKeeper reads it (`server.01` is 1); absent when it is not a number. */
  id?: number;
  /** The id text as written after `server.`. */
  idText: string;
  /** The host of the first address. */
  host: string;
  quorumPort?: number;
  electionPort?: number;
  /** Further `|`-separated addresses (multi-address, ZooKeeper 3.6+). */
  otherAddresses?: ZkServerAddress[];
  role: 'participant' | 'observer';
  clientPortAddress?: string;
  clientPort?: number;
  entry: ConfigEntry;
  /** Why ZooKeeper would refuse or misread this line. */
  error?: string;
}

/** A `group.N=1:2:3` line of a hierarchical quorum. */
export interface ZkGroup {
  /** The group id; absent when it is not a number. */
  id?: number;
  /** The member server ids that are numbers. */
  members: number[];
  entry: ConfigEntry;
  /** Why ZooKeeper would refuse this line. */
  error?: string;
}

/** A `weight.N=W` line of a hierarchical quorum. */
export interface ZkWeight {
  /** The server id; absent when it is not a number. */
  serverId?: number;
  weight?: number;
  entry: ConfigEntry;
  /** Why ZooKeeper would refuse this line. */
  error?: string;
}

/**
 * The settings a ZooKeeper 3.8 server runs with: the value written, or ZooKeeper's default
 * (QuorumPeerConfig, ZooKeeperServer, JettyAdminServer, FourLetterCommands). A value ZooKeeper
 * cannot read falls back to the default here; the rules report the bad value itself.
 */
export interface ZooKeeperEffectiveSettings {
  /** 3000 ms when absent. */
  tickTime: number;
  /** In ticks; 0 means unset (refused in an ensemble). */
  initLimit: number;
  /** In ticks; 0 means unset (refused in an ensemble). */
  syncLimit: number;
  /** 2 x tickTime unless set (-1 also means unset). */
  minSessionTimeout: number;
  /** 20 x tickTime unless set (-1 also means unset). */
  maxSessionTimeout: number;
  /** 60; 0 or less means unlimited. */
  maxClientCnxns: number;
  /** Trimmed, as ZooKeeper reads it; absent when unset. */
  dataDir?: string;
  /** dataDir when unset. */
  dataLogDir?: string;
  /** Absent when unset or 0 (ZooKeeper then opens no client port from this key). */
  clientPort?: number;
  clientPortAddress?: string;
  secureClientPort?: number;
  /** 3 when absent or below 3 (ZooKeeper raises it). */
  snapRetainCount: number;
  /** In hours; 0 or less means purging is off (the default). */
  purgeInterval: number;
  standaloneEnabled: boolean;
  reconfigEnabled: boolean;
  /** Set when the server list lives in a separate dynamic file. */
  dynamicConfigFile?: string;
  /** The enabled four-letter-word commands; `*` enables all. `srvr` is always enabled. */
  fourLetterWords: string[];
  /** The embedded Jetty admin server: on unless `admin.enableServer=false`. */
  adminServer: { enabled: boolean; address: string; port: number };
}

/** A zoo.cfg (or zookeeper.properties), with ZooKeeper's defaults applied where it has them. */
export interface ZooKeeperConfig {
  kind: 'zookeeper';
  file: string;
  entries: ConfigEntry[];
  settings: Map<string, ConfigEntry>;
  values: Map<string, TypedValue>;
  properties?: PropertiesDocument;
  /** One per `server.N` key (a key written twice counts once: the last line wins). */
  servers: ZkServer[];
  /** `group.N` lines; non-empty makes the quorum hierarchical. */
  groups: ZkGroup[];
  /** `weight.N` lines. */
  weights: ZkWeight[];
  /** The settings ZooKeeper runs with, defaults applied. */
  effective: ZooKeeperEffectiveSettings;
  /** The myid of this server, from a myid file beside the config or in its dataDir. */
  myid?: MyidFile;
  host?: string;
  jvm?: JvmOptions;
}

/** A ZooKeeper myid file. */
export interface MyidFile {
  kind: 'myid';
  file: string;
  /** The id, when the file holds a bare integer. */
  id?: number;
  /** Why ZooKeeper would refuse it. */
  error?: string;
  text: string;
}

/**
 * Something a deployment loader could not read or had to skip; the `deploy/*` rules report them.
 * `syntax`: the file's own tool refuses the line or file (compose's YAML parser, systemd);
 * `not-read`: kafka-lint skipped it (an unresolved template, an image it does not know, an
 * env file that was not supplied).
 */
export interface DeploymentNotice {
  code: 'syntax' | 'not-read';
  /** What happened and what to do, in one sentence. */
  message: string;
  file: string;
  span?: Span;
  /** Whether the file's tool stops (error) or only warns and skips the line. */
  refused?: boolean;
}

/** A variable an image never reads, beside the name it probably meant. */
export interface IgnoredVariable {
  entry: ConfigEntry;
  /** Why the image ignores it and what to write instead. */
  reason: string;
}

/** The container images whose environment kafka-lint maps to config keys. */
export type ImageFamily = 'cp-kafka' | 'cp-zookeeper' | 'apache-kafka' | 'bitnami-kafka' | 'zookeeper';

/** A volume or mount of a compose service. */
export interface ComposeMount {
  /** The path inside the container, when known. */
  target?: string;
  /** `volume` and `bind` outlive the container; `tmpfs` does not. */
  type: 'volume' | 'bind' | 'tmpfs' | 'unknown';
  span?: Span;
}

/** A `ports:` item of a compose service (short or long syntax). */
export interface ComposePort {
  /** The container port (the first of a range). */
  target?: number;
  /** The last container port of a range. */
  targetEnd?: number;
  /** Whether it is published on the host (not just exposed). */
  published: boolean;
  text: string;
  span?: Span;
}

/** One service of a compose file, with the node kafka-lint built from its environment. */
export interface ComposeService {
  name: string;
  nameSpan?: Span;
  image?: string;
  imageSpan?: Span;
  family?: ImageFamily;
  /** The effective environment: env_file entries first, then `environment:` (later wins). */
  environment: ConfigEntry[];
  volumes: ComposeMount[];
  ports: ComposePort[];
  /** Paths the image declares as VOLUME (kept across container re-creation by compose). */
  imageVolumes: string[];
  ignored: IgnoredVariable[];
  /** mem_limit or deploy.resources.limits.memory, when set. */
  memoryLimit?: ConfigEntry;
  node?: BrokerConfig | ZooKeeperConfig;
}

/** A docker-compose file: one file is one cluster. */
export interface ComposeFile {
  kind: 'compose';
  file: string;
  services: ComposeService[];
  notices: DeploymentNotice[];
}

/** Which program a unit, env file or resource runs. */
export type ServiceRole = 'kafka' | 'zookeeper';

/** One `Key=value` line of a systemd unit (continuations joined). */
export interface UnitDirective {
  section: string;
  key: string;
  /** The value with continuations joined, leading and trailing blanks removed. */
  value: string;
  keySpan: Span;
  valueSpan: Span;
}

/** A systemd unit file (kafka.service, zookeeper.service). */
export interface SystemdUnit {
  kind: 'systemd';
  file: string;
  /** Every directive in order, repeated keys and empty resets included. */
  directives: UnitDirective[];
  /** What ExecStart runs, when kafka-lint recognises it. */
  role?: ServiceRole;
  /** Variables from Environment= lines and supplied EnvironmentFile= files. */
  environment: ConfigEntry[];
  jvm?: JvmOptions;
  notices: DeploymentNotice[];
}

/** An env file: .env, kafka-env.sh, /etc/sysconfig/kafka, java.env. */
export interface EnvFile {
  kind: 'env';
  file: string;
  variables: ConfigEntry[];
  role?: ServiceRole;
  jvm?: JvmOptions;
  /** The compose file or unit that read it; its facts are judged there, not twice. */
  includedBy?: string;
  notices: DeploymentNotice[];
}

/** A Strimzi storage definition (or one JBOD volume of it). */
export interface StrimziStorage {
  type: string;
  /** The `type:` line. */
  entry: ConfigEntry;
}

/** One item of `spec.kafka.listeners`. */
export interface StrimziListener {
  name?: ConfigEntry;
  port?: ConfigEntry;
  /** `tls: true`: the listener is encrypted. */
  tls?: boolean;
}

/** A `kind: Kafka` or `kind: KafkaNodePool` resource. */
export interface StrimziResource {
  kind: 'Kafka' | 'KafkaNodePool';
  apiVersion: string;
  name: string;
  /** For node pools: the Kafka cluster it belongs to (label strimzi.io/cluster). */
  cluster?: string;
  replicas?: number;
  /** Node pool roles, or `broker` for spec.kafka of a Kafka without node pools. */
  roles: ('broker' | 'controller')[];
  storage: StrimziStorage[];
  /** spec.zookeeper.storage of a ZooKeeper-mode Kafka. */
  zookeeperStorage: StrimziStorage[];
  /** spec.zookeeper.replicas of a ZooKeeper-mode Kafka (absent in KRaft). */
  zookeeperReplicas?: number;
  listeners: StrimziListener[];
  /** spec.kafka.config as written, forbidden keys included. */
  config: ConfigEntry[];
  jvm?: JvmOptions;
  /** resources.limits.memory of the Kafka pods, when set. */
  memoryLimit?: ConfigEntry;
  span?: Span;
}

/** A YAML file of Strimzi resources (any other resources in it are skipped). */
export interface StrimziFile {
  kind: 'strimzi';
  file: string;
  resources: StrimziResource[];
  notices: DeploymentNotice[];
}

/** A file that deploys Kafka or ZooKeeper rather than configuring it directly. */
export type DeploymentFile = ComposeFile | SystemdUnit | EnvFile | StrimziFile;

/** Any configuration document kafka-lint models. Later file kinds extend this union. */
export type ConfigDocument = BrokerConfig | ZooKeeperConfig | MyidFile | DeploymentFile;

/** The kinds of document a rule can apply to. */
export type DocumentKind = ConfigDocument['kind'];

/**
 * A cluster: the broker and controller configs plus the ZooKeeper ensemble that belong
 * together. Cluster-wide rules compare its members.
 */
export interface Cluster {
  name?: string;
  brokers: BrokerConfig[];
  zookeeper: ZooKeeperConfig[];
  /** myid files not attached to a zoo.cfg. */
  myids: MyidFile[];
  /** Compose files, systemd units, env files and Strimzi resources; their nodes are in `brokers`/`zookeeper`. */
  deployments?: DeploymentFile[];
  /** The broker count a deployment declares (Strimzi replicas), when it has fewer config documents. */
  declaredBrokerCount?: number;
}

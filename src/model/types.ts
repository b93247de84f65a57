import type { ConfigEntry } from '../parse/entry.js';
import type { PropertiesDocument } from '../parse/properties.js';
import type { Span } from '../parse/source.js';
import type { CommentLines } from '../parse/comments.js';

/**
 * A value as the program reads it, or the reason it cannot: bad values never throw, they stay
 * with their entry (and so their position) for the rules to judge.
 */
export interface Parsed<T> {
  /** The entry the value was written in (its position). */
  entry: ConfigEntry;
  /** The parsed value; absent when `error` is set. */
  value?: T;
  /** Why the program would refuse or misread the value. */
  error?: string;
  /** True when a template fills the value in: neither `value` nor `error` is set, and nothing judges it. */
  templated?: true;
}

/** The typed value of one catalog key. */
export type TypedValue = Parsed<string | number | boolean | string[] | null>;

/** One `NAME://host:port` element of `listeners`, `advertised.listeners` or a controller listener. */
export interface Listener {
  /** The listener name, upper-cased as Kafka normalises it. */
  name: string;
  /** The host, without IPv6 brackets; empty means the default interface. */
  host: string;
  /** The port number. */
  port: number;
  /** The element as written (trimmed). */
  text: string;
}

/** One host of a `zookeeper.connect` string, with ZooKeeper's ConnectStringParser semantics. */
export interface ConnectHost {
  /** The host name or address. */
  host: string;
  /** The port (2181 when absent). */
  port: number;
  /** The port text as written, untrimmed (ZooKeeper does not trim it). */
  portText?: string;
}

/** `zookeeper.connect` split into hosts and chroot. */
export interface ZookeeperConnect {
  /** The hosts, in the order written. */
  hosts: ConnectHost[];
  /** The chroot path from the first `/`, when present. */
  chroot?: string;
}

/** One `id@host:port` voter of `controller.quorum.voters`. */
export interface QuorumVoter {
  /** The voter's node id. */
  id: number;
  /** The host, without IPv6 brackets. */
  host: string;
  /** The controller port. */
  port: number;
  /** The element as written (trimmed). */
  text: string;
}

/** One `host:port` of `controller.quorum.bootstrap.servers`. */
export interface QuorumBootstrapServer {
  /** The host, without IPv6 brackets. */
  host: string;
  /** The controller port. */
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
  /** The flag as written, e.g. `-Xmx4g`. */
  text: string;
  /** The variable or setting it came from (e.g. KAFKA_HEAP_OPTS). */
  variable: string;
  /** The entry that holds the flag (its position). */
  entry: ConfigEntry;
}

/** A place in a deployment file that stands for a node: a compose service's name, a Strimzi resource's kind. */
export interface NodeAnchor {
  /** The deployment file. */
  file: string;
  /** Where the node is declared. */
  span: Span;
}

/**
 * A Kafka broker or controller configuration (server.properties, broker.properties,
 * controller.properties, or the same keys from docker-compose, Strimzi or a plain object).
 */
export interface BrokerConfig {
  /** Always `broker`. */
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
  /** `listeners`, parsed. */
  listeners?: Parsed<Listener[]>;
  /** `advertised.listeners`, parsed. */
  advertisedListeners?: Parsed<Listener[]>;
  /** listener.security.protocol.map as name to protocol (names upper-cased). */
  securityProtocolMap?: Parsed<Map<string, string>>;
  /** `zookeeper.connect`, parsed. */
  zookeeperConnect?: Parsed<ZookeeperConnect>;
  /** log.dirs, or log.dir when log.dirs is absent. */
  logDirs?: Parsed<string[]>;
  /** `controller.quorum.voters`, parsed. */
  quorumVoters?: Parsed<QuorumVoter[]>;
  /** The host this node runs on, when known (compose service, Strimzi pod, file option). */
  host?: string;
  /** JVM options of this node, when known. */
  jvm?: JvmOptions;
  /** Where findings about keys it leaves unset point, when it is built from a deployment (the compose service, the Strimzi resource). */
  anchor?: NodeAnchor;
  /**
   * True when the file is only part of the node's config: an image merges it with its
   * environment, or it is layered over a base file. Keys missing from it are not findings.
   */
  partial?: true;
}

/** One `host:quorumPort:electionPort` address of a `server.N=` line. */
export interface ZkServerAddress {
  /** The host as written (IPv6 without brackets); ZooKeeper does not trim it. */
  host: string;
  /** The port followers connect to the leader on (2888 by convention). */
  quorumPort?: number;
  /** The leader-election port (3888 by convention). */
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
  /** The quorum port of the first address. */
  quorumPort?: number;
  /** The election port of the first address. */
  electionPort?: number;
  /** Further `|`-separated addresses (multi-address, ZooKeeper 3.6+). */
  otherAddresses?: ZkServerAddress[];
  /** `observer` when the line ends in `:observer`; otherwise `participant`. */
  role: 'participant' | 'observer';
  /** The client address after `;`, when written. */
  clientPortAddress?: string;
  /** The client port after `;`, when written. */
  clientPort?: number;
  /** The `server.N` entry (its position). */
  entry: ConfigEntry;
  /** Why ZooKeeper would refuse or misread this line. */
  error?: string;
  /**
   * True for a line of `|` separators only (`server.2=|`): ZooKeeper accepts it and counts the
   * server as a voter, but keeps no address for it, so no other server ever reaches it.
   */
  noAddress?: true;
  /** True when a template fills the line in; nothing judges it. */
  templated?: true;
}

/** A `group.N=1:2:3` line of a hierarchical quorum. */
export interface ZkGroup {
  /** The group id; absent when it is not a number. */
  id?: number;
  /** The member server ids that are numbers. */
  members: number[];
  /** The `group.N` entry (its position). */
  entry: ConfigEntry;
  /** Why ZooKeeper would refuse this line. */
  error?: string;
}

/** A `weight.N=W` line of a hierarchical quorum. */
export interface ZkWeight {
  /** The server id; absent when it is not a number. */
  serverId?: number;
  /** The weight; absent when it is not a number. */
  weight?: number;
  /** The `weight.N` entry (its position). */
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
  /** The address the client port binds to; all interfaces when absent. */
  clientPortAddress?: string;
  /** The TLS client port, when set. */
  secureClientPort?: number;
  /** 3 when absent or below 3 (ZooKeeper raises it). */
  snapRetainCount: number;
  /** In hours; 0 or less means purging is off (the default). */
  purgeInterval: number;
  /** Whether a single server may run standalone (true by default). */
  standaloneEnabled: boolean;
  /** Whether dynamic reconfiguration is on (false by default). */
  reconfigEnabled: boolean;
  /** Set when the server list lives in a separate dynamic file. */
  dynamicConfigFile?: string;
  /** The enabled four-letter-word commands; `*` enables all. `srvr` is always enabled. */
  fourLetterWords: string[];
  /** The embedded Jetty admin server: on unless `admin.enableServer=false`. */
  adminServer: {
    /** Whether it runs. */
    enabled: boolean;
    /** admin.serverAddress (0.0.0.0 by default). */
    address: string;
    /** admin.serverPort (8080 by default). */
    port: number;
  };
}

/** A zoo.cfg (or zookeeper.properties), with ZooKeeper's defaults applied where it has them. */
export interface ZooKeeperConfig {
  /** Always `zookeeper`. */
  kind: 'zookeeper';
  /** The file it came from; `<object>` for plain objects. */
  file: string;
  /** Every entry in order, repeated keys included. */
  entries: ConfigEntry[];
  /** The effective entry of each key (the last one wins). */
  settings: Map<string, ConfigEntry>;
  /** Every key the catalog knows, coerced to its ZooKeeper type. */
  values: Map<string, TypedValue>;
  /** The parsed .properties document, when the config came from one. */
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
  /** The host this server runs on, when known (compose service, file option). */
  host?: string;
  /** JVM options of this server, when known. */
  jvm?: JvmOptions;
  /** Where findings about keys it leaves unset point, when it is built from a deployment (the compose service). */
  anchor?: NodeAnchor;
}

/** A ZooKeeper myid file. */
export interface MyidFile {
  /** Always `myid`. */
  kind: 'myid';
  /** The file's path as displayed. */
  file: string;
  /** The id, when the file holds a bare integer. */
  id?: number;
  /** Why ZooKeeper would refuse it. */
  error?: string;
  /** True when a template fills the id in (`{{ zk_id }}` in a myid.j2): nothing judges it. */
  templated?: true;
  /** The file's text as read. */
  text: string;
}

/**
 * Why a deployment loader could not read part of a file (`not-read`), or what the file's own tool
 * refuses or skips (`syntax`). Each reason is a message id of the `deploy/not-read` or
 * `deploy/syntax` rule, which write the words; the loader only names the reason and its data.
 */
export type NotReadReason =
  /** A compose `environment:` entry without a value: the shell that runs compose supplies it. */
  | 'shell-variable'
  /** A variable's value holds `${VAR}` that no `.env` in view sets. */
  | 'unresolved-value'
  /** A JVM variable holds a template, so its flags are not known. */
  | 'jvm-template'
  /** An `env_file` of a compose service is not among the files linted. */
  | 'env-file-missing'
  /** A unit's `EnvironmentFile=` is not among the files linted. */
  | 'environment-file-missing'
  /** An image holds `${VAR}` that no `.env` in view sets: compose substitutes an empty string. */
  | 'image-variable-unset'
  /** An image kafka-lint cannot map to config keys, and whose environment follows no known convention. */
  | 'unknown-image'
  /** An image kafka-lint does not know, read by the environment convention its variables follow. */
  | 'assumed-convention'
  /** A compose service built from a Dockerfile (`build:`), read by the convention its variables follow. */
  | 'built-image'
  /** An image that reads a mounted server.properties in place of its environment, and the file is not in view. */
  | 'mounted-config-missing'
  /** A start command's properties file is not among the files linted, so its `--override` settings have no node. */
  | 'start-config-missing'
  /** A YAML file holds template syntax, so parts of it are not YAML yet. */
  | 'yaml-template';

/** The reasons of `syntax` notices (message ids of `deploy/syntax`). */
export type SyntaxReason =
  /** YAML indented with tabs: compose refuses the file. */
  | 'yaml-tabs'
  /** YAML the tool cannot parse. */
  | 'yaml-error'
  /** HCL (a Terraform file) Terraform cannot parse. */
  | 'hcl-error'
  /** A unit line without `=`: systemd skips it. */
  | 'unit-line-without-equals'
  /** A unit assignment before any `[Section]` header: systemd skips it. */
  | 'unit-line-outside-section';

/** A value a notice's message shows; file content only, never a secret value (names of variables and files, images). */
export type NoticeValue = string | number;

/** Something a deployment loader could not read (`not-read`), or what the file's own tool refuses or skips (`syntax`). */
export type DeploymentNotice = (
  | {
      /** kafka-lint skipped it (an unresolved template, an image it does not know, a file not supplied). */
      code: 'not-read';
      /** Why; a message id of `deploy/not-read`. */
      reason: NotReadReason;
    }
  | {
      /** The file's own tool refuses or skips it (compose's YAML parser, systemd). */
      code: 'syntax';
      /** What; a message id of `deploy/syntax`. */
      reason: SyntaxReason;
    }
) & {
  /** The values the message shows: names of variables, files, services and images, never a value a variable holds. */
  data: Record<string, NoticeValue>;
  /** The file it is about. */
  file: string;
  /** Where in the file, when known. */
  span?: Span;
  /** Whether the file's tool stops (an error), rather than skipping the line. */
  refused?: boolean;
};

/**
 * Why an image ignores a variable meant as a setting (a message id of `compose/ignored-variable`):
 * `bitnami-cfg-only`: bitnami/kafka writes settings only from KAFKA_CFG_* (and a few older names);
 * `cfg-prefix`: KAFKA_CFG_* in an image of another convention; `zoo-prefix`: ZOO_* in cp-zookeeper;
 * `not-in-template`: a ZOOKEEPER_* variable cp-zookeeper's template does not list;
 * `zookeeper-prefix`: ZOOKEEPER_* in the official zookeeper image; `zoo-unknown`: a ZOO_* variable
 * the official image does not read; `mounted-config`: bitnami/kafka reads a mounted server.properties
 * and skips its KAFKA_CFG_* variables.
 */
export type IgnoredReason = 'bitnami-cfg-only' | 'cfg-prefix' | 'zoo-prefix' | 'not-in-template' | 'zookeeper-prefix' | 'zoo-unknown' | 'mounted-config';

/** A variable an image never reads, beside the name it probably meant. */
export interface IgnoredVariable {
  /** The variable as written. */
  entry: ConfigEntry;
  /** Why the image ignores it. */
  reason: IgnoredReason;
  /** The variable to write instead, when there is one. */
  suggestion?: string;
  /** The key the image writes instead of the meant one, when it writes one. */
  writes?: string;
}

/** The container images whose environment kafka-lint maps to config keys. */
export type ImageFamily = 'cp-kafka' | 'confluent-local' | 'cp-zookeeper' | 'apache-kafka' | 'bitnami-kafka' | 'zookeeper';

/** A volume or mount of a compose service. */
export interface ComposeMount {
  /** The path inside the container, when known. */
  target?: string;
  /**
   * `volume` (named or anonymous) and `bind` outlive the container; `tmpfs` does not. An anonymous
   * volume (no source) survives `docker compose up` re-creating the container, but not `down` then `up`.
   */
  type: 'volume' | 'bind' | 'tmpfs' | 'unknown';
  /** The named volume or host path (as written); absent for an anonymous volume. */
  source?: string;
  /** Where the mount is written. */
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
  /** The item as written. */
  text: string;
  /** Where the item is written. */
  span?: Span;
}

/** One service of a compose file, with the node kafka-lint built from its environment. */
export interface ComposeService {
  /** The service name (its key under `services:`). */
  name: string;
  /** Where the service name is written. */
  nameSpan?: Span;
  /** The `image:` value as compose reads it (`${VAR}` substituted), when set. */
  image?: string;
  /** True when the service is built from a Dockerfile (`build:`). */
  built?: true;
  /** Where the image is written. */
  imageSpan?: Span;
  /** The image family, when kafka-lint knows the image or assumed it from the environment's convention. */
  family?: ImageFamily;
  /** True when the family was assumed from the environment's variable names, not known from the image. */
  assumedFamily?: true;
  /** The effective environment: env_file entries first, then `environment:` (later wins). */
  environment: ConfigEntry[];
  /** Its `volumes:` and `tmpfs:` mounts. */
  volumes: ComposeMount[];
  /** Its `ports:` items. */
  ports: ComposePort[];
  /**
   * Paths the image declares as VOLUME: anonymous volumes, which compose keeps when `up` re-creates
   * the container, but which a `down` then `up` replaces with new, empty ones.
   */
  imageVolumes: string[];
  /** Variables the image never reads. */
  ignored: IgnoredVariable[];
  /** mem_limit or deploy.resources.limits.memory, when set. */
  memoryLimit?: ConfigEntry;
  /** The broker or ZooKeeper config built from the environment, for a known image. */
  node?: BrokerConfig | ZooKeeperConfig;
  /** A config file in view that the image reads (mounted into the container), whose entries are in `node`. */
  mountedConfig?: string;
}

/** A docker-compose file: one file is one cluster. */
export interface ComposeFile {
  /** Always `compose`. */
  kind: 'compose';
  /** The file's path as displayed. */
  file: string;
  /** Its services, in file order. */
  services: ComposeService[];
  /** What could not be read. */
  notices: DeploymentNotice[];
  /** Its comment lines and entry line ranges, where inline directives are read from. */
  commentLines?: CommentLines;
}

/** Which program a unit, env file or resource runs. */
export type ServiceRole = 'kafka' | 'zookeeper';

/** One `Key=value` line of a systemd unit (continuations joined). */
export interface UnitDirective {
  /** The section it is in, e.g. `Service`. */
  section: string;
  /** The directive name, e.g. `ExecStart`. */
  key: string;
  /** The value with continuations joined, leading and trailing blanks removed. */
  value: string;
  /** Where the key is written. */
  keySpan: Span;
  /** Where the value is written (the first line of a continuation to the last). */
  valueSpan: Span;
}

/**
 * A `kafka-server-start.sh <file> --override key=value ...` command of a unit or script: the
 * properties file it starts the broker with, and the settings its overrides add (Kafka reads them
 * after the file, so they win).
 */
export interface KafkaStartCommand {
  /** The properties file as written in the command. */
  configPath: string;
  /** Where the command is written. */
  span: Span;
  /** The `--override key=value` settings, each at its position in the command. */
  overrides: ConfigEntry[];
}

/** A systemd unit file (kafka.service, zookeeper.service). */
export interface SystemdUnit {
  /** Always `systemd`. */
  kind: 'systemd';
  /** The file's path as displayed. */
  file: string;
  /** Every directive in order, repeated keys and empty resets included. */
  directives: UnitDirective[];
  /** What ExecStart runs, when kafka-lint recognises it. */
  role?: ServiceRole;
  /** Variables from Environment= lines and supplied EnvironmentFile= files. */
  environment: ConfigEntry[];
  /** JVM options from the environment, when the unit runs Kafka or ZooKeeper. */
  jvm?: JvmOptions;
  /** The kafka-server-start commands of its ExecStart= lines. */
  starts: KafkaStartCommand[];
  /** What could not be read. */
  notices: DeploymentNotice[];
  /** Its comment lines and entry line ranges, where inline directives are read from. */
  commentLines?: CommentLines;
}

/** An env file: .env, kafka-env.sh, /etc/sysconfig/kafka, java.env. */
export interface EnvFile {
  /** Always `env`. */
  kind: 'env';
  /** The file's path as displayed. */
  file: string;
  /** Every assignment in order. */
  variables: ConfigEntry[];
  /** Which program it configures, when its name or variables tell. */
  role?: ServiceRole;
  /** JVM options from its variables. */
  jvm?: JvmOptions;
  /** The compose file or unit that read it; its facts are judged there, not twice. */
  includedBy?: string;
  /** The kafka-server-start commands of a start script. */
  starts: KafkaStartCommand[];
  /** What could not be read. */
  notices: DeploymentNotice[];
  /** Its comment lines and entry line ranges, where inline directives are read from. */
  commentLines?: CommentLines;
}

/** A Strimzi storage definition (or one JBOD volume of it). */
export interface StrimziStorage {
  /** `ephemeral`, `persistent-claim` or `jbod`. */
  type: string;
  /** The `type:` line. */
  entry: ConfigEntry;
  /** The JBOD volume's `id:`, when written. */
  id?: string;
  /** `deleteClaim:` of a persistent-claim volume, when written. */
  deleteClaim?: ConfigEntry;
  /** `kraftMetadata:` of a JBOD volume (`shared` stores the KRaft metadata log there), when written. */
  kraftMetadata?: ConfigEntry;
  /** `size:` of a persistent-claim volume or `sizeLimit:` of an ephemeral one (a Kubernetes quantity), when written. */
  size?: ConfigEntry;
}

/** One item of `spec.kafka.listeners`. */
export interface StrimziListener {
  /** The `name:` line. */
  name?: ConfigEntry;
  /** The `port:` line. */
  port?: ConfigEntry;
  /** The `type:` line (`internal`, `cluster-ip`, `nodeport`, `loadbalancer`, `route`, `ingress`, ...). */
  type?: ConfigEntry;
  /** The `type:` of its `authentication:` (`tls`, `scram-sha-512`, `oauth`, `custom`), when it has one. */
  authentication?: ConfigEntry;
  /** `tls: true`: the listener is encrypted. */
  tls?: boolean;
}

/** `spec.kafka.authorization` of a Kafka resource. */
export interface StrimziAuthorization {
  /** The `type:` line (`simple`, `opa`, `keycloak`, `custom`). */
  type: ConfigEntry;
  /** Each `superUsers:` item. */
  superUsers: ConfigEntry[];
}

/** A `kind: Kafka` or `kind: KafkaNodePool` resource. */
export interface StrimziResource {
  /** The resource kind. */
  kind: 'Kafka' | 'KafkaNodePool';
  /** The `apiVersion:` as written. */
  apiVersion: string;
  /** metadata.name. */
  name: string;
  /** For node pools: the Kafka cluster it belongs to (label strimzi.io/cluster). */
  cluster?: string;
  /** spec.replicas (node pool) or spec.kafka.replicas, when set. */
  replicas?: number;
  /** spec.kafka.version: the Kafka release the operator runs, when written. */
  kafkaVersion?: ConfigEntry;
  /** Node pool roles, or `broker` for spec.kafka of a Kafka without node pools. */
  roles: ('broker' | 'controller')[];
  /** The storage of the Kafka nodes (each JBOD volume). */
  storage: StrimziStorage[];
  /** The `storage:` key of spec.kafka (Kafka) or spec (node pool), when written. */
  storageKey?: ConfigEntry;
  /** The `replicas:` line of spec.kafka (Kafka) or spec (node pool), when written. */
  replicasKey?: ConfigEntry;
  /** The `strimzi.io/node-pools` annotation of a Kafka resource, when written. */
  nodePoolsAnnotation?: ConfigEntry;
  /** The `strimzi.io/kraft` annotation of a Kafka resource, when written. */
  kraftAnnotation?: ConfigEntry;
  /** spec.kafka.authorization, when written. */
  authorization?: StrimziAuthorization;
  /** spec.zookeeper.storage of a ZooKeeper-mode Kafka. */
  zookeeperStorage: StrimziStorage[];
  /** spec.zookeeper.replicas of a ZooKeeper-mode Kafka (absent in KRaft). */
  zookeeperReplicas?: number;
  /** spec.kafka.listeners. */
  listeners: StrimziListener[];
  /** spec.kafka.config as written, forbidden keys included. */
  config: ConfigEntry[];
  /** JVM options from jvmOptions, when set. */
  jvm?: JvmOptions;
  /** resources.limits.memory of the Kafka pods, when set. */
  memoryLimit?: ConfigEntry;
  /** Where the resource starts. */
  span?: Span;
}

/** A YAML file of Strimzi resources (any other resources in it are skipped). */
export interface StrimziFile {
  /** Always `strimzi`. */
  kind: 'strimzi';
  /** The file's path as displayed. */
  file: string;
  /** Its Kafka and KafkaNodePool resources. */
  resources: StrimziResource[];
  /** The KafkaTopic resources beside them. */
  topics?: TopicDefinition[];
  /** What could not be read. */
  notices: DeploymentNotice[];
  /** Its comment lines and entry line ranges, where inline directives are read from. */
  commentLines?: CommentLines;
}

/**
 * Where a topic definition comes from: a Strimzi or Confluent for Kubernetes `KafkaTopic`, a
 * JulieOps topology, a Terraform `kafka_topic` resource (Mongey/kafka provider), or a live cluster (`--bootstrap-server`: file `topic:<name>`, no positions).
 */
export type TopicSource = 'strimzi' | 'cfk' | 'julieops' | 'terraform' | 'cluster';

/**
 * One topic as a file in git defines it, each field with its position. A field a template fills
 * in (`{{ }}`, `${ }`) keeps its entry but no number; one left unset keeps neither (the operator
 * or tool then uses the broker's default).
 */
export interface TopicDefinition {
  /** The topic name Kafka gets (for JulieOps, composed with its default naming). */
  name: string;
  /** Where the name is written (`spec.topicName`, `metadata.name`, a topology's `name`). */
  nameEntry: ConfigEntry;
  /** The tool that creates it. */
  source: TopicSource;
  /** The file's path as displayed. */
  file: string;
  /** `spec.partitions`, `spec.partitionCount`, or `num.partitions` / `partitions` in a topology. */
  partitions?: ConfigEntry;
  /** The partition count, when written as a whole number. */
  partitionCount?: number;
  /** `spec.replicas`, or `replication.factor` in a topology. */
  replicas?: ConfigEntry;
  /** The replication factor, when written as a whole number. */
  replicationFactor?: number;
  /** Topic configs (`retention.ms`, `min.insync.replicas`, ...), as written. */
  configs: ConfigEntry[];
  /** For Strimzi: the Kafka cluster it belongs to (label strimzi.io/cluster). */
  cluster?: string;
  /** For JulieOps: the name follows its default naming (context, attributes, project, topic, data type joined by dots); a `topology.topic.prefix.format` changes it. */
  namingAssumed?: true;
}

/** A file of topic definitions: Kubernetes `KafkaTopic` resources, or a JulieOps topology. */
export interface TopicsFile {
  /** Always `topics`. */
  kind: 'topics';
  /** The file's path as displayed. */
  file: string;
  /** Its topics, in file order. */
  topics: TopicDefinition[];
  /** What could not be read. */
  notices: DeploymentNotice[];
  /** Its comment lines and entry line ranges, where inline directives are read from. */
  commentLines?: CommentLines;
}

/** A file that deploys Kafka or ZooKeeper rather than configuring it directly, or that defines its topics. */
export type DeploymentFile = ComposeFile | SystemdUnit | EnvFile | StrimziFile | TopicsFile;

/** Any configuration document kafka-lint models. Later file kinds extend this union. */
export type ConfigDocument = BrokerConfig | ZooKeeperConfig | MyidFile | DeploymentFile;

/** The kinds of document a rule can apply to. */
export type DocumentKind = ConfigDocument['kind'];

/**
 * A cluster: the broker and controller configs plus the ZooKeeper ensemble that belong
 * together. Cluster-wide rules compare its members.
 */
export interface Cluster {
  /** The name shown in output (path argument, directory or configured name). */
  name?: string;
  /** Brokers and controllers. */
  brokers: BrokerConfig[];
  /** ZooKeeper servers. */
  zookeeper: ZooKeeperConfig[];
  /** myid files not attached to a zoo.cfg. */
  myids: MyidFile[];
  /** Compose files, systemd units, env files and Strimzi resources; their nodes are in `brokers`/`zookeeper`. */
  deployments?: DeploymentFile[];
  /** The broker count a deployment declares (Strimzi replicas), when it has fewer config documents. */
  declaredBrokerCount?: number;
}

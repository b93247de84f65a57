/**
 * Every check of ../shared/reference/kafka-startup-validation.md (Kafka 3.9 in ZooKeeper and
 * KRaft mode, 4.0 to 4.3), each with a config that triggers it and one that does not, judged
 * under every version the check holds for. `kafka` is the text of Kafka's own message that the
 * finding must quote. The checks kafka-lint cannot judge from a config file are listed at the end
 * with the reason.
 */
import { describe, it, expect } from 'vitest';
import { lintFiles } from '../src/index.js';
import { allRules } from '../rules/index.js';
import type { KafkaVersion } from '../src/core/version.js';

const ALL: KafkaVersion[] = ['3.9', '4.0', '4.1', '4.2', '4.3'];
const V4: KafkaVersion[] = ['4.0', '4.1', '4.2', '4.3'];
const ZK: KafkaVersion[] = ['3.9'];

/** A ZooKeeper-mode broker Kafka 3.9 starts. */
const ZK_BROKER = 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181\nlisteners=PLAINTEXT://:9092\nadvertised.listeners=PLAINTEXT://kafka1:9092\nlog.dirs=/var/lib/kafka\n';
/** A KRaft combined node every version starts. */
const COMBINED = 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://:9092,CONTROLLER://:9093\nadvertised.listeners=PLAINTEXT://kafka1:9092\nlog.dirs=/var/lib/kafka\n';
/** A KRaft broker-only node every version starts. */
const BROKER_ONLY = 'process.roles=broker\nnode.id=4\ncontroller.quorum.bootstrap.servers=ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://:9092\nadvertised.listeners=PLAINTEXT://kafka4:9092\nlog.dirs=/var/lib/kafka\n';
/** A KRaft controller-only node every version starts. */
const CONTROLLER_ONLY = 'process.roles=controller\nnode.id=1\ncontroller.quorum.voters=1@ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=CONTROLLER://ctrl1:9093\nlog.dirs=/var/lib/kafka\n';

/** One startup check: the rule that reports it, a failing and a passing config, the versions it holds for. */
interface Check {
  id: string;
  rule: string;
  versions: KafkaVersion[];
  bad: string;
  good: string;
  /** Text of Kafka's message the finding quotes. */
  kafka?: string;
}

const checks: Check[] = [
  // §3 ConfigDef parsing: broker/invalid-value and the required keys.
  { id: '§3 INT parse', rule: 'broker/invalid-value', versions: ALL, bad: `${COMBINED}num.partitions=1GB\n`, good: `${COMBINED}num.partitions=6\n` },
  { id: '§3 BOOLEAN parse', rule: 'broker/invalid-value', versions: ALL, bad: `${COMBINED}auto.create.topics.enable=yes\n`, good: `${COMBINED}auto.create.topics.enable=FALSE\n` },
  { id: '§3 Range', rule: 'broker/invalid-value', versions: ALL, bad: `${COMBINED}num.partitions=0\n`, good: `${COMBINED}num.partitions=1\n` },
  { id: '§3 ValidString is case-sensitive', rule: 'broker/invalid-value', versions: ALL, bad: `${COMBINED}compression.type=GZIP\n`, good: `${COMBINED}compression.type=gzip\n` },
  { id: '§3 empty list element refused from 4.2', rule: 'broker/invalid-value', versions: ['4.2', '4.3'], bad: `${COMBINED}log.dirs=/a,,/b\n`, good: `${COMBINED}log.dirs=/a,/b\n` },
  // §4 KafkaConfig checks.
  { id: 'K1 unknown process role', rule: 'broker/invalid-value', versions: ALL, bad: COMBINED.replace('broker,controller', 'broker,zookeeper'), good: COMBINED },
  { id: 'K2 duplicate role (3.9 to 4.1)', rule: 'broker/startup-constraints', versions: ['3.9', '4.0', '4.1'], bad: BROKER_ONLY.replace('process.roles=broker', 'process.roles=broker,broker'), good: BROKER_ONLY, kafka: 'Duplicate role names found in `process.roles`' },
  { id: 'K3 process.roles required (4.0+)', rule: 'broker/startup-constraints', versions: V4, bad: COMBINED.replace('process.roles=broker,controller\n', ''), good: COMBINED, kafka: 'Missing required configuration "process.roles" which has no default value.' },
  { id: 'K4 node.id required (4.0+)', rule: 'broker/startup-constraints', versions: V4, bad: COMBINED.replace('node.id=1\n', ''), good: COMBINED, kafka: 'Missing required configuration "node.id" which has no default value.' },
  { id: 'K4 node.id required (3.9 KRaft)', rule: 'broker/startup-constraints', versions: ZK, bad: COMBINED.replace('node.id=1\n', ''), good: COMBINED, kafka: 'Missing configuration `node.id` which is required when `process.roles` is defined' },
  { id: 'K5 node.id equals broker.id', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}broker.id=2\n`, good: `${COMBINED}broker.id=1\n`, kafka: 'You must set `node.id` to the same value as `broker.id`.' },
  { id: 'K6 early.start.listeners', rule: 'broker/listeners', versions: ALL, bad: `${COMBINED}early.start.listeners=controller\n`, good: `${COMBINED}early.start.listeners=CONTROLLER\n`, kafka: 'early.start.listeners contains listener controller, but this is not contained in listeners or controller.listener.names' },
  { id: 'K7 classic protocol kept', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}group.coordinator.rebalance.protocols=consumer\n`, good: `${COMBINED}group.coordinator.rebalance.protocols=classic,consumer\n`, kafka: "Disabling the 'Classic' protocol is not supported." },
  { id: 'K8 log.roll.ms >= 1', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}log.roll.ms=0\n`, good: `${COMBINED}log.roll.ms=1\n`, kafka: 'log.roll.ms must be greater than or equal to 1' },
  { id: 'K9 log.roll.jitter.ms >= 0', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}log.roll.jitter.ms=-1\n`, good: `${COMBINED}log.roll.jitter.ms=0\n`, kafka: 'log.roll.jitter.ms must be greater than or equal to 0' },
  { id: 'K10 retention -1 or >= 1', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}log.retention.minutes=0\n`, good: `${COMBINED}log.retention.minutes=-5\n`, kafka: 'log.retention.ms must be unlimited (-1) or, greater than or equal to 1' },
  { id: 'K11 at least one log dir (before 4.2)', rule: 'broker/startup-constraints', versions: ['3.9', '4.0', '4.1'], bad: `${COMBINED}log.dirs=\n`, good: COMBINED, kafka: 'At least one log directory must be defined via log.dirs or log.dir.' },
  { id: 'K11 at least one log dir (4.2+: ValidList)', rule: 'broker/invalid-value', versions: ['4.2', '4.3'], bad: `${COMBINED}log.dirs=\n`, good: COMBINED },
  { id: 'K12 dedupe buffer per cleaner thread', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}log.cleaner.threads=128\n`, good: `${COMBINED}log.cleaner.threads=8\n`, kafka: 'log.cleaner.dedupe.buffer.size must be at least 1MB per cleaner thread.' },
  { id: 'K12 zero cleaner threads divide by zero', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}log.cleaner.threads=0\n`, good: `${COMBINED}log.cleaner.threads=1\n`, kafka: 'java.lang.ArithmeticException: / by zero' },
  { id: 'K13 fetch wait within socket timeout', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}replica.socket.timeout.ms=400\nreplica.lag.time.max.ms=60000\n`, good: `${COMBINED}replica.socket.timeout.ms=500\n`, kafka: 'replica.socket.timeout.ms should always be at least replica.fetch.wait.max.ms' },
  { id: 'K14 fetch wait within lag time', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}replica.lag.time.max.ms=400\n`, good: `${COMBINED}replica.lag.time.max.ms=500\n`, kafka: 'replica.fetch.wait.max.ms should always be less than or equal to replica.lag.time.max.ms' },
  { id: 'K15 heartbeat at most half the session (4.2+, logged)', rule: 'broker/startup-constraints', versions: ['4.2', '4.3'], bad: `${BROKER_ONLY}broker.heartbeat.interval.ms=5000\n`, good: `${BROKER_ONLY}broker.heartbeat.interval.ms=4500\n`, kafka: 'must be less than or equal to half of the broker.session.timeout.ms' },
  { id: 'K16 voters or bootstrap servers', rule: 'broker/startup-constraints', versions: ALL, bad: BROKER_ONLY.replace('controller.quorum.bootstrap.servers=ctrl1:9093\n', ''), good: BROKER_ONLY, kafka: 'If using process.roles, either controller.quorum.bootstrap.servers must contain the set of bootstrap controllers' },
  { id: 'K17 broker-only id not a voter', rule: 'broker/startup-constraints', versions: ALL, bad: `${BROKER_ONLY}controller.quorum.voters=4@ctrl1:9093\n`, good: `${BROKER_ONLY}controller.quorum.voters=1@ctrl1:9093\n`, kafka: "the node id 4 must not be included in the set of voters" },
  { id: 'K18 broker-only needs controller.listener.names (before 4.2)', rule: 'broker/listeners', versions: ['3.9', '4.0', '4.1'], bad: BROKER_ONLY.replace('controller.listener.names=CONTROLLER\n', ''), good: BROKER_ONLY, kafka: 'controller.listener.names must contain at least one value when running KRaft with just the broker role' },
  { id: 'K18 controller.listener.names required (4.2+)', rule: 'broker/listeners', versions: ['4.2', '4.3'], bad: BROKER_ONLY.replace('controller.listener.names=CONTROLLER\n', ''), good: BROKER_ONLY, kafka: 'Missing required configuration "controller.listener.names" which has no default value.' },
  { id: 'K19 broker-only does not bind the controller listener', rule: 'broker/listeners', versions: ALL, bad: BROKER_ONLY.replace('listeners=PLAINTEXT://:9092\n', 'listeners=PLAINTEXT://:9092,CONTROLLER://:9093\n'), good: BROKER_ONLY, kafka: "controller.listener.names must not contain a value appearing in the 'listeners' configuration when running KRaft with just the broker role" },
  { id: 'K20 controller listener mapped', rule: 'broker/listeners', versions: ALL, bad: `${BROKER_ONLY}listener.security.protocol.map=PLAINTEXT:PLAINTEXT\n`, good: `${BROKER_ONLY}listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT\n`, kafka: 'Controller listener with name CONTROLLER defined in controller.listener.names not found in listener.security.protocol.map' },
  { id: 'K21 auto join only on controllers (4.2+)', rule: 'broker/startup-constraints', versions: ['4.2', '4.3'], bad: `${BROKER_ONLY}controller.quorum.auto.join.enable=true\n`, good: `${BROKER_ONLY}controller.quorum.auto.join.enable=false\n`, kafka: 'controller.quorum.auto.join.enable is only supported when process.roles contains the' },
  { id: 'K22 controller-only binds only controller listeners', rule: 'broker/listeners', versions: ALL, bad: CONTROLLER_ONLY.replace('listeners=CONTROLLER://ctrl1:9093', 'listeners=CONTROLLER://ctrl1:9093,PLAINTEXT://ctrl1:9092'), good: CONTROLLER_ONLY, kafka: 'The listeners config must only contain KRaft controller listeners from controller.listener.names when process.roles=controller' },
  { id: 'K23 controller-only inter-broker listener (4.0+)', rule: 'broker/listeners', versions: V4, bad: `${CONTROLLER_ONLY}inter.broker.listener.name=CONTROLLER\n`, good: CONTROLLER_ONLY, kafka: 'controller.listener.names must not contain an explicitly set inter.broker.listener.name configuration value' },
  { id: 'K24 controller among the voters', rule: 'kraft/node-not-in-voters', versions: ALL, bad: CONTROLLER_ONLY.replace('1@ctrl1:9093', '2@ctrl1:9093'), good: CONTROLLER_ONLY },
  { id: 'K25 controller listener bound', rule: 'broker/listeners', versions: ALL, bad: CONTROLLER_ONLY.replace('controller.listener.names=CONTROLLER', 'controller.listener.names=CTRL'), good: CONTROLLER_ONLY, kafka: "controller.listener.names must contain at least one value appearing in the 'listeners' configuration when running the KRaft controller role" },
  { id: 'K26 every controller listener bound', rule: 'broker/listeners', versions: ALL, bad: CONTROLLER_ONLY.replace('controller.listener.names=CONTROLLER', 'controller.listener.names=CONTROLLER,CTRL2'), good: CONTROLLER_ONLY, kafka: "controller.listener.names must only contain values appearing in the 'listeners' configuration when running the KRaft controller role" },
  { id: 'L7 controller names not trimmed (3.9, 4.0)', rule: 'broker/listeners', versions: ['3.9', '4.0'], bad: CONTROLLER_ONLY.replace('controller.listener.names=CONTROLLER', 'controller.listener.names=CONTROLLER, CTRL2').replace('CONTROLLER://ctrl1:9093', 'CONTROLLER://ctrl1:9093,CTRL2://ctrl1:9094') + 'listener.security.protocol.map=CONTROLLER:PLAINTEXT,CTRL2:PLAINTEXT\n', good: CONTROLLER_ONLY.replace('controller.listener.names=CONTROLLER', 'controller.listener.names=CONTROLLER,CTRL2').replace('CONTROLLER://ctrl1:9093', 'CONTROLLER://ctrl1:9093,CTRL2://ctrl1:9094') + 'listener.security.protocol.map=CONTROLLER:PLAINTEXT,CTRL2:PLAINTEXT\n', kafka: "controller.listener.names must only contain values appearing in the 'listeners' configuration" },
  { id: 'K27 a broker listener advertised', rule: 'broker/listeners', versions: ALL, bad: COMBINED.replace('listeners=PLAINTEXT://:9092,CONTROLLER://:9093\nadvertised.listeners=PLAINTEXT://kafka1:9092\n', 'listeners=CONTROLLER://:9093\n'), good: COMBINED, kafka: 'There must be at least one broker advertised listener. Perhaps all listeners appear in controller.listener.names?' },
  { id: 'K28 inter-broker listener advertised', rule: 'broker/listeners', versions: ALL, bad: `${COMBINED}inter.broker.listener.name=INTERNAL\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT\n`, good: `${COMBINED}inter.broker.listener.name=PLAINTEXT\n`, kafka: 'inter.broker.listener.name must be a listener name defined in advertised.listeners.' },
  { id: 'K29 advertised names bound', rule: 'broker/listeners', versions: ALL, bad: `${COMBINED}advertised.listeners=PLAINTEXT://kafka1:9092,SSL://kafka1:9094\n`, good: COMBINED, kafka: 'advertised.listeners listener names must be equal to or a subset of the ones defined in listeners.' },
  { id: 'K30 cordoned.log.dirs (4.3)', rule: 'broker/startup-constraints', versions: ['4.3'], bad: `${COMBINED}cordoned.log.dirs=/other\n`, good: `${COMBINED}cordoned.log.dirs=/var/lib/kafka\n`, kafka: 'All entries in cordoned.log.dirs must be present in log.dirs or log.dir.' },
  { id: 'K30 cordoned.log.dirs with * (4.3)', rule: 'broker/startup-constraints', versions: ['4.3'], bad: `${COMBINED}cordoned.log.dirs=*,/var/lib/kafka\n`, good: `${COMBINED}cordoned.log.dirs=*\n`, kafka: 'When cordoned.log.dirs is set to *, it must not contain other values' },
  { id: 'K31 0.0.0.0 advertised (broker)', rule: 'broker/listeners', versions: ALL, bad: COMBINED.replace('advertised.listeners=PLAINTEXT://kafka1:9092\n', '').replace('PLAINTEXT://:9092', 'PLAINTEXT://0.0.0.0:9092'), good: COMBINED.replace('PLAINTEXT://:9092', 'PLAINTEXT://0.0.0.0:9092'), kafka: 'advertised.listeners cannot use the nonroutable meta-address 0.0.0.0.' },
  { id: 'K32 0.0.0.0 controller listener (3.9: no rewrite)', rule: 'broker/listeners', versions: ZK, bad: CONTROLLER_ONLY.replace('CONTROLLER://ctrl1:9093', 'CONTROLLER://0.0.0.0:9093'), good: CONTROLLER_ONLY, kafka: 'advertised.listeners cannot use the nonroutable meta-address 0.0.0.0.' },
  { id: 'K32 0.0.0.0 advertised controller (4.0+)', rule: 'broker/listeners', versions: V4, bad: `${CONTROLLER_ONLY}advertised.listeners=CONTROLLER://0.0.0.0:9093\n`, good: CONTROLLER_ONLY.replace('CONTROLLER://ctrl1:9093', 'CONTROLLER://0.0.0.0:9093'), kafka: 'advertised.listeners cannot use the nonroutable meta-address 0.0.0.0.' },
  { id: 'K33 SASL mechanism enabled', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}listeners=SASL_PLAINTEXT://:9092,CONTROLLER://:9093\nadvertised.listeners=SASL_PLAINTEXT://kafka1:9092\nlistener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT\nsecurity.inter.broker.protocol=SASL_PLAINTEXT\nsasl.mechanism.inter.broker.protocol=PLAIN\n`, good: `${COMBINED}listeners=SASL_PLAINTEXT://:9092,CONTROLLER://:9093\nadvertised.listeners=SASL_PLAINTEXT://kafka1:9092\nlistener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT\nsecurity.inter.broker.protocol=SASL_PLAINTEXT\nsasl.mechanism.inter.broker.protocol=PLAIN\nsasl.enabled.mechanisms=PLAIN\n`, kafka: 'sasl.mechanism.inter.broker.protocol must be included in sasl.enabled.mechanisms' },
  { id: 'K34 queued bytes', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}queued.max.request.bytes=1048576\n`, good: `${COMBINED}queued.max.request.bytes=209715200\n`, kafka: 'queued.max.request.bytes must be larger or equal to socket.request.max.bytes' },
  { id: 'K35 zero connections per IP', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}max.connections.per.ip=0\n`, good: `${COMBINED}max.connections.per.ip=0\nmax.connections.per.ip.overrides=10.0.0.5:100\n`, kafka: 'max.connections.per.ip can be set to zero only if max.connections.per.ip.overrides property is set.' },
  { id: 'K36 override addresses', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}max.connections.per.ip.overrides=host/1:10\n`, good: `${COMBINED}max.connections.per.ip.overrides=host-1:10,[::1]:5\n`.replace('[::1]', '::1'), kafka: 'max.connections.per.ip.overrides contains invalid addresses' },
  { id: 'K37 failed authentication delay', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}connection.failed.authentication.delay.ms=700000\n`, good: `${COMBINED}connection.failed.authentication.delay.ms=1000\n`, kafka: 'should always be less than connections.max.idle.ms' },
  { id: 'K39 one inter-broker key', rule: 'broker/listeners', versions: ALL, bad: `${COMBINED}inter.broker.listener.name=PLAINTEXT\nsecurity.inter.broker.protocol=PLAINTEXT\n`, good: `${COMBINED}inter.broker.listener.name=PLAINTEXT\n`, kafka: 'Only one of inter.broker.listener.name and security.inter.broker.protocol should be set.' },
  { id: 'K40 inter-broker listener mapped', rule: 'broker/listeners', versions: ALL, bad: `${COMBINED}inter.broker.listener.name=INTERNAL\n`, good: `${COMBINED}inter.broker.listener.name=PLAINTEXT\n`, kafka: 'Listener with name INTERNAL defined in inter.broker.listener.name not found in listener.security.protocol.map.' },
  { id: 'K41 known security protocol', rule: 'broker/listeners', versions: ALL, bad: `${COMBINED}listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:TLS\n`, good: `${COMBINED}listener.security.protocol.map=PLAINTEXT:plaintext,CONTROLLER:PLAINTEXT\n`, kafka: 'Invalid security protocol `TLS` defined in listener.security.protocol.map' },
  { id: 'K42 parsable protocol map', rule: 'broker/listeners', versions: ALL, bad: `${COMBINED}listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER\n`, good: `${COMBINED}listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,\n`, kafka: "Error parsing configuration property 'listener.security.protocol.map'" },
  { id: 'GC consumer heartbeat within bounds', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}group.consumer.heartbeat.interval.ms=20000\n`, good: `${COMBINED}group.consumer.heartbeat.interval.ms=10000\n`, kafka: 'group.consumer.heartbeat.interval.ms must be less than or equal' },
  { id: 'GC consumer session within bounds', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}group.consumer.session.timeout.ms=30000\n`, good: `${COMBINED}group.consumer.session.timeout.ms=50000\n`, kafka: 'group.consumer.min.session.timeout.ms' },
  { id: 'GC heartbeat below session (4.0+)', rule: 'broker/startup-constraints', versions: V4, bad: `${COMBINED}group.consumer.max.heartbeat.interval.ms=60000\ngroup.consumer.heartbeat.interval.ms=50000\n`, good: `${COMBINED}group.consumer.max.heartbeat.interval.ms=60000\ngroup.consumer.heartbeat.interval.ms=40000\n`, kafka: 'group.consumer.heartbeat.interval.ms must be less than group.consumer.session.timeout.ms' },
  { id: 'GC share assignors exactly one (4.1+)', rule: 'broker/startup-constraints', versions: ['4.1', '4.2', '4.3'], bad: `${COMBINED}group.share.assignors=simple,other\n`, good: `${COMBINED}group.share.assignors=simple\n`, kafka: 'group.share.assignors must contain exactly one assignor' },
  { id: 'GC streams standby replicas (4.1+)', rule: 'broker/startup-constraints', versions: ['4.1', '4.2', '4.3'], bad: `${COMBINED}group.streams.num.standby.replicas=3\n`, good: `${COMBINED}group.streams.num.standby.replicas=2\n`, kafka: 'group.streams.num.standby.replicas must be less than or equal to group.streams.max.standby.replicas' },
  { id: 'GC assignment interval (4.3)', rule: 'broker/startup-constraints', versions: ['4.3'], bad: `${COMBINED}group.consumer.assignment.interval.ms=20000\n`, good: `${COMBINED}group.consumer.assignment.interval.ms=2000\n`, kafka: 'group.consumer.assignment.interval.ms must be less than or equal to group.consumer.max.assignment.interval.ms' },
  { id: 'Share record lock duration', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}group.share.record.lock.duration.ms=1000\n`, good: `${COMBINED}group.share.record.lock.duration.ms=20000\n`, kafka: 'group.share.record.lock.duration.ms must be greater than or' },
  { id: 'Share sessions at least group size (4.1+)', rule: 'broker/startup-constraints', versions: ['4.1', '4.2', '4.3'], bad: `${COMBINED}group.share.max.share.sessions=100\n`, good: `${COMBINED}group.share.max.share.sessions=200\n`, kafka: 'group.share.max.share.sessions must be greater than or equal to group.share.max.size' },
  { id: 'Share delivery count limit (4.3)', rule: 'broker/startup-constraints', versions: ['4.3'], bad: `${COMBINED}group.share.max.delivery.count.limit=6\ngroup.share.delivery.count.limit=7\n`, good: `${COMBINED}group.share.max.delivery.count.limit=6\ngroup.share.delivery.count.limit=6\n`, kafka: 'group.share.max.delivery.count.limit must be greater than or equal to group.share.delivery.count.limit' },
  { id: 'Share partition record locks (4.3)', rule: 'broker/startup-constraints', versions: ['4.3'], bad: `${COMBINED}group.share.max.partition.max.record.locks=2000\ngroup.share.partition.max.record.locks=3000\n`, good: `${COMBINED}group.share.max.partition.max.record.locks=2000\ngroup.share.partition.max.record.locks=2000\n`, kafka: 'group.share.max.partition.max.record.locks must be greater than or equal to group.share.partition.max.record.locks' },
  // §5 listener parsing.
  { id: 'L1 listener grammar', rule: 'broker/listeners', versions: ALL, bad: COMBINED.replace('PLAINTEXT://:9092,', 'PLAINTEXT//:9092,'), good: COMBINED.replace('PLAINTEXT://:9092,', 'plaintext://[::1]:9092,'), kafka: 'Unable to parse PLAINTEXT//:9092 to a broker endpoint' },
  { id: 'L3 listener name needs a protocol', rule: 'broker/listeners', versions: ALL, bad: COMBINED.replace(/PLAINTEXT:\/\//g, 'INTERNAL://'), good: `${COMBINED.replace(/PLAINTEXT:\/\//g, 'INTERNAL://')}listener.security.protocol.map=INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT\ninter.broker.listener.name=INTERNAL\n`, kafka: 'No security protocol defined for listener INTERNAL' },
  { id: 'L4 distinct listener names', rule: 'broker/listeners', versions: ALL, bad: COMBINED.replace('PLAINTEXT://:9092,', 'PLAINTEXT://:9092,PLAINTEXT://:9094,'), good: COMBINED, kafka: 'Each listener must have a different name' },
  { id: 'L5 distinct ports', rule: 'broker/listeners', versions: ALL, bad: COMBINED.replace('PLAINTEXT://:9092,', 'PLAINTEXT://:9092,SSL://:9092,'), good: COMBINED.replace('PLAINTEXT://:9092,', 'PLAINTEXT://10.0.0.1:9092,SSL://[::1]:9092,'), kafka: 'Each listener must have a different port' },
  { id: 'L5 two IPv4 literals on one port', rule: 'broker/listeners', versions: ALL, bad: COMBINED.replace('PLAINTEXT://:9092,', 'PLAINTEXT://10.0.0.1:9092,SSL://10.0.0.2:9092,'), good: COMBINED.replace('PLAINTEXT://:9092,', 'PLAINTEXT://10.0.0.1:9092,SSL://[::1]:9092,'), kafka: 'If you have two listeners on the same port then one needs to be IPv4 and the other IPv6' },
  { id: 'L5 three listeners on one port', rule: 'broker/listeners', versions: ALL, bad: COMBINED.replace('PLAINTEXT://:9092,', 'PLAINTEXT://10.0.0.1:9092,SSL://[::1]:9092,SASL_SSL://[::2]:9092,'), good: COMBINED.replace('PLAINTEXT://:9092,', 'PLAINTEXT://:0,SSL://:0,'), kafka: 'Each listener must have a different port unless exactly one listener has an IPv4 address and the other IPv6 address' },
  { id: 'L6 controller name mapped as written', rule: 'broker/listeners', versions: V4, bad: CONTROLLER_ONLY.replace('controller.listener.names=CONTROLLER', 'controller.listener.names=controller'), good: CONTROLLER_ONLY, kafka: 'No security protocol defined for listener CONTROLLER' },
  // §6 controller.quorum.* parsing: the KRaft rules.
  { id: '§6 voter entry form', rule: 'kraft/voter-address', versions: ALL, bad: CONTROLLER_ONLY.replace('1@ctrl1:9093', '1-ctrl1:9093'), good: CONTROLLER_ONLY },
  // §7 after the config object exists.
  { id: '§7 voter host 0.0.0.0 not routable', rule: 'kraft/voter-address', versions: V4, bad: CONTROLLER_ONLY.replace('1@ctrl1:9093', '1@0.0.0.0:9093'), good: CONTROLLER_ONLY },
  { id: '§7 min compaction lag within max', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}log.cleaner.min.compaction.lag.ms=7200000\nlog.cleaner.max.compaction.lag.ms=3600000\n`, good: `${COMBINED}log.cleaner.min.compaction.lag.ms=3600000\nlog.cleaner.max.compaction.lag.ms=7200000\n`, kafka: 'conflict topic config setting min.compaction.lag.ms (7200000) > max.compaction.lag.ms (3600000)' },
  { id: '§7 local retention with tiered storage', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}remote.log.storage.system.enable=true\nlog.retention.bytes=1000000\nlog.local.retention.bytes=-1\n`, good: `${COMBINED}remote.log.storage.system.enable=true\nlog.retention.bytes=1000000\nlog.local.retention.bytes=-2\n`, kafka: 'Value must not be -1 as retention.bytes value is set as 1000000.' },
  { id: '§7 local retention above total', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}remote.log.storage.system.enable=true\nlog.retention.ms=3600000\nlog.local.retention.ms=7200000\n`, good: `${COMBINED}remote.log.storage.system.enable=true\nlog.retention.ms=7200000\nlog.local.retention.ms=3600000\n`, kafka: 'Value must not be more than retention.ms property value: 3600000' },
  { id: '§7 negative flush interval', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}log.flush.interval.ms=-1\n`, good: `${COMBINED}log.flush.interval.ms=1000\n`, kafka: 'Invalid value -1 for configuration flush.ms: Value must be at least 0' },
  { id: '§7 duplicate log directory', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}log.dirs=/data,/data/.\n`, good: `${COMBINED}log.dirs=/data1,/data2\n`, kafka: 'Duplicate log directory found' },
  { id: '§7 keystore without password', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}listeners=SSL://:9092,CONTROLLER://:9093\nadvertised.listeners=SSL://kafka1:9092\nsecurity.inter.broker.protocol=SSL\nssl.keystore.location=/etc/kafka/kafka1.jks\n`, good: `${COMBINED}listeners=SSL://:9092,CONTROLLER://:9093\nadvertised.listeners=SSL://kafka1:9092\nsecurity.inter.broker.protocol=SSL\nlistener.security.protocol.map=SSL:SSL,CONTROLLER:PLAINTEXT\nssl.keystore.location=/etc/kafka/kafka1.jks\nssl.keystore.password=\${file:/etc/kafka/secrets:ks}\n`, kafka: 'SSL key store is specified, but key store password is not specified.' },
  { id: '§7 SSL listener without keystore', rule: 'broker/startup-constraints', versions: ALL, bad: `${COMBINED}listeners=SSL://:9092,CONTROLLER://:9093\nadvertised.listeners=SSL://kafka1:9092\nsecurity.inter.broker.protocol=SSL\nlistener.security.protocol.map=SSL:SSL,CONTROLLER:PLAINTEXT\n`, good: `${COMBINED}listeners=SSL://:9092,CONTROLLER://:9093\nadvertised.listeners=SSL://kafka1:9092\nsecurity.inter.broker.protocol=SSL\nlistener.security.protocol.map=SSL:SSL,CONTROLLER:PLAINTEXT\nlistener.name.ssl.ssl.keystore.location=/etc/kafka/kafka1.jks\nlistener.name.ssl.ssl.keystore.password=\${file:/etc/kafka/secrets:ks}\n`, kafka: "A client SSLEngine created with the provided settings can't connect to a server SSLEngine" },
  // §8 Kafka 3.9 in ZooKeeper mode.
  { id: '§8 zookeeper.connect required', rule: 'broker/startup-constraints', versions: ZK, bad: ZK_BROKER.replace('zookeeper.connect=zk1:2181,zk2:2181,zk3:2181\n', ''), good: ZK_BROKER, kafka: 'Missing required configuration `zookeeper.connect` which has no default value.' },
  { id: '§8 broker.id within the reserved range', rule: 'broker/startup-constraints', versions: ZK, bad: `${ZK_BROKER}broker.id=1001\n`, good: `${ZK_BROKER}broker.id=1000\n`, kafka: 'broker.id must be greater than or equal to -1 and not greater than reserved.broker.max.id' },
  { id: '§8 broker.id without generation', rule: 'broker/startup-constraints', versions: ZK, bad: `${ZK_BROKER}broker.id=-1\nbroker.id.generation.enable=false\n`, good: `${ZK_BROKER}broker.id=-1\n`, kafka: 'broker.id must be greater than or equal to 0' },
  { id: '§8 no controller.listener.names in ZooKeeper mode', rule: 'broker/listeners', versions: ZK, bad: `${ZK_BROKER}controller.listener.names=CONTROLLER\n`, good: ZK_BROKER, kafka: 'controller.listener.names must be empty when not running in KRaft mode' },
  { id: '§8 control.plane.listener.name advertised', rule: 'broker/listeners', versions: ZK, bad: `${ZK_BROKER}listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROL:PLAINTEXT\ncontrol.plane.listener.name=CONTROL\n`, good: `${ZK_BROKER}listeners=PLAINTEXT://:9092,CONTROL://:9094\nadvertised.listeners=PLAINTEXT://kafka1:9092,CONTROL://kafka1:9094\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROL:PLAINTEXT\ncontrol.plane.listener.name=CONTROL\n`, kafka: 'control.plane.listener.name must be a listener name defined in advertised.listeners.' },
  { id: '§8 control.plane.listener.name differs from inter-broker', rule: 'broker/listeners', versions: ZK, bad: `${ZK_BROKER}control.plane.listener.name=PLAINTEXT\n`, good: ZK_BROKER, kafka: 'should have a different value from the inter broker listener name' },
  { id: '§8 control.plane.listener.name mapped', rule: 'broker/listeners', versions: ZK, bad: `${ZK_BROKER}control.plane.listener.name=CONTROL\n`, good: ZK_BROKER, kafka: 'Listener with CONTROL defined in control.plane.listener.name not found in listener.security.protocol.map.' },
  { id: '§8 control.plane.listener.name not in KRaft', rule: 'broker/listeners', versions: ZK, bad: `${COMBINED}control.plane.listener.name=PLAINTEXT\n`, good: COMBINED, kafka: 'control.plane.listener.name is not supported in KRaft mode.' },
  { id: '§8 consumer protocol needs KRaft', rule: 'broker/startup-constraints', versions: ZK, bad: `${ZK_BROKER}group.coordinator.rebalance.protocols=classic,consumer\n`, good: `${ZK_BROKER}group.coordinator.rebalance.protocols=classic\n`, kafka: "The new 'Consumer' rebalance protocol is only supported in KRaft cluster." },
  { id: '§8 KRaft needs a KRaft protocol version', rule: 'broker/startup-constraints', versions: ZK, bad: `${COMBINED}inter.broker.protocol.version=2.8\n`, good: `${COMBINED}inter.broker.protocol.version=3.9\n`, kafka: 'given for inter.broker.protocol.version. The minimum version is 3.0-IV1' },
  { id: '§8 migration: a KRaft node needs zookeeper.connect', rule: 'broker/startup-constraints', versions: ZK, bad: `${CONTROLLER_ONLY.replace('node.id=1', 'node.id=3000').replace('1@ctrl1', '3000@ctrl1')}zookeeper.metadata.migration.enable=true\n`, good: `${CONTROLLER_ONLY.replace('node.id=1', 'node.id=3000').replace('1@ctrl1', '3000@ctrl1')}zookeeper.metadata.migration.enable=true\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181\n`, kafka: 'If using `zookeeper.metadata.migration.enable` in KRaft mode, `zookeeper.connect` must also be set.' },
  { id: '§8 migration voters', rule: 'broker/startup-constraints', versions: ZK, bad: `${ZK_BROKER}zookeeper.metadata.migration.enable=true\ncontroller.listener.names=CONTROLLER\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT\n`, good: `${ZK_BROKER}zookeeper.metadata.migration.enable=true\ncontroller.listener.names=CONTROLLER\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT\ncontroller.quorum.voters=3000@ctrl1:9093\n`, kafka: 'If using zookeeper.metadata.migration.enable, either controller.quorum.bootstrap.servers' },
  { id: '§8 migration controller listener', rule: 'broker/startup-constraints', versions: ZK, bad: `${ZK_BROKER}zookeeper.metadata.migration.enable=true\ncontroller.quorum.voters=3000@ctrl1:9093\n`, good: `${ZK_BROKER}zookeeper.metadata.migration.enable=true\ncontroller.quorum.voters=3000@ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT\n`, kafka: 'controller.listener.names must not be empty when running in ZooKeeper migration mode' },
  { id: '§8 migration fixed broker.id', rule: 'broker/startup-constraints', versions: ZK, bad: `${ZK_BROKER}broker.id=-1\nzookeeper.metadata.migration.enable=true\ncontroller.quorum.voters=3000@ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT\n`, good: `${ZK_BROKER}zookeeper.metadata.migration.enable=true\ncontroller.quorum.voters=3000@ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT\n`, kafka: 'broker.id generation is incompatible with ZooKeeper migration.' },
  { id: '§8 migration protocol version', rule: 'broker/startup-constraints', versions: ZK, bad: `${ZK_BROKER}zookeeper.metadata.migration.enable=true\ncontroller.quorum.voters=3000@ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT\ninter.broker.protocol.version=3.3\n`, good: `${ZK_BROKER}zookeeper.metadata.migration.enable=true\ncontroller.quorum.voters=3000@ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT\ninter.broker.protocol.version=3.4\n`, kafka: "Cannot enable ZooKeeper migration without setting 'inter.broker.protocol.version' to 3.4 or higher" },
  { id: '§8 migration with JBOD', rule: 'broker/startup-constraints', versions: ZK, bad: `${ZK_BROKER}log.dirs=/data1,/data2\nzookeeper.metadata.migration.enable=true\ncontroller.quorum.voters=3000@ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT\ninter.broker.protocol.version=3.7-IV1\n`, good: `${ZK_BROKER}log.dirs=/data1,/data2\nzookeeper.metadata.migration.enable=true\ncontroller.quorum.voters=3000@ctrl1:9093\ncontroller.listener.names=CONTROLLER\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT\ninter.broker.protocol.version=3.7-IV2\n`, kafka: 'Cannot enable ZooKeeper migration with multiple log directories (aka JBOD)' },
  { id: '§8 message format within protocol version', rule: 'broker/startup-constraints', versions: ZK, bad: `${ZK_BROKER}inter.broker.protocol.version=0.10.2\nlog.message.format.version=0.11.0\n`, good: `${ZK_BROKER}inter.broker.protocol.version=0.11.0\nlog.message.format.version=0.11.0\n`, kafka: 'log.message.format.version 0.11.0 can only be used when inter.broker.protocol.version is set to version 0.11.0 or higher' },
  { id: '§8 zstd offsets need a newer protocol', rule: 'broker/startup-constraints', versions: ZK, bad: `${ZK_BROKER}inter.broker.protocol.version=0.10.2\noffsets.topic.compression.codec=4\n`, good: `${ZK_BROKER}inter.broker.protocol.version=2.1\noffsets.topic.compression.codec=4\n`, kafka: 'offsets.topic.compression.codec zstd can only be used when inter.broker.protocol.version is set to version 2.1 or higher' },
  { id: '§8 offsets.commit.required.acks (3.9)', rule: 'broker/startup-constraints', versions: ZK, bad: `${ZK_BROKER}offsets.commit.required.acks=4\n`, good: `${ZK_BROKER}offsets.commit.required.acks=-1\n`, kafka: 'offsets.commit.required.acks must be greater or equal to -1 and less or equal to offsets.topic.replication.factor' },
  { id: '§8 chroot with blanks', rule: 'broker/zookeeper-connect-format', versions: ZK, bad: ZK_BROKER.replace('zk3:2181\n', 'zk3:2181 / kafka\n'), good: ZK_BROKER.replace('zk3:2181\n', 'zk3:2181 /kafka\n') },
  { id: '§8 chroot after every host', rule: 'broker/zookeeper-connect-format', versions: ZK, bad: ZK_BROKER.replace('zk1:2181,zk2:2181,zk3:2181', 'zk1:2181/a,zk2:2181/a'), good: ZK_BROKER.replace('zk1:2181,zk2:2181,zk3:2181', 'zk1:2181,zk2:2181/a') },
  { id: '§8 blank after the port colon', rule: 'broker/zookeeper-connect-format', versions: ZK, bad: ZK_BROKER.replace('zk1:2181', 'zk1: 2181'), good: ZK_BROKER.replace('zk1:2181,', 'zk1:2181 , '), kafka: 'For input string: " 2181"' },
  { id: '§8 blank before the port colon', rule: 'broker/zookeeper-connect-format', versions: ZK, bad: ZK_BROKER.replace('zk1:2181', 'zk1 :2181'), good: ZK_BROKER },
  { id: '§8 chroot ending in /', rule: 'broker/zookeeper-connect-format', versions: ZK, bad: ZK_BROKER.replace('zk3:2181\n', 'zk3:2181/kafka/\n'), good: ZK_BROKER.replace('zk3:2181\n', 'zk3:2181/\n'), kafka: 'Path must not end with / character' },
  { id: '§8 chroot with //', rule: 'broker/zookeeper-connect-format', versions: ZK, bad: ZK_BROKER.replace('zk3:2181\n', 'zk3:2181//kafka\n'), good: ZK_BROKER.replace('zk3:2181\n', 'zk3:2181/kafka/x\n'), kafka: 'empty node name specified @1' },
  { id: '§8 empty host list', rule: 'broker/zookeeper-connect-format', versions: ZK, bad: ZK_BROKER.replace('zk1:2181,zk2:2181,zk3:2181', '/kafka'), good: ZK_BROKER, kafka: 'A HostProvider may not be empty!' },
];

/** Checks that need more than the config file, and why kafka-lint leaves them to Kafka. */
const notJudgeable: [check: string, reason: string][] = [
  ['§7 no readable meta.properties / a dir without meta.properties', 'depends on the formatted log directories on disk (kafka-storage.sh format), not on the config'],
  ['§7 stored node id or cluster.id differs', 'read from meta.properties on disk'],
  ['§7 __cluster_metadata-0 outside metadata.log.dir', 'depends on the directory contents'],
  ['§7 JBOD with metadata.version below 3.7-IV2', 'the metadata version is a cluster feature set with kafka-features, not in the file'],
  ['§7 no JAAS entry for a SASL listener', 'the JAAS file comes from -Djava.security.auth.login.config in KAFKA_OPTS, outside server.properties'],
  ['K38 principal.builder.class must implement KafkaPrincipalSerde', 'needs the class on the broker classpath'],
  ['§8 zookeeper.set.acl without SASL or TLS', 'the ZooKeeper client credentials come from the JAAS file or system properties'],
];

const ruleById = new Map(allRules.map((r) => [r.meta.id, r]));

describe('kafka-startup-validation.md: every check fires on a failing config and stays quiet on a passing one', () => {
  for (const check of checks) {
    const rule = ruleById.get(check.rule);
    describe.skipIf(!rule)(`${check.id} (${check.rule}; Kafka ${check.versions.join(', ')})`, () => {
      const ruleSet = rule ? [rule] : [];
      const matching = (text: string, kafkaVersion: KafkaVersion) =>
        lintFiles([{ file: 'server.properties', text }], { kafkaVersion, ruleSet }).findings.filter(
          (f) => f.ruleId === check.rule && (check.kafka === undefined || f.message.includes(check.kafka)),
        );
      it.each(check.versions)('Kafka %s: the failing config is reported', (v) => {
        expect(matching(check.bad, v).length).toBeGreaterThan(0);
      });
      it.each(check.versions)('Kafka %s: the passing config is not', (v) => {
        expect(matching(check.good, v)).toEqual([]);
      });
      // The ZooKeeper client's parsing is the same for every Kafka version; Kafka's own checks name the version.
      if (check.kafka !== undefined && check.rule !== 'broker/zookeeper-connect-format') {
        it.each(check.versions)("Kafka %s: the finding names the version and quotes Kafka's message", (v) => {
          expect(matching(check.bad, v)[0]?.message).toContain(`Kafka ${v}`);
        });
      }
    });
  }

  it('the base configs start on every version they are used with', () => {
    const startup = ['broker/listeners', 'broker/startup-constraints'].map((id) => ruleById.get(id)).filter((r) => r !== undefined);
    for (const v of ALL) {
      for (const text of [COMBINED, BROKER_ONLY, CONTROLLER_ONLY, ...(v === '3.9' ? [ZK_BROKER] : [])]) {
        expect(lintFiles([{ file: 'server.properties', text }], { kafkaVersion: v, ruleSet: startup }).findings).toEqual([]);
      }
    }
  });

  it.each(['3.9', '4.0', '4.1'] as KafkaVersion[])('Kafka %s: a repeated process.roles role is reported once, by broker/startup-constraints', (v) => {
    const bad = BROKER_ONLY.replace('process.roles=broker', 'process.roles=broker,broker');
    const about = lintFiles([{ file: 'server.properties', text: bad }], { kafkaVersion: v }).findings.filter((f) => f.key === 'process.roles');
    expect(about.map((f) => f.ruleId)).toEqual(['broker/startup-constraints']);
  });

  it('lists the checks that need more than the config file, each with its reason', () => {
    for (const [check, reason] of notJudgeable) {
      expect(check).not.toBe('');
      expect(reason.length).toBeGreaterThan(20);
    }
  });
});

import { defineRule, type MessageValue, type RuleContext } from '../../src/engine/rule.js';
import { compareVersions, type KafkaVersion } from '../../src/core/version.js';
import { anchorOf, isBrokerRole, isConfigFragment, type Anchor } from '../../src/model/broker.js';
import { knownNumber, knownValue, writtenEntry, writtenValue } from '../../src/model/settings.js';
import { controllerListenerNames, effectiveSecurityProtocolMap, interBrokerListener } from '../../src/model/listeners.js';
import { kafkaKey } from '../../src/catalog/index.js';
import type { ConfigEntry } from '../../src/parse/entry.js';
import type { BrokerConfig } from '../../src/model/types.js';
import { splitOnCommas } from '../../src/model/coerce.js';

/** Kafka's message when a check fails, after "Kafka <version> refuses to start:". */
const REFUSES = 'Kafka {{version}} refuses to start:';

const MESSAGES = {
  // Roles and ids (KafkaConfig, KafkaRaftServer).
  'zookeeper-connect-missing': { severity: 'error', text: `Kafka 3.9 needs either process.roles (KRaft mode) or zookeeper.connect (ZooKeeper mode); set one of them. ${REFUSES} "Missing required configuration \`zookeeper.connect\` which has no default value."` },
  'process-roles-missing': { severity: 'error', text: `process.roles is required from Kafka 4.0 on, which has no ZooKeeper mode: set process.roles to broker, controller, or broker,controller (a ZooKeeper-mode cluster migrates to KRaft on 3.9 first). ${REFUSES} "Missing required configuration "process.roles" which has no default value."`, versionBound: true },
  'duplicate-role': { severity: 'error', text: `process.roles lists {{role}} twice; list each role once. ${REFUSES} "Duplicate role names found in \`process.roles\`: ArrayBuffer({{roles}})"` },
  'node-id-differs': { severity: 'error', text: `node.id ({{nodeId}}) and broker.id ({{brokerId}}) differ; keep only node.id (or set both to the same value). ${REFUSES} "You must set \`node.id\` to the same value as \`broker.id\`."` },
  'node-id-missing': { severity: 'error', text: `Every KRaft node needs its own node.id of 0 or more; set node.id (e.g. node.id=1). ${REFUSES} "{{kafka}}"` },
  'broker-id-out-of-range': { severity: 'error', text: `broker.id {{id}} is outside -1 to reserved.broker.max.id ({{max}}); use an id from 0 to {{max}} (ids above it are reserved for generated ids). ${REFUSES} "requirement failed: broker.id must be greater than or equal to -1 and not greater than reserved.broker.max.id"` },
  'broker-id-negative': { severity: 'error', text: `broker.id {{id}} is negative while broker.id.generation.enable=false; set a broker.id of 0 or more. ${REFUSES} "requirement failed: broker.id must be greater than or equal to 0"` },
  // KRaft.
  'no-controllers': { severity: 'error', text: `A KRaft node must know its controllers; set controller.quorum.bootstrap.servers (e.g. ctrl1:9093,ctrl2:9093,ctrl3:9093) or controller.quorum.voters (1@ctrl1:9093,...). ${REFUSES} "If using process.roles, either controller.quorum.bootstrap.servers must contain the set of bootstrap controllers or controller.quorum.voters must contain a parseable set of controllers."` },
  'broker-in-voters': { severity: 'error', text: `This broker-only node's id {{id}} is listed as a controller in controller.quorum.voters; give the broker an id that no voter uses, or add the controller role. ${REFUSES} "requirement failed: If process.roles contains just the 'broker' role, the node id {{id}} must not be included in the set of voters controller.quorum.voters=Set({{voterIds}})"` },
  'auto-join-on-broker': { severity: 'error', text: `controller.quorum.auto.join.enable is for controllers; remove it from broker-only nodes. ${REFUSES} "requirement failed: controller.quorum.auto.join.enable is only supported when process.roles contains the 'controller' role."` },
  'heartbeat-over-half-session': { severity: 'warning', text: 'broker.heartbeat.interval.ms ({{heartbeat}}) is more than half of broker.session.timeout.ms ({{session}}): one late heartbeat costs the broker its lease. Kafka starts but logs an error; lower the interval or raise the timeout on the controllers. Kafka {{version}} logs: "broker.heartbeat.interval.ms ({{heartbeat}} ms) must be less than or equal to half of the broker.session.timeout.ms ({{session}} ms)."' },
  'pre-kraft-protocol-version': { severity: 'error', text: `inter.broker.protocol.version {{ibp}} predates KRaft; remove it from KRaft nodes (the metadata version is set with kafka-storage format / kafka-features). ${REFUSES} "A non-KRaft version {{ibp}} given for inter.broker.protocol.version. The minimum version is 3.0-IV1"` },
  // Log settings (KafkaConfig, LogManager re-reading the broker defaults as topic configs).
  'log-roll-below-one': { severity: 'error', text: `log.roll.ms {{value}} would roll a segment constantly; use at least 1 (or remove it to roll every log.roll.hours). ${REFUSES} "requirement failed: log.roll.ms must be greater than or equal to 1"` },
  'log-roll-jitter-negative': { severity: 'error', text: `log.roll.jitter.ms {{value}} is negative; use 0 or more. ${REFUSES} "requirement failed: log.roll.jitter.ms must be greater than or equal to 0"` },
  'zero-retention': { severity: 'error', text: `{{key}}=0 would delete data as soon as it is written; use -1 for unlimited retention or a positive value. ${REFUSES} "requirement failed: log.retention.ms must be unlimited (-1) or, greater than or equal to 1"` },
  'no-log-dirs': { severity: 'error', text: `{{key}} is empty; list at least one data directory (e.g. log.dirs=/var/lib/kafka/data). ${REFUSES} "requirement failed: At least one log directory must be defined via log.dirs or log.dir."` },
  'cleaner-threads-zero': { severity: 'error', text: `log.cleaner.threads=0 makes Kafka divide by zero while checking the dedupe buffer; use 1 or more (disable compaction with log.cleaner.enable=false instead). ${REFUSES} "java.lang.ArithmeticException: / by zero"` },
  'dedupe-buffer-too-small': { severity: 'error', text: `log.cleaner.dedupe.buffer.size ({{buffer}}) gives each of the {{threads}} cleaner threads {{perThread}} bytes; each needs more than 1 MiB, so raise the buffer above {{needed}} or use fewer threads. ${REFUSES} "requirement failed: log.cleaner.dedupe.buffer.size must be at least 1MB per cleaner thread."` },
  'fetch-wait-over-socket-timeout': { severity: 'error', text: `replica.fetch.wait.max.ms ({{wait}}) exceeds replica.socket.timeout.ms ({{timeout}}); a follower's fetch would time out while it waits. Keep the wait at most the socket timeout. ${REFUSES} "requirement failed: replica.socket.timeout.ms should always be at least replica.fetch.wait.max.ms to prevent unnecessary socket timeouts"` },
  'fetch-wait-over-lag-time': { severity: 'error', text: `replica.fetch.wait.max.ms ({{wait}}) exceeds replica.lag.time.max.ms ({{lag}}); followers would drop out of the ISR while they wait. Keep the wait at most the lag time. ${REFUSES} "requirement failed: replica.fetch.wait.max.ms should always be less than or equal to replica.lag.time.max.ms to prevent frequent changes in ISR"` },
  'cordoned-dirs-mixed': { severity: 'error', text: `cordoned.log.dirs mixes * with directories; write either * or a list of directories. ${REFUSES} "requirement failed: When cordoned.log.dirs is set to *, it must not contain other values"` },
  'cordoned-dirs-unknown': { severity: 'error', text: `cordoned.log.dirs names {{missing}}, which is not in log.dirs; list only this broker's log directories, written exactly as in log.dirs. ${REFUSES} "requirement failed: All entries in cordoned.log.dirs must be present in log.dirs or log.dir. Missing entries : {{missing}}"` },
  'compaction-lag-order': { severity: 'error', text: `log.cleaner.min.compaction.lag.ms ({{min}}) exceeds log.cleaner.max.compaction.lag.ms ({{max}}); keep the minimum at or below the maximum. ${REFUSES} "conflict topic config setting min.compaction.lag.ms ({{min}}) > max.compaction.lag.ms ({{max}})"` },
  'flush-interval-negative': { severity: 'error', text: `{{key}} is negative ({{value}}); remove it (Kafka leaves flushing to the OS by default) or use 0 or more. ${REFUSES} "Invalid value {{value}} for configuration flush.ms: Value must be at least 0"` },
  'local-retention-forever': { severity: 'error', text: `{{local}}=-1 keeps local data forever while {{total}} is {{totalValue}}; use -2 (follow {{total}}) or a value up to {{totalValue}}. ${REFUSES} "Invalid value -1 for configuration {{topicLocal}}: Value must not be -1 as {{topicTotal}} value is set as {{totalValue}}."` },
  'local-retention-over-total': { severity: 'error', text: `{{local}} ({{localValue}}) exceeds {{total}} ({{totalValue}}); local retention must not outlast total retention. ${REFUSES} "Invalid value {{localValue}} for configuration {{topicLocal}}: Value must not be more than {{topicTotal}} property value: {{totalValue}}"` },
  'duplicate-log-dir': { severity: 'error', text: `{{key}} lists {{first}} and {{second}}, which are the same directory; list each directory once. ${REFUSES} "Duplicate log directory found: {{dirs}}"` },
  // Network (KafkaConfig, SocketServer).
  'queued-bytes-too-small': { severity: 'error', text: `queued.max.request.bytes ({{queued}}) is below socket.request.max.bytes ({{requestMax}}), so the largest request could never be queued; raise it to at least {{requestMax}} or set -1 (no limit). ${REFUSES} "requirement failed: queued.max.request.bytes must be larger or equal to socket.request.max.bytes"` },
  'zero-connections-per-ip': { severity: 'error', text: `max.connections.per.ip=0 refuses every client unless max.connections.per.ip.overrides lets some addresses in; set the overrides (e.g. 10.0.0.5:100) or raise the limit. ${REFUSES} "requirement failed: max.connections.per.ip can be set to zero only if max.connections.per.ip.overrides property is set."` },
  'override-limit-not-numeric': { severity: 'error', text: `max.connections.per.ip.overrides entry '{{pair}}' needs a numeric limit after its last ':' (e.g. 10.0.0.5:100). ${REFUSES} "java.lang.NumberFormatException: For input string: "{{count}}""` },
  'override-address-invalid': { severity: 'error', text: `max.connections.per.ip.overrides has address {{addresses}}, which is not a host name or IP address; write host:limit pairs. ${REFUSES} "max.connections.per.ip.overrides contains invalid addresses : {{kafkaAddresses}}"` },
  'auth-delay-over-idle': { severity: 'error', text: `connection.failed.authentication.delay.ms ({{delay}}) must stay below connections.max.idle.ms ({{idle}}), or failed-authentication responses time out; lower the delay. ${REFUSES} "requirement failed: connection.failed.authentication.delay.ms={{delay}} should always be less than connections.max.idle.ms={{idle}} to prevent failed authentication responses from timing out"` },
  // Security: SASL and SSL (KafkaConfig, ChannelBuilders, SslFactory, DefaultSslEngineFactory).
  'sasl-mechanism-not-enabled': { severity: 'error', text: `Brokers authenticate to each other with {{mechanism}} over {{listener}} ({{protocol}}), but {{enabledKey}} does not enable it; add {{mechanism}} to {{enabledKeyName}}. ${REFUSES} "requirement failed: sasl.mechanism.inter.broker.protocol must be included in sasl.enabled.mechanisms when SASL is used for inter-broker communication"` },
  'keystore-password-missing': { severity: 'error', text: `The {{listener}} listener ({{protocol}}) has a keystore but no ssl.keystore.password; add the password (through a config provider). ${REFUSES} "SSL key store is specified, but key store password is not specified."` },
  'keystore-location-missing': { severity: 'error', text: `The {{listener}} listener ({{protocol}}) has ssl.keystore.password but no ssl.keystore.location; add the keystore location. ${REFUSES} "SSL key store is not specified, but key store password is specified."` },
  'inter-broker-keystore-missing': { severity: 'error', text: `The {{listener}} listener uses {{protocol}} and carries the brokers' own traffic, but no keystore is configured: Kafka checks that its inter-broker listener can complete a TLS handshake with itself, and without a certificate it cannot. Set ssl.keystore.location and ssl.keystore.password (or listener.name.{{prefix}}.ssl.keystore.*). ${REFUSES} "A client SSLEngine created with the provided settings can't connect to a server SSLEngine created with those settings."` },
  'oauthbearer-claims-unverified': { severity: 'error', text: `The {{listener}} listener validates OAUTHBEARER tokens against a JWKS endpoint but sets no {{missingNor}}, so it cannot check whom the tokens are for. Set {{missingAnd}} (e.g. {{example}}), or set {{optOuts}} to true to accept any. ${REFUSES} "{{kafka}}"` },
  'listener-keystore-missing': { severity: 'warning', text: 'The {{listener}} listener uses {{protocol}} but no keystore is configured, so the node has no certificate to present on it: every TLS handshake there fails and {{peers}} cannot connect. Kafka still starts, since it test-handshakes only the inter-broker listener. Set ssl.keystore.location and ssl.keystore.password (or listener.name.{{prefix}}.ssl.keystore.*).' },
  // Protocols and ZooKeeper migration (KafkaConfig, GroupCoordinatorConfig).
  'classic-protocol-disabled': { severity: 'error', text: `group.coordinator.rebalance.protocols must keep classic: existing consumers use it. Add classic to the list. ${REFUSES} "Disabling the 'Classic' protocol is not supported."` },
  'consumer-protocol-needs-kraft': { severity: 'error', text: `The consumer rebalance protocol needs KRaft; remove consumer from group.coordinator.rebalance.protocols on ZooKeeper-mode brokers. ${REFUSES} "The new 'Consumer' rebalance protocol is only supported in KRaft cluster."` },
  'commit-acks-out-of-range': { severity: 'error', text: `offsets.commit.required.acks ({{acks}}) must lie between -1 and offsets.topic.replication.factor ({{rf}}); remove it (it is deprecated and gone in 4.0). ${REFUSES} "offsets.commit.required.acks must be greater or equal to -1 and less or equal to offsets.topic.replication.factor"` },
  'message-format-above-protocol': { severity: 'error', text: `log.message.format.version {{format}} is newer than inter.broker.protocol.version {{ibp}}; remove log.message.format.version (it is ignored from 3.0 on) or raise the protocol version. ${REFUSES} "requirement failed: log.message.format.version {{format}} can only be used when inter.broker.protocol.version is set to version {{needed}} or higher"` },
  'zstd-offsets-old-protocol': { severity: 'error', text: `offsets.topic.compression.codec=4 (zstd) needs a newer inter.broker.protocol.version than {{ibp}}; raise it (3.9 by default) or use another codec. ${REFUSES} "requirement failed: offsets.topic.compression.codec zstd can only be used when inter.broker.protocol.version is set to version 2.1 or higher"` },
  'migration-needs-zookeeper-connect': { severity: 'error', text: `A KRaft node with zookeeper.metadata.migration.enable=true needs the ZooKeeper ensemble it migrates from; set zookeeper.connect (as on the ZooKeeper-mode brokers), or remove the flag once the migration is finalized. ${REFUSES} "If using \`zookeeper.metadata.migration.enable\` in KRaft mode, \`zookeeper.connect\` must also be set."` },
  'migration-needs-controllers': { severity: 'error', text: `A broker in ZooKeeper migration must reach the KRaft controllers; set controller.quorum.voters or controller.quorum.bootstrap.servers. ${REFUSES} "If using zookeeper.metadata.migration.enable, either controller.quorum.bootstrap.servers must contain the set of bootstrap controllers or controller.quorum.voters must contain a parseable set of controllers."` },
  'migration-needs-controller-listener': { severity: 'error', text: `A broker in ZooKeeper migration must know the controllers' listener; set controller.listener.names (e.g. CONTROLLER). ${REFUSES} "requirement failed: controller.listener.names must not be empty when running in ZooKeeper migration mode: []"` },
  'migration-needs-broker-id': { severity: 'error', text: `Migration needs a fixed broker.id; set broker.id to 0 or more. ${REFUSES} "requirement failed: broker.id generation is incompatible with ZooKeeper migration. Please stop using it before enabling migration (set broker.id to a value greater or equal to 0)."` },
  'migration-old-protocol': { severity: 'error', text: `Migration needs inter.broker.protocol.version 3.4 or later, not {{ibp}}; raise it (3.9 is the default). ${REFUSES} "requirement failed: Cannot enable ZooKeeper migration without setting 'inter.broker.protocol.version' to 3.4 or higher"` },
  'migration-jbod-old-protocol': { severity: 'error', text: `Migration with several log directories (JBOD) needs inter.broker.protocol.version 3.7-IV2 or later, not {{ibp}}; raise it. ${REFUSES} "requirement failed: Cannot enable ZooKeeper migration with multiple log directories (aka JBOD) without setting 'inter.broker.protocol.version' to 3.7-IV2 or higher"` },
  // Group coordinator (GroupCoordinatorConfig, ShareGroupConfig).
  'group-bounds': { severity: 'error', text: `{{low}} ({{lowValue}}) must be {{relation}} {{high}} ({{highValue}}); raise {{high}} or lower {{low}}. ${REFUSES} "{{kafka}}"` },
  'share-assignors-count': { severity: 'error', text: `group.share.assignors must name exactly one assignor, not {{count}}. ${REFUSES} "group.share.assignors must contain exactly one assignor, but found {{count}}"` },
} as const;

type MessageId = keyof typeof MESSAGES;

/** What one check sees: the node, its reads under the judged version, and a report function. */
interface Judge {
  broker: BrokerConfig;
  version: KafkaVersion;
  ctx: RuleContext<MessageId>;
  /** The number a key holds (written or default) in the version, with the entry that writes it. */
  num(key: string): { value: number; entry?: ConfigEntry } | undefined;
  /** The value a key holds (written or default) in the version, and its entry when written. */
  value(key: string): { value: unknown; entry?: ConfigEntry } | undefined;
  report(where: Anchor, messageId: MessageId, data?: Record<string, MessageValue>): void;
}

const MIB = 1024 * 1024;

/** Kafka's `Utils.validHostPattern` for max.connections.per.ip.overrides keys. */
const VALID_HOST = /^[0-9a-zA-Z\-%._:]*$/;

/**
 * Ordered pairs the group coordinator requires (GroupCoordinatorConfig and ShareGroupConfig,
 * 3.9 to 4.3): `low` must not exceed `high` (strictly below with `strict`). A pair applies in a
 * version when both keys exist there, from `since` on.
 */
interface OrderedPair {
  low: string;
  high: string;
  /** The key Kafka names first in its message. */
  subject: 'low' | 'high';
  strict?: true;
  since?: KafkaVersion;
}

function groupPairs(): OrderedPair[] {
  const pairs: OrderedPair[] = [];
  for (const g of ['consumer', 'share', 'streams']) {
    for (const [base, min, max] of [
      [`group.${g}.heartbeat.interval.ms`, `group.${g}.min.heartbeat.interval.ms`, `group.${g}.max.heartbeat.interval.ms`],
      [`group.${g}.session.timeout.ms`, `group.${g}.min.session.timeout.ms`, `group.${g}.max.session.timeout.ms`],
      [`group.${g}.assignment.interval.ms`, `group.${g}.min.assignment.interval.ms`, `group.${g}.max.assignment.interval.ms`],
    ] as const) {
      pairs.push({ low: min, high: max, subject: 'high' }, { low: min, high: base, subject: 'high' }, { low: base, high: max, subject: 'low' });
    }
    pairs.push({ low: `group.${g}.heartbeat.interval.ms`, high: `group.${g}.session.timeout.ms`, subject: 'low', strict: true, since: '4.0' });
  }
  pairs.push(
    { low: 'group.streams.num.standby.replicas', high: 'group.streams.max.standby.replicas', subject: 'low' },
    { low: 'group.share.delivery.count.limit', high: 'group.share.max.delivery.count.limit', subject: 'high' },
    { low: 'group.share.min.delivery.count.limit', high: 'group.share.delivery.count.limit', subject: 'high' },
    { low: 'group.share.partition.max.record.locks', high: 'group.share.max.partition.max.record.locks', subject: 'high' },
    { low: 'group.share.min.partition.max.record.locks', high: 'group.share.partition.max.record.locks', subject: 'high' },
    { low: 'group.share.min.record.lock.duration.ms', high: 'group.share.record.lock.duration.ms', subject: 'high' },
    { low: 'group.share.record.lock.duration.ms', high: 'group.share.max.record.lock.duration.ms', subject: 'high' },
    { low: 'group.share.max.size', high: 'group.share.max.share.sessions', subject: 'high' },
  );
  return pairs;
}
const GROUP_PAIRS = groupPairs();

/** A number as a message shows it: `15000, the default` when no entry sets it. */
function shown(n: { value: number; entry?: ConfigEntry }): string {
  return n.entry ? String(n.value) : `${n.value}, the default`;
}

function checkGroupCoordinator(j: Judge): void {
  const { version } = j;
  // 3.9 wrote "greater than or equals to"; 4.0 and later "greater than or equal to".
  const equals = version === '3.9' ? 'equals' : 'equal';
  for (const pair of GROUP_PAIRS) {
    if (pair.since && compareVersions(version, pair.since) < 0) continue;
    const low = j.num(pair.low);
    const high = j.num(pair.high);
    if (!low || !high || (!low.entry && !high.entry)) continue;
    if (pair.strict ? low.value < high.value : low.value <= high.value) continue;
    const kafka =
      pair.subject === 'high'
        ? `${pair.high} must be greater than or ${equals} to ${pair.low}`
        : pair.strict
          ? `${pair.low} must be less than ${pair.high}`
          : `${pair.low} must be less than or ${equals} to ${pair.high}`;
    const entry = (pair.subject === 'high' ? high.entry ?? low.entry : low.entry ?? high.entry) as ConfigEntry;
    j.report({ entry }, 'group-bounds', { low: pair.low, high: pair.high, lowValue: shown(low), highValue: shown(high), relation: pair.strict ? 'below' : 'at most', kafka });
  }
  const assignors = j.value('group.share.assignors');
  if (compareVersions(version, '4.1') >= 0 && assignors?.entry && Array.isArray(assignors.value) && assignors.value.length !== 1) {
    j.report({ entry: assignors.entry }, 'share-assignors-count', { count: assignors.value.length });
  }
}

function checkRolesAndIds(j: Judge): void {
  const { broker, version } = j;
  const roles = j.ctx.setting(broker, 'process.roles');
  const rolesEntry = writtenEntry(roles);
  const zookeeperConnect = writtenEntry(j.ctx.setting(broker, 'zookeeper.connect')) !== undefined;
  const kraft = broker.mode === 'kraft';
  if (version === '3.9') {
    if (!kraft && !zookeeperConnect) j.report(anchorOf(broker, 'broker.id', 'node.id'), 'zookeeper-connect-missing');
  } else if (!rolesEntry) {
    j.report(anchorOf(broker, 'broker.id', 'node.id', 'zookeeper.connect'), 'process-roles-missing');
  }
  if (roles.state === 'set' && Array.isArray(roles.value) && compareVersions(version, '4.2') < 0) {
    const listed = roles.value.filter((r) => r !== '');
    const repeated = listed.find((r, i) => listed.indexOf(r) !== i);
    if (repeated !== undefined) j.report({ entry: roles.entry }, 'duplicate-role', { role: repeated, roles: listed.join(', ') });
  }
  const nodeRead = j.ctx.setting(broker, 'node.id');
  const brokerRead = j.ctx.setting(broker, 'broker.id');
  const nodeId = nodeRead.state === 'set' ? knownNumber(nodeRead) : undefined;
  const brokerId = brokerRead.state === 'set' ? knownNumber(brokerRead) : undefined;
  if (nodeId?.entry && brokerId && nodeId.value !== brokerId.value) {
    j.report({ entry: nodeId.entry }, 'node-id-differs', { nodeId: nodeId.value, brokerId: brokerId.value });
  }
  // Ids Kafka cannot read are broker/invalid-value's; templated ids are not known.
  if ([nodeRead, brokerRead].some((r) => r.state === 'invalid' || r.state === 'templated')) return;
  const id = nodeId?.value ?? brokerId?.value;
  if (version !== '3.9' && rolesEntry && id === undefined) {
    j.report({ entry: rolesEntry }, 'node-id-missing', { kafka: 'Missing required configuration "node.id" which has no default value.' });
  }
  if (version === '3.9' && kraft && (id === undefined || id < 0)) {
    j.report(anchorOf(broker, 'node.id', 'broker.id', 'process.roles'), 'node-id-missing', { kafka: 'Missing configuration `node.id` which is required when `process.roles` is defined (i.e. when running in KRaft mode).' });
  }
  if (version === '3.9' && !kraft && zookeeperConnect && id !== undefined) {
    const generation = j.value('broker.id.generation.enable')?.value !== false;
    const maxReserved = j.num('reserved.broker.max.id')?.value ?? 1000;
    const where = anchorOf(broker, 'broker.id', 'node.id');
    if (generation && (id < -1 || id > maxReserved)) j.report(where, 'broker-id-out-of-range', { id, max: maxReserved });
    else if (!generation && id < 0) j.report(where, 'broker-id-negative', { id });
  }
}

function checkKraft(j: Judge): void {
  const { broker, version } = j;
  if (broker.mode !== 'kraft') return;
  const votersKnown = !broker.quorumVoters?.templated && !broker.quorumVoters?.error;
  const voters = broker.quorumVoters?.value ?? [];
  const bootstrap = j.value('controller.quorum.bootstrap.servers');
  if (votersKnown && voters.length === 0 && Array.isArray(bootstrap?.value) && bootstrap.value.length === 0) {
    j.report(anchorOf(broker, 'controller.quorum.voters', 'controller.quorum.bootstrap.servers', 'process.roles'), 'no-controllers');
  }
  const brokerOnly = broker.roles.length === 1 && broker.roles[0] === 'broker';
  const id = broker.nodeId;
  const votersEntry = broker.quorumVoters?.entry;
  if (brokerOnly && id !== undefined && votersEntry && voters.some((v) => v.id === id)) {
    j.report({ entry: votersEntry, part: 'value' }, 'broker-in-voters', { id, voterIds: [...new Set(voters.map((v) => v.id))].join(', ') });
  }
  const autoJoin = j.value('controller.quorum.auto.join.enable');
  if (brokerOnly && autoJoin?.entry && autoJoin.value === true) j.report({ entry: autoJoin.entry }, 'auto-join-on-broker');
  const heartbeat = j.num('broker.heartbeat.interval.ms');
  const session = j.num('broker.session.timeout.ms');
  if (compareVersions(version, '4.2') >= 0 && heartbeat && session && (heartbeat.entry || session.entry) && heartbeat.value * 2 > session.value) {
    j.report({ entry: (heartbeat.entry ?? session.entry) as ConfigEntry }, 'heartbeat-over-half-session', { heartbeat: heartbeat.value, session: session.value });
  }
  if (version === '3.9') {
    const ibp = j.value('inter.broker.protocol.version');
    const ibpVersion = typeof ibp?.value === 'string' ? /^(\d+)\.(\d+)/.exec(ibp.value) : null;
    if (ibp?.entry && ibpVersion && Number(ibpVersion[1]) < 3) j.report({ entry: ibp.entry }, 'pre-kraft-protocol-version', { ibp: ibp.value as string });
  }
}

function mapValue(v: { value: number; entry?: ConfigEntry } | undefined, factor: number): { value: number; entry?: ConfigEntry } | undefined {
  return v && { ...v, value: v.value * factor };
}

/** A path with `.` segments, `..` segments, repeated and trailing slashes resolved (symlinks cannot be known). */
function canonicalPath(dir: string): string {
  const parts: string[] = [];
  for (const part of dir.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return (dir.startsWith('/') ? '/' : '') + parts.join('/');
}

function checkLog(j: Judge): void {
  const { broker, version } = j;
  const n = (key: string) => j.num(key);
  const where = (...keys: string[]) => anchorOf(broker, ...keys);
  // log.roll.ms wins over log.roll.hours; same for the jitter.
  const roll = n('log.roll.ms') ?? mapValue(n('log.roll.hours'), 3600000);
  if (roll && roll.value < 1) j.report(where('log.roll.ms', 'log.roll.hours'), 'log-roll-below-one', { value: roll.value });
  const jitter = n('log.roll.jitter.ms') ?? mapValue(n('log.roll.jitter.hours'), 3600000);
  if (jitter && jitter.value < 0) j.report(where('log.roll.jitter.ms', 'log.roll.jitter.hours'), 'log-roll-jitter-negative', { value: jitter.value });
  // Retention: ms, then minutes, then hours; any negative means unlimited.
  const retention = n('log.retention.ms') ?? mapValue(n('log.retention.minutes'), 60000) ?? mapValue(n('log.retention.hours'), 3600000);
  if (retention && retention.value === 0) {
    const key = retention.entry?.key ?? 'log.retention.hours';
    j.report(where(key), 'zero-retention', { key });
  }
  const logDirs = broker.logDirs;
  if (logDirs?.value && logDirs.value.length === 0) j.report({ entry: logDirs.entry }, 'no-log-dirs', { key: logDirs.entry.key });
  const buffer = n('log.cleaner.dedupe.buffer.size');
  const threads = n('log.cleaner.threads');
  if (buffer && threads && (buffer.entry || threads.entry)) {
    if (threads.value === 0) {
      j.report(where('log.cleaner.threads'), 'cleaner-threads-zero');
    } else if (Math.trunc(buffer.value / threads.value) <= MIB) {
      j.report(where('log.cleaner.threads', 'log.cleaner.dedupe.buffer.size'), 'dedupe-buffer-too-small', {
        buffer: buffer.value,
        threads: threads.value,
        perThread: Math.trunc(buffer.value / threads.value),
        needed: threads.value * MIB,
      });
    }
  }
  const fetchWait = n('replica.fetch.wait.max.ms');
  const socketTimeout = n('replica.socket.timeout.ms');
  const lagTime = n('replica.lag.time.max.ms');
  if (fetchWait && socketTimeout && (fetchWait.entry || socketTimeout.entry) && fetchWait.value > socketTimeout.value) {
    j.report(where('replica.fetch.wait.max.ms', 'replica.socket.timeout.ms'), 'fetch-wait-over-socket-timeout', { wait: fetchWait.value, timeout: socketTimeout.value });
  }
  if (fetchWait && lagTime && (fetchWait.entry || lagTime.entry) && fetchWait.value > lagTime.value) {
    j.report(where('replica.fetch.wait.max.ms', 'replica.lag.time.max.ms'), 'fetch-wait-over-lag-time', { wait: fetchWait.value, lag: lagTime.value });
  }
  const cordoned = j.value('cordoned.log.dirs');
  const brokerRole = isBrokerRole(broker);
  if (cordoned?.entry && Array.isArray(cordoned.value) && brokerRole && !logDirs?.templated) {
    const listed = cordoned.value as string[];
    const dirs = logDirs?.value ?? ['/tmp/kafka-logs'];
    if (listed.includes('*') && listed.length > 1) {
      j.report({ entry: cordoned.entry }, 'cordoned-dirs-mixed');
    } else if (!listed.includes('*')) {
      const missing = listed.filter((d) => !dirs.includes(d));
      if (missing.length > 0) j.report({ entry: cordoned.entry }, 'cordoned-dirs-unknown', { missing: missing.join(', ') });
    }
  }
  // LogManager re-reads the broker defaults as topic configs (broker role only).
  if (!brokerRole) return;
  const minLag = n('log.cleaner.min.compaction.lag.ms');
  const maxLag = n('log.cleaner.max.compaction.lag.ms');
  if (minLag && maxLag && (minLag.entry || maxLag.entry) && minLag.value > maxLag.value) {
    j.report(where('log.cleaner.min.compaction.lag.ms', 'log.cleaner.max.compaction.lag.ms'), 'compaction-lag-order', { min: minLag.value, max: maxLag.value });
  }
  const flushMs = n('log.flush.interval.ms') ?? n('log.flush.scheduler.interval.ms');
  const flushEntry = flushMs?.entry ?? n('log.flush.scheduler.interval.ms')?.entry;
  if (flushEntry && flushMs && flushMs.value < 0) {
    j.report(where(flushEntry.key), 'flush-interval-negative', { key: flushEntry.key, value: flushMs.value });
  }
  if (j.value('remote.log.storage.system.enable')?.value === true) {
    for (const [local, total, topicLocal, topicTotal] of [
      ['log.local.retention.bytes', 'log.retention.bytes', 'local.retention.bytes', 'retention.bytes'],
      ['log.local.retention.ms', 'log.retention.ms', 'local.retention.ms', 'retention.ms'],
    ] as const) {
      const l = n(local);
      const t = total === 'log.retention.ms' ? retention : n(total);
      if (!l?.entry || !t) continue;
      const data = { local, total, topicLocal, topicTotal, localValue: l.value, totalValue: t.value };
      if (l.value === -1 && t.value !== -1) j.report({ entry: l.entry }, 'local-retention-forever', data);
      else if (l.value >= 0 && t.value !== -1 && l.value > t.value) j.report({ entry: l.entry }, 'local-retention-over-total', data);
    }
  }
  // Two log dirs with one canonical path (4.2+ already de-duplicates exact repeats).
  const dirs = logDirs?.value;
  if (dirs && logDirs) {
    const seen = new Map<string, string>();
    for (const dir of compareVersions(version, '4.2') >= 0 ? [...new Set(dirs)] : dirs) {
      const canonical = canonicalPath(dir);
      const other = seen.get(canonical);
      if (other !== undefined) {
        j.report({ entry: logDirs.entry }, 'duplicate-log-dir', { key: logDirs.entry.key, first: other, second: dir, dirs: dirs.join(', ') });
        break;
      }
      seen.set(canonical, dir);
    }
  }
}

function checkNetwork(j: Judge): void {
  const { broker } = j;
  const n = (key: string) => j.num(key);
  const queued = n('queued.max.request.bytes');
  const requestMax = n('socket.request.max.bytes');
  if (queued && requestMax && (queued.entry || requestMax.entry) && queued.value > 0 && queued.value < requestMax.value) {
    j.report(anchorOf(broker, 'queued.max.request.bytes', 'socket.request.max.bytes'), 'queued-bytes-too-small', { queued: queued.value, requestMax: requestMax.value });
  }
  const perIp = n('max.connections.per.ip');
  const overridesRead = j.ctx.setting(broker, 'max.connections.per.ip.overrides');
  if (overridesRead.state === 'templated' || overridesRead.state === 'invalid') return;
  const overridesEntry = overridesRead.state === 'set' ? overridesRead.entry : undefined;
  const overrides = overridesEntry?.value.trim() ?? '';
  if (perIp?.entry && perIp.value === 0 && overrides === '') j.report({ entry: perIp.entry }, 'zero-connections-per-ip');
  if (overridesEntry && overrides !== '') {
    const pairs = splitOnCommas(overrides).filter((p, i, all) => p !== '' || i < all.length - 1);
    const invalid: string[] = [];
    for (const pair of pairs) {
      const colon = pair.lastIndexOf(':');
      const address = colon < 0 ? pair : pair.slice(0, colon).trim();
      const count = colon < 0 ? '' : pair.slice(colon + 1).trim();
      if (!/^[+-]?\d+$/.test(count)) {
        j.report({ entry: overridesEntry, part: 'value' }, 'override-limit-not-numeric', { pair, count });
        return;
      }
      if (!VALID_HOST.test(address)) invalid.push(address);
    }
    if (invalid.length > 0) {
      j.report({ entry: overridesEntry, part: 'value' }, 'override-address-invalid', { addresses: invalid.join(', '), kafkaAddresses: invalid.join(',') });
    }
  }
  const idle = n('connections.max.idle.ms');
  const delay = n('connection.failed.authentication.delay.ms');
  if (idle && delay && (idle.entry || delay.entry) && idle.value >= 0 && delay.value >= idle.value) {
    j.report(anchorOf(broker, 'connection.failed.authentication.delay.ms', 'connections.max.idle.ms'), 'auth-delay-over-idle', { delay: delay.value, idle: idle.value });
  }
}

function checkSasl(j: Judge): void {
  const { broker } = j;
  const inter = interBrokerListener(j.broker, j.version, (key) => j.ctx.setting(j.broker, key));
  if (!inter || (inter.protocol !== 'SASL_PLAINTEXT' && inter.protocol !== 'SASL_SSL')) return;
  const mechanism = j.value('sasl.mechanism.inter.broker.protocol');
  const prefixedKey = `listener.name.${inter.name.toLowerCase()}.sasl.enabled.mechanisms`;
  const prefixed = j.ctx.setting(broker, prefixedKey);
  const enabledKey = prefixed.state === 'unset' || prefixed.state === 'default' ? 'sasl.enabled.mechanisms' : prefixedKey;
  const enabled = j.ctx.setting(broker, enabledKey);
  if (!mechanism || typeof mechanism.value !== 'string' || enabled.state === 'templated' || enabled.state === 'invalid' || enabled.state === 'unset') return;
  const list = Array.isArray(enabled.value) ? enabled.value : [];
  if (list.includes(mechanism.value)) return;
  j.report(anchorOf(broker, 'sasl.mechanism.inter.broker.protocol', enabledKey, 'inter.broker.listener.name'), 'sasl-mechanism-not-enabled', {
    mechanism: mechanism.value,
    listener: inter.name,
    protocol: inter.protocol as string,
    enabledKey: enabled.state === 'set' ? enabledKey : `${enabledKey} (default GSSAPI)`,
    enabledKeyName: enabledKey,
  });
}

/**
 * The SSL keystore each SSL or SASL_SSL listener's server side uses: listener-prefixed keys first,
 * then the plain ones (ChannelBuilders: valuesWithPrefixOverride). Only the inter-broker listener
 * is test-handshaked at start (SocketServer passes isInterBrokerListener to the channel builder;
 * SslFactory.configure runs SslEngineValidator then): there a missing keystore stops Kafka;
 * elsewhere Kafka starts and the handshakes of whoever connects fail.
 */
function checkSsl(j: Judge): void {
  const { broker } = j;
  if (broker.listeners?.templated || broker.securityProtocolMap?.templated) return;
  const listeners = broker.listeners ? broker.listeners.value : [{ name: 'PLAINTEXT' }];
  const map = effectiveSecurityProtocolMap(broker, j.version);
  if (!listeners || !map) return;
  const inter = interBrokerListener(j.broker, j.version, (key) => j.ctx.setting(j.broker, key));
  const controllerNames = controllerListenerNames(writtenValue(j.ctx.setting(broker, 'controller.listener.names')), j.version).map((n) => n.trim().toUpperCase());
  for (const name of new Set(listeners.map((l) => l.name))) {
    const protocol = map.get(name);
    if (protocol !== 'SSL' && protocol !== 'SASL_SSL') continue;
    const prefix = name.toLowerCase();
    const read = (key: string) => {
      const own = j.ctx.setting(broker, `listener.name.${prefix}.${key}`);
      return own.state === 'unset' || own.state === 'default' ? j.ctx.setting(broker, key) : own;
    };
    const location = read('ssl.keystore.location');
    const password = read('ssl.keystore.password');
    const key = read('ssl.keystore.key');
    const type = read('ssl.keystore.type');
    if ([location, password, key, type].some((r) => r.state === 'templated' || r.state === 'invalid')) continue;
    const given = (r: typeof location) => r.state === 'set' && String(r.value) !== '';
    const data = { listener: name, protocol, prefix };
    const pem = knownValue(type) === 'PEM';
    if (!pem && given(location) && !given(password)) {
      j.report({ entry: (location as { entry: ConfigEntry }).entry }, 'keystore-password-missing', data);
    } else if (!pem && !given(location) && given(password) && !given(key)) {
      j.report({ entry: (password as { entry: ConfigEntry }).entry }, 'keystore-location-missing', data);
    } else if (!given(location) && !given(key)) {
      const where = anchorOf(broker, 'listeners');
      if (inter !== undefined && inter.name === name) j.report(where, 'inter-broker-keystore-missing', data);
      else {
        const peers = controllerNames.includes(name) ? 'brokers and the other controllers' : 'clients';
        j.report(where, 'listener-keystore-missing', { ...data, peers });
      }
    }
  }
}

const VALIDATOR_HANDLER = 'org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler';

/** The claims a JWKS-validating broker must expect from 4.4 on, each with its opt-out key. */
const OAUTH_CLAIMS = [
  { key: 'sasl.oauthbearer.expected.audience', optOut: 'sasl.oauthbearer.allow.unverified.audience', claim: 'audience ("aud")', subject: 'audience', setTo: 'the audience(s) that identify this cluster' },
  { key: 'sasl.oauthbearer.expected.issuer', optOut: 'sasl.oauthbearer.allow.unverified.issuer', claim: 'issuer ("iss")', subject: 'issuer', setTo: 'the issuer URL of the OAuth/OIDC provider that signs the tokens' },
] as const;

/**
 * 4.4 (upgrade notes 4.4.0; BrokerJwtValidator.configure): a SASL listener that validates
 * OAUTHBEARER tokens against a JWKS endpoint must say which audience and issuer it expects, or
 * opt out with sasl.oauthbearer.allow.unverified.audience / .issuer. The validator reads its keys
 * as ConfigurationUtils does for the mechanism (listener.name.<l>.oauthbearer.<key>, then
 * listener.name.<l>.<key>, then <key>); its handler class only with both prefixes.
 */
function checkOAuthBearer(j: Judge): void {
  const { broker, version, ctx } = j;
  if (compareVersions(version, '4.4') < 0 || broker.listeners?.templated || broker.securityProtocolMap?.templated) return;
  const listeners = broker.listeners?.value;
  const map = effectiveSecurityProtocolMap(broker, version);
  if (!listeners || !map) return;
  for (const name of new Set(listeners.map((l) => l.name))) {
    const protocol = map.get(name);
    if (protocol !== 'SASL_PLAINTEXT' && protocol !== 'SASL_SSL') continue;
    const prefix = `listener.name.${name.toLowerCase()}.`;
    const reads = (...keys: string[]) => {
      const all = keys.map((key) => ctx.setting(broker, key));
      return all.find((r) => r.state !== 'unset' && r.state !== 'default') ?? (all[all.length - 1] as (typeof all)[number]);
    };
    const mechanismRead = (key: string) => reads(`${prefix}oauthbearer.${key}`, `${prefix}${key}`, key);
    const handler = ctx.setting(broker, `${prefix}oauthbearer.sasl.server.callback.handler.class`);
    const mechanisms = reads(`${prefix}sasl.enabled.mechanisms`, 'sasl.enabled.mechanisms');
    const jwks = mechanismRead('sasl.oauthbearer.jwks.endpoint.url');
    const claims = OAUTH_CLAIMS.map((c) => ({ ...c, expected: mechanismRead(c.key), optedOut: mechanismRead(c.optOut) }));
    const all = [handler, mechanisms, jwks, ...claims.flatMap((c) => [c.expected, c.optedOut])];
    if (all.some((r) => r.state === 'templated' || r.state === 'invalid')) continue;
    const text = (value: unknown) => (Array.isArray(value) ? value.join(',') : value === undefined || value === null ? '' : String(value)).trim();
    const enabled = text(knownValue(mechanisms)).split(',').map((m) => m.trim());
    const jwksEntry = writtenEntry(jwks);
    if (!enabled.includes('OAUTHBEARER') || text(knownValue(handler)) !== VALIDATOR_HANDLER || !jwksEntry || text(knownValue(jwks)) === '') continue;
    const missing = claims.filter((c) => text(knownValue(c.expected)) === '' && text(knownValue(c.optedOut)).toLowerCase() !== 'true');
    const [first] = missing;
    if (!first) continue;
    j.report({ entry: jwksEntry, part: 'value' }, 'oauthbearer-claims-unverified', {
      listener: name,
      missingNor: missing.map((c) => c.key).join(' nor '),
      missingAnd: missing.map((c) => c.key).join(' and '),
      example: `${prefix}oauthbearer.${first.key}`,
      optOuts: missing.map((c) => c.optOut).join(' / '),
      kafka: `The OAuth validator for the broker requires "${first.key}" to be configured so that the token's ${first.claim} claim can be verified, but it was not set. Set "${first.key}" to ${first.setTo}, or set "${first.optOut}" to true to accept tokens regardless of their ${first.subject}.`,
    });
  }
}

/** MetadataVersion's record format: V0 before 0.10.0, V1 in 0.10.x, V2 from 0.11.0. */
function recordVersion(text: string): number | undefined {
  const m = /^(\d+)\.(\d+)/.exec(text.trim());
  if (!m) return undefined;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  if (major > 0 || minor >= 11) return 2;
  return minor >= 10 ? 1 : 0;
}

function checkProtocols(j: Judge): void {
  const { broker, version } = j;
  const protocols = j.value('group.coordinator.rebalance.protocols');
  if (protocols?.entry && Array.isArray(protocols.value)) {
    if (!protocols.value.includes('classic')) j.report({ entry: protocols.entry }, 'classic-protocol-disabled');
    if (version === '3.9' && broker.mode !== 'kraft' && protocols.value.includes('consumer')) j.report({ entry: protocols.entry }, 'consumer-protocol-needs-kraft');
  }
  if (version !== '3.9') return;
  const acks = j.num('offsets.commit.required.acks');
  const offsetsRf = j.num('offsets.topic.replication.factor');
  if (acks?.entry && offsetsRf && (acks.value < -1 || acks.value > offsetsRf.value)) {
    j.report({ entry: acks.entry }, 'commit-acks-out-of-range', { acks: acks.value, rf: offsetsRf.value });
  }
  // The record format and offsets compression must be supported by the inter-broker protocol.
  const ibp = j.value('inter.broker.protocol.version');
  const ibpText = ibp?.entry && typeof ibp.value === 'string' ? ibp.value : undefined;
  const ibpRecord = ibpText !== undefined ? recordVersion(ibpText) : undefined;
  const format = j.value('log.message.format.version');
  const formatText = format?.entry && typeof format.value === 'string' ? format.value : undefined;
  const formatRecord = formatText !== undefined ? recordVersion(formatText) : undefined;
  if (ibpText !== undefined && ibpRecord !== undefined && formatText !== undefined && formatRecord !== undefined && ibpRecord < formatRecord) {
    j.report({ entry: format?.entry as ConfigEntry }, 'message-format-above-protocol', { format: formatText, ibp: ibpText, needed: formatRecord === 2 ? '0.11.0' : '0.10.0' });
  }
  const codec = j.num('offsets.topic.compression.codec');
  if (ibpText !== undefined && ibpRecord !== undefined && codec?.entry && codec.value === 4 && ibpRecord < 2) {
    // Kafka compares record formats: any protocol version from 0.11 on passes, despite the message.
    j.report({ entry: codec.entry }, 'zstd-offsets-old-protocol', { ibp: ibpText });
  }
  // 3.9 ZooKeeper migration needs its KRaft side configured, and its KRaft nodes the ensemble.
  const migration = j.value('zookeeper.metadata.migration.enable');
  if (!migration?.entry || migration.value !== true) return;
  const where = { entry: migration.entry };
  if (broker.mode === 'kraft') {
    if (writtenEntry(j.ctx.setting(broker, 'zookeeper.connect')) === undefined) j.report(where, 'migration-needs-zookeeper-connect');
    return;
  }
  const voters = broker.quorumVoters?.value ?? [];
  const bootstrap = j.value('controller.quorum.bootstrap.servers');
  if (!broker.quorumVoters?.templated && voters.length === 0 && Array.isArray(bootstrap?.value) && bootstrap.value.length === 0) {
    j.report(where, 'migration-needs-controllers');
  }
  const names = j.ctx.setting(broker, 'controller.listener.names');
  if (names.state !== 'templated' && controllerListenerNames(writtenValue(names), version).length === 0) j.report(where, 'migration-needs-controller-listener');
  const id = broker.nodeId;
  const idRead = j.ctx.setting(broker, 'broker.id');
  if (idRead.state !== 'templated' && j.value('broker.id.generation.enable')?.value !== false && (id === undefined || id < 0)) j.report(where, 'migration-needs-broker-id');
  const ibpVersion = ibpText !== undefined ? /^(\d+)\.(\d+)(?:-IV(\d+))?/.exec(ibpText) : null;
  const ibpRank = ibpVersion ? Number(ibpVersion[1]) * 100 + Number(ibpVersion[2]) : undefined;
  if (ibp?.entry && ibpText !== undefined && ibpRank !== undefined) {
    if (ibpRank < 304) {
      j.report({ entry: ibp.entry }, 'migration-old-protocol', { ibp: ibpText });
    } else if ((broker.logDirs?.value?.length ?? 1) > 1 && (ibpRank < 307 || (ibpRank === 307 && ibpVersion?.[3] !== undefined && Number(ibpVersion[3]) < 2))) {
      j.report({ entry: ibp.entry }, 'migration-jbod-old-protocol', { ibp: ibpText });
    }
  }
}

function checkBroker(ctx: RuleContext<MessageId>, broker: BrokerConfig): void {
  const version = ctx.kafkaVersion;
  const j: Judge = {
    broker,
    version,
    ctx,
    // A key the version does not define is one Kafka does not read.
    num: (key) => (kafkaKey(key, version) ? knownNumber(ctx.setting(broker, key)) : undefined),
    value: (key) => {
      if (!kafkaKey(key, version)) return undefined;
      const read = ctx.setting(broker, key);
      if (read.state === 'set') return { value: read.value, entry: read.entry };
      return read.state === 'default' ? { value: read.value } : undefined;
    },
    report: (where, messageId, data = {}) => ctx.report({ ...where, messageId, data: { version, ...data } }),
  };
  // A fragment (layered over a full config) leaves the node's identity to that config.
  if (!isConfigFragment(broker)) checkRolesAndIds(j);
  checkKraft(j);
  checkLog(j);
  checkNetwork(j);
  checkSasl(j);
  checkSsl(j);
  checkOAuthBearer(j);
  checkProtocols(j);
  checkGroupCoordinator(j);
}

export default defineRule({
  meta: {
    id: 'broker/startup-constraints',
    category: 'startup-failure',
    fileKinds: ['broker'],
    description: 'A combination of settings Kafka refuses at startup: missing or conflicting ids and roles, no controllers, impossible timeouts, zero retention, too small a cleaner buffer, a SASL mechanism not enabled, an inter-broker TLS listener without a keystore, an OAUTHBEARER JWKS endpoint without an expected audience or issuer (4.4), and the other cross-key checks of KafkaConfig and the group coordinator.',
    rationale:
      'Kafka checks these constraints when it builds its config and exits with status 1 on the first one that fails, so the broker never starts. Several of them only show up when two keys meet (replica.fetch.wait.max.ms against replica.lag.time.max.ms, a dedupe buffer divided by the cleaner threads), which is easy to miss in review. The checks differ by version; each finding names the version it judged. One check runs later, when the listeners are created: SocketServer tells the channel builder which listener carries inter-broker traffic, and for that listener alone SslFactory.configure makes a client and a server SSLEngine from its settings and handshakes them (SslEngineValidator); a TLS listener without a keystore fails it, and the node stops. Every other SSL or SASL_SSL listener without a keystore, a controller listener included, starts and then fails every handshake, which is why that case is a warning (3.9.0 to 4.3.0 alike). From 4.4 the OAUTHBEARER validator refuses, when the listeners are created, a JWKS endpoint without an expected audience and issuer (or an explicit sasl.oauthbearer.allow.unverified.* opt-out).',
    fix: 'Change one of the keys the message names to the value it suggests, or remove the key to return to Kafka\'s default. Each check has its own message id, so one that does not apply (say, a keystore supplied by an SslEngineFactory plugin) can be turned off alone.',
    references: [
      { title: 'Kafka 4.3.1 core/src/main/scala/kafka/server/KafkaConfig.scala (validateValues)', url: 'https://github.com/apache/kafka/blob/4.3.1/core/src/main/scala/kafka/server/KafkaConfig.scala' },
      { title: 'Kafka 4.3.1 group-coordinator/src/main/java/org/apache/kafka/coordinator/group/GroupCoordinatorConfig.java', url: 'https://github.com/apache/kafka/blob/4.3.1/group-coordinator/src/main/java/org/apache/kafka/coordinator/group/GroupCoordinatorConfig.java' },
      { title: 'Kafka 3.9.0 core/src/main/scala/kafka/server/KafkaConfig.scala', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/main/scala/kafka/server/KafkaConfig.scala' },
      { title: 'Kafka 4.3.1 core/src/main/scala/kafka/log/LogManager.scala (broker defaults re-read as topic configs)', url: 'https://github.com/apache/kafka/blob/4.3.1/core/src/main/scala/kafka/log/LogManager.scala' },
      { title: 'Kafka 3.9.0 to 4.3.0 core/src/main/scala/kafka/network/SocketServer.scala (serverChannelBuilder(listenerName, listenerName == config.interBrokerListenerName, ...))', url: 'https://github.com/apache/kafka/blob/4.3.0/core/src/main/scala/kafka/network/SocketServer.scala' },
      { title: 'Kafka 3.9.0 to 4.3.0 clients/src/main/java/org/apache/kafka/common/security/ssl/SslFactory.java (configure: SslEngineValidator only when keystoreVerifiableUsingTruststore, i.e. the inter-broker listener)', url: 'https://github.com/apache/kafka/blob/4.3.0/clients/src/main/java/org/apache/kafka/common/security/ssl/SslFactory.java' },
      { title: 'Kafka 4.3.0 server/src/main/java/org/apache/kafka/server/config/AbstractKafkaConfig.java (interBrokerListenerNameAndSecurityProtocol)', url: 'https://github.com/apache/kafka/blob/4.3.0/server/src/main/java/org/apache/kafka/server/config/AbstractKafkaConfig.java' },
      { title: 'Kafka 4.4.0 upgrade notes and clients/src/main/java/org/apache/kafka/common/security/oauthbearer/BrokerJwtValidator.java (JWKS without expected audience or issuer)', url: 'https://github.com/apache/kafka/blob/4.4.0/clients/src/main/java/org/apache/kafka/common/security/oauthbearer/BrokerJwtValidator.java' },
    ],
    messages: MESSAGES,
    facts: ['kafkaVersion'],
    examples: {
      bad: [
        { file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://kafka1:9092,CONTROLLER://kafka1:9093\nreplica.fetch.wait.max.ms=60000\n', options: { kafkaVersion: '4.3' } },
        { file: 'server.properties', text: 'broker.id=1\nnode.id=2\nzookeeper.connect=zk1:2181\nlog.retention.hours=0\n', options: { kafkaVersion: '3.9' } },
        { file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=SASL_SSL://kafka1:9092,CONTROLLER://kafka1:9093\nlistener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:SASL_SSL\ninter.broker.listener.name=SASL_SSL\nlistener.name.sasl_ssl.ssl.keystore.location=/etc/kafka/kafka1.jks\nlistener.name.sasl_ssl.ssl.keystore.password=${file:/etc/kafka/secrets.properties:keystore}\n', options: { kafkaVersion: '4.3' } },
      ],
      good: [
        { file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://kafka1:9092,CONTROLLER://kafka1:9093\nreplica.fetch.wait.max.ms=500\n', options: { kafkaVersion: '4.3' } },
        { file: 'server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlog.retention.hours=168\n', options: { kafkaVersion: '3.9' } },
      ],
    },
  },
  check(ctx) {
    for (const broker of ctx.cluster.brokers) checkBroker(ctx, broker);
  },
});

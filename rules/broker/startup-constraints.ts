import { defineRule, type Report } from '../../src/engine/rule.js';
import { compareVersions, type KafkaVersion } from '../../src/engine/finding.js';
import { anchorOf, effectiveNumber, effectiveSetting, hasUnresolvedTemplate, isConfigFragment, type Anchor } from '../../src/model/broker.js';
import { controllerListenerNames, effectiveSecurityProtocolMap, splitList } from '../../src/model/listeners.js';
import { kafkaKey } from '../../src/catalog/index.js';
import type { ConfigEntry } from '../../src/model/entry.js';
import type { BrokerConfig } from '../../src/model/types.js';

type Refuse = (where: Anchor, problem: string, kafka: string, severity?: 'warning') => void;

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

function checkGroupCoordinator(broker: BrokerConfig, version: KafkaVersion, refuse: Refuse): void {
  // 3.9 wrote "greater than or equals to"; 4.0 and later "greater than or equal to".
  const equals = version === '3.9' ? 'equals' : 'equal';
  for (const pair of GROUP_PAIRS) {
    if (pair.since && compareVersions(version, pair.since) < 0) continue;
    if (!kafkaKey(pair.low, version) || !kafkaKey(pair.high, version)) continue;
    const low = effectiveNumber(broker, pair.low, version);
    const high = effectiveNumber(broker, pair.high, version);
    if (!low || !high || (!low.entry && !high.entry)) continue;
    if (pair.strict ? low.value < high.value : low.value <= high.value) continue;
    const kafka =
      pair.subject === 'high'
        ? `${pair.high} must be greater than or ${equals} to ${pair.low}`
        : pair.strict
          ? `${pair.low} must be less than ${pair.high}`
          : `${pair.low} must be less than or ${equals} to ${pair.high}`;
    const entry = (pair.subject === 'high' ? high.entry ?? low.entry : low.entry ?? high.entry) as ConfigEntry;
    refuse(
      { entry },
      `${pair.low} (${low.value}${low.entry ? '' : ', the default'}) must be ${pair.strict ? 'below' : 'at most'} ${pair.high} (${high.value}${high.entry ? '' : ', the default'}); raise ${pair.high} or lower ${pair.low}.`,
      kafka,
    );
  }
  const assignors = effectiveSetting(broker, 'group.share.assignors', version);
  if (compareVersions(version, '4.1') >= 0 && assignors?.entry && Array.isArray(assignors.value) && assignors.value.length !== 1) {
    refuse({ entry: assignors.entry }, `group.share.assignors must name exactly one assignor, not ${assignors.value.length}.`, `group.share.assignors must contain exactly one assignor, but found ${assignors.value.length}`);
  }
}

function checkRolesAndIds(broker: BrokerConfig, version: KafkaVersion, refuse: Refuse): void {
  const s = broker.settings;
  const rolesEntry = s.get('process.roles');
  const kraft = broker.mode === 'kraft';
  if (version === '3.9') {
    if (!kraft && !s.has('zookeeper.connect')) {
      refuse(anchorOf(broker, 'broker.id', 'node.id'), 'Kafka 3.9 needs either process.roles (KRaft mode) or zookeeper.connect (ZooKeeper mode); set one of them.', 'Missing required configuration `zookeeper.connect` which has no default value.');
    }
  } else if (!rolesEntry) {
    const zk = s.has('zookeeper.connect') ? ' Kafka 4.0 removed ZooKeeper mode: migrate to KRaft first (on 3.9), then' : '';
    refuse(anchorOf(broker, 'broker.id', 'node.id', 'zookeeper.connect'), `process.roles is required from Kafka 4.0 on.${zk} set process.roles to broker, controller, or broker,controller.`, 'Missing required configuration "process.roles" which has no default value.');
  }
  if (rolesEntry && compareVersions(version, '4.2') < 0) {
    const roles = splitList(rolesEntry.value);
    const duplicates = roles.filter((r, i) => roles.indexOf(r) !== i);
    if (duplicates.length > 0) {
      refuse({ entry: rolesEntry }, `process.roles lists ${duplicates[0]} twice; list each role once.`, `Duplicate role names found in \`process.roles\`: ArrayBuffer(${roles.join(', ')})`);
    }
  }
  const nodeId = effectiveNumber(broker, 'node.id', version);
  const brokerId = effectiveNumber(broker, 'broker.id', version);
  const nodeEntry = s.get('node.id');
  const brokerEntry = s.get('broker.id');
  if (nodeEntry && brokerEntry && nodeId && brokerId && nodeId.value !== brokerId.value) {
    refuse({ entry: nodeEntry }, `node.id (${nodeId.value}) and broker.id (${brokerId.value}) differ; keep only node.id (or set both to the same value).`, 'You must set `node.id` to the same value as `broker.id`.');
  }
  if ((nodeEntry && !nodeId) || (brokerEntry && !brokerId)) return; // invalid ids: broker/invalid-value
  const id = nodeEntry ? nodeId?.value : brokerEntry ? brokerId?.value : undefined;
  if (version !== '3.9' && rolesEntry && id === undefined) {
    refuse({ entry: rolesEntry }, `Every KRaft node needs a unique node.id from Kafka 4.0 on; set node.id (e.g. node.id=1).`, 'Missing required configuration "node.id" which has no default value.');
  }
  if (version === '3.9' && kraft && (id === undefined || id < 0)) {
    refuse(anchorOf(broker, 'node.id', 'broker.id', 'process.roles'), 'A KRaft node needs a node.id of 0 or more; set node.id (e.g. node.id=1).', 'Missing configuration `node.id` which is required when `process.roles` is defined (i.e. when running in KRaft mode).');
  }
  if (version === '3.9' && !kraft && s.has('zookeeper.connect') && id !== undefined) {
    const generation = effectiveSetting(broker, 'broker.id.generation.enable', version)?.value !== false;
    const maxReserved = effectiveNumber(broker, 'reserved.broker.max.id', version)?.value ?? 1000;
    const where = anchorOf(broker, 'broker.id', 'node.id');
    if (generation && (id < -1 || id > maxReserved)) {
      refuse(where, `broker.id ${id} is outside -1 to reserved.broker.max.id (${maxReserved}); use an id from 0 to ${maxReserved} (ids above it are reserved for generated ids).`, 'requirement failed: broker.id must be greater than or equal to -1 and not greater than reserved.broker.max.id');
    } else if (!generation && id < 0) {
      refuse(where, `broker.id ${id} is negative while broker.id.generation.enable=false; set a broker.id of 0 or more.`, 'requirement failed: broker.id must be greater than or equal to 0');
    }
  }
}

function checkKraft(broker: BrokerConfig, version: KafkaVersion, refuse: Refuse): void {
  const s = broker.settings;
  const rolesEntry = s.get('process.roles');
  if (broker.mode !== 'kraft' || !rolesEntry) return;
  const votersEntry = s.get('controller.quorum.voters');
  const bootstrap = effectiveSetting(broker, 'controller.quorum.bootstrap.servers', version);
  const voters = broker.quorumVoters?.value ?? [];
  if (voters.length === 0 && Array.isArray(bootstrap?.value) && bootstrap.value.length === 0 && !broker.quorumVoters?.error) {
    refuse(anchorOf(broker, 'controller.quorum.voters', 'controller.quorum.bootstrap.servers', 'process.roles'), 'A KRaft node must know its controllers; set controller.quorum.bootstrap.servers (e.g. ctrl1:9093,ctrl2:9093,ctrl3:9093) or controller.quorum.voters (1@ctrl1:9093,...).', 'If using process.roles, either controller.quorum.bootstrap.servers must contain the set of bootstrap controllers or controller.quorum.voters must contain a parseable set of controllers.');
  }
  const brokerOnly = broker.roles.length === 1 && broker.roles[0] === 'broker';
  const id = broker.nodeId;
  if (brokerOnly && id !== undefined && votersEntry && voters.some((v) => v.id === id)) {
    refuse({ entry: votersEntry, part: 'value' }, `This broker-only node's id ${id} is listed as a controller in controller.quorum.voters; give the broker an id that no voter uses, or add the controller role.`, `requirement failed: If process.roles contains just the 'broker' role, the node id ${id} must not be included in the set of voters controller.quorum.voters=Set(${[...new Set(voters.map((v) => v.id))].join(', ')})`);
  }
  // A key the version does not define (auto join is 4.2+, cordoned log dirs 4.3+) is ignored there.
  const autoJoin = kafkaKey('controller.quorum.auto.join.enable', version) && effectiveSetting(broker, 'controller.quorum.auto.join.enable', version);
  if (brokerOnly && autoJoin && autoJoin.entry && autoJoin.value === true) {
    refuse({ entry: autoJoin.entry }, 'controller.quorum.auto.join.enable is for controllers; remove it from broker-only nodes.', "requirement failed: controller.quorum.auto.join.enable is only supported when process.roles contains the 'controller' role.");
  }
  const heartbeat = effectiveNumber(broker, 'broker.heartbeat.interval.ms', version);
  const session = effectiveNumber(broker, 'broker.session.timeout.ms', version);
  if (compareVersions(version, '4.2') >= 0 && heartbeat && session && (heartbeat.entry || session.entry) && heartbeat.value * 2 > session.value) {
    refuse(
      { entry: (heartbeat.entry ?? session.entry) as ConfigEntry },
      `broker.heartbeat.interval.ms (${heartbeat.value}) is more than half of broker.session.timeout.ms (${session.value}): one late heartbeat costs the broker its lease. Kafka starts but logs an error; lower the interval or raise the timeout on the controllers.`,
      `broker.heartbeat.interval.ms (${heartbeat.value} ms) must be less than or equal to half of the broker.session.timeout.ms (${session.value} ms).`,
      'warning',
    );
  }
  if (version === '3.9') {
    const ibp = s.get('inter.broker.protocol.version');
    const ibpVersion = ibp ? /^(\d+)\.(\d+)/.exec(ibp.value.trim()) : null;
    if (ibp && ibpVersion && Number(ibpVersion[1]) < 3) {
      refuse({ entry: ibp }, `inter.broker.protocol.version ${ibp.value.trim()} predates KRaft; remove it from KRaft nodes (the metadata version is set with kafka-storage format / kafka-features).`, `A non-KRaft version ${ibp.value.trim()} given for inter.broker.protocol.version. The minimum version is 3.0-IV1`);
    }
  }
}

function checkLog(broker: BrokerConfig, version: KafkaVersion, refuse: Refuse): void {
  const n = (key: string) => effectiveNumber(broker, key, version);
  const first = (...keys: string[]) => keys.map(n).find((v) => v?.entry);
  const where = (...keys: string[]) => anchorOf(broker, ...keys);
  // log.roll.ms wins over log.roll.hours; same for the jitter.
  const rollMs = n('log.roll.ms');
  const roll = rollMs ?? mapValue(n('log.roll.hours'), 3600000);
  if (roll && roll.value < 1) {
    refuse(where('log.roll.ms'), `log.roll.ms ${roll.value} would roll a segment constantly; use at least 1 (or remove it to roll every log.roll.hours).`, 'requirement failed: log.roll.ms must be greater than or equal to 1');
  }
  const jitter = n('log.roll.jitter.ms') ?? mapValue(n('log.roll.jitter.hours'), 3600000);
  if (jitter && jitter.value < 0) {
    refuse(where('log.roll.jitter.ms'), `log.roll.jitter.ms ${jitter.value} is negative; use 0 or more.`, 'requirement failed: log.roll.jitter.ms must be greater than or equal to 0');
  }
  // Retention: ms, then minutes, then hours; any negative means unlimited.
  const retention = n('log.retention.ms') ?? mapValue(n('log.retention.minutes'), 60000) ?? mapValue(n('log.retention.hours'), 3600000);
  if (retention && retention.value === 0) {
    const key = retention.entry?.key ?? 'log.retention.hours';
    refuse(where(key), `${key}=0 would delete data as soon as it is written; use -1 for unlimited retention or a positive value.`, 'requirement failed: log.retention.ms must be unlimited (-1) or, greater than or equal to 1');
  }
  const logDirs = broker.logDirs;
  if (logDirs?.value && logDirs.value.length === 0 && !hasUnresolvedTemplate(logDirs.entry.value)) {
    refuse({ entry: logDirs.entry }, `${logDirs.entry.key} is empty; list at least one data directory (e.g. log.dirs=/var/lib/kafka/data).`, 'requirement failed: At least one log directory must be defined via log.dirs or log.dir.');
  }
  const buffer = n('log.cleaner.dedupe.buffer.size');
  const threads = n('log.cleaner.threads');
  if (buffer && threads && (buffer.entry || threads.entry)) {
    const at = where('log.cleaner.threads', 'log.cleaner.dedupe.buffer.size');
    if (threads.value === 0) {
      refuse(where('log.cleaner.threads'), 'log.cleaner.threads=0 makes Kafka divide by zero while checking the dedupe buffer; use 1 or more (disable compaction with log.cleaner.enable=false instead).', 'java.lang.ArithmeticException: / by zero');
    } else if (Math.trunc(buffer.value / threads.value) <= MIB) {
      refuse(at, `log.cleaner.dedupe.buffer.size (${buffer.value}) gives each of the ${threads.value} cleaner threads ${Math.trunc(buffer.value / threads.value)} bytes; each needs more than 1 MiB, so raise the buffer above ${threads.value * MIB} or use fewer threads.`, 'requirement failed: log.cleaner.dedupe.buffer.size must be at least 1MB per cleaner thread.');
    }
  }
  const fetchWait = n('replica.fetch.wait.max.ms');
  const socketTimeout = n('replica.socket.timeout.ms');
  const lagTime = n('replica.lag.time.max.ms');
  if (fetchWait && socketTimeout && (fetchWait.entry || socketTimeout.entry) && fetchWait.value > socketTimeout.value) {
    refuse(where('replica.fetch.wait.max.ms', 'replica.socket.timeout.ms'), `replica.fetch.wait.max.ms (${fetchWait.value}) exceeds replica.socket.timeout.ms (${socketTimeout.value}); a follower's fetch would time out while it waits. Keep the wait at most the socket timeout.`, 'requirement failed: replica.socket.timeout.ms should always be at least replica.fetch.wait.max.ms to prevent unnecessary socket timeouts');
  }
  if (fetchWait && lagTime && (fetchWait.entry || lagTime.entry) && fetchWait.value > lagTime.value) {
    refuse(where('replica.fetch.wait.max.ms', 'replica.lag.time.max.ms'), `replica.fetch.wait.max.ms (${fetchWait.value}) exceeds replica.lag.time.max.ms (${lagTime.value}); followers would drop out of the ISR while they wait. Keep the wait at most the lag time.`, 'requirement failed: replica.fetch.wait.max.ms should always be less than or equal to replica.lag.time.max.ms to prevent frequent changes in ISR');
  }
  const cordoned = kafkaKey('cordoned.log.dirs', version) && effectiveSetting(broker, 'cordoned.log.dirs', version);
  const brokerRole = broker.mode !== 'kraft' || broker.roles.includes('broker');
  if (cordoned && cordoned.entry && Array.isArray(cordoned.value) && brokerRole) {
    const dirs = broker.logDirs?.value ?? ['/tmp/kafka-logs'];
    if (cordoned.value.includes('*') && cordoned.value.length > 1) {
      refuse({ entry: cordoned.entry }, 'cordoned.log.dirs mixes * with directories; write either * or a list of directories.', 'requirement failed: When cordoned.log.dirs is set to *, it must not contain other values');
    } else if (!cordoned.value.includes('*')) {
      const missing = cordoned.value.filter((d) => !dirs.includes(d));
      if (missing.length > 0) {
        refuse({ entry: cordoned.entry }, `cordoned.log.dirs names ${missing.join(', ')}, which is not in log.dirs; list only this broker's log directories, written exactly as in log.dirs.`, `requirement failed: All entries in cordoned.log.dirs must be present in log.dirs or log.dir. Missing entries : ${missing.join(', ')}`);
      }
    }
  }
  // LogManager re-reads the broker defaults as topic configs (broker role only).
  if (!brokerRole) return;
  const minLag = n('log.cleaner.min.compaction.lag.ms');
  const maxLag = n('log.cleaner.max.compaction.lag.ms');
  if (minLag && maxLag && (minLag.entry || maxLag.entry) && minLag.value > maxLag.value) {
    refuse(where('log.cleaner.min.compaction.lag.ms', 'log.cleaner.max.compaction.lag.ms'), `log.cleaner.min.compaction.lag.ms (${minLag.value}) exceeds log.cleaner.max.compaction.lag.ms (${maxLag.value}); keep the minimum at or below the maximum.`, `conflict topic config setting min.compaction.lag.ms (${minLag.value}) > max.compaction.lag.ms (${maxLag.value})`);
  }
  const flush = first('log.flush.interval.ms', 'log.flush.scheduler.interval.ms');
  const flushMs = n('log.flush.interval.ms') ?? n('log.flush.scheduler.interval.ms');
  if (flush && flushMs && flushMs.value < 0) {
    refuse(where((flushMs.entry ?? flush.entry)?.key ?? 'log.flush.interval.ms'), `${(flushMs.entry ?? flush.entry)?.key} is negative (${flushMs.value}); remove it (Kafka leaves flushing to the OS by default) or use 0 or more.`, `Invalid value ${flushMs.value} for configuration flush.ms: Value must be at least 0`);
  }
  if (effectiveSetting(broker, 'remote.log.storage.system.enable', version)?.value === true) {
    for (const [local, total, topicLocal, topicTotal] of [
      ['log.local.retention.bytes', 'log.retention.bytes', 'local.retention.bytes', 'retention.bytes'],
      ['log.local.retention.ms', 'log.retention.ms', 'local.retention.ms', 'retention.ms'],
    ] as const) {
      const l = n(local);
      const t = total === 'log.retention.ms' ? retention : n(total);
      if (!l?.entry || !t) continue;
      if (l.value === -1 && t.value !== -1) {
        refuse({ entry: l.entry }, `${local}=-1 keeps local data forever while ${total} is ${t.value}; use -2 (follow ${total}) or a value up to ${t.value}.`, `Invalid value -1 for configuration ${topicLocal}: Value must not be -1 as ${topicTotal} value is set as ${t.value}.`);
      } else if (l.value >= 0 && t.value !== -1 && l.value > t.value) {
        refuse({ entry: l.entry }, `${local} (${l.value}) exceeds ${total} (${t.value}); local retention must not outlast total retention.`, `Invalid value ${l.value} for configuration ${topicLocal}: Value must not be more than ${topicTotal} property value: ${t.value}`);
      }
    }
  }
  // Two log dirs with one canonical path (4.2+ already de-duplicates exact repeats).
  const dirs = broker.logDirs?.value;
  if (dirs && broker.logDirs && !hasUnresolvedTemplate(broker.logDirs.entry.value)) {
    const seen = new Map<string, string>();
    for (const dir of compareVersions(version, '4.2') >= 0 ? [...new Set(dirs)] : dirs) {
      const canonical = canonicalPath(dir);
      const other = seen.get(canonical);
      if (other !== undefined) {
        refuse({ entry: broker.logDirs.entry }, `${broker.logDirs.entry.key} lists ${other} and ${dir}, which are the same directory; list each directory once.`, `Duplicate log directory found: ${dirs.join(', ')}`);
        break;
      }
      seen.set(canonical, dir);
    }
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

function checkNetwork(broker: BrokerConfig, version: KafkaVersion, refuse: Refuse): void {
  const s = broker.settings;
  const n = (key: string) => effectiveNumber(broker, key, version);
  const queued = n('queued.max.request.bytes');
  const requestMax = n('socket.request.max.bytes');
  if (queued && requestMax && (queued.entry || requestMax.entry) && queued.value > 0 && queued.value < requestMax.value) {
    refuse(anchorOf(broker, 'queued.max.request.bytes', 'socket.request.max.bytes'), `queued.max.request.bytes (${queued.value}) is below socket.request.max.bytes (${requestMax.value}), so the largest request could never be queued; raise it to at least ${requestMax.value} or set -1 (no limit).`, 'requirement failed: queued.max.request.bytes must be larger or equal to socket.request.max.bytes');
  }
  const perIp = n('max.connections.per.ip');
  const overridesEntry = s.get('max.connections.per.ip.overrides');
  const overrides = overridesEntry && !hasUnresolvedTemplate(overridesEntry.value) ? overridesEntry.value.trim() : '';
  if (perIp?.entry && perIp.value === 0 && overrides === '') {
    refuse({ entry: perIp.entry }, 'max.connections.per.ip=0 refuses every client unless max.connections.per.ip.overrides lets some addresses in; set the overrides (e.g. 10.0.0.5:100) or raise the limit.', 'requirement failed: max.connections.per.ip can be set to zero only if max.connections.per.ip.overrides property is set.');
  }
  if (overridesEntry && overrides !== '') {
    const pairs = overrides.split(/\s*,\s*/).filter((p, i, all) => p !== '' || i < all.length - 1);
    const invalid: string[] = [];
    for (const pair of pairs) {
      const colon = pair.lastIndexOf(':');
      const address = colon < 0 ? pair : pair.slice(0, colon).trim();
      const count = colon < 0 ? '' : pair.slice(colon + 1).trim();
      if (!/^[+-]?\d+$/.test(count)) {
        refuse({ entry: overridesEntry, part: 'value' }, `max.connections.per.ip.overrides entry '${pair}' needs a numeric limit after its last ':' (e.g. 10.0.0.5:100).`, `java.lang.NumberFormatException: For input string: "${count}"`);
        return;
      }
      if (!VALID_HOST.test(address)) invalid.push(address);
    }
    if (invalid.length > 0) {
      refuse({ entry: overridesEntry, part: 'value' }, `max.connections.per.ip.overrides has address ${invalid.join(', ')}, which is not a host name or IP address; write host:limit pairs.`, `max.connections.per.ip.overrides contains invalid addresses : ${invalid.join(',')}`);
    }
  }
  const idle = n('connections.max.idle.ms');
  const delay = n('connection.failed.authentication.delay.ms');
  if (idle && delay && (idle.entry || delay.entry) && idle.value >= 0 && delay.value >= idle.value) {
    refuse(anchorOf(broker, 'connection.failed.authentication.delay.ms', 'connections.max.idle.ms'), `connection.failed.authentication.delay.ms (${delay.value}) must stay below connections.max.idle.ms (${idle.value}), or failed-authentication responses time out; lower the delay.`, `requirement failed: connection.failed.authentication.delay.ms=${delay.value} should always be less than connections.max.idle.ms=${idle.value} to prevent failed authentication responses from timing out`);
  }
}

function checkSecurity(broker: BrokerConfig, version: KafkaVersion, refuse: Refuse): void {
  const s = broker.settings;
  const interName = s.get('inter.broker.listener.name');
  const interProtocolEntry = s.get('security.inter.broker.protocol');
  if ([interName, interProtocolEntry, s.get('listener.security.protocol.map')].some((e) => e && hasUnresolvedTemplate(e.value))) return;
  let listener: string;
  let protocol: string | undefined;
  if (interName) {
    listener = interName.value.trim().toUpperCase();
    protocol = effectiveSecurityProtocolMap(broker, version)?.get(listener);
  } else {
    protocol = interProtocolEntry?.value.trim() ?? 'PLAINTEXT';
    listener = protocol;
  }
  if (protocol !== 'SASL_PLAINTEXT' && protocol !== 'SASL_SSL') return;
  const mechanism = effectiveSetting(broker, 'sasl.mechanism.inter.broker.protocol', version);
  const prefixed = s.get(`listener.name.${listener.toLowerCase()}.sasl.enabled.mechanisms`);
  const enabledEntry = prefixed ?? s.get('sasl.enabled.mechanisms');
  if (!mechanism || typeof mechanism.value !== 'string' || (enabledEntry && hasUnresolvedTemplate(enabledEntry.value))) return;
  const enabled = enabledEntry ? splitList(enabledEntry.value) : ['GSSAPI'];
  if (enabled.includes(mechanism.value)) return;
  refuse(
    anchorOf(broker, 'sasl.mechanism.inter.broker.protocol', enabledEntry?.key ?? 'sasl.enabled.mechanisms', 'inter.broker.listener.name'),
    `Brokers authenticate to each other with ${mechanism.value} over ${listener} (${protocol}), but ${enabledEntry?.key ?? 'sasl.enabled.mechanisms (default GSSAPI)'} does not enable it; add ${mechanism.value} to ${enabledEntry?.key ?? 'sasl.enabled.mechanisms'}.`,
    'requirement failed: sasl.mechanism.inter.broker.protocol must be included in sasl.enabled.mechanisms when SASL is used for inter-broker communication',
  );
}

/** The SSL keystore a listener's server side uses: listener-prefixed keys first, then the plain ones. */
function checkSsl(broker: BrokerConfig, version: KafkaVersion, refuse: Refuse): void {
  const s = broker.settings;
  const listenersEntry = s.get('listeners');
  if ([listenersEntry, s.get('listener.security.protocol.map')].some((e) => e && hasUnresolvedTemplate(e.value))) return;
  const listeners = broker.listeners?.value ?? (listenersEntry ? undefined : [{ name: 'PLAINTEXT' }]);
  const map = effectiveSecurityProtocolMap(broker, version);
  if (!listeners || !map) return;
  for (const name of new Set(listeners.map((l) => l.name))) {
    const protocol = map.get(name);
    if (protocol !== 'SSL' && protocol !== 'SASL_SSL') continue;
    const get = (key: string) => s.get(`listener.name.${name.toLowerCase()}.${key}`) ?? s.get(key);
    const location = get('ssl.keystore.location');
    const password = get('ssl.keystore.password');
    const key = get('ssl.keystore.key');
    const type = get('ssl.keystore.type')?.value.trim() ?? 'JKS';
    if ([location, password, key].some((e) => e && hasUnresolvedTemplate(e.value))) continue;
    const set = (e: ConfigEntry | undefined) => e !== undefined && e.value.trim() !== '';
    if (type !== 'PEM' && set(location) && !set(password)) {
      refuse({ entry: location as ConfigEntry }, `The ${name} listener (${protocol}) has a keystore but no ssl.keystore.password; add the password (through a config provider).`, 'SSL key store is specified, but key store password is not specified.');
    } else if (type !== 'PEM' && !set(location) && set(password) && !set(key)) {
      refuse({ entry: password as ConfigEntry }, `The ${name} listener (${protocol}) has ssl.keystore.password but no ssl.keystore.location; add the keystore location.`, 'SSL key store is not specified, but key store password is specified.');
    } else if (!set(location) && !set(key)) {
      refuse(anchorOf(broker, 'listeners'), `The ${name} listener uses ${protocol} but no keystore is configured, so the broker has no certificate to present; set ssl.keystore.location and ssl.keystore.password (or listener.name.${name.toLowerCase()}.ssl.keystore.*).`, "A client SSLEngine created with the provided settings can't connect to a server SSLEngine created with those settings.");
    }
  }
}

const VALIDATOR_HANDLER = 'org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler';

/**
 * 4.4 (upgrade notes 4.4.0; BrokerJwtValidator.configure): a SASL listener that validates
 * OAUTHBEARER tokens against a JWKS endpoint must say which audience and issuer it expects, or
 * opt out with sasl.oauthbearer.allow.unverified.audience / .issuer. Keys are read as Kafka reads
 * them for the listener: listener.name.<l>.oauthbearer.<key>, listener.name.<l>.<key>, <key>.
 */
function checkOAuthBearer(broker: BrokerConfig, version: KafkaVersion, refuse: Refuse): void {
  if (compareVersions(version, '4.4') < 0) return;
  const s = broker.settings;
  const listeners = broker.listeners?.value;
  const map = effectiveSecurityProtocolMap(broker, version);
  if (!listeners || !map) return;
  for (const name of new Set(listeners.map((l) => l.name))) {
    const protocol = map.get(name);
    if (protocol !== 'SASL_PLAINTEXT' && protocol !== 'SASL_SSL') continue;
    const prefix = `listener.name.${name.toLowerCase()}.`;
    const get = (key: string) => s.get(`${prefix}oauthbearer.${key}`) ?? s.get(`${prefix}${key}`) ?? s.get(key);
    const handler = s.get(`${prefix}oauthbearer.sasl.server.callback.handler.class`);
    const [mechanisms, jwks, audience, issuer, anyAudience, anyIssuer] = ['sasl.enabled.mechanisms', 'sasl.oauthbearer.jwks.endpoint.url', 'sasl.oauthbearer.expected.audience', 'sasl.oauthbearer.expected.issuer', 'sasl.oauthbearer.allow.unverified.audience', 'sasl.oauthbearer.allow.unverified.issuer'].map(get);
    if ([handler, mechanisms, jwks, audience, issuer, anyAudience, anyIssuer].some((e) => e && hasUnresolvedTemplate(e.value))) continue;
    const enabled = mechanisms ? splitList(mechanisms.value) : ['GSSAPI'];
    if (!enabled.includes('OAUTHBEARER') || handler?.value.trim() !== VALIDATOR_HANDLER || !jwks || jwks.value.trim() === '') continue;
    const unset = (e: ConfigEntry | undefined) => e === undefined || e.value.trim() === '';
    const optedOut = (e: ConfigEntry | undefined) => e?.value.trim().toLowerCase() === 'true';
    const missing: [string, string, string][] = [];
    if (unset(audience) && !optedOut(anyAudience)) missing.push(['sasl.oauthbearer.expected.audience', 'sasl.oauthbearer.allow.unverified.audience', 'audience ("aud")']);
    if (unset(issuer) && !optedOut(anyIssuer)) missing.push(['sasl.oauthbearer.expected.issuer', 'sasl.oauthbearer.allow.unverified.issuer', 'issuer ("iss")']);
    const [first] = missing;
    if (!first) continue;
    const [key, optOut, claim] = first;
    refuse(
      { entry: jwks, part: 'value' },
      `The ${name} listener validates OAUTHBEARER tokens against a JWKS endpoint but sets no ${missing.map(([k]) => k).join(' nor ')}, so it cannot check whom the tokens are for. Set ${missing.map(([k]) => k).join(' and ')} (e.g. ${prefix}oauthbearer.${key}), or set ${missing.map(([, o]) => o).join(' / ')} to true to accept any.`,
      `The OAuth validator for the broker requires "${key}" to be configured so that the token's ${claim} claim can be verified, but it was not set. Set "${key}" to ${key.endsWith('audience') ? 'the audience(s) that identify this cluster' : 'the issuer URL of the OAuth/OIDC provider that signs the tokens'}, or set "${optOut}" to true to accept tokens regardless of their ${key.endsWith('audience') ? 'audience' : 'issuer'}.`,
    );
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

function checkProtocols(broker: BrokerConfig, version: KafkaVersion, refuse: Refuse): void {
  const s = broker.settings;
  const protocols = effectiveSetting(broker, 'group.coordinator.rebalance.protocols', version);
  if (protocols?.entry && Array.isArray(protocols.value)) {
    if (!protocols.value.includes('classic')) {
      refuse({ entry: protocols.entry }, 'group.coordinator.rebalance.protocols must keep classic: existing consumers use it. Add classic to the list.', "Disabling the 'Classic' protocol is not supported.");
    }
    if (version === '3.9' && broker.mode !== 'kraft' && protocols.value.includes('consumer')) {
      refuse({ entry: protocols.entry }, 'The consumer rebalance protocol needs KRaft; remove consumer from group.coordinator.rebalance.protocols on ZooKeeper-mode brokers.', "The new 'Consumer' rebalance protocol is only supported in KRaft cluster.");
    }
  }
  if (version !== '3.9') return;
  const acks = effectiveNumber(broker, 'offsets.commit.required.acks', version);
  const offsetsRf = effectiveNumber(broker, 'offsets.topic.replication.factor', version);
  if (acks?.entry && offsetsRf && (acks.value < -1 || acks.value > offsetsRf.value)) {
    refuse({ entry: acks.entry }, `offsets.commit.required.acks (${acks.value}) must lie between -1 and offsets.topic.replication.factor (${offsetsRf.value}); remove it (it is deprecated and gone in 4.0).`, 'offsets.commit.required.acks must be greater or equal to -1 and less or equal to offsets.topic.replication.factor');
  }
  // The record format and offsets compression must be supported by the inter-broker protocol.
  const ibpEntry = s.get('inter.broker.protocol.version');
  const ibpRecord = ibpEntry && !hasUnresolvedTemplate(ibpEntry.value) ? recordVersion(ibpEntry.value) : undefined;
  const formatEntry = s.get('log.message.format.version');
  const formatRecord = formatEntry && !hasUnresolvedTemplate(formatEntry.value) ? recordVersion(formatEntry.value) : undefined;
  if (ibpEntry && ibpRecord !== undefined && formatEntry && formatRecord !== undefined && ibpRecord < formatRecord) {
    refuse({ entry: formatEntry }, `log.message.format.version ${formatEntry.value.trim()} is newer than inter.broker.protocol.version ${ibpEntry.value.trim()}; remove log.message.format.version (it is ignored from 3.0 on) or raise the protocol version.`, `requirement failed: log.message.format.version ${formatEntry.value.trim()} can only be used when inter.broker.protocol.version is set to version ${formatRecord === 2 ? '0.11.0' : '0.10.0'} or higher`);
  }
  const codec = s.get('offsets.topic.compression.codec');
  if (ibpEntry && ibpRecord !== undefined && codec?.value.trim() === '4' && ibpRecord < 2) {
    // Kafka compares record formats: any protocol version from 0.11 on passes, despite the message.
    refuse({ entry: codec }, `offsets.topic.compression.codec=4 (zstd) needs a newer inter.broker.protocol.version than ${ibpEntry.value.trim()}; raise it (3.9 by default) or use another codec.`, 'requirement failed: offsets.topic.compression.codec zstd can only be used when inter.broker.protocol.version is set to version 2.1 or higher');
  }
  // 3.9 ZooKeeper migration needs its KRaft side configured, and its KRaft nodes the ensemble.
  const migration = effectiveSetting(broker, 'zookeeper.metadata.migration.enable', version);
  if (migration?.entry && migration.value === true && broker.mode === 'kraft' && !s.has('zookeeper.connect')) {
    refuse({ entry: migration.entry }, 'A KRaft node with zookeeper.metadata.migration.enable=true needs the ZooKeeper ensemble it migrates from; set zookeeper.connect (as on the ZooKeeper-mode brokers), or remove the flag once the migration is finalized.', 'If using `zookeeper.metadata.migration.enable` in KRaft mode, `zookeeper.connect` must also be set.');
  }
  if (migration?.entry && migration.value === true && broker.mode !== 'kraft') {
    const where = { entry: migration.entry };
    const voters = broker.quorumVoters?.value ?? [];
    const bootstrap = effectiveSetting(broker, 'controller.quorum.bootstrap.servers', version);
    if (voters.length === 0 && Array.isArray(bootstrap?.value) && bootstrap.value.length === 0) {
      refuse(where, 'A broker in ZooKeeper migration must reach the KRaft controllers; set controller.quorum.voters or controller.quorum.bootstrap.servers.', 'If using zookeeper.metadata.migration.enable, either controller.quorum.bootstrap.servers must contain the set of bootstrap controllers or controller.quorum.voters must contain a parseable set of controllers.');
    }
    if (controllerListenerNames(s.get('controller.listener.names')?.value, version).length === 0) {
      refuse(where, 'A broker in ZooKeeper migration must know the controllers\' listener; set controller.listener.names (e.g. CONTROLLER).', 'requirement failed: controller.listener.names must not be empty when running in ZooKeeper migration mode: []');
    }
    const id = broker.nodeId;
    if (effectiveSetting(broker, 'broker.id.generation.enable', version)?.value !== false && (id === undefined || id < 0)) {
      refuse(where, 'Migration needs a fixed broker.id; set broker.id to 0 or more.', 'requirement failed: broker.id generation is incompatible with ZooKeeper migration. Please stop using it before enabling migration (set broker.id to a value greater or equal to 0).');
    }
    const ibp = s.get('inter.broker.protocol.version');
    const ibpVersion = ibp ? /^(\d+)\.(\d+)(?:-IV(\d+))?/.exec(ibp.value.trim()) : null;
    const ibpRank = ibpVersion ? Number(ibpVersion[1]) * 100 + Number(ibpVersion[2]) : undefined;
    if (ibp && ibpRank !== undefined && ibpRank < 304) {
      refuse({ entry: ibp }, `Migration needs inter.broker.protocol.version 3.4 or later, not ${ibp.value.trim()}; raise it (3.9 is the default).`, "requirement failed: Cannot enable ZooKeeper migration without setting 'inter.broker.protocol.version' to 3.4 or higher");
    } else if (ibp && ibpRank !== undefined && (broker.logDirs?.value?.length ?? 1) > 1 && (ibpRank < 307 || (ibpRank === 307 && ibpVersion?.[3] !== undefined && Number(ibpVersion[3]) < 2))) {
      refuse({ entry: ibp }, `Migration with several log directories (JBOD) needs inter.broker.protocol.version 3.7-IV2 or later, not ${ibp.value.trim()}; raise it.`, "requirement failed: Cannot enable ZooKeeper migration with multiple log directories (aka JBOD) without setting 'inter.broker.protocol.version' to 3.7-IV2 or higher");
    }
  }
}

function checkBroker(broker: BrokerConfig, version: KafkaVersion, report: (r: Report) => void): void {
  const refuse: Refuse = (where, problem, kafka, severity) =>
    report({
      ...where,
      ...(severity ? { severity } : {}),
      message: severity
        ? `${problem} Kafka ${version} logs: "${kafka}"`
        : `${problem} Kafka ${version} refuses to start: "${kafka}"`,
    });
  // A fragment (layered over a full config) leaves the node's identity to that config.
  if (!isConfigFragment(broker)) checkRolesAndIds(broker, version, refuse);
  checkKraft(broker, version, refuse);
  checkLog(broker, version, refuse);
  checkNetwork(broker, version, refuse);
  checkSecurity(broker, version, refuse);
  checkSsl(broker, version, refuse);
  checkOAuthBearer(broker, version, refuse);
  checkProtocols(broker, version, refuse);
  checkGroupCoordinator(broker, version, refuse);
}

export default defineRule({
  meta: {
    id: 'broker/startup-constraints',
    severity: 'error',
    category: 'startup-failure',
    fileKinds: ['broker'],
    description: 'A combination of settings Kafka refuses at startup: missing or conflicting ids and roles, no controllers, impossible timeouts, zero retention, too small a cleaner buffer, a SASL mechanism not enabled, and the other cross-key checks of KafkaConfig and the group coordinator.',
    rationale:
      'Kafka checks these constraints when it builds its config and exits with status 1 on the first one that fails, so the broker never starts. Several of them only show up when two keys meet (replica.fetch.wait.max.ms against replica.lag.time.max.ms, a dedupe buffer divided by the cleaner threads), which is easy to miss in review. The checks differ by version; each finding names the version it judged.',
    fix: 'Change one of the keys the message names to the value it suggests, or remove the key to return to Kafka\'s default.',
    references: [
      { title: 'Kafka 4.3.1 core/src/main/scala/kafka/server/KafkaConfig.scala (validateValues)', url: 'https://github.com/apache/kafka/blob/4.3.1/core/src/main/scala/kafka/server/KafkaConfig.scala' },
      { title: 'Kafka 4.3.1 group-coordinator/src/main/java/org/apache/kafka/coordinator/group/GroupCoordinatorConfig.java', url: 'https://github.com/apache/kafka/blob/4.3.1/group-coordinator/src/main/java/org/apache/kafka/coordinator/group/GroupCoordinatorConfig.java' },
      { title: 'Kafka 3.9.0 core/src/main/scala/kafka/server/KafkaConfig.scala', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/main/scala/kafka/server/KafkaConfig.scala' },
      { title: 'Kafka 4.3.1 core/src/main/scala/kafka/log/LogManager.scala (broker defaults re-read as topic configs)', url: 'https://github.com/apache/kafka/blob/4.3.1/core/src/main/scala/kafka/log/LogManager.scala' },
      { title: 'Kafka 4.4.0 upgrade notes and clients/src/main/java/org/apache/kafka/common/security/oauthbearer/BrokerJwtValidator.java (JWKS without expected audience or issuer)', url: 'https://github.com/apache/kafka/blob/4.4.0/clients/src/main/java/org/apache/kafka/common/security/oauthbearer/BrokerJwtValidator.java' },
    ],
    examples: {
      bad: [
        { file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://kafka1:9092,CONTROLLER://kafka1:9093\nreplica.fetch.wait.max.ms=60000\n' },
        { file: 'server.properties', text: 'broker.id=1\nnode.id=2\nzookeeper.connect=zk1:2181\nlog.retention.hours=0\n', options: { kafkaVersion: '3.9' } },
      ],
      good: [
        { file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://kafka1:9092,CONTROLLER://kafka1:9093\nreplica.fetch.wait.max.ms=500\n' },
        { file: 'server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlog.retention.hours=168\n', options: { kafkaVersion: '3.9' } },
      ],
    },
  },
  check(ctx) {
    for (const broker of ctx.cluster.brokers) checkBroker(broker, ctx.kafkaVersion, ctx.report);
  },
});

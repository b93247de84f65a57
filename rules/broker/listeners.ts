import { defineRule, type Report } from '../../src/engine/rule.js';
import { compareVersions, type KafkaVersion } from '../../src/engine/finding.js';
import { anchorOf, hasUnresolvedTemplate, isConfigFragment } from '../../src/model/broker.js';
import {
  controllerListenerNames,
  DEFAULT_LISTENERS,
  effectiveSecurityProtocolMap,
  isIpLiteral,
  isIpv4AndIpv6Pair,
  isSecurityProtocol,
  parseListeners,
} from '../../src/model/listeners.js';
import { isSetTrue } from '../../src/model/kraft.js';
import type { ConfigEntry } from '../../src/model/entry.js';
import type { BrokerConfig, Listener } from '../../src/model/types.js';

/** Keys whose values decide the listener checks; a template in any of them leaves the node unjudged. */
const LISTENER_KEYS = [
  'listeners',
  'advertised.listeners',
  'listener.security.protocol.map',
  'inter.broker.listener.name',
  'security.inter.broker.protocol',
  'controller.listener.names',
  'early.start.listeners',
  'process.roles',
  'control.plane.listener.name',
  'controller.quorum.voters',
];

const names = (listeners: Listener[]) => [...new Set(listeners.map((l) => l.name))].join(',');

function checkBroker(broker: BrokerConfig, version: KafkaVersion, report: (r: Report) => void): void {
  const s = broker.settings;
  if (LISTENER_KEYS.some((k) => hasUnresolvedTemplate(s.get(k)?.value ?? ''))) return;
  const refuse = (where: Pick<Report, 'entry' | 'file' | 'span' | 'key' | 'part'>, problem: string, kafka: string) =>
    report({ ...where, message: `${problem} Kafka ${version} refuses to start: "${kafka}"` });
  const at = (entry: ConfigEntry) => ({ entry, part: 'value' as const });
  const fallback = (...keys: string[]) => anchorOf(broker, ...keys, 'process.roles', 'listeners');

  const kraft = broker.mode === 'kraft';
  const roles = broker.roles;
  // 4.x has no ZooKeeper mode: a node without process.roles fails before any listener check.
  const roleKnown = kraft || version === '3.9';
  const brokerRole = roleKnown && (!kraft || roles.includes('broker'));
  const controllerRole = roles.includes('controller');
  const brokerOnly = kraft && roles.length === 1 && roles[0] === 'broker';
  const controllerOnly = kraft && roles.length === 1 && roles[0] === 'controller';

  // listener.security.protocol.map
  const mapEntry = s.get('listener.security.protocol.map');
  if (broker.securityProtocolMap?.error && mapEntry) {
    refuse(at(mapEntry), 'listener.security.protocol.map must be a comma-separated list of NAME:PROTOCOL pairs, e.g. INTERNAL:PLAINTEXT,EXTERNAL:SSL.', broker.securityProtocolMap.error);
  }
  for (const protocol of new Set(broker.securityProtocolMap?.value?.values() ?? [])) {
    if (!isSecurityProtocol(protocol) && mapEntry) {
      refuse(at(mapEntry), `'${protocol}' is not a security protocol; map each listener name to PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL.`, `Invalid security protocol \`${protocol}\` defined in listener.security.protocol.map`);
    }
  }

  // controller.listener.names
  const controllerEntry = s.get('controller.listener.names');
  const controllerNames = controllerListenerNames(controllerEntry?.value, version);
  if (!controllerEntry && compareVersions(version, '4.2') >= 0 && !isConfigFragment(broker)) {
    refuse(fallback(), 'controller.listener.names is required from Kafka 4.2 on, on brokers and controllers alike; set it to the controller listener name, e.g. controller.listener.names=CONTROLLER.', 'Missing required configuration "controller.listener.names" which has no default value.');
  }
  const migrating = isSetTrue(broker, 'zookeeper.metadata.migration.enable');
  if (version === '3.9' && !kraft && !migrating && controllerNames.length > 0 && controllerEntry) {
    refuse(at(controllerEntry), 'controller.listener.names belongs to KRaft nodes; in ZooKeeper mode remove it (or set process.roles to run in KRaft mode).', `controller.listener.names must be empty when not running in KRaft mode: [${controllerNames.join(', ')}]`);
  }
  const blanked = controllerNames.filter((n) => n !== n.trim());
  if (blanked.length > 0 && controllerEntry) {
    refuse(at(controllerEntry), `Kafka ${version} does not trim controller.listener.names, so it looks for a listener named '${blanked[0]}' (with the blank); write the names without blanks, e.g. ${controllerNames.map((n) => n.trim()).join(',')}.`, "controller.listener.names must only contain values appearing in the 'listeners' configuration when running the KRaft controller role");
  }

  const listenersEntry = s.get('listeners');
  const parsedListeners = broker.listeners ?? parseListeners({ key: 'listeners', value: DEFAULT_LISTENERS, syntax: 'object' });
  const advertisedEntry = s.get('advertised.listeners');
  const parsedAdvertised = broker.advertisedListeners;
  for (const parsed of [parsedListeners, parsedAdvertised]) {
    if (parsed?.error !== undefined) {
      const entry = parsed.entry;
      const element = /^Unable to parse (.*) to a broker endpoint$/.exec(parsed.error)?.[1];
      refuse(
        at(entry),
        element !== undefined
          ? `${entry.key} element '${element}' is not NAME://host:port; write it like PLAINTEXT://kafka1:9092 (empty host for all interfaces: PLAINTEXT://:9092).`
          : `${entry.key} has a listener with an empty name; write NAME://host:port.`,
        parsed.error,
      );
    }
  }
  const listeners = parsedListeners.value;
  const advertised = parsedAdvertised?.value;

  const protocolMap = effectiveSecurityProtocolMap(broker, version);

  // Each listener name needs a protocol; names and (in listeners) ports must be distinct.
  const unmappedReported = new Set<string>();
  for (const [list, entry] of [[listeners, listenersEntry], [advertised, advertisedEntry]] as const) {
    if (!list) continue;
    const where = entry ? at(entry) : fallback();
    const key = entry?.key ?? 'listeners';
    const unmapped = protocolMap ? [...new Set(list.map((l) => l.name))].filter((n) => !protocolMap.has(n) && !unmappedReported.has(n)) : [];
    if (unmapped.length > 0) {
      unmapped.forEach((n) => unmappedReported.add(n));
      const lowerController = unmapped.find((n) => controllerNames.some((c) => c.toUpperCase() === n && c !== n));
      const hint = lowerController
        ? ` Kafka maps the controller listener under its name exactly as written in controller.listener.names; write ${lowerController} in upper case there.`
        : ` Add ${unmapped.map((n) => `${n}:<protocol>`).join(',')} to listener.security.protocol.map (e.g. ${unmapped[0]}:SSL), or name the listener after its protocol.`;
      const them = unmapped.length > 1 ? `listener names ${unmapped.join(', ')}, which are` : `listener name ${unmapped[0]}, which is`;
      refuse(where, `${key} uses the ${them} neither a security protocol nor in listener.security.protocol.map.${hint}`, `No security protocol defined for listener ${unmapped[0]}`);
    }
    const seen = new Set<string>();
    for (const l of list) {
      if (seen.has(l.name)) {
        refuse(where, `${key} names the listener ${l.name} twice; give each listener its own name (and map it in listener.security.protocol.map).`, `Each listener must have a different name, listeners: ${entry?.value.trim() ?? DEFAULT_LISTENERS}`);
      }
      seen.add(l.name);
    }
  }
  if (listeners) checkPorts(listeners, listenersEntry, version, refuse, fallback);

  // early.start.listeners names are compared as written against upper-cased listener names.
  const earlyEntry = s.get('early.start.listeners');
  if (earlyEntry && listeners) {
    const known = new Set(listeners.map((l) => l.name));
    for (const name of earlyEntry.value.split(',').map((n) => n.trim()).filter((n) => n !== '')) {
      if (known.has(name)) continue;
      const upper = known.has(name.toUpperCase()) ? ` Kafka compares these names as written: write ${name.toUpperCase()}.` : ' List only listeners defined in listeners.';
      refuse(at(earlyEntry), `early.start.listeners names ${name}, which is not a listener of this node.${upper}`, `early.start.listeners contains listener ${name}, but this is not contained in listeners or controller.listener.names`);
    }
  }

  // inter.broker.listener.name and security.inter.broker.protocol
  const interNameEntry = s.get('inter.broker.listener.name');
  const interProtocolEntry = s.get('security.inter.broker.protocol');
  if (interNameEntry && interProtocolEntry) {
    refuse(at(interProtocolEntry), 'inter.broker.listener.name and security.inter.broker.protocol are both set; keep inter.broker.listener.name and delete security.inter.broker.protocol (the listener map gives its protocol).', 'Only one of inter.broker.listener.name and security.inter.broker.protocol should be set.');
  }
  const interBroker = interNameEntry ? interNameEntry.value.trim().toUpperCase() : (interProtocolEntry?.value.trim() ?? 'PLAINTEXT');
  if (interNameEntry && protocolMap && interBroker !== '' && !protocolMap.has(interBroker)) {
    refuse(at(interNameEntry), `inter.broker.listener.name is ${interBroker}, which listener.security.protocol.map does not map; add ${interBroker}:<protocol> to the map or name an existing listener.`, `Listener with name ${interBroker} defined in inter.broker.listener.name not found in listener.security.protocol.map.`);
  }

  if (!listeners || (parsedAdvertised && !advertised)) return;

  const controllerListeners = listeners.filter((l) => controllerNames.includes(l.name));
  const advertisedControllers = effectiveAdvertisedControllerListeners(broker, version, controllerNames, controllerListeners, advertised);
  const advertisedBrokers = (advertised ?? listeners).filter((l) => !controllerNames.includes(l.name));
  const advertisedBrokerNames = new Set(advertisedBrokers.map((l) => l.name));
  const listenerNames = new Set(listeners.map((l) => l.name));
  const controllerWhere = controllerEntry ? at(controllerEntry) : fallback();

  if (brokerOnly) {
    if (controllerNames.length === 0 && (controllerEntry || compareVersions(version, '4.2') < 0)) {
      refuse(controllerWhere, 'A KRaft broker must know how to reach the controllers; set controller.listener.names to the controllers\' listener name (e.g. CONTROLLER).', 'controller.listener.names must contain at least one value when running KRaft with just the broker role');
    }
    if (controllerListeners.length > 0) {
      refuse(listenersEntry ? at(listenersEntry) : controllerWhere, `This broker-only node binds the controller listener ${names(controllerListeners)}; remove it from listeners (only controllers bind it).`, "controller.listener.names must not contain a value appearing in the 'listeners' configuration when running KRaft with just the broker role");
    }
    if (protocolMap) {
      for (const name of controllerNames) {
        if (protocolMap.has(name.toUpperCase())) continue;
        refuse(controllerWhere, `The controller listener ${name.toUpperCase()} has no protocol: add ${name.toUpperCase()}:<protocol> to listener.security.protocol.map.`, `Controller listener with name ${name.toUpperCase()} defined in controller.listener.names not found in listener.security.protocol.map`);
      }
    }
  }
  if (controllerOnly) {
    if (advertisedControllers.length !== listeners.length) {
      const extra = listeners.filter((l) => !controllerNames.includes(l.name));
      refuse(listenersEntry ? at(listenersEntry) : controllerWhere, `A controller-only node may bind only its controller listeners, but listeners also has ${names(extra)}; remove ${extra.length > 1 ? 'them' : 'it'} or add ${extra.length > 1 ? 'them' : 'it'} to controller.listener.names.`, 'The listeners config must only contain KRaft controller listeners from controller.listener.names when process.roles=controller');
    }
    if (compareVersions(version, '4.0') >= 0 && interNameEntry && controllerNames.includes(interBroker)) {
      refuse(at(interNameEntry), `inter.broker.listener.name names the controller listener ${interBroker}; on a controller-only node remove inter.broker.listener.name.`, "controller.listener.names must not contain an explicitly set inter.broker.listener.name configuration value when process.roles=controller'");
    }
  }
  if (controllerRole) {
    if (advertisedControllers.length === 0) {
      const caseOnly = controllerNames.some((n) => n !== n.toUpperCase() && listenerNames.has(n.toUpperCase()));
      const fix = caseOnly
        ? `Kafka upper-cases listener names but compares controller.listener.names as written; write ${controllerNames.map((n) => n.toUpperCase()).join(',')}`
        : `add the controller listener, e.g. listeners=CONTROLLER://:9093 with controller.listener.names=CONTROLLER`;
      refuse(controllerWhere, `No listener in listeners matches controller.listener.names (${controllerNames.join(',') || 'empty'}); ${fix}.`, "controller.listener.names must contain at least one value appearing in the 'listeners' configuration when running the KRaft controller role");
    } else if (controllerNames.some((n) => !listenerNames.has(n)) && blanked.length === 0) {
      const missing = controllerNames.filter((n) => !listenerNames.has(n));
      const hint = missing.some((n) => listenerNames.has(n.toUpperCase())) ? ' Kafka compares these names with the upper-cased listener names: write them in upper case.' : ' Add a listener for each or remove the name.';
      refuse(controllerWhere, `controller.listener.names lists ${missing.join(',')}, which listeners does not define.${hint}`, "controller.listener.names must only contain values appearing in the 'listeners' configuration when running the KRaft controller role");
    }
  }
  if (brokerRole) {
    const advertisedWhere = advertisedEntry ? at(advertisedEntry) : listenersEntry ? at(listenersEntry) : fallback();
    if (advertisedBrokers.length === 0) {
      refuse(advertisedWhere, 'This node has the broker role but advertises no broker listener; add a broker listener (e.g. PLAINTEXT://kafka1:9092) that is not in controller.listener.names.', `There must be at least one broker advertised listener.${kraft ? ' Perhaps all listeners appear in controller.listener.names?' : ''}`);
    } else if (!advertisedBrokerNames.has(interBroker)) {
      const source = interNameEntry ? 'inter.broker.listener.name' : interProtocolEntry ? 'security.inter.broker.protocol' : 'the default, as neither inter.broker.listener.name nor security.inter.broker.protocol is set';
      refuse(interNameEntry ? at(interNameEntry) : interProtocolEntry ? at(interProtocolEntry) : advertisedWhere, `Brokers talk to each other over ${interBroker} (${source}), but no advertised listener has that name; set inter.broker.listener.name to one of ${[...advertisedBrokerNames].join(',')}.`, `inter.broker.listener.name must be a listener name defined in advertised.listeners. The valid options based on currently configured listeners are ${[...advertisedBrokerNames].join(',')}`);
    }
    const unknown = [...advertisedBrokerNames].filter((n) => !listenerNames.has(n));
    if (unknown.length > 0) {
      refuse(advertisedWhere, `advertised.listeners names ${unknown.join(',')}, which listeners does not bind; every advertised listener name must also be in listeners.`, `advertised.listeners listener names must be equal to or a subset of the ones defined in listeners. Found ${[...advertisedBrokerNames].join(',')}. The valid options based on the current configuration are ${[...listenerNames].join(',')}`);
    }
  }
  const wildcardBroker = advertisedBrokers.find((l) => l.host === '0.0.0.0');
  const wildcardController = advertisedControllers.find((l) => l.host === '0.0.0.0');
  const wildcard = wildcardBroker ?? wildcardController;
  if (wildcard) {
    const where = advertisedEntry ? at(advertisedEntry) : listenersEntry ? at(listenersEntry) : fallback();
    const why = advertisedEntry
      ? `advertised.listeners gives ${wildcard.name} the host 0.0.0.0, which clients cannot connect to`
      : `listeners binds ${wildcard.name} to 0.0.0.0 and advertised.listeners is not set, so Kafka advertises 0.0.0.0, which clients cannot connect to`;
    refuse(where, `${why}; set advertised.listeners=${wildcard.name}://<this host's name>:${wildcard.port}.`, 'advertised.listeners cannot use the nonroutable meta-address 0.0.0.0. Use a routable IP address.');
  }

  // 3.9 only: control.plane.listener.name (removed in 4.0).
  const controlPlane = s.get('control.plane.listener.name');
  if (version === '3.9' && controlPlane && controlPlane.value.trim() !== '') {
    const name = controlPlane.value.trim().toUpperCase();
    if (kraft) {
      refuse(at(controlPlane), 'control.plane.listener.name is a ZooKeeper-mode setting; remove it from KRaft nodes.', 'control.plane.listener.name is not supported in KRaft mode.');
    } else if (protocolMap && !protocolMap.has(name)) {
      refuse(at(controlPlane), `control.plane.listener.name is ${name}, which listener.security.protocol.map does not map; add ${name}:<protocol> to the map.`, `Listener with ${name} defined in control.plane.listener.name not found in listener.security.protocol.map.`);
    } else if (!advertisedBrokerNames.has(name)) {
      refuse(at(controlPlane), `control.plane.listener.name is ${name}, which is not an advertised listener; add it to listeners and advertised.listeners.`, `control.plane.listener.name must be a listener name defined in advertised.listeners. The valid options based on currently configured listeners are ${[...advertisedBrokerNames].join(',')}`);
    } else if (name === interBroker) {
      refuse(at(controlPlane), `control.plane.listener.name and the inter-broker listener are both ${name}; give the control plane its own listener.`, `control.plane.listener.name, when defined, should have a different value from the inter broker listener name. Currently they both have the value ${name}`);
    }
  }
}

/**
 * Port distinctness in `listeners` (AbstractKafkaConfig.validate in 4.3, CoreUtils in 3.9 to 4.2):
 * port 0 is exempt; two listeners may share a port only when one host is an IPv4 literal and the
 * other an IPv6 literal.
 */
function checkPorts(
  listeners: Listener[],
  entry: ConfigEntry | undefined,
  version: KafkaVersion,
  refuse: (where: Pick<Report, 'entry' | 'file' | 'span' | 'key' | 'part'>, problem: string, kafka: string) => void,
  fallback: () => Pick<Report, 'entry' | 'file' | 'span' | 'key'>,
): void {
  const where = entry ? { entry, part: 'value' as const } : fallback();
  const text = entry?.value.trim() ?? DEFAULT_LISTENERS;
  const byPort = new Map<number, Listener[]>();
  for (const l of listeners) if (l.port !== 0) byPort.set(l.port, [...(byPort.get(l.port) ?? []), l]);
  const prefix = version === '4.3' ? `Error creating broker listeners from '${text}': ` : 'requirement failed: ';
  for (const [port, group] of byPort) {
    if (group.length < 2) continue;
    const ipHosts = group.filter((l) => l.host !== '' && isIpLiteral(l.host));
    const others = group.filter((l) => !ipHosts.includes(l));
    const problem = `listeners ${names(group)} all bind port ${port}; give each listener its own port (only one IPv4 and one IPv6 literal address may share a port).`;
    if (others.length > 1) refuse(where, problem, `${prefix}Each listener must have a different port, listeners: ${text}`);
    else if (ipHosts.length === 2 && (!isIpv4AndIpv6Pair(ipHosts[0]?.host ?? '', ipHosts[1]?.host ?? '') || others.length > 0)) {
      refuse(where, problem, `If you have two listeners on the same port then one needs to be IPv4 and the other IPv6, listeners: ${text}, port: ${port}`);
    } else if (ipHosts.length !== 2 && ipHosts.length > 0) {
      refuse(where, problem, `Each listener must have a different port unless exactly one listener has an IPv4 address and the other IPv6 address, listeners: ${text}, port: ${port}`);
    }
  }
}

/**
 * The controller endpoints Kafka advertises: for each controller listener name, the advertised
 * listener of that name, else the bound one. 4.0 and later blank a 0.0.0.0 host there; 4.3 first
 * takes this node's own entry in controller.quorum.voters for the first controller listener.
 */
function effectiveAdvertisedControllerListeners(
  broker: BrokerConfig,
  version: KafkaVersion,
  controllerNames: string[],
  controllerListeners: Listener[],
  advertised: Listener[] | undefined,
): Listener[] {
  const advertisedControllers = (advertised ?? []).filter((l) => controllerNames.includes(l.name));
  const result: Listener[] = [];
  controllerNames.forEach((name, i) => {
    const upper = name.toUpperCase();
    const found = advertisedControllers.find((l) => l.name === upper);
    if (found) return void result.push(found);
    const bound = controllerListeners.find((l) => l.name === upper);
    if (!bound) return;
    if (version === '3.9') return void result.push(bound);
    if (version === '4.3' && i === 0 && (bound.host === '' || bound.host === '0.0.0.0')) {
      const voter = broker.quorumVoters?.value?.find((v) => v.id === broker.nodeId);
      if (voter) return void result.push({ ...bound, host: voter.host, port: voter.port });
    }
    result.push(bound.host === '0.0.0.0' ? { ...bound, host: '' } : bound);
  });
  return result;
}

export default defineRule({
  meta: {
    id: 'broker/listeners',
    severity: 'error',
    category: 'startup-failure',
    fileKinds: ['broker'],
    description: 'A listener setting Kafka refuses at startup: malformed NAME://host:port, a name without a security protocol, duplicate names or ports, advertised or inter-broker listeners that do not exist, 0.0.0.0 advertised, or broken KRaft controller listeners.',
    rationale:
      'Kafka builds its listeners when the config is read and exits on the first inconsistency, so a broker with a listener mistake never joins the cluster. Kafka reports one problem per restart; this rule reports all of them at once, judged against the target Kafka version (the checks differ between 3.9, 4.0, 4.1, 4.2 and 4.3).',
    fix: 'Write each listener as NAME://host:port with a distinct name and port, map every name that is not a security protocol in listener.security.protocol.map, advertise a routable host for every broker listener, and for KRaft list the controller listener in controller.listener.names in upper case.',
    references: [
      { title: 'Kafka 4.3.1 core/src/main/scala/kafka/server/KafkaConfig.scala (validateValues)', url: 'https://github.com/apache/kafka/blob/4.3.1/core/src/main/scala/kafka/server/KafkaConfig.scala' },
      { title: 'Kafka 4.3.1 server/src/main/java/org/apache/kafka/server/config/AbstractKafkaConfig.java (listeners, security protocol map)', url: 'https://github.com/apache/kafka/blob/4.3.1/server/src/main/java/org/apache/kafka/server/config/AbstractKafkaConfig.java' },
      { title: 'Kafka 4.3.1 server/src/main/java/org/apache/kafka/network/SocketServerConfigs.java (listener grammar)', url: 'https://github.com/apache/kafka/blob/4.3.1/server/src/main/java/org/apache/kafka/network/SocketServerConfigs.java' },
      { title: 'Kafka 3.9.0 core/src/main/scala/kafka/server/KafkaConfig.scala', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/main/scala/kafka/server/KafkaConfig.scala' },
    ],
    examples: {
      bad: [
        { file: 'server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlisteners=PLAINTEXT://:9092,SSL//:0901\n', options: { kafkaVersion: '3.9' } },
        { file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://0.0.0.0:9092,CONTROLLER://:9093\n' },
      ],
      good: [
        { file: 'server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nlisteners=PLAINTEXT://:9092,SSL://:9093\nadvertised.listeners=PLAINTEXT://kafka1:9092,SSL://kafka1:9093\n', options: { kafkaVersion: '3.9' } },
        { file: 'server.properties', text: 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@kafka1:9093\ncontroller.listener.names=CONTROLLER\nlisteners=PLAINTEXT://0.0.0.0:9092,CONTROLLER://:9093\nadvertised.listeners=PLAINTEXT://kafka1:9092\n' },
      ],
    },
  },
  check(ctx) {
    for (const broker of ctx.cluster.brokers) checkBroker(broker, ctx.kafkaVersion, ctx.report);
  },
});

import { defineRule, type MessageValue, type RuleContext } from '../../src/engine/rule.js';
import { addTo } from '../../src/core/maps.js';
import { compareVersions, type KafkaVersion } from '../../src/core/version.js';
import { anchorOf, isConfigFragment, type Anchor } from '../../src/model/broker.js';
import { knownValue, writtenEntry, writtenValue } from '../../src/model/settings.js';
import {
  controllerListenerNames,
  DEFAULT_LISTENERS,
  effectiveSecurityProtocolMap,
  interBrokerListener,
  isIpLiteral,
  isIpv4AndIpv6Pair,
  isSecurityProtocol,
  parseListeners,
} from '../../src/model/listeners.js';
import type { ConfigEntry } from '../../src/parse/entry.js';
import type { BrokerConfig, Listener } from '../../src/model/types.js';

const REFUSES = 'Kafka {{version}} refuses to start:';

const MESSAGES = {
  'protocol-map-unparsable': { severity: 'error', text: `listener.security.protocol.map must be a comma-separated list of NAME:PROTOCOL pairs, e.g. INTERNAL:PLAINTEXT,EXTERNAL:SSL. ${REFUSES} "{{kafka}}"` },
  'unknown-security-protocol': { severity: 'error', text: `'{{protocol}}' is not a security protocol; map each listener name to PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL. ${REFUSES} "Invalid security protocol \`{{protocol}}\` defined in listener.security.protocol.map"` },
  'controller-names-required': { severity: 'error', text: `controller.listener.names is required from Kafka 4.2 on, on brokers and controllers alike; set it to the controller listener name, e.g. controller.listener.names=CONTROLLER. ${REFUSES} "Missing required configuration "controller.listener.names" which has no default value."`, versionBound: true },
  'controller-names-in-zookeeper-mode': { severity: 'error', text: `controller.listener.names belongs to KRaft nodes; in ZooKeeper mode remove it (or set process.roles to run in KRaft mode). ${REFUSES} "controller.listener.names must be empty when not running in KRaft mode: [{{names}}]"` },
  'controller-names-untrimmed': { severity: 'error', text: `Kafka {{version}} does not trim controller.listener.names, so it looks for a listener named '{{name}}' (with the blank); write the names without blanks, e.g. {{trimmed}}. ${REFUSES} "controller.listener.names must only contain values appearing in the 'listeners' configuration when running the KRaft controller role"` },
  'listener-malformed': { severity: 'error', text: `{{key}} element '{{element}}' is not NAME://host:port; write it like PLAINTEXT://kafka1:9092 (empty host for all interfaces: PLAINTEXT://:9092). ${REFUSES} "Unable to parse {{element}} to a broker endpoint"` },
  'listener-name-empty': { severity: 'error', text: `{{key}} has a listener with an empty name; write NAME://host:port. ${REFUSES} "The provided listener name is null or empty string"` },
  'listener-without-protocol': { severity: 'error', text: `{{key}} uses the {{them}} neither a security protocol nor in listener.security.protocol.map.{{hint}} ${REFUSES} "No security protocol defined for listener {{first}}"` },
  'duplicate-listener-name': { severity: 'error', text: `{{key}} names the listener {{name}} twice; give each listener its own name (and map it in listener.security.protocol.map). ${REFUSES} "Each listener must have a different name, listeners: {{listeners}}"` },
  'duplicate-port': { severity: 'error', text: `listeners {{names}} all bind port {{port}}; give each listener its own port (only one IPv4 and one IPv6 literal address may share a port). ${REFUSES} "{{kafka}}"` },
  'early-start-unknown-listener': { severity: 'error', text: `early.start.listeners names {{name}}, which is not a listener of this node.{{hint}} ${REFUSES} "early.start.listeners contains listener {{name}}, but this is not contained in listeners or controller.listener.names"` },
  'inter-broker-keys-both-set': { severity: 'error', text: `inter.broker.listener.name and security.inter.broker.protocol are both set; keep inter.broker.listener.name and delete security.inter.broker.protocol (the listener map gives its protocol). ${REFUSES} "Only one of inter.broker.listener.name and security.inter.broker.protocol should be set."` },
  'inter-broker-listener-unmapped': { severity: 'error', text: `inter.broker.listener.name is {{name}}, which listener.security.protocol.map does not map; add {{name}}:<protocol> to the map or name an existing listener. ${REFUSES} "Listener with name {{name}} defined in inter.broker.listener.name not found in listener.security.protocol.map."` },
  'broker-without-controller-names': { severity: 'error', text: `A KRaft broker must know how to reach the controllers; set controller.listener.names to the controllers' listener name (e.g. CONTROLLER). ${REFUSES} "controller.listener.names must contain at least one value when running KRaft with just the broker role"` },
  'broker-binds-controller-listener': { severity: 'error', text: `This broker-only node binds the controller listener {{names}}; remove it from listeners (only controllers bind it). ${REFUSES} "controller.listener.names must not contain a value appearing in the 'listeners' configuration when running KRaft with just the broker role"` },
  'controller-listener-unmapped': { severity: 'error', text: `The controller listener {{name}} has no protocol: add {{name}}:<protocol> to listener.security.protocol.map. ${REFUSES} "Controller listener with name {{name}} defined in controller.listener.names not found in listener.security.protocol.map"` },
  'controller-binds-broker-listeners': { severity: 'error', text: `A controller-only node may bind only its controller listeners, but listeners also has {{names}}; remove {{them}} or add {{them}} to controller.listener.names. ${REFUSES} "The listeners config must only contain KRaft controller listeners from controller.listener.names when process.roles=controller"` },
  'controller-inter-broker-listener': { severity: 'error', text: `inter.broker.listener.name names the controller listener {{name}}; on a controller-only node remove inter.broker.listener.name. ${REFUSES} "controller.listener.names must not contain an explicitly set inter.broker.listener.name configuration value when process.roles=controller'"` },
  'no-controller-listener': { severity: 'error', text: `No listener in listeners matches controller.listener.names ({{names}}); {{fix}}. ${REFUSES} "controller.listener.names must contain at least one value appearing in the 'listeners' configuration when running the KRaft controller role"` },
  'controller-listener-not-bound': { severity: 'error', text: `controller.listener.names lists {{missing}}, which listeners does not define.{{hint}} ${REFUSES} "controller.listener.names must only contain values appearing in the 'listeners' configuration when running the KRaft controller role"` },
  'no-broker-listener-advertised': { severity: 'error', text: `This node has the broker role but advertises no broker listener; add a broker listener (e.g. PLAINTEXT://kafka1:9092) that is not in controller.listener.names. ${REFUSES} "There must be at least one broker advertised listener.{{perhaps}}"` },
  'inter-broker-listener-not-advertised': { severity: 'error', text: `Brokers talk to each other over {{name}} ({{source}}), but no advertised listener has that name; set inter.broker.listener.name to one of {{advertised}}. ${REFUSES} "inter.broker.listener.name must be a listener name defined in advertised.listeners. The valid options based on currently configured listeners are {{advertised}}"` },
  'inter-broker-listener-default-listeners': { severity: 'warning', text: `Brokers talk to each other over {{name}} ({{source}}), but this broker sets neither listeners nor advertised.listeners, so Kafka's default PLAINTEXT://:9092 applies, which has no listener of that name: if nothing else sets its listeners, {{release}} refuses to start it ("inter.broker.listener.name must be a listener name defined in advertised.listeners"). Another broker of this cluster gets its listeners from the --override of its start command ({{sibling}}), so this one is probably started the same way by a script not in view: lint that script with this file, or set listeners here.` },
  'advertised-not-bound': { severity: 'error', text: `advertised.listeners names {{unknown}}, which listeners does not bind; every advertised listener name must also be in listeners. ${REFUSES} "advertised.listeners listener names must be equal to or a subset of the ones defined in listeners. Found {{advertised}}. The valid options based on the current configuration are {{bound}}"` },
  'controller-wildcard-3-9-0': { severity: 'warning', text: `listeners binds {{name}} to 0.0.0.0 and advertised.listeners is not set: Kafka 3.9.0 advertises 0.0.0.0 and refuses to start ("advertised.listeners cannot use the nonroutable meta-address 0.0.0.0. Use a routable IP address."); 3.9.1 and later advertise this host's name instead (KAFKA-18281). This assumes 3.9.0 may run here; set advertised.listeners={{name}}://<this host's name>:{{port}}, or run 3.9.1 or later.` },
  'advertised-wildcard': { severity: 'error', text: `{{why}}, which clients cannot connect to; set advertised.listeners={{name}}://<this host's name>:{{port}}. ${REFUSES} "advertised.listeners cannot use the nonroutable meta-address 0.0.0.0. Use a routable IP address."` },
  'control-plane-in-kraft': { severity: 'error', text: `control.plane.listener.name is a ZooKeeper-mode setting; remove it from KRaft nodes. ${REFUSES} "control.plane.listener.name is not supported in KRaft mode."` },
  'control-plane-unmapped': { severity: 'error', text: `control.plane.listener.name is {{name}}, which listener.security.protocol.map does not map; add {{name}}:<protocol> to the map. ${REFUSES} "Listener with {{name}} defined in control.plane.listener.name not found in listener.security.protocol.map."` },
  'control-plane-not-advertised': { severity: 'error', text: `control.plane.listener.name is {{name}}, which is not an advertised listener; add it to listeners and advertised.listeners. ${REFUSES} "control.plane.listener.name must be a listener name defined in advertised.listeners. The valid options based on currently configured listeners are {{advertised}}"` },
  'control-plane-is-inter-broker': { severity: 'error', text: `control.plane.listener.name and the inter-broker listener are both {{name}}; give the control plane its own listener. ${REFUSES} "control.plane.listener.name, when defined, should have a different value from the inter broker listener name. Currently they both have the value {{name}}"` },
} as const;

type MessageId = keyof typeof MESSAGES;
type Report = (where: Anchor, messageId: MessageId, data?: Record<string, MessageValue>) => void;

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

/** Whether a release named in the files (`3.9.1`, not `3.9`) is a 3.9 patch release after 3.9.0. */
function laterThan390(release: string | undefined): boolean {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(release ?? '');
  return m !== null && m[1] === '3' && m[2] === '9' && Number(m[3]) > 0;
}

const names = (listeners: Listener[]) => [...new Set(listeners.map((l) => l.name))].join(',');

/** The start script of another broker of the cluster that sets its listeners by --override, if any. */
function siblingStartListeners(ctx: RuleContext<MessageId>, broker: BrokerConfig): string | undefined {
  for (const other of ctx.cluster.brokers) {
    const entry = other.listeners?.entry;
    if (other !== broker && entry?.file !== undefined && entry.file !== other.file) return entry.file;
  }
  return undefined;
}

function checkBroker(ctx: RuleContext<MessageId>, broker: BrokerConfig): void {
  const version = ctx.kafkaVersion;
  const read = (key: string) => ctx.setting(broker, key);
  if (LISTENER_KEYS.some((k) => read(k).state === 'templated')) return;
  const report: Report = (where, messageId, data = {}) => ctx.report({ ...where, messageId, data: { version, ...data } });
  const at = (entry: ConfigEntry): Anchor => ({ entry, part: 'value' });
  const fallback = (...keys: string[]) => anchorOf(broker, ...keys, 'process.roles', 'listeners');
  const entryOf = (key: string) => writtenEntry(read(key));

  const kraft = broker.mode === 'kraft';
  const roles = broker.roles;
  // 4.x has no ZooKeeper mode: a node without process.roles fails before any listener check.
  const roleKnown = kraft || version === '3.9';
  const brokerRole = roleKnown && (!kraft || roles.includes('broker'));
  const controllerRole = roles.includes('controller');
  const brokerOnly = kraft && roles.length === 1 && roles[0] === 'broker';
  const controllerOnly = kraft && roles.length === 1 && roles[0] === 'controller';

  // listener.security.protocol.map
  const protocolMapParsed = broker.securityProtocolMap;
  if (protocolMapParsed?.error) report(at(protocolMapParsed.entry), 'protocol-map-unparsable', { kafka: protocolMapParsed.error });
  for (const protocol of new Set(protocolMapParsed?.value?.values() ?? [])) {
    if (!isSecurityProtocol(protocol) && protocolMapParsed) report(at(protocolMapParsed.entry), 'unknown-security-protocol', { protocol });
  }

  // controller.listener.names
  const controllerEntry = entryOf('controller.listener.names');
  const controllerNames = controllerListenerNames(writtenValue(read('controller.listener.names')), version);
  if (!controllerEntry && compareVersions(version, '4.2') >= 0 && !isConfigFragment(broker)) report(fallback(), 'controller-names-required');
  const migrating = knownValue(read('zookeeper.metadata.migration.enable')) === true;
  if (version === '3.9' && !kraft && !migrating && controllerNames.length > 0 && controllerEntry) {
    report(at(controllerEntry), 'controller-names-in-zookeeper-mode', { names: controllerNames.join(', ') });
  }
  const blanked = controllerNames.filter((n) => n !== n.trim());
  if (blanked.length > 0 && controllerEntry) {
    report(at(controllerEntry), 'controller-names-untrimmed', { name: blanked[0] as string, trimmed: controllerNames.map((n) => n.trim()).join(',') });
  }

  const parsedListeners = broker.listeners ?? parseListeners({ key: 'listeners', value: DEFAULT_LISTENERS, syntax: 'object' });
  const listenersEntry = broker.listeners?.entry;
  const parsedAdvertised = broker.advertisedListeners;
  const advertisedEntry = parsedAdvertised?.entry;
  for (const parsed of [parsedListeners, parsedAdvertised]) {
    if (parsed?.error === undefined) continue;
    const element = /^Unable to parse (.*) to a broker endpoint$/.exec(parsed.error)?.[1];
    if (element !== undefined) report(at(parsed.entry), 'listener-malformed', { key: parsed.entry.key, element });
    else report(at(parsed.entry), 'listener-name-empty', { key: parsed.entry.key });
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
      report(where, 'listener-without-protocol', { key, them, hint, first: unmapped[0] as string });
    }
    const seen = new Set<string>();
    for (const l of list) {
      if (seen.has(l.name)) report(where, 'duplicate-listener-name', { key, name: l.name, listeners: entry?.value.trim() ?? DEFAULT_LISTENERS });
      seen.add(l.name);
    }
  }
  if (listeners) checkPorts(listeners, listenersEntry, version, report, fallback);

  // early.start.listeners names are compared as written against upper-cased listener names
  // (a STRING split on commas before 4.2, a LIST from 4.2).
  const early = read('early.start.listeners');
  if (early.state === 'set' && listeners) {
    const known = new Set(listeners.map((l) => l.name));
    const listed = Array.isArray(early.value) ? early.value : String(early.value).split(',');
    for (const name of listed.map((n) => n.trim()).filter((n) => n !== '')) {
      if (known.has(name)) continue;
      const hint = known.has(name.toUpperCase()) ? ` Kafka compares these names as written: write ${name.toUpperCase()}.` : ' List only listeners defined in listeners.';
      report(at(early.entry), 'early-start-unknown-listener', { name, hint });
    }
  }

  // inter.broker.listener.name and security.inter.broker.protocol
  const interNameEntry = entryOf('inter.broker.listener.name');
  const interProtocolEntry = entryOf('security.inter.broker.protocol');
  if (interNameEntry && interProtocolEntry) report(at(interProtocolEntry), 'inter-broker-keys-both-set');
  const inter = interBrokerListener(broker, version, read);
  if (!inter) return;
  const interBroker = inter.name;
  if (inter.named && interNameEntry && protocolMap && interBroker !== '' && !protocolMap.has(interBroker)) {
    report(at(interNameEntry), 'inter-broker-listener-unmapped', { name: interBroker });
  }

  if (!listeners || (parsedAdvertised && !advertised)) return;

  const controllerListeners = listeners.filter((l) => controllerNames.includes(l.name));
  const advertisedControllers = effectiveAdvertisedControllerListeners(broker, version, controllerNames, controllerListeners, advertised);
  const advertisedBrokers = (advertised ?? listeners).filter((l) => !controllerNames.includes(l.name));
  const advertisedBrokerNames = new Set(advertisedBrokers.map((l) => l.name));
  const listenerNames = new Set(listeners.map((l) => l.name));
  const controllerWhere = controllerEntry ? at(controllerEntry) : fallback();

  if (brokerOnly) {
    if (controllerNames.length === 0 && (controllerEntry || compareVersions(version, '4.2') < 0)) report(controllerWhere, 'broker-without-controller-names');
    if (controllerListeners.length > 0) report(listenersEntry ? at(listenersEntry) : controllerWhere, 'broker-binds-controller-listener', { names: names(controllerListeners) });
    if (protocolMap) {
      for (const name of controllerNames) {
        if (!protocolMap.has(name.toUpperCase())) report(controllerWhere, 'controller-listener-unmapped', { name: name.toUpperCase() });
      }
    }
  }
  if (controllerOnly) {
    if (advertisedControllers.length !== listeners.length) {
      const extra = listeners.filter((l) => !controllerNames.includes(l.name));
      report(listenersEntry ? at(listenersEntry) : controllerWhere, 'controller-binds-broker-listeners', { names: names(extra), them: extra.length > 1 ? 'them' : 'it' });
    }
    if (compareVersions(version, '4.0') >= 0 && interNameEntry && controllerNames.includes(interBroker)) {
      report(at(interNameEntry), 'controller-inter-broker-listener', { name: interBroker });
    }
  }
  if (controllerRole) {
    if (advertisedControllers.length === 0) {
      const caseOnly = controllerNames.some((n) => n !== n.toUpperCase() && listenerNames.has(n.toUpperCase()));
      const fix = caseOnly
        ? `Kafka upper-cases listener names but compares controller.listener.names as written; write ${controllerNames.map((n) => n.toUpperCase()).join(',')}`
        : 'add the controller listener, e.g. listeners=CONTROLLER://:9093 with controller.listener.names=CONTROLLER';
      report(controllerWhere, 'no-controller-listener', { names: controllerNames.join(',') || 'empty', fix });
    } else if (controllerNames.some((n) => !listenerNames.has(n)) && blanked.length === 0) {
      const missing = controllerNames.filter((n) => !listenerNames.has(n));
      const hint = missing.some((n) => listenerNames.has(n.toUpperCase())) ? ' Kafka compares these names with the upper-cased listener names: write them in upper case.' : ' Add a listener for each or remove the name.';
      report(controllerWhere, 'controller-listener-not-bound', { missing: missing.join(','), hint });
    }
  }
  if (brokerRole) {
    const advertisedWhere = advertisedEntry ? at(advertisedEntry) : listenersEntry ? at(listenersEntry) : fallback();
    if (advertisedBrokers.length === 0) {
      report(advertisedWhere, 'no-broker-listener-advertised', { perhaps: kraft ? ' Perhaps all listeners appear in controller.listener.names?' : '' });
    } else if (!advertisedBrokerNames.has(interBroker)) {
      const source = interNameEntry ? 'inter.broker.listener.name' : interProtocolEntry ? 'security.inter.broker.protocol' : 'the default, as neither inter.broker.listener.name nor security.inter.broker.protocol is set';
      const where = interNameEntry ? at(interNameEntry) : interProtocolEntry ? at(interProtocolEntry) : advertisedWhere;
      // Kafka's default listeners are a known fact only if nothing sets this broker's listeners
      // outside its file: when a sibling broker takes them from a start command's --override
      // (kafka-server-start.sh, Kafka.getPropsFromArgs), this one likely does too, by a script not in view.
      const sibling = !listenersEntry && !advertisedEntry ? siblingStartListeners(ctx, broker) : undefined;
      if (sibling !== undefined) report(where, 'inter-broker-listener-default-listeners', { name: interBroker, source, release: `Kafka ${version}`, sibling });
      else report(where, 'inter-broker-listener-not-advertised', { name: interBroker, source, advertised: [...advertisedBrokerNames].join(',') });
    }
    const unknown = [...advertisedBrokerNames].filter((n) => !listenerNames.has(n));
    if (unknown.length > 0) {
      report(advertisedWhere, 'advertised-not-bound', { unknown: unknown.join(','), advertised: [...advertisedBrokerNames].join(','), bound: [...listenerNames].join(',') });
    }
  }
  const wildcard = advertisedBrokers.find((l) => l.host === '0.0.0.0') ?? advertisedControllers.find((l) => l.host === '0.0.0.0');
  // 3.9.0 advertised a controller listener bound to 0.0.0.0 as is and refused it; 3.9.1 blanks
  // the host as 4.0 does (KAFKA-18281), so for 3.9 the outcome depends on the patch release.
  const boundController =
    wildcard === undefined && version === '3.9' && !advertisedEntry && !laterThan390(ctx.facts.kafkaVersion.release) && controllerListeners.find((l) => l.host === '0.0.0.0');
  if (boundController) report(listenersEntry ? at(listenersEntry) : fallback(), 'controller-wildcard-3-9-0', { name: boundController.name, port: boundController.port });
  if (wildcard) {
    const where = advertisedEntry ? at(advertisedEntry) : listenersEntry ? at(listenersEntry) : fallback();
    const why = advertisedEntry
      ? `advertised.listeners gives ${wildcard.name} the host 0.0.0.0`
      : `listeners binds ${wildcard.name} to 0.0.0.0 and advertised.listeners is not set, so Kafka advertises 0.0.0.0`;
    report(where, 'advertised-wildcard', { why, name: wildcard.name, port: wildcard.port });
  }

  // 3.9 only: control.plane.listener.name (removed in 4.0).
  const controlPlane = version === '3.9' ? read('control.plane.listener.name') : undefined;
  if (controlPlane?.state === 'set' && typeof controlPlane.value === 'string' && controlPlane.value !== '') {
    const name = controlPlane.value.toUpperCase();
    const where = at(controlPlane.entry);
    if (kraft) report(where, 'control-plane-in-kraft');
    else if (protocolMap && !protocolMap.has(name)) report(where, 'control-plane-unmapped', { name });
    else if (!advertisedBrokerNames.has(name)) report(where, 'control-plane-not-advertised', { name, advertised: [...advertisedBrokerNames].join(',') });
    else if (name === interBroker) report(where, 'control-plane-is-inter-broker', { name });
  }
}

/**
 * Port distinctness in `listeners` (AbstractKafkaConfig.validate in 4.3, CoreUtils in 3.9 to 4.2):
 * port 0 is exempt; two listeners may share a port only when one host is an IPv4 literal and the
 * other an IPv6 literal.
 */
function checkPorts(listeners: Listener[], entry: ConfigEntry | undefined, version: KafkaVersion, report: Report, fallback: () => Anchor): void {
  const where: Anchor = entry ? { entry, part: 'value' } : fallback();
  const text = entry?.value.trim() ?? DEFAULT_LISTENERS;
  const byPort = new Map<number, Listener[]>();
  for (const l of listeners) if (l.port !== 0) addTo(byPort, l.port, l);
  const prefix = compareVersions(version, '4.3') >= 0 ? `Error creating broker listeners from '${text}': ` : 'requirement failed: ';
  for (const [port, group] of byPort) {
    if (group.length < 2) continue;
    const ipHosts = group.filter((l) => l.host !== '' && isIpLiteral(l.host));
    const others = group.filter((l) => !ipHosts.includes(l));
    const data = { names: names(group), port };
    if (others.length > 1) report(where, 'duplicate-port', { ...data, kafka: `${prefix}Each listener must have a different port, listeners: ${text}` });
    else if (ipHosts.length === 2 && (!isIpv4AndIpv6Pair(ipHosts[0]?.host ?? '', ipHosts[1]?.host ?? '') || others.length > 0)) {
      report(where, 'duplicate-port', { ...data, kafka: `If you have two listeners on the same port then one needs to be IPv4 and the other IPv6, listeners: ${text}, port: ${port}` });
    } else if (ipHosts.length !== 2 && ipHosts.length > 0) {
      report(where, 'duplicate-port', { ...data, kafka: `Each listener must have a different port unless exactly one listener has an IPv4 address and the other IPv6 address, listeners: ${text}, port: ${port}` });
    }
  }
}

/**
 * The controller endpoints Kafka advertises: for each controller listener name, the advertised
 * listener of that name, else the bound one, with a 0.0.0.0 host blanked (3.9.1 and later,
 * KAFKA-18281); 4.3 and later first take this node's own entry in controller.quorum.voters for the first
 * controller listener.
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
    if (compareVersions(version, '4.3') >= 0 && i === 0 && (bound.host === '' || bound.host === '0.0.0.0')) {
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
    category: 'startup-failure',
    fileKinds: ['broker'],
    description: 'A listener setting Kafka refuses at startup: malformed NAME://host:port, a name without a security protocol, duplicate names or ports, advertised or inter-broker listeners that do not exist, 0.0.0.0 advertised, or broken KRaft controller listeners.',
    rationale:
      'Kafka builds its listeners when the config is read and exits on the first inconsistency, so a broker with a listener mistake never joins the cluster. Kafka reports one problem per restart; this rule reports all of them at once, judged against the target Kafka version (the checks differ between 3.9, 4.0, 4.1, 4.2, 4.3 and 4.4). One outcome depends on the patch release: a 3.9 controller listener bound to 0.0.0.0 without advertised.listeners is advertised as 0.0.0.0 and refused by 3.9.0, while 3.9.1 advertises the host\'s name (KAFKA-18281); that is a warning unless the files name a later 3.9 release. Kafka\'s default listeners (PLAINTEXT://:9092) are a known fact only when nothing else sets a node\'s listeners: kafka-server-start.sh passes `--override key=value` to Kafka, which applies each over the properties file (Kafka.getPropsFromArgs), so when another broker of the cluster gets its listeners from a start command\'s --override and this one sets none, the inter-broker listener check is a warning that says so instead of an error.',
    fix: 'Write each listener as NAME://host:port with a distinct name and port, map every name that is not a security protocol in listener.security.protocol.map, advertise a routable host for every broker listener, and for KRaft list the controller listener in controller.listener.names in upper case.',
    references: [
      { title: 'Kafka 4.3.1 core/src/main/scala/kafka/server/KafkaConfig.scala (validateValues)', url: 'https://github.com/apache/kafka/blob/4.3.1/core/src/main/scala/kafka/server/KafkaConfig.scala' },
      { title: 'Kafka 4.3.1 server/src/main/java/org/apache/kafka/server/config/AbstractKafkaConfig.java (listeners, security protocol map)', url: 'https://github.com/apache/kafka/blob/4.3.1/server/src/main/java/org/apache/kafka/server/config/AbstractKafkaConfig.java' },
      { title: 'Kafka 4.3.1 server/src/main/java/org/apache/kafka/network/SocketServerConfigs.java (listener grammar)', url: 'https://github.com/apache/kafka/blob/4.3.1/server/src/main/java/org/apache/kafka/network/SocketServerConfigs.java' },
      { title: 'Kafka 3.9.0 core/src/main/scala/kafka/server/KafkaConfig.scala', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/main/scala/kafka/server/KafkaConfig.scala' },
      { title: 'Kafka 3.9.0 core/src/main/scala/kafka/Kafka.scala (getPropsFromArgs: --override key=value over the properties file)', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/main/scala/kafka/Kafka.scala' },
      { title: 'KAFKA-18281: a KRaft controller bound to 0.0.0.0 without advertised.listeners advertises 0.0.0.0 (fixed in 3.9.1)', url: 'https://issues.apache.org/jira/browse/KAFKA-18281' },
    ],
    messages: MESSAGES,
    facts: ['kafkaVersion'],
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
    for (const broker of ctx.cluster.brokers) checkBroker(ctx, broker);
  },
});

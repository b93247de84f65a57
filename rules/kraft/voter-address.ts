import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { BrokerConfig, Listener, QuorumVoter } from '../../src/model/types.js';
import { controllerListenerNames, isIpLiteral } from '../../src/model/listeners.js';
import { quorumBootstrapServersOf } from '../../src/model/kraft.js';
import { knownValue } from '../../src/model/settings.js';
import { machineKey } from '../../src/model/zookeeper.js';

const WILDCARD_HOSTS = new Set(['', '0.0.0.0', '::']);

/** Whether a listener bound to `bound` can be what a voter naming `voter` reaches. */
function hostsCompatible(bound: string, voter: string): boolean {
  const normal = (h: string) => (h.toLowerCase() === 'localhost' ? '127.0.0.1' : h.toLowerCase());
  const [b, v] = [normal(bound), normal(voter)];
  // Two different names may resolve to one address; only two different IP literals surely differ.
  return WILDCARD_HOSTS.has(b) || b === v || !isIpLiteral(b) || !isIpLiteral(v);
}

/** The controller listeners of a node (bound and advertised), when its config says which they are. */
function controllerListeners(node: BrokerConfig, ctx: RuleContext): { bound: Listener[]; advertised: Listener[] } | undefined {
  const bound = node.listeners?.value;
  const names = knownValue(ctx.setting(node, 'controller.listener.names'));
  if (!bound) return undefined;
  const text = Array.isArray(names) ? names.join(',') : typeof names === 'string' ? names : undefined;
  const controllers = controllerListenerNames(text, ctx.kafkaVersion).map((n) => n.trim().toUpperCase());
  const own = bound.filter((l) => controllers.includes(l.name));
  if (own.length === 0) return undefined;
  const advertised = node.advertisedListeners?.value?.filter((l) => controllers.includes(l.name)) ?? [];
  return { bound: own, advertised };
}

/** What the quorum would reach at a voter's address, when the voter's own controller is in view and does not listen there. */
type BindingProblem =
  | { messageId: 'port-not-listened'; data: { voter: string; port: number; id: number; file: string; bound: string; suggested: string } }
  | { messageId: 'address-not-bound'; data: { voter: string; host: string; id: number; file: string; boundHost: string; listener: string } };

function bindingProblem(voter: QuorumVoter, ctx: RuleContext): BindingProblem | undefined {
  const owners = ctx.cluster.brokers.filter((b) => b.nodeId === voter.id && b.roles.includes('controller'));
  const owner = owners.length === 1 ? owners[0] : undefined;
  const endpoints = owner && controllerListeners(owner, ctx);
  if (!owner || !endpoints) return undefined;
  const candidates = [...endpoints.bound, ...endpoints.advertised];
  const samePort = candidates.filter((l) => l.port === voter.port);
  const first = endpoints.bound[0] as Listener;
  if (samePort.length === 0) {
    // A voter naming another machine than the controller's own is a load balancer or forwarder in front of it.
    const ownHost = owner.host === undefined ? undefined : machineKey(owner.host);
    const voterHost = machineKey(voter.host);
    if (ownHost !== undefined && voterHost !== undefined && ownHost !== voterHost) return undefined;
    return {
      messageId: 'port-not-listened',
      data: { voter: voter.text, port: voter.port, id: voter.id, file: owner.file, bound: endpoints.bound.map((l) => l.text).join(', '), suggested: `${voter.id}@${voter.host}:${first.port}` },
    };
  }
  if (!samePort.some((l) => hostsCompatible(l.host, voter.host))) {
    const l = samePort[0] as Listener;
    return { messageId: 'address-not-bound', data: { voter: voter.text, host: voter.host, id: voter.id, file: owner.file, boundHost: l.host, listener: l.text } };
  }
  return undefined;
}

const FORM = 'write each voter as <id>@<host>:<port>, comma-separated, e.g. 1@kafka1:9093,2@kafka2:9093,3@kafka3:9093';

export default defineRule({
  meta: {
    id: 'kraft/voter-address',
    category: 'startup-failure',
    fileKinds: ['broker'],
    description: 'A controller.quorum.voters entry is malformed or names 0.0.0.0 (error), repeats an id or has no host (warning), or points at a port or address its controller, in view, does not listen on (info).',
    rationale:
      'Every node parses controller.quorum.voters when it starts (QuorumConfig, same code and messages in 3.9 to 4.3): an entry that is not {id}@{host}:{port} stops it, and so does a 0.0.0.0 host ("Host string (0.0.0.0) is not routeable"). A repeated id keeps only its last entry (a HashMap), silently dropping a voter. The same parsing applies to controller.quorum.bootstrap.servers. A voter address is what the other nodes connect to, an advertised address: Kafka does not require its port to be the controller listener\'s port, and its own tests accept voters whose ports differ from every listener\'s, since a load balancer or a port forward may stand in front of the controller. So a voter whose port or address is not where its controller (in view) listens is only an info, and it is not reported when the voter names another machine than the controller\'s own, as a load balancer\'s address would.',
    fix: 'Write each voter as <node.id>@<host>:<port of its controller listener>, comma-separated, with the host the other nodes reach the controller at, e.g. 1@kafka1:9093,2@kafka2:9093,3@kafka3:9093; when a load balancer or forwarder stands in front of a controller, write its address.',
    references: [
      { title: 'Apache Kafka 3.9.0 QuorumConfig.java (raft module): parseVoterConnections, "Host string (0.0.0.0) is not routeable"', url: 'https://github.com/apache/kafka/blob/3.9.0/raft/src/main/java/org/apache/kafka/raft/QuorumConfig.java' },
      { title: 'Apache Kafka 3.9.0 KafkaConfigTest.scala: testPortInQuorumVotersNotRequiredToMatchFirstControllerListenerPortForThisKRaftController (voter ports are "semantically advertised ports")', url: 'https://github.com/apache/kafka/blob/3.9.0/core/src/test/scala/unit/kafka/server/KafkaConfigTest.scala' },
      { title: 'Apache Kafka Utils.java: HOST_PORT_PATTERN', url: 'https://github.com/apache/kafka/blob/3.9.0/clients/src/main/java/org/apache/kafka/common/utils/Utils.java' },
      { title: 'Apache Kafka 4.2 documentation: KRaft, Controllers', url: 'https://kafka.apache.org/42/operations/kraft' },
    ],
    messages: {
      unparsable: {
        severity: 'error',
        text: `Kafka refuses to start this node ("{{error}}"); ${FORM}.`,
      },
      'unroutable-host': {
        severity: 'error',
        text: 'Voter {{voter}} has the host 0.0.0.0, which names no machine: Kafka refuses to start ("Host string (0.0.0.0) is not routeable"). Write the host name or IP address the other nodes reach controller {{id}} at.',
      },
      'repeated-id': {
        severity: 'warning',
        text: 'Voter id {{id}} is listed twice ({{first}}, then {{later}}): Kafka keeps only the last, so {{first}} is silently not a voter. Give each controller its own node.id and list each once.',
      },
      'no-host': {
        severity: 'warning',
        text: 'Voter {{voter}} has no host, so every node connects to its own loopback address for controller {{id}}, which works only when all nodes share one machine. Write the host name or IP address of controller {{id}}.',
      },
      'port-not-listened': {
        severity: 'info',
        text: 'Voter {{voter}} points at port {{port}}, but controller {{id}} ({{file}}) listens for the quorum on {{bound}}. Kafka accepts this, since a load balancer or port forward may stand at that address; if nothing forwards port {{port}} to the controller, the other nodes never reach it: write {{suggested}}.',
      },
      'address-not-bound': {
        severity: 'info',
        text: 'Voter {{voter}} points at {{host}}, but controller {{id}} ({{file}}) binds its controller listener to {{boundHost}} only ({{listener}}). Kafka accepts this, since a load balancer or NAT may stand at that address; if nothing forwards it to {{boundHost}}, the other nodes never reach the controller: write the address it listens on, or bind the listener to {{host}} or to all interfaces.',
      },
      'bootstrap-unparsable': {
        severity: 'error',
        text: 'Kafka refuses to start this node ("{{error}}"); write each controller as <host>:<port>, comma-separated, e.g. kafka1:9093,kafka2:9093,kafka3:9093.',
      },
    },
    examples: {
      bad: [
        { file: 'server.properties', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=1:c1:9093,2:c2:9093,3:c3:9093\n' },
        {
          file: 'controller1.properties',
          text: 'process.roles=controller\nnode.id=1\ncontroller.quorum.voters=1@c1:9094\nlisteners=CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\n',
        },
      ],
      good: [
        {
          file: 'controller1.properties',
          text: 'process.roles=controller\nnode.id=1\ncontroller.quorum.voters=1@c1:9093,2@c2:9093,3@c3:9093\nlisteners=CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\n',
        },
        {
          file: 'controller1.properties',
          text: 'process.roles=controller\nnode.id=1\ncontroller.quorum.voters=1@quorum-lb.example.com:19093\nlisteners=CONTROLLER://c1:9093\ncontroller.listener.names=CONTROLLER\n',
        },
      ],
    },
  },
  check(ctx) {
    for (const node of ctx.cluster.brokers) {
      const parsed = node.quorumVoters;
      if (parsed && !parsed.templated) {
        if (parsed.error !== undefined) ctx.report({ entry: parsed.entry, part: 'value', messageId: 'unparsable', data: { error: parsed.error } });
        const voters = parsed.value ?? [];
        voters.forEach((voter, i) => {
          const at = { entry: parsed.entry, part: 'value' as const };
          const later = voters.slice(i + 1).find((v) => v.id === voter.id);
          if (later) {
            ctx.report({ ...at, messageId: 'repeated-id', data: { id: voter.id, first: voter.text, later: later.text } });
          } else if (voter.host === '0.0.0.0') {
            ctx.report({ ...at, messageId: 'unroutable-host', data: { voter: voter.text, id: voter.id } });
          } else if (voter.host === '') {
            ctx.report({ ...at, messageId: 'no-host', data: { voter: voter.text, id: voter.id } });
          } else {
            const problem = bindingProblem(voter, ctx);
            if (problem) ctx.report({ ...at, ...problem });
          }
        });
      }
      const bootstrap = quorumBootstrapServersOf(node);
      if (bootstrap?.error !== undefined) ctx.report({ entry: bootstrap.entry, part: 'value', messageId: 'bootstrap-unparsable', data: { error: bootstrap.error } });
    }
  },
});

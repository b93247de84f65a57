import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { BrokerConfig, Listener, QuorumVoter } from '../../src/model/types.js';
import { hasTemplate } from '../../src/parse/template.js';
import { controllerListenerNames, isIpLiteral } from '../../src/model/listeners.js';
import { quorumBootstrapServersOf } from '../../src/model/kraft.js';

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
  const listeners = node.listeners;
  if (!listeners?.value || hasTemplate(listeners.entry.value)) return undefined;
  const names = controllerListenerNames(node.settings.get('controller.listener.names')?.value, ctx.kafkaVersion).map((n) => n.trim().toUpperCase());
  const bound = listeners.value.filter((l) => names.includes(l.name));
  if (bound.length === 0) return undefined;
  const advertised = node.advertisedListeners?.value?.filter((l) => names.includes(l.name)) ?? [];
  return { bound, advertised };
}

/** Why no controller listener of the voter's node answers at the voter's address, if so. */
function bindingProblem(voter: QuorumVoter, ctx: RuleContext): string | undefined {
  const owners = ctx.cluster.brokers.filter((b) => b.nodeId === voter.id && b.roles.includes('controller'));
  const owner = owners.length === 1 ? owners[0] : undefined;
  const endpoints = owner && controllerListeners(owner, ctx);
  if (!owner || !endpoints) return undefined;
  const candidates = [...endpoints.bound, ...endpoints.advertised];
  const samePort = candidates.filter((l) => l.port === voter.port);
  const bound = endpoints.bound.map((l) => l.text).join(', ');
  const first = endpoints.bound[0] as Listener;
  if (samePort.length === 0) {
    return `Voter ${voter.text} points at port ${voter.port}, but controller ${voter.id} (${owner.file}) listens for the quorum on ${bound}: the other nodes would never reach it. Write ${voter.id}@${voter.host}:${first.port}.`;
  }
  if (!samePort.some((l) => hostsCompatible(l.host, voter.host))) {
    const l = samePort[0] as Listener;
    return `Voter ${voter.text} points at ${voter.host}, but controller ${voter.id} (${owner.file}) binds its controller listener to ${l.host} only (${l.text}): the other nodes would never reach it there. Write the address it listens on, or bind the listener to ${voter.host} or to all interfaces.`;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'kraft/voter-address',
    severity: 'error',
    category: 'startup-failure',
    fileKinds: ['broker'],
    description: 'A controller.quorum.voters entry is malformed, names no reachable host, repeats an id, or points at an address its controller does not listen on.',
    rationale:
      'Every node parses controller.quorum.voters when it starts (QuorumConfig, same code and messages in 3.9 to 4.3): an entry that is not {id}@{host}:{port} stops it, and so does a 0.0.0.0 host ("Host string (0.0.0.0) is not routeable"). A repeated id keeps only its last entry (a HashMap), silently dropping a voter. A voter whose port or address is not where that controller listens (its controller.listener.names listener) is never reached, which costs the quorum one member. The same parsing applies to controller.quorum.bootstrap.servers.',
    fix: 'Write each voter as <node.id>@<host>:<port of its controller listener>, comma-separated, with the host the other nodes reach the controller at, e.g. 1@kafka1:9093,2@kafka2:9093,3@kafka3:9093.',
    references: [
      { title: 'Apache Kafka QuorumConfig.java (raft module, 3.9 to 4.3): parseVoterConnections', url: 'https://github.com/apache/kafka/blob/trunk/raft/src/main/java/org/apache/kafka/raft/QuorumConfig.java' },
      { title: 'Apache Kafka Utils.java: HOST_PORT_PATTERN', url: 'https://github.com/apache/kafka/blob/trunk/clients/src/main/java/org/apache/kafka/common/utils/Utils.java' },
      { title: 'Apache Kafka 4.2 documentation: KRaft, Controllers', url: 'https://kafka.apache.org/42/operations/kraft' },
    ],
    examples: {
      bad: [
        { file: 'server.properties', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=1:c1:9093,2:c2:9093,3:c3:9093\n' },
        {
          file: 'controller1.properties',
          text: 'process.roles=controller\nnode.id=1\ncontroller.quorum.voters=1@c1:9094\nlisteners=CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\n',
        },
      ],
      good: [{
        file: 'controller1.properties',
        text: 'process.roles=controller\nnode.id=1\ncontroller.quorum.voters=1@c1:9093,2@c2:9093,3@c3:9093\nlisteners=CONTROLLER://:9093\ncontroller.listener.names=CONTROLLER\n',
      }],
    },
  },
  check(ctx) {
    for (const node of ctx.cluster.brokers) {
      const parsed = node.quorumVoters;
      if (parsed && !hasTemplate(parsed.entry.value)) {
        if (parsed.error !== undefined) {
          ctx.report({
            entry: parsed.entry,
            part: 'value',
            message: `Kafka refuses to start this node ("${parsed.error}"); write each voter as <id>@<host>:<port>, comma-separated, e.g. 1@kafka1:9093,2@kafka2:9093,3@kafka3:9093.`,
          });
        }
        const voters = parsed.value ?? [];
        voters.forEach((voter, i) => {
          const later = voters.slice(i + 1).find((v) => v.id === voter.id);
          const report = (message: string, severity?: 'warning') =>
            ctx.report({ entry: parsed.entry, part: 'value', message, ...(severity ? { severity } : {}) });
          if (later) {
            report(`Voter id ${voter.id} is listed twice (${voter.text}, then ${later.text}): Kafka keeps only the last, so ${voter.text} is silently not a voter. Give each controller its own node.id and list each once.`);
            return;
          }
          if (voter.host === '0.0.0.0') {
            report(`Voter ${voter.text} has the host 0.0.0.0, which names no machine: Kafka refuses to start ("Host string (0.0.0.0) is not routeable"). Write the host name or IP address the other nodes reach controller ${voter.id} at.`);
          } else if (voter.host === '') {
            report(`Voter ${voter.text} has no host, so every node connects to its own loopback address for controller ${voter.id}, which works only when all nodes share one machine. Write the host name or IP address of controller ${voter.id}.`, 'warning');
          } else {
            const problem = bindingProblem(voter, ctx);
            if (problem) report(problem);
          }
        });
      }
      const bootstrap = quorumBootstrapServersOf(node);
      if (bootstrap?.error !== undefined && !hasTemplate(bootstrap.entry.value)) {
        ctx.report({
          entry: bootstrap.entry,
          part: 'value',
          message: `Kafka refuses to start this node ("${bootstrap.error}"); write each controller as <host>:<port>, comma-separated, e.g. kafka1:9093,kafka2:9093,kafka3:9093.`,
        });
      }
    }
  },
});

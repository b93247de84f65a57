import { defineRule } from '../../src/engine/rule.js';
import { anchorOf, hasUnresolvedTemplate } from '../../src/model/broker.js';
import { DEFAULT_LISTENERS, parseListeners } from '../../src/model/listeners.js';
import { machineKey } from '../../src/model/zookeeper.js';

/** A port some node binds on a host. */
interface Binding {
  machine: string;
  host: string;
  port: number;
  what: string;
  file: string;
}

export default defineRule({
  meta: {
    id: 'cluster/port-conflict',
    severity: 'error',
    category: 'startup-failure',
    fileKinds: ['broker', 'zookeeper'],
    description: 'Two brokers, or a broker and a ZooKeeper server, on one host bind the same port.',
    rationale:
      'Only one process can listen on a port of a host. The node that starts second fails with "Address already in use" (a broker exits at startup; a ZooKeeper server cannot join the quorum). Hosts come from advertised listeners and zoo.cfg server lines, so this only fires when the files name the same host.',
    fix: 'Give each node on a shared host its own ports (e.g. brokers 9092, 9093, 9094), or run them on separate hosts.',
    references: [
      { title: 'Kafka 4.3.1 SocketServerConfigs (listeners default PLAINTEXT://:9092)', url: 'https://github.com/apache/kafka/blob/4.3.1/server/src/main/java/org/apache/kafka/network/SocketServerConfigs.java' },
      { title: 'ZooKeeper 3.8.4 QuorumPeerConfig (client, quorum, election and admin ports)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
    ],
    examples: {
      bad: [{
        file: 'kafka1/server.properties',
        text: 'broker.id=1\nlisteners=PLAINTEXT://node1:9092\n',
        cluster: [{ file: 'kafka2/server.properties', text: 'broker.id=2\nlisteners=PLAINTEXT://node1:9092\n' }],
      }],
      good: [{
        file: 'kafka1/server.properties',
        text: 'broker.id=1\nlisteners=PLAINTEXT://node1:9092\n',
        cluster: [{ file: 'kafka2/server.properties', text: 'broker.id=2\nlisteners=PLAINTEXT://node1:9093\n' }],
      }],
    },
  },
  check(ctx) {
    const taken = new Map<string, Binding>();
    const claim = (b: Binding): Binding | undefined => {
      const key = `${b.machine}:${b.port}`;
      const holder = taken.get(key);
      if (holder && holder.file !== b.file) return holder;
      if (!holder) taken.set(key, b);
      return undefined;
    };
    for (const zk of ctx.cluster.zookeeper) {
      for (const server of zk.servers) {
        const machine = machineKey(server.host);
        if (machine === undefined || server.error) continue;
        const ports: [number | undefined, string][] = [
          [server.quorumPort, 'quorum port'],
          [server.electionPort, 'election port'],
          // Members of an ensemble usually share one zoo.cfg, so its clientPort holds for each of them.
          [server.clientPort ?? zk.effective.clientPort, 'client port'],
        ];
        for (const [port, what] of ports) {
          if (port !== undefined && port > 0) claim({ machine, host: server.host, port, what: `ZooKeeper server.${server.idText} ${what}`, file: `${zk.file}#server.${server.idText}` });
        }
      }
    }
    for (const broker of ctx.cluster.brokers) {
      const machine = broker.host === undefined ? undefined : machineKey(broker.host);
      const listenersEntry = broker.settings.get('listeners');
      if (machine === undefined || (listenersEntry && hasUnresolvedTemplate(listenersEntry.value))) continue;
      const listeners = (broker.listeners ?? parseListeners({ key: 'listeners', value: DEFAULT_LISTENERS, syntax: 'object' })).value ?? [];
      for (const l of listeners) {
        if (l.port <= 0) continue;
        const holder = claim({ machine, host: broker.host as string, port: l.port, what: `broker listener ${l.name}`, file: broker.file });
        if (!holder) continue;
        ctx.report({
          ...(listenersEntry ? { entry: listenersEntry, part: 'value' as const } : anchorOf(broker)),
          message: `This broker's listener ${l.name} binds port ${l.port} on ${broker.host}, where the ${holder.what} (${holder.file.replace(/#.*$/, '')}) already uses it; the second process to start fails with "Address already in use". Use another port, e.g. ${l.port + 1}.`,
        });
      }
    }
  },
});

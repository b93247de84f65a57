import { defineRule, type Report } from '../../src/engine/rule.js';
import { anchorOf } from '../../src/model/broker.js';
import { isDistributed, machineKey, ownServer } from '../../src/model/zookeeper.js';
import type { ZooKeeperConfig } from '../../src/model/types.js';

/** One port a server listens on. */
interface Binding {
  port: number;
  /** What it is, for messages: "quorum port of server.1". */
  label: string;
  kind: 'quorum' | 'election' | 'client' | 'secure' | 'admin';
  /** The server line it comes from, when it comes from one. */
  serverId?: number;
  /** The machine, for server-line bindings; own-port bindings live on this file's machine. */
  machine?: string;
  at: Pick<Report, 'entry' | 'file' | 'span'>;
}

/** The ports each server line binds on its host. */
function serverBindings(zk: ZooKeeperConfig): Binding[] {
  return zk.servers.flatMap((s) => {
    if (s.error || s.id === undefined) return [];
    const machine = machineKey(s.host);
    const base = { serverId: s.id, at: { entry: s.entry }, ...(machine === undefined ? {} : { machine }) };
    const out: Binding[] = [
      { ...base, port: s.quorumPort!, kind: 'quorum', label: `quorum port of server.${s.idText}` },
      { ...base, port: s.electionPort!, kind: 'election', label: `election port of server.${s.idText}` },
    ];
    if (s.clientPort !== undefined) out.push({ ...base, port: s.clientPort, kind: 'client', label: `client port of server.${s.idText}` });
    return out;
  });
}

/** The ports this file's own server binds besides its server line: client, secure client, admin. */
function ownBindings(zk: ZooKeeperConfig): Binding[] {
  const e = zk.effective;
  const out: Binding[] = [];
  if (e.clientPort !== undefined) out.push({ port: e.clientPort, kind: 'client', label: 'clientPort', at: anchorOf(zk, 'clientPort') });
  if (e.secureClientPort !== undefined) out.push({ port: e.secureClientPort, kind: 'secure', label: 'secureClientPort', at: anchorOf(zk, 'secureClientPort') });
  if (e.adminServer.enabled) {
    const written = zk.settings.has('admin.serverPort');
    out.push({ port: e.adminServer.port, kind: 'admin', label: written ? 'admin.serverPort' : 'default admin server port', at: anchorOf(zk, 'admin.serverPort', 'clientPort') });
  }
  return out;
}

/** The admin server failing to bind stops a standalone server; an ensemble member logs it and carries on. */
function severityOf(zk: ZooKeeperConfig, a: Binding, b: Binding): Report['severity'] {
  return (a.kind === 'admin' || b.kind === 'admin') && isDistributed(zk) ? 'warning' : 'error';
}

function why(zk: ZooKeeperConfig, a: Binding, b: Binding): string {
  if (a.kind !== 'admin' && b.kind !== 'admin') return 'only one listener can bind it, so ZooKeeper fails at start with "Address already in use"';
  return isDistributed(zk)
    ? 'only one listener can bind it, so this ensemble member runs without its admin server (it logs "Problem starting AdminServer")'
    : 'only one listener can bind it, so this standalone server stops at start (ZooKeeperServerMain does not catch the admin server failure)';
}

export default defineRule({
  meta: {
    id: 'zookeeper/port-conflict',
    severity: 'error',
    category: 'startup-failure',
    fileKinds: ['zookeeper'],
    description: 'Two of a ZooKeeper host\'s ports (client, secure client, quorum, election, admin) that are the same, within one zoo.cfg or across ensemble members on one host.',
    rationale:
      'Each ZooKeeper server binds its client port, its quorum and election ports (from its own server.N line) and the admin server port (8080 by default) on its host. ZooKeeper 3.8\'s parser does not compare them: a quorum port equal to clientPort passes and the server then fails to bind. Several members on one host (a test ensemble) must use distinct ports, admin port included. A clientPort that disagrees with the ;port on the server\'s own line is refused ("client address for this server ... is different"). A port outside 0-65535 is zookeeper/invalid-value\'s finding.',
    fix: 'Give every listener on a host its own port: usually clientPort=2181, quorum 2888, election 3888, admin.serverPort=8080; on a shared test host, offset each member (2182/2889/3889/8081, ...).',
    references: [
      { title: 'ZooKeeper 3.8.0 QuorumPeerConfig.setupClientPort', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.8.0 QuorumPeer.start (admin server failure is logged) and ZooKeeperServerMain.runFromConfig (it is not caught)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeer.java' },
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: AdminServer configuration', url: 'https://zookeeper.apache.org/doc/r3.8.0/zookeeperAdmin.html#sc_adminserver_config' },
    ],
    examples: {
      bad: [
        { file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2888\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        {
          file: 'zk1/zoo.cfg',
          text: 'dataDir=/var/lib/zk1\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=localhost:2888:3888\nserver.2=localhost:2889:3889\nserver.3=localhost:2890:3890\n',
          cluster: [
            { file: 'zk1/myid', text: '1\n' },
            { file: 'zk2/zoo.cfg', text: 'dataDir=/var/lib/zk2\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=localhost:2888:3888\nserver.2=localhost:2889:3889\nserver.3=localhost:2890:3890\nadmin.serverPort=8081\n' },
            { file: 'zk2/myid', text: '2\n' },
          ],
        },
      ],
      good: [
        { file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
      ],
    },
  },
  check(ctx) {
    const machines = new Map<string, { zk: ZooKeeperConfig; ports: Binding[] }[]>();
    for (const zk of ctx.cluster.zookeeper) {
      const servers = serverBindings(zk);
      const own = ownServer(zk);
      const mine = ownBindings(zk);
      const reported = new Set<Binding>();
      const conflict = (a: Binding, b: Binding, host: string) => {
        if (reported.has(b)) return;
        reported.add(b);
        ctx.report({ ...b.at, severity: severityOf(zk, a, b), message: `The ${b.label} ${b.port} is also the ${a.label}${host}: ${why(zk, a, b)}. Give each listener on a host its own port.` });
      };
      // Server lines on one machine; same-kind clashes between two servers are zookeeper/duplicate-server's.
      for (const [i, b] of servers.entries()) {
        if (b.machine === undefined) continue;
        const a = servers.slice(0, i).find(
          (x) => x.machine === b.machine && x.port === b.port && !(x.serverId !== b.serverId && x.kind === b.kind && x.kind !== 'client'),
        );
        if (a) conflict(a, b, ` on ${b.machine}`);
      }
      // This server's own listeners against each other and against its server line (any line, when myid is unknown).
      const candidates = servers.filter((s) => s.kind !== 'client' && (own ? s.serverId === own.id : true));
      for (const [i, b] of mine.entries()) {
        const a = mine.slice(0, i).find((x) => x.port === b.port) ?? candidates.find((x) => x.port === b.port);
        if (a) conflict(a, b, a.serverId !== undefined && !own ? ' (if this is that server)' : '');
      }
      if (own?.clientPort !== undefined && zk.effective.clientPort !== undefined && own.clientPort !== zk.effective.clientPort) {
        ctx.report({
          ...anchorOf(zk, 'clientPort'),
          message: `clientPort=${zk.effective.clientPort} but this server's own line server.${own.idText} gives ;${own.clientPort}: ZooKeeper refuses to start ("client address for this server (id = ${own.id}) in static config file is ... different from client address found in dynamic file"). Keep one of them, with the same port.`,
        });
      }
      const machine = machineKey(zk.host ?? '') ?? (own ? machineKey(own.host) : undefined);
      if (machine !== undefined) {
        const ports = [...mine, ...servers.filter((s) => s.serverId === own?.id && s.kind !== 'client')];
        const list = machines.get(machine) ?? [];
        for (const b of ports) {
          const other = list.find((o) => o.ports.some((a) => a.port === b.port));
          if (!other || reported.has(b)) continue;
          const a = other.ports.find((x) => x.port === b.port)!;
          reported.add(b);
          ctx.report({
            ...b.at,
            severity: severityOf(zk, a, b),
            message: `The ${b.label} ${b.port} is also the ${a.label} of ${other.zk.file}, which runs on the same host (${machine}): ${why(zk, a, b)}. Give each member on a shared host its own ports.`,
          });
        }
        list.push({ zk, ports });
        machines.set(machine, list);
      }
    }
  },
});

import { defineRule, type Report, type RuleContext } from '../../src/engine/rule.js';
import { anchorOf } from '../../src/model/broker.js';
import { ensembles, isDistributed, machineKey, ownServer } from '../../src/model/zookeeper.js';
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
    if (s.error || s.templated || s.id === undefined) return [];
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

/** The ports this file's own server binds besides its server line: client, secure client, admin (unless a template decides it). */
function ownBindings(ctx: RuleContext<string>, zk: ZooKeeperConfig): Binding[] {
  const e = zk.effective;
  const out: Binding[] = [];
  if (e.clientPort !== undefined) out.push({ port: e.clientPort, kind: 'client', label: 'clientPort', at: anchorOf(zk, 'clientPort') });
  if (e.secureClientPort !== undefined) out.push({ port: e.secureClientPort, kind: 'secure', label: 'secureClientPort', at: anchorOf(zk, 'secureClientPort') });
  const adminTemplated = ['admin.enableServer', 'admin.serverPort'].some((key) => ctx.setting(zk, key).state === 'templated');
  if (e.adminServer.enabled && !adminTemplated) {
    const written = zk.settings.has('admin.serverPort');
    out.push({ port: e.adminServer.port, kind: 'admin', label: written ? 'admin.serverPort' : 'default admin server port', at: anchorOf(zk, 'admin.serverPort', 'clientPort') });
  }
  return out;
}

/**
 * The server-line bindings seen so far, by host and port, so that each new one finds the first
 * earlier binding it clashes with without a scan of all (a list of thousands of servers). A
 * binding clashes with an earlier one on the same host and port unless both are the same kind
 * of port of two different servers (quorum or election): that is zookeeper/duplicate-server's.
 */
class EarlierBindings {
  private readonly byAddress = new Map<string, { byServer: Map<number | undefined, [number, Binding]>; byKind: Map<Binding['kind'], [number, Binding]> }>();
  private count = 0;

  clashing(b: Binding): Binding | undefined {
    const seen = this.byAddress.get(`${b.machine}\u0000${b.port}`);
    if (!seen) return undefined;
    const candidates = [seen.byServer.get(b.serverId), seen.byKind.get('client'), ...[...seen.byKind].filter(([kind]) => kind !== b.kind).map(([, first]) => first)];
    let first: [number, Binding] | undefined;
    for (const c of candidates) if (c && (!first || c[0] < first[0])) first = c;
    return first?.[1];
  }

  add(b: Binding): void {
    const address = `${b.machine}\u0000${b.port}`;
    let seen = this.byAddress.get(address);
    if (!seen) this.byAddress.set(address, (seen = { byServer: new Map(), byKind: new Map() }));
    const at: [number, Binding] = [this.count++, b];
    if (!seen.byServer.has(b.serverId)) seen.byServer.set(b.serverId, at);
    if (!seen.byKind.has(b.kind)) seen.byKind.set(b.kind, at);
  }
}

/** The message for two listeners on one port: the admin server failing to bind stops a standalone server; an ensemble member logs it and carries on. */
function clash(zk: ZooKeeperConfig, a: Binding, b: Binding): 'port-taken' | 'admin-port-taken' | 'admin-port-taken-standalone' {
  if (a.kind !== 'admin' && b.kind !== 'admin') return 'port-taken';
  return isDistributed(zk) ? 'admin-port-taken' : 'admin-port-taken-standalone';
}

const ADVICE = 'Give each listener on a host its own port.';

export default defineRule({
  meta: {
    id: 'zookeeper/port-conflict',
    category: 'startup-failure',
    fileKinds: ['zookeeper'],
    description: 'Two of a ZooKeeper host\'s ports (client, secure client, quorum, election, admin) that are the same, within one zoo.cfg or across ensemble members on one host.',
    rationale:
      'Each ZooKeeper server binds its client port, its quorum and election ports (from its own server.N line) and the admin server port (8080 by default) on its host. ZooKeeper 3.8\'s parser does not compare them: a quorum port equal to clientPort passes and the server then fails to bind. Several members on one host (a test ensemble) must use distinct ports, admin port included. A clientPort that disagrees with the ;port on the server\'s own line is refused ("client address for this server ... is different"). A standalone server (one voting server, standaloneEnabled not false) binds no quorum or election port. When kafka-lint does not know which server line is this server\'s own (no myid beside it) and only some lines clash, the finding is a warning. Members are compared with each other only within one ensemble (files that share server ids). A port outside 0-65535 is zookeeper/invalid-value\'s finding.',
    fix: 'Give every listener on a host its own port: usually clientPort=2181, quorum 2888, election 3888, admin.serverPort=8080; on a shared test host, offset each member (2182/2889/3889/8081, ...).',
    references: [
      { title: 'ZooKeeper 3.8.4 QuorumPeerConfig.setupClientPort', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.8.4 QuorumPeer.start (an ensemble member logs "Problem starting AdminServer" and runs on)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeer.java' },
      { title: 'ZooKeeper 3.8.4 ZooKeeperServerMain.main ("Unable to start AdminServer, exiting abnormally") and QuorumPeerMain.initializeAndRun (standalone unless distributed)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/ZooKeeperServerMain.java' },
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: AdminServer configuration', url: 'https://zookeeper.apache.org/doc/r3.8.4/zookeeperAdmin.html#sc_adminserver_config' },
    ],
    messages: {
      'port-taken': {
        severity: 'error',
        text: `The {{mine}} {{port}} is also the {{theirs}}{{where}}: only one listener can bind it, so ZooKeeper fails at start with "Address already in use". ${ADVICE}`,
      },
      'port-taken-if-own-line': {
        severity: 'warning',
        text: `The {{mine}} {{port}} is also the {{theirs}}: if that line is this server's own, only one listener can bind the port and ZooKeeper fails at start with "Address already in use". kafka-lint does not know which line is this server's (no myid file beside it). ${ADVICE}`,
      },
      'admin-port-taken': {
        severity: 'warning',
        text: `The {{mine}} {{port}} is also the {{theirs}}{{where}}: only one listener can bind it, so this ensemble member runs without its admin server (it logs "Problem starting AdminServer"). ${ADVICE}`,
      },
      'admin-port-taken-standalone': {
        severity: 'error',
        text: `The {{mine}} {{port}} is also the {{theirs}}{{where}}: only one listener can bind it, so this standalone server stops at start ("Unable to start AdminServer, exiting abnormally"). ${ADVICE}`,
      },
      'client-port-differs': {
        severity: 'error',
        text: 'clientPort={{clientPort}} but this server\'s own line server.{{id}} gives ;{{linePort}}: ZooKeeper refuses to start ("client address for this server (id = {{number}}) in static config file is ... different from client address found in dynamic file"). Keep one of them, with the same port.',
      },
    },
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
    for (const members of ensembles(ctx.cluster)) {
      // Per host, the member that first binds each port.
      const machines = new Map<string, Map<number, { zk: ZooKeeperConfig; binding: Binding }>>();
      for (const zk of members) {
        // A standalone server binds no quorum or election port.
        const servers = isDistributed(zk) ? serverBindings(zk) : [];
        const own = ownServer(zk);
        const mine = ownBindings(ctx, zk);
        const reported = new Set<Binding>();
        const report = (a: Binding, b: Binding, where: string, messageId: ReturnType<typeof clash> | 'port-taken-if-own-line') => {
          if (reported.has(b)) return;
          reported.add(b);
          ctx.report({ ...b.at, messageId, data: { mine: b.label, port: b.port, theirs: a.label, where } });
        };
        // Server lines on one machine; same-kind clashes between two servers are zookeeper/duplicate-server's.
        const earlier = new EarlierBindings();
        for (const b of servers) {
          if (b.machine === undefined) continue;
          const a = earlier.clashing(b);
          if (a) report(a, b, ` on ${b.machine}`, clash(zk, a, b));
          earlier.add(b);
        }
        // This server's own listeners against each other and against its own server line.
        const lines = servers.filter((s) => s.kind !== 'client');
        const ownLine = own ? lines.filter((s) => s.serverId === own.id) : lines;
        const lineIds = new Set(lines.map((s) => s.serverId));
        const idsByPort = new Map<number, Set<number | undefined>>();
        for (const x of lines) idsByPort.set(x.port, (idsByPort.get(x.port) ?? new Set()).add(x.serverId));
        for (const [i, b] of mine.entries()) {
          const a = mine.slice(0, i).find((x) => x.port === b.port);
          if (a) {
            report(a, b, '', clash(zk, a, b));
            continue;
          }
          const line = ownLine.find((x) => x.port === b.port);
          if (!line) continue;
          // Without a myid, the clash is certain only when every server line has the port.
          const certain = own !== undefined || idsByPort.get(b.port)?.size === lineIds.size;
          if (!certain) report(line, b, '', 'port-taken-if-own-line');
          else if (own) report(line, b, '', clash(zk, line, b));
          else report({ ...line, label: `${line.kind} port of every server line` }, b, '', clash(zk, line, b));
        }
        const clientPort = ctx.setting(zk, 'clientPort');
        if (own?.clientPort !== undefined && clientPort.state === 'set' && typeof clientPort.value === 'number' && clientPort.value !== 0 && own.clientPort !== clientPort.value) {
          ctx.report({ entry: clientPort.entry, messageId: 'client-port-differs', data: { clientPort: clientPort.value, id: own.idText, linePort: own.clientPort, number: own.id as number } });
        }
        const machine = machineKey(zk.host ?? '') ?? (own && !own.templated ? machineKey(own.host) : undefined);
        if (machine === undefined) continue;
        const ports = [...mine, ...servers.filter((s) => s.serverId === own?.id && s.kind !== 'client')];
        const taken = machines.get(machine) ?? new Map<number, { zk: ZooKeeperConfig; binding: Binding }>();
        for (const b of ports) {
          const other = taken.get(b.port);
          if (other) report(other.binding, b, ` of ${other.zk.file}, which runs on the same host (${machine})`, clash(zk, other.binding, b));
        }
        // The first member on the host to bind a port is the one a later member clashes with.
        for (const binding of ports) if (!taken.has(binding.port)) taken.set(binding.port, { zk, binding });
        machines.set(machine, taken);
      }
    }
  },
});

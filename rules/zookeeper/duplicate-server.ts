import { defineRule } from '../../src/engine/rule.js';
import { machineKey, parseServerEntry } from '../../src/model/zookeeper.js';
import type { ZkServer } from '../../src/model/types.js';

const lineOf = (s: ZkServer) => s.entry.keySpan?.line;
const where = (s: ZkServer) => (lineOf(s) === undefined ? `server.${s.idText}` : `server.${s.idText} (line ${lineOf(s)})`);
const FEWER = 'so the ensemble has one server fewer than the file lists. Give each server its own id.';

export default defineRule({
  meta: {
    id: 'zookeeper/duplicate-server',
    category: 'outage-risk',
    fileKinds: ['zookeeper'],
    description: 'A server id listed twice (also server.1 and server.01), or two servers at the same host and port.',
    rationale:
      'ZooKeeper keys its server list by the number after server., so server.2 written twice, or server.1 next to server.01, leaves one server where the file seems to list two: ZooKeeper keeps one of them silently (for different spellings, which one depends on hash order) and the ensemble is smaller than intended. A member whose myid names the lost line then stops ("My id 3 not in the peer list"). Two server lines with the same host and quorum or election port cannot both run: only one process can listen there. ZooKeeper 3.8 checks duplicate addresses only during a dynamic reconfig, never for the static file.',
    fix: 'Give every server its own id and its own host (or, when several run on one host for testing, their own quorum and election ports).',
    references: [
      { title: 'ZooKeeper 3.8.4 QuorumMaj (server ids parsed with Long.parseLong, stored in a map)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/flexible/QuorumMaj.java' },
      { title: 'ZooKeeper 3.8.4 QuorumPeer.start (a member whose myid has no server line stops: "My id ... not in the peer list")', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeer.java' },
      { title: 'ZooKeeper 3.8.4 QuorumPeer.QuorumServer.checkAddressDuplicate, called only by PrepRequestProcessor during a reconfig', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/PrepRequestProcessor.java' },
    ],
    messages: {
      'same-key-twice': {
        severity: 'error',
        text: `server.{{id}} is written again (first {{first}}): ZooKeeper keeps only this last line, ${FEWER}`,
      },
      'same-id': {
        severity: 'error',
        text: `server.{{id}} and {{other}} are the same id {{number}} for ZooKeeper, which keeps only one of them (which one depends on hash order), ${FEWER}`,
      },
      'same-address': {
        severity: 'error',
        text: 'server.{{id}} has the same host ({{host}}) and {{port}} as {{other}}: only one process can listen there, so these two servers cannot both run. Give each server its own host, or on one test host its own ports (e.g. 2889:3889).',
      },
    },
    examples: {
      bad: [
        { file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=20\nsyncLimit=5\nserver.1=zoo1.example.com:2888:3888\nserver.2=zoo1.example.com:2888:3888\nserver.3=zoo1.example.com:2888:3888\n' },
        { file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=20\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.01=zk3:2888:3888\n' },
      ],
      good: [
        { file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=20\nsyncLimit=5\nserver.1=zoo1.example.com:2888:3888\nserver.2=zoo2.example.com:2888:3888\nserver.3=zoo3.example.com:2888:3888\n' },
        { file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=20\nsyncLimit=5\nserver.1=localhost:2888:3888\nserver.2=localhost:2889:3889\nserver.3=localhost:2890:3890\n' },
      ],
    },
  },
  check(ctx) {
    for (const zk of ctx.cluster.zookeeper) {
      // Every server line in file order, repeated keys included (the model keeps the last of each
      // key); a line a template writes conditionally or in a loop has no id here.
      const lines = zk.entries.filter((e) => e.key.startsWith('server.')).map(parseServerEntry);
      const firstById = new Map<number, ZkServer>();
      for (const server of lines) {
        if (server.id === undefined) continue;
        const earlier = firstById.get(server.id);
        if (!earlier) {
          firstById.set(server.id, server);
          continue;
        }
        if (earlier.entry.key === server.entry.key) {
          ctx.report({ entry: server.entry, messageId: 'same-key-twice', data: { id: server.idText, first: lineOf(earlier) === undefined ? 'earlier' : `on line ${lineOf(earlier)}` } });
        } else {
          ctx.report({ entry: server.entry, messageId: 'same-id', data: { id: server.idText, other: where(earlier), number: server.id } });
        }
      }
      const servers = zk.servers.filter((s) => !s.error && !s.templated && s.id !== undefined);
      // By host and quorum port, and by host and election port: the first server there, and the
      // first of another id (a list of thousands of servers is not scanned once per server).
      const firsts = new Map<string, { first: [number, ZkServer]; other?: [number, ZkServer] }>();
      const earlierOf = (address: string, server: ZkServer): [number, ZkServer] | undefined => {
        const seen = firsts.get(address);
        return seen && (seen.first[1].id !== server.id ? seen.first : seen.other);
      };
      const remember = (address: string, at: [number, ZkServer]): void => {
        const seen = firsts.get(address);
        if (!seen) firsts.set(address, { first: at });
        else if (!seen.other && seen.first[1].id !== at[1].id) seen.other = at;
      };
      for (const [i, server] of servers.entries()) {
        const machine = machineKey(server.host);
        if (machine === undefined) continue;
        const quorum = `${machine}\u0000q${server.quorumPort}`;
        const election = `${machine}\u0000e${server.electionPort}`;
        const byQuorum = earlierOf(quorum, server);
        const byElection = earlierOf(election, server);
        remember(quorum, [i, server]);
        remember(election, [i, server]);
        const clash = byQuorum && byElection ? (byQuorum[0] < byElection[0] ? byQuorum : byElection)[1] : (byQuorum ?? byElection)?.[1];
        if (!clash) continue;
        const port = clash.quorumPort === server.quorumPort ? `quorum port ${server.quorumPort}` : `election port ${server.electionPort}`;
        ctx.report({ entry: server.entry, messageId: 'same-address', data: { id: server.idText, host: server.host, port, other: where(clash) } });
      }
    }
  },
});

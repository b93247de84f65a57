import { defineRule } from '../../src/engine/rule.js';
import { machineKey, parseServerEntry } from '../../src/model/zookeeper.js';
import type { ZkServer } from '../../src/model/types.js';

const lineOf = (s: ZkServer) => s.entry.keySpan?.line;
const where = (s: ZkServer) => (lineOf(s) === undefined ? `server.${s.idText}` : `server.${s.idText} (line ${lineOf(s)})`);

export default defineRule({
  meta: {
    id: 'zookeeper/duplicate-server',
    severity: 'error',
    category: 'outage-risk',
    fileKinds: ['zookeeper'],
    description: 'A server id listed twice (also server.1 and server.01), or two servers at the same host and port.',
    rationale:
      'ZooKeeper keys its server list by the number after server., so server.2 written twice, or server.1 next to server.01, leaves one server where the file seems to list two: ZooKeeper keeps one of them silently (for different spellings, which one depends on hash order) and the ensemble is smaller than intended. Two server lines with the same host and quorum or election port cannot both run: only one process can listen there. ZooKeeper 3.8 checks duplicate addresses only during a dynamic reconfig, never for the static file.',
    fix: 'Give every server its own id and its own host (or, when several run on one host for testing, their own quorum and election ports).',
    references: [
      { title: 'ZooKeeper 3.8.0 QuorumMaj (server ids parsed with Long.parseLong, stored in a map)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/flexible/QuorumMaj.java' },
      { title: 'ZooKeeper 3.8.0 QuorumPeerConfig.checkAddressDuplicate (reconfig only)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
    ],
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
      // Every server line in file order, repeated keys included (the model keeps the last of each key).
      const lines = zk.entries.filter((e) => e.key.startsWith('server.')).map(parseServerEntry);
      const firstById = new Map<number, ZkServer>();
      for (const server of lines) {
        if (server.id === undefined) continue;
        const earlier = firstById.get(server.id);
        if (!earlier) {
          firstById.set(server.id, server);
          continue;
        }
        const same = earlier.entry.key === server.entry.key;
        ctx.report({
          entry: server.entry,
          message: same
            ? `server.${server.idText} is written again (first ${lineOf(earlier) === undefined ? 'earlier' : `on line ${lineOf(earlier)}`}): ZooKeeper keeps only this last line, so the ensemble has one server fewer than the file lists. Give each server its own id.`
            : `server.${server.idText} and ${where(earlier)} are the same id ${server.id} for ZooKeeper, which keeps only one of them (which one depends on hash order), so the ensemble has one server fewer than the file lists. Give each server its own id.`,
        });
      }
      const servers = zk.servers.filter((s) => !s.error && s.id !== undefined);
      for (const [i, server] of servers.entries()) {
        const machine = machineKey(server.host);
        if (machine === undefined) continue;
        const clash = servers.slice(0, i).find(
          (o) => o.id !== server.id && machineKey(o.host) === machine && (o.quorumPort === server.quorumPort || o.electionPort === server.electionPort),
        );
        if (!clash) continue;
        const port = clash.quorumPort === server.quorumPort ? `quorum port ${server.quorumPort}` : `election port ${server.electionPort}`;
        ctx.report({
          entry: server.entry,
          message: `server.${server.idText} has the same host (${server.host}) and ${port} as ${where(clash)}: only one process can listen there, so these two servers cannot both run. Give each server its own host, or on one test host its own ports (e.g. 2889:3889).`,
        });
      }
    }
  },
});

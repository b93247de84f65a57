import { defineRule } from '../../src/engine/rule.js';
import { hasTemplate } from '../../src/parse/template.js';
import { votingServerIds } from '../../src/model/zookeeper.js';

const MULTI_ADDRESS_FLAG = '-Dzookeeper.multiAddress.enabled=true';

export default defineRule({
  meta: {
    id: 'zookeeper/invalid-server-entry',
    severity: 'error',
    category: 'startup-failure',
    fileKinds: ['zookeeper'],
    description: 'A server.N (or group.N, weight.N) line that ZooKeeper refuses or misreads, or a server list it cannot run.',
    rationale:
      'ZooKeeper 3.8 reads server.N=host:quorumPort:electionPort[:participant|observer][;[address:]clientPort] without trimming anything but the role: a blank after a port ("zk1:3888 ") is not a number and the file is refused with "Address unresolved: zk1:3888 "; a blank in the host is kept and never resolves. It splits on every colon, so an IPv6 address needs brackets, and a client port written as a fourth field is read as the role ("Unrecognised peertype: 2181"). The id must be a number, the two ports must differ and lie in 0-65535 (port 0 is accepted but binds a random port). Several addresses separated by | need the JVM flag -Dzookeeper.multiAddress.enabled=true. Observers need a voting quorum, and with group.N lines every voting server must be in exactly one group.',
    fix: 'Write each server as server.N=host:2888:3888 (IPv6 as [address]:2888:3888), append :observer for observers and ;2181 for a per-server client port, with no blanks inside.',
    references: [
      { title: 'ZooKeeper 3.8.0 QuorumPeer.QuorumServer (server line grammar)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeer.java' },
      { title: 'ZooKeeper 3.8.0 ConfigUtils.getHostAndPort (IPv6 brackets)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/util/ConfigUtils.java' },
      { title: 'ZooKeeper 3.8.0 QuorumPeerConfig.parseDynamicConfig and QuorumHierarchical', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
    ],
    examples: {
      bad: [
        { file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888 \nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888:2181\nserver.2=zk2:2888:3888:2181\nserver.3=fe80::3:2888:3888:2181\n' },
      ],
      good: [
        { file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888;2181\nserver.2=zk2:2888:3888;2181\nserver.3=[fe80::3]:2888:3888;2181\nserver.4=zk4:2888:3888:observer;2181\n' },
      ],
    },
  },
  check(ctx) {
    for (const zk of ctx.cluster.zookeeper) {
      const dynamic = zk.effective.dynamicConfigFile;
      if (dynamic !== undefined) {
        for (const line of [...zk.servers.map((s) => s.entry), ...zk.groups.map((g) => g.entry), ...zk.weights.map((w) => w.entry)]) {
          ctx.report({
            entry: line,
            message: `${line.key} is in zoo.cfg although dynamicConfigFile is set: ZooKeeper refuses to start ("parameter: ${line.key} must be in a separate dynamic config file"). Move the server, group and weight lines into ${dynamic}.`,
          });
        }
        continue;
      }
      const multiAddress = zk.jvm?.flags.some((f) => f.text === MULTI_ADDRESS_FLAG) ?? false;
      for (const server of zk.servers) {
        if (hasTemplate(server.entry.value)) continue;
        if (server.error) {
          ctx.report({ entry: server.entry, message: `server.${server.idText}: ${server.error}.` });
        } else if (server.otherAddresses && !multiAddress) {
          ctx.report({
            entry: server.entry,
            message: `server.${server.idText} lists ${server.otherAddresses.length + 1} addresses separated by '|', which ZooKeeper 3.8 accepts only when the JVM runs with ${MULTI_ADDRESS_FLAG} (multiAddress.enabled in zoo.cfg is not enough): it refuses the file ("Multiple address feature is disabled"). Add the flag to SERVER_JVMFLAGS, or list one address.`,
          });
        }
      }
      for (const line of [...zk.groups, ...zk.weights]) {
        if (line.error) ctx.report({ entry: line.entry, message: `${line.entry.key}: ${line.error}.` });
      }
      // Any group or weight line makes the quorum hierarchical (QuorumPeerConfig.parseDynamicConfig).
      if (zk.groups.length > 0 || zk.weights.length > 0) {
        const grouped = new Set(zk.groups.flatMap((g) => g.members));
        for (const server of zk.servers) {
          if (server.id === undefined || server.error || server.role !== 'participant' || grouped.has(server.id)) continue;
          ctx.report({
            entry: server.entry,
            message: `server.${server.idText} is in no group.N line: with group or weight lines, ZooKeeper requires every voting server in a group and refuses the file ("Server ${server.id}is not in a group"). Add ${server.id} to a group.`,
          });
        }
      }
      const voters = votingServerIds(zk).length;
      const observers = zk.servers.filter((s) => s.role === 'observer' && s.id !== undefined);
      if (observers.length > 0 && (voters === 0 || (voters === 1 && zk.effective.standaloneEnabled))) {
        ctx.report({
          entry: observers[0]!.entry,
          message: `${observers.length} observer${observers.length === 1 ? '' : 's'} but ${voters === 0 ? 'no' : 'only one'} voting server: ZooKeeper refuses the file ("Observers w/o ${voters === 0 ? 'participants' : 'quorum'} is an invalid configuration"). Observers follow a quorum of at least two voting servers; list three participants.`,
        });
      } else if (voters === 0 && !zk.effective.standaloneEnabled) {
        ctx.report({
          entry: zk.settings.get('standaloneEnabled')!,
          message: 'standaloneEnabled=false but no voting server.N line: ZooKeeper refuses to start ("standaloneEnabled = false then number of participants should be >0"). List the ensemble\'s servers, or delete standaloneEnabled=false.',
        });
      }
    }
  },
});

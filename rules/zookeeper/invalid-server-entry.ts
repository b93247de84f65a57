import { defineRule } from '../../src/engine/rule.js';
import { votingServerIds } from '../../src/model/zookeeper.js';
import { isTemplated, knownValue } from '../../src/model/settings.js';

const MULTI_ADDRESS_FLAG = '-Dzookeeper.multiAddress.enabled=true';

export default defineRule({
  meta: {
    id: 'zookeeper/invalid-server-entry',
    category: 'startup-failure',
    fileKinds: ['zookeeper'],
    description: 'A server.N (or group.N, weight.N) line that ZooKeeper refuses or misreads, or a server list it cannot run.',
    rationale:
      'ZooKeeper 3.8 reads server.N=host:quorumPort:electionPort[:participant|observer][;[address:]clientPort] without trimming anything but the role: a blank after a port ("zk1:3888 ") is not a number and the file is refused with "Address unresolved: zk1:3888 "; a blank in the host is kept and never resolves. It splits on every colon, so an IPv6 address needs brackets, and a client port written as a fourth field is read as the role ("Unrecognised peertype: 2181"). The id must be a number, the two ports must differ and lie in 0-65535 (port 0 is accepted but binds a random port). Several addresses separated by | need the JVM flag -Dzookeeper.multiAddress.enabled=true. Observers need a voting quorum, and with group.N lines every voting server must be in exactly one group. The flag is off by default, so a | list is an error also when kafka-lint sees no JVM options for the server; that case has its own message id, so a deployment that sets the flag where kafka-lint does not look can turn it off alone.',
    fix: 'Write each server as server.N=host:2888:3888 (IPv6 as [address]:2888:3888), append :observer for observers and ;2181 for a per-server client port, with no blanks inside.',
    references: [
      { title: 'ZooKeeper 3.8.4 QuorumPeer.QuorumServer (server line grammar)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeer.java' },
      { title: 'ZooKeeper 3.8.4 ConfigUtils.getHostAndPort (IPv6 brackets)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/util/ConfigUtils.java' },
      { title: 'ZooKeeper 3.8.4 QuorumPeerConfig.parseDynamicConfig and QuorumHierarchical', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
    ],
    messages: {
      'invalid-line': {
        severity: 'error',
        text: '{{key}} cannot be used as written: {{reason}}.',
      },
      'no-address': {
        severity: 'warning',
        text: "server.{{id}} gives no address, only '|' separators: ZooKeeper accepts the line and counts server {{id}} as a voter, but keeps no quorum or election address for it, so no other server ever reaches it and the ensemble has one voter fewer than it counts. Write server.{{id}}=host:quorumPort:electionPort, optionally followed by :observer and ;clientPort.",
      },
      'beside-dynamic-file': {
        severity: 'error',
        text: '{{key}} is in zoo.cfg although dynamicConfigFile is set: ZooKeeper refuses to start ("parameter: {{key}} must be in a separate dynamic config file"). Move the server, group and weight lines into {{dynamicFile}}.',
      },
      'multi-address-disabled': {
        severity: 'error',
        text: `server.{{id}} lists {{count}} addresses separated by '|', which ZooKeeper 3.8 accepts only when the JVM runs with ${MULTI_ADDRESS_FLAG} (multiAddress.enabled in zoo.cfg is not enough), and this server's JVM options do not have it: it refuses the file ("Multiple address feature is disabled"). Add the flag to SERVER_JVMFLAGS, or list one address.`,
      },
      'multi-address-flag-unseen': {
        severity: 'error',
        text: `server.{{id}} lists {{count}} addresses separated by '|', which ZooKeeper 3.8 accepts only when the JVM runs with ${MULTI_ADDRESS_FLAG} (off by default; multiAddress.enabled in zoo.cfg is not enough); without it, it refuses the file ("Multiple address feature is disabled"). kafka-lint sees no JVM options for this server: add the flag to SERVER_JVMFLAGS, or list one address.`,
      },
      'not-in-group': {
        severity: 'error',
        text: 'server.{{id}} is in no group.N line: with group or weight lines, ZooKeeper requires every voting server in a group and refuses the file ("Server {{number}}is not in a group"). Add {{number}} to a group.',
      },
      'observers-without-quorum': {
        severity: 'error',
        text: '{{observers}} but {{voters}} voting server: ZooKeeper refuses the file ("Observers w/o {{missing}} is an invalid configuration"). Observers follow a quorum of at least two voting servers; list three participants.',
      },
      'no-participants': {
        severity: 'error',
        text: 'standaloneEnabled=false but no voting server.N line: ZooKeeper refuses to start ("standaloneEnabled = false then number of participants should be >0"). List the ensemble\'s servers, or delete standaloneEnabled=false.',
      },
    },
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
      const hierarchy = [...zk.groups, ...zk.weights].filter((line) => !isTemplated(line.entry));
      const dynamicFile = ctx.setting(zk, 'dynamicConfigFile');
      if (dynamicFile.state === 'templated') continue;
      if (dynamicFile.state === 'set') {
        for (const line of [...zk.servers.map((s) => s.entry), ...hierarchy.map((h) => h.entry)]) {
          if (line.conditional) continue;
          ctx.report({ entry: line, messageId: 'beside-dynamic-file', data: { key: line.key, dynamicFile: String(dynamicFile.value) } });
        }
        continue;
      }
      const multiAddress = zk.jvm?.flags.some((f) => f.text === MULTI_ADDRESS_FLAG) ?? false;
      for (const server of zk.servers) {
        if (server.templated) continue;
        if (server.error) {
          ctx.report({ entry: server.entry, messageId: 'invalid-line', data: { key: `server.${server.idText}`, reason: server.error } });
        } else if (server.noAddress) {
          ctx.report({ entry: server.entry, messageId: 'no-address', data: { id: server.idText } });
        } else if (server.otherAddresses && !multiAddress) {
          ctx.report({ entry: server.entry, messageId: zk.jvm ? 'multi-address-disabled' : 'multi-address-flag-unseen', data: { id: server.idText, count: server.otherAddresses.length + 1 } });
        }
      }
      for (const line of hierarchy) {
        if (line.error) ctx.report({ entry: line.entry, messageId: 'invalid-line', data: { key: line.entry.key, reason: line.error } });
      }
      // A server line a template writes conditionally or in a loop has no id: the count of voters is not known.
      if (zk.servers.some((s) => s.id === undefined && s.templated)) continue;
      // Any group or weight line makes the quorum hierarchical (QuorumPeerConfig.parseDynamicConfig).
      if (hierarchy.length > 0 && hierarchy.length === zk.groups.length + zk.weights.length) {
        const grouped = new Set(zk.groups.flatMap((g) => g.members));
        for (const server of zk.servers) {
          if (server.id === undefined || server.error || server.role !== 'participant' || grouped.has(server.id)) continue;
          ctx.report({ entry: server.entry, messageId: 'not-in-group', data: { id: server.idText, number: server.id } });
        }
      }
      const voters = votingServerIds(zk).length;
      const observers = zk.servers.filter((s) => s.role === 'observer' && s.id !== undefined);
      const standalone = ctx.setting(zk, 'standaloneEnabled');
      if (standalone.state === 'templated' || standalone.state === 'invalid') continue;
      const standaloneEnabled = knownValue(standalone) !== false;
      if (observers.length > 0 && (voters === 0 || (voters === 1 && standaloneEnabled))) {
        ctx.report({
          entry: observers[0]!.entry,
          messageId: 'observers-without-quorum',
          data: { observers: `${observers.length} observer${observers.length === 1 ? '' : 's'}`, voters: voters === 0 ? 'no' : 'only one', missing: voters === 0 ? 'participants' : 'quorum' },
        });
      } else if (voters === 0 && standalone.state === 'set' && !standaloneEnabled) {
        ctx.report({ entry: standalone.entry, messageId: 'no-participants' });
      }
    }
  },
});

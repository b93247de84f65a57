import { defineRule } from '../../src/engine/rule.js';
import { anchorOf } from '../../src/model/broker.js';
import { ensembles, machineKey } from '../../src/model/zookeeper.js';
import type { ZkServer, ZooKeeperConfig } from '../../src/model/types.js';
import { knownValue, type SettingRead } from '../../src/model/settings.js';

/** How a server line reads, for comparison; a wildcard host (0.0.0.0, a member's own line) matches any host. */
function address(s: ZkServer): string {
  if (s.templated) return 'a value a template fills in';
  return `${s.host}:${s.quorumPort}:${s.electionPort}${s.role === 'observer' ? ':observer' : ''}`;
}

function sameServer(a: ZkServer, b: ZkServer): boolean {
  const hostA = machineKey(a.host);
  const hostB = machineKey(b.host);
  const hostsAgree = hostA === undefined || hostB === undefined || hostA === hostB;
  return hostsAgree && a.quorumPort === b.quorumPort && a.electionPort === b.electionPort && a.role === b.role;
}

const comparable = (zk: ZooKeeperConfig) => zk.effective.dynamicConfigFile === undefined && zk.servers.length > 0;

export default defineRule({
  meta: {
    id: 'zookeeper/ensemble-drift',
    category: 'outage-risk',
    fileKinds: ['zookeeper'],
    description: 'Members of one ensemble list different servers, or differ in tickTime, initLimit or syncLimit.',
    rationale:
      'Every member of a ZooKeeper ensemble must hold the same server list: a member that lists another host or port for server 2, or misses server 3, counts votes against a different majority and cannot reach the others, and two members with different lists can even elect two leaders. tickTime, initLimit and syncLimit define the timeouts between leader and followers; when they differ, the ensemble behaves differently depending on who leads. A member may write its own line with host 0.0.0.0; kafka-lint accepts that. ZooKeeper starts with either, so these are warnings; kafka-lint takes files that share server ids for members of one ensemble (lint each ensemble apart when one folder holds several, e.g. staging and production).',
    fix: 'Generate every member\'s zoo.cfg from one template: the same server.N lines and the same tickTime, initLimit and syncLimit; only dataDir and myid may differ.',
    references: [
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: Clustered (Multi-Server) Setup ("every machine that is part of the ZooKeeper ensemble should know about every other machine")', url: 'https://zookeeper.apache.org/doc/r3.8.4/zookeeperAdmin.html#sc_zkMulitServerSetup' },
      { title: 'ZooKeeper 3.8.4 QuorumMaj (majority computed from the local server list)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/flexible/QuorumMaj.java' },
    ],
    messages: {
      'timing-differs': {
        severity: 'warning',
        text: '{{key}} is {{mine}} here but {{theirs}} in {{other}}: members of one ensemble must agree on it, or leader-follower timeouts change with whoever leads. Use the same {{key}} on every member.',
      },
      'server-differs': {
        severity: 'warning',
        text: 'server.{{id}} is {{mine}} here but {{theirs}} in {{other}}: members of one ensemble must list the same servers, or they cannot reach each other. Give every member the same server.N lines.',
      },
      'server-extra': {
        severity: 'warning',
        text: 'server.{{id}} ({{mine}}) is not in {{other}}: members of one ensemble must list the same servers, or they count different majorities. Give every member the same server.N lines.',
      },
      'server-missing': {
        severity: 'warning',
        text: '{{other}} lists server.{{id}} ({{theirs}}), which this file does not: members of one ensemble must list the same servers, or they count different majorities. Add the missing server.N line.',
      },
    },
    examples: {
      bad: [
        {
          file: 'zk1/zoo.cfg',
          text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
          cluster: [{ file: 'zk2/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=5\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk4:2888:3888\n' }],
        },
      ],
      good: [
        {
          file: 'zk1/zoo.cfg',
          text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=0.0.0.0:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
          cluster: [{ file: 'zk2/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=0.0.0.0:2888:3888\nserver.3=zk3:2888:3888\n' }],
        },
      ],
    },
  },
  check(ctx) {
    for (const members of ensembles(ctx.cluster)) {
      const [reference, ...others] = members.filter(comparable);
      if (!reference) continue;
      for (const zk of others) {
        for (const key of ['tickTime', 'initLimit', 'syncLimit']) {
          const mine = ctx.setting(zk, key);
          const theirs = ctx.setting(reference, key);
          const shown = (read: SettingRead) => (read.state === 'set' ? `${String(read.value)}` : `${String(knownValue(read))} (the default)`);
          if (knownValue(mine) === undefined || knownValue(theirs) === undefined || knownValue(mine) === knownValue(theirs)) continue;
          ctx.report({ ...anchorOf(zk, key, 'dataDir'), messageId: 'timing-differs', data: { key, mine: shown(mine), theirs: shown(theirs), other: reference.file } });
        }
        const judged = (server: ZkServer) => server.id !== undefined && !server.error && !server.templated;
        for (const server of zk.servers.filter(judged)) {
          const theirs = reference.servers.find((s) => s.id === server.id);
          if (!theirs) {
            ctx.report({ entry: server.entry, messageId: 'server-extra', data: { id: server.idText, mine: address(server), other: reference.file } });
          } else if (judged(theirs) && !sameServer(server, theirs)) {
            ctx.report({ entry: server.entry, messageId: 'server-differs', data: { id: server.idText, mine: address(server), theirs: address(theirs), other: reference.file } });
          }
        }
        for (const missing of reference.servers.filter((s) => s.id !== undefined && !zk.servers.some((z) => z.id === s.id))) {
          ctx.report({ entry: zk.servers[0]!.entry, messageId: 'server-missing', data: { id: missing.idText, theirs: address(missing), other: reference.file } });
        }
      }
    }
  },
});

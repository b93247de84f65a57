import { defineRule, type Report } from '../../src/engine/rule.js';
import { ensembles, isDistributed } from '../../src/model/zookeeper.js';
import type { MyidFile } from '../../src/model/types.js';

/** A myid file has one line that matters, the first. */
const at = (myid: MyidFile): Pick<Report, 'file' | 'span'> => ({ file: myid.file, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } });

const FIX = 'Write only the id of this server\'s own server.N line and a newline, e.g. 1.';

export default defineRule({
  meta: {
    id: 'zookeeper/myid-mismatch',
    category: 'startup-failure',
    fileKinds: ['zookeeper', 'myid'],
    description: 'A myid file that is not a bare integer, a myid that is not among the server ids of its zoo.cfg, or two ensemble members with the same myid.',
    rationale:
      'ZooKeeper 3.8 reads the first line of dataDir/myid with Long.parseLong, untrimmed, whenever the file exists (standalone too): anything else, blanks included, is refused ("serverid ... is not a number"). Debian\'s package ships a myid holding a placeholder sentence. An ensemble member whose myid is not one of its server.N ids passes the config parse and then stops ("My id 4 not in the peer list"). Two members with the same myid both claim one vote and one set of ports; kafka-lint takes zoo.cfg files that share server ids for members of one ensemble, so this is a warning (lint each ensemble apart when one folder holds several). A myid a template fills in (myid.j2) is not judged. A missing myid (ZooKeeper refuses an ensemble member without one: "myid file is missing") is not reported: kafka-lint cannot tell whether the server\'s dataDir holds one when none was given to it.',
    fix: 'Write only this server\'s id (the N of its own server.N line) and a newline into dataDir/myid, a different id on every member.',
    references: [
      { title: 'ZooKeeper 3.8.4 QuorumPeerConfig.setupMyId', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.8.4 QuorumPeer.start ("My id ... not in the peer list")', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeer.java' },
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: Clustered (Multi-Server) Setup (the myid file holds only the server id)', url: 'https://zookeeper.apache.org/doc/r3.8.4/zookeeperAdmin.html#sc_zkMulitServerSetup' },
    ],
    messages: {
      unreadable: {
        severity: 'error',
        text: `This myid file is unreadable for ZooKeeper: {{reason}}. ${FIX}`,
      },
      'not-in-server-list': {
        severity: 'error',
        text: `myid is {{id}} but {{config}} lists {{servers}}: ZooKeeper parses the config and then stops with "My id {{id}} not in the peer list". ${FIX}`,
      },
      'same-id': {
        severity: 'warning',
        text: 'myid {{id}} is also the myid of {{other}}, which shares server ids with this member: two members with one id claim the same vote and ports, so one of them cannot join. Give every member its own id, matching its server.N line.',
      },
    },
    examples: {
      bad: [
        {
          file: 'zk4/zoo.cfg',
          text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
          cluster: [{ file: 'zk4/myid', text: '4\n' }],
        },
      ],
      good: [
        {
          file: 'zk1/zoo.cfg',
          text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
          cluster: [{ file: 'zk1/myid', text: '1\n' }],
        },
      ],
    },
  },
  check(ctx) {
    for (const myid of [...ctx.cluster.zookeeper.flatMap((z) => (z.myid ? [z.myid] : [])), ...ctx.cluster.myids]) {
      if (myid.error) ctx.report({ ...at(myid), messageId: 'unreadable', data: { reason: myid.error } });
    }
    for (const zk of ctx.cluster.zookeeper) {
      const id = zk.myid?.id;
      // A server line a template writes in a loop may be this one.
      if (id === undefined || !isDistributed(zk) || zk.servers.some((s) => s.id === id || (s.templated && s.id === undefined))) continue;
      const ids = [...new Set(zk.servers.flatMap((s) => (s.id === undefined ? [] : [s.id])))];
      ctx.report({ ...at(zk.myid!), messageId: 'not-in-server-list', data: { id, config: zk.file, servers: `server${ids.length === 1 ? '' : 's'} ${ids.join(', ')}` } });
    }
    for (const members of ensembles(ctx.cluster)) {
      const seen = new Map<number, string>();
      for (const zk of members) {
        const id = zk.myid?.id;
        if (id === undefined) continue;
        const first = seen.get(id);
        if (first === undefined) seen.set(id, zk.file);
        else ctx.report({ ...at(zk.myid!), messageId: 'same-id', data: { id, other: first } });
      }
    }
  },
});

import { defineRule, type Report } from '../../src/engine/rule.js';
import { ensembles, isDistributed } from '../../src/model/zookeeper.js';
import type { MyidFile } from '../../src/model/types.js';

/** A myid file has one line that matters, the first. */
const at = (myid: MyidFile): Pick<Report, 'file' | 'span'> => ({ file: myid.file, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } });

export default defineRule({
  meta: {
    id: 'zookeeper/myid-mismatch',
    severity: 'error',
    category: 'startup-failure',
    fileKinds: ['zookeeper', 'myid'],
    description: 'A myid file that is not a bare integer, a myid that is not among the server ids of its zoo.cfg, or two ensemble members with the same myid.',
    rationale:
      'ZooKeeper 3.8 reads the first line of dataDir/myid with Long.parseLong, untrimmed, whenever the file exists (standalone too): anything else, blanks included, is refused ("serverid ... is not a number"). Debian\'s package ships a myid holding a placeholder sentence. An ensemble member whose myid is not one of its server.N ids passes the config parse and then stops ("My id 4 not in the peer list"). Two members with the same myid both claim one vote and one set of ports. A missing myid (ZooKeeper refuses an ensemble member without one: "myid file is missing") is not reported: kafka-lint cannot tell whether the server\'s dataDir holds one when none was given to it.',
    fix: 'Write only this server\'s id (the N of its own server.N line) and a newline into dataDir/myid, a different id on every member.',
    references: [
      { title: 'ZooKeeper 3.8.0 QuorumPeerConfig.setupMyId', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.8.0 QuorumPeer.start ("My id ... not in the peer list")', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeer.java' },
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: Clustered (Multi-Server) Setup, the myid file (the server\'s id, alone, in dataDir)', url: 'https://zookeeper.apache.org/doc/r3.8.0/zookeeperAdmin.html#sc_zkMulitServerSetup' },
    ],
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
    const fix = 'Write only the id of this server\'s own server.N line and a newline, e.g. 1.';
    for (const myid of [...ctx.cluster.zookeeper.flatMap((z) => (z.myid ? [z.myid] : [])), ...ctx.cluster.myids]) {
      if (myid.error) ctx.report({ ...at(myid), message: `This myid file is unreadable for ZooKeeper: ${myid.error}. ${fix}` });
    }
    for (const zk of ctx.cluster.zookeeper) {
      const id = zk.myid?.id;
      if (id === undefined || !isDistributed(zk) || zk.servers.some((s) => s.id === id)) continue;
      const ids = [...new Set(zk.servers.flatMap((s) => (s.id === undefined ? [] : [s.id])))];
      ctx.report({
        ...at(zk.myid!),
        message: `myid is ${id} but ${zk.file} lists server${ids.length === 1 ? '' : 's'} ${ids.join(', ')}: ZooKeeper parses the config and then stops with "My id ${id} not in the peer list". ${fix}`,
      });
    }
    for (const members of ensembles(ctx.cluster)) {
      const seen = new Map<number, string>();
      for (const zk of members) {
        const id = zk.myid?.id;
        if (id === undefined) continue;
        const first = seen.get(id);
        if (first === undefined) seen.set(id, zk.file);
        else ctx.report({ ...at(zk.myid!), message: `myid ${id} is also the myid of ${first}: two members with one id claim the same vote and ports, so one of them cannot join. Give every member its own id, matching its server.N line.` });
      }
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { anchorOf } from '../../src/model/broker.js';
import { ownServer } from '../../src/model/zookeeper.js';

export default defineRule({
  meta: {
    id: 'zookeeper/four-letter-words',
    category: 'security',
    fileKinds: ['zookeeper'],
    description: '4lw.commands.whitelist=* enables every four-letter-word admin command on the client port.',
    rationale:
      'Four-letter words (stat, conf, envi, cons, dump, wchp, crst, ...) are plain-text commands anyone who reaches the client port can send, with no authentication. ZooKeeper 3.5+ enables only srvr by default; * enables all of them: conf and envi disclose the configuration and the JVM environment, cons and dump list client addresses and sessions, wchp and wchc walk every watch (expensive on a large server), crst and srst reset statistics. A * anywhere in the list enables everything.',
    fix: 'List only the commands your monitoring uses, e.g. 4lw.commands.whitelist=srvr,mntr,ruok, or use the admin server\'s /commands over a protected address.',
    references: [
      { title: 'ZooKeeper 3.8.4 FourLetterCommands.isEnabled', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/command/FourLetterCommands.java' },
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: 4lw.commands.whitelist', url: 'https://zookeeper.apache.org/doc/r3.8.4/zookeeperAdmin.html#sc_clusterOptions' },
    ],
    messages: {
      'all-enabled': {
        severity: 'warning',
        text: '4lw.commands.whitelist includes *, which enables every four-letter-word command for anyone who reaches the client port{{port}}, without authentication: conf and envi disclose configuration and environment, cons and dump list clients and sessions, wchp walks every watch. List only what monitoring needs, e.g. 4lw.commands.whitelist=srvr,mntr,ruok.',
      },
    },
    examples: {
      bad: [{ file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\n4lw.commands.whitelist=*\n' }],
      good: [{ file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\n4lw.commands.whitelist=srvr, mntr, ruok\n' }],
    },
  },
  check(ctx) {
    for (const zk of ctx.cluster.zookeeper) {
      const written = ctx.setting(zk, '4lw.commands.whitelist');
      if (written.state === 'templated' || !zk.effective.fourLetterWords.includes('*')) continue;
      const port = zk.effective.clientPort ?? ownServer(zk)?.clientPort;
      const flag = zk.jvm?.flags.find((f) => f.text.startsWith('-Dzookeeper.4lw.commands.whitelist='));
      ctx.report({
        ...(written.state === 'set' ? { entry: written.entry, part: 'entry' as const } : flag ? { entry: flag.entry } : anchorOf(zk, 'clientPort', 'dataDir')),
        messageId: 'all-enabled',
        data: { port: port === undefined ? '' : ` (${port})` },
      });
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { hasUnresolvedTemplate } from '../../src/model/broker.js';
import { zookeeperKey } from '../../src/catalog/index.js';
import { coerceZooKeeperValue } from '../../src/model/coerce.js';
import { displayValue } from '../../src/model/secrets.js';

export default defineRule({
  meta: {
    id: 'zookeeper/invalid-value',
    severity: 'error',
    category: 'startup-failure',
    fileKinds: ['zookeeper'],
    description: 'A zoo.cfg value that QuorumPeerConfig.parseProperties cannot read: a number that does not parse, a boolean other than true/false, an unknown peerType or electionAlg.',
    rationale:
      'ZooKeeper 3.8/3.9 reads its numeric keys with Integer.parseInt or Long.parseLong and its boolean keys as true/false only; anything else (2s, 60 # comment, yes) throws a ConfigException and the server exits with "Error processing" before it serves a client.',
    fix: 'Write numbers as plain digits (milliseconds or ticks, no units), booleans as true or false, peerType as participant or observer, and electionAlg=3 or nothing.',
    references: [
      { title: 'ZooKeeper 3.8.4 QuorumPeerConfig.parseProperties', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.9.5 QuorumPeerConfig.parseProperties', url: 'https://github.com/apache/zookeeper/blob/release-3.9.5/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
    ],
    examples: {
      bad: [{ file: 'zoo.cfg', text: 'tickTime=2s\ndataDir=/var/lib/zookeeper\nclientPort=2181\nstandaloneEnabled=yes\n' }],
      good: [{ file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\nstandaloneEnabled=false\n' }],
    },
  },
  check(ctx) {
    for (const zk of ctx.cluster.zookeeper) {
      for (const entry of zk.settings.values()) {
        if (hasUnresolvedTemplate(entry.key) || hasUnresolvedTemplate(entry.value)) continue;
        const fact = zookeeperKey(entry.key);
        if (!fact?.parsed) continue;
        const typed = coerceZooKeeperValue(entry, fact);
        if (!typed.error) continue;
        ctx.report({
          entry,
          part: 'value',
          message: `Invalid value ${displayValue(entry)} for '${entry.key}': ${typed.error}. ZooKeeper refuses to start with it.`,
        });
      }
    }
  },
});

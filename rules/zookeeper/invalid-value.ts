import { defineRule } from '../../src/engine/rule.js';
import { hasTemplate } from '../../src/parse/template.js';
import { zookeeperKey } from '../../src/catalog/index.js';
import { coerceZooKeeperValue } from '../../src/model/coerce.js';
import { displayValue } from '../../src/model/secrets.js';
import type { TypedValue } from '../../src/model/types.js';

/** Keys ZooKeeper binds with `new InetSocketAddress(port)` when they are not 0 (QuorumPeerConfig.setupClientPort). */
const PORT_KEYS = new Set(['clientPort', 'secureClientPort']);

/** Why ZooKeeper cannot bind a port key's int, or `undefined`: InetSocketAddress takes 0 to 65535. */
function portRangeError(key: string, typed: TypedValue): string | undefined {
  const port = typed.value;
  if (!PORT_KEYS.has(key) || typeof port !== 'number' || (port >= 0 && port <= 65535)) return undefined;
  return `it is bound as a port, and InetSocketAddress takes only 0 to 65535 ("port out of range:${port}"); use a real port, e.g. ${key}=${key === 'clientPort' ? 2181 : 2281}`;
}

export default defineRule({
  meta: {
    id: 'zookeeper/invalid-value',
    severity: 'error',
    category: 'startup-failure',
    fileKinds: ['zookeeper'],
    description: 'A zoo.cfg value that QuorumPeerConfig.parseProperties cannot read: a number that does not parse, a boolean other than true/false, an unknown peerType or electionAlg, a client port outside 0-65535.',
    rationale:
      'ZooKeeper 3.8/3.9 reads its numeric keys with Integer.parseInt or Long.parseLong and its boolean keys as true/false only; anything else (2s, 60 # comment, yes) throws a ConfigException and the server exits with "Error processing" before it serves a client. A clientPort or secureClientPort other than 0 (unset) is then bound with new InetSocketAddress(port), which refuses anything outside 0-65535 ("port out of range"), and the server exits the same way.',
    fix: 'Write numbers as plain digits (milliseconds or ticks, no units), ports from 1 to 65535, booleans as true or false, peerType as participant or observer, and electionAlg=3 or nothing.',
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
        if (hasTemplate(entry.key) || hasTemplate(entry.value)) continue;
        const fact = zookeeperKey(entry.key);
        if (!fact?.parsed) continue;
        const typed = coerceZooKeeperValue(entry, fact);
        const error = typed.error ?? portRangeError(entry.key, typed);
        if (!error) continue;
        ctx.report({
          entry,
          part: 'value',
          message: `Invalid value ${displayValue(entry)} for '${entry.key}': ${error}. ZooKeeper refuses to start with it.`,
        });
      }
    }
  },
});

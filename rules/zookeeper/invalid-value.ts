import { defineRule } from '../../src/engine/rule.js';
import { zookeeperKey, type ZooKeeperKeyFact } from '../../src/catalog/index.js';
import { parseJavaLong } from '../../src/model/coerce.js';
import { displayValue } from '../../src/model/secrets.js';

/** Keys ZooKeeper binds with `new InetSocketAddress(port)` when they are not 0 (QuorumPeerConfig.setupClientPort). */
const PORT_KEYS = new Set(['clientPort', 'secureClientPort']);

const REFUSED = 'ZooKeeper refuses to start with it.';

/** Which refusal a value ZooKeeper cannot read is: a boolean, a number outside the allowed values (electionAlg=1), or no number at all. */
function refusal(fact: ZooKeeperKeyFact, value: string): 'not-a-boolean' | 'not-allowed' | 'not-a-number' {
  if (fact.type === 'boolean') return 'not-a-boolean';
  if (fact.type === 'enum') return 'not-allowed';
  return fact.allowed !== undefined && parseJavaLong(value.trim()) !== undefined ? 'not-allowed' : 'not-a-number';
}

export default defineRule({
  meta: {
    id: 'zookeeper/invalid-value',
    category: 'startup-failure',
    fileKinds: ['zookeeper'],
    description: 'A zoo.cfg value that QuorumPeerConfig.parseProperties cannot read: a number that does not parse, a boolean other than true/false, an unknown peerType or electionAlg, a client port outside 0-65535.',
    rationale:
      'ZooKeeper reads its numeric keys with Integer.parseInt or Long.parseLong; anything else (2s, 60 # comment) throws, and the server exits with "Error processing" before it serves a client. From 3.7 on it reads its boolean keys as true or false only (yes is refused; 3.4 to 3.6 read anything but true as false), and from 3.6 on it supports only electionAlg=3. A clientPort or secureClientPort other than 0 (unset) is bound with new InetSocketAddress(port), which refuses anything outside 0-65535 ("port out of range"), and the server exits the same way.',
    fix: 'Write numbers as plain digits (milliseconds or ticks, no units), ports from 1 to 65535, booleans as true or false, peerType as participant or observer, and electionAlg=3 or nothing.',
    references: [
      { title: 'ZooKeeper 3.8.4 QuorumPeerConfig.parseProperties', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.9.5 QuorumPeerConfig.parseProperties', url: 'https://github.com/apache/zookeeper/blob/release-3.9.5/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.7.2 QuorumPeerConfig.parseBoolean (strict booleans; 3.6.4 still uses Boolean.parseBoolean)', url: 'https://github.com/apache/zookeeper/blob/release-3.7.2/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
    ],
    messages: {
      'not-a-number': {
        severity: 'error',
        text: `Invalid value {{value}} for '{{key}}': {{reason}}. ${REFUSED}`,
      },
      'not-a-boolean': {
        severity: 'error',
        text: `Invalid value {{value}} for '{{key}}': {{reason}}. ZooKeeper 3.7 and later refuse to start with it (3.4 to 3.6 read anything but true as false).`,
      },
      'not-allowed': {
        severity: 'error',
        text: `Invalid value {{value}} for '{{key}}': {{reason}}. ${REFUSED}`,
      },
      'port-out-of-range': {
        severity: 'error',
        text: `Invalid value {{value}} for '{{key}}': it is bound as a port, and InetSocketAddress takes only 0 to 65535 ("port out of range:{{port}}"); use a real port, e.g. {{key}}={{example}}. ${REFUSED}`,
      },
    },
    examples: {
      bad: [{ file: 'zoo.cfg', text: 'tickTime=2s\ndataDir=/var/lib/zookeeper\nclientPort=2181\nstandaloneEnabled=yes\n' }],
      good: [{ file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\nstandaloneEnabled=false\n' }],
    },
  },
  check(ctx) {
    for (const zk of ctx.cluster.zookeeper) {
      for (const key of zk.settings.keys()) {
        const fact = zookeeperKey(key);
        if (!fact?.parsed) continue;
        const read = ctx.setting(zk, key);
        if (read.state === 'invalid') {
          ctx.report({ entry: read.entry, part: 'value', messageId: refusal(fact, read.entry.value), data: { value: displayValue(read.entry), key, reason: read.error } });
        } else if (read.state === 'set' && PORT_KEYS.has(key) && typeof read.value === 'number' && (read.value < 0 || read.value > 65535)) {
          ctx.report({ entry: read.entry, part: 'value', messageId: 'port-out-of-range', data: { value: displayValue(read.entry), key, port: read.value, example: key === 'clientPort' ? 2181 : 2281 } });
        }
      }
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { hasUnresolvedTemplate, withoutByteOrderMark } from '../../src/model/broker.js';
import { renameKeyFix, soleSuggestion } from '../../src/model/edits.js';
import { suggestKey, zookeeperKey, zookeeperKeyNames, zookeeperKeyPrefix } from '../../src/catalog/index.js';

export default defineRule({
  meta: {
    id: 'zookeeper/unknown-key',
    severity: 'error',
    category: 'misread',
    fileKinds: ['zookeeper'],
    description: 'A zoo.cfg key that ZooKeeper 3.8/3.9 does not read; an error when it is a near miss of a real key.',
    rationale:
      'QuorumPeerConfig.parseProperties turns every key it does not know into the system property zookeeper.<key> without a log line. A misspelt key such as clientport therefore leaves the real setting unset (no client port at all), and ZooKeeper starts as if it were not there.',
    fix: 'Correct the spelling to the suggested key (keys are case-sensitive), or delete keys nothing reads. `--fix` corrects a misspelt key when the suggestion is the only key near it, the key is written without escapes, and the file does not set the suggested key already (renaming would then change which value wins).',
    references: [
      { title: 'ZooKeeper 3.8.4 QuorumPeerConfig.parseProperties', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper Administrator\'s Guide: configuration parameters', url: 'https://zookeeper.apache.org/doc/r3.8.4/zookeeperAdmin.html#sc_configuration' },
    ],
    fixable: true,
    examples: {
      bad: [{ file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientport=2181\n' }],
      good: [{ file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=zk1:2888:3888\n4lw.commands.whitelist=srvr,ruok\n' }],
    },
  },
  check(ctx) {
    const candidates = zookeeperKeyNames();
    for (const zk of ctx.cluster.zookeeper) {
      for (const entry of zk.settings.values()) {
        const key = withoutByteOrderMark(entry.key);
        if (hasUnresolvedTemplate(key) || zookeeperKey(key) || zookeeperKeyPrefix(key)) continue;
        const suggestion = suggestKey(key, candidates);
        if (suggestion) {
          // Not behind a byte-order mark: with the spelling fixed, the key would still be one nobody reads until the mark goes (properties/encoding).
          const sole = key === entry.key && soleSuggestion(key, candidates) === suggestion;
          const fix = sole ? renameKeyFix(zk, key, suggestion) : undefined;
          ctx.report({
            entry,
            message: `Unknown key '${key}': ZooKeeper does not read it (it only becomes the unused system property zookeeper.${key}), so the setting you meant stays unset. Did you mean ${suggestion}?`,
            ...(fix ? { fix } : {}),
          });
        } else {
          ctx.report({
            entry,
            severity: 'warning',
            message: `Unknown key '${key}': ZooKeeper 3.8/3.9 does not read it; it only becomes the system property zookeeper.${key}, which nothing reads. Check the spelling, or delete it.`,
          });
        }
      }
    }
  },
});

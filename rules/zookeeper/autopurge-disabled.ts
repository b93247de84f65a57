import { defineRule } from '../../src/engine/rule.js';
import { anchorOf } from '../../src/model/broker.js';

export default defineRule({
  meta: {
    id: 'zookeeper/autopurge-disabled',
    category: 'outage-risk',
    fileKinds: ['zookeeper'],
    description: 'Automatic purging of old snapshots and transaction logs is off (autopurge.purgeInterval unset or 0), or autopurge.snapRetainCount is below 3.',
    rationale:
      'ZooKeeper never deletes old snapshots and transaction logs unless autopurge.purgeInterval (hours) is above 0; the default is 0, off. dataDir (and dataLogDir) then grow until the disk is full, and a ZooKeeper server that cannot write its transaction log stops. autopurge.snapRetainCount below 3 is raised to 3 with only a log line ("Invalid autopurge.snapRetainCount"), so the server keeps more than was written.',
    fix: 'Set autopurge.purgeInterval=24 (or a few hours on busy ensembles) and autopurge.snapRetainCount=3 or more, or purge with zkCleanup.sh from cron.',
    references: [
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: autopurge.snapRetainCount and autopurge.purgeInterval (default 0, disabled)', url: 'https://zookeeper.apache.org/doc/r3.8.4/zookeeperAdmin.html#sc_advancedConfiguration' },
      { title: 'ZooKeeper 3.8.4 QuorumPeerConfig.parseProperties (purgeInterval 0 by default; snapRetainCount below 3 reset to 3)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.8.4 DatadirCleanupManager.start (no purge task when purgeInterval <= 0)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/DatadirCleanupManager.java' },
    ],
    messages: {
      'purge-off': {
        severity: 'warning',
        text: '{{setting}} automatic purging off: old snapshots and transaction logs pile up in {{dirs}} until the disk is full and the server stops. Set autopurge.purgeInterval=24 (hours) with autopurge.snapRetainCount=3, or purge with zkCleanup.sh from cron.',
      },
      'retain-below-3': {
        severity: 'info',
        text: 'autopurge.snapRetainCount={{count}} is below 3, which ZooKeeper raises to 3 with only a log line ("Invalid autopurge.snapRetainCount"), so it keeps more snapshots than written. Write autopurge.snapRetainCount=3 or more.',
      },
    },
    examples: {
      bad: [{ file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n' }],
      good: [{ file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\nautopurge.snapRetainCount=3\nautopurge.purgeInterval=24\n' }],
    },
  },
  check(ctx) {
    for (const zk of ctx.cluster.zookeeper) {
      const interval = ctx.setting(zk, 'autopurge.purgeInterval');
      if ((interval.state === 'set' || interval.state === 'default') && typeof interval.value === 'number' && interval.value <= 0) {
        // A directory a template fills in is named by its key.
        const dir = (key: string) => {
          const read = ctx.setting(zk, key);
          return read.state === 'set' ? String(read.value) : read.state === 'templated' ? key : undefined;
        };
        const dataDir = dir('dataDir');
        const dataLogDir = dir('dataLogDir');
        const dirs = dataDir === undefined ? 'dataDir' : dataLogDir === undefined || dataLogDir === dataDir ? dataDir : `${dataDir} and ${dataLogDir}`;
        ctx.report({
          ...(interval.state === 'set' ? { entry: interval.entry, part: 'entry' as const } : anchorOf(zk, 'dataDir', 'dataLogDir')),
          messageId: 'purge-off',
          data: {
            setting: interval.state === 'set' ? `autopurge.purgeInterval=${interval.value} turns` : 'autopurge.purgeInterval is not set, so ZooKeeper leaves',
            dirs,
          },
        });
      }
      const retain = ctx.setting(zk, 'autopurge.snapRetainCount');
      if (retain.state === 'set' && typeof retain.value === 'number' && retain.value < 3) {
        ctx.report({ entry: retain.entry, part: 'entry', messageId: 'retain-below-3', data: { count: retain.value } });
      }
    }
  },
});

import { defineRule } from '../../src/engine/rule.js';
import { anchorOf } from '../../src/model/broker.js';

export default defineRule({
  meta: {
    id: 'zookeeper/autopurge-disabled',
    severity: 'warning',
    category: 'outage-risk',
    fileKinds: ['zookeeper'],
    description: 'Automatic purging of old snapshots and transaction logs is off (autopurge.purgeInterval unset or 0), or autopurge.snapRetainCount is below 3.',
    rationale:
      'ZooKeeper never deletes old snapshots and transaction logs unless autopurge.purgeInterval (hours) is above 0; the default is 0, off. dataDir then grows until the disk is full, and a ZooKeeper server that cannot write its transaction log stops. autopurge.snapRetainCount below 3 is silently raised to 3 (ZooKeeper 3.8 only logs "Invalid autopurge.snapRetainCount").',
    fix: 'Set autopurge.purgeInterval=24 (or a few hours on busy ensembles) and autopurge.snapRetainCount=3 or more, or purge with zkCleanup.sh from cron.',
    references: [
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: autopurge.snapRetainCount and autopurge.purgeInterval', url: 'https://zookeeper.apache.org/doc/r3.8.0/zookeeperAdmin.html#sc_advancedConfiguration' },
      { title: 'ZooKeeper 3.8.0 QuorumPeerConfig.parseProperties and DatadirCleanupManager.start', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/DatadirCleanupManager.java' },
    ],
    examples: {
      bad: [{ file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n' }],
      good: [{ file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\nautopurge.snapRetainCount=3\nautopurge.purgeInterval=24\n' }],
    },
  },
  check(ctx) {
    for (const zk of ctx.cluster.zookeeper) {
      const interval = zk.settings.get('autopurge.purgeInterval');
      if (zk.values.get('autopurge.purgeInterval')?.error === undefined && zk.effective.purgeInterval <= 0) {
        ctx.report({
          ...(interval ? { entry: interval, part: 'entry' as const } : anchorOf(zk, 'dataDir')),
          message: `${interval ? `autopurge.purgeInterval=${interval.value.trim()} turns` : 'autopurge.purgeInterval is not set, so ZooKeeper leaves'} automatic purging off: old snapshots and transaction logs pile up in ${zk.effective.dataLogDir ?? 'dataDir'} until the disk is full and the server stops. Set autopurge.purgeInterval=24 (hours) with autopurge.snapRetainCount=3, or purge with zkCleanup.sh from cron.`,
        });
      }
      const retain = zk.settings.get('autopurge.snapRetainCount');
      const written = zk.values.get('autopurge.snapRetainCount')?.value;
      if (retain && typeof written === 'number' && written < 3) {
        ctx.report({
          entry: retain,
          part: 'entry',
          message: `autopurge.snapRetainCount=${written} is below 3, which ZooKeeper silently raises to 3 (it only logs "Invalid autopurge.snapRetainCount"). Write autopurge.snapRetainCount=3 or more.`,
        });
      }
    }
  },
});

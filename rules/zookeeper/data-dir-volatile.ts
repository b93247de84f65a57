import { defineRule } from '../../src/engine/rule.js';
import { hasUnresolvedTemplate } from '../../src/model/broker.js';

const VOLATILE = /^\/(tmp|var\/run|run|dev\/shm)(\/|$)/;

/** Why ZooKeeper's data would not survive in `path`, or undefined when it would. */
function problem(path: string): string | undefined {
  if (path.startsWith('~')) return `starts with '~', which ZooKeeper does not expand: it writes to a directory literally named '~' under whatever directory it was started from`;
  // A drive letter is a Windows absolute path; backslashes Java swallowed are properties/encoding's finding.
  if (!path.startsWith('/') && !/^[A-Za-z]:/.test(path)) {
    const logs = path.startsWith('./') ? '' : ' (ZooKeeper itself only logs "is relative")';
    return `is relative, so it depends on the directory ZooKeeper is started from${logs}: started elsewhere, the server finds no data and rejoins empty`;
  }
  const dir = VOLATILE.exec(path.replace(/\/+/g, '/'));
  if (dir) return `is under /${dir[1]}, which is emptied at reboot (tmpfs or the tmp cleaner): the server loses its snapshots and transaction log, and with them its copy of every znode (Kafka's metadata included)`;
  return undefined;
}

export default defineRule({
  meta: {
    id: 'zookeeper/data-dir-volatile',
    severity: 'warning',
    category: 'data-loss-risk',
    fileKinds: ['zookeeper'],
    description: 'dataDir or dataLogDir under /tmp, /var/run, /run or /dev/shm, relative, or starting with ~.',
    rationale:
      'ZooKeeper keeps its snapshots and transaction log in dataDir (and the log in dataLogDir when set); its myid file lives there too. Under /tmp, /run or /dev/shm they vanish at reboot or to a tmp cleaner; a relative path depends on the start directory; ZooKeeper does not expand ~. The sample zoo.cfg of ZooKeeper and Debian use /tmp/zookeeper, so the mistake travels. A member that loses its data rejoins empty; several at once lose the ensemble\'s state.',
    fix: 'Use an absolute path on a persistent disk, e.g. dataDir=/var/lib/zookeeper (and dataLogDir=/var/lib/zookeeper-txlog on a separate disk for busy ensembles).',
    references: [
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: dataDir and dataLogDir', url: 'https://zookeeper.apache.org/doc/r3.8.0/zookeeperAdmin.html#sc_minimumConfiguration' },
      { title: 'ZooKeeper 3.8.0 QuorumPeerConfig.parseProperties (VerifyingFileFactory warns on relative paths)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
    ],
    examples: {
      bad: [{ file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/tmp/zookeeper\nclientPort=2181\n' }],
      good: [{ file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n' }],
    },
  },
  check(ctx) {
    for (const zk of ctx.cluster.zookeeper) {
      for (const key of ['dataDir', 'dataLogDir']) {
        const entry = zk.settings.get(key);
        const path = entry?.value.trim();
        if (!entry || !path || hasUnresolvedTemplate(path)) continue;
        const why = problem(path);
        if (why) {
          ctx.report({
            entry,
            part: 'value',
            message: `${key}=${path} ${why}. Use an absolute path on a persistent disk, e.g. ${key}=${key === 'dataDir' ? '/var/lib/zookeeper' : '/var/lib/zookeeper-txlog'}.`,
          });
        }
      }
    }
  },
});

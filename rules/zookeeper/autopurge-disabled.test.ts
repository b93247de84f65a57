import { ruleTester } from '../../test/rule-tester.js';
import rule from './autopurge-disabled.js';

const ADVICE = 'until the disk is full and the server stops. Set autopurge.purgeInterval=24 (hours) with autopurge.snapRetainCount=3, or purge with zkCleanup.sh from cron.';

ruleTester(rule, {
  valid: [
    { name: 'purging on', text: 'dataDir=/data\nautopurge.purgeInterval=24\nautopurge.snapRetainCount=3\n' },
    { name: 'unreadable interval is invalid-value\'s finding', text: 'dataDir=/data\nautopurge.purgeInterval=daily\n' },
    { name: 'interval from a template', file: 'zoo.cfg.j2', text: 'dataDir=/data\nautopurge.purgeInterval={{ zk_purge_interval }}\nautopurge.snapRetainCount={{ zk_retain }}\n' },
  ],
  invalid: [
    {
      name: 'interval unset',
      text: 'tickTime=2000\ndataDir=/data\nclientPort=2181\n',
      findings: [{ messageId: 'purge-off', line: 2, column: 1, severity: 'warning', message: `autopurge.purgeInterval is not set, so ZooKeeper leaves automatic purging off: old snapshots and transaction logs pile up in /data ${ADVICE}` }],
    },
    {
      name: 'interval unset, separate txn log dir',
      text: 'dataDir=/data\ndataLogDir=/txlog\n',
      findings: [{ messageId: 'purge-off', line: 1, column: 1, message: `autopurge.purgeInterval is not set, so ZooKeeper leaves automatic purging off: old snapshots and transaction logs pile up in /data and /txlog ${ADVICE}` }],
    },
    {
      name: 'interval unset in a template whose dataDir is a variable',
      file: 'zoo.cfg.j2',
      text: 'tickTime=2000\ndataDir={{ zookeeper_data_dir }}\nclientPort=2181\n',
      findings: [{ messageId: 'purge-off', line: 2, column: 1, message: `autopurge.purgeInterval is not set, so ZooKeeper leaves automatic purging off: old snapshots and transaction logs pile up in dataDir ${ADVICE} (Judged in a template: what its variables fill in was not checked.)` }],
    },
    {
      name: 'interval 0',
      text: 'dataDir=/data\nautopurge.purgeInterval=0\n',
      findings: [{ messageId: 'purge-off', line: 2, column: 1, message: `autopurge.purgeInterval=0 turns automatic purging off: old snapshots and transaction logs pile up in /data ${ADVICE}` }],
    },
    {
      name: 'retain count below 3',
      text: 'dataDir=/data\nautopurge.purgeInterval=12\nautopurge.snapRetainCount=2\n',
      findings: [{ messageId: 'retain-below-3', line: 3, column: 1, severity: 'info', message: 'autopurge.snapRetainCount=2 is below 3, which ZooKeeper raises to 3 with only a log line ("Invalid autopurge.snapRetainCount"), so it keeps more snapshots than written. Write autopurge.snapRetainCount=3 or more.' }],
    },
  ],
});

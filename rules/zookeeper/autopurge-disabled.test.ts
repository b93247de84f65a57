import { ruleTester } from '../../test/rule-tester.js';
import rule from './autopurge-disabled.js';

ruleTester(rule, {
  valid: [
    { name: 'purging on', text: 'dataDir=/data\nautopurge.purgeInterval=24\nautopurge.snapRetainCount=3\n' },
    { name: 'unreadable interval is invalid-value\'s finding', text: 'dataDir=/data\nautopurge.purgeInterval=daily\n' },
  ],
  invalid: [
    {
      name: 'interval unset',
      text: 'tickTime=2000\ndataDir=/data\nclientPort=2181\n',
      findings: [
        {
          line: 2, severity: 'warning',
          message: 'autopurge.purgeInterval is not set, so ZooKeeper leaves automatic purging off: old snapshots and transaction logs pile up in /data until the disk is full and the server stops. Set autopurge.purgeInterval=24 (hours) with autopurge.snapRetainCount=3, or purge with zkCleanup.sh from cron.',
        },
      ],
    },
    {
      name: 'interval unset, separate txn log dir',
      text: 'dataDir=/data\ndataLogDir=/txlog\n',
      findings: [
        {
          line: 1, severity: 'warning',
          message: 'autopurge.purgeInterval is not set, so ZooKeeper leaves automatic purging off: old snapshots and transaction logs pile up in /txlog until the disk is full and the server stops. Set autopurge.purgeInterval=24 (hours) with autopurge.snapRetainCount=3, or purge with zkCleanup.sh from cron.',
        },
      ],
    },
    {
      name: 'interval 0',
      text: 'dataDir=/data\nautopurge.purgeInterval=0\n',
      findings: [
        {
          line: 2, severity: 'warning',
          message: 'autopurge.purgeInterval=0 turns automatic purging off: old snapshots and transaction logs pile up in /data until the disk is full and the server stops. Set autopurge.purgeInterval=24 (hours) with autopurge.snapRetainCount=3, or purge with zkCleanup.sh from cron.',
        },
      ],
    },
    {
      name: 'retain count below 3',
      text: 'dataDir=/data\nautopurge.purgeInterval=12\nautopurge.snapRetainCount=2\n',
      findings: [
        {
          line: 3, severity: 'warning',
          message: 'autopurge.snapRetainCount=2 is below 3, which ZooKeeper silently raises to 3 (it only logs "Invalid autopurge.snapRetainCount"). Write autopurge.snapRetainCount=3 or more.',
        },
      ],
    },
  ],
});

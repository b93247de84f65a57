import { ruleTester } from '../../test/rule-tester.js';
import rule from './data-dir-volatile.js';

ruleTester(rule, {
  valid: [
    { name: 'persistent absolute paths', text: 'dataDir=/var/lib/zookeeper\ndataLogDir=/data/zk-txlog\n' },
    { name: 'a directory named like tmp elsewhere', text: 'dataDir=/data/tmp/zookeeper\n' },
    { name: 'Windows drive path', text: 'dataDir=C:/zookeeper/data\n' },
    { name: 'template', text: 'dataDir={{ zk_data_dir }}\n' },
    { name: 'a path from a template inside /tmp', text: 'dataDir=/tmp/{{ zk_name }}\n' },
  ],
  invalid: [
    {
      name: '/tmp as in the sample config',
      text: 'tickTime=2000\ndataDir=/tmp/zookeeper\nclientPort=2181\n',
      findings: [
        {
          messageId: 'volatile-dir', line: 2, column: 9, severity: 'warning',
          message: 'dataDir=/tmp/zookeeper is under /tmp, which is emptied at reboot (tmpfs or the tmp cleaner): the server loses its snapshots and transaction log, and with them its copy of every znode (Kafka\'s metadata included). Use an absolute path on a persistent disk, e.g. dataDir=/var/lib/zookeeper.',
        },
      ],
    },
    {
      name: '/run, /dev/shm and /var/run',
      text: 'dataDir=/run/zookeeper\ndataLogDir=/dev/shm/zk\n',
      findings: [
        {
          messageId: 'volatile-dir', line: 1, column: 9, severity: 'warning',
          message: 'dataDir=/run/zookeeper is under /run, which is emptied at reboot (tmpfs or the tmp cleaner): the server loses its snapshots and transaction log, and with them its copy of every znode (Kafka\'s metadata included). Use an absolute path on a persistent disk, e.g. dataDir=/var/lib/zookeeper.',
        },
        {
          messageId: 'volatile-dir', line: 2, column: 12, severity: 'warning',
          message: 'dataLogDir=/dev/shm/zk is under /dev/shm, which is emptied at reboot (tmpfs or the tmp cleaner): the server loses its snapshots and transaction log, and with them its copy of every znode (Kafka\'s metadata included). Use an absolute path on a persistent disk, e.g. dataLogDir=/var/lib/zookeeper-txlog.',
        },
      ],
    },
    {
      name: '/var/run with a trailing blank (trimmed)',
      text: 'dataDir=/var/run/zookeeper \n',
      findings: [
        {
          messageId: 'volatile-dir', line: 1, column: 9, severity: 'warning',
          message: 'dataDir=/var/run/zookeeper is under /var/run, which is emptied at reboot (tmpfs or the tmp cleaner): the server loses its snapshots and transaction log, and with them its copy of every znode (Kafka\'s metadata included). Use an absolute path on a persistent disk, e.g. dataDir=/var/lib/zookeeper.',
        },
      ],
    },
    {
      name: 'relative',
      text: 'dataDir=data/zookeeper\n',
      findings: [
        {
          messageId: 'relative', line: 1, column: 9, severity: 'warning',
          message: 'dataDir=data/zookeeper is relative, so it depends on the directory ZooKeeper is started from (ZooKeeper itself only logs "is relative"): started elsewhere, the server finds no data and rejoins empty. Use an absolute path on a persistent disk, e.g. dataDir=/var/lib/zookeeper.',
        },
      ],
    },
    {
      name: 'tilde',
      text: 'dataDir=~/zookeeper\n',
      findings: [
        {
          messageId: 'tilde', line: 1, column: 9, severity: 'warning',
          message: 'dataDir=~/zookeeper starts with \'~\', which ZooKeeper does not expand: it writes to a directory literally named \'~\' under whatever directory it was started from. Use an absolute path on a persistent disk, e.g. dataDir=/var/lib/zookeeper.',
        },
      ],
    },
    {
      name: 'relative with ./',
      text: 'dataDir= ./data\n',
      findings: [
        {
          messageId: 'relative', line: 1, column: 10, severity: 'warning',
          message: 'dataDir=./data is relative, so it depends on the directory ZooKeeper is started from: started elsewhere, the server finds no data and rejoins empty. Use an absolute path on a persistent disk, e.g. dataDir=/var/lib/zookeeper.',
        },
      ],
    },
  ],
});

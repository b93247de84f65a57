import { ruleTester } from '../../test/rule-tester.js';
import rule from './inconsistent-chroot.js';

ruleTester(rule, {
  valid: [
    { name: 'one chroot everywhere', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n' },
      { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n' },
      { file: 'kafka3/server.properties', text: 'broker.id=3\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n' },
    ] },
    { name: 'brokers of different ensembles', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zkA:2181/a\n' },
      { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zkB:2181/b\n' },
    ] },
    { name: 'a templated connect string is not compared', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n' },
      { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181{{ chroot }}\n' },
    ] },
  ],
  invalid: [
    {
      name: 'a chroot per broker', files: [
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/peter-kafka001\n' },
        { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/peter-kafka002\n' },
        { file: 'kafka3/server.properties', text: 'broker.id=3\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/peter-kafka003\n' },
      ],
      findings: [
        { messageId: 'different-chroot', line: 2, column: 19, severity: 'warning', file: 'kafka2/server.properties',
          message: 'This broker uses \'/peter-kafka002\' as its ZooKeeper chroot, but \'/peter-kafka001\' on kafka1/server.properties; \'/peter-kafka003\' on kafka3/server.properties; brokers with different chroots form separate Kafka clusters that never share topics. Use one chroot on every broker, e.g. \'/peter-kafka001\'.' },
        { messageId: 'different-chroot', line: 2, column: 19, severity: 'warning', file: 'kafka3/server.properties',
          message: 'This broker uses \'/peter-kafka003\' as its ZooKeeper chroot, but \'/peter-kafka001\' on kafka1/server.properties; \'/peter-kafka002\' on kafka2/server.properties; brokers with different chroots form separate Kafka clusters that never share topics. Use one chroot on every broker, e.g. \'/peter-kafka001\'.' },
      ],
    },
    {
      name: 'one broker without chroot', files: [
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181\n' },
        { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n' },
        { file: 'kafka3/server.properties', text: 'broker.id=3\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n' },
      ],
      findings: [
        { messageId: 'different-chroot', line: 2, column: 19, severity: 'warning', file: 'kafka1/server.properties',
          message: 'This broker uses no chroot as its ZooKeeper chroot, but \'/kafka\' on kafka2/server.properties, kafka3/server.properties; brokers with different chroots form separate Kafka clusters that never share topics. Use one chroot on every broker, e.g. \'/kafka\'.' },
      ],
    },
  ],
});

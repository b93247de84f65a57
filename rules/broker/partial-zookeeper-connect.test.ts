import { ruleTester } from '../../test/rule-tester.js';
import rule from './partial-zookeeper-connect.js';

ruleTester(rule, {
  valid: [
    { name: 'every ensemble member listed', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n' },
      { file: 'zk1/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
    ] },
    { name: 'single ZooKeeper on the same machine', text: 'broker.id=1\nzookeeper.connect=localhost:2181\n' },
    { name: 'templated', text: 'broker.id=1\nzookeeper.connect={{ zk_hosts }}\n' },
    { name: 'a KRaft node\'s leftover zookeeper.connect under 4.x, which Kafka ignores (broker/removed-key)', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.bootstrap.servers=c1:9093\nzookeeper.connect=zk1:2181\n', options: { kafkaVersion: '4.0' } },
    { name: 'a 3.9 KRaft broker does not connect to ZooKeeper, even while migrating', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=3000@c1:9093\nzookeeper.metadata.migration.enable=true\nzookeeper.connect=zk1:2181\n', options: { kafkaVersion: '3.9' } },
    { name: 'a 3.9 KRaft controller without migration ignores it', text: 'process.roles=controller\nnode.id=3000\ncontroller.quorum.voters=3000@c1:9093\nzookeeper.connect=zk1:2181\n', options: { kafkaVersion: '3.9' } },
  ],
  invalid: [
    {
      name: 'one of three members listed (ensemble known)', files: [
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181/kafka\n' },
        { file: 'zk1/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
      ],
      findings: [
        { line: 2, severity: 'error', file: 'kafka1/server.properties',
          message: 'zookeeper.connect lists 1 of the 3 ZooKeeper servers in this cluster\'s zoo.cfg and leaves out zk2:2181, zk3:2181; when the listed servers fail, this broker loses ZooKeeper although the ensemble still has a majority. List all of them: zk1:2181,zk2:2181,zk3:2181/kafka.' },
      ],
    },
    {
      name: 'two of three members listed', files: [
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk3:2181\n' },
        { file: 'zk1/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
      ],
      findings: [
        { line: 2, severity: 'error', file: 'kafka1/server.properties',
          message: 'zookeeper.connect lists 2 of the 3 ZooKeeper servers in this cluster\'s zoo.cfg and leaves out zk2:2181; when the listed servers fail, this broker loses ZooKeeper although the ensemble still has a majority. List all of them: zk1:2181,zk2:2181,zk3:2181.' },
      ],
    },
    {
      name: 'a 3.9 KRaft controller migrating from ZooKeeper connects to the listed host only',
      text: 'process.roles=controller\nnode.id=3000\ncontroller.quorum.voters=3000@c1:9093\nzookeeper.metadata.migration.enable=true\nzookeeper.connect=zk1:2181/kafka\n',
      options: { kafkaVersion: '3.9' },
      findings: [{ line: 5, severity: 'warning', message: /^zookeeper.connect names a single ZooKeeper server \(zk1:2181\)/ }],
    },
    {
      name: 'a single host, ensemble unknown', text: 'broker.id=1\nzookeeper.connect=zookeeper:2181/kafka\n',
      findings: [
        { line: 2, severity: 'warning',
          message: 'zookeeper.connect names a single ZooKeeper server (zookeeper:2181); when it fails, this broker drops out of the cluster even if the rest of the ensemble is up. List every ensemble member: zk1:2181,zk2:2181,zk3:2181/kafka.' },
      ],
    },
  ],
});

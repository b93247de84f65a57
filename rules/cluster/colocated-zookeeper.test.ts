import { ruleTester } from '../../test/rule-tester.js';
import rule from './colocated-zookeeper.js';

ruleTester(rule, {
  valid: [
    { name: 'separate hosts', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlisteners=PLAINTEXT://kafka1:9092\n' },
      { file: 'zk1/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
    ] },
    { name: 'everything on localhost', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlisteners=PLAINTEXT://localhost:9092\n' },
      { file: 'zk/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=localhost:2888:3888\nserver.2=localhost:2889:3889\nserver.3=localhost:2890:3890\n' },
    ] },
  ],
  invalid: [
    {
      name: 'broker on a ZooKeeper host', files: [
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlisteners=PLAINTEXT://zk1:9092\n' },
        { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlisteners=PLAINTEXT://kafka2:9092\n' },
        { file: 'zk1/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
      ],
      findings: [
        { messageId: 'broker-on-zookeeper-host', line: 3, column: 1, severity: 'warning', file: 'kafka1/server.properties',
          message: 'This broker runs on zk1, which is also a ZooKeeper server (zk1/zoo.cfg): broker disk and network load delays ZooKeeper, sessions expire, and one host failure takes down a broker and an ensemble member together. Move ZooKeeper to its own hosts.' },
      ],
    },
  ],
});

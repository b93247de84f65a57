import { ruleTester } from '../../test/rule-tester.js';
import rule from './port-conflict.js';

ruleTester(rule, {
  valid: [
    { name: 'two brokers on one host, different ports', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlisteners=PLAINTEXT://node1:9092\n' },
      { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlisteners=PLAINTEXT://node1:9093\n' },
    ] },
    { name: 'localhost hosts are not compared (containers)', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlisteners=PLAINTEXT://localhost:9092\n' },
      { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlisteners=PLAINTEXT://localhost:9092\n' },
    ] },
    { name: 'templated listeners are not judged', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlisteners=PLAINTEXT://node1:9092\n' },
      { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlisteners=PLAINTEXT://node1:{{ kafka_port }}\nadvertised.listeners=PLAINTEXT://node1:9093\n' },
    ] },
  ],
  invalid: [
    {
      name: 'two brokers on one host and port', files: [
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlisteners=PLAINTEXT://node1:9092\n' },
        { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlisteners=PLAINTEXT://node1:9092\n' },
      ],
      findings: [
        { messageId: 'taken-by-broker', line: 3, column: 11, severity: 'error', file: 'kafka2/server.properties',
          message: 'This broker\'s listener PLAINTEXT binds port 9092 on node1, where the broker listener PLAINTEXT (kafka1/server.properties) already uses it; the second process to start fails with "Address already in use". Use another port, e.g. 9093.' },
      ],
    },
    {
      name: 'a broker on a ZooKeeper quorum port', files: [
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlisteners=PLAINTEXT://zk2:2888\n' },
        { file: 'zk1/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
      ],
      findings: [
        { messageId: 'taken-by-zookeeper-quorum-port', line: 3, column: 11, file: 'kafka1/server.properties',
          message: 'This broker\'s listener PLAINTEXT binds port 2888 on zk2, where the quorum port of ZooKeeper server.2 (zk1/zoo.cfg) already uses it; the second process to start fails with "Address already in use". Use another port, e.g. 2889.' },
      ],
    },
    {
      name: 'a broker on the ZooKeeper client port', files: [
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlisteners=PLAINTEXT://zk1:2181\n' },
        { file: 'zk1/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
      ],
      findings: [
        { messageId: 'taken-by-zookeeper-client-port', line: 3, column: 11, severity: 'error', file: 'kafka1/server.properties',
          message: 'This broker\'s listener PLAINTEXT binds port 2181 on zk1, where the client port of ZooKeeper server.1 (zk1/zoo.cfg) already uses it; the second process to start fails with "Address already in use". Use another port, e.g. 2182.' },
      ],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './config-drift.js';

ruleTester(rule, {
  valid: [
    { name: 'same values, per-broker listeners differ', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nmin.insync.replicas=2\nlisteners=PLAINTEXT://kafka1:9092\n' },
      { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nmin.insync.replicas=2\nlisteners=PLAINTEXT://kafka2:9092\n' },
    ] },
    { name: 'brokers on one machine need different log dirs', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlog.dirs=/data/kafka-1\nlisteners=PLAINTEXT://localhost:9092\n' },
      { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlog.dirs=/data/kafka-2\nlisteners=PLAINTEXT://localhost:9093\n' },
    ] },
    { name: 'two clusters side by side', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zkA:2181\nnum.partitions=3\n' },
      { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zkB:2181\nnum.partitions=6\n' },
    ] },
  ],
  invalid: [
    {
      name: 'one broker differs', files: [
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nmin.insync.replicas=2\n' },
        { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nmin.insync.replicas=2\n' },
        { file: 'kafka3/server.properties', text: 'broker.id=3\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nmin.insync.replicas=1\n' },
      ],
      findings: [
        { line: 3, severity: 'warning', file: 'kafka3/server.properties',
          message: 'min.insync.replicas is \'1\' here but \'2\' on kafka1/server.properties, kafka2/server.properties: the durability of acks=all writes depends on which broker leads the partition. Use one value on every broker (most use \'2\').' },
      ],
    },
    {
      name: 'the inter-broker listener changes protocol', files: [
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlistener.security.protocol.map=INTERNAL:SSL,EXTERNAL:SSL\ninter.broker.listener.name=INTERNAL\n' },
        { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlistener.security.protocol.map=INTERNAL:SSL,EXTERNAL:SSL\ninter.broker.listener.name=INTERNAL\n' },
        { file: 'kafka3/server.properties', text: 'broker.id=3\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlistener.security.protocol.map=INTERNAL:PLAINTEXT,EXTERNAL:SSL\ninter.broker.listener.name=INTERNAL\n' },
      ],
      findings: [
        { line: 3, severity: 'warning', file: 'kafka3/server.properties',
          message: 'The inter-broker listener\'s protocol (listener.security.protocol.map) is \'INTERNAL:PLAINTEXT\' here but \'INTERNAL:SSL\' on kafka1/server.properties, kafka2/server.properties: the inter-broker listener must use the same security protocol on every broker. Use one value on every broker (most use \'INTERNAL:SSL\').' },
      ],
    },
    {
      name: 'log dir names and ZooKeeper hosts differ', files: [
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlog.dirs=/data1,/data2\nlisteners=PLAINTEXT://kafka1:9092\n' },
        { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nlog.dirs=/data1,/data2\nlisteners=PLAINTEXT://kafka2:9092\n' },
        { file: 'kafka3/server.properties', text: 'broker.id=3\nzookeeper.connect=zk1:2181,zk2:2181/kafka\nlog.dirs=/kafka-data\nlisteners=PLAINTEXT://kafka3:9092\n' },
      ],
      findings: [
        { line: 2, severity: 'warning', file: 'kafka3/server.properties',
          message: 'zookeeper.connect is \'zk1:2181,zk2:2181\' here but \'zk1:2181,zk2:2181,zk3:2181\' on kafka1/server.properties, kafka2/server.properties: brokers must use the same ZooKeeper ensemble. Use one value on every broker (most use \'zk1:2181,zk2:2181,zk3:2181\').' },
        { line: 3, severity: 'warning', file: 'kafka3/server.properties',
          message: 'log.dirs is \'/kafka-data\' here but \'/data1,/data2\' on kafka1/server.properties, kafka2/server.properties: the same log directory names on every broker keep mounts, tooling and monitoring uniform. Use one value on every broker (most use \'/data1,/data2\').' },
      ],
    },
  ],
});

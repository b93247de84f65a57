import { ruleTester } from '../../test/rule-tester.js';
import rule from './partial-rack-awareness.js';

ruleTester(rule, {
  valid: [
    { name: 'every broker has a rack', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nbroker.rack=az1\n' },
      { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nbroker.rack=az2\n' },
    ] },
    { name: 'no broker has a rack', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n' },
      { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n' },
    ] },
    { name: 'racks in one cluster, none in another', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zkA:2181\nbroker.rack=az1\n' },
      { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zkA:2181\nbroker.rack=az2\n' },
      { file: 'kafka3/server.properties', text: 'broker.id=3\nzookeeper.connect=zkB:2181\n' },
    ] },
    { name: 'a templated rack: which brokers have one is not known', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nbroker.rack=az1\n' },
      { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nbroker.rack={{ rack }}\n' },
      { file: 'kafka3/server.properties', text: 'broker.id=3\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n' },
    ] },
  ],
  invalid: [
    {
      name: 'one broker lacks a rack', files: [
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nbroker.rack=az1\n' },
        { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\nbroker.rack=az2\n' },
        { file: 'kafka3/server.properties', text: 'broker.id=3\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n' },
      ],
      findings: [
        { messageId: 'missing-rack', line: 1, column: 1, severity: 'warning', file: 'kafka3/server.properties',
          message: 'This broker has no broker.rack, but kafka1/server.properties, kafka2/server.properties have one; rack-aware assignment fails or puts replicas in one failure domain while some brokers lack a rack. Set broker.rack here too, to the rack or zone this broker runs in.' },
      ],
    },
  ],
});

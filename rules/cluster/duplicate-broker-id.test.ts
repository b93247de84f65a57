import { ruleTester } from '../../test/rule-tester.js';
import rule from './duplicate-broker-id.js';

ruleTester(rule, {
  valid: [
    { name: 'distinct ids', files: [
      { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n' },
      { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n' },
    ] },
    { name: 'two clusters side by side reuse ids', files: [
      { file: 'east/kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk-east:2181/kafka\n' },
      { file: 'west/kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk-west:2181/kafka\n' },
    ] },
    { name: 'generated ids (-1) do not collide', files: [
      { file: 'a/server.properties', text: 'broker.id=-1\nzookeeper.connect=zk1\n' },
      { file: 'b/server.properties', text: 'broker.id=-1\nzookeeper.connect=zk1\n' },
    ] },
  ],
  invalid: [
    {
      name: 'broker.id twice', files: [
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n' },
        { file: 'kafka2/server.properties', text: '# copied from kafka1\nbroker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181/kafka\n' },
      ],
      findings: [
        { messageId: 'duplicate-id', line: 2, column: 1, severity: 'error', file: 'kafka2/server.properties',
          message: 'Id 1 is already used by kafka1/server.properties:1; two nodes with one id cannot both join the cluster. Give this node an id no other node uses (broker.id in ZooKeeper mode, node.id in KRaft).' },
      ],
    },
    {
      name: 'a KRaft controller and broker sharing node.id', files: [
        { file: 'ctrl/controller.properties', text: 'process.roles=controller\nnode.id=1\n' },
        { file: 'broker/broker.properties', text: 'process.roles=broker\nnode.id=1\n' },
      ],
      findings: [
        // The pipeline loads files in path order, so the broker comes first (issue 17 makes this independent of order).
        { messageId: 'duplicate-id', line: 2, column: 1, severity: 'error', file: 'ctrl/controller.properties',
          message: 'Id 1 is already used by broker/broker.properties:2; two nodes with one id cannot both join the cluster. Give this node an id no other node uses (broker.id in ZooKeeper mode, node.id in KRaft).' },
      ],
    },
  ],
});

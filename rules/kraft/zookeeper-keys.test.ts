import { ruleTester } from '../../test/rule-tester.js';
import rule from './zookeeper-keys.js';

const kraft = 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@localhost:9093\n';
const controller = 'process.roles=controller\nnode.id=3000\ncontroller.quorum.voters=3000@c1:9093\n';

ruleTester(rule, {
  valid: [
    { name: 'KRaft node without zookeeper keys', text: kraft },
    { name: 'ZooKeeper-mode broker (3.9)', text: 'broker.id=1\nzookeeper.connect=zk1:2181\nzookeeper.session.timeout.ms=18000\n' },
    {
      name: '3.9 controller taking part in a migration',
      text: `${controller}zookeeper.metadata.migration.enable=true\nzookeeper.connect=zk1:2181\n`,
      options: { kafkaVersion: '3.9' },
    },
    { name: '3.9: the migration flag at its default says nothing', text: `${controller}zookeeper.metadata.migration.enable=false\n`, options: { kafkaVersion: '3.9' } },
    { name: '3.9: a templated migration flag may turn the migration on', text: `${controller}zookeeper.metadata.migration.enable={{ migrate }}\nzookeeper.connect=zk1:2181\n`, options: { kafkaVersion: '3.9' } },
    { name: '3.9: a key a template may not write is not judged', file: 'server.properties.j2', text: `${kraft}{% if zk_connect is defined %}\nzookeeper.connect={{ zk_connect }}\n{% endif %}\n`, options: { kafkaVersion: '3.9' } },
    { name: '4.x: broker/removed-key reports zookeeper.* keys', text: `${kraft}zookeeper.connect=localhost:2181\n`, options: { kafkaVersion: '4.0' } },
  ],
  invalid: [
    {
      name: '3.9 without the migration flag',
      text: `${controller}zookeeper.connect=zk1:2181\nzookeeper.metadata.migration.enable=false\nzookeeper.session.timeout.ms=18000\n`,
      options: { kafkaVersion: '3.9' },
      findings: [
        {
          messageId: 'ignored-key', line: 4, column: 1, severity: 'warning', key: 'zookeeper.connect',
          message: 'zookeeper.connect does nothing on this KRaft node in Kafka 3.9 unless zookeeper.metadata.migration.enable=true (a ZooKeeper-to-KRaft migration, which must be finished before upgrading to 4.0). Delete it, or set zookeeper.metadata.migration.enable=true if this controller takes part in a migration.',
        },
        {
          messageId: 'ignored-key', line: 6, column: 1, key: 'zookeeper.session.timeout.ms',
          message: 'zookeeper.session.timeout.ms does nothing on this KRaft node in Kafka 3.9 unless zookeeper.metadata.migration.enable=true (a ZooKeeper-to-KRaft migration, which must be finished before upgrading to 4.0). Delete it, or set zookeeper.metadata.migration.enable=true if this controller takes part in a migration.',
        },
      ],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import { fixtureFiles } from '../../test/fixture-files.js';
import rule from './partial-zookeeper-connect.js';

const FIXTURES = 'rules/broker/partial-zookeeper-connect';
const ZK3 = 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n';

ruleTester(rule, {
  valid: [
    { name: 'every ensemble member listed', files: fixtureFiles(`${FIXTURES}/all-three`) },
    { name: 'single ZooKeeper on the same machine', text: 'broker.id=1\nzookeeper.connect=localhost:2181\n' },
    { name: 'templated', text: 'broker.id=1\nzookeeper.connect={{ zk_hosts }}\n' },
    { name: 'issue 13: a standalone ZooKeeper in view has no rest of the ensemble', files: fixtureFiles(`${FIXTURES}/standalone-zookeeper`) },
    { name: 'issue 13: the one ZooKeeper service of a compose file', files: fixtureFiles(`${FIXTURES}/compose-single-zookeeper`) },
    { name: 'a compose ZooKeeper service whose image kafka-lint does not read: the ensemble is not in view', files: fixtureFiles(`${FIXTURES}/compose-unknown-zookeeper-image`) },
    { name: 'a single host with no zoo.cfg in view: it may be the whole ensemble', text: 'broker.id=1\nzookeeper.connect=zookeeper:2181/kafka\n' },
    { name: 'issue 13: on Strimzi the operator writes zookeeper.connect', files: fixtureFiles(`${FIXTURES}/strimzi-single-zookeeper`) },
    { name: 'a KRaft node\'s leftover zookeeper.connect under 4.x, which Kafka ignores (broker/removed-key)', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.bootstrap.servers=c1:9093\nzookeeper.connect=zk1:2181\n', options: { kafkaVersion: '4.0' } },
    { name: 'a 3.9 KRaft broker does not connect to ZooKeeper, even while migrating', text: 'process.roles=broker\nnode.id=4\ncontroller.quorum.voters=3000@c1:9093\nzookeeper.metadata.migration.enable=true\nzookeeper.connect=zk1:2181\n', options: { kafkaVersion: '3.9' } },
    { name: 'a 3.9 KRaft controller without migration ignores it', text: 'process.roles=controller\nnode.id=3000\ncontroller.quorum.voters=3000@c1:9093\nzookeeper.connect=zk1:2181\n', options: { kafkaVersion: '3.9' } },
  ],
  invalid: [
    {
      name: 'one of three members listed (ensemble known)', files: fixtureFiles(`${FIXTURES}/one-of-three`),
      findings: [{
        messageId: 'missing-servers', line: 5, column: 19, severity: 'warning', file: 'kafka1/server.properties',
        message: 'zookeeper.connect lists 1 of the 3 ZooKeeper servers in this cluster\'s zoo.cfg and leaves out zk2:2181, zk3:2181: when the listed servers fail, this broker loses ZooKeeper although the ensemble still has a majority. List all of them: zk1:2181,zk2:2181,zk3:2181/kafka.',
      }],
    },
    {
      name: 'two of three members listed', files: [
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk3:2181\n' },
        { file: 'zk1/zoo.cfg', text: ZK3 },
      ],
      findings: [{
        messageId: 'missing-servers', line: 2, column: 19, file: 'kafka1/server.properties',
        message: 'zookeeper.connect lists 2 of the 3 ZooKeeper servers in this cluster\'s zoo.cfg and leaves out zk2:2181: when the listed servers fail, this broker loses ZooKeeper although the ensemble still has a majority. List all of them: zk1:2181,zk2:2181,zk3:2181.',
      }],
    },
    {
      name: 'a 3.9 KRaft controller migrating from ZooKeeper is judged like a broker', files: [
        { file: 'c1/controller.properties', text: 'process.roles=controller\nnode.id=3000\ncontroller.quorum.voters=3000@c1:9093\nzookeeper.metadata.migration.enable=true\nzookeeper.connect=zk1:2181/kafka\n' },
        { file: 'zk1/zoo.cfg', text: ZK3 },
      ],
      options: { kafkaVersion: '3.9' },
      findings: [{
        messageId: 'missing-servers', line: 5, column: 19, file: 'c1/controller.properties',
        message: 'zookeeper.connect lists 1 of the 3 ZooKeeper servers in this cluster\'s zoo.cfg and leaves out zk2:2181, zk3:2181: when the listed servers fail, this broker loses ZooKeeper although the ensemble still has a majority. List all of them: zk1:2181,zk2:2181,zk3:2181/kafka.',
      }],
    },
  ],
});

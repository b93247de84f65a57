import { ruleTester } from '../../test/rule-tester.js';
import { zookeeperFixture } from '../../test/zookeeper/fixtures.js';
import rule from './no-fault-tolerance.js';

ruleTester(rule, {
  valid: [
    { name: 'three voters', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
    { name: 'three cp-kafka brokers on a three-server ensemble', files: [zookeeperFixture('no-fault-tolerance/three-servers-three-brokers/docker-compose.yml')] },
    { name: 'server lines written by a template loop', file: 'zoo.cfg.j2', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\n{% for h in zk_hosts %}\nserver.{{ loop.index }}={{ h }}:2888:3888\n{% endfor %}\n' },
    { name: 'server list in a dynamic file', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\ndynamicConfigFile=/etc/zookeeper/zoo.cfg.dynamic\n' },
  ],
  invalid: [
    {
      name: 'standalone',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\n',
      findings: [
        {
          messageId: 'standalone', line: 2, column: 1, severity: 'warning',
          message: 'This ZooKeeper runs standalone (no server.N lines): if it stops, ZooKeeper is down. For anything that must stay up, run 3 servers and list them as server.1..server.3=host:2888:3888 in each one\'s zoo.cfg.',
        },
      ],
    },
    {
      name: 'one server line',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\n',
      findings: [
        {
          messageId: 'one-voter', line: 6, column: 1, severity: 'warning',
          message: 'Only one voting server (server.1): ZooKeeper runs it standalone, so if it stops, ZooKeeper is down. Add two more server.N lines (3 voting servers survive one failure).',
        },
      ],
    },
    {
      name: 'two voters and an observer',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888:observer\n',
      findings: [
        {
          messageId: 'two-voters', line: 6, column: 1, severity: 'warning',
          message: 'Only two voting servers (server.1, server.2): a majority of two is two, so losing either one stops ZooKeeper; two servers fail more often than one. Add a third server.N line (3 voting servers survive one failure).',
        },
      ],
    },
    {
      name: 'three cp-kafka brokers on one cp-zookeeper (compose: the broker count is known)',
      files: [zookeeperFixture('no-fault-tolerance/one-server-three-brokers/docker-compose.yml')],
      findings: [{
        messageId: 'standalone', line: 4, column: 12, severity: 'warning', file: 'docker-compose.yml',
        message: 'This ZooKeeper runs standalone (no server.N lines): if it stops, ZooKeeper is down, and with it the 3 brokers of this cluster: they lose their ZooKeeper sessions together, and zookeeper.connect has no other server to fall back on. For anything that must stay up, run 3 servers and list them as server.1..server.3=host:2888:3888 in each one\'s zoo.cfg.',
      }],
    },
    {
      name: 'one server line behind one broker, the count stated',
      files: [
        { file: 'zk/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=zk1:2888:3888\n' },
        { file: 'kafka/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181\n' },
      ],
      options: { brokerCount: 1 },
      findings: [{
        messageId: 'one-voter', line: 3, column: 1, file: 'zk/zoo.cfg',
        message: 'Only one voting server (server.1): ZooKeeper runs it standalone, so if it stops, ZooKeeper is down, and with it the broker of this cluster: it loses its ZooKeeper session, and zookeeper.connect has no other server to fall back on. Add two more server.N lines (3 voting servers survive one failure).',
      }],
    },
    {
      name: 'two voters behind two broker files',
      files: [
        { file: 'zk/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\n' },
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181\n' },
        { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181,zk2:2181\n' },
      ],
      findings: [{
        messageId: 'two-voters', line: 6, column: 1, file: 'zk/zoo.cfg',
        message: 'Only two voting servers (server.1, server.2): a majority of two is two, so losing either one stops ZooKeeper, and with it the brokers of this cluster (2 in view, perhaps more): they lose their ZooKeeper sessions together; two servers fail more often than one. Add a third server.N line (3 voting servers survive one failure).',
      }],
    },
    {
      name: 'one ZooKeeper file behind three broker files (at least three brokers)',
      files: [
        { file: 'zk/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\n' },
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk:2181\n' },
        { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk:2181\n' },
        { file: 'kafka3/server.properties', text: 'broker.id=3\nzookeeper.connect=zk:2181\n' },
      ],
      findings: [
        {
          messageId: 'standalone', line: 2, column: 1, file: 'zk/zoo.cfg', severity: 'warning',
          message: 'This ZooKeeper runs standalone (no server.N lines): if it stops, ZooKeeper is down, and with it the brokers of this cluster (3 in view, perhaps more): they lose their ZooKeeper sessions together, and zookeeper.connect has no other server to fall back on. For anything that must stay up, run 3 servers and list them as server.1..server.3=host:2888:3888 in each one\'s zoo.cfg.',
        },
      ],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './no-fault-tolerance.js';

ruleTester(rule, {
  valid: [
    { name: 'three voters', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
    { name: 'server list in a dynamic file', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\ndynamicConfigFile=/etc/zookeeper/zoo.cfg.dynamic\n' },
  ],
  invalid: [
    {
      name: 'standalone',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\n',
      findings: [
        {
          line: 2, severity: 'warning',
          message: 'This ZooKeeper runs standalone (no server.N lines): if it stops, ZooKeeper is down. For anything that must stay up, run 3 servers and list them as server.1..server.3=host:2888:3888 in each one\'s zoo.cfg.',
        },
      ],
    },
    {
      name: 'one server line',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\n',
      findings: [
        {
          line: 6, severity: 'warning',
          message: 'Only one voting server (server.1): ZooKeeper runs it standalone, so if it stops, ZooKeeper is down. Add two more server.N lines (3 voting servers survive one failure).',
        },
      ],
    },
    {
      name: 'two voters and an observer',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888:observer\n',
      findings: [
        {
          line: 6, severity: 'warning',
          message: 'Only two voting servers (server.1, server.2): a majority of two is two, so losing either one stops ZooKeeper; two servers fail more often than one. Add a third server.N line (3 voting servers survive one failure).',
        },
      ],
    },
    {
      name: 'seed 001: one ZooKeeper behind three brokers',
      files: [
        { file: 'zk/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\n' },
        { file: 'kafka1/server.properties', text: 'broker.id=1\nzookeeper.connect=zk:2181\n' },
        { file: 'kafka2/server.properties', text: 'broker.id=2\nzookeeper.connect=zk:2181\n' },
        { file: 'kafka3/server.properties', text: 'broker.id=3\nzookeeper.connect=zk:2181\n' },
      ],
      findings: [
        {
          line: 2, file: 'zk/zoo.cfg', severity: 'warning',
          message: 'This ZooKeeper runs standalone (no server.N lines): if it stops, ZooKeeper is down, and the 3 brokers of this cluster with it. For anything that must stay up, run 3 servers and list them as server.1..server.3=host:2888:3888 in each one\'s zoo.cfg.',
        },
      ],
    },
  ],
});

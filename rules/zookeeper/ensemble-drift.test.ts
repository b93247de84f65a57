import { ruleTester } from '../../test/rule-tester.js';
import rule from './ensemble-drift.js';

ruleTester(rule, {
  valid: [
    {
      name: 'identical members',
      files: [
        { file: 'zk1/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk2/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
      ],
    },
    {
      name: 'own line as 0.0.0.0, client ports differ',
      files: [
        { file: 'zk1/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=0.0.0.0:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk2/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888;2181\nserver.2=0.0.0.0:2888:3888\nserver.3=zk3:2888:3888\n' },
      ],
    },
    {
      name: 'timing and a server line from template variables',
      files: [
        { file: 'zk1/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk2/zoo.cfg', text: 'tickTime={{ zk_tick_time }}\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit={{ zk_init_limit }}\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3={{ zk3_host }}:2888:3888\n' },
      ],
    },
    {
      name: 'two unrelated standalone servers',
      files: [
        { file: 'a/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\n' },
        { file: 'b/zoo.cfg', text: 'tickTime=3000\ndataDir=/data\nclientPort=2181\n' },
      ],
    },
    {
      name: 'two ensembles with different ids',
      files: [
        { file: 'a/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'b/zoo.cfg', text: 'tickTime=3000\ndataDir=/data\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.4=zk4:2888:3888\nserver.5=zk5:2888:3888\nserver.6=zk6:2888:3888\n' },
      ],
    },
  ],
  invalid: [
    {
      name: 'a different host for one server, and initLimit',
      files: [
        { file: 'zk1/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk2/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=5\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk4:2888:3888\n' },
      ],
      findings: [
        {
          messageId: 'timing-differs', line: 4, column: 1, file: 'zk2/zoo.cfg', severity: 'warning',
          message: 'initLimit is 5 here but 10 in zk1/zoo.cfg: members of one ensemble must agree on it, or leader-follower timeouts change with whoever leads. Use the same initLimit on every member.',
        },
        {
          messageId: 'server-differs', line: 8, column: 1, file: 'zk2/zoo.cfg', severity: 'warning',
          message: 'server.3 is zk4:2888:3888 here but zk3:2888:3888 in zk1/zoo.cfg: members of one ensemble must list the same servers, or they cannot reach each other. Give every member the same server.N lines.',
        },
      ],
    },
    {
      name: 'a member misses a server and leaves tickTime unset',
      files: [
        { file: 'zk1/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk2/zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\n' },
      ],
      findings: [
        {
          messageId: 'timing-differs', line: 1, column: 1, file: 'zk2/zoo.cfg', severity: 'warning',
          message: 'tickTime is 3000 (the default) here but 2000 in zk1/zoo.cfg: members of one ensemble must agree on it, or leader-follower timeouts change with whoever leads. Use the same tickTime on every member.',
        },
        {
          messageId: 'server-missing', line: 5, column: 1, file: 'zk2/zoo.cfg', severity: 'warning',
          message: 'zk1/zoo.cfg lists server.3 (zk3:2888:3888), which this file does not: members of one ensemble must list the same servers, or they count different majorities. Add the missing server.N line.',
        },
      ],
    },
    {
      name: 'a member has an extra server and an observer mismatch',
      files: [
        { file: 'zk1/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk3/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888:observer\nserver.4=zk4:2888:3888\n' },
      ],
      findings: [
        {
          messageId: 'server-differs', line: 8, column: 1, file: 'zk3/zoo.cfg', severity: 'warning',
          message: 'server.3 is zk3:2888:3888:observer here but zk3:2888:3888 in zk1/zoo.cfg: members of one ensemble must list the same servers, or they cannot reach each other. Give every member the same server.N lines.',
        },
        {
          messageId: 'server-extra', line: 9, column: 1, file: 'zk3/zoo.cfg', severity: 'warning',
          message: 'server.4 (zk4:2888:3888) is not in zk1/zoo.cfg: members of one ensemble must list the same servers, or they count different majorities. Give every member the same server.N lines.',
        },
      ],
    },
  ],
});

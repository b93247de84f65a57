import { ruleTester } from '../../test/rule-tester.js';
import rule from './duplicate-server.js';

ruleTester(rule, {
  valid: [
    { name: 'distinct ids and hosts', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
    { name: 'one host, distinct ports', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=localhost:2888:3888\nserver.2=localhost:2889:3889\nserver.3=localhost:2890:3890\n' },
    { name: 'wildcard own line', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=0.0.0.0:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
    { name: 'one server line in each branch of a template conditional', file: 'zoo.cfg.j2', text: 'dataDir=/data\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\n{% if zk3_new %}\nserver.3=zk3-new:2888:3888\n{% else %}\nserver.3=zk3:2888:3888\n{% endif %}\n' },
    { name: 'placeholder hosts left for a deployment tool', text: 'dataDir=/data\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=<ip>:2888:3888\nserver.2=<ip>:2888:3888\nserver.3=%HOST3%:2888:3888\n' },
  ],
  invalid: [
    {
      name: 'three servers on one host and port (a copied sample)',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientport=2181\ninitLimit=20\nsyncLimit=5\nserver.1=zoo1.example.com:2888:3888\nserver.2=zoo1.example.com:2888:3888\nserver.3=zoo1.example.com:2888:3888\n',
      findings: [
        {
          messageId: 'same-address', line: 7, column: 1, severity: 'error',
          message: 'server.2 has the same host (zoo1.example.com) and quorum port 2888 as server.1 (line 6): only one process can listen there, so these two servers cannot both run. Give each server its own host, or on one test host its own ports (e.g. 2889:3889).',
        },
        {
          messageId: 'same-address', line: 8, column: 1, severity: 'error',
          message: 'server.3 has the same host (zoo1.example.com) and quorum port 2888 as server.1 (line 6): only one process can listen there, so these two servers cannot both run. Give each server its own host, or on one test host its own ports (e.g. 2889:3889).',
        },
      ],
    },
    {
      name: 'server.1 and server.01',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.01=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'same-id', line: 8, column: 1, severity: 'error',
          message: 'server.01 and server.1 (line 6) are the same id 1 for ZooKeeper, which keeps only one of them (which one depends on hash order), so the ensemble has one server fewer than the file lists. Give each server its own id.',
        },
      ],
    },
    {
      name: 'the same key twice, its value from a template',
      text: 'dataDir=/data\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1={{ zk1 }}:2888:3888\nserver.2={{ zk2 }}:2888:3888\nserver.2={{ zk3 }}:2888:3888\n',
      findings: [{ messageId: 'same-key-twice', line: 7, column: 1, message: 'server.2 is written again (first on line 6): ZooKeeper keeps only this last line, so the ensemble has one server fewer than the file lists. Give each server its own id.' }],
    },
    {
      name: 'the same key twice',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.2=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'same-key-twice', line: 8, column: 1, severity: 'error',
          message: 'server.2 is written again (first on line 7): ZooKeeper keeps only this last line, so the ensemble has one server fewer than the file lists. Give each server its own id.',
        },
      ],
    },
    {
      name: 'same election port on one host, loopback names merged',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=localhost:2888:3888\nserver.2=127.0.0.1:2889:3888\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'same-address', line: 7, column: 1, severity: 'error',
          message: 'server.2 has the same host (127.0.0.1) and election port 3888 as server.1 (line 6): only one process can listen there, so these two servers cannot both run. Give each server its own host, or on one test host its own ports (e.g. 2889:3889).',
        },
      ],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './myid-mismatch.js';

ruleTester(rule, {
  valid: [
    {
      name: 'myid in the list',
      files: [
        { file: 'zk1/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk1/myid', text: '1\n' },
      ],
    },
    {
      name: 'myid without newline',
      files: [
        { file: 'zk1/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk1/myid', text: '2' },
      ],
    },
    {
      name: 'standalone ignores the id',
      files: [
        { file: 'zk1/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\n' },
        { file: 'zk1/myid', text: '7\n' },
      ],
    },
    {
      name: 'myid found through dataDir',
      files: [
        { file: '/etc/zookeeper/conf/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: '/var/lib/zookeeper/myid', text: '3\n' },
      ],
    },
    {
      name: 'three members, three ids',
      files: [
        { file: 'zk1/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk1/myid', text: '1\n' },
        { file: 'zk2/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk2/myid', text: '2\n' },
        { file: 'zk3/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk3/myid', text: '3\n' },
      ],
    },
    {
      name: 'a myid a template fills in',
      files: [
        { file: 'roles/zookeeper/templates/zoo.cfg.j2', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'roles/zookeeper/templates/myid.j2', text: '{{ zookeeper_id }}\n' },
      ],
    },
    {
      name: 'server lines written by a template loop',
      files: [
        { file: 'zk1/zoo.cfg.j2', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nstandaloneEnabled=false\n{% for h in zk_hosts %}\nserver.{{ loop.index }}={{ h }}:2888:3888\n{% endfor %}\n' },
        { file: 'zk1/myid', text: '4\n' },
      ],
    },
  ],
  invalid: [
    {
      name: 'myid not in the server list',
      files: [
        { file: 'zk4/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk4/myid', text: '4\n' },
      ],
      findings: [
        {
          messageId: 'not-in-server-list', line: 1, column: 1, file: 'zk4/myid', severity: 'error',
          message: 'myid is 4 but zk4/zoo.cfg lists servers 1, 2, 3: ZooKeeper parses the config and then stops with "My id 4 not in the peer list". Write only the id of this server\'s own server.N line and a newline, e.g. 1.',
        },
      ],
    },
    {
      name: 'not a number',
      files: [
        { file: 'zk1/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk1/myid', text: 'one\n' },
      ],
      findings: [
        {
          messageId: 'unreadable', line: 1, column: 1, file: 'zk1/myid', severity: 'error',
          message: 'This myid file is unreadable for ZooKeeper: its first line holds \'one\', not a server id, so ZooKeeper refuses to start ("serverid one is not a number"). Write only the id of this server\'s own server.N line and a newline, e.g. 1.',
        },
      ],
    },
    {
      name: 'blank after the number',
      files: [
        { file: 'zk1/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk1/myid', text: '1 \n' },
      ],
      findings: [
        {
          messageId: 'unreadable', line: 1, column: 1, file: 'zk1/myid', severity: 'error',
          message: 'This myid file is unreadable for ZooKeeper: its first line \'1 \' has blanks around the number, which ZooKeeper does not trim: it refuses to start ("serverid 1  is not a number"). Write only the id of this server\'s own server.N line and a newline, e.g. 1.',
        },
      ],
    },
    {
      name: 'empty file',
      files: [
        { file: 'zk1/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\n' },
        { file: 'zk1/myid', text: '' },
      ],
      findings: [
        {
          messageId: 'unreadable', line: 1, column: 1, file: 'zk1/myid', severity: 'error',
          message: 'This myid file is unreadable for ZooKeeper: its first line holds nothing, not a server id, so ZooKeeper refuses to start ("serverid null is not a number"). Write only the id of this server\'s own server.N line and a newline, e.g. 1.',
        },
      ],
    },
    {
      name: 'Debian placeholder, not attached to a zoo.cfg',
      files: [
        { file: 'etc/zookeeper/conf/myid', text: 'replace this text with the cluster-unique zookeeper\'s instance id (1-255)\n' },
      ],
      findings: [
        {
          messageId: 'unreadable', line: 1, column: 1, file: 'etc/zookeeper/conf/myid', severity: 'error',
          message: 'This myid file is unreadable for ZooKeeper: its first line holds \'replace this text with the cluster-uniqu\', not a server id, so ZooKeeper refuses to start ("serverid replace this text with the cluster-unique zookeeper\'s instance id (1-255) is not a number"). Write only the id of this server\'s own server.N line and a newline, e.g. 1.',
        },
      ],
    },
    {
      name: 'two members with one id',
      files: [
        { file: 'zk1/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk1/myid', text: '1\n' },
        { file: 'zk2/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk2/myid', text: '1\n' },
      ],
      findings: [
        {
          messageId: 'same-id', line: 1, column: 1, file: 'zk2/myid', severity: 'warning',
          message: 'myid 1 is also the myid of zk1/zoo.cfg, which shares server ids with this member: two members with one id claim the same vote and ports, so one of them cannot join. Give every member its own id, matching its server.N line.',
        },
      ],
    },
    {
      name: 'myid found through dataDir, not in the list',
      files: [
        { file: '/etc/zookeeper/conf/zoo.cfg', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: '/var/lib/zookeeper/myid', text: '5\n' },
      ],
      findings: [
        {
          messageId: 'not-in-server-list', line: 1, column: 1, file: '/var/lib/zookeeper/myid', severity: 'error',
          message: 'myid is 5 but /etc/zookeeper/conf/zoo.cfg lists servers 1, 2, 3: ZooKeeper parses the config and then stops with "My id 5 not in the peer list". Write only the id of this server\'s own server.N line and a newline, e.g. 1.',
        },
      ],
    },
  ],
});

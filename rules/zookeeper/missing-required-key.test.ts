import { ruleTester } from '../../test/rule-tester.js';
import rule from './missing-required-key.js';

ruleTester(rule, {
  valid: [
    { name: 'complete ensemble config', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
    { name: 'client port on every server line', text: 'dataDir=/data\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888;2181\nserver.2=zk2:2888:3888;2181\nserver.3=zk3:2888:3888;2181\n' },
    {
      name: 'client port on its own line (myid known)',
      files: [
        { file: 'zk1/zoo.cfg', text: 'dataDir=/data\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888;2181\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
        { file: 'zk1/myid', text: '1\n' },
      ],
    },
    { name: 'secure client port only', text: 'dataDir=/data\nsecureClientPort=2281\n' },
    { name: 'standalone needs no limits', text: 'dataDir=/data\nclientPort=2181\n' },
    { name: 'absolute one-character dataDir', text: 'dataDir=/\nclientPort=2181\n' },
    { name: 'unreadable initLimit is invalid-value\'s finding', text: 'dataDir=/data\nclientPort=2181\ninitLimit=ten\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
    { name: 'client port from a template', file: 'zoo.cfg.j2', text: 'dataDir={{ zk_data_dir }}\nclientPort={{ zk_client_port }}\ninitLimit={{ zk_init_limit }}\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
    { name: 'server lines from template variables, client port on them', text: 'dataDir=/data\ninitLimit=10\nsyncLimit=5\nserver.1={{ zk1 }}\nserver.2={{ zk2 }}\nserver.3={{ zk3 }}\n' },
    { name: 'dynamic file may hold the client port', text: 'dataDir=/data\ninitLimit=10\nsyncLimit=5\ndynamicConfigFile=/data/zoo.cfg.dynamic\n' },
  ],
  invalid: [
    {
      name: 'no dataDir',
      text: 'tickTime=2000\nclientPort=2181\n',
      findings: [
        {
          messageId: 'no-data-dir', line: 1, column: 1, severity: 'error',
          message: 'dataDir is not set: ZooKeeper refuses to start ("dataDir is not set"). Add dataDir= with a directory on a persistent disk, e.g. dataDir=/var/lib/zookeeper.',
        },
      ],
    },
    {
      name: 'empty dataDir and one-character dataLogDir',
      text: 'dataDir=\ndataLogDir=x\nclientPort=2181\n',
      findings: [
        {
          messageId: 'data-dir-crash', line: 1, column: 1, severity: 'error',
          message: 'dataDir is empty: ZooKeeper 3.8 crashes while checking it (StringIndexOutOfBoundsException in its relative-path warning). Write a directory on a persistent disk, e.g. dataDir=/var/lib/zookeeper.',
        },
        {
          messageId: 'data-dir-crash', line: 2, column: 1, severity: 'error',
          message: 'dataLogDir is the one-character relative path \'x\': ZooKeeper 3.8 crashes while checking it (StringIndexOutOfBoundsException in its relative-path warning). Write a directory on a persistent disk, e.g. dataLogDir=/var/lib/zookeeper-txlog.',
        },
      ],
    },
    {
      name: 'ensemble without limits',
      text: 'dataDir=/data\nclientPort=2181\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'limit-not-set', line: 3, column: 1, severity: 'error',
          message: 'initLimit is not set in an ensemble config (3 voting servers): ZooKeeper refuses to start ("initLimit is not set"). Add initLimit=10 (how many ticks a follower may take to connect to the leader and sync).',
        },
        {
          messageId: 'limit-not-set', line: 3, column: 1, severity: 'error',
          message: 'syncLimit is not set in an ensemble config (3 voting servers): ZooKeeper refuses to start ("syncLimit is not set"). Add syncLimit=5 (how many ticks a follower may lag behind the leader).',
        },
      ],
    },
    {
      name: 'initLimit 0',
      text: 'dataDir=/data\nclientPort=2181\ninitLimit=0\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'limit-not-set', line: 3, column: 1, severity: 'error',
          message: 'initLimit is 0, which ZooKeeper treats as unset in an ensemble config (3 voting servers): ZooKeeper refuses to start ("initLimit is not set"). Add initLimit=10 (how many ticks a follower may take to connect to the leader and sync).',
        },
      ],
    },
    {
      name: 'standaloneEnabled=false makes one server an ensemble',
      text: 'dataDir=/data\nclientPort=2181\nstandaloneEnabled=false\ninitLimit=10\nserver.1=zk1:2888:3888\n',
      findings: [
        {
          messageId: 'limit-not-set', line: 5, column: 1, severity: 'error',
          message: 'syncLimit is not set in an ensemble config (1 voting server): ZooKeeper refuses to start ("syncLimit is not set"). Add syncLimit=5 (how many ticks a follower may lag behind the leader).',
        },
      ],
    },
    {
      name: 'clientPortAddress without clientPort',
      text: 'dataDir=/data\nclientPortAddress=10.0.0.1\n',
      findings: [
        {
          messageId: 'address-without-port', line: 2, column: 1, severity: 'error',
          message: 'clientPortAddress is set but clientPort is not: ZooKeeper refuses to start ("clientPortAddress is set but clientPort is not set"). Add clientPort=2181, or delete clientPortAddress.',
        },
      ],
    },
    {
      name: 'no client port (standalone)',
      text: 'tickTime=2000\ndataDir=/data\n',
      findings: [
        {
          messageId: 'no-client-port', line: 2, column: 1, severity: 'error',
          message: 'No client port: neither clientPort nor a ;port on this server\'s own server.N line is set, so ZooKeeper starts without listening for clients (it only logs "clientPort is not set") and Kafka cannot connect. Add clientPort=2181.',
        },
      ],
    },
    {
      name: 'clientPort=0 is unset',
      text: 'dataDir=/data\nclientPort=0\n',
      findings: [
        {
          messageId: 'no-client-port', line: 2, column: 1, severity: 'error',
          message: 'No client port: neither clientPort nor a ;port on this server\'s own server.N line is set (clientPort=0 means unset), so ZooKeeper starts without listening for clients (it only logs "clientPort is not set") and Kafka cannot connect. Add clientPort=2181.',
        },
      ],
    },
    {
      name: 'own line without client port',
      files: [
        { file: 'zk2/zoo.cfg', text: 'dataDir=/data\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888;2181\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888;2181\n' },
        { file: 'zk2/myid', text: '2\n' },
      ],
      findings: [
        {
          messageId: 'no-client-port', line: 1, column: 1, file: 'zk2/zoo.cfg', severity: 'error',
          message: 'No client port: neither clientPort nor a ;port on this server\'s own server.N line is set, so ZooKeeper starts without listening for clients (it only logs "clientPort is not set") and Kafka cannot connect. Add clientPort=2181.',
        },
      ],
    },
    {
      name: 'clientport in lower case',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientport=2181\ninitLimit=20\nsyncLimit=5\nserver.1=zoo1.example.com:2888:3888\nserver.2=zoo1.example.com:2888:3888\nserver.3=zoo1.example.com:2888:3888\n',
      findings: [
        {
          messageId: 'no-client-port', line: 3, column: 1, severity: 'error',
          message: 'No client port: neither clientPort nor a ;port on this server\'s own server.N line is set (\'clientport\' does not count: keys are case-sensitive), so ZooKeeper starts without listening for clients (it only logs "clientPort is not set") and Kafka cannot connect. Add clientPort=2181.',
        },
      ],
    },
  ],
});

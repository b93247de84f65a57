import { ruleTester } from '../../test/rule-tester.js';
import rule from './port-conflict.js';

ruleTester(rule, {
  valid: [
    { name: 'a port out of range is zookeeper/invalid-value\'s finding', text: 'dataDir=/data\nclientPort=70000\nsecureClientPort=-1\n' },
    { name: 'usual ports', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
    {
      name: 'test ensemble on one host with offsets',
      files: [
        { file: 'zk1/zoo.cfg', text: 'dataDir=/data/zk1\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nadmin.serverPort=8081\nserver.1=localhost:2888:3888\nserver.2=localhost:2889:3889\nserver.3=localhost:2890:3890\n' },
        { file: 'zk1/myid', text: '1\n' },
        { file: 'zk2/zoo.cfg', text: 'dataDir=/data/zk2\nclientPort=2182\ninitLimit=10\nsyncLimit=5\nadmin.serverPort=8082\nserver.1=localhost:2888:3888\nserver.2=localhost:2889:3889\nserver.3=localhost:2890:3890\n' },
        { file: 'zk2/myid', text: '2\n' },
      ],
    },
    { name: 'a standalone server binds no quorum port', text: 'dataDir=/data\nclientPort=2888\nserver.1=zk1:2888:3888\n' },
    { name: 'admin port from a template', text: 'dataDir=/data\nclientPort=8080\nadmin.serverPort={{ zk_admin_port }}\n' },
    {
      name: 'two ensembles on their own localhost each',
      files: [
        { file: 'dev/zoo.cfg', text: 'dataDir=/data\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=localhost:2888:3888\nserver.2=localhost:2889:3889\nserver.3=localhost:2890:3890\n' },
        { file: 'dev/myid', text: '1\n' },
        { file: 'qa/zoo.cfg', text: 'dataDir=/data\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.4=localhost:2888:3888\nserver.5=localhost:2889:3889\nserver.6=localhost:2890:3890\n' },
        { file: 'qa/myid', text: '4\n' },
      ],
    },
    { name: 'admin server off', text: 'dataDir=/data\nclientPort=8080\nadmin.enableServer=false\n' },
    {
      name: 'matching client ports',
      files: [
        { file: 'zk1/zoo.cfg', text: 'dataDir=/data\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888;2181\nserver.2=zk2:2888:3888;2181\nserver.3=zk3:2888:3888;2181\n' },
        { file: 'zk1/myid', text: '1\n' },
      ],
    },
  ],
  invalid: [
    {
      name: 'clientPort equals the quorum port',
      text: 'dataDir=/data\nclientPort=2888\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'port-taken', line: 2, column: 1, severity: 'error',
          message: 'The clientPort 2888 is also the quorum port of every server line: only one listener can bind it, so ZooKeeper fails at start with "Address already in use". Give each listener on a host its own port.',
        },
      ],
    },
    {
      name: 'clientPort equals the quorum port of one line, myid unknown',
      text: 'dataDir=/data\nclientPort=2888\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2889:3889\nserver.3=zk3:2890:3890\n',
      findings: [{
        messageId: 'port-taken-if-own-line', line: 2, column: 1, severity: 'warning',
        message: 'The clientPort 2888 is also the quorum port of server.1: if that line is this server\'s own, only one listener can bind the port and ZooKeeper fails at start with "Address already in use". kafka-lint does not know which line is this server\'s (no myid file beside it). Give each listener on a host its own port.',
      }],
    },
    {
      name: 'quorum port of one server is the election port of another on the same host',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=localhost:2888:3888\nserver.2=localhost:3888:4888\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'port-taken', line: 7, column: 1, severity: 'error',
          message: 'The quorum port of server.2 3888 is also the election port of server.1 on localhost: only one listener can bind it, so ZooKeeper fails at start with "Address already in use". Give each listener on a host its own port.',
        },
      ],
    },
    {
      name: 'client port on a server line clashes with its quorum port',
      text: 'dataDir=/data\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888;2888\nserver.2=zk2:2888:3888;2181\nserver.3=zk3:2888:3888;2181\n',
      findings: [
        {
          messageId: 'port-taken', line: 4, column: 1, severity: 'error',
          message: 'The client port of server.1 2888 is also the quorum port of server.1 on zk1: only one listener can bind it, so ZooKeeper fails at start with "Address already in use". Give each listener on a host its own port.',
        },
      ],
    },
    {
      name: 'standalone: admin server on the client port',
      text: 'dataDir=/data\nclientPort=8080\n',
      findings: [
        {
          messageId: 'admin-port-taken-standalone', line: 2, column: 1, severity: 'error',
          message: 'The default admin server port 8080 is also the clientPort: only one listener can bind it, so this standalone server stops at start ("Unable to start AdminServer, exiting abnormally"). Give each listener on a host its own port.',
        },
      ],
    },
    {
      name: 'ensemble member: admin port equals secureClientPort',
      text: 'dataDir=/data\nclientPort=2181\nsecureClientPort=8080\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'admin-port-taken', line: 2, column: 1, severity: 'warning',
          message: 'The default admin server port 8080 is also the secureClientPort: only one listener can bind it, so this ensemble member runs without its admin server (it logs "Problem starting AdminServer"). Give each listener on a host its own port.',
        },
      ],
    },
    {
      name: 'clientPort disagrees with the own line',
      files: [
        { file: 'zk1/zoo.cfg', text: 'dataDir=/data\nclientPort=2182\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888;2181\nserver.2=zk2:2888:3888;2181\nserver.3=zk3:2888:3888;2181\n' },
        { file: 'zk1/myid', text: '1\n' },
      ],
      findings: [
        {
          messageId: 'client-port-differs', line: 2, column: 1, file: 'zk1/zoo.cfg', severity: 'error',
          message: 'clientPort=2182 but this server\'s own line server.1 gives ;2181: ZooKeeper refuses to start ("client address for this server (id = 1) in static config file is ... different from client address found in dynamic file"). Keep one of them, with the same port.',
        },
      ],
    },
    {
      name: 'two members on one host share client and admin ports',
      files: [
        { file: 'zk1/zoo.cfg', text: 'dataDir=/data/zk1\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=localhost:2888:3888\nserver.2=localhost:2889:3889\nserver.3=localhost:2890:3890\n' },
        { file: 'zk1/myid', text: '1\n' },
        { file: 'zk2/zoo.cfg', text: 'dataDir=/data/zk2\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=localhost:2888:3888\nserver.2=localhost:2889:3889\nserver.3=localhost:2890:3890\n' },
        { file: 'zk2/myid', text: '2\n' },
      ],
      findings: [
        {
          messageId: 'port-taken', line: 2, column: 1, file: 'zk2/zoo.cfg', severity: 'error',
          message: 'The clientPort 2181 is also the clientPort of zk1/zoo.cfg, which runs on the same host (localhost): only one listener can bind it, so ZooKeeper fails at start with "Address already in use". Give each listener on a host its own port.',
        },
        {
          messageId: 'admin-port-taken', line: 2, column: 1, file: 'zk2/zoo.cfg', severity: 'warning',
          message: 'The default admin server port 8080 is also the default admin server port of zk1/zoo.cfg, which runs on the same host (localhost): only one listener can bind it, so this ensemble member runs without its admin server (it logs "Problem starting AdminServer"). Give each listener on a host its own port.',
        },
      ],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './invalid-server-entry.js';

const MULTI_ADDRESS_COMPOSE =
  'services:\n  zk1:\n    image: zookeeper:3.8.4\n    environment:\n      ZOO_MY_ID: 1\n      ZOO_SERVERS: server.1=10.0.0.1:2888:3888|10.0.1.1:2888:3888;2181 server.2=zk2:2888:3888;2181 server.3=zk3:2888:3888;2181\n      SERVER_JVMFLAGS: -Xmx512m\n';

ruleTester(rule, {
  valid: [
    { name: 'multi-address with the JVM flag', files: [{ file: 'docker-compose.yml', text: MULTI_ADDRESS_COMPOSE.replace('-Xmx512m', '-Xmx512m -Dzookeeper.multiAddress.enabled=true') }] },
    { name: 'server lines written by a template loop, standaloneEnabled=false', file: 'zoo.cfg.j2', text: 'dataDir=/data\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nstandaloneEnabled=false\n{% for host in zk_hosts %}\nserver.{{ loop.index }}={{ host }}:2888:3888\n{% endfor %}\n' },
    { name: 'group lines from a template', text: 'dataDir=/data\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\ngroup.1={{ zk_group_1 }}\n' },
    { name: 'plain lines', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
    { name: 'roles, IPv6 in brackets, client parts', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888;2181\nserver.2=[fe80::2]:2888:3888;[fe80::2]:2181\nserver.3=zk3:2888:3888: Observer ;2181\nserver.4=zk4:2888:3888:participant\n' },
    { name: 'trailing colon and semicolon, which Java\'s split drops', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888:\nserver.2=zk2:2888:3888;\nserver.3=zk3:2888:3888\n' },
    { name: 'blank after the role is trimmed', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888:observer \nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\nserver.4=zk4:2888:3888\n' },
    { name: 'valid groups', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\ngroup.1=1:2\ngroup.2=3\nweight.1=2\n' },
    { name: 'template values are not judged', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1={{ zk1 }}:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n' },
  ],
  invalid: [
    {
      name: 'blank after the election port',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888 \nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'invalid-line', line: 7, column: 1, severity: 'error',
          message: 'server.2 cannot be used as written: the election port \'3888 \' has a blank around it, which ZooKeeper does not trim in server lines: it refuses the file with "Address unresolved: zk2:3888 "; delete the blank.',
        },
      ],
    },
    {
      name: 'blank before a port',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1: 2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'invalid-line', line: 6, column: 1, severity: 'error',
          message: 'server.1 cannot be used as written: the quorum port \' 2888\' has a blank around it, which ZooKeeper does not trim in server lines: it refuses the file with "Address unresolved: zk1: 2888"; delete the blank.',
        },
      ],
    },
    {
      name: 'blank inside the host',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1 :2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'invalid-line', line: 6, column: 1, severity: 'error',
          message: 'server.1 cannot be used as written: the host \'zk1 \' contains a blank, which ZooKeeper does not trim in server lines: it accepts the file but the name never resolves, so this server cannot be reached; delete the blank.',
        },
      ],
    },
    {
      name: 'one port only',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'invalid-line', line: 6, column: 1, severity: 'error',
          message: 'server.1 cannot be used as written: \'zk1:2888\' gives only one port; ZooKeeper needs a quorum port and an election port and refuses the file; write server.N=host:quorumPort:electionPort, optionally followed by :observer and ;clientPort.',
        },
      ],
    },
    {
      name: 'no port',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'invalid-line', line: 6, column: 1, severity: 'error',
          message: 'server.1 cannot be used as written: \'zk1\' is not host:quorumPort:electionPort, so ZooKeeper refuses the file; write server.N=host:quorumPort:electionPort, optionally followed by :observer and ;clientPort.',
        },
      ],
    },
    {
      name: 'port out of range, negative, zero',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:70000:3888\nserver.2=zk2:2888:-1\nserver.3=zk3:0:3888\n',
      findings: [
        {
          messageId: 'invalid-line', line: 6, column: 1, severity: 'error',
          message: 'server.1 cannot be used as written: the quorum port 70000 is outside 0-65535, so ZooKeeper refuses the file ("port out of range:70000"); use a real port (usually quorum 2888, election 3888, client 2181).',
        },
        {
          messageId: 'invalid-line', line: 7, column: 1, severity: 'error',
          message: 'server.2 cannot be used as written: the election port -1 is outside 0-65535, so ZooKeeper refuses the file ("port out of range:-1"); use a real port (usually quorum 2888, election 3888, client 2181).',
        },
        {
          messageId: 'invalid-line', line: 8, column: 1, severity: 'error',
          message: 'server.3 cannot be used as written: it gives port 0, which ZooKeeper accepts but binds to a random free port that no other server or client knows; give the real port (usually quorum 2888, election 3888, client 2181).',
        },
      ],
    },
    {
      name: 'quorum port equals election port',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:2888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'invalid-line', line: 6, column: 1, severity: 'error',
          message: 'server.1 cannot be used as written: the quorum and election ports are both 2888; ZooKeeper refuses the file ("Client and election port must be different!"). Use two ports, e.g. 2888:3888.',
        },
      ],
    },
    {
      name: 'unbracketed IPv6',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=fe80::1:2888:3888\nserver.2=::1:2889:3889:observer\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'invalid-line', line: 6, column: 1, severity: 'error',
          message: 'server.1 cannot be used as written: the IPv6 address fe80::1 is not in brackets; ZooKeeper splits on every \':\' and refuses the file. Write [fe80::1]:2888:3888.',
        },
        {
          messageId: 'invalid-line', line: 7, column: 1, severity: 'error',
          message: 'server.2 cannot be used as written: the IPv6 address ::1 is not in brackets; ZooKeeper splits on every \':\' and refuses the file. Write [::1]:2889:3889:observer.',
        },
      ],
    },
    {
      name: 'broken brackets',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=[fe80::1:2888:3888\nserver.2=[fe80::2]:\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'invalid-line', line: 6, column: 1, severity: 'error',
          message: 'server.1 cannot be used as written: \'[fe80::1:2888:3888\' starts with \'[\' but has no matching \']\', so ZooKeeper refuses the file; write [address]:2888:3888.',
        },
        {
          messageId: 'invalid-line', line: 7, column: 1, severity: 'error',
          message: 'server.2 cannot be used as written: \'[fe80::2]:\' has no port after the colon, so ZooKeeper refuses the file; write [address]:2888:3888.',
        },
      ],
    },
    {
      name: 'client port as a fourth field',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888:2181\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'invalid-line', line: 6, column: 1, severity: 'error',
          message: 'server.1 cannot be used as written: the fourth \':\' field \'2181\' is read as the role, not as a client port, so ZooKeeper refuses the file ("Unrecognised peertype: 2181"). Put the client port after a \';\': zk1:2888:3888;2181.',
        },
      ],
    },
    {
      name: 'unknown role',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888:follower\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'invalid-line', line: 6, column: 1, severity: 'error',
          message: 'server.1 cannot be used as written: the role \'follower\' is neither participant nor observer, so ZooKeeper refuses the file ("Unrecognised peertype: follower"); append :observer for an observer, nothing for a voting server.',
        },
      ],
    },
    {
      name: 'id not a number',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.one=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'invalid-line', line: 6, column: 1, severity: 'error',
          message: 'server.one cannot be used as written: \'one\' after \'server.\' is not a number, so ZooKeeper refuses the file; server ids are integers (server.1, server.2, ...).',
        },
      ],
    },
    {
      name: 'bad client parts',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888;2181 \nserver.2=zk2:2888:3888;a:b:c\nserver.3=zk3:2888:3888;2181;2182\n',
      findings: [
        {
          messageId: 'invalid-line', line: 6, column: 1, severity: 'error',
          message: 'server.1 cannot be used as written: the client port \'2181 \' has a blank around it, which ZooKeeper does not trim in server lines: it refuses the file with "Address unresolved: null:2181 "; delete the blank.',
        },
        {
          messageId: 'invalid-line', line: 7, column: 1, severity: 'error',
          message: 'server.2 cannot be used as written: the client part \'a:b:c\' is not port or address:port, so ZooKeeper refuses the file; write ;2181 or ;0.0.0.0:2181.',
        },
        {
          messageId: 'invalid-line', line: 8, column: 1, severity: 'error',
          message: 'server.3 cannot be used as written: \'zk3:2888:3888;2181;2182\' has more than one ;, so ZooKeeper refuses the file; write server.N=host:quorumPort:electionPort, optionally followed by :observer and ;clientPort.',
        },
      ],
    },
    {
      name: 'multi-address, no JVM options in view',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=10.0.0.1:2888:3888|10.0.1.1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n',
      findings: [
        {
          messageId: 'multi-address-flag-unseen', line: 6, column: 1, severity: 'error',
          message: 'server.1 lists 2 addresses separated by \'|\', which ZooKeeper 3.8 accepts only when the JVM runs with -Dzookeeper.multiAddress.enabled=true (off by default; multiAddress.enabled in zoo.cfg is not enough); without it, it refuses the file ("Multiple address feature is disabled"). kafka-lint sees no JVM options for this server: add the flag to SERVER_JVMFLAGS, or list one address.',
        },
      ],
    },
    {
      name: 'multi-address, SERVER_JVMFLAGS without the flag',
      files: [{ file: 'docker-compose.yml', text: MULTI_ADDRESS_COMPOSE }],
      findings: [
        {
          messageId: 'multi-address-disabled', line: 6, column: 7, severity: 'error', file: 'docker-compose.yml',
          message: 'server.1 lists 2 addresses separated by \'|\', which ZooKeeper 3.8 accepts only when the JVM runs with -Dzookeeper.multiAddress.enabled=true (multiAddress.enabled in zoo.cfg is not enough), and this server\'s JVM options do not have it: it refuses the file ("Multiple address feature is disabled"). Add the flag to SERVER_JVMFLAGS, or list one address.',
        },
      ],
    },
    {
      name: 'group and weight lines',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\ngroup.1=1:2\ngroup.2=2:x\nweight.a=1\n',
      findings: [
        {
          messageId: 'not-in-group', line: 8, column: 1, severity: 'error',
          message: 'server.3 is in no group.N line: with group or weight lines, ZooKeeper requires every voting server in a group and refuses the file ("Server 3is not in a group"). Add 3 to a group.',
        },
        {
          messageId: 'invalid-line', line: 10, column: 1, severity: 'error',
          message: 'group.2 cannot be used as written: server 2 is already in group 1, so ZooKeeper refuses the file ("Server 2is in multiple groups").',
        },
        {
          messageId: 'invalid-line', line: 11, column: 1, severity: 'error',
          message: 'weight.a cannot be used as written: \'weight.a\' is not weight.<server id>; ZooKeeper reads every key starting with \'weight\' as a weight line and refuses the file.',
        },
      ],
    },
    {
      name: 'a voting server in no group, a group member without server',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\ngroup.1=1:2:4\n',
      findings: [
        {
          messageId: 'not-in-group', line: 8, column: 1, severity: 'error',
          message: 'server.3 is in no group.N line: with group or weight lines, ZooKeeper requires every voting server in a group and refuses the file ("Server 3is not in a group"). Add 3 to a group.',
        },
        {
          messageId: 'invalid-line', line: 9, column: 1, severity: 'error',
          message: 'group.1 cannot be used as written: server 4 has no server.4 line, so ZooKeeper stops with a NullPointerException; add its server line or drop it from the group.',
        },
      ],
    },
    {
      name: 'observers without a quorum',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888:observer\n',
      findings: [
        {
          messageId: 'observers-without-quorum', line: 7, column: 1, severity: 'error',
          message: '1 observer but only one voting server: ZooKeeper refuses the file ("Observers w/o quorum is an invalid configuration"). Observers follow a quorum of at least two voting servers; list three participants.',
        },
      ],
    },
    {
      name: 'no address between the pipes, which ZooKeeper accepts as a server it can never reach',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=|\nserver.3=||\nserver.4=|;2181\n',
      findings: [2, 3, 4].map((n) => ({
        messageId: 'no-address', line: n + 5, column: 1, severity: 'warning' as const,
        message: `server.${n} gives no address, only '|' separators: ZooKeeper accepts the line and counts server ${n} as a voter, but keeps no quorum or election address for it, so no other server ever reaches it and the ensemble has one voter fewer than it counts. Write server.${n}=host:quorumPort:electionPort, optionally followed by :observer and ;clientPort.`,
      })),
    },
    {
      name: 'nothing before the semicolon',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=;\nserver.3=;2181\n',
      findings: [
        { messageId: 'invalid-line', line: 7, column: 1, severity: 'error', message: "server.2 cannot be used as written: ';' has no address, so ZooKeeper refuses the file; write server.N=host:quorumPort:electionPort, optionally followed by :observer and ;clientPort." },
        { messageId: 'invalid-line', line: 8, column: 1, severity: 'error', message: "server.3 cannot be used as written: ';2181' is not host:quorumPort:electionPort, so ZooKeeper refuses the file; write server.N=host:quorumPort:electionPort, optionally followed by :observer and ;clientPort." },
      ],
    },
    {
      name: 'a client part of colons only',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888;:\nserver.2=zk2:2888:3888\nserver.3=|;::\n',
      findings: [
        { messageId: 'invalid-line', line: 6, column: 1, severity: 'error', message: "server.1 cannot be used as written: the client part ':' has no port, so ZooKeeper refuses the file (it stops with an ArrayIndexOutOfBoundsException); write ;2181 or ;0.0.0.0:2181." },
        { messageId: 'invalid-line', line: 8, column: 1, severity: 'error', message: "server.3 cannot be used as written: the client part '::' has no port, so ZooKeeper refuses the file (it stops with an ArrayIndexOutOfBoundsException); write ;2181 or ;0.0.0.0:2181." },
      ],
    },
    {
      name: 'standaloneEnabled=false without servers',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nstandaloneEnabled=false\n',
      findings: [
        {
          messageId: 'no-participants', line: 6, column: 1, severity: 'error',
          message: 'standaloneEnabled=false but no voting server.N line: ZooKeeper refuses to start ("standaloneEnabled = false then number of participants should be >0"). List the ensemble\'s servers, or delete standaloneEnabled=false.',
        },
      ],
    },
    {
      name: 'server lines beside dynamicConfigFile',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\ndynamicConfigFile=/etc/zookeeper/zoo.cfg.dynamic\nserver.1=zk1:2888:3888\n',
      findings: [
        {
          messageId: 'beside-dynamic-file', line: 7, column: 1, severity: 'error',
          message: 'server.1 is in zoo.cfg although dynamicConfigFile is set: ZooKeeper refuses to start ("parameter: server.1 must be in a separate dynamic config file"). Move the server, group and weight lines into /etc/zookeeper/zoo.cfg.dynamic.',
        },
      ],
    },
  ],
});

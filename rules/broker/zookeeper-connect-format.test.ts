import { ruleTester } from '../../test/rule-tester.js';
import rule from './zookeeper-connect-format.js';

ruleTester(rule, {
  valid: [
    { name: 'blanks after commas are harmless', text: 'broker.id=1\nzookeeper.connect=zk1:2181, zk2:2181, zk3:2181/kafka\n' },
    { name: 'a blank before the chroot is trimmed with the host', text: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181 /kafka\n' },
    { name: 'a lone / means no chroot', text: 'broker.id=1\nzookeeper.connect=zk1:2181/\n' },
    { name: 'templated', text: 'broker.id=1\nzookeeper.connect={{ zk_hosts }} / kafka\n' },
    { name: 'Kafka 4.x ignores zookeeper.connect (broker/removed-key reports it)', text: 'process.roles=broker,controller\nnode.id=1\nzookeeper.connect=zk1: 2181 / kafka\n', options: { kafkaVersion: '4.0' } },
  ],
  invalid: [
    {
      name: 'seed 003\'s blanks around the chroot', text: 'broker.id=1\nzookeeper.connect = peter-zk001:2181, peter-zk002:2181, peter-zk003:2181 / peter-kafka\n',
      findings: [
        { messageId: 'blank-in-chroot', line: 2, column: 21, severity: 'error',
          message: 'zookeeper.connect has blanks in its chroot: ZooKeeper takes everything from the first \'/\' literally, so Kafka uses the znode \'/ peter-kafka\', not \'/peter-kafka\'. Remove the blanks: peter-zk001:2181,peter-zk002:2181,peter-zk003:2181/peter-kafka.' },
      ],
      // Not fixed: brokers that ran with this chroot keep the cluster's metadata under '/ peter-kafka'.
      output: 'broker.id=1\nzookeeper.connect = peter-zk001:2181, peter-zk002:2181, peter-zk003:2181 / peter-kafka\n',
    },
    {
      name: 'a chroot after every host', text: 'broker.id=1\nzookeeper.connect=zk1:2181/kafka,zk2:2181/kafka\n',
      findings: [
        { messageId: 'chroot-repeated', line: 2, column: 19, severity: 'error',
          message: 'zookeeper.connect repeats the chroot after several hosts, but the chroot runs from the first \'/\' to the end, so ZooKeeper sees one host and the chroot \'/kafka,zk2:2181/kafka\'. Write the chroot once at the end: host1:2181,host2:2181/kafka.' },
      ],
    },
    {
      name: 'blanks at the port colon, port out of range, trailing slash', text: 'broker.id=1\nzookeeper.connect=zk1: 2181,zk2 :2181,zk3:70000/kafka/\n',
      findings: [
        { messageId: 'invalid-chroot', line: 2, column: 19, severity: 'error',
          message: 'The zookeeper.connect chroot \'/kafka/\' is not a valid znode path (no trailing \'/\', no \'//\', no \'.\' or \'..\' segments); ZooKeeper refuses it: "Path must not end with / character". Write it like /kafka.' },
        { messageId: 'blank-at-port', line: 2, column: 19, severity: 'error',
          message: 'zookeeper.connect entry \'zk1: 2181\' has a blank around the port\'s \':\'; ZooKeeper does not trim the port, so it fails to read \' 2181\' (NumberFormatException: For input string: " 2181"). Write zk1:2181.' },
        { messageId: 'blank-at-port', line: 2, column: 19, severity: 'error',
          message: 'zookeeper.connect entry \'zk2 :2181\' has a blank around the port\'s \':\'; ZooKeeper does not trim the host, so it looks up \'zk2 \', which never resolves. Write zk2:2181.' },
        { messageId: 'invalid-port', line: 2, column: 19, severity: 'error',
          message: 'zookeeper.connect entry \'zk3:70000\' has the port \'70000\', which ZooKeeper refuses ("port out of range:70000"); use a port from 1 to 65535 (2181 by default).' },
      ],
      output: 'broker.id=1\nzookeeper.connect=zk1:2181,zk2:2181,zk3:70000/kafka/\n',
    },
    {
      name: 'the fix takes the blanks around the entry\'s commas too, and keeps CRLF and the other entries', text: 'broker.id=1\r\nzookeeper.connect=zk1:2181, zk2 : 2181 , zk3:2181/kafka\r\n',
      findings: [{ messageId: 'blank-at-port', line: 2, column: 19, message: "zookeeper.connect entry 'zk2 : 2181' has a blank around the port's ':'; ZooKeeper does not trim the host, so it looks up 'zk2 ', which never resolves. Write zk2:2181." }],
      output: 'broker.id=1\r\nzookeeper.connect=zk1:2181,zk2:2181, zk3:2181/kafka\r\n',
    },
    {
      name: 'no fix when the port is no port without the blanks either', text: 'broker.id=1\nzookeeper.connect=zk1: 21a1\n',
      findings: [{ messageId: 'blank-at-port', line: 2, column: 19, message: "zookeeper.connect entry 'zk1: 21a1' has a blank around the port's ':'; ZooKeeper does not trim the port, so it fails to read ' 21a1' (NumberFormatException: For input string: \" 21a1\"). Write zk1:<port from 1 to 65535>." }],
      output: 'broker.id=1\nzookeeper.connect=zk1: 21a1\n',
    },
    {
      name: 'no fix when the value is written with an escape', text: 'broker.id=1\nzookeeper.connect=zk1\\: 2181\n',
      findings: [{ messageId: 'blank-at-port', line: 2, column: 19, message: "zookeeper.connect entry 'zk1: 2181' has a blank around the port's ':'; ZooKeeper does not trim the port, so it fails to read ' 2181' (NumberFormatException: For input string: \" 2181\"). Write zk1:2181." }],
      output: 'broker.id=1\nzookeeper.connect=zk1\\: 2181\n',
    },
    {
      name: '// and . in the chroot', files: [
        { file: 'a/server.properties', text: 'broker.id=1\nzookeeper.connect=zk1:2181//kafka\n' },
        { file: 'b/server.properties', text: 'broker.id=2\nzookeeper.connect=zk1:2181/kafka/.\n' },
      ],
      findings: [
        { messageId: 'invalid-chroot', line: 2, column: 19, severity: 'error', file: 'a/server.properties',
          message: 'The zookeeper.connect chroot \'//kafka\' is not a valid znode path (no trailing \'/\', no \'//\', no \'.\' or \'..\' segments); ZooKeeper refuses it: "Invalid path string "//kafka" caused by empty node name specified @1". Write it like /kafka.' },
        { messageId: 'invalid-chroot', line: 2, column: 19, severity: 'error', file: 'b/server.properties',
          message: 'The zookeeper.connect chroot \'/kafka/.\' is not a valid znode path (no trailing \'/\', no \'//\', no \'.\' or \'..\' segments); ZooKeeper refuses it: "Invalid path string "/kafka/." caused by relative paths not allowed @7". Write it like /kafka.' },
      ],
    },
    {
      name: 'no host', text: 'broker.id=1\nzookeeper.connect=/kafka\n',
      findings: [
        { messageId: 'no-host', line: 2, column: 19, severity: 'error',
          message: 'zookeeper.connect names no host (only a chroot); ZooKeeper refuses it: "A HostProvider may not be empty!". Write host:port[,host:port...][/chroot].' },
      ],
    },
  ],
});

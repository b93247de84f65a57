import { ruleTester } from '../../test/rule-tester.js';
import rule from './invalid-value.js';

ruleTester(rule, {
  valid: [
    { name: 'numbers, booleans and enumerations ZooKeeper reads', text: 'tickTime= 2000 \ninitLimit=+10\nstandaloneEnabled=FALSE\npeerType=Observer\nelectionAlg=3\njvm.pause.sleep.time.ms=500\n' },
    { name: 'system-property keys are not ZooKeeper parse failures', text: 'admin.serverPort=eighty\nsnapCount=lots\n' },
    { name: 'templates are not judged', text: 'tickTime={{ zk_tick }}\nclientPort=${ZK_PORT}\n' },
    { name: 'clientPort=0 means no client port; 65535 is a port', text: 'clientPort=0\nsecureClientPort=65535\n' },
  ],
  invalid: [
    {
      name: 'a unit on an int',
      text: 'tickTime=2s\n',
      findings: [{
        messageId: 'not-a-number', line: 1, column: 10, severity: 'error', key: 'tickTime',
        message: "Invalid value '2s' for 'tickTime': ZooKeeper reads it with Integer.parseInt and needs a whole number from -2147483648 to 2147483647. ZooKeeper refuses to start with it.",
      }],
    },
    {
      name: 'an inline comment is part of the value',
      text: 'maxClientCnxns=60 # per host\n',
      findings: [{ messageId: 'not-a-number', line: 1, column: 16, message: "Invalid value '60 # per host' for 'maxClientCnxns': ZooKeeper reads it with Integer.parseInt and needs a whole number from -2147483648 to 2147483647. ZooKeeper refuses to start with it." }],
    },
    {
      name: 'a boolean written yes',
      text: 'standaloneEnabled=yes\n',
      findings: [{ messageId: 'not-a-boolean', line: 1, column: 19, message: "Invalid value 'yes' for 'standaloneEnabled': ZooKeeper accepts only 'true' or 'false' (in any case). ZooKeeper 3.7 and later refuse to start with it (3.4 to 3.6 read anything but true as false)." }],
    },
    {
      name: 'peerType and electionAlg',
      text: 'peerType=follower\nelectionAlg=1\n',
      findings: [
        { messageId: 'not-allowed', line: 1, column: 10, message: "Invalid value 'follower' for 'peerType': ZooKeeper accepts only observer, participant (in any case). ZooKeeper refuses to start with it." },
        { messageId: 'not-allowed', line: 2, column: 13, message: "Invalid value '1' for 'electionAlg': ZooKeeper only supports 3. ZooKeeper refuses to start with it." },
      ],
    },
    {
      name: 'client ports outside 0-65535 (QuorumPeerConfig.setupClientPort)',
      text: 'dataDir=/data\nclientPort=70000\nsecureClientPort=-1\n',
      findings: [
        { messageId: 'port-out-of-range', line: 2, column: 12, severity: 'error', message: "Invalid value '70000' for 'clientPort': it is bound as a port, and InetSocketAddress takes only 0 to 65535 (\"port out of range:70000\"); use a real port, e.g. clientPort=2181. ZooKeeper refuses to start with it." },
        { messageId: 'port-out-of-range', line: 3, column: 18, severity: 'error', message: "Invalid value '-1' for 'secureClientPort': it is bound as a port, and InetSocketAddress takes only 0 to 65535 (\"port out of range:-1\"); use a real port, e.g. secureClientPort=2281. ZooKeeper refuses to start with it." },
      ],
    },
    {
      name: 'electionAlg that is no number',
      text: 'electionAlg=fast\n',
      findings: [{ messageId: 'not-a-number', line: 1, column: 13, message: "Invalid value 'fast' for 'electionAlg': ZooKeeper reads it with Integer.parseInt and needs a whole number from -2147483648 to 2147483647. ZooKeeper refuses to start with it." }],
    },
    {
      name: 'a long out of range',
      text: 'jvm.pause.warn-threshold.ms=99999999999999999999\n',
      findings: [{ messageId: 'not-a-number', line: 1, column: 29, message: "Invalid value '99999999999999999999' for 'jvm.pause.warn-threshold.ms': ZooKeeper reads it with Long.parseLong and needs a whole number from -9223372036854775808 to 9223372036854775807. ZooKeeper refuses to start with it." }],
    },
  ],
});

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
        line: 1, column: 10, severity: 'error', key: 'tickTime',
        message: "Invalid value '2s' for 'tickTime': ZooKeeper reads it with Integer.parseInt and needs a whole number from -2147483648 to 2147483647. ZooKeeper refuses to start with it.",
      }],
    },
    {
      name: 'an inline comment is part of the value',
      text: 'maxClientCnxns=60 # per host\n',
      findings: [{ line: 1, message: "Invalid value '60 # per host' for 'maxClientCnxns': ZooKeeper reads it with Integer.parseInt and needs a whole number from -2147483648 to 2147483647. ZooKeeper refuses to start with it." }],
    },
    {
      name: 'a boolean written yes',
      text: 'standaloneEnabled=yes\n',
      findings: [{ line: 1, message: "Invalid value 'yes' for 'standaloneEnabled': ZooKeeper accepts only 'true' or 'false' (in any case). ZooKeeper refuses to start with it." }],
    },
    {
      name: 'peerType and electionAlg',
      text: 'peerType=follower\nelectionAlg=1\n',
      findings: [
        { line: 1, message: "Invalid value 'follower' for 'peerType': ZooKeeper accepts only observer, participant (in any case). ZooKeeper refuses to start with it." },
        { line: 2, message: "Invalid value '1' for 'electionAlg': ZooKeeper only supports 3. ZooKeeper refuses to start with it." },
      ],
    },
    {
      name: 'client ports outside 0-65535 (QuorumPeerConfig.setupClientPort)',
      text: 'dataDir=/data\nclientPort=70000\nsecureClientPort=-1\n',
      findings: [
        { line: 2, severity: 'error', message: "Invalid value '70000' for 'clientPort': it is bound as a port, and InetSocketAddress takes only 0 to 65535 (\"port out of range:70000\"); use a real port, e.g. clientPort=2181. ZooKeeper refuses to start with it." },
        { line: 3, severity: 'error', message: "Invalid value '-1' for 'secureClientPort': it is bound as a port, and InetSocketAddress takes only 0 to 65535 (\"port out of range:-1\"); use a real port, e.g. secureClientPort=2281. ZooKeeper refuses to start with it." },
      ],
    },
    {
      name: 'a long out of range',
      text: 'jvm.pause.warn-threshold.ms=99999999999999999999\n',
      findings: [{ line: 1, message: "Invalid value '99999999999999999999' for 'jvm.pause.warn-threshold.ms': ZooKeeper reads it with Long.parseLong and needs a whole number from -9223372036854775808 to 9223372036854775807. ZooKeeper refuses to start with it." }],
    },
  ],
});

import { ruleTester } from '../../test/rule-tester.js';
import rule from './unknown-key.js';

ruleTester(rule, {
  valid: [
    { name: 'keys parseProperties reads', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nautopurge.snapRetainCount=3\n' },
    { name: 'server, group and weight lines', text: 'server.1=zk1:2888:3888\nserver.2=zk2:2888:3888\ngroup.1=1:2\nweight.1=1\nweight.2=1\n' },
    { name: 'keys read as zookeeper.* system properties', text: '4lw.commands.whitelist=srvr,ruok\nadmin.enableServer=false\nsnapCount=100000\nauthProvider.1=org.apache.zookeeper.server.auth.SASLAuthenticationProvider\nssl.keyStore.location=/etc/zk/k.jks\n' },
    { name: 'templated keys are not judged', text: '{%- for host in groups.zk %}\n' },
    { name: 'a byte-order mark before a known key is properties/encoding\'s finding', text: '\uFEFFtickTime=2000\ndataDir=/var/lib/zookeeper\n' },
  ],
  invalid: [
    {
      name: 'clientport: error with did-you-mean (seed 004)',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientport=2181\n',
      findings: [{
        line: 3, column: 1, severity: 'error', key: 'clientport',
        message: "Unknown key 'clientport': ZooKeeper does not read it (it only becomes the unused system property zookeeper.clientport), so the setting you meant stays unset. Did you mean clientPort?",
      }],
      output: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n',
    },
    {
      name: 'the fix changes only the key: blanks, separator and CRLF stay',
      text: 'tickTime=2000\r\n  clientport : 2181\r\n',
      findings: [{ line: 2, message: /Did you mean clientPort\?$/ }],
      output: 'tickTime=2000\r\n  clientPort : 2181\r\n',
    },
    {
      name: 'no fix when clientPort is already set: the rename would change which port wins',
      text: 'clientPort=2181\nclientport=2182\n',
      findings: [{ line: 2, message: /Did you mean clientPort\?$/ }],
      output: 'clientPort=2181\nclientport=2182\n',
    },
    {
      name: 'a one-letter slip',
      text: 'maxClientCnxn=100\n',
      findings: [{ line: 1, severity: 'error', message: /Did you mean maxClientCnxns\?$/ }],
      output: 'maxClientCnxns=100\n',
    },
    {
      name: 'no fix while another key is near too (dataLogDir or dataDir)',
      text: 'dataLgDir=/var/lib/zookeeper/log\n',
      findings: [{ line: 1, message: /Did you mean dataLogDir\?$/ }],
      output: 'dataLgDir=/var/lib/zookeeper/log\n',
    },
    {
      name: 'a key nothing reads',
      text: 'jaasLoginRenew=3600000\n',
      findings: [{
        line: 1, severity: 'warning',
        message: "Unknown key 'jaasLoginRenew': ZooKeeper 3.8/3.9 does not read it; it only becomes the system property zookeeper.jaasLoginRenew, which nothing reads. Check the spelling, or delete it.",
      }],
    },
  ],
});

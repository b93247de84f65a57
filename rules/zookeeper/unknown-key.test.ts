import { ruleTester } from '../../test/rule-tester.js';
import { zookeeperFixture } from '../../test/zookeeper/fixtures.js';
import rule from './unknown-key.js';

const MISSPELT = (key: string, suggestion: string) =>
  `Unknown key '${key}': ZooKeeper does not read it (it only becomes the unused system property zookeeper.${key}), so the setting you meant stays unset. Did you mean ${suggestion}?`;
const SASL_NOT_REQUIRED = (written: string) =>
  `${written} does not make ZooKeeper require SASL: no ZooKeeper release reads requireClientAuthScheme, so clients that skip SASL still connect and can use every znode whose ACL allows anyone. Write sessionRequireClientSASLAuth=true in zoo.cfg (ZooKeeper 3.5.9, 3.6 and later; 3.7 and later also take enforce.auth.enabled=true with enforce.auth.schemes=sasl), and delete this.`;
const RENEW = (written: string) =>
  `${written} configures nothing: no ZooKeeper release reads jaasLoginRenew. ZooKeeper renews Kerberos tickets by itself (its login thread refreshes a ticket at about 80% of its lifetime); delete the line.`;

ruleTester(rule, {
  valid: [
    { name: 'keys parseProperties reads', text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nautopurge.snapRetainCount=3\n' },
    { name: 'server, group and weight lines', text: 'server.1=zk1:2888:3888\nserver.2=zk2:2888:3888\ngroup.1=1:2\nweight.1=1\nweight.2=1\n' },
    { name: 'keys read as zookeeper.* system properties', text: '4lw.commands.whitelist=srvr,ruok\nadmin.enableServer=false\nsnapCount=100000\nauthProvider.1=org.apache.zookeeper.server.auth.SASLAuthenticationProvider\nssl.keyStore.location=/etc/zk/k.jks\n' },
    { name: 'SASL required as ZooKeeper reads it', files: [zookeeperFixture('unknown-key/require-sasl/zoo.cfg')] },
    { name: 'templated keys are not judged', text: '{%- for host in groups.zk %}\n' },
    { name: 'a key a template writes', text: '{{ zk_extra_key }}=1\n' },
    { name: 'a byte-order mark before a known key is properties/encoding\'s finding', text: '\uFEFFtickTime=2000\ndataDir=/var/lib/zookeeper\n' },
  ],
  invalid: [
    {
      name: 'clientport: error with did-you-mean',
      text: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientport=2181\n',
      findings: [{ messageId: 'misspelt', line: 3, column: 1, severity: 'error', key: 'clientport', message: MISSPELT('clientport', 'clientPort') }],
      output: 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n',
    },
    {
      name: 'the fix changes only the key: blanks, separator and CRLF stay',
      text: 'tickTime=2000\r\n  clientport : 2181\r\n',
      findings: [{ messageId: 'misspelt', line: 2, column: 3, message: MISSPELT('clientport', 'clientPort') }],
      output: 'tickTime=2000\r\n  clientPort : 2181\r\n',
    },
    {
      name: 'no fix when clientPort is already set: the rename would change which port wins',
      text: 'clientPort=2181\nclientport=2182\n',
      findings: [{ messageId: 'misspelt', line: 2, column: 1, message: MISSPELT('clientport', 'clientPort') }],
      output: 'clientPort=2181\nclientport=2182\n',
    },
    {
      name: 'a one-letter slip',
      text: 'maxClientCnxn=100\n',
      findings: [{ messageId: 'misspelt', line: 1, column: 1, severity: 'error', message: MISSPELT('maxClientCnxn', 'maxClientCnxns') }],
      output: 'maxClientCnxns=100\n',
    },
    {
      name: 'no fix while another key is near too (dataLogDir or dataDir)',
      text: 'dataLgDir=/var/lib/zookeeper/log\n',
      findings: [{ messageId: 'misspelt', line: 1, column: 1, message: MISSPELT('dataLgDir', 'dataLogDir') }],
      output: 'dataLgDir=/var/lib/zookeeper/log\n',
    },
    {
      name: 'a misspelt key whose value a template fills is still misspelt',
      text: 'clientport={{ zk_client_port }}\n',
      findings: [{ messageId: 'misspelt', line: 1, column: 1, message: MISSPELT('clientport', 'clientPort') }],
      output: 'clientPort={{ zk_client_port }}\n',
    },
    {
      name: 'a key nothing reads',
      text: 'traceFile=/var/log/zookeeper/trace\n',
      findings: [{
        messageId: 'not-read', line: 1, column: 1, severity: 'warning',
        message: "Unknown key 'traceFile': ZooKeeper 3.8/3.9 does not read it; it only becomes the system property zookeeper.traceFile, which nothing reads. Check the spelling, or delete it.",
      }],
    },
    {
      name: 'SASL for clients as guides give it: nothing is required, renewed or raised',
      files: [zookeeperFixture('unknown-key/require-sasl-not-read/zoo.cfg')],
      findings: [
        { messageId: 'sasl-not-required', line: 7, column: 1, severity: 'warning', file: 'zoo.cfg', message: SASL_NOT_REQUIRED('requireClientAuthScheme=sasl') },
        { messageId: 'read-by-no-release', line: 8, column: 1, severity: 'warning', file: 'zoo.cfg', message: RENEW("'jaasLoginRenew' in zoo.cfg") },
        {
          messageId: 'jvm-property-only', line: 9, column: 1, severity: 'warning', file: 'zoo.cfg',
          message: "'jute.maxbuffer' in zoo.cfg configures nothing: ZooKeeper reads it only as the JVM system property jute.maxbuffer, and zoo.cfg sets zookeeper.jute.maxbuffer instead, so the server keeps its default limit of 1048575 bytes per znode and request, and larger ones still fail. Pass -Djute.maxbuffer=4194304 in the server's JVM options (SERVER_JVMFLAGS, or KAFKA_OPTS for zookeeper-server-start.sh and cp-zookeeper) and delete the line.",
        },
      ],
    },
    {
      name: 'the same keys as JVM flags of a cp-zookeeper service',
      files: [{ file: 'docker-compose.yml', text: 'services:\n  zookeeper:\n    image: confluentinc/cp-zookeeper:7.4.0\n    environment:\n      ZOOKEEPER_CLIENT_PORT: 2181\n      KAFKA_OPTS: -Dzookeeper.authProvider.1=org.apache.zookeeper.server.auth.SASLAuthenticationProvider -Dzookeeper.requireClientAuthScheme=sasl -DjaasLoginRenew=3600000\n' }],
      findings: [
        { messageId: 'read-by-no-release', line: 6, column: 7, file: 'docker-compose.yml', message: RENEW('The JVM flag -DjaasLoginRenew') },
        { messageId: 'sasl-not-required', line: 6, column: 7, file: 'docker-compose.yml', message: SASL_NOT_REQUIRED('The JVM flag -Dzookeeper.requireClientAuthScheme') },
      ],
    },
  ],
});

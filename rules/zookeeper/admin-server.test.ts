import { ruleTester } from '../../test/rule-tester.js';
import { zookeeperFixture } from '../../test/zookeeper/fixtures.js';
import rule from './admin-server.js';

const TAIL = ': its /commands endpoints answer anyone who reaches that port. Bind it with admin.serverAddress=127.0.0.1 (or a management address), or turn it off with admin.enableServer=false.';
const UNKNOWN = ' ZooKeeper 3.4 has no admin server; kafka-lint does not know the version: state it with --zookeeper-version or "zookeeperVersion" in kafka-lint.config.json.';

ruleTester(rule, {
  valid: [
    { name: 'bound to loopback', text: 'dataDir=/data\nclientPort=2181\nadmin.serverAddress=127.0.0.1\n' },
    { name: 'disabled', text: 'dataDir=/data\nclientPort=2181\nadmin.enableServer=false\n' },
    { name: 'disabled, in any spacing', text: 'dataDir=/data\nadmin.enableServer = false \n' },
    { name: 'address from a template', text: 'dataDir=/data\nadmin.serverAddress={{ zk_admin_address }}\n' },
    { name: 'ZooKeeper 3.4 (image zookeeper:3.4.14) has no admin server', files: [zookeeperFixture('admin-server/zookeeper-3.4/docker-compose.yml')] },
    { name: 'ZooKeeper 3.4 stated', text: 'dataDir=/data\nclientPort=2181\n', options: { zookeeperVersion: '3.4' } },
    // Corpus (issue 13): MikelSwartz/Vagrant.kafka and AxelFurlanF/kafka-udemy-course keep dataDir inside a 3.4 release.
    { name: 'ZooKeeper 3.4 named by the dataDir path (inside /opt/zookeeper-3.4.9)', file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/opt/zookeeper-3.4.9/data/\nclientPort=2181\n' },
  ],
  invalid: [
    {
      name: 'ZooKeeper 3.8 (image zookeeper:3.8.4), nothing configured',
      files: [zookeeperFixture('admin-server/zookeeper-3.8/docker-compose.yml')],
      findings: [{ messageId: 'listens-everywhere', line: 4, column: 12, severity: 'info', file: 'docker-compose.yml', message: `The ZooKeeper admin server (HTTP) listens on 0.0.0.0:8080 because admin.serverAddress is not set${TAIL}` }],
    },
    {
      name: 'version unknown: says so',
      text: 'dataDir=/data\nclientPort=2181\n',
      findings: [{ messageId: 'listens-everywhere-if-3-5', line: 2, column: 1, severity: 'info', message: `If this server runs ZooKeeper 3.5 or later, its admin server (HTTP) listens on 0.0.0.0:8080 because admin.serverAddress is not set${TAIL}${UNKNOWN}` }],
    },
    {
      name: 'ZooKeeper 3.5 named by the dataDir path: the version is known',
      file: 'zoo.cfg', text: 'tickTime=2000\ndataDir=/opt/zookeeper-3.5.9/data/\nclientPort=2181\n',
      findings: [{ messageId: 'listens-everywhere', line: 3, column: 1, severity: 'info', message: `The ZooKeeper admin server (HTTP) listens on 0.0.0.0:8080 because admin.serverAddress is not set${TAIL}` }],
    },
    {
      name: 'port set, address not',
      text: 'dataDir=/data\nclientPort=2181\nadmin.serverPort=9090\n',
      options: { zookeeperVersion: '3.9' },
      findings: [{ messageId: 'listens-everywhere', line: 3, column: 1, message: `The ZooKeeper admin server (HTTP) listens on 0.0.0.0:9090 because admin.serverAddress is not set${TAIL}` }],
    },
    {
      name: 'explicit wildcard',
      text: 'dataDir=/data\nadmin.serverAddress=0.0.0.0\n',
      options: { zookeeperVersion: '3.5' },
      findings: [{ messageId: 'listens-everywhere', line: 2, column: 1, message: `The ZooKeeper admin server (HTTP) listens on 0.0.0.0:8080${TAIL}` }],
    },
    {
      name: 'enableServer must be exactly false',
      text: 'dataDir=/data\nadmin.enableServer=FALSE\n',
      options: { zookeeperVersion: '3.8' },
      findings: [{ messageId: 'listens-everywhere', line: 2, column: 1, message: `The ZooKeeper admin server (HTTP) listens on 0.0.0.0:8080 because admin.serverAddress is not set (admin.enableServer=FALSE does not turn it off: ZooKeeper compares with exactly 'false')${TAIL}` }],
    },
  ],
});

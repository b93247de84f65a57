import { ruleTester } from '../../test/rule-tester.js';
import { zookeeperFixture } from '../../test/zookeeper/fixtures.js';
import rule from './quorum-auth.js';

const ENSEMBLE = 'dataDir=/data\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n';
const NOT_ENABLED = (key: string, enabled: string) =>
  `${key}=true but quorum.auth.enableSasl is ${enabled}: ZooKeeper refuses to start ("quorum.auth.enableSasl is disabled, so cannot enable ${key}"). To require SASL between servers, set quorum.auth.enableSasl=true (with a JAAS file holding QuorumServer and QuorumLearner sections); otherwise delete ${key}.`;
const NOT_READ = (flag: string, key: string) =>
  `${flag} configures nothing: ZooKeeper reads ${key} only from its config file (zoo.cfg, zookeeper.properties), never as a system property, so what that file says (or ZooKeeper's default: no SASL between the servers) stays in force. Write ${key}=true in the config file instead.`;

ruleTester(rule, {
  valid: [
    { name: 'SASL enabled and required of both sides', files: [zookeeperFixture('quorum-auth/enabled/zoo.cfg')] },
    { name: 'SASL enabled, not required', text: `${ENSEMBLE}quorum.auth.enableSasl=true\n` },
    { name: 'nothing about quorum SASL', text: ENSEMBLE },
    { name: 'required explicitly false', text: `${ENSEMBLE}quorum.auth.serverRequireSasl=false\nquorum.auth.learnerRequireSasl=false\n` },
    { name: 'enableSasl from a template', file: 'zoo.cfg.j2', text: `${ENSEMBLE}quorum.auth.enableSasl={{ zk_quorum_sasl }}\nquorum.auth.serverRequireSasl=true\nquorum.auth.learnerRequireSasl=true\n` },
    { name: 'a value ZooKeeper cannot read is invalid-value\'s', text: `${ENSEMBLE}quorum.auth.enableSasl=yes\nquorum.auth.learnerRequireSasl=true\n` },
  ],
  invalid: [
    {
      name: 'required of both sides, enableSasl left at false',
      files: [zookeeperFixture('quorum-auth/required-not-enabled/zoo.cfg')],
      findings: [
        { messageId: 'sasl-not-enabled', line: 10, column: 1, severity: 'error', file: 'zoo.cfg', message: NOT_ENABLED('quorum.auth.serverRequireSasl', 'not set (false)') },
        { messageId: 'sasl-not-enabled', line: 11, column: 1, severity: 'error', file: 'zoo.cfg', message: NOT_ENABLED('quorum.auth.learnerRequireSasl', 'not set (false)') },
      ],
    },
    {
      name: 'learner required, enableSasl written false',
      text: `${ENSEMBLE}quorum.auth.enableSasl=false\nquorum.auth.learnerRequireSasl=TRUE\n`,
      findings: [{ messageId: 'sasl-not-enabled', line: 9, column: 1, message: NOT_ENABLED('quorum.auth.learnerRequireSasl', 'false') }],
    },
    {
      name: 'server required, learner not',
      text: `${ENSEMBLE}quorum.auth.enableSasl=true\nquorum.auth.serverRequireSasl=true\n`,
      findings: [{
        messageId: 'learner-not-required', line: 9, column: 1, severity: 'error',
        message: 'quorum.auth.serverRequireSasl=true but quorum.auth.learnerRequireSasl is not set (false): ZooKeeper refuses to start ("quorum.auth.learnerRequireSasl is disabled, so cannot enable quorum.auth.serverRequireSasl"), because this server could not join a quorum that requires SASL. Set quorum.auth.learnerRequireSasl=true as well.',
      }],
    },
    {
      name: 'quorum.auth.* as JVM flags of a cp-zookeeper service',
      files: [zookeeperFixture('quorum-auth/jvm-flags/docker-compose.yml')],
      findings: [
        { messageId: 'jvm-flag-not-read', line: 8, column: 7, severity: 'warning', file: 'docker-compose.yml', message: NOT_READ('-Dquorum.auth.enableSasl=true', 'quorum.auth.enableSasl') },
        { messageId: 'jvm-flag-not-read', line: 8, column: 7, severity: 'warning', file: 'docker-compose.yml', message: NOT_READ('-Dquorum.auth.learnerRequireSasl=true', 'quorum.auth.learnerRequireSasl') },
      ],
    },
  ],
});

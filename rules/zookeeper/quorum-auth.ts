import { defineRule } from '../../src/engine/rule.js';
import type { SettingRead } from '../../src/model/settings.js';

const ENABLE = 'quorum.auth.enableSasl';
const SERVER = 'quorum.auth.serverRequireSasl';
const LEARNER = 'quorum.auth.learnerRequireSasl';

/** Every key QuorumAuth names; QuorumPeerConfig.parseProperties reads them from the config file only. */
const QUORUM_AUTH_KEYS = new Set([ENABLE, SERVER, LEARNER, 'quorum.auth.learner.saslLoginContext', 'quorum.auth.server.saslLoginContext', 'quorum.auth.kerberos.servicePrincipal']);

/** How a boolean setting is shown in the text: `false`, or `not set (false)`. */
const shown = (read: SettingRead): string => (read.state === 'set' ? String(read.value) : 'not set (false)');

export default defineRule({
  meta: {
    id: 'zookeeper/quorum-auth',
    category: 'startup-failure',
    fileKinds: ['zookeeper'],
    description: 'SASL between ZooKeeper servers required but not enabled (quorum.auth.serverRequireSasl or learnerRequireSasl without quorum.auth.enableSasl, or serverRequireSasl without learnerRequireSasl), or quorum.auth.* given as JVM system properties, which ZooKeeper does not read.',
    rationale:
      'QuorumPeerConfig.parseProperties reads quorum.auth.enableSasl, quorum.auth.serverRequireSasl and quorum.auth.learnerRequireSasl from zoo.cfg only (all false by default) and then refuses the file when a server or learner requires SASL that is not enabled ("quorum.auth.enableSasl is disabled, so cannot enable quorum.auth.serverRequireSasl", the same for learnerRequireSasl), or when a server requires SASL from learners without requiring it of itself as a learner ("quorum.auth.learnerRequireSasl is disabled, so cannot enable quorum.auth.serverRequireSasl"): the server could not join a quorum that requires it. ZooKeeper exits with "Error processing" before it serves a client. These checks are in every release that has quorum SASL: 3.4.10 to 3.4.14, 3.5.4 and later, 3.6, 3.7, 3.8 and 3.9. The same names given as -D JVM flags configure nothing, since nothing reads them as system properties: the quorum then runs without SASL.',
    fix: 'To require SASL between servers, write quorum.auth.enableSasl=true, quorum.auth.learnerRequireSasl=true and quorum.auth.serverRequireSasl=true in every member\'s zoo.cfg, and give each JVM a JAAS file with QuorumServer and QuorumLearner sections (-Djava.security.auth.login.config=...). Otherwise delete the require lines.',
    references: [
      { title: 'ZooKeeper 3.8.4 QuorumPeerConfig.parseProperties (the three quorum SASL checks)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.9.5 QuorumPeerConfig.parseProperties (the same checks)', url: 'https://github.com/apache/zookeeper/blob/release-3.9.5/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.4.14 QuorumPeerConfig.parseProperties (the checks since 3.4.10; 3.5.4 and later have them too)', url: 'https://github.com/apache/zookeeper/blob/release-3.4.14/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java' },
      { title: 'ZooKeeper 3.8.4 QuorumAuth (the key names)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/auth/QuorumAuth.java' },
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: Cluster Options (quorum.auth.*)', url: 'https://zookeeper.apache.org/doc/r3.8.4/zookeeperAdmin.html#sc_clusterOptions' },
    ],
    messages: {
      'sasl-not-enabled': {
        severity: 'error',
        text: '{{key}}=true but quorum.auth.enableSasl is {{enabled}}: ZooKeeper refuses to start ("quorum.auth.enableSasl is disabled, so cannot enable {{key}}"). To require SASL between servers, set quorum.auth.enableSasl=true (with a JAAS file holding QuorumServer and QuorumLearner sections); otherwise delete {{key}}.',
      },
      'learner-not-required': {
        severity: 'error',
        text: 'quorum.auth.serverRequireSasl=true but quorum.auth.learnerRequireSasl is {{learner}}: ZooKeeper refuses to start ("quorum.auth.learnerRequireSasl is disabled, so cannot enable quorum.auth.serverRequireSasl"), because this server could not join a quorum that requires SASL. Set quorum.auth.learnerRequireSasl=true as well.',
      },
      'jvm-flag-not-read': {
        severity: 'warning',
        text: '{{flag}} configures nothing: ZooKeeper reads {{key}} only from its config file (zoo.cfg, zookeeper.properties), never as a system property, so what that file says (or ZooKeeper\'s default: no SASL between the servers) stays in force. Write {{key}}={{value}} in the config file instead.',
      },
    },
    examples: {
      bad: [
        { file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\nquorum.auth.serverRequireSasl=true\nquorum.auth.learnerRequireSasl=true\n' },
      ],
      good: [
        { file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\nquorum.auth.enableSasl=true\nquorum.auth.serverRequireSasl=true\nquorum.auth.learnerRequireSasl=true\n' },
      ],
    },
  },
  check(ctx) {
    for (const zk of ctx.cluster.zookeeper) {
      const [enable, server, learner] = [ENABLE, SERVER, LEARNER].map((key) => ctx.setting(zk, key)) as [SettingRead, SettingRead, SettingRead];
      // A template fills one of them in, or the value is one invalid-value reports: not judged.
      const known = [enable, server, learner].every((r) => r.state === 'set' || r.state === 'default');
      if (known) {
        const isTrue = (r: SettingRead) => r.state === 'set' && r.value === true;
        for (const [key, read] of [[SERVER, server], [LEARNER, learner]] as const) {
          if (read.state === 'set' && isTrue(read) && !isTrue(enable)) ctx.report({ entry: read.entry, messageId: 'sasl-not-enabled', data: { key, enabled: shown(enable) } });
        }
        if (server.state === 'set' && isTrue(server) && !isTrue(learner)) ctx.report({ entry: server.entry, messageId: 'learner-not-required', data: { learner: shown(learner) } });
      }
      for (const flag of zk.jvm?.flags ?? []) {
        const property = /^-D(?:zookeeper\.)?(quorum\.auth\.[\w.]+)=(.*)$/.exec(flag.text);
        if (property && QUORUM_AUTH_KEYS.has(property[1] as string)) ctx.report({ entry: flag.entry, messageId: 'jvm-flag-not-read', data: { flag: flag.text, key: property[1] as string, value: property[2] as string } });
      }
    }
  },
});

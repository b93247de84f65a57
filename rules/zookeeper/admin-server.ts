import { defineRule } from '../../src/engine/rule.js';
import { FACT_OPTIONS } from '../../src/engine/facts.js';
import { anchorOf } from '../../src/model/broker.js';

const WILDCARD = new Set(['0.0.0.0', '::', '']);

/** Whether a ZooKeeper `major.minor` is older than 3.5, the first release with an admin server. */
function beforeAdminServer(version: string): boolean {
  const [major, minor] = version.split('.').map(Number) as [number, number];
  return major < 3 || (major === 3 && minor < 5);
}

const STATE_VERSION = `${FACT_OPTIONS.zookeeperVersion.flag} or "${FACT_OPTIONS.zookeeperVersion.key}" in kafka-lint.config.json`;

export default defineRule({
  meta: {
    id: 'zookeeper/admin-server',
    category: 'security',
    fileKinds: ['zookeeper'],
    description: 'The embedded admin server (HTTP) of ZooKeeper 3.5 and later listens on every interface, port 8080, because nothing configures it.',
    rationale:
      'From 3.5 on, ZooKeeper starts a Jetty admin server unless the system property zookeeper.admin.enableServer is exactly false (admin.enableServer=false in zoo.cfg sets it); it binds admin.serverAddress (default 0.0.0.0) and admin.serverPort (default 8080). Its /commands endpoints answer anyone who reaches the port, and 8080 often collides with another service on the host. ZooKeeper 3.4 has no admin server, so a 3.4 ensemble is not reported; a dataDir or dataLogDir inside an unpacked release (dataDir=/opt/zookeeper-3.4.9/data) names the version as a unit\'s path does; when kafka-lint does not know the version (no image tag or path names it), the finding says so. Advice from the ZooKeeper Administrator\'s Guide (AdminServer section): configure or disable it deliberately.',
    fix: 'Bind it to a management or loopback address (admin.serverAddress=127.0.0.1, admin.serverPort=8080), or turn it off with admin.enableServer=false.',
    references: [
      { title: 'ZooKeeper 3.5.10, 3.8.4 and 3.9.5 JettyAdminServer (defaults 0.0.0.0 and 8080)', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/admin/JettyAdminServer.java' },
      { title: 'ZooKeeper 3.8.4 AdminServerFactory (enabled unless zookeeper.admin.enableServer is "false")', url: 'https://github.com/apache/zookeeper/blob/release-3.8.4/zookeeper-server/src/main/java/org/apache/zookeeper/server/admin/AdminServerFactory.java' },
      { title: 'ZooKeeper 3.4.14 source tree: no org.apache.zookeeper.server.admin package (the admin server came with 3.5)', url: 'https://github.com/apache/zookeeper/tree/release-3.4.14/zookeeper-server/src/main/java/org/apache/zookeeper/server' },
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: The AdminServer', url: 'https://zookeeper.apache.org/doc/r3.8.4/zookeeperAdmin.html#sc_adminserver' },
    ],
    messages: {
      'listens-everywhere': {
        severity: 'info',
        text: 'The ZooKeeper admin server (HTTP) listens on {{address}}:{{port}}{{reason}}: its /commands endpoints answer anyone who reaches that port. Bind it with admin.serverAddress=127.0.0.1 (or a management address), or turn it off with admin.enableServer=false.',
      },
      'listens-everywhere-if-3-5': {
        severity: 'info',
        text: 'If this server runs ZooKeeper 3.5 or later, its admin server (HTTP) listens on {{address}}:{{port}}{{reason}}: its /commands endpoints answer anyone who reaches that port. Bind it with admin.serverAddress=127.0.0.1 (or a management address), or turn it off with admin.enableServer=false. ZooKeeper 3.4 has no admin server; kafka-lint does not know the version: state it with {{how}}.',
      },
    },
    facts: ['zookeeperVersion'],
    examples: {
      bad: [{ file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\n' }],
      good: [
        { file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\nadmin.serverAddress=127.0.0.1\n' },
        { file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\nadmin.enableServer=false\n' },
      ],
    },
  },
  check(ctx) {
    const version = ctx.facts.zookeeperVersion;
    if (version.value !== undefined && beforeAdminServer(version.value)) return;
    for (const zk of ctx.cluster.zookeeper) {
      const enable = ctx.setting(zk, 'admin.enableServer');
      const address = ctx.setting(zk, 'admin.serverAddress');
      if (enable.state === 'templated' || address.state === 'templated') continue;
      const admin = zk.effective.adminServer;
      if (!admin.enabled || !WILDCARD.has(admin.address)) continue;
      const addressFlag = zk.jvm?.flags.some((f) => f.text.startsWith('-Dzookeeper.admin.serverAddress=')) ?? false;
      const unset = address.state === 'set' || addressFlag ? '' : ' because admin.serverAddress is not set';
      const notOff = enable.state === 'set' ? ` (admin.enableServer=${String(enable.value)} does not turn it off: ZooKeeper compares with exactly 'false')` : '';
      ctx.report({
        ...anchorOf(zk, 'admin.enableServer', 'admin.serverAddress', 'admin.serverPort', 'clientPort', 'dataDir'),
        messageId: version.value === undefined ? 'listens-everywhere-if-3-5' : 'listens-everywhere',
        data: { address: admin.address || '0.0.0.0', port: admin.port, reason: `${unset}${notOff}`, how: STATE_VERSION },
      });
    }
  },
});

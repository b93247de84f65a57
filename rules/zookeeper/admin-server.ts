import { defineRule } from '../../src/engine/rule.js';
import { anchorOf } from '../../src/model/broker.js';

const WILDCARD = new Set(['0.0.0.0', '::', '']);

export default defineRule({
  meta: {
    id: 'zookeeper/admin-server',
    severity: 'info',
    category: 'security',
    fileKinds: ['zookeeper'],
    description: 'The embedded admin server (HTTP) listens on every interface, port 8080, because nothing configures it.',
    rationale:
      'Since 3.5, ZooKeeper starts a Jetty admin server unless admin.enableServer=false; it binds admin.serverAddress (default 0.0.0.0) and admin.serverPort (default 8080). Its /commands endpoints answer anyone who reaches the port, and 8080 often collides with another service on the host (a standalone ZooKeeper then fails to start). Advice from the ZooKeeper Administrator\'s Guide (AdminServer section): configure or disable it deliberately.',
    fix: 'Bind it to a management or loopback address (admin.serverAddress=127.0.0.1, admin.serverPort=8080), or turn it off with admin.enableServer=false.',
    references: [
      { title: 'ZooKeeper 3.8.0 JettyAdminServer (defaults 0.0.0.0 and 8080) and AdminServerFactory', url: 'https://github.com/apache/zookeeper/blob/release-3.8.0/zookeeper-server/src/main/java/org/apache/zookeeper/server/admin/JettyAdminServer.java' },
      { title: 'ZooKeeper 3.8 Administrator\'s Guide: The AdminServer', url: 'https://zookeeper.apache.org/doc/r3.8.0/zookeeperAdmin.html#sc_adminserver' },
    ],
    examples: {
      bad: [{ file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\n' }],
      good: [
        { file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\nadmin.serverAddress=127.0.0.1\n' },
        { file: 'zoo.cfg', text: 'dataDir=/var/lib/zookeeper\nclientPort=2181\nadmin.enableServer=false\n' },
      ],
    },
  },
  check(ctx) {
    for (const zk of ctx.cluster.zookeeper) {
      const admin = zk.effective.adminServer;
      if (!admin.enabled || !WILDCARD.has(admin.address)) continue;
      const enable = zk.settings.get('admin.enableServer');
      const notOff = enable ? ` (admin.enableServer=${enable.value.trim()} does not turn it off: ZooKeeper compares with exactly 'false')` : '';
      ctx.report({
        ...anchorOf(zk, 'admin.enableServer', 'admin.serverAddress', 'admin.serverPort', 'clientPort'),
        message: `The ZooKeeper admin server (HTTP) listens on ${admin.address || '0.0.0.0'}:${admin.port}${zk.settings.has('admin.serverAddress') ? '' : ' because admin.serverAddress is not set'}${notOff}: its /commands endpoints answer anyone who reaches that port. Bind it with admin.serverAddress=127.0.0.1 (or a management address), or turn it off with admin.enableServer=false.`,
      });
    }
  },
});
